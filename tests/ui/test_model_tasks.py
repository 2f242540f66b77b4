"""Model-file jobs on the task layer: a cancelled job is reported as cancelled, not a success;
progress arrives in KiB; tasks end deleted."""

from __future__ import annotations

import threading
from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QObject
from pytestqt.qtbot import QtBot

from assistant.ui.tasks import run_progress_job


def test_a_cancelled_job_is_reported_as_cancelled_and_the_task_is_deleted(qtbot: QtBot) -> None:
    started = threading.Event()

    def job(_progress: Callable[[int, int, str], None], cancel: threading.Event) -> str:
        started.set()
        cancel.wait(10)
        raise InterruptedError  # what a paused download raises

    owner = QObject()
    task = run_progress_job(owner, job, name="download")
    outcomes: list[str] = []
    task.succeeded.connect(lambda _result: outcomes.append("succeeded"))
    task.failed.connect(lambda _error: outcomes.append("failed"))
    task.cancelled.connect(lambda: outcomes.append("cancelled"))
    assert started.wait(5)
    with qtbot.waitSignal(task.finished, timeout=5000):
        task.cancel()
    assert outcomes == ["cancelled"]
    qtbot.waitUntil(lambda: not shiboken6.isValid(task), timeout=5000)
    assert owner.children() == []


def test_a_finished_job_reports_progress_in_kib_and_its_result_once(qtbot: QtBot) -> None:
    def job(progress: Callable[[int, int, str], None], _cancel: threading.Event) -> int:
        progress(5 << 30, 8 << 30, "copying")  # beyond a 32-bit int in bytes
        return 42

    owner = QObject()
    task = run_progress_job(owner, job, name="copy")
    steps: list[object] = []
    task.progress.connect(steps.append)
    with qtbot.waitSignal(task.succeeded, timeout=5000) as blocker:
        pass
    assert blocker.args == [42]
    assert steps == [(5 << 20, 8 << 20, "copying")]
    qtbot.waitUntil(lambda: not shiboken6.isValid(task), timeout=5000)
