"""Renderers of a structured outline: Markdown, 公文 numbering, Cornell notes and JSON."""

from __future__ import annotations

import json
from typing import Any

from assistant.core.outline.structure import ActionItem, Outline, Section
from assistant.core.outline.textmatch import normalise, similarity

RENDER_FORMATS = ("markdown", "gongwen", "cornell", "json")

_LABELS: dict[str, dict[str, str]] = {
    "zh": {
        "title": "大纲",
        "key_terms": "关键术语",
        "questions": "复习题",
        "actions": "待办事项",
        "cues": "线索",
        "notes": "笔记",
        "summary": "总结",
    },
    "vi": {
        "title": "Dàn ý",
        "key_terms": "Thuật ngữ chính",
        "questions": "Câu hỏi ôn tập",
        "actions": "Việc cần làm",
        "cues": "Gợi ý",
        "notes": "Ghi chép",
        "summary": "Tóm tắt",
    },
    "en": {
        "title": "Outline",
        "key_terms": "Key terms",
        "questions": "Review questions",
        "actions": "Action items",
        "cues": "Cues",
        "notes": "Notes",
        "summary": "Summary",
    },
}
# The closing parts of a 公文 outline use the titles of official documents.
_GONGWEN_LABELS = {"key_terms": "关键术语", "questions": "复习思考题", "actions": "工作安排"}
_DIGITS = "零一二三四五六七八九"


def _labels(outline: Outline) -> dict[str, str]:
    return _LABELS.get(outline.language, _LABELS["en"])


def _zh(outline: Outline) -> bool:
    return outline.language == "zh"


def _title(outline: Outline) -> str:
    return outline.title or _labels(outline)["title"]


def chinese_numeral(n: int) -> str:
    """n (1-999) in Chinese numerals: 一, 十, 十一, 二十, 九十九, 一百零一."""
    if not 0 < n < 1000:
        raise ValueError(f"{n} is outside 1-999")
    hundreds, tens, ones = n // 100, n // 10 % 10, n % 10
    text = _DIGITS[hundreds] + "百" if hundreds else ""
    if tens:
        text += ("" if tens == 1 and not hundreds else _DIGITS[tens]) + "十"
    elif hundreds and ones:
        text += "零"
    return text + (_DIGITS[ones] if ones else "")


def _paren(outline: Outline, text: str) -> str:
    return f"（{text}）" if _zh(outline) else f" ({text})"


def _colon(outline: Outline) -> str:
    return "：" if _zh(outline) else ": "


def _action_text(outline: Outline, item: ActionItem) -> str:
    extra = [part for part in (item.owner, item.deadline) if part]
    if not extra:
        return item.task
    return item.task + _paren(outline, ("，" if _zh(outline) else ", ").join(extra))


def _heading(outline: Outline, section: Section) -> str:
    return section.heading + (_paren(outline, section.start) if section.start else "")


# --- Markdown -----------------------------------------------------------------------------------


def _markdown_section(outline: Outline, section: Section, level: int) -> list[str]:
    lines = ["#" * level + " " + _heading(outline, section), ""]
    if section.points:
        lines += [f"- {point}" for point in section.points] + [""]
    for sub in section.sections:
        lines += _markdown_section(outline, sub, min(level + 1, 6))
    return lines


def render_markdown(outline: Outline) -> str:
    """The outline as Markdown: # title, ## sections, ### sub-sections, "- " points."""
    labels = _labels(outline)
    lines = [f"# {_title(outline)}", ""]
    if outline.summary:
        lines += [outline.summary, ""]
    for section in outline.sections:
        lines += _markdown_section(outline, section, 2)
    if outline.key_terms:
        lines += [f"## {labels['key_terms']}", ""]
        for term in outline.key_terms:
            definition = _colon(outline) + term.definition if term.definition else ""
            lines.append(f"- **{term.term}**{definition}")
        lines.append("")
    if outline.review_questions:
        lines += [f"## {labels['questions']}", ""]
        lines += [f"{i}. {q}" for i, q in enumerate(outline.review_questions, 1)] + [""]
    if outline.action_items:
        lines += [f"## {labels['actions']}", ""]
        lines += [f"- [ ] {_action_text(outline, a)}" for a in outline.action_items] + [""]
    return "\n".join(lines).rstrip("\n") + "\n"


# --- 公文 ---------------------------------------------------------------------------------------


def _gongwen_number(depth: int, n: int) -> str:
    """GB/T 9704 numbering by depth: 一、 then （一） then 1. then （1）."""
    if depth == 0:
        return f"{chinese_numeral(n)}、"
    if depth == 1:
        return f"（{chinese_numeral(n)}）"
    if depth == 2:
        return f"{n}. "
    return f"（{n}）"


def _gongwen_children(outline: Outline, section: Section, depth: int) -> list[str]:
    """A section's points, then its subsections: one number sequence for both, by depth."""
    lines: list[str] = []
    n = 0
    for point in section.points:
        n += 1
        lines.append(_gongwen_number(depth, n) + point)
    for sub in section.sections:
        n += 1
        lines.append(_gongwen_number(depth, n) + _heading(outline, sub))
        lines += _gongwen_children(outline, sub, depth + 1)
    return lines


