"""The structured outline: records, the JSON schema that constrains generation, parsing, merging.

Small models (0.5B-1.5B) repeat bullets, copy paragraphs and run out of tokens mid-document, so
the schema bounds every array and string, and parsing repairs a cut-off tail and cleans what the
grammar cannot prevent (near-duplicate points, a point that repeats its heading).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Any

from assistant.core.outline.jsonrepair import OutlineParseError, load_json
from assistant.core.outline.textmatch import (
    cap,
    near_duplicate,
    normalise,
    same_topic,
    unique,
)

TITLE_CHARS = 80
HEADING_CHARS = 60
POINT_CHARS = 120
# What the grammar lets a model write per point, by output language: a small model given room
# copies whole sentences of the lecture (the starter model's points averaged 94 characters).
# Chinese packs a clause into a third of the characters of English or Vietnamese.
POINT_CHARS_BY_LANGUAGE = {"zh": 40, "vi": 80, "en": 80}
# Headings too: the starter model otherwise heads a section with a copied 60-character sentence.
HEADING_CHARS_BY_LANGUAGE = {"zh": 24, "vi": 60, "en": 60}
# A key term is a name, not a sentence (the starter model listed 40-character clauses).
TERM_CHARS_BY_LANGUAGE = {"zh": 12, "vi": 40, "en": 40}
DEFINITION_CHARS_BY_LANGUAGE = {"zh": 40, "vi": 100, "en": 100}
TERM_CHARS = 40
DEFINITION_CHARS = 120
QUESTION_CHARS = 120
TASK_CHARS = 120
WHO_WHEN_CHARS = 40
SUMMARY_CHARS = 400
MAX_SECTIONS = 8
MAX_POINTS = 6
MAX_SUBSECTIONS = 4
MAX_KEY_TERMS = 8
MAX_QUESTIONS = 5
MAX_ACTIONS = 5
MIN_KEY_TERMS = 3
MIN_QUESTIONS = 2
# After the reduce step of a long lecture: several chunks' worth, still readable on one page.
MERGED_SECTIONS = 12
MERGED_POINTS = 10
MERGED_KEY_TERMS = 12
MERGED_QUESTIONS = 8
MERGED_ACTIONS = 10


@dataclass(frozen=True)
class Section:
    heading: str
    points: tuple[str, ...]
    sections: tuple[Section, ...] = ()
    start: str | None = None  # "00:12:05" when the lecture had timestamps
    # Where in the lecture text the section's part is (start, end offsets), when known.
    source: tuple[int, int] | None = None

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {"heading": self.heading, "points": list(self.points)}
        data["sections"] = [sub.to_json() for sub in self.sections]
        if self.start:
            data["start"] = self.start
        if self.source:
            data["source"] = {"start": self.source[0], "end": self.source[1]}
        return data


@dataclass(frozen=True)
class KeyTerm:
    term: str
    definition: str


@dataclass(frozen=True)
class ActionItem:
    task: str
    owner: str | None
    deadline: str | None


@dataclass(frozen=True)
class Outline:
    title: str
    language: str
    sections: tuple[Section, ...]
    key_terms: tuple[KeyTerm, ...]
    review_questions: tuple[str, ...]
    action_items: tuple[ActionItem, ...]
    summary: str = ""

    def to_json(
        self, source: dict[str, Any], model: str, timings: dict[str, Any]
    ) -> dict[str, Any]:
        """The `outline --json` document of cli.md."""
        return {
            "title": self.title,
            "language": self.language,
            "sections": [section.to_json() for section in self.sections],
            "key_terms": [{"term": k.term, "definition": k.definition} for k in self.key_terms],
            "review_questions": list(self.review_questions),
            "action_items": [
                {"task": a.task, "owner": a.owner, "deadline": a.deadline}
                for a in self.action_items
            ],
            "summary": self.summary,
            "source": {key: int(source.get(key) or 0) for key in ("chars", "tokens", "chunks")},
            "model": model,
            "timings": {
                key: round(float(timings.get(key) or 0.0), 3)
                for key in ("load_s", "prompt_s", "generate_s")
            },
        }


# --- schema -------------------------------------------------------------------------------------


def _text(max_chars: int, min_chars: int = 1) -> dict[str, Any]:
    return {"type": "string", "minLength": min_chars, "maxLength": max_chars}


def _array(items: dict[str, Any], max_items: int, min_items: int = 0) -> dict[str, Any]:
    return {"type": "array", "items": items, "minItems": min_items, "maxItems": max_items}


def _object(properties: dict[str, Any]) -> dict[str, Any]:
    # Every property required: llama.cpp's converter writes required ones first, in this order.
    return {"type": "object", "properties": properties, "required": list(properties)}


def _section_item(
    max_points: int, depth: int, max_subsections: int, point_chars: int, heading_chars: int
) -> dict:
    properties: dict[str, Any] = {"heading": _text(heading_chars)}
    properties["points"] = _array(_text(point_chars), max_points, 1)
    if depth > 1:
        sub = _section_item(max_points, depth - 1, max_subsections, point_chars, heading_chars)
        properties["sections"] = _array(sub, max_subsections)
    return _object(properties)


def _key_terms(
    max_items: int, term_chars: int = TERM_CHARS, min_items: int = 0, language: str = "en"
) -> dict[str, Any]:
    definition = DEFINITION_CHARS_BY_LANGUAGE.get(language, DEFINITION_CHARS)
    term = _object({"term": _text(term_chars), "definition": _text(definition, 0)})
    return _array(term, max_items, min(min_items, max_items))


def _action_items(max_items: int) -> dict[str, Any]:
    maybe = {"anyOf": [_text(WHO_WHEN_CHARS), {"type": "null"}]}
    item = _object({"task": _text(TASK_CHARS), "owner": maybe, "deadline": maybe})
    return _array(item, max_items)


def outline_schema(
    max_sections: int = MAX_SECTIONS,
    max_points: int = MAX_POINTS,
    max_depth: int = 2,
    max_subsections: int = MAX_SUBSECTIONS,
    max_key_terms: int = MAX_KEY_TERMS,
    max_questions: int = MAX_QUESTIONS,
    max_actions: int = MAX_ACTIONS,
    language: str = "en",
    min_sections: int = 1,
) -> dict[str, Any]:
    """A JSON schema for a whole outline, every array and string bounded, outline first."""
    point_chars = POINT_CHARS_BY_LANGUAGE.get(language, POINT_CHARS)
    heading_chars = HEADING_CHARS_BY_LANGUAGE.get(language, HEADING_CHARS)
    section = _section_item(max_points, max_depth, max_subsections, point_chars, heading_chars)
    return _object(
        {
            "title": _text(TITLE_CHARS),
            # Terms before sections: a small model that fills its answer budget with sections
            # otherwise never reaches them (left free, it writes "key_terms": [] anyway).
            "key_terms": _key_terms(
                max_key_terms,
                TERM_CHARS_BY_LANGUAGE.get(language, TERM_CHARS),
                MIN_KEY_TERMS,
                language,
            ),
            "sections": _array(section, max_sections, min(min_sections, max_sections)),
            "review_questions": _array(_text(QUESTION_CHARS), max_questions, MIN_QUESTIONS),
            "action_items": _action_items(max_actions),
            "summary": _text(SUMMARY_CHARS, 0),
        }
    )


def section_schema(
    max_sections: int = 4,
    max_points: int = MAX_POINTS,
    max_depth: int = 2,
    max_subsections: int = MAX_SUBSECTIONS,
    max_key_terms: int = 5,
    max_actions: int = 3,
    language: str = "en",
    min_sections: int = 1,
) -> dict[str, Any]:
    """A JSON schema for the map step: the sections, key terms and action items of one chunk."""
    point_chars = POINT_CHARS_BY_LANGUAGE.get(language, POINT_CHARS)
    heading_chars = HEADING_CHARS_BY_LANGUAGE.get(language, HEADING_CHARS)
    section = _section_item(max_points, max_depth, max_subsections, point_chars, heading_chars)
    return _object(
        {
            "sections": _array(section, max_sections, min(min_sections, max_sections)),
            "key_terms": _key_terms(
                max_key_terms, TERM_CHARS_BY_LANGUAGE.get(language, TERM_CHARS), 2, language
            ),
            "action_items": _action_items(max_actions),
        }
    )


def finish_schema() -> dict[str, Any]:
    """A JSON schema for naming, summarising and questioning a merged outline."""
    return _object(
        {
            "title": _text(TITLE_CHARS),
            "summary": _text(SUMMARY_CHARS),
            "review_questions": _array(_text(QUESTION_CHARS), MAX_QUESTIONS, 2),
        }
    )


def outline_digest(outline: Outline, points_per_section: int) -> str:
    """The outline as short lines for a model to read: headings and their first points."""
    lines: list[str] = []
    for section in outline.sections:
        lines.append(f"- {section.heading}")
        lines += [f"  - {p}" for p in section.points[:points_per_section]]
        for sub in section.sections:
            lines.append(f"  - {sub.heading}")
    return "\n".join(lines)


# --- parsing ------------------------------------------------------------------------------------

_CLOCK = re.compile(r"^(?:(\d{1,2}):)?(\d{1,2}):(\d{2})(?:[.,]\d+)?$")
_NO_ONE = {
    "",
    "null",
    "none",
    "n/a",
    "na",
    "unknown",
    "-",
    "无",
    "未知",
    "暂无",
    "không",
    "không có",
}


def _str(value: Any, limit: int) -> str:
    if value is None or isinstance(value, dict | list):
        return ""
    return cap(str(value).strip(), limit)


def _list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else []


def _who_when(value: Any) -> str | None:
    text = _str(value, WHO_WHEN_CHARS)
    return None if text.casefold() in _NO_ONE else text


def _clock(value: Any) -> str | None:
    match = _CLOCK.match(_str(value, 20))
    if not match:
        return None
    hours, minutes, seconds = (int(part or 0) for part in match.groups())
    return f"{hours:02d}:{minutes:02d}:{seconds:02d}" if minutes < 60 and seconds < 60 else None


# Small models sometimes write the schema's own words or JSON punctuation as a point
# ("action_items", "sections]: [{"): seen with the 0.5B starter model.
_FIELD_NAMES = frozenset(
    (
        "title",
        "sections",
        "heading",
        "points",
        "key_terms",
        "review_questions",
        "action_items",
        "summary",
        "term",
        "definition",
        "task",
        "owner",
        "deadline",
    )
)
_JSON_DEBRIS = re.compile(r"[\[{]\s*[\[{\"]|[\]}]\s*[:,\]}{\[]|\"\s*:")


def _is_schema_echo(point: str) -> bool:
    """A point that is a schema field name or JSON debris rather than lecture content."""
    bare = point.strip(" .:;,\"'[]{}").casefold()
    return bare in _FIELD_NAMES or bool(_JSON_DEBRIS.search(point))


# "一、", "（二）", "第三部分：", "Part 2:", "3." before a heading: the renderers number sections
# themselves (公文 numbering would read "一、一、…").
_ENUMERATOR = re.compile(
    r"^\s*(?:第[一二三四五六七八九十百\d]+(?:部分|节|章|点)[:：、.\s]*"
    r"|[一二三四五六七八九十]+[、.．]\s*|[（(][一二三四五六七八九十\d]+[）)]\s*"
    r"|(?:part|phần|section)\s*\d+\s*[:.：-]\s*|\d{1,2}[.、)）]\s+)",
    re.IGNORECASE,
)


def _without_debris(text: str) -> str:
    """Text with a tail of JSON punctuation cut off ("…状况？”]} {"); "" if nothing is left."""
    match = _JSON_DEBRIS.search(text)
    if match is None:
        return text
    return text[: match.start()].rstrip(" \"”'，,")


def _section(raw: Any, depth: int) -> Section | None:
    if isinstance(raw, str):
        raw = {"heading": raw}
    if not isinstance(raw, dict):
        return None
    heading = _ENUMERATOR.sub("", _str(raw.get("heading") or raw.get("title"), HEADING_CHARS))
    raw_points = [
        p
        for p in (_str(p, POINT_CHARS) for p in _list(raw.get("points") or raw.get("bullets")))
        if not _is_schema_echo(p)
    ]
    points = list(unique(raw_points, len(raw_points), avoid=heading))
    if not heading and points:
        heading = cap(points.pop(0), HEADING_CHARS)
    subs: list[Section] = []
    if depth > 1:
        for item in _list(raw.get("sections") or raw.get("subsections")):
            sub = _section(item, depth - 1)
            if sub is not None:
                subs.append(sub)
    if not heading:
        return None
    return Section(
        heading, tuple(points[:MAX_POINTS]), tuple(subs[:MAX_SUBSECTIONS]), _clock(raw.get("start"))
    )


def _key_term(raw: Any) -> KeyTerm | None:
    if isinstance(raw, str):
        term, _, definition = re.sub("：", ":", raw).partition(":")
        raw = {"term": term, "definition": definition}
    if not isinstance(raw, dict):
        return None
    term = _str(raw.get("term"), TERM_CHARS)
    return KeyTerm(term, _str(raw.get("definition"), DEFINITION_CHARS)) if term else None


def _action(raw: Any) -> ActionItem | None:
    if isinstance(raw, str):
        raw = {"task": raw}
    if not isinstance(raw, dict):
        return None
    task = _str(raw.get("task"), TASK_CHARS)
    return (
        ActionItem(task, _who_when(raw.get("owner")), _who_when(raw.get("deadline")))
        if task
        else None
    )


def _unique_terms(terms: list[KeyTerm], limit: int) -> tuple[KeyTerm, ...]:
    kept: dict[str, KeyTerm] = {}
    for term in terms:
        key = normalise(term.term)
        if key not in kept or (not kept[key].definition and term.definition):
            kept[key] = term
    return tuple(kept.values())[:limit]


def _unique_actions(actions: list[ActionItem], limit: int) -> tuple[ActionItem, ...]:
    kept: list[ActionItem] = []
    for action in actions:
        for i, other in enumerate(kept):
            if near_duplicate(action.task, other.task):
                owner, deadline = other.owner or action.owner, other.deadline or action.deadline
                kept[i] = replace(other, owner=owner, deadline=deadline)
                break
        else:
            kept.append(action)
    return tuple(kept[:limit])


def parse_outline(text: str, language: str) -> Outline:
    """The outline in the model's JSON answer, repaired if cut off and cleaned of repeats."""
    data = load_json(text)
    found = [s for s in (_section(raw, 2) for raw in _list(data.get("sections"))) if s]
    limit = POINT_CHARS_BY_LANGUAGE.get(language, POINT_CHARS)
    heading_limit = HEADING_CHARS_BY_LANGUAGE.get(language, HEADING_CHARS)
    found = [_trim_cut_points(s, limit, heading_limit) for s in found]
    # A looping model writes the same section twice, or a point under two headings: unite
    # sections with the same heading and keep each point once. (Uniting similar headings too,
    # as the merge of chunks does, left the starter model's outlines with a single section.)
    sections = _without_repeats(_merge_sections(found, MAX_POINTS, loose=False))
    terms = [t for t in map(_key_term, _list(data.get("key_terms"))) if t]
    questions = [
        q
        for q in (
            _without_debris(_str(q, QUESTION_CHARS)) for q in _list(data.get("review_questions"))
        )
        if q and not _is_schema_echo(q)
    ]
    actions = [a for a in map(_action, _list(data.get("action_items"))) if a]
    outline = Outline(
        title=_str(data.get("title"), TITLE_CHARS),
        language=language,
        sections=tuple(sections[:MAX_SECTIONS]),
        key_terms=_unique_terms(terms, MAX_KEY_TERMS),
        review_questions=unique(questions, MAX_QUESTIONS),
        action_items=_unique_actions(actions, MAX_ACTIONS),
        summary=_str(data.get("summary"), SUMMARY_CHARS),
    )
    if not (outline.title or outline.sections or outline.key_terms or outline.action_items):
        raise OutlineParseError("The model's answer holds no outline: no title and no sections.")
    return outline


