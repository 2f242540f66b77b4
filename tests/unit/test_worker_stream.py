"""How the worker writes a generation's events to the pipe: a step's events in one write, fast
tokens held back a little, and nothing held past a start, an end or an answer's first token."""

from __future__ import annotations

import io
import json
from collections.abc import Iterator
from typing import Any

import pytest

from assistant.core.engine import worker


class CountingOut(io.StringIO):
    """The worker's stdout, counting write calls (one call is one pipe write)."""

    def __init__(self) -> None:
        super().__init__()
        self.writes: list[str] = []

    def write(self, text: str) -> int:
        self.writes.append(text)
        return super().write(text)


def token(seq: int, text: str) -> dict[str, Any]:
    return {"event": "token", "seq": seq, "text": text}


STEPS: list[list[dict[str, Any]]] = [
    [{"event": "started", "seq": 0}, {"event": "started", "seq": 1}],
    [token(0, "A"), token(1, "B")],
    [token(0, "a"), token(1, "b")],
    [token(0, "c")],
    [token(0, "d"), {"event": "usage", "seq": 1}, {"event": "done", "seq": 1}],
    [token(0, "e")],
    [{"event": "usage", "seq": 0}, {"event": "done", "seq": 0}],
]


def run(steps: list[list[dict[str, Any]]]) -> CountingOut:
    out = CountingOut()
    w = worker.Worker(io.StringIO(), out)
    w.stream(iter(steps))
    return out


def events_written(out: CountingOut) -> list[dict[str, Any]]:
    return [json.loads(line) for line in out.getvalue().splitlines()]


def test_fast_tokens_are_held_until_something_else_happens(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(worker, "WRITE_INTERVAL_S", 3600.0)
    out = run(STEPS)
    # Every event arrives, in order, one per line.
    assert events_written(out) == [e for step in STEPS for e in step]
    # started | first tokens | held "a","b","c" go with the step that ends seq 1 | "e" with
    # the end of seq 0.
    assert [len(w.splitlines()) for w in out.writes] == [2, 2, 6, 3]


def test_slow_tokens_go_out_step_by_step(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(worker, "WRITE_INTERVAL_S", 0.0)
    out = run(STEPS)
    assert events_written(out) == [e for step in STEPS for e in step]
    assert [len(w.splitlines()) for w in out.writes] == [len(step) for step in STEPS]


def test_held_tokens_are_written_when_generation_fails(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(worker, "WRITE_INTERVAL_S", 3600.0)

    def failing() -> Iterator[list[dict[str, Any]]]:
        yield STEPS[0]
        yield STEPS[1]
        yield STEPS[2]
        raise worker.RequestError("model", "llama.cpp could not decode the batch")

    out = CountingOut()
    with pytest.raises(worker.RequestError):
        worker.Worker(io.StringIO(), out).stream(failing())
    assert events_written(out) == [e for step in STEPS[:3] for e in step]
