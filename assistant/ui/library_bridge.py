"""LibraryBridge: runs notes-library calls on one worker thread and answers on the GUI thread.

SQLite calls are short but not free (a search at 100k notes takes ~10 ms, an export seconds),
so pages never call the store on the GUI thread. One thread owns the connection, which also
serialises writes; results come back through a queued signal to the callback of each request.
"""

from __future__ import annotations

import itertools
import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QThread, Signal, Slot

from assistant.core.errors import StudyAssistantError
from assistant.core.store.chats import ChatStore
from assistant.core.store.database import Library, RecoveryReport, open_library
from assistant.core.store.notes import NotesStore
from assistant.ui.error_text import describe

log = logging.getLogger(__name__)

Job = Callable[[NotesStore], Any]
Done = Callable[[Any], None]
Failed = Callable[[str], None]


class _LibraryWorker(QObject):
    """Lives on the bridge's thread: opens the library there and runs jobs one by one."""

    opened = Signal(object)  # RecoveryReport | None
    open_failed = Signal(str)
    finished = Signal(int, object)
    failed = Signal(int, str)

    def __init__(self, path: Path | None) -> None:
        super().__init__()
        self._path = path
        self._library: Library | None = None
        self.store: NotesStore | None = None

    @Slot()
    def open(self) -> None:
        """Open (and if needed repair) the library file."""
        try:
            self._library = open_library(self._path)
            self.store = NotesStore(self._library.db)
        except StudyAssistantError as exc:
            self.open_failed.emit(describe(exc))
            return
        self.opened.emit(self._library.recovery)

    @Slot(int, object)
    def run(self, request_id: int, job: Job) -> None:
        """Run one job against the store and report its result or its error."""
        if self.store is None:
            self.failed.emit(request_id, "The notes library is not open.")
            return
        try:
            result = job(self.store)
        except StudyAssistantError as exc:
            self.failed.emit(request_id, describe(exc))
        except Exception as exc:  # a bug: log it, keep the window alive
            log.exception("library job failed")
            self.failed.emit(request_id, f"Unexpected error: {exc}")
        else:
            self.finished.emit(request_id, result)

    @Slot()
    def close(self) -> None:
        """Close the database on the thread that owns it."""
        if self._library is not None:
            self._library.close()
            self._library = None
            self.store = None


class LibraryBridge(QObject):
    """The pages' way to the notes library: `run(job, on_done, on_failed)`, never blocking."""

    opened = Signal(object)  # RecoveryReport | None: show its message if not None
    open_failed = Signal(str)
    changed = Signal()  # something was written: lists and search results may be stale

    _run_requested = Signal(int, object)
    _open_requested = Signal()
    _close_requested = Signal()

    def __init__(self, path: Path | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ids = itertools.count(1)
        self._callbacks: dict[int, tuple[Done | None, Failed | None, bool]] = {}
        self._thread = QThread()
        self._thread.setObjectName("library")
        self._worker = _LibraryWorker(path)
        self._worker.moveToThread(self._thread)
        self._run_requested.connect(self._worker.run)
        self._open_requested.connect(self._worker.open)
        self._close_requested.connect(self._worker.close)
        self._worker.finished.connect(self._on_finished)
        self._worker.failed.connect(self._on_failed)
        self._worker.opened.connect(self.opened)
        self._worker.open_failed.connect(self.open_failed)
        self._thread.start()
        self._open_requested.emit()

    def run(
        self,
        job: Job,
        on_done: Done | None = None,
        on_failed: Failed | None = None,
        *,
        writes: bool = False,
    ) -> int:
        """Run job(store) on the library thread; on_done(result) follows on the GUI thread."""
        request_id = next(self._ids)
        self._callbacks[request_id] = (on_done, on_failed, writes)
        self._run_requested.emit(request_id, job)
        return request_id

    def chats(
        self,
        job: Callable[[ChatStore], Any],
        on_done: Done | None = None,
        on_failed: Failed | None = None,
        *,
        writes: bool = False,
    ) -> int:
        """Like run, for the stored conversations."""
        return self.run(lambda store: job(ChatStore(store.db)), on_done, on_failed, writes=writes)

    def shutdown(self) -> None:
        """Finish queued jobs, close the database and stop the thread."""
        if not self._thread.isRunning():
            return
        self._close_requested.emit()
        self._thread.quit()
        self._thread.wait()

    @Slot(int, object)
    def _on_finished(self, request_id: int, result: Any) -> None:
        on_done, _on_failed, writes = self._callbacks.pop(request_id, (None, None, False))
        if on_done is not None:
            on_done(result)
        if writes:
            self.changed.emit()

    @Slot(int, str)
    def _on_failed(self, request_id: int, message: str) -> None:
        _on_done, on_failed, _writes = self._callbacks.pop(request_id, (None, None, False))
        if on_failed is not None:
            on_failed(message)
        else:
            log.error("library request %d failed: %s", request_id, message)


__all__ = ["LibraryBridge", "RecoveryReport"]
