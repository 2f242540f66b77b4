"""Scoring outlines against reference key terms or headings, so prompt changes are measured.

Coverage counts how much of each reference term the outline contains, in units that suit the
language: character pairs for Chinese (no spaces between words), syllables for Vietnamese
(one word is often two syllables: "câu lệnh"), words for English. Structure checks catch what
a reader notices: empty sections, points that are paragraphs, the wrong output language.
"""

from __future__ import annotations

import json
import re
import statistics
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from assistant.core.outline.prompt import detect_language
from assistant.core.outline.structure import Outline, Section
from assistant.core.store.textsearch import normalize

# A point longer than this reads as a copied paragraph, not a note.
LONG_POINT_CHARS = 80
_EN_STOP = frozenset(
    [
        "a",
        "an",
        "and",
        "are",
        "as",
        "at",
        "be",
        "by",
        "for",
        "from",
        "how",
        "in",
        "is",
        "it",
        "of",
        "on",
        "or",
        "that",
        "the",
        "this",
        "to",
        "was",
        "what",
        "when",
        "which",
        "who",
        "why",
        "with",
    ]
)
_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_WORD = re.compile(r"[a-z0-9]+")


@dataclass(frozen=True)
class OutlineScore:
    """How one outline did."""

    name: str
    language: str
    term_coverage: float  # 0..1, mean over reference terms
    sections: int
    depth: int
    empty_sections: int
    mean_point_chars: float
    long_points: int
    language_match: bool
    chunks: int
    seconds: float

    def to_json(self) -> dict[str, Any]:
        """The score as a JSON-safe dict."""
        data = asdict(self)
        data["term_coverage"] = round(self.term_coverage, 3)
        data["mean_point_chars"] = round(self.mean_point_chars, 1)
        data["seconds"] = round(self.seconds, 1)
        return data


def reference_terms(path: Path) -> list[str]:
    """Reference terms from NAME.reference.json: key_terms, terms, or VCSum section headlines."""
    data = json.loads(path.read_text(encoding="utf-8"))
    for key in ("key_terms", "terms"):
        if isinstance(data.get(key), list):
            return [str(t) for t in data[key] if str(t).strip()]
    return [s["headline"] for s in data.get("sections", []) if s.get("headline")]


def units(text: str, language: str) -> set[str]:
    """The pieces coverage is counted in: character pairs, syllables or words."""
    folded = normalize(text)
    if language == "zh":
        chars = "".join(_CJK.findall(folded))
        return {chars[i : i + 2] for i in range(len(chars) - 1)} or set(chars)
    words = _WORD.findall(folded)
    if language == "en":
        return {w for w in words if w not in _EN_STOP}
    return set(words)  # Vietnamese: each syllable is written apart


def term_coverage(terms: list[str], outline_text: str, language: str) -> float:
    """Mean share of each reference term's units found in the outline."""
    have = units(outline_text, language)
    shares = []
    for term in terms:
        wanted = units(term, language)
        if wanted:
            shares.append(len(wanted & have) / len(wanted))
    return statistics.mean(shares) if shares else 0.0


def outline_text(outline: Outline) -> str:
    """Every word of the outline, for coverage and language checks."""
    parts = [outline.title, outline.summary]
    for section in _walk(outline.sections):
        parts += [section.heading, *section.points]
    parts += [f"{t.term} {t.definition}" for t in outline.key_terms]
    parts += list(outline.review_questions) + [a.task for a in outline.action_items]
    return "\n".join(p for p in parts if p)


def score_outline(
    name: str,
    outline: Outline,
    terms: list[str],
    language: str,
    chunks: int = 1,
    seconds: float = 0.0,
) -> OutlineScore:
    """Coverage and structure figures of one outline."""
    sections = list(_walk(outline.sections))
    points = [p for s in sections for p in s.points]
    text = outline_text(outline)
    return OutlineScore(
        name=name,
        language=language,
        term_coverage=term_coverage(terms, text, language),
        sections=len(outline.sections),
        depth=_depth(outline.sections),
        empty_sections=sum(1 for s in sections if not s.points and not s.sections),
        mean_point_chars=statistics.mean(len(p) for p in points) if points else 0.0,
        long_points=sum(1 for p in points if len(p) > LONG_POINT_CHARS),
        language_match=detect_language(text) == language if text else False,
        chunks=chunks,
        seconds=seconds,
    )


def summarise(scores: list[OutlineScore]) -> dict[str, Any]:
    """Means over a set of lectures."""
    if not scores:
        return {"lectures": 0}
    return {
        "lectures": len(scores),
        "term_coverage": round(statistics.mean(s.term_coverage for s in scores), 3),
        "language_match": round(sum(s.language_match for s in scores) / len(scores), 3),
        "empty_sections": sum(s.empty_sections for s in scores),
        "long_points": sum(s.long_points for s in scores),
        "mean_point_chars": round(statistics.mean(s.mean_point_chars for s in scores), 1),
        "seconds": round(sum(s.seconds for s in scores), 1),
    }


def _walk(sections: tuple[Section, ...]) -> list[Section]:
    out: list[Section] = []
    for section in sections:
        out.append(section)
        out += _walk(section.sections)
    return out


def _depth(sections: tuple[Section, ...]) -> int:
    return 1 + max((_depth(s.sections) for s in sections), default=0) if sections else 0
