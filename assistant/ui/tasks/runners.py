"""Where jobs run: a thread of their own (independent work), or a serial lane (one resource).

Both are plain Python threads, tracked by the registry so that shutdown can wait for them with
a timeout and the test of a clean quit can see that none is left.
"""

from __future__ import annotations

import logging
import queue
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject

from assistant.ui.tasks.registry import registry
from assistant.ui.tasks.task import Task, TaskContext, ensure_dispatcher, run_job

log = logging.getLogger(__name__)

Job = Callable[[TaskContext], Any]


def run_task(
    owner: QObject | None,
    fn: Job,
    *,
    name: str = "task",
    task: Task | None = None,
) -> Task:
    """Run fn(context) on a new thread; its reports reach the returned Task (child of owner).

    For independent work that must not queue behind the model or the library: reading a file,
    copying or downloading a model. Connect the Task's signals right away (same GUI-thread turn:
    nothing is delivered before that).
    """
    ensure_dispatcher()
    handle = task or Task(owner, name)
    thread = threading.Thread(target=run_job, args=(handle, fn), name=name, daemon=True)
    registry().track(thread, handle)
    thread.start()
    return handle


# A long file job in the core's shape: fn(progress(done, total, stage), cancel) -> result, where
# cancel is a threading.Event the core checks (raising InterruptedError, e.g. a paused download).
ProgressJob = Callable[[Callable[[int, int, str], None], threading.Event], Any]


def run_progress_job(owner: QObject | None, fn: ProgressJob, *, name: str) -> Task:
    """run_task for the core's copy/download jobs: progress arrives as (KiB done, KiB total,
    stage) tuples (a progress bar's range is a 32-bit int), cancel() pauses or stops them."""

    def job(context: TaskContext) -> Any:
        def report(done: int, total: int, stage: str) -> None:
            context.progress((done >> 10, total >> 10, stage))

        return fn(report, context.cancel_event)

    return run_task(owner, job, name=name)


_STOP = object()


class SerialLane:
    """One thread that runs jobs one at a time, in order: for a resource only one thread may use
    (the library's SQLite connection, the prompt checker).

    on_start and on_stop run on the lane's thread (open and close the connection there).
    stop() runs what is already queued, then on_stop; it waits at most its timeout.
    """

    def __init__(
        self,
        name: str,
        on_start: Callable[[], None] | None = None,
        on_stop: Callable[[], None] | None = None,
    ) -> None:
        ensure_dispatcher()
        self.name = name
        self._on_start = on_start
        self._on_stop = on_stop
        self._queue: queue.SimpleQueue[Any] = queue.SimpleQueue()
        self._stopped = False
        self._thread = threading.Thread(target=self._loop, name=name, daemon=True)
        registry().track_lane(self)
        self._thread.start()

    @property
    def thread(self) -> threading.Thread:
        """The lane's thread (tests check it has ended)."""
        return self._thread

    @property
    def running(self) -> bool:
        """Whether the lane still takes jobs."""
        return not self._stopped

    def submit(
        self,
        owner: QObject | None,
        fn: Job,
        *,
        name: str | None = None,
        task: Task | None = None,
        outlive_owner: bool = False,
    ) -> Task:
        """Queue fn(context) behind the lane's other jobs; returns its Task (child of owner).

        task: a handle made by the caller (a Task subclass with more signals) instead of a new
        one. outlive_owner: see Task (writes run even if the widget that asked is gone).
        """
        task = task or Task(owner, name or self.name, outlive_owner=outlive_owner)
        if self._stopped:
            task.cancel()  # the app is closing: reported as cancelled, never run
            run_job(task, fn)
        else:
            self._queue.put((task, fn))
        return task

    def stop(self, timeout: float) -> bool:
        """Finish queued jobs, run on_stop and end the thread; True if it ended in time."""
        if not self._stopped:
            self._stopped = True
            self._queue.put(_STOP)
        self._thread.join(max(0.0, timeout))
        ended = not self._thread.is_alive()
        if not ended:
            log.warning("lane %s still busy at shutdown", self.name)
        return ended

    def _loop(self) -> None:
        if self._on_start is not None:
            try:
                self._on_start()
            except Exception:  # reported by on_start's owner; the lane still answers jobs
                log.exception("lane %s failed to start", self.name)
        while True:
            item = self._queue.get()
            if item is _STOP:
                break
            task, fn = item
            run_job(task, fn)
        if self._on_stop is not None:
            try:
                self._on_stop()
            except Exception:
                log.exception("lane %s failed to stop cleanly", self.name)
