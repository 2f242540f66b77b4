"""The library file: schema and migrations, backups, recovery from damage, nothing lost."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from assistant.core.errors import StorageError
from assistant.core.store.database import list_backups, open_library
from assistant.core.store.notes import NotesStore
from assistant.core.store.schema import SCHEMA_VERSION, migrate
from assistant.core.store.transactions import transaction

NOW = datetime(2026, 11, 22, 9, 0, tzinfo=UTC)


def test_new_library_is_wal_with_foreign_keys(tmp_path: Path) -> None:
    lib = open_library(tmp_path / "library.db", now=NOW)
    db = lib.db
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert lib.recovery is None
    lib.close()


def test_migration_from_version_1_keeps_notes_and_makes_them_searchable(tmp_path: Path) -> None:
    path = tmp_path / "library.db"
    import sqlite_utils

    old = sqlite_utils.Database(sqlite3.connect(path, isolation_level=None))
    migrate(old, target=1)
    old.execute("INSERT INTO courses (name, created) VALUES ('AI办公', '2025-05-01T00:00:00Z')")
    old.execute(
        "INSERT INTO notes (title, body, kind, course_id, created, updated) VALUES "
        "('会议纪要', '本次课程讲提示词', 'note', 1, '2025-05-01T00:00:00Z', "
        "'2025-05-01T00:00:00Z')"
    )
    old.conn.close()

    lib = open_library(path, now=NOW)
    store = NotesStore(lib.db)
    note = store.get(1)
    assert (note.title, note.course) == ("会议纪要", "AI办公")
    assert len(note.uid) == 32
    assert [r.id for r in store.search("课程")] == [1]
    # The file as it was before the upgrade is kept as a backup.
    assert any("before-upgrade" in p.name for p in list_backups(tmp_path / "backups"))
    lib.close()


def test_a_library_from_a_newer_app_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "library.db"
    open_library(path, now=NOW).close()
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    with pytest.raises(StorageError, match="newer Study Assistant"):
        open_library(path, now=NOW)


def test_backup_at_most_once_a_day_keeping_seven(tmp_path: Path) -> None:
    path = tmp_path / "library.db"
    backups = tmp_path / "backups"
    first = open_library(path, now=NOW)
    NotesStore(first.db).add("Day one", "text")
    assert first.backup_made is not None
    first.close()
    again = open_library(path, now=NOW + timedelta(hours=5))
    assert again.backup_made is None
    again.close()
    for day in range(1, 11):
        open_library(path, now=NOW + timedelta(days=day)).close()
    kept = list_backups(backups)
    assert len(kept) == 7
    assert kept[0].name.startswith("library-20261202")


def _library_with_backup(tmp_path: Path) -> Path:
    path = tmp_path / "library.db"
    lib = open_library(path, now=NOW - timedelta(days=2))
    NotesStore(lib.db).add("Kept in the backup", "backed up text")
    lib.close()
    lib = open_library(path, now=NOW - timedelta(days=1))  # today's backup holds the note
    lib.close()
    return path


@pytest.mark.logged_errors
def test_random_bytes_are_set_aside_and_the_backup_restored(tmp_path: Path) -> None:
    path = _library_with_backup(tmp_path)
    garbage = os.urandom(50_000)
    path.write_bytes(garbage)
    lib = open_library(path, now=NOW)
    report = lib.recovery
    assert report is not None and report.restored_from is not None
    assert report.damaged_path.read_bytes() == garbage  # never deleted
    assert "not a SQLite database" in report.message()
    assert str(report.damaged_path) in report.message()
    assert [n.title for n in NotesStore(lib.db).iter_notes()] == ["Kept in the backup"]
    lib.close()


@pytest.mark.logged_errors
def test_a_truncated_database_is_set_aside_and_the_backup_restored(tmp_path: Path) -> None:
    path = _library_with_backup(tmp_path)
    lib = open_library(path, now=NOW)
    store = NotesStore(lib.db)
    for i in range(300):
        store.add(f"Note {i}", "lecture text " * 50)
    lib.close()
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    lib = open_library(path, now=NOW + timedelta(hours=1))
    assert lib.recovery is not None and lib.recovery.restored_from is not None
    assert lib.recovery.damaged_path.exists()
    assert NotesStore(lib.db).count() >= 1
    assert lib.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    lib.close()


@pytest.mark.logged_errors
def test_damage_without_any_backup_starts_empty_and_says_so(tmp_path: Path) -> None:
    path = tmp_path / "library.db"
    path.write_bytes(b"SQLite format 3\x00" + os.urandom(4000))
    lib = open_library(path, now=NOW)
    assert lib.recovery is not None and lib.recovery.restored_from is None
    assert "new, empty library" in lib.recovery.message()
    assert NotesStore(lib.db).count() == 0
    lib.close()


def test_full_disk_is_a_clear_error_and_changes_nothing(tmp_path: Path) -> None:
    lib = open_library(tmp_path / "library.db", now=NOW)
    store = NotesStore(lib.db)
    keep = store.add("Before", "safe")
    pages = lib.db.execute("PRAGMA page_count").fetchone()[0]
    # SQLite's own "database or disk is full", reached by capping the file's size.
    lib.db.execute(f"PRAGMA max_page_count = {pages + 1}")
    with pytest.raises(StorageError, match="disk is full"):
        store.add("Too big", "x" * 200_000)
    with pytest.raises(StorageError, match="disk is full"):
        store.update(keep, body="y" * 200_000)
    assert store.get(keep).body == "safe"
    assert [n.title for n in store.iter_notes()] == ["Before"]
    lib.close()


def test_read_only_is_a_clear_error_and_changes_nothing(tmp_path: Path) -> None:
    lib = open_library(tmp_path / "library.db", now=NOW)
    store = NotesStore(lib.db)
    keep = store.add("Before", "safe")
    # Tests run as root, which ignores file permissions; query_only gives SQLite's own
    # read-only error, the same one a read-only disk gives.
    lib.db.execute("PRAGMA query_only = ON")
    with pytest.raises(StorageError, match="read-only"):
        store.update(keep, body="changed")
    with pytest.raises(StorageError, match="read-only"):
        store.save_draft("new-note", "t", "b")
    assert store.get(keep).body == "safe"
    lib.close()


def test_a_failed_write_rolls_back_the_whole_transaction(tmp_path: Path) -> None:
    lib = open_library(tmp_path / "library.db", now=NOW)
    store = NotesStore(lib.db)
    with pytest.raises(RuntimeError), transaction(lib.db):
        lib.db.execute(
            "INSERT INTO courses (name, created) VALUES ('half', '2026-01-01T00:00:00Z')"
        )
        raise RuntimeError("crash in the middle")
    assert store.courses() == []
    lib.close()


WRITER = """
import sys
from assistant.core.store.database import open_library
from assistant.core.store.notes import NotesStore
lib = open_library(sys.argv[1], backups=False)
store = NotesStore(lib.db)
i = 0
while True:
    i += 1
    note_id = store.add(f"Note {i}", "Ghi chép bài giảng " * 20, tags=["autosave"])
    store.save_draft("new-note", f"Draft {i}", "đang gõ " * 30)
    print(note_id, i, flush=True)  # only after both commits returned
"""


def test_killed_while_writing_loses_nothing_committed(tmp_path: Path) -> None:
    path = tmp_path / "library.db"
    open_library(path, backups=False).close()
    proc = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(path)], stdout=subprocess.PIPE, text=True
    )
    assert proc.stdout is not None
    committed: list[tuple[int, int]] = []
    deadline = time.monotonic() + 30
    while len(committed) < 40 and time.monotonic() < deadline:
        line = proc.stdout.readline()
        if line:
            note_id, i = line.split()
            committed.append((int(note_id), int(i)))
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    assert len(committed) >= 40

    lib = open_library(path, backups=False)
    assert lib.recovery is None
    assert lib.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    store = NotesStore(lib.db)
    for note_id, i in committed:
        assert store.get(note_id).title == f"Note {i}"
    draft = store.draft("new-note")
    assert draft is not None
    assert int(draft.title.split()[1]) >= committed[-1][1]
    # The search index is as intact as the notes.
    assert len(store.search("ghi chep", limit=1000)) == store.count()
    lib.close()
