"""LibraryBridge: store calls run off the GUI thread and answer on it."""

from __future__ import annotations

import threading

import shiboken6
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from assistant.core.store.notes import NotesStore
from assistant.ui.controllers.library_bridge import LibraryBridge


def test_jobs_run_on_the_library_thread_and_answer_on_the_gui_thread(
    qtbot: QtBot, bridge: LibraryBridge
) -> None:
    seen: dict[str, object] = {}

    def job(store: NotesStore) -> int:
        seen["job_thread"] = threading.current_thread()
        return store.add("会议纪要", "课程安排")

    def done(note_id: object) -> None:
        seen["done_thread"] = threading.current_thread()
        seen["id"] = note_id

    with qtbot.waitSignal(bridge.changed, timeout=5000):
        bridge.run(job, done, writes=True)
    assert seen["job_thread"] is not threading.main_thread()
    assert seen["done_thread"] is threading.main_thread()
    results: list[object] = []
    bridge.run(lambda store: store.search("纪要"), results.append)
    qtbot.waitUntil(lambda: bool(results), timeout=5000)
    assert [r.id for r in results[0]] == [seen["id"]]  # type: ignore[attr-defined]


def test_errors_reach_the_failure_callback(qtbot: QtBot, bridge: LibraryBridge) -> None:
    errors: list[str] = []
    bridge.run(lambda store: store.get(999), on_failed=errors.append)
    qtbot.waitUntil(lambda: bool(errors), timeout=5000)
    assert "no note 999" in errors[0]


def test_a_write_asked_by_a_widget_deleted_before_it_ran_still_happens_silently(
    qtbot: QtBot, bridge: LibraryBridge
) -> None:
    """The user's text is saved even if the page that asked is gone; nothing calls it back."""
    gate = threading.Event()
    bridge.run(lambda _store: gate.wait(5))  # holds the lane until the owner is gone
    owner = QWidget()
    answers: list[object] = []
    bridge.run(
        lambda store: store.add("草稿", "保存"),
        answers.append,
        answers.append,
        owner=owner,
        writes=True,
    )
    owner.deleteLater()
    qtbot.waitUntil(lambda: not shiboken6.isValid(owner), timeout=5000)
    with qtbot.waitSignal(bridge.changed, timeout=5000):
        gate.set()
    found: list[object] = []
    bridge.run(lambda store: store.search("草稿"), found.append)
    qtbot.waitUntil(lambda: bool(found), timeout=5000)
    assert len(found[0]) == 1  # type: ignore[arg-type]
    assert answers == []
