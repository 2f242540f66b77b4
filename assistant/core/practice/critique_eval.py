"""`eval practice --critique`: how good the critique is on a folder of prompts (issue 18).

For each prompt: the checker's verdict for its framework, the proposals, the assembled rewrite
and the checker's verdict on that. The figures: rewrites the checker finds complete, proposals
that loop (a 4-gram 3+ times) or copy the instructions, proposals in the prompt's language and
script, and the median time of a critique.
"""

from __future__ import annotations

import statistics
from collections.abc import Callable, Sequence
from typing import Any

from assistant.core.practice import proposal_checks as checks
from assistant.core.practice.accuracy import LabelledPrompt
from assistant.core.practice.checker import PromptChecker
from assistant.core.practice.critique import critique_prompt, instruction_texts

OnItem = Callable[[dict[str, Any]], None]


def evaluate_critiques(
    items: Sequence[LabelledPrompt],
    engine: Any,
    checker: PromptChecker,
    reasoning_model: bool = False,
    on_item: OnItem | None = None,
) -> dict[str, Any]:
    """The critique figures over items, with one record per prompt."""
    records = []
    for item in items:
        framework = checker.catalog.framework(item.framework)
        result = checker.check(item.prompt, item.framework, reasoning_model)
        critique = critique_prompt(engine, item.prompt, result, framework, reasoning_model)
        recheck = checker.check(critique.rewrite, item.framework)
        instructions = instruction_texts(framework, result.language, item.prompt, reasoning_model)
        proposals = []
        for p in critique.proposals:
            if p.left_out:
                continue
            proposals.append(
                {
                    "field": p.field,
                    "text": p.text,
                    "repeats": checks.repeats_itself(p.text),
                    "copies_instructions": checks.copies_any(
                        p.text, instructions, result.language == "zh"
                    ),
                    "in_language": checks.in_language(p.text, result.language, item.prompt),
                }
            )
        record = {
            "id": item.id,
            "language": result.language,
            "framework": item.framework,
            "prompt": item.prompt,
            "missing": result.missing,
            "proposals": proposals,
            "left_out": [
                {"field": p.field, "reasons": list(p.dropped)}
                for p in critique.proposals
                if p.left_out
            ],
            "rewrite": critique.rewrite,
            "rewrite_missing": recheck.missing,
            "complete": not recheck.missing,
            "seconds": round(critique.seconds, 2),
            "calls": critique.calls,
        }
        records.append(record)
        if on_item is not None:
            on_item(record)
    return _summary(records)


def _summary(records: list[dict[str, Any]]) -> dict[str, Any]:
    proposals = [p for r in records for p in r["proposals"]]
    languages = sorted({r["language"] for r in records})
    seconds = [r["seconds"] for r in records]

    def share(part: int, whole: int) -> float:
        return round(part / whole, 3) if whole else 1.0

    return {
        "prompts": len(records),
        "complete_rewrites": share(sum(r["complete"] for r in records), len(records)),
        "proposals": len(proposals),
        "left_out": sum(len(r["left_out"]) for r in records),
        "repeated": sum(p["repeats"] for p in proposals),
        "copied_instructions": sum(p["copies_instructions"] for p in proposals),
        "in_language": share(sum(p["in_language"] for p in proposals), len(proposals)),
        "median_seconds": round(statistics.median(seconds), 2) if seconds else 0.0,
        "max_seconds": max(seconds, default=0.0),
        "by_language": {
            lang: {
                "prompts": sum(r["language"] == lang for r in records),
                "complete_rewrites": share(
                    sum(r["complete"] for r in records if r["language"] == lang),
                    sum(r["language"] == lang for r in records),
                ),
                "median_seconds": round(
                    statistics.median(r["seconds"] for r in records if r["language"] == lang), 2
                ),
            }
            for lang in languages
        },
        "items": records,
    }
