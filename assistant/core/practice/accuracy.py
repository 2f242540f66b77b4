"""Field-level accuracy of the checker on hand-labelled prompts (tests/data/practice/*.jsonl)."""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from assistant.core.errors import InputError
from assistant.core.practice.checker import PromptChecker, default_checker


@dataclass(frozen=True)
class LabelledPrompt:
    """A prompt with the framework it was written for and the fields it has."""

    id: str
    lang: str
    style: str  # "labelled" | "natural"
    framework: str
    present: frozenset[str]
    prompt: str
    part: str  # the file it came from, e.g. "dev" or "holdout"


def read_labelled(paths: Iterable[Path]) -> list[LabelledPrompt]:
    """The labelled prompts of .jsonl files (one JSON object a line)."""
    items = []
    for path in paths:
        try:
            lines = path.read_text(encoding="utf-8").splitlines()
        except OSError as exc:
            raise InputError(f"Cannot read {path}: {exc.strerror}.") from exc
        for n, line in enumerate(lines, 1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
                items.append(
                    LabelledPrompt(
                        id=row["id"],
                        lang=row["lang"],
                        style=row["style"],
                        framework=row["framework"],
                        present=frozenset(row["present"]),
                        prompt=row["prompt"],
                        part=path.stem,
                    )
                )
            except (ValueError, KeyError, TypeError) as exc:
                raise InputError(f"{path}:{n} is not a labelled prompt ({exc}).") from exc
    return items


def labelled_files(folder: Path) -> list[Path]:
    """The .jsonl files of a folder, sorted."""
    files = sorted(folder.glob("*.jsonl"))
    if not files:
        raise InputError(f"{folder} has no .jsonl files of labelled prompts.")
    return files


class _Tally:
    def __init__(self) -> None:
        self.right = 0
        self.total = 0

    def add(self, ok: bool) -> None:
        self.right += ok
        self.total += 1

    def to_json(self) -> dict[str, Any]:
        return {
            "accuracy": round(self.right / self.total, 4) if self.total else None,
            "right": self.right,
            "fields": self.total,
        }


def evaluate(items: list[LabelledPrompt], checker: PromptChecker | None = None) -> dict[str, Any]:
    """Field accuracy overall and per part, language, style, framework and field; auto choice."""
    checker = checker or default_checker()
    tallies: dict[str, dict[str, _Tally]] = defaultdict(lambda: defaultdict(_Tally))
    auto_right: dict[str, _Tally] = defaultdict(_Tally)
    errors = []
    for item in items:
        result = checker.check(item.prompt, item.framework)
        wrong = []
        for f in result.fields:
            ok = f.present == (f.key in item.present)
            for group, key in (
                ("overall", "all"),
                ("part", item.part),
                ("language", item.lang),
                ("style", item.style),
                ("framework", item.framework),
                ("field", f.key),
                ("part_language", f"{item.part}/{item.lang}"),
                ("part_style", f"{item.part}/{item.style}"),
            ):
                tallies[group][key].add(ok)
            if not ok:
                wrong.append({"field": f.key, "expected": not f.present, "evidence": f.evidence})
        if wrong:
            errors.append({"id": item.id, "framework": item.framework, "wrong": wrong})
        if item.style == "labelled":
            auto = checker.check(item.prompt, "auto")
            auto_right[item.part].add(auto.framework == item.framework)
    report: dict[str, Any] = {
        "prompts": len(items),
        **{
            group: (
                tallies[group]["all"].to_json()
                if group == "overall"
                else {k: t.to_json() for k, t in sorted(tallies[group].items())}
            )
            for group in (
                "overall",
                "part",
                "language",
                "style",
                "part_language",
                "part_style",
                "framework",
                "field",
            )
        },
        "auto_framework_on_labelled": {k: t.to_json() for k, t in sorted(auto_right.items())},
        "errors": errors,
    }
    return report
