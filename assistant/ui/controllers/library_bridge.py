"""LibraryBridge: the notes library on one lane of the task layer, answering on the GUI thread.

SQLite calls are short but not free (a search at 100k notes takes ~10 ms, an export seconds),
so pages never call the store on the GUI thread. One lane owns the connection, which also
serialises writes; each call returns a Task tied to the widget that asked.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal, Slot

from assistant.core.errors import StorageError
from assistant.core.store.chats import ChatStore
from assistant.core.store.database import Library, RecoveryReport, open_library
from assistant.core.store.notes import NotesStore
from assistant.ui.tasks import Phase, SerialLane, Task, describe_failure, registry

log = logging.getLogger(__name__)

Job = Callable[[NotesStore], Any]
Done = Callable[[Any], object]
Failed = Callable[[str], object]
# Closing the database waits for the writes queued before it; a disk this slow is broken.
SHUTDOWN_WAIT_S = 5.0


class LibraryBridge(QObject):
    """The pages' way to the notes library: `run(job, on_done, on_failed, owner=page)`."""

    opened = Signal(object)  # RecoveryReport | None: show its message if not None
    open_failed = Signal(str)
    changed = Signal()  # something was written: lists and search results may be stale

    def __init__(self, path: Path | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._path = path
        # Both only touched on the lane's thread.
        self._library: Library | None = None
        self._store: NotesStore | None = None
        self._lane = SerialLane("library", on_stop=self._close)
        registry().on_shutdown(self, self.shutdown, Phase.STOP, "library")
        opening = self._lane.submit(self, lambda _context: self._open(), name="open library")
        opening.succeeded.connect(self.opened)
        opening.failed.connect(self._on_open_failed)

    @property
    def lane(self) -> SerialLane:
        """The lane the library's calls run on (tests check its thread has ended)."""
        return self._lane

    def run(
        self,
        job: Job,
        on_done: Done | None = None,
        on_failed: Failed | None = None,
        *,
        writes: bool = False,
        owner: QObject | None = None,
    ) -> Task:
        """Run job(store) on the library lane; on_done(result) follows on the GUI thread.

        owner: the widget the answer is for (nothing reaches it once it is deleted); None:
        the bridge. The job itself runs even if owner is deleted first: a save or a draft the
        user typed is never dropped, and a read costs milliseconds. writes: `changed` follows
        a success.
        """
        task = self._lane.submit(
            owner or self, lambda _context: job(self._require_store()), outlive_owner=True
        )
        task.then(on_done, on_failed)
        if writes:
            # After the owner's own answer, and even when the owner is gone: lists refresh.
            task.add_success_hook(lambda _result: self.changed.emit())
        return task

    def chats(
        self,
        job: Callable[[ChatStore], Any],
        on_done: Done | None = None,
        on_failed: Failed | None = None,
        *,
        writes: bool = False,
        owner: QObject | None = None,
    ) -> Task:
        """Like run, for the stored conversations."""
        return self.run(
            lambda store: job(ChatStore(store.db)), on_done, on_failed, writes=writes, owner=owner
        )

    def shutdown(self, timeout: float = SHUTDOWN_WAIT_S) -> None:
        """Finish queued jobs, close the database and end the lane; safe to call twice."""
        if self._lane.running or self._lane.thread.is_alive():
            self._lane.stop(timeout)

    @Slot(object)
    def _on_open_failed(self, error: BaseException) -> None:
        self.open_failed.emit(describe_failure(error))

    # -- on the lane ----------------------------------------------------------------------------

    def _open(self) -> RecoveryReport | None:
        """Open (and if needed repair) the library file."""
        self._library = open_library(self._path)
        self._store = NotesStore(self._library.db)
        return self._library.recovery

    def _require_store(self) -> NotesStore:
        if self._store is None:
            raise StorageError(
                QCoreApplication.translate("LibraryBridge", "The notes library is not open.")
            )
        return self._store

    def _close(self) -> None:
        """Close the database on the thread that owns it."""
        if self._library is not None:
            self._library.close()
            self._library = None
            self._store = None


__all__ = ["LibraryBridge", "RecoveryReport"]
