"""The rewritten prompt, assembled (not generated): the trainee's text plus labelled sentences.

Every line the trainee wrote is kept as written and in its order. Each proposed sentence goes
under its field's label, in the prompt's language, where the framework's order puts it: before
the first line that holds a later field, else at the end. So "你是一名社区网格员。目标是写一份
垃圾分类宣传稿。" checked against BROKE gets 背景 above it and 关键结果, 改进 below it.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping

from assistant.core.practice.checker import CheckResult
from assistant.core.practice.frameworks import Framework


def label_line(label: str, text: str, language: str, bracketed: bool = False) -> str:
    """One labelled line: "背景：…", "【背景】…" or "Background: …"."""
    if bracketed:
        return f"【{label}】{text}"
    return f"{label}：{text}" if language == "zh" else f"{label}: {text}"


def assemble_rewrite(
    prompt: str,
    result: CheckResult,
    framework: Framework,
    proposals: Mapping[str, str],
) -> str:
    """The prompt with each proposal (field key -> sentence) added under its label.

    result is the checker's verdict on prompt for framework; a field without a proposal (or
    with an empty one) is simply not added.
    """
    text = unicodedata.normalize("NFC", prompt)  # the checker's offsets are into this text
    lines = text.split("\n")
    order = {key: i for i, key in enumerate(framework.field_keys)}
    anchors = _line_anchors(text, lines, result, order)
    # The trainee's own label style is kept when every labelled line uses brackets.
    labelled = [f for f in result.fields if f.present and f.labelled]
    bracketed = bool(labelled) and all(text[f.start : f.start + 1] == "【" for f in labelled)
    inserts: dict[int, list[str]] = {}
    for f in framework.fields:
        sentence = (proposals.get(f.key) or "").strip()
        if not sentence:
            continue
        position = next(
            (i for i, anchor in enumerate(anchors) if anchor is not None and anchor > order[f.key]),
            len(lines),
        )
        line = label_line(f.label(result.language), sentence, result.language, bracketed)
        inserts.setdefault(position, []).append(line)
    out: list[str] = []
    for i, line in enumerate(lines):
        out.extend(inserts.get(i, []))
        out.append(line)
    out.extend(inserts.get(len(lines), []))
    return "\n".join(out).strip("\n")


def _line_anchors(
    text: str, lines: list[str], result: CheckResult, order: Mapping[str, int]
) -> list[int | None]:
    """Per line: the earliest framework position of a field found on it, if any."""
    starts = []
    offset = 0
    for line in lines:
        starts.append(offset)
        offset += len(line) + 1
    anchors: list[int | None] = [None] * len(lines)
    for f in result.fields:
        if not f.present or f.start < 0 or f.key not in order:
            continue
        row = max(i for i, s in enumerate(starts) if s <= min(f.start, len(text)))
        current = anchors[row]
        anchors[row] = order[f.key] if current is None else min(current, order[f.key])
    return anchors
