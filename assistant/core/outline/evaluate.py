"""Scoring outlines against a teacher's reference, so pipeline changes are measured, not guessed.

Text is compared in units that suit the language: character pairs for Chinese (no spaces between
words; Latin words inside Chinese text count as words), syllables for Vietnamese (one word is
often two syllables: "câu lệnh"; tone marks optional, like search), and lightly stemmed words for
English. The checks are the ones a reader notices: sections that miss the lecture's parts, cut
items, empty parts, points the lecture does not say, repeats, the wrong language or script.
The definitions here are the evaluation's own, on purpose: scoring an outline with the pipeline's
own clean-up rules would make every figure perfect by construction.
"""

from __future__ import annotations

import json
import statistics
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from assistant.core.outline.evaluate_text import (
    content_units,
    cut_reason,
    overlap,
    says_again,
    units,
)
from assistant.core.outline.structure import Outline
from assistant.core.text.language import chinese_script, detect_language

# A reference heading is found when an outline heading holds at least this share of its units.
HEADING_MATCH = 0.5
# A point is grounded when at least this share of its content units occur in its source text.
GROUNDED_SHARE = 0.5
# A point longer than this reads as a copied paragraph, not a note.
LONG_POINT_CHARS = 80
# The time target is the median over lectures up to this many characters.
SHORT_LECTURE_CHARS = 2000
# Lecture files eval looks for beside a reference (.pptx even before the ingest reads it, so
# the set reports it as skipped instead of silently leaving it out).
LECTURE_SUFFIXES = (".txt", ".md", ".markdown", ".srt", ".vtt", ".docx", ".pdf", ".pptx")


@dataclass(frozen=True)
class Reference:
    """A teacher's reference for one lecture: section headings in order and key terms."""

    headings: tuple[str, ...]
    key_terms: tuple[str, ...]
    language: str | None = None  # what the outline should be written in; None: the lecture's
    markers: bool = False  # the lecture marks its parts (steps, numbered parts, slide titles)


def read_reference(path: Path) -> Reference:
    """NAME.reference.json: `sections` [{headline}], `key_terms`, `language`, `markers`.

    Older files with only `key_terms` (or `terms`) and VCSum files with only `sections` work too.
    """
    data = json.loads(path.read_text(encoding="utf-8"))
    if not isinstance(data, dict):
        raise ValueError(f"{path.name} is not a JSON object")
    terms = data.get("key_terms") or data.get("terms") or []
    headings = [
        str(s.get("headline") or s.get("heading") or "")
        for s in data.get("sections", [])
        if isinstance(s, dict)
    ]
    language = data.get("language")
    return Reference(
        headings=tuple(h for h in headings if h.strip()),
        key_terms=tuple(str(t) for t in terms if str(t).strip()),
        language=language if language in ("zh", "vi", "en") else None,
        markers=bool(data.get("markers", False)),
    )


def lecture_pairs(folder: Path, only: list[str] | None = None) -> list[tuple[Path, Path]]:
    """(lecture, reference) for each NAME.reference.json in folder with a lecture beside it.

    only: keep the names that contain one of these strings ("032" keeps meeting-032).
    """
    pairs = []
    for reference in sorted(folder.glob("*.reference.json")):
        stem = reference.name[: -len(".reference.json")]
        if only and not any(part in stem for part in only):
            continue
        lecture = next(
            (
                p
                for p in sorted(folder.glob(stem + ".*"))
                if p.suffix.lower() in LECTURE_SUFFIXES and p.name[: len(stem) + 1] == stem + "."
            ),
            None,
        )
        if lecture is not None:
            pairs.append((lecture, reference))
    return pairs


