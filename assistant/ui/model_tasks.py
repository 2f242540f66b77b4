"""Long model-file jobs (copying, downloading, starting a server) on their own threads.

A job runs a core function on a plain Python thread; its progress and its end come back to the
GUI thread as queued signals of a relay QObject that lives there. Each job can be cancelled
(a threading.Event the core function checks), which is how Pause works for downloads.

A task deletes itself once it has ended; holders drop their reference on `ended`.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal

from assistant.core.errors import StudyAssistantError
from assistant.ui.error_text import describe

log = logging.getLogger(__name__)

# fn(progress(done, total, stage), cancel) -> result
Job = Callable[[Callable[[int, int, str], None], threading.Event], Any]


class ModelTask(QObject):
    """One background job with progress, a result or a failure, and cancel()."""

    progress = Signal(int, int, str)  # done, total (0 = unknown), stage
    succeeded = Signal(object)
    failed = Signal(str)
    # The job stopped because cancel() asked it to: neither a result nor a failure.
    cancelled = Signal()
    # Emitted once after succeeded, failed or cancelled, whichever came; then the task is
    # deleted (on the GUI thread's next turn).
    ended = Signal()

    def __init__(self, job: Job, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._job = job
        self.cancel_event = threading.Event()
        self._thread: threading.Thread | None = None
        self.ended.connect(self.deleteLater)

    def start(self) -> None:
        """Run the job on a new daemon thread."""
        self._thread = threading.Thread(target=self._run, name="model-task", daemon=True)
        self._thread.start()

    def cancel(self) -> None:
        """Ask the job to stop at its next check (a download keeps its part for resuming)."""
        self.cancel_event.set()

    def is_running(self) -> bool:
        """Whether the job's thread is still working."""
        return self._thread is not None and self._thread.is_alive()

    def wait(self, timeout: float) -> bool:
        """Wait for the job's thread (at shutdown); True if it ended."""
        if self._thread is not None:
            self._thread.join(timeout)
        return not self.is_running()

    def _report(self, done: int, total: int, stage: str) -> None:
        # Byte counts pass Qt's 32-bit int: report them in KiB.
        self.progress.emit(done >> 10, total >> 10, stage)

    def _run(self) -> None:
        try:
            result = self._job(self._report, self.cancel_event)
        except InterruptedError:
            self.cancelled.emit()
        except StudyAssistantError as exc:
            self.failed.emit(describe(exc))
        except Exception as exc:  # a bug: log it and tell the user in one sentence
            log.exception("model task failed")
            self.failed.emit(describe(exc))
        else:
            self.succeeded.emit(result)
        self.ended.emit()
