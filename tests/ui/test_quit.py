"""Quitting with work in flight leaves no thread and no child process behind."""

from __future__ import annotations

import os
import socket
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QThread
from pytestqt.qtbot import QtBot

from assistant.core.engine.requests import Sampling
from assistant.core.outline.ingest import Lecture, read_lecture
from assistant.core.settings import Settings
from assistant.core.store.notes import NotesStore
from assistant.ui.main_window import MainWindow
from assistant.ui.tasks import registry
from assistant.ui.widgets import lecture_input
from tests.ui.request_feed import RequestFeed


def _gone(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    return False


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


# The Models dialog is raised when shown; the offscreen platform has no window manager for it.
@pytest.mark.qt_log_ignore("This plugin does not support raise")
def test_closing_mid_answer_mid_job_mid_read_and_mid_server_start_leaves_nothing_behind(
    qtbot: QtBot, tiny_model: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pytest.importorskip("llama_cpp.server")
    threads_before = set(threading.enumerate())
    Settings(n_threads=1).save()
    window = MainWindow(model=str(tiny_model))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.bridge.engine.loaded is not None, timeout=20_000)

    # An answer streaming.
    feed = RequestFeed(window.bridge)
    window.chat.sampling = Sampling(max_tokens=3500, seed=1)
    window.chat.input.setPlainText("Tell me a long story")
    # The page hears "loaded" a turn of the event loop after the engine has the model.
    qtbot.waitUntil(window.chat.send_button.isEnabled, timeout=10_000)
    with qtbot.waitSignal(feed.token, timeout=10_000):
        window.chat.send()

    # A library job and a lecture file read, both still running at the close.
    library_running, read_running = threading.Event(), threading.Event()
    release = threading.Event()

    def slow_library_job(store: NotesStore) -> int:
        library_running.set()
        release.wait(0.5)
        return len(store.search("x"))

    window.library.run(slow_library_job, owner=window.notes)
    lecture_file = tmp_path / "lecture.txt"
    lecture_file.write_text("第一讲：提示词。", encoding="utf-8")

    def slow_read(path: Path) -> Lecture:
        read_running.set()
        release.wait(0.5)
        return read_lecture(path)

    monkeypatch.setattr(lecture_input, "read_lecture", slow_read)
    window.outline.open_file(str(lecture_file))

    # The class server starting (in a session of its own: it would outlive a careless app).
    window.show_models()
    assert window.models_dialog is not None
    panel = window.models_dialog.serve
    panel.model_provider = lambda: tiny_model
    panel.reach_combo.setCurrentIndex(panel.reach_combo.findData("127.0.0.1"))
    panel.port_spin.setValue(_free_port())
    panel.start()
    qtbot.waitUntil(
        lambda: panel._coming_up is not None and panel._coming_up.pid is not None, timeout=20_000
    )
    coming_up = panel._coming_up
    assert coming_up is not None and coming_up.pid is not None
    server_pid = coming_up.pid
    assert library_running.wait(5) and read_running.wait(5)
    engine_pid = window.bridge.engine.worker_pid
    assert engine_pid is not None and window.bridge.busy

    window.close()

    assert _gone(engine_pid) and _gone(server_pid)
    assert registry().running_threads() == []
    assert window.findChildren(QThread) == []
    # The engine's pipe-reader threads end once the worker's pipes close.
    qtbot.waitUntil(lambda: set(threading.enumerate()) <= threads_before, timeout=3000)
