"""Outline scoring: coverage units per language, structure checks, and `eval outline`."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from assistant.cli import main
from assistant.core.outline.evaluate import score_outline, term_coverage, units
from assistant.core.outline.ingest import SUPPORTED_SUFFIXES
from assistant.core.outline.structure import KeyTerm, Outline, Section


def run_eval(folder: Path, model: Path, capsys: pytest.CaptureFixture[str]) -> dict:
    """`eval outline --json` on folder with the tiny model; the parsed report."""
    args = ["eval", "outline", str(folder), "--model", str(model), "--ctx", "4096"]
    code = main([*args, "--threads", "1", "--max-tokens", "120", "--json"])
    out, err = capsys.readouterr()
    assert code == 0, err
    return dict(json.loads(out))


def test_units_suit_each_language() -> None:
    assert units("会议纪要", "zh") == {"会议", "议纪", "纪要"}
    assert units("Câu lệnh", "vi") == {"cau", "lenh"}  # tone marks optional, like search
    assert units("The role of a prompt", "en") == {"role", "prompt"}


def test_coverage_is_the_mean_share_of_each_term() -> None:
    text = "会议纪要的写法：说明角色"
    assert term_coverage(["会议纪要", "角色"], text, "zh") == 1.0
    assert term_coverage(["会议纪要", "大学生"], text, "zh") == 0.5
    assert term_coverage(["prompt frameworks"], "frameworks for office work", "en") == 0.5


def test_structure_checks() -> None:
    outline = Outline(
        title="提示词",
        language="zh",
        sections=(
            Section("三要素", ("说明角色", "说明任务" * 30)),
            Section("空的", ()),
        ),
        key_terms=(KeyTerm("提示词", "给模型的指令"),),
        review_questions=(),
        action_items=(),
    )
    score = score_outline("x.txt", outline, ["提示词", "角色"], "zh")
    assert score.term_coverage == 1.0
    assert score.empty_sections == 1 and score.long_points == 1
    assert score.language_match and score.depth == 1


def test_eval_outline_command(
    tiny_model: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "lesson.txt").write_text("今天学习提示词的角色、任务和格式。", encoding="utf-8")
    (tmp_path / "lesson.reference.json").write_text(
        json.dumps({"key_terms": ["提示词", "格式"]}, ensure_ascii=False), encoding="utf-8"
    )
    (tmp_path / "no-reference.txt").write_text("ignored", encoding="utf-8")
    report = run_eval(tmp_path, tiny_model, capsys)
    assert [s["name"] for s in report["lectures"]] == ["lesson.txt"]
    assert 0.0 <= report["mean"]["term_coverage"] <= 1.0


def test_eval_outline_needs_references(tmp_path: Path) -> None:
    assert main(["eval", "outline", str(tmp_path)]) == 4


def test_the_projects_evaluation_set_reads_and_scores(
    tiny_model: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Every lecture of tests/data/lectures the ingest reads goes through, in its language."""
    folder = Path(__file__).resolve().parents[1] / "data" / "lectures"
    expected = {}
    for reference in folder.glob("*.reference.json"):
        stem = reference.name[: -len(".reference.json")]
        (lecture,) = [p for p in folder.glob(stem + ".*") if p != reference]
        if lecture.suffix in SUPPORTED_SUFFIXES:
            expected[lecture.name] = json.loads(reference.read_text(encoding="utf-8"))["language"]
    assert len(expected) >= 15
    report = run_eval(folder, tiny_model, capsys)
    assert {s["name"]: s["language"] for s in report["lectures"]} == expected
