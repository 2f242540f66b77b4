"""The structured outline's records and its `outline --json` document (shared/cli.md).

The model never writes this whole structure: code finds the parts (segment.py) and small calls
fill each one (pipeline.py), so these are plain records.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


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
