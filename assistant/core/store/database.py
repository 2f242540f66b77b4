"""Opening the library file: health check, recovery from backups, WAL, migrations, daily backups.

Nothing the user saved is ever deleted here: a damaged file is moved aside and named in the
report, and the newest backup that passes a check takes its place.
"""

from __future__ import annotations

import logging
import os
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import sqlite_utils

from assistant.core import paths
from assistant.core.errors import (
    CannotCreateDataFolder,
    CannotReadLibrary,
    DamagedLibraryStuck,
)
from assistant.core.store.schema import SCHEMA_VERSION, migrate, schema_version
from assistant.core.store.transactions import storage_error

log = logging.getLogger(__name__)

LIBRARY_FILE = "library.db"
BACKUP_DIR = "backups"
KEEP_BACKUPS = 7
BACKUP_INTERVAL = timedelta(days=1)
_SQLITE_MAGIC = b"SQLite format 3\x00"
_STAMP = "%Y%m%d-%H%M%S"


@dataclass(frozen=True)
class RecoveryReport:
    """What happened when the library file was found damaged on open."""

    reason: str
    damaged_path: Path
    restored_from: Path | None

    def message(self) -> str:
        """One paragraph for the user: what happened, where the damaged file is."""
        if self.restored_from is not None:
            what = f"It was restored from the backup of {_backup_time(self.restored_from)}"
        else:
            what = "No good backup was found, so a new, empty library was started"
        return (
            f"The library file was damaged ({self.reason}). {what}. The damaged file was kept "
            f"as {self.damaged_path}; notes saved after the backup may be in it."
        )


@dataclass
class Library:
    """An open library: the database, and what happened while opening it."""

    db: sqlite_utils.Database
    path: Path
    recovery: RecoveryReport | None = None
    backup_made: Path | None = None

    def close(self) -> None:
        """Close the database (WAL content is checkpointed into the file)."""
        self.db.conn.close()


def default_library_path() -> Path:
    """The library file in the data dir."""
    return paths.data_dir() / LIBRARY_FILE


def open_library(
    path: Path | None = None, *, backups: bool = True, now: datetime | None = None
) -> Library:
    """Open (creating, repairing and migrating as needed) the library at path."""
    path = Path(path).resolve() if path else default_library_path()
    now = now or datetime.now(UTC)
    backup_dir = path.parent / BACKUP_DIR
    recovery = None
    problem = health_problem(path)
    if problem:
        recovery = _recover(path, backup_dir, problem, now)
    db = _connect(path)
    backup_made = None
    try:
        version = schema_version(db)
        if backups and 0 < version < SCHEMA_VERSION:
            # A migration rewrites tables: keep the file as it was first.
            backup_made = make_backup(db, backup_dir, now, label="before-upgrade")
        migrate(db)
        if backups and _backup_due(backup_dir, now):
            backup_made = make_backup(db, backup_dir, now)
            prune_backups(backup_dir)
    except sqlite3.Error as exc:
        db.conn.close()
        raise storage_error(exc) from exc
    except BaseException:
        db.conn.close()
        raise
    return Library(db=db, path=path, recovery=recovery, backup_made=backup_made)


def _connect(path: Path) -> sqlite_utils.Database:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        # Autocommit mode: every write goes through transactions.transaction().
        conn = sqlite3.connect(path, isolation_level=None, timeout=10, check_same_thread=False)
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA foreign_keys = ON")
        # FULL: a commit is on disk before save() returns, power cut included.
        conn.execute("PRAGMA synchronous = FULL")
    except OSError as exc:
        raise CannotCreateDataFolder(folder=path.parent, reason=exc.strerror) from exc
    except sqlite3.Error as exc:
        raise storage_error(exc) from exc
    return sqlite_utils.Database(conn)


def health_problem(path: Path) -> str | None:
    """Why the file at path is not a usable database, or None if it is (or does not exist)."""
    try:
        if not path.exists() or path.stat().st_size == 0:
            return None
        with open(path, "rb") as f:
            if f.read(16) != _SQLITE_MAGIC:
                return "it is not a SQLite database"
    except OSError as exc:
        raise CannotReadLibrary(path=path, reason=exc.strerror) from exc
    try:
        conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
        try:
            rows = conn.execute("PRAGMA quick_check").fetchall()
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        return str(exc)
    if rows != [("ok",)]:
        return "; ".join(str(r[0]) for r in rows[:3])
    return None


def _recover(path: Path, backup_dir: Path, problem: str, now: datetime) -> RecoveryReport:
    damaged = path.with_name(f"{path.stem}.damaged-{now.strftime(_STAMP)}{path.suffix}")
    log.error("library %s is damaged (%s); moving it to %s", path, problem, damaged)
    try:
        os.replace(path, damaged)
        for suffix in ("-wal", "-shm"):
            side = Path(str(path) + suffix)
            if side.exists():
                os.replace(side, Path(str(damaged) + suffix))
    except OSError as exc:
        raise DamagedLibraryStuck(path=path, problem=problem, reason=exc.strerror) from exc
    for backup in list_backups(backup_dir):
        if health_problem(backup) is None:
            _copy_database(backup, path)
            return RecoveryReport(problem, damaged, backup)
    return RecoveryReport(problem, damaged, None)


def _copy_database(source: Path, dest: Path) -> None:
    """A consistent copy through SQLite's backup API (safe even while source is open)."""
    src = sqlite3.connect(f"{source.as_uri()}?mode=ro", uri=True)
    tmp = dest.with_name(dest.name + ".tmp")
    tmp.unlink(missing_ok=True)
    try:
        out = sqlite3.connect(tmp)
        try:
            src.backup(out)
        finally:
            out.close()
    finally:
        src.close()
    os.replace(tmp, dest)


def list_backups(backup_dir: Path) -> list[Path]:
    """Backups in backup_dir, newest first."""
    if not backup_dir.is_dir():
        return []
    return sorted(backup_dir.glob("library-*.db"), key=lambda p: p.name[8:23], reverse=True)


def _backup_due(backup_dir: Path, now: datetime) -> bool:
    newest = next(iter(list_backups(backup_dir)), None)
    if newest is None:
        return True
    made = _backup_datetime(newest)
    return made is None or now - made >= BACKUP_INTERVAL


def make_backup(
    db: sqlite_utils.Database, backup_dir: Path, now: datetime, label: str = ""
) -> Path:
    """A consistent copy of the open library (SQLite backup API) into backup_dir."""
    backup_dir.mkdir(parents=True, exist_ok=True)
    name = f"library-{now.strftime(_STAMP)}{'-' + label if label else ''}.db"
    dest = backup_dir / name
    tmp = dest.with_name(dest.name + ".tmp")
    tmp.unlink(missing_ok=True)
    out = sqlite3.connect(tmp)
    try:
        db.conn.backup(out)
    finally:
        out.close()
    os.replace(tmp, dest)
    return dest


def prune_backups(backup_dir: Path, keep: int = KEEP_BACKUPS) -> None:
    """Keep the newest backups only."""
    for old in list_backups(backup_dir)[keep:]:
        old.unlink(missing_ok=True)


def _backup_datetime(backup: Path) -> datetime | None:
    try:
        return datetime.strptime(backup.name[8:23], _STAMP).replace(tzinfo=UTC)
    except ValueError:
        return None


def _backup_time(backup: Path) -> str:
    made = _backup_datetime(backup)
    return made.astimezone().strftime("%Y-%m-%d %H:%M") if made else backup.name