# --- reduce -------------------------------------------------------------------------------------


def _merge_sections(sections: list[Section], max_points: int, loose: bool = True) -> list[Section]:
    """Sections with the same topic (loose) or the same normalised heading united, in order."""
    merged: list[Section] = []
    for section in sections:
        for i, kept in enumerate(merged):
            if (
                same_topic(section.heading, kept.heading)
                if loose
                else normalise(section.heading) == normalise(kept.heading)
            ):
                points = unique([*kept.points, *section.points], max_points, kept.heading)
                subs = _merge_sections([*kept.sections, *section.sections], max_points, loose)
                start = kept.start or section.start
                merged[i] = replace(kept, points=points, sections=tuple(subs), start=start)
                break
        else:
            merged.append(section)
    return merged


def _trim_cut_points(section: Section, limit: int, heading_limit: int) -> Section:
    """Points and headings the grammar cut at its length limit end at their last clause, "…"."""
    points = tuple(cap(p, limit - 1) if len(p) >= limit else p for p in section.points)
    heading = section.heading
    if len(heading) >= heading_limit:
        heading = cap(heading, heading_limit - 1)
    subs = tuple(_trim_cut_points(sub, limit, heading_limit) for sub in section.sections)
    return replace(section, heading=heading, points=points, sections=subs)