@dataclass(frozen=True)
class LectureScore:
    """How one outline did against its reference."""

    name: str
    language: str
    chars: int
    seconds: float
    chunks: int
    sections: int  # top level
    depth: int
    section_recall: float | None  # None: the reference has no headings
    matches: tuple[tuple[str, str | None], ...]  # (reference heading, outline heading or None)
    parts_in_order: bool | None  # None unless the lecture marks its parts
    term_coverage: float | None  # None: the reference has no key terms
    headline_coverage: float | None  # reference headings' units anywhere in the outline
    # The outline's key terms that are reference terms (None: no reference terms, or no key
    # terms): term coverage finds a term's words anywhere in the outline, this asks whether
    # the key terms shown are the lecture's.
    term_precision: float | None
    terms_matched: tuple[tuple[str, str | None], ...]  # (key term, reference term or None)
    cut_items: tuple[tuple[str, str], ...]  # (item, why it reads as cut)
    empty_sections: int
    empty_parts: tuple[str, ...]  # "key_terms", "review_questions"
    undefined_terms: int
    points: int
    grounded_points: int
    grounded_against: str  # "section" | "lecture" | "mixed"
    ungrounded: tuple[str, ...]
    duplicate_points: tuple[str, ...]
    long_points: int
    language_match: bool
    script_match: bool | None  # None: not a Chinese lecture

    @property
    def grounded_share(self) -> float | None:
        """Share of points grounded in their source; None for an outline without points."""
        return self.grounded_points / self.points if self.points else None

    def to_json(self) -> dict[str, Any]:
        """The score as a JSON-safe dict, figures rounded."""

        def r(x: float | None) -> float | None:
            return None if x is None else round(x, 3)

        return {
            "name": self.name,
            "language": self.language,
            "chars": self.chars,
            "seconds": round(self.seconds, 1),
            "chunks": self.chunks,
            "sections": self.sections,
            "depth": self.depth,
            "section_recall": r(self.section_recall),
            "matches": [{"reference": ref, "outline": got} for ref, got in self.matches],
            "parts_in_order": self.parts_in_order,
            "term_coverage": r(self.term_coverage),
            "headline_coverage": r(self.headline_coverage),
            "term_precision": r(self.term_precision),
            "terms_matched": [{"term": t, "reference": ref} for t, ref in self.terms_matched],
            "cut_items": [{"item": item, "why": why} for item, why in self.cut_items],
            "empty_sections": self.empty_sections,
            "empty_parts": list(self.empty_parts),
            "undefined_terms": self.undefined_terms,
            "points": self.points,
            "grounded_points": self.grounded_points,
            "grounded_share": r(self.grounded_share),
            "grounded_against": self.grounded_against,
            "ungrounded": list(self.ungrounded),
            "duplicate_points": list(self.duplicate_points),
            "long_points": self.long_points,
            "language_match": self.language_match,
            "script_match": self.script_match,
        }


def term_coverage(terms: list[str] | tuple[str, ...], text: str, language: str) -> float:
    """Mean share of each reference term's units found in the text."""
    have = units(text, language)
    shares = [overlap(units(term, language), have) for term in terms if units(term, language)]
    return statistics.mean(shares) if shares else 0.0


def same_term(term: str, reference: str, language: str) -> bool:
    """Whether a key term names a reference term: at least half of each one's units are in the
    other ("大模型" and "模型"; not "AI" and "trợ lý AI"). Vietnamese units are syllables, so
    a piece holding most of a term counts ("câu trả" for "câu trả lời"): lenient there."""
    mine, theirs = units(term, language), units(reference, language)
    return bool(mine and theirs) and min(overlap(mine, theirs), overlap(theirs, mine)) >= 0.5


def match_terms(
    terms: list[str], reference: tuple[str, ...], language: str
) -> tuple[tuple[str, str | None], ...]:
    """Each key term with the first reference term it names, or None."""
    return tuple(
        (term, next((ref for ref in reference if same_term(term, ref, language)), None))
        for term in terms
    )


def match_headings(
    reference: tuple[str, ...], headings: list[str], language: str
) -> list[int | None]:
    """For each reference heading, the index of the outline heading it is matched to, or None.

    Matching is one to one (an outline heading that names two parts counts once), best overlap
    first, ties going to the heading nearest in position; overlap = share of the reference
    heading's units in the outline heading, at least HEADING_MATCH.
    """
    candidates = []
    for i, ref in enumerate(reference):
        wanted = units(ref, language)
        for j, heading in enumerate(headings):
            share = overlap(wanted, units(heading, language))
            if share >= HEADING_MATCH:
                candidates.append((-share, abs(i - j), i, j))
    found: list[int | None] = [None] * len(reference)
    used: set[int] = set()
    for _, _, i, j in sorted(candidates):
        if found[i] is None and j not in used:
            found[i] = j
            used.add(j)
    return found


