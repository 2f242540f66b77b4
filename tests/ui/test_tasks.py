"""The task layer: outcomes reach the owner on the GUI thread, never a deleted owner; lanes and
the registry stop every thread at shutdown."""

from __future__ import annotations

import threading

import pytest
import shiboken6
from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from assistant.core.errors import InputError
from assistant.ui.tasks import (
    Phase,
    SerialLane,
    TaskContext,
    TaskRegistry,
    describe_failure,
    run_task,
)


def _record(task: object, events: list[str]) -> None:
    task.started.connect(lambda: events.append("started"))  # type: ignore[attr-defined]
    task.progress.connect(lambda v: events.append(f"progress {v}"))  # type: ignore[attr-defined]
    task.succeeded.connect(lambda r: events.append(f"succeeded {r}"))  # type: ignore[attr-defined]
    task.failed.connect(lambda e: events.append(f"failed {e}"))  # type: ignore[attr-defined]
    task.cancelled.connect(lambda: events.append("cancelled"))  # type: ignore[attr-defined]
    task.finished.connect(lambda: events.append("finished"))  # type: ignore[attr-defined]


def test_a_job_runs_off_the_gui_thread_and_reports_in_order_then_deletes_itself(
    qtbot: QtBot,
) -> None:
    owner = QObject()
    threads: dict[str, threading.Thread] = {}

    def job(context: TaskContext) -> int:
        threads["job"] = threading.current_thread()
        context.progress(1)
        context.progress(2)
        return 42

    events: list[str] = []
    task = run_task(owner, job, name="answer")
    _record(task, events)
    task.succeeded.connect(lambda _r: threads.setdefault("done", threading.current_thread()))
    with qtbot.waitSignal(task.finished, timeout=5000):
        pass
    assert events == ["started", "progress 1", "progress 2", "succeeded 42", "finished"]
    assert threads["job"] is not threading.main_thread()
    assert threads["done"] is threading.main_thread()
    qtbot.waitUntil(lambda: not shiboken6.isValid(task), timeout=5000)
    assert owner.children() == []


def test_a_core_error_fails_the_task_with_its_own_sentence(qtbot: QtBot) -> None:
    owner = QObject()

    def job(_context: TaskContext) -> None:
        raise InputError("lecture.xyz cannot be read: choose a .txt, .md, .docx or .pdf file.")

    messages: list[str] = []
    task = run_task(owner, job).then(on_failed=messages.append)
    with qtbot.waitSignal(task.finished, timeout=5000):
        pass
    assert messages == ["lecture.xyz cannot be read: choose a .txt, .md, .docx or .pdf file."]


@pytest.mark.logged_errors
def test_a_bug_in_a_job_is_logged_and_shown_as_the_unexpected_error_sentence(
    qtbot: QtBot,
) -> None:
    owner = QObject()

    def job(_context: TaskContext) -> None:
        raise KeyError("oops")

    errors: list[BaseException] = []
    messages: list[str] = []
    task = run_task(owner, job).then(on_failed=messages.append)
    task.failed.connect(errors.append)
    with qtbot.waitSignal(task.finished, timeout=5000):
        pass
    assert isinstance(errors[0], KeyError)
    assert messages == [describe_failure(errors[0])]
    assert "KeyError" in messages[0] and "log file" in messages[0]


def test_cancel_stops_a_running_job_which_reports_cancelled_only(qtbot: QtBot) -> None:
    owner = QObject()
    running = threading.Event()

    def job(context: TaskContext) -> str:
        running.set()
        while True:
            context.check()  # raises TaskCancelled once cancel() was called
            context.cancel_event.wait(0.01)

    events: list[str] = []
    task = run_task(owner, job)
    _record(task, events)
    assert running.wait(5)
    with qtbot.waitSignal(task.finished, timeout=5000):
        task.cancel()
    assert events == ["started", "cancelled", "finished"]


def test_deleting_the_owner_while_the_job_runs_silences_and_cancels_it(qtbot: QtBot) -> None:
    """No callback reaches a deleted owner, and no Qt warning is printed (they fail tests)."""
    owner = QWidget()
    running, release = threading.Event(), threading.Event()
    seen_cancel: list[bool] = []

    def job(context: TaskContext) -> str:
        running.set()
        release.wait(5)
        context.progress("late")
        seen_cancel.append(context.cancelled)
        return "too late"

    calls: list[str] = []
    task = run_task(owner, job, name="owned-job")
    _record(task, calls)
    task.then(lambda r: calls.append(f"then {r}"), lambda m: calls.append(f"then failed {m}"))
    (job_thread,) = [t for t in threading.enumerate() if t.name == "owned-job"]
    with qtbot.waitSignal(task.started, timeout=5000):
        pass
    assert running.wait(5)
    calls.clear()
    owner.deleteLater()
    qtbot.waitUntil(lambda: not shiboken6.isValid(owner), timeout=5000)
    release.set()
    job_thread.join(5)
    qtbot.wait(50)  # let anything the job posted be processed
    assert calls == []
    assert seen_cancel == [True]


def test_a_lane_runs_jobs_in_order_on_one_thread_and_finishes_them_at_stop(qtbot: QtBot) -> None:
    lane_threads: list[threading.Thread] = []
    state: dict[str, object] = {}

    def open_resource() -> None:
        state["opened_on"] = threading.current_thread()

    def close_resource() -> None:
        state["closed_on"] = threading.current_thread()

    lane = SerialLane("resource", open_resource, close_resource)
    owner = QObject()
    order: list[int] = []
    tasks = []
    for i in range(5):

        def job(_context: TaskContext, i: int = i) -> int:
            lane_threads.append(threading.current_thread())
            return i

        task = lane.submit(owner, job)
        task.succeeded.connect(order.append)
        tasks.append(task)
    with qtbot.waitSignal(tasks[-1].finished, timeout=5000):
        pass
    assert order == [0, 1, 2, 3, 4]
    assert {t.name for t in lane_threads} == {"resource"}
    assert lane.stop(5)
    assert state["opened_on"] is state["closed_on"] is lane.thread
    late = lane.submit(owner, lambda _c: "never")
    events: list[str] = []
    _record(late, events)
    with qtbot.waitSignal(late.finished, timeout=5000):
        pass
    assert events == ["cancelled", "finished"]


def test_shutdown_runs_steps_by_phase_cancels_jobs_and_leaves_no_thread(qtbot: QtBot) -> None:
    registry = TaskRegistry()
    owner = QObject()
    order: list[str] = []
    registry.on_shutdown(owner, lambda _left: order.append("stop"), Phase.STOP, "engine")
    registry.on_shutdown(owner, lambda _left: order.append("save"), Phase.SAVE, "drafts")
    gone = QObject()
    registry.on_shutdown(gone, lambda _left: order.append("gone"), Phase.SAVE, "deleted")
    shiboken6.delete(gone)

    def endless(context: TaskContext) -> None:
        while not context.cancelled:
            context.cancel_event.wait(0.01)

    # A task run through this registry: the module's run_task uses the app's registry, so the
    # thread is tracked here by hand.
    task = run_task(owner, endless, name="endless")
    registry.track([t for t in threading.enumerate() if t.name == "endless"][-1], task)
    registry.shutdown(timeout=5)
    assert order == ["save", "stop"]
    assert registry.running_threads() == []
    registry.shutdown(timeout=5)  # a second call has nothing left to do
    assert order == ["save", "stop"]
