"""NotesStore: courses, lessons, notes, tags, version history, drafts and search."""

from __future__ import annotations

import json
import re
import uuid
from collections.abc import Iterable, Iterator, Sequence
from datetime import date, timedelta
from typing import Any

import sqlite_utils

from assistant.core.errors import InputError, LessonWithoutCourse, NoteNotFound
from assistant.core.store import passages, textsearch
from assistant.core.store.records import (
    KINDS,
    Course,
    Draft,
    Lesson,
    Note,
    NoteSummary,
    NoteVersion,
    SearchFilters,
    SearchResult,
    now_iso,
)
from assistant.core.store.transactions import transaction

_UNSET: Any = object()
# Up to this many matches, every match is ranked; beyond it see _ranked_hits_unfiltered.
RANK_ALL_UP_TO = 1000

_NOTE_COLUMNS = """
    n.id, n.uid, n.title, n.body, n.kind, c.name AS course, l.name AS lesson, n.source, n.model,
    n.params, n.created, n.updated,
    (SELECT group_concat(t.name, char(31)) FROM note_tags nt JOIN tags t ON t.id = nt.tag_id
      WHERE nt.note_id = n.id) AS tags
"""
_NOTE_FROM = """
    FROM notes n
    LEFT JOIN courses c ON c.id = n.course_id
    LEFT JOIN lessons l ON l.id = n.lesson_id
"""


