"""Each engine request has its own handle: its signals carry only its own events."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from assistant.core.engine.events import Done
from assistant.core.engine.requests import LoadOptions, Sampling
from assistant.core.settings import Settings
from assistant.ui.controllers.engine_bridge import EngineBridge

HELLO = [{"role": "user", "content": "Hello"}]


@pytest.fixture
def bridge(qtbot: QtBot, tiny_model: Path) -> Iterator[EngineBridge]:
    b = EngineBridge(settings=Settings(n_threads=1))
    with qtbot.waitSignal(b.loaded, timeout=10_000):
        b.load(str(tiny_model), LoadOptions(n_ctx=1024, n_threads=1))
    yield b
    b.shutdown()
    assert not b.worker_thread.is_alive() and b.engine.worker_pid is None


def test_two_pages_answers_never_mix_and_a_closed_page_hears_nothing(
    qtbot: QtBot, bridge: EngineBridge
) -> None:
    first, second, closed = QWidget(), QWidget(), QWidget()
    heard: dict[str, list[str]] = {"first": [], "second": [], "closed": []}
    ends: list[tuple[str, str]] = []
    requests = []
    for name, owner, tokens in (
        ("first", first, 12),
        ("closed", closed, 12),
        ("second", second, 7),
    ):
        request = bridge.ask(HELLO, Sampling(max_tokens=tokens, seed=1), owner=owner)
        request.token.connect(heard[name].append)
        request.succeeded.connect(lambda done, name=name: ends.append((name, done.reason)))
        requests.append(request)
    shiboken6.delete(closed)  # its page closed while its answer was queued
    with qtbot.waitSignal(requests[2].finished, timeout=20_000):
        pass
    assert ends == [("first", "length"), ("second", "length")]
    assert heard["first"] and heard["second"] and heard["closed"] == []
    assert "".join(heard["first"]) != "".join(heard["second"])  # 12 tokens against 7
    assert not bridge.busy


def test_stopping_one_request_leaves_the_queued_one_to_answer(
    qtbot: QtBot, bridge: EngineBridge
) -> None:
    owner = QWidget()
    long = bridge.ask(HELLO, Sampling(max_tokens=900, seed=1), owner=owner)
    short = bridge.ask(HELLO, Sampling(max_tokens=5, seed=1), owner=owner)
    outcomes: list[object] = []
    long.succeeded.connect(outcomes.append)
    short.succeeded.connect(outcomes.append)
    with qtbot.waitSignal(long.token, timeout=10_000):
        pass
    with qtbot.waitSignal(short.finished, timeout=20_000):
        long.cancel()
    assert [d.reason for d in outcomes if isinstance(d, Done)] == ["cancelled", "length"]
