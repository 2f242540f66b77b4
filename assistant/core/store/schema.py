"""The library's schema as forward migrations; PRAGMA user_version says which have run."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

import sqlite_utils

from assistant.core.errors import LibraryTooNew
from assistant.core.store import textsearch
from assistant.core.store.transactions import transaction

# Version 1 is the first schema that shipped: courses, lessons, notes, tags, history, chats.
_V1 = """
CREATE TABLE courses (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    created TEXT NOT NULL
);
CREATE TABLE lessons (
    id INTEGER PRIMARY KEY,
    course_id INTEGER NOT NULL REFERENCES courses(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    position INTEGER NOT NULL DEFAULT 0,
    created TEXT NOT NULL,
    UNIQUE (course_id, name)
);
CREATE TABLE notes (
    id INTEGER PRIMARY KEY,
    title TEXT NOT NULL,
    body TEXT NOT NULL DEFAULT '',
    kind TEXT NOT NULL DEFAULT 'note'
        CHECK (kind IN ('outline', 'note', 'chat', 'practice')),
    course_id INTEGER REFERENCES courses(id) ON DELETE SET NULL,
    lesson_id INTEGER REFERENCES lessons(id) ON DELETE SET NULL,
    source TEXT,
    model TEXT,
    params TEXT,
    created TEXT NOT NULL,
    updated TEXT NOT NULL
);
CREATE INDEX notes_course ON notes(course_id, lesson_id);
CREATE INDEX notes_updated ON notes(updated);
CREATE TABLE tags (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE
);
CREATE TABLE note_tags (
    note_id INTEGER NOT NULL REFERENCES notes(id) ON DELETE CASCADE,
    tag_id INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
    PRIMARY KEY (note_id, tag_id)
);
CREATE INDEX note_tags_tag ON note_tags(tag_id);
CREATE TABLE note_versions (
    id INTEGER PRIMARY KEY,
    note_id INTEGER NOT NULL REFERENCES notes(id) ON DELETE CASCADE,
    title TEXT NOT NULL,
    body TEXT NOT NULL,
    saved TEXT NOT NULL
);
CREATE INDEX note_versions_note ON note_versions(note_id, id);
CREATE TABLE chats (
    id INTEGER PRIMARY KEY,
    title TEXT NOT NULL,
    course_id INTEGER REFERENCES courses(id) ON DELETE SET NULL,
    lesson_id INTEGER REFERENCES lessons(id) ON DELETE SET NULL,
    model TEXT,
    created TEXT NOT NULL,
    updated TEXT NOT NULL
);
CREATE TABLE messages (
    id INTEGER PRIMARY KEY,
    chat_id INTEGER NOT NULL REFERENCES chats(id) ON DELETE CASCADE,
    role TEXT NOT NULL CHECK (role IN ('system', 'user', 'assistant')),
    content TEXT NOT NULL,
    reasoning TEXT,
    created TEXT NOT NULL
);
CREATE INDEX messages_chat ON messages(chat_id, id);
"""

# Version 2: stable ids for import and export, search, autosaved drafts, practice attempts.
_V2 = f"""
ALTER TABLE notes ADD COLUMN uid TEXT;
UPDATE notes SET uid = lower(hex(randomblob(16))) WHERE uid IS NULL;
CREATE UNIQUE INDEX notes_uid ON notes(uid);
CREATE VIRTUAL TABLE notes_fts USING fts5(
    {", ".join(textsearch.FTS_COLUMNS)},
    tokenize = "unicode61 remove_diacritics 0"
);
CREATE TABLE drafts (
    key TEXT PRIMARY KEY,
    title TEXT NOT NULL DEFAULT '',
    body TEXT NOT NULL DEFAULT '',
    updated TEXT NOT NULL
);
CREATE TABLE practice_attempts (
    id INTEGER PRIMARY KEY,
    uid TEXT NOT NULL UNIQUE,
    framework TEXT,
    prompt TEXT NOT NULL,
    check_result TEXT,
    output TEXT,
    model TEXT,
    params TEXT,
    note_id INTEGER REFERENCES notes(id) ON DELETE SET NULL,
    created TEXT NOT NULL
);
"""

# Version 3: prompt packs kept in the library (imported in one transaction, backed up with it),
# and what the practice progress view groups and sorts attempts by.
_V3 = """
CREATE TABLE practice_packs (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    version INTEGER NOT NULL,
    content TEXT NOT NULL,
    imported TEXT NOT NULL
);
ALTER TABLE practice_attempts ADD COLUMN trainee TEXT NOT NULL DEFAULT '';
ALTER TABLE practice_attempts ADD COLUMN exercise TEXT;
ALTER TABLE practice_attempts ADD COLUMN score INTEGER;
ALTER TABLE practice_attempts ADD COLUMN mode TEXT NOT NULL DEFAULT 'run';
CREATE INDEX practice_attempts_trainee ON practice_attempts(trainee, created);
"""


# Version 4: passages for asking the library (issue 16), review cards and their review log.
# A card's note may be deleted: the card stays (its text is its own) and says so.
_V4 = """
CREATE TABLE passages (
    id INTEGER PRIMARY KEY,
    note_id INTEGER NOT NULL REFERENCES notes(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    start INTEGER NOT NULL,
    end INTEGER NOT NULL
);
CREATE INDEX passages_note ON passages(note_id, position);
CREATE VIRTUAL TABLE passages_fts USING fts5(
    title, body,
    tokenize = "unicode61 remove_diacritics 0"
);
CREATE TABLE cards (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN ('term', 'question', 'cloze')),
    front TEXT NOT NULL,
    back TEXT NOT NULL,
    note_id INTEGER REFERENCES notes(id) ON DELETE SET NULL,
    note_title TEXT NOT NULL DEFAULT '',
    course TEXT,
    language TEXT NOT NULL DEFAULT 'en',
    source_key TEXT NOT NULL UNIQUE,
    fsrs TEXT NOT NULL,
    due TEXT NOT NULL,
    created TEXT NOT NULL
);
CREATE INDEX cards_due ON cards(due);
CREATE TABLE card_reviews (
    id INTEGER PRIMARY KEY,
    card_id INTEGER NOT NULL REFERENCES cards(id) ON DELETE CASCADE,
    rating INTEGER NOT NULL CHECK (rating BETWEEN 1 AND 4),
    reviewed TEXT NOT NULL,
    due_after TEXT NOT NULL
);
CREATE INDEX card_reviews_day ON card_reviews(reviewed);
"""


def run_script(db: sqlite_utils.Database, script: str) -> None:
    """Run DDL statements inside the caller's transaction (executescript would commit first)."""
    statement = ""
    for line in script.splitlines(keepends=True):
        statement += line
        if sqlite3.complete_statement(statement):
            db.conn.execute(statement)
            statement = ""


def _v2(db: sqlite_utils.Database) -> None:
    run_script(db, _V2)
    # Notes written under version 1 have no search entries yet.
    from assistant.core.store.notes import reindex_all

    reindex_all(db)


def _v4(db: sqlite_utils.Database) -> None:
    run_script(db, _V4)
    from assistant.core.store.passages import index_passages

    for (note_id,) in db.execute("SELECT id FROM notes").fetchall():
        index_passages(db, note_id)


Migration = Callable[[sqlite_utils.Database], None]

MIGRATIONS: list[Migration] = [
    lambda db: run_script(db, _V1),
    _v2,
    lambda db: run_script(db, _V3),
    _v4,
]
SCHEMA_VERSION = len(MIGRATIONS)


def schema_version(db: sqlite_utils.Database) -> int:
    """The schema version stored in the file (0 for a new database)."""
    return int(db.execute("PRAGMA user_version").fetchone()[0])


def migrate(db: sqlite_utils.Database, target: int = SCHEMA_VERSION) -> int:
    """Run the migrations the file has not had yet, each in its own transaction."""
    current = schema_version(db)
    if current > SCHEMA_VERSION:
        raise LibraryTooNew(current=current, known=SCHEMA_VERSION)
    for version in range(current + 1, target + 1):
        with transaction(db):
            MIGRATIONS[version - 1](db)
            db.conn.execute(f"PRAGMA user_version = {version}")
    return schema_version(db)
