"""The library's records as plain dataclasses (what the store returns and exports)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

KINDS = ("outline", "note", "chat", "practice")


def now_iso() -> str:
    """The current UTC time as stored: ISO 8601 with microseconds, so strings sort by time."""
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


@dataclass(frozen=True)
class Course:
    """A course, e.g. "AI for office work"."""

    id: int
    name: str


@dataclass(frozen=True)
class Lesson:
    """A lesson inside a course."""

    id: int
    course_id: int
    name: str
    position: int = 0


@dataclass(frozen=True)
class Note:
    """A note with everything the library keeps about it."""

    id: int
    uid: str
    title: str
    body: str
    kind: str
    course: str | None
    lesson: str | None
    tags: tuple[str, ...]
    source: str | None
    model: str | None
    params: dict[str, Any] | None
    created: str
    updated: str

    def to_json(self) -> dict[str, Any]:
        """The note as a JSON-safe dict (the export format)."""
        return {
            "id": self.id,
            "uid": self.uid,
            "title": self.title,
            "body": self.body,
            "kind": self.kind,
            "course": self.course,
            "lesson": self.lesson,
            "tags": list(self.tags),
            "source": self.source,
            "model": self.model,
            "params": self.params,
            "created": self.created,
            "updated": self.updated,
        }


@dataclass(frozen=True)
class NoteSummary:
    """A line of a note list."""

    id: int
    title: str
    course: str | None
    lesson: str | None
    tags: tuple[str, ...]
    kind: str
    updated: str

    def to_json(self) -> dict[str, Any]:
        """The summary in the `notes list --json` shape."""
        return {
            "id": self.id,
            "title": self.title,
            "course": self.course,
            "lesson": self.lesson,
            "tags": list(self.tags),
            "kind": self.kind,
            "updated": self.updated,
        }


@dataclass(frozen=True)
class NoteVersion:
    """An earlier title and body of a note, kept when it was saved again."""

    id: int
    note_id: int
    title: str
    body: str
    saved: str


@dataclass(frozen=True)
class SearchResult:
    """A search hit: the note, a snippet with the matches marked, and its rank score."""

    id: int
    title: str
    snippet: str
    course: str | None
    lesson: str | None
    kind: str
    score: float

    def to_json(self) -> dict[str, Any]:
        """The hit in the `notes search --json` shape."""
        return {
            "id": self.id,
            "title": self.title,
            "snippet": self.snippet,
            "course": self.course,
            "lesson": self.lesson,
            "kind": self.kind,
            "score": round(self.score, 4),
        }


@dataclass(frozen=True)
class Draft:
    """Unsaved editor text, autosaved so a crash loses at most a few seconds of typing."""

    key: str
    title: str
    body: str
    updated: str


@dataclass(frozen=True)
class SearchFilters:
    """Narrow a search or a list: course, lesson, tag, kind, and updated dates (inclusive)."""

    course: str | None = None
    lesson: str | None = None
    tag: str | None = None
    kind: str | None = None
    since: str | None = None  # "YYYY-MM-DD"
    until: str | None = None
