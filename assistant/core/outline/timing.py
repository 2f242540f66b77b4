"""Clock times of subtitle lectures: a section starts where its part's first cue starts."""

from __future__ import annotations


def clock(seconds: float) -> str:
    """Seconds as "00:12:05"."""
    total = int(seconds)
    return f"{total // 3600:02d}:{total % 3600 // 60:02d}:{total % 60:02d}"