def _without_repeats(sections: list[Section], seen: list[str] | None = None) -> list[Section]:
    """Each point once in the whole outline (the first time it comes).

    A section left with nothing by that goes; one the model wrote as a bare heading stays.
    """
    seen = [] if seen is None else seen
    kept: list[Section] = []
    for section in sections:
        points = []
        for point in section.points:
            if not any(near_duplicate(point, other) for other in seen):
                seen.append(point)
                points.append(point)
        subs = _without_repeats(list(section.sections), seen)
        if points or subs or not (section.points or section.sections):
            kept.append(replace(section, points=tuple(points), sections=tuple(subs)))
    return kept


def _weight(section: Section) -> int:
    return len(section.points) + sum(_weight(sub) for sub in section.sections)


def merge_outlines(parts: list[Outline], title_hint: str | None = None) -> Outline:
    """One outline from the chunk outlines of a long lecture, in lecture order, repeats merged."""
    if not parts:
        raise OutlineParseError("There are no chunk outlines to merge.")
    sections = _merge_sections([s for part in parts for s in part.sections], MERGED_POINTS)
    sections = _without_repeats(sections)  # the chunks overlap: their edges repeat
    if len(sections) > MERGED_SECTIONS:
        # Keep the sections with the most content, then put them back in lecture order.
        ranked = sorted(range(len(sections)), key=lambda i: (-_weight(sections[i]), i))
        sections = [sections[i] for i in sorted(ranked[:MERGED_SECTIONS])]
    titles = [part.title for part in parts if part.title]
    summaries = unique([part.summary for part in parts], len(parts))
    return Outline(
        title=cap(title_hint or (titles[0] if titles else ""), TITLE_CHARS),
        language=parts[0].language,
        sections=tuple(replace(s, sections=s.sections[:MAX_SUBSECTIONS]) for s in sections),
        key_terms=_unique_terms([t for part in parts for t in part.key_terms], MERGED_KEY_TERMS),
        review_questions=unique(
            [q for part in parts for q in part.review_questions], MERGED_QUESTIONS
        ),
        action_items=_unique_actions([a for p in parts for a in p.action_items], MERGED_ACTIONS),
        summary=cap(" ".join(summaries), SUMMARY_CHARS),
    )