def score_outline(
    name: str,
    outline: Outline | dict[str, Any],
    reference: Reference,
    lecture_text: str,
    language: str,
    seconds: float = 0.0,
    chunks: int = 1,
    cue_text: str | None = None,
) -> LectureScore:
    """Every figure of one outline (an Outline or the `outline --json` document). `cue_text`:
    the lecture with its subtitle cues on lines of their own, which cut items are judged by."""
    doc = outline.to_json({}, "", {}) if isinstance(outline, Outline) else outline
    sections = [s for s in doc.get("sections", []) if isinstance(s, dict)]
    flat = list(_walk(sections, lecture_text, None))
    headings = [str(s.get("heading", "")) for s, _ in flat]
    top_headings = [str(s.get("heading", "")) for s in sections]
    text = outline_text(doc)

    recall = matches = parts = None
    if reference.headings:
        found = match_headings(reference.headings, headings, language)
        recall = sum(j is not None for j in found) / len(found)
        matches = tuple(
            (ref, headings[j] if j is not None else None)
            for ref, j in zip(reference.headings, found, strict=True)
        )
        if reference.markers:
            top = match_headings(reference.headings, top_headings, language)
            parts = all(j is not None for j in top) and top == sorted(top, key=lambda j: j or 0)

    points: list[tuple[str, str, str | None]] = []  # (point, heading, source text or None)
    for section, source in flat:
        heading = str(section.get("heading", ""))
        points += [(str(p), heading, source) for p in section.get("points", [])]
    grounded, ungrounded = 0, []
    lecture_units = content_units(lecture_text, language)
    for point, _, source in points:
        wanted = content_units(point, language)
        have = lecture_units if source is None else content_units(source, language)
        if not wanted or overlap(wanted, have) >= GROUNDED_SHARE:
            grounded += 1
        else:
            ungrounded.append(point)
    with_source = sum(source is not None for _, source in flat)
    against = (
        "section" if flat and with_source == len(flat) else "mixed" if with_source else "lecture"
    )

    terms = [t for t in doc.get("key_terms", []) if isinstance(t, dict)]
    matched = match_terms([str(t.get("term", "")) for t in terms], reference.key_terms, language)
    precision = (
        sum(ref is not None for _, ref in matched) / len(matched)
        if matched and reference.key_terms
        else None
    )
    questions = [q for q in doc.get("review_questions", []) if str(q).strip()]
    script = None
    if language == "zh":
        script = bool(text) and chinese_script(text) == chinese_script(lecture_text)
    return LectureScore(
        name=name,
        language=language,
        chars=len(lecture_text),
        seconds=seconds,
        chunks=chunks,
        sections=len(sections),
        depth=_depth(sections),
        section_recall=recall,
        matches=matches or (),
        parts_in_order=parts,
        term_coverage=term_coverage(reference.key_terms, text, language)
        if reference.key_terms
        else None,
        headline_coverage=term_coverage(reference.headings, text, language)
        if reference.headings
        else None,
        term_precision=precision,
        terms_matched=matched if reference.key_terms else (),
        cut_items=tuple(
            (item, why)
            for item in shown_items(doc)
            if (why := cut_reason(item, language, cue_text or lecture_text))
        ),
        empty_sections=sum(1 for s, _ in flat if not s.get("points") and not s.get("sections")),
        empty_parts=tuple(
            part
            for part, items in (("key_terms", terms), ("review_questions", questions))
            if not items
        ),
        undefined_terms=sum(1 for t in terms if not str(t.get("definition") or "").strip()),
        points=len(points),
        grounded_points=grounded,
        grounded_against=against,
        ungrounded=tuple(ungrounded),
        duplicate_points=tuple(_duplicates(points, language)),
        long_points=sum(1 for p, _, _ in points if len(p) > LONG_POINT_CHARS),
        language_match=bool(text) and detect_language(text) == language,
        script_match=script,
    )


def shown_items(doc: dict[str, Any]) -> list[str]:
    """Every text the user sees: title, headings, points, terms, definitions, questions, tasks."""
    items = [str(doc.get("title") or "")]
    for section, _ in _walk(doc.get("sections", []), "", None):
        items.append(str(section.get("heading", "")))
        items += [str(p) for p in section.get("points", [])]
    for term in doc.get("key_terms", []):
        if isinstance(term, dict):
            items += [str(term.get("term") or ""), str(term.get("definition") or "")]
    items += [str(q) for q in doc.get("review_questions", [])]
    for action in doc.get("action_items", []):
        if isinstance(action, dict):
            items += [str(action.get(key) or "") for key in ("task", "owner", "deadline")]
    items.append(str(doc.get("summary") or ""))
    return [item for item in items if item.strip()]