def _paragraph(outline: Outline, sentences: tuple[str, ...]) -> str:
    """Points run together as one paragraph, each ended as a sentence."""
    if _zh(outline):
        return "".join(p if p.endswith(("。", "！", "？")) else p + "。" for p in sentences)
    return " ".join(p if p.endswith((".", "!", "?")) else p + "." for p in sentences)


def render_gongwen(outline: Outline) -> str:
    """The outline numbered like a Chinese official document, one sequence per depth:
    一、 （一） 1. （1）, points and subsections alike; plain text."""
    labels = _GONGWEN_LABELS if _zh(outline) else _labels(outline)
    lines = [_title(outline), ""]
    if outline.summary:
        lines += [outline.summary, ""]
    closing: list[tuple[str, list[str]]] = []
    if outline.key_terms:
        terms = [
            term.term + (_colon(outline) + term.definition if term.definition else "")
            for term in outline.key_terms
        ]
        closing.append((labels["key_terms"], terms))
    if outline.review_questions:
        closing.append((labels["questions"], list(outline.review_questions)))
    if outline.action_items:
        closing.append(
            (labels["actions"], [_action_text(outline, a) for a in outline.action_items])
        )
    sections = list(outline.sections)
    if sections and sections[0].heading == outline.title and not sections[0].sections:
        # The section named by the title is the lecture's opening (pipeline): a 公文's opening
        # paragraph comes before 一、 unnumbered, so the document's own 一、 stays 一、.
        lines += [_paragraph(outline, sections[0].points), ""]
        sections = sections[1:]
    parts = [*sections, *(Section(name, tuple(items)) for name, items in closing)]
    for n, section in enumerate(parts, 1):
        lines.append(_gongwen_number(0, n) + _heading(outline, section))
        lines += _gongwen_children(outline, section, 1)
    return "\n".join(lines).rstrip("\n") + "\n"


# --- Cornell ------------------------------------------------------------------------------------


def _cell(text: str) -> str:
    return " ".join(text.replace("|", r"\|").split())


def _matching_question(section: Section, questions: list[str]) -> str | None:
    heading = normalise(section.heading)
    for question in questions:
        if heading and (heading in normalise(question) or similarity(heading, question) >= 0.5):
            questions.remove(question)
            return question
    return None


def _cue(outline: Outline, section: Section, questions: list[str]) -> str:
    question = _matching_question(section, questions)
    if question:
        return question
    if section.heading.endswith(("?", "？")):
        return section.heading
    if _zh(outline):
        return f"{section.heading}有哪些要点？"
    return f"{section.heading}?"


def _notes(outline: Outline, section: Section) -> str:
    """A section's points in one table cell, separated by "；" / "; " (a Markdown cell holds
    one line, and an HTML <br> showed literally in previews, search snippets and the PDF)."""
    separator = "；" if _zh(outline) else "; "
    lines = list(section.points)
    for sub in section.sections:
        inner = "，" if _zh(outline) else ", "
        lines.append(f"**{sub.heading}**{_colon(outline)}{inner.join(sub.points)}".rstrip())
    return separator.join(_cell(line) for line in lines)


def render_cornell(outline: Outline) -> str:
    """Cornell notes: a cue | notes table (a row per section and key term), then a summary."""
    labels = _labels(outline)
    questions = list(outline.review_questions)
    lines = [
        f"# {_title(outline)}",
        "",
        f"| {labels['cues']} | {labels['notes']} |",
        "| --- | --- |",
    ]
    for section in outline.sections:
        lines.append(f"| {_cell(_cue(outline, section, questions))} | {_notes(outline, section)} |")
    for term in outline.key_terms:
        lines.append(f"| **{_cell(term.term)}** | {_cell(term.definition)} |")
    separator = "；" if _zh(outline) else "; "
    summary = outline.summary or separator.join(s.heading for s in outline.sections)
    lines += ["", f"## {labels['summary']}", "", summary, ""]
    if outline.action_items:
        lines += [f"## {labels['actions']}", ""]
        lines += [f"- [ ] {_action_text(outline, a)}" for a in outline.action_items]
    return "\n".join(lines).rstrip("\n") + "\n"


# --- dispatch -----------------------------------------------------------------------------------


def render(
    outline: Outline,
    fmt: str,
    *,
    source: dict[str, Any] | None = None,
    model: str = "",
    timings: dict[str, Any] | None = None,
) -> str:
    """The outline in one of RENDER_FORMATS; source/model/timings only go into "json"."""
    if fmt == "markdown":
        return render_markdown(outline)
    if fmt == "gongwen":
        return render_gongwen(outline)
    if fmt == "cornell":
        return render_cornell(outline)
    if fmt == "json":
        document = outline.to_json(source or {}, model, timings or {})
        return json.dumps(document, ensure_ascii=False, indent=2) + "\n"
    raise ValueError(f"{fmt!r} is not an outline format; use {', '.join(RENDER_FORMATS)}.")
