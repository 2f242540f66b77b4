"""A background job's handle on the GUI thread: started, progress, succeeded, failed, finished.

The job runs on some other thread (see runners.py); everything it reports is posted to the GUI
thread through one long-lived dispatcher and delivered to the Task there. A Task is a child of
its owner (a page, a dialog, a controller), so when the owner is deleted the Task goes with it
and whatever the job still reports is dropped: no callback ever reaches a deleted widget, with
no hand-written guard in the caller.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal, Slot

from assistant.core.errors import StudyAssistantError

log = logging.getLogger(__name__)


class TaskCancelled(Exception):
    """Raised inside a job (by TaskContext.check) when its task was cancelled."""


_STOPPED_PREFIX = "the model stopped: "


def user_reason(message: str) -> str:
    """The reason in an engine message, without the "the model stopped:" the GUI adds itself."""
    text = message.strip()
    while text.lower().startswith(_STOPPED_PREFIX):
        text = text[len(_STOPPED_PREFIX) :].lstrip()
    return text[:1].upper() + text[1:]


def describe_failure(error: BaseException) -> str:
    """The one sentence the GUI shows for a failed job.

    The single place where an error becomes user text: a core error's own sentence, else the
    "unexpected error" sentence (the details are in the log).
    """
    if isinstance(error, StudyAssistantError):
        text = str(error)
        return user_reason(text) if text.lower().startswith(_STOPPED_PREFIX) else text
    return QCoreApplication.translate(
        "EngineBridge", "An unexpected error ({kind}) occurred; the log file has the details."
    ).format(kind=type(error).__name__)


class TaskContext:
    """What a running job sees: whether it was cancelled, and a way to report progress."""

    def __init__(self, task: Task, cancel_event: threading.Event) -> None:
        self._task = task
        self.cancel_event = cancel_event

    @property
    def cancelled(self) -> bool:
        """Whether the task was cancelled (or its owner deleted): the job should stop."""
        return self.cancel_event.is_set()

    def check(self) -> None:
        """Raise TaskCancelled if the task was cancelled; call it between steps."""
        if self.cancel_event.is_set():
            raise TaskCancelled

    def progress(self, value: object) -> None:
        """Send value to the task's progress signal (on the GUI thread)."""
        _post(self._task, "progress", value)

    def emit(self, kind: str, value: object) -> None:
        """Send value to a signal named kind that a Task subclass declares (engine events)."""
        _post(self._task, kind, value)


_live: set[Task] = set()