def outline_text(doc: dict[str, Any]) -> str:
    """Every word of the outline, for coverage and language checks."""
    return "\n".join(shown_items(doc))


def summarise(scores: list[LectureScore], skipped: int = 0) -> dict[str, Any]:
    """The set's figures: means of shares, sums of counts, medians of time."""
    if not scores:
        return {"lectures": 0, "skipped": skipped}

    def mean(values: list[float | None]) -> float | None:
        kept = [v for v in values if v is not None]
        return round(statistics.mean(kept), 3) if kept else None

    refs = sum(len(s.matches) for s in scores)
    found = sum(1 for s in scores for _, got in s.matches if got is not None)
    marked = [s.parts_in_order for s in scores if s.parts_in_order is not None]
    points = sum(s.points for s in scores)
    scripts = [s.script_match for s in scores if s.script_match is not None]
    short = [s.seconds for s in scores if s.chars <= SHORT_LECTURE_CHARS]
    return {
        "lectures": len(scores),
        "skipped": skipped,
        "section_recall": mean([s.section_recall for s in scores]),
        "headings_found": f"{found}/{refs}",
        "parts_in_order": f"{sum(marked)}/{len(marked)}",
        "term_coverage": mean([s.term_coverage for s in scores]),
        "headline_coverage": mean([s.headline_coverage for s in scores]),
        "term_precision": mean([s.term_precision for s in scores]),
        "cut_items": sum(len(s.cut_items) for s in scores),
        "empty_sections": sum(s.empty_sections for s in scores),
        "empty_parts": sum(len(s.empty_parts) for s in scores),
        "undefined_terms": sum(s.undefined_terms for s in scores),
        "grounded_points": round(sum(s.grounded_points for s in scores) / points, 3)
        if points
        else None,
        "grounded_against": sorted({s.grounded_against for s in scores}),
        "duplicate_points": sum(len(s.duplicate_points) for s in scores),
        "long_points": sum(s.long_points for s in scores),
        "language_match": round(sum(s.language_match for s in scores) / len(scores), 3),
        "script_match": round(sum(scripts) / len(scripts), 3) if scripts else None,
        "seconds": round(sum(s.seconds for s in scores), 1),
        "median_seconds": round(statistics.median(s.seconds for s in scores), 1),
        "median_seconds_short": round(statistics.median(short), 1) if short else None,
    }


def _source_text(raw: Any, lecture_text: str) -> str | None:
    """A section's `source`: its text, a {start, end} span of the lecture text, or a list."""
    if isinstance(raw, str):
        return raw
    if isinstance(raw, dict):
        if isinstance(raw.get("text"), str):
            return str(raw["text"])
        start, end = raw.get("start"), raw.get("end")
        if isinstance(start, int) and isinstance(end, int) and 0 <= start < end:
            return lecture_text[start:end]
        return None
    if isinstance(raw, list):
        parts = [_source_text(item, lecture_text) for item in raw]
        kept = [p for p in parts if p]
        return "\n".join(kept) if kept else None
    return None


def _walk(
    sections: list[Any], lecture_text: str, inherited: str | None
) -> list[tuple[dict[str, Any], str | None]]:
    """Sections at every depth with their source text (a subsection inherits its parent's)."""
    out: list[tuple[dict[str, Any], str | None]] = []
    for section in sections:
        if not isinstance(section, dict):
            continue
        source = _source_text(section.get("source"), lecture_text) or inherited
        out.append((section, source))
        out += _walk(section.get("sections") or [], lecture_text, source)
    return out


def _depth(sections: list[Any]) -> int:
    subs = [s.get("sections") or [] for s in sections if isinstance(s, dict)]
    return 1 + max((_depth(s) for s in subs), default=0) if sections else 0


def _duplicates(points: list[tuple[str, str, str | None]], language: str) -> list[str]:
    """Points that say again what an earlier point or their own heading says."""
    seen: list[str] = []
    repeats = []
    for point, heading, _ in points:
        if says_again(point, [heading, *seen], language):
            repeats.append(point)
        seen.append(point)
    return repeats
