"""Prompt packs: export, import, validation with the path of the bad field, nothing half-done."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest

from assistant.core.practice.catalog import PracticeCatalog
from assistant.core.practice.checker import PromptChecker
from assistant.core.practice.packs import (
    MAX_PACK_BYTES,
    PackError,
    pack_document,
    pack_schema,
    parse_pack,
    read_pack_file,
    write_pack,
)
from assistant.core.practice.schemacheck import SchemaChecker
from assistant.core.store.database import open_library
from assistant.core.store.practice import PracticeStore


def class_pack() -> dict[str, Any]:
    return {
        "format": "study-assistant-prompt-pack",
        "version": 1,
        "name": "Union course, spring",
        "frameworks": [
            {
                "key": "star",
                "name": "STAR",
                "title": {"en": "Situation, Task, Action, Result"},
                "fields": [
                    {
                        "key": "situation",
                        "labels": {"en": "Situation", "zh": "情境"},
                        "cues": ["context"],
                    },
                    {"key": "task", "labels": {"en": "Task", "zh": "任务"}, "cues": ["task"]},
                    {
                        "key": "result",
                        "labels": {"en": "Result", "zh": "结果"},
                        "cues": ["key_results"],
                    },
                ],
            }
        ],
        "exercises": [
            {
                "id": "union-notice",
                "lang": "zh",
                "title": "春游通知",
                "scenario": "工会组织春游。",
                "goal": "写提示词起草通知。",
                "framework": "star",
                "good_answer": ["时间地点", "报名方式"],
            }
        ],
        "examples": [{"framework": "rtf", "lang": "en", "title": "RTF", "prompt": "Role: ..."}],
        "cues": {"audience": {"zh": ["会员们"]}},
    }


def encoded(doc: Any) -> bytes:
    return json.dumps(doc, ensure_ascii=False).encode("utf-8")


def test_the_schema_file_accepts_the_full_export() -> None:
    document = pack_document(PracticeCatalog.builtin(), "All built-ins")
    assert SchemaChecker(pack_schema()).first_violation(document) is None
    pack = parse_pack(encoded(document))
    assert len(pack.frameworks) == 8 and len(pack.exercises) >= 24


def test_export_import_round_trip_through_the_library(tmp_path: Path) -> None:
    path = tmp_path / "class.json"
    path.write_bytes(encoded(class_pack()))
    library = open_library(tmp_path / "lib.db")
    store = PracticeStore(library.db)
    pack, replaced = store.import_pack(path)
    assert not replaced and pack.summary() == "1 frameworks, 1 exercises, 1 example prompts"
    catalog = store.catalog()
    assert catalog.framework("star").source == "Union course, spring"
    assert catalog.exercises_in("zh")[-1].id == "union-notice"
    # The pack's cue phrase now counts as an audience cue.
    result = PromptChecker(catalog).check("请给会员们写一份通知", "costar")
    assert "audience" not in result.missing
    # Exported again, the pack holds the imported framework and re-imports cleanly.
    out = write_pack(pack_document(catalog, "Re-export"), tmp_path / "out" / "again.json")
    again = read_pack_file(out)
    assert any(fw.key == "star" for fw in again.frameworks)
    assert store.import_pack(path)[1] is True  # same name: replaced, not duplicated
    assert [p.name for p in store.packs()] == ["Union course, spring"]
    library.close()


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda d: d.update(format="something-else"), "not a Study Assistant prompt pack"),
        (lambda d: d.update(version=7), "version 7 prompt pack"),
        (lambda d: d.pop("name"), r"\$\.name is missing"),
        (lambda d: d.update(surprise=1), r"\$\.surprise is not a known field"),
        (
            lambda d: d["exercises"][0].update(scenario="很" * 2001),
            r"\$\.exercises\[0\]\.scenario is 2,001 characters long",
        ),
        (lambda d: d["exercises"][0].update(lang="fr"), r"\$\.exercises\[0\]\.lang must be one of"),
        (
            lambda d: d["exercises"][0].update(framework="nope"),
            r"\$\.exercises\[0\]\.framework: there is no framework 'nope'",
        ),
        (
            lambda d: d["frameworks"][0]["fields"][0].update(cues=["vibes"]),
            r"\$\.frameworks\[0\]\.fields\[0\]\.cues: unknown cue 'vibes'",
        ),
        (
            lambda d: d["frameworks"][0].update(key="rtf"),
            r"built-in framework 'rtf' must keep its fields",
        ),
        (
            lambda d: d["frameworks"][0]["fields"][1]["labels"].update(en="Situation"),
            "used by both",
        ),
        (
            lambda d: d["examples"][0].update(prompt=""),
            r"\$\.examples\[0\]\.prompt must not be empty",
        ),
        (lambda d: d.update(exercises={"id": 1}), r"\$\.exercises must be an array, not an object"),
    ],
)
def test_invalid_packs_are_refused_with_the_path_of_the_problem(change: Any, message: str) -> None:
    doc = copy.deepcopy(class_pack())
    change(doc)
    with pytest.raises(PackError, match=message):
        parse_pack(encoded(doc), "class.json")


def test_not_json_and_too_big_are_refused(tmp_path: Path) -> None:
    broken = tmp_path / "broken.json"
    broken.write_text('{"format": "study-assistant-prompt-pack",', encoding="utf-8")
    with pytest.raises(PackError, match="not valid JSON"):
        read_pack_file(broken)
    big = tmp_path / "big.json"
    big.write_bytes(b" " * (MAX_PACK_BYTES + 1))
    with pytest.raises(PackError, match="at most 5 MB"):
        read_pack_file(big)
    with pytest.raises(PackError, match="Cannot read"):
        read_pack_file(tmp_path / "missing.json")


def test_a_refused_pack_changes_nothing(tmp_path: Path) -> None:
    library = open_library(tmp_path / "lib.db")
    store = PracticeStore(library.db)
    good = tmp_path / "good.json"
    good.write_bytes(encoded(class_pack()))
    store.import_pack(good)
    bad_doc = class_pack()
    bad_doc["exercises"].append({**bad_doc["exercises"][0]})  # duplicate id, found late
    bad = tmp_path / "bad.json"
    bad.write_bytes(encoded(bad_doc))
    with pytest.raises(PackError, match="appears twice"):
        store.import_pack(bad)
    assert [len(p.exercises) for p in store.packs()] == [1]
    library.close()
