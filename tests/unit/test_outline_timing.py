"""Clock times of subtitle lectures."""

from __future__ import annotations

from assistant.core.outline.timing import clock


def test_clock() -> None:
    assert clock(0) == "00:00:00"
    assert clock(3725.9) == "01:02:05"
