"""Transactions and the translation of SQLite failures into errors a user can act on."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager

import sqlite_utils

from assistant.core.errors import (
    LibraryBusy,
    LibraryDiskFull,
    LibraryFailed,
    LibraryReadOnly,
    StorageError,
)


@contextmanager
def transaction(db: sqlite_utils.Database) -> Iterator[None]:
    """One write transaction: all of it is stored, or (on any error) none of it.

    Inside another transaction it joins that one, so store methods compose (add_many, import).
    """
    conn = db.conn
    if conn.in_transaction:
        yield
        return
    try:
        conn.execute("BEGIN IMMEDIATE")
    except sqlite3.Error as exc:
        raise storage_error(exc) from exc
    try:
        yield
        conn.execute("COMMIT")
    except BaseException as exc:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        if isinstance(exc, sqlite3.Error):
            raise storage_error(exc) from exc
        raise


def storage_error(exc: sqlite3.Error) -> StorageError:
    """A clear sentence for a SQLite failure; the database is left as it was."""
    text = str(exc).lower()
    if "disk is full" in text or "database or disk is full" in text:
        return LibraryDiskFull()
    if "readonly" in text or "read-only" in text:
        return LibraryReadOnly()
    if "locked" in text or "busy" in text:
        return LibraryBusy()
    return LibraryFailed(reason=str(exc))