class Task(QObject):
    """One background job, tied to its owner: deleting the owner silences and cancels it.

    Signals arrive on the GUI thread in this order: started, progress*, then exactly one of
    succeeded(result), failed(error) or cancelled, then finished. The task deletes itself after
    finished; hold it only to cancel() it.
    """

    started = Signal()
    progress = Signal(object)
    succeeded = Signal(object)
    # The exception; describe_failure(error) is the sentence to show.
    failed = Signal(object)
    cancelled = Signal()
    finished = Signal()

    def __init__(
        self, owner: QObject | None, name: str = "task", *, outlive_owner: bool = False
    ) -> None:
        """outlive_owner: the job runs to its end even if owner is deleted (a write the user
        asked for must not be dropped), only its reports are; else deleting owner cancels it."""
        super().__init__(None if outlive_owner else owner)
        self._owner = owner if outlive_owner else None
        self._success_hooks: list[Callable[[Any], object]] = []
        self.setObjectName(name)
        # A plain attribute: the job's thread reads it for log lines, even after deletion.
        self.job_name = name
        self.cancel_event = threading.Event()
        self._ended = False
        # Deleting the owner deletes the task: the job is asked to stop, and nothing reaches it.
        self.destroyed.connect(self.cancel_event.set)
        # Held until it ends, so that the last reference to a task without an owner is never
        # dropped on the job's thread (which would delete a GUI-thread object there).
        _live.add(self)
        self.destroyed.connect(lambda: _live.discard(self))

    @property
    def ended(self) -> bool:
        """Whether finished was delivered."""
        return self._ended

    def cancel(self) -> None:
        """Ask the job to stop (it checks between steps); a job not yet started never starts."""
        self.cancel_event.set()

    def then(
        self,
        on_done: Callable[[Any], object] | None = None,
        on_failed: Callable[[str], object] | None = None,
    ) -> Task:
        """Connect the usual pair: on_done(result), on_failed(the sentence to show)."""
        if on_done is not None:
            self.succeeded.connect(on_done)
        if on_failed is not None:
            self.failed.connect(lambda error: on_failed(describe_failure(error)))
        else:
            self.failed.connect(self._log_unhandled)
        return self

    def add_success_hook(self, hook: Callable[[Any], object]) -> None:
        """Call hook(result) after succeeded, even when an outliving task's owner is gone
        (the bookkeeping of whoever runs the job, e.g. the library's `changed`)."""
        self._success_hooks.append(hook)

    def _log_unhandled(self, error: BaseException) -> None:
        log.warning("background job %s failed: %s", self.job_name, error)

    def _deliver(self, kind: str, value: object) -> None:
        if self._ended:
            return
        if kind == "succeeded":
            self._emit_owned(kind, value)
            for hook in self._success_hooks:
                hook(value)
            return
        self._emit_owned(kind, value)

    def _emit_owned(self, kind: str, value: object) -> None:
        if self._owner is not None and not shiboken6.isValid(self._owner):
            # Outlived its owner: nobody is left to tell; the task still ends and goes.
            if kind == "finished":
                self._ended = True
                _live.discard(self)
                self.deleteLater()
            return
        signal = getattr(self, kind)
        if kind in ("started", "cancelled"):
            signal.emit()
        elif kind == "finished":
            self._ended = True
            signal.emit()
            _live.discard(self)
            self.deleteLater()
        else:
            signal.emit(value)


class _Dispatcher(QObject):
    """Lives on the GUI thread; a job's reports reach it as queued signals, in order."""

    deliver = Signal(object, str, object)

    def __init__(self) -> None:
        super().__init__()
        # Queued even from the GUI thread: a caller connects to a new task's signals after
        # creating it, so nothing may be delivered inside the call that made it.
        self.deliver.connect(self._on_deliver, Qt.ConnectionType.QueuedConnection)

    @Slot(object, str, object)
    def _on_deliver(self, task: Task, kind: str, value: object) -> None:
        # The task (and its owner) may have been deleted since the job posted this.
        if shiboken6.isValid(task):
            task._deliver(kind, value)


_dispatcher: _Dispatcher | None = None


def ensure_dispatcher() -> None:
    """Create the dispatcher on the GUI thread (called whenever a task is made there)."""
    global _dispatcher
    if _dispatcher is None:
        _dispatcher = _Dispatcher()
        app = QCoreApplication.instance()
        if app is not None and _dispatcher.thread() is not app.thread():
            _dispatcher.moveToThread(app.thread())


def _post(task: Task, kind: str, value: object = None) -> None:
    assert _dispatcher is not None, "tasks are created on the GUI thread first"
    _dispatcher.deliver.emit(task, kind, value)


def run_job(task: Task, fn: Callable[[TaskContext], Any]) -> None:
    """Run fn on the calling (worker) thread and report its outcome to task."""
    context = TaskContext(task, task.cancel_event)
    if context.cancelled:
        _post(task, "cancelled")
        _post(task, "finished")
        return
    _post(task, "started")
    try:
        result = fn(context)
    except (TaskCancelled, InterruptedError):
        _post(task, "cancelled")
    except StudyAssistantError as exc:
        _post(task, "failed", exc)
    except Exception as exc:  # a bug: log it with its traceback, keep the window alive
        log.exception("background job %s failed", task.job_name)
        _post(task, "failed", exc)
    else:
        _post(task, "succeeded", result)
    _post(task, "finished")
