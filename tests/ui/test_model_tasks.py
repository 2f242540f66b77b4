"""Model-file jobs: a cancelled job is reported as cancelled, not a success; tasks end deleted."""

from __future__ import annotations

import threading
from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QObject
from pytestqt.qtbot import QtBot

from assistant.ui.model_tasks import ModelTask


def test_a_cancelled_job_is_reported_as_cancelled_and_the_task_is_deleted(qtbot: QtBot) -> None:
    started = threading.Event()

    def job(_progress: Callable[[int, int, str], None], cancel: threading.Event) -> str:
        started.set()
        cancel.wait(10)
        raise InterruptedError

    owner = QObject()
    task = ModelTask(job, owner)
    outcomes: list[str] = []
    task.succeeded.connect(lambda _result: outcomes.append("succeeded"))
    task.failed.connect(lambda _message: outcomes.append("failed"))
    task.cancelled.connect(lambda: outcomes.append("cancelled"))
    task.start()
    assert started.wait(5)
    with qtbot.waitSignal(task.ended, timeout=5000):
        task.cancel()
    assert outcomes == ["cancelled"]
    qtbot.waitUntil(lambda: not shiboken6.isValid(task), timeout=5000)
    assert owner.children() == []


def test_a_finished_job_reports_its_result_once_and_is_deleted(qtbot: QtBot) -> None:
    owner = QObject()
    task = ModelTask(lambda _progress, _cancel: 42, owner)
    with qtbot.waitSignal(task.succeeded, timeout=5000) as blocker:
        task.start()
    assert blocker.args == [42]
    qtbot.waitUntil(lambda: not shiboken6.isValid(task), timeout=5000)