class NotesStore:
    """Reads and writes notes; every write is one transaction and keeps the search index."""

    def __init__(self, db: sqlite_utils.Database) -> None:
        self.db = db

    # -- courses and lessons ------------------------------------------------------------------

    def courses(self) -> list[Course]:
        """All courses, by name."""
        rows = self.db.execute("SELECT id, name FROM courses ORDER BY name").fetchall()
        return [Course(*row) for row in rows]

    def lessons(self, course: str) -> list[Lesson]:
        """The lessons of a course, in order."""
        rows = self.db.execute(
            "SELECT l.id, l.course_id, l.name, l.position FROM lessons l "
            "JOIN courses c ON c.id = l.course_id WHERE c.name = ? ORDER BY l.position, l.name",
            [course],
        ).fetchall()
        return [Lesson(*row) for row in rows]

    def _course_id(self, name: str | None) -> int | None:
        name = (name or "").strip()
        if not name:
            return None
        row = self.db.execute("SELECT id FROM courses WHERE name = ?", [name]).fetchone()
        if row:
            return int(row[0])
        cur = self.db.execute(
            "INSERT INTO courses (name, created) VALUES (?, ?)", [name, now_iso()]
        )
        return int(cur.lastrowid or 0)

    def _lesson_id(self, course_id: int | None, name: str | None) -> int | None:
        name = (name or "").strip()
        if not name:
            return None
        if course_id is None:
            raise LessonWithoutCourse()
        row = self.db.execute(
            "SELECT id FROM lessons WHERE course_id = ? AND name = ?", [course_id, name]
        ).fetchone()
        if row:
            return int(row[0])
        position = self.db.execute(
            "SELECT coalesce(max(position), 0) + 1 FROM lessons WHERE course_id = ?", [course_id]
        ).fetchone()[0]
        cur = self.db.execute(
            "INSERT INTO lessons (course_id, name, position, created) VALUES (?, ?, ?, ?)",
            [course_id, name, position, now_iso()],
        )
        return int(cur.lastrowid or 0)

    # -- notes --------------------------------------------------------------------------------

    def add(
        self,
        title: str,
        body: str = "",
        *,
        kind: str = "note",
        course: str | None = None,
        lesson: str | None = None,
        tags: Iterable[str] = (),
        source: str | None = None,
        model: str | None = None,
        params: dict[str, Any] | None = None,
        uid: str | None = None,
        created: str | None = None,
        updated: str | None = None,
    ) -> int:
        """Store a new note and return its id."""
        title = _clean_title(title, body)
        _check_kind(kind)
        stamp = now_iso()
        with transaction(self.db):
            course_id = self._course_id(course)
            cur = self.db.execute(
                "INSERT INTO notes (uid, title, body, kind, course_id, lesson_id, source, model,"
                " params, created, updated) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    uid or uuid.uuid4().hex,
                    title,
                    body,
                    kind,
                    course_id,
                    self._lesson_id(course_id, lesson),
                    source,
                    model,
                    json.dumps(params, ensure_ascii=False) if params is not None else None,
                    created or stamp,
                    updated or created or stamp,
                ],
            )
            note_id = int(cur.lastrowid or 0)
            self._set_tags(note_id, tags)
            index_note(self.db, note_id)
        return note_id

    def add_many(self, notes: Iterable[dict[str, Any]]) -> list[int]:
        """Store many notes (keyword arguments of add) in one transaction: all or none."""
        with transaction(self.db):
            return [self.add(**note) for note in notes]

    def get(self, note_id: int) -> Note:
        """The note with this id; NoteNotFound if there is none."""
        row = self.db.execute(
            f"SELECT {_NOTE_COLUMNS} {_NOTE_FROM} WHERE n.id = ?", [note_id]
        ).fetchone()
        if row is None:
            raise NoteNotFound(note_id)
        return _note(row)

    def find_uid(self, uid: str) -> int | None:
        """The id of the note with this stable uid, if the library has it."""
        row = self.db.execute("SELECT id FROM notes WHERE uid = ?", [uid]).fetchone()
        return int(row[0]) if row else None

    def update(
        self,
        note_id: int,
        *,
        title: str | None = None,
        body: str | None = None,
        kind: str | None = None,
        course: str | None = _UNSET,
        lesson: str | None = _UNSET,
        tags: Iterable[str] | None = None,
    ) -> Note:
        """Change a note; the previous title and body are kept in its history."""
        with transaction(self.db):
            old = self.get(note_id)
            new_title = old.title if title is None else _clean_title(title, body or old.body)
            new_body = old.body if body is None else body
            changes: dict[str, Any] = {"title": new_title, "body": new_body}
            if kind is not None:
                _check_kind(kind)
                changes["kind"] = kind
            if course is not _UNSET:
                changes["course_id"] = self._course_id(course)
                changes["lesson_id"] = None
            if lesson is not _UNSET:
                course_id = changes.get("course_id", self._course_id(old.course))
                changes["lesson_id"] = self._lesson_id(course_id, lesson)
            if (new_title, new_body) != (old.title, old.body):
                self.db.execute(
                    "INSERT INTO note_versions (note_id, title, body, saved) VALUES (?, ?, ?, ?)",
                    [note_id, old.title, old.body, old.updated],
                )
            changes["updated"] = now_iso()
            assignments = ", ".join(f"{k} = ?" for k in changes)
            self.db.execute(
                f"UPDATE notes SET {assignments} WHERE id = ?", [*changes.values(), note_id]
            )
            if tags is not None:
                self._set_tags(note_id, tags)
            index_note(self.db, note_id)
            return self.get(note_id)

    def delete(self, note_id: int) -> None:
        """Delete a note with its history and tags."""
        with transaction(self.db):
            self.get(note_id)
            self.db.execute("DELETE FROM notes_fts WHERE rowid = ?", [note_id])
            passages.remove_passages(self.db, note_id)
            # Review cards outlive their note: they keep its last title and course.
            self.db.execute(
                "UPDATE cards SET note_title = n.title, course = c.name FROM notes n "
                "LEFT JOIN courses c ON c.id = n.course_id WHERE n.id = ? AND cards.note_id = n.id",
                [note_id],
            )
            self.db.execute("DELETE FROM notes WHERE id = ?", [note_id])

    def versions(self, note_id: int) -> list[NoteVersion]:
        """Earlier versions of a note, newest first."""
        rows = self.db.execute(
            "SELECT id, note_id, title, body, saved FROM note_versions WHERE note_id = ?"
            " ORDER BY id DESC",
            [note_id],
        ).fetchall()
        return [NoteVersion(*row) for row in rows]

    def restore_version(self, note_id: int, version_id: int) -> Note:
        """Bring back an earlier version; the current text becomes a version itself (undo)."""
        row = self.db.execute(
            "SELECT title, body FROM note_versions WHERE id = ? AND note_id = ?",
            [version_id, note_id],
        ).fetchone()
        if row is None:
            raise InputError(f"Note {note_id} has no version {version_id}.")
        return self.update(note_id, title=row[0], body=row[1])

    def list_notes(
        self, filters: SearchFilters | None = None, limit: int | None = None
    ) -> list[NoteSummary]:
        """Notes matching the filters, most recently updated first."""
        where, params = _filter_sql(filters or SearchFilters())
        sql = (
            f"SELECT n.id, n.title, c.name, l.name, n.kind, n.updated, "
            f"(SELECT group_concat(t.name, char(31)) FROM note_tags nt JOIN tags t "
            f"ON t.id = nt.tag_id WHERE nt.note_id = n.id) {_NOTE_FROM} WHERE {where} "
            f"ORDER BY n.updated DESC, n.id DESC"
        )
        if limit:
            sql += f" LIMIT {int(limit)}"
        return [
            NoteSummary(r[0], r[1], r[2], r[3], _tags(r[6]), r[4], r[5])
            for r in self.db.execute(sql, params).fetchall()
        ]

    def iter_notes(self, filters: SearchFilters | None = None) -> Iterator[Note]:
        """Every note matching the filters, oldest first (for export)."""
        where, params = _filter_sql(filters or SearchFilters())
        cursor = self.db.execute(
            f"SELECT {_NOTE_COLUMNS} {_NOTE_FROM} WHERE {where} ORDER BY n.created, n.id", params
        )
        for row in cursor:
            yield _note(row)

    def count(self) -> int:
        """How many notes the library holds."""
        return int(self.db.execute("SELECT count(*) FROM notes").fetchone()[0])

    def tags(self) -> list[str]:
        """All tags in use, by name."""
        rows = self.db.execute(
            "SELECT name FROM tags WHERE id IN (SELECT tag_id FROM note_tags) ORDER BY name"
        ).fetchall()
        return [r[0] for r in rows]

    def _set_tags(self, note_id: int, tags: Iterable[str]) -> None:
        self.db.execute("DELETE FROM note_tags WHERE note_id = ?", [note_id])
        for name in dict.fromkeys(t.strip() for t in tags if t.strip()):
            self.db.execute("INSERT OR IGNORE INTO tags (name) VALUES (?)", [name])
            self.db.execute(
                "INSERT OR IGNORE INTO note_tags (note_id, tag_id) "
                "SELECT ?, id FROM tags WHERE name = ?",
                [note_id, name],
            )

    # -- search -------------------------------------------------------------------------------

    def search(
        self, query: str, filters: SearchFilters | None = None, limit: int = 20
    ) -> list[SearchResult]:
        """Notes matching the query (Chinese, Vietnamese with or without tone marks, English),
        best first, each with a snippet in which the matches are marked **like this**."""
        match = textsearch.build_match_query(query)
        if match is None:
            return []
        filters = filters or SearchFilters()
        if filters != SearchFilters():
            hits = self._ranked_hits(match, limit, filters)
        else:
            hits = self._ranked_hits_unfiltered(query, match, limit)
        return self._results(hits, query)

    def _ranked_hits_unfiltered(
        self, query: str, match: str, limit: int
    ) -> list[tuple[int, float]]:
        # bm25 costs ~1.5 us per matching note: a word in a third of 100k notes would take 50 ms
        # to rank. So the newest RANK_ALL_UP_TO matches are ranked (all of them, in a smaller
        # library), plus every note whose title or tags match: few, and they rank highest.
        rows = self.db.execute(
            f"SELECT rowid, bm25(notes_fts, {textsearch.BM25_WEIGHTS}) FROM notes_fts "
            f"WHERE notes_fts MATCH ? ORDER BY rowid DESC LIMIT ?",
            [match, RANK_ALL_UP_TO],
        ).fetchall()
        hits = {int(r[0]): float(r[1]) for r in rows}
        if len(rows) == RANK_ALL_UP_TO:
            title_match = textsearch.build_match_query(query, columns=("title", "tags"))
            if title_match is not None:
                # Terms found in title and tags are found in {title tags body} too.
                hits.update(self._fts_top(title_match, limit))
        return sorted(hits.items(), key=lambda hit: hit[1])[:limit]

    def _fts_top(self, match: str, limit: int) -> list[tuple[int, float]]:
        rows = self.db.execute(
            f"SELECT rowid, bm25(notes_fts, {textsearch.BM25_WEIGHTS}) AS rank FROM notes_fts "
            f"WHERE notes_fts MATCH ? ORDER BY rank LIMIT ?",
            [match, int(limit)],
        ).fetchall()
        return [(int(r[0]), float(r[1])) for r in rows]

    def _ranked_hits(
        self, match: str, limit: int, filters: SearchFilters
    ) -> list[tuple[int, float]]:
        where, params = _filter_sql(filters)
        rows = self.db.execute(
            f"SELECT n.id, bm25(notes_fts, {textsearch.BM25_WEIGHTS}) AS rank "
            f"FROM notes_fts JOIN notes n ON n.id = notes_fts.rowid "
            f"LEFT JOIN courses c ON c.id = n.course_id "
            f"LEFT JOIN lessons l ON l.id = n.lesson_id "
            f"WHERE notes_fts MATCH ? AND {where} ORDER BY rank LIMIT ?",
            [match, *params, int(limit)],
        ).fetchall()
        return [(int(r[0]), float(r[1])) for r in rows]

    def _results(self, hits: list[tuple[int, float]], query: str) -> list[SearchResult]:
        if not hits:
            return []
        marks = ", ".join("?" for _ in hits)
        rows = {
            r[0]: r
            for r in self.db.execute(
                f"SELECT n.id, n.title, n.body, c.name, l.name, n.kind {_NOTE_FROM} "
                f"WHERE n.id IN ({marks})",
                [note_id for note_id, _ in hits],
            ).fetchall()
        }
        return [
            SearchResult(
                id=note_id,
                title=rows[note_id][1],
                snippet=textsearch.highlight(markdown_to_plain(rows[note_id][2]), query),
                course=rows[note_id][3],
                lesson=rows[note_id][4],
                kind=rows[note_id][5],
                score=-rank,  # bm25 is lower for better matches; users expect higher
            )
            for note_id, rank in hits
            if note_id in rows
        ]

    # -- drafts -------------------------------------------------------------------------------

    def save_draft(self, key: str, title: str, body: str) -> None:
        """Autosave editor text under a key (e.g. "note:12" or "new-note")."""
        with transaction(self.db):
            self.db.execute(
                "INSERT INTO drafts (key, title, body, updated) VALUES (?, ?, ?, ?) "
                "ON CONFLICT(key) DO UPDATE SET title = excluded.title, body = excluded.body, "
                "updated = excluded.updated",
                [key, title, body, now_iso()],
            )

    def draft(self, key: str) -> Draft | None:
        """The autosaved draft under key, if any."""
        row = self.db.execute(
            "SELECT key, title, body, updated FROM drafts WHERE key = ?", [key]
        ).fetchone()
        return Draft(*row) if row else None

    def drafts(self) -> list[Draft]:
        """All drafts, newest first (offered back after a crash)."""
        rows = self.db.execute(
            "SELECT key, title, body, updated FROM drafts ORDER BY updated DESC"
        ).fetchall()
        return [Draft(*r) for r in rows]

    def discard_draft(self, key: str) -> None:
        """Forget a draft (after the note was saved)."""
        with transaction(self.db):
            self.db.execute("DELETE FROM drafts WHERE key = ?", [key])


