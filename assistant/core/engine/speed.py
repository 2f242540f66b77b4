"""Generation speed: tokens per second of writing, without the time spent reading prompts.

An outline is several model passes, each of which first reads its prompt (a lecture part:
seconds to minutes on a laptop) and then writes. Tokens divided by the time since the first
token counts every later pass's reading as writing time, and showed "0.5 tokens/s" for a
model that writes 18.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

# A gap between two tokens longer than this many typical gaps (and at least MIN_PAUSE_S) is a
# new pass reading its prompt, not writing: a pass the meter was not told about.
PAUSE_FACTOR = 20.0
MIN_PAUSE_S = 2.0
# The worker sends tokens that come fast a few per write (engine/worker.py), so the gaps seen
# here are bursty: no speed is shown until this much writing time is timed. A short answer that
# arrived in one or two writes once read "13542.8 tok/s".
MIN_TIMED_S = 0.25


@dataclass(frozen=True)
class TokenCount:
    """Tokens written by the model pass under way, against what the pass may write."""

    written: int
    budget: int


class GenerationSpeed:
    """Counts tokens and the time between them, leaving out each pass's prompt reading."""

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self._clock = clock
        self._last: float | None = None
        self._timed_tokens = 0
        self._writing_s = 0.0

    def new_pass(self) -> None:
        """A model pass starts: the wait for its first token is reading, not writing."""
        self._last = None

    def token(self) -> None:
        """One more token arrived now."""
        now = self._clock()
        if self._last is not None:
            gap = now - self._last
            if gap <= self._longest_writing_gap():
                self._writing_s += gap
                self._timed_tokens += 1
        self._last = now

    @property
    def tokens_per_s(self) -> float:
        """Tokens per second of writing so far (0.0 until MIN_TIMED_S of writing was timed)."""
        if self._writing_s < MIN_TIMED_S:
            return 0.0
        return self._timed_tokens / self._writing_s

    def _longest_writing_gap(self) -> float:
        if not self._timed_tokens:
            return MIN_PAUSE_S
        return max(MIN_PAUSE_S, PAUSE_FACTOR * self._writing_s / self._timed_tokens)
