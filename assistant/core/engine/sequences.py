"""Pure-Python parts of decoding: stop strings, token timing, and how several sequences share
one context window. The worker uses them; nothing here touches llama.cpp."""

from __future__ import annotations

import time
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

# Room the answer needs at least when the caller set no max_tokens.
DEFAULT_MIN_ANSWER_TOKENS = 256
# Tokens of "\n</think>\n\n" and the "<think>\n" opener that think-then-schema adds.
THINK_TAG_ROOM = 12


class RoomError(Exception):
    """A prompt leaves too little room for its answer; the numbers say how much."""

    def __init__(self, index: int, prompt_tokens: int, n_ctx: int, answer_tokens: int) -> None:
        super().__init__("prompt too long")
        self.index = index
        self.prompt_tokens = prompt_tokens
        self.n_ctx = n_ctx
        self.answer_tokens = answer_tokens


@dataclass(frozen=True)
class Room:
    """Where one sequence may write in the shared context window."""

    answer_tokens: int  # what was reserved for its answer (and its thinking)
    cap: int  # its prompt plus answer may not grow beyond this many tokens


def answer_room(sampling: dict[str, Any], share: int, min_answer: int) -> int:
    """Tokens reserved for a sequence's answer: max_tokens (plus thinking), else a minimum."""
    max_tokens = sampling.get("max_tokens")
    constrained = sampling.get("json_schema") is not None or bool(sampling.get("grammar"))
    think = int(sampling.get("think_budget") or 0) if constrained else 0
    if max_tokens:
        return int(max_tokens) + (think + THINK_TAG_ROOM if think else 0)
    return min(min_answer, share // 4) + (think + THINK_TAG_ROOM if think else 0)


def plan_rooms(
    prompt_lengths: Sequence[int],
    samplings: Sequence[dict[str, Any]],
    n_ctx: int,
    min_answer: int = DEFAULT_MIN_ANSWER_TOKENS,
) -> list[Room]:
    """Split the context window between sequences, or raise RoomError; never truncate.

    Each sequence reserves its prompt plus its answer room; whatever is left over is shared
    equally, so an answer without max_tokens can grow but never into another's reservation.
    When the reservations do not fit, the error names a sequence that is over its equal share.
    """
    n = len(prompt_lengths)
    share = n_ctx // max(n, 1)
    needs = [answer_room(s, share, min_answer) for s in samplings]
    reserved = [p + a for p, a in zip(prompt_lengths, needs, strict=True)]
    if sum(reserved) > n_ctx:
        worst = max(range(n), key=lambda i: reserved[i])
        limit = share if n > 1 else n_ctx
        raise RoomError(worst, prompt_lengths[worst], limit, needs[worst])
    spare = (n_ctx - sum(reserved)) // max(n, 1)
    return [Room(a, r + spare) for a, r in zip(needs, reserved, strict=True)]


def common_prefix(a: Sequence[int], b: Sequence[int]) -> int:
    """How many leading tokens two token lists share."""
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    return n


class TokenTimer:
    """Counts answer tokens and times the first and the last one."""

    def __init__(self, started: float | None = None) -> None:
        self.count = 0
        self.started = started if started is not None else time.perf_counter()
        self.first_at = 0.0
        self.last_at = 0.0

    def tick(self, answer_token: bool = True) -> None:
        """A token was sampled (end-of-text tokens are not part of the answer)."""
        self.last_at = time.perf_counter()
        self.count += answer_token
        if not self.first_at:
            self.first_at = self.last_at

    def on_sampled(self, _input_ids: Any, _logits: Any) -> bool:
        """A stopping criterion llama-cpp-python calls once per sampled token: it only times."""
        self.tick()
        return False

    def timings(self, prompt_evaluated: int) -> dict[str, float]:
        """Time to the first token, prompt reading speed and generation speed."""
        end = self.last_at or time.perf_counter()
        ttft = (self.first_at or end) - self.started
        gen_s = end - self.first_at
        return {
            "ttft_s": ttft,
            "prompt_tokens_per_s": prompt_evaluated / ttft if self.first_at and ttft > 0 else 0.0,
            "tokens_per_s": (self.count - 1) / gen_s if self.count > 1 and gen_s > 0 else 0.0,
            "prompt_evaluated": prompt_evaluated,
        }


class StopStringFilter:
    """Passes answer text through, holding back only what could be the start of a stop string."""

    def __init__(self, stops: list[str]) -> None:
        self.stops = stops
        self.pending = ""

    def feed(self, text: str) -> tuple[str, bool]:
        """Text safe to show now, and whether a stop string was reached."""
        self.pending += text
        if not self.stops:
            out, self.pending = self.pending, ""
            return out, False
        hits = [i for i in (self.pending.find(s) for s in self.stops) if i != -1]
        if hits:
            out, self.pending = self.pending[: min(hits)], ""
            return out, True
        hold = 0
        for stop in self.stops:
            for n in range(min(len(stop) - 1, len(self.pending)), 0, -1):
                if self.pending.endswith(stop[:n]):
                    hold = max(hold, n)
                    break
        cut = len(self.pending) - hold
        out, self.pending = self.pending[:cut], self.pending[cut:]
        return out, False

    def flush(self, tail: str = "") -> str:
        """Everything still held, at the end of the answer."""
        out, self.pending = self.pending + tail, ""
        return out
