"""The one shutdown list: every thread a task runs on, and every step that must happen at quit.

MainWindow.closeEvent and QCoreApplication.aboutToQuit both call shutdown(timeout); the second
call finds nothing left to do. Steps run in phases: SAVE (keep the user's unsaved text while
the library still answers), then STOP (processes, dialogs' jobs), then the lanes and job
threads are stopped and joined, each wait bounded by what is left of the timeout.
"""

from __future__ import annotations

import enum
import logging
import threading
import time
import weakref
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject

if TYPE_CHECKING:
    from assistant.ui.tasks.runners import SerialLane
    from assistant.ui.tasks.task import Task

log = logging.getLogger(__name__)

# What a quit may take at most before the app exits anyway (a wedged load, a slow disk).
SHUTDOWN_TIMEOUT_S = 5.0


class Phase(enum.IntEnum):
    """When a shutdown step runs."""

    SAVE = 0  # drafts, window layout: needs the library lane still running
    STOP = 1  # engine worker, class server, model jobs: before the lanes are joined


# A step gets the seconds left of the shutdown's timeout.
Step = Callable[[float], None]


@dataclass
class _Registered:
    owner: QObject
    phase: Phase
    step: Step
    name: str


class TaskRegistry:
    """Knows every job thread, lane and shutdown step of the app."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._threads: dict[threading.Thread, Task] = {}
        self._lanes: weakref.WeakSet[SerialLane] = weakref.WeakSet()
        self._steps: list[_Registered] = []
        self._hooked_app: QCoreApplication | None = None

    def hook_quit(self) -> None:
        """Call shutdown when the application quits (once per QCoreApplication)."""
        app = QCoreApplication.instance()
        if app is not None and app is not self._hooked_app:
            self._hooked_app = app
            app.aboutToQuit.connect(self.shutdown)

    def track(self, thread: threading.Thread, task: Task) -> None:
        """Remember a job thread (and its task, to cancel it at shutdown)."""
        with self._lock:
            self._threads = {t: k for t, k in self._threads.items() if t.is_alive()}
            self._threads[thread] = task
        self.hook_quit()

    def track_lane(self, lane: SerialLane) -> None:
        """Remember a lane, stopped at shutdown unless its owner stopped it before."""
        self._lanes.add(lane)
        self.hook_quit()

    def on_shutdown(self, owner: QObject, step: Step, phase: Phase, name: str) -> None:
        """Run step(seconds_left) at shutdown while owner exists (dropped once it is deleted)."""
        self._steps.append(_Registered(owner, phase, step, name))
        self.hook_quit()

    def running_threads(self) -> list[threading.Thread]:
        """Job and lane threads still alive (tests: none after shutdown)."""
        with self._lock:
            threads = [t for t in self._threads if t.is_alive()]
        return threads + [lane.thread for lane in list(self._lanes) if lane.thread.is_alive()]

    def shutdown(self, timeout: float = SHUTDOWN_TIMEOUT_S) -> None:
        """Save, stop every process and job, and wait for the threads, at most timeout seconds.

        Callable more than once: a step runs once; later calls stop what was started since.
        """
        deadline = time.monotonic() + timeout
        steps = sorted(
            (s for s in self._steps if shiboken6.isValid(s.owner)), key=lambda s: s.phase
        )
        self._steps = []
        # Ask every job to stop first, so that nothing long runs while the steps wait.
        with self._lock:
            tasks = list(self._threads.values())
        for task in tasks:
            task.cancel_event.set()
        for registered in steps:
            try:
                registered.step(_left(deadline))
            except Exception:  # one failing step must not keep the others from running
                log.exception("shutdown step %s failed", registered.name)
        for lane in list(self._lanes):
            lane.stop(_left(deadline))
        with self._lock:
            threads = list(self._threads)
        for thread in threads:
            thread.join(_left(deadline))
            if thread.is_alive():
                log.warning("job thread %s still running at shutdown", thread.name)


def _left(deadline: float) -> float:
    return max(0.0, deadline - time.monotonic())


_registry = TaskRegistry()


def registry() -> TaskRegistry:
    """The app's one registry."""
    return _registry