def index_note(db: sqlite_utils.Database, note_id: int) -> None:
    """Write the note's search entry and passages (inside the transaction that changed it)."""
    _index_search_entry(db, note_id)
    passages.index_passages(db, note_id)


def _index_search_entry(db: sqlite_utils.Database, note_id: int) -> None:
    row = db.execute(
        "SELECT n.title, n.body, (SELECT group_concat(t.name, ' ') FROM note_tags nt "
        "JOIN tags t ON t.id = nt.tag_id WHERE nt.note_id = n.id) FROM notes n WHERE n.id = ?",
        [note_id],
    ).fetchone()
    db.execute("DELETE FROM notes_fts WHERE rowid = ?", [note_id])
    if row is None:
        return
    title, body, tags = row
    values = textsearch.fts_row(title, tags or "", body)
    columns = ", ".join(textsearch.FTS_COLUMNS)
    marks = ", ".join("?" for _ in textsearch.FTS_COLUMNS)
    db.execute(f"INSERT INTO notes_fts (rowid, {columns}) VALUES (?, {marks})", [note_id, *values])


def reindex_all(db: sqlite_utils.Database) -> None:
    """Rebuild every note's search entry (the version 2 migration; passages come with 4)."""
    for (note_id,) in db.execute("SELECT id FROM notes").fetchall():
        _index_search_entry(db, note_id)


