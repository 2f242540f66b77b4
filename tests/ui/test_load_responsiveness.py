"""The window keeps running while a model loads: a heartbeat timer on the GUI thread counts beats.

No clock is read: the load is held until the heartbeat has beaten, which could not happen if the
load (or anything started with it) held up the GUI thread's event loop.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTimer
from pytestqt.qtbot import QtBot

from assistant.core.engine import local
from assistant.core.models.model_info import ModelInfo
from assistant.core.settings import Settings
from assistant.ui.main_window import MainWindow

pytestmark = [
    pytest.mark.qt_log_level_fail("WARNING"),
    pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints"),
]

BEATS_WHILE_HELD = 20
HOLD_LIMIT_S = 30  # only reached when the heartbeat has stopped: then the test fails


class Heartbeat:
    """A 1 ms QTimer on the GUI thread; `reached(n)` is set once it has beaten n times."""

    def __init__(self) -> None:
        self.count = 0
        self._waits: list[tuple[int, threading.Event]] = []
        self.timer = QTimer()
        self.timer.setInterval(1)
        self.timer.timeout.connect(self._beat)

    def _beat(self) -> None:
        self.count += 1
        for n, event in self._waits:
            if self.count >= n:
                event.set()

    def reached(self, n: int) -> threading.Event:
        event = threading.Event()
        self._waits.append((n, event))
        return event


@pytest.fixture
def heartbeat() -> Iterator[Heartbeat]:
    beat = Heartbeat()
    beat.timer.start()
    yield beat
    beat.timer.stop()


@pytest.fixture
def window_on(qtbot: QtBot) -> Iterator[Any]:
    windows: list[MainWindow] = []
    Settings(n_threads=1).save()  # spinning llama.cpp threads crowd a 2-core CI machine

    def make(model: Path) -> MainWindow:
        window = MainWindow(model=str(model))
        qtbot.addWidget(window)
        window.show()
        windows.append(window)
        return window

    yield make
    for window in windows:
        window.library.shutdown()
        window.bridge.shutdown()


def test_heartbeat_keeps_beating_while_a_model_loads(
    qtbot: QtBot,
    tiny_model: Path,
    heartbeat: Heartbeat,
    window_on: Any,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    held_at: list[int] = []
    real_read = local.read_model_info

    def read_when_the_window_has_beaten(path: Path) -> ModelInfo:
        # Held inside the load, wherever it runs: on the GUI thread this would wait in vain.
        held_at.append(heartbeat.count)
        if not heartbeat.reached(held_at[0] + BEATS_WHILE_HELD).wait(HOLD_LIMIT_S):
            raise AssertionError("the GUI thread's heartbeat stopped while the model loaded")
        return real_read(path)

    monkeypatch.setattr(local, "read_model_info", read_when_the_window_has_beaten)
    outcome: list[tuple[str, int]] = []
    window = window_on(tiny_model)
    window.bridge.loaded.connect(lambda _m: outcome.append(("loaded", heartbeat.count)))
    window.bridge.load_failed.connect(lambda why: outcome.append((why, heartbeat.count)))
    qtbot.waitUntil(lambda: bool(outcome), timeout=60_000)
    assert held_at, "the load never read the model's header"
    (what, beats), *_ = outcome
    assert what == "loaded"
    assert beats >= held_at[0] + BEATS_WHILE_HELD
    assert window.model_bar.state_text() == "Ready"


def test_heartbeat_beats_through_a_whole_load(
    qtbot: QtBot, tiny_model: Path, heartbeat: Heartbeat, window_on: Any
) -> None:
    """Unheld: from "Loading…" to "Ready" (header, spawning the worker, its load) beats go on."""
    window = window_on(tiny_model)
    started = heartbeat.count
    with qtbot.waitSignal(window.bridge.loaded, timeout=60_000):
        pass
    # The worker process imports llama.cpp before it can load anything: the loop turned over
    # many times meanwhile, unless the load blocked it.
    assert heartbeat.count > started