# Markdown syntax that would read as noise in a one-line snippet (and whose ** would clash with
# the ** that marks the matches): heading and quote marks, list bullets, emphasis, code ticks,
# and link targets.
_MARKDOWN_NOISE = [
    (re.compile(r"^\s{0,3}(#{1,6}|>+|[-*+]|\d+[.)])\s+", re.M), ""),
    (re.compile(r"(\*\*|__|\*|`+|~~)"), ""),
    (re.compile(r"!?\[([^\]]*)\]\([^)]*\)"), r"\1"),
]


def markdown_to_plain(text: str) -> str:
    """Markdown as the words a reader sees, for search snippets."""
    for pattern, replacement in _MARKDOWN_NOISE:
        text = pattern.sub(replacement, text)
    return text


def _filter_sql(filters: SearchFilters) -> tuple[str, list[Any]]:
    clauses, params = ["1"], []
    if filters.course:
        clauses.append("c.name = ?")
        params.append(filters.course)
    if filters.lesson:
        clauses.append("l.name = ?")
        params.append(filters.lesson)
    if filters.kind:
        _check_kind(filters.kind)
        clauses.append("n.kind = ?")
        params.append(filters.kind)
    if filters.tag:
        clauses.append(
            "n.id IN (SELECT nt.note_id FROM note_tags nt JOIN tags t ON t.id = nt.tag_id "
            "WHERE t.name = ?)"
        )
        params.append(filters.tag)
    if filters.since:
        clauses.append("n.updated >= ?")
        params.append(_parse_day(filters.since).isoformat())
    if filters.until:
        clauses.append("n.updated < ?")
        params.append((_parse_day(filters.until) + timedelta(days=1)).isoformat())
    return " AND ".join(clauses), params


def _parse_day(text: str) -> date:
    try:
        return date.fromisoformat(text.strip()[:10])
    except ValueError:
        raise InputError(f"{text!r} is not a date; write it as YYYY-MM-DD.") from None


def _check_kind(kind: str) -> None:
    if kind not in KINDS:
        raise InputError(f"{kind!r} is not a kind of note; use one of {', '.join(KINDS)}.")


def _clean_title(title: str, body: str) -> str:
    title = " ".join((title or "").split())
    if title:
        return title
    first_line = next((line.strip("# ").strip() for line in body.splitlines() if line.strip()), "")
    return first_line[:80] or "Untitled"


def _tags(joined: str | None) -> tuple[str, ...]:
    return tuple(sorted(joined.split("\x1f"))) if joined else ()


def _note(row: Sequence[Any]) -> Note:
    return Note(
        id=row[0],
        uid=row[1],
        title=row[2],
        body=row[3],
        kind=row[4],
        course=row[5],
        lesson=row[6],
        source=row[7],
        model=row[8],
        params=json.loads(row[9]) if row[9] else None,
        created=row[10],
        updated=row[11],
        tags=_tags(row[12]),
    )
