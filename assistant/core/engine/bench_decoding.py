"""The engine-only parts of `bench`: grammar cost (constrained/free) and batching (parallel), and
the lock that keeps two benchmarks from sharing the machine."""

from __future__ import annotations

import contextlib
import os
import statistics
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from typing import IO, Any

from assistant.core import paths
from assistant.core.engine.events import Done, Failed, Token, Usage
from assistant.core.engine.local import LocalEngine
from assistant.core.engine.requests import Sampling, SequenceRequest
from assistant.core.errors import ModelError

# Pairs of runs; each pair's ratio is taken back to back, and the median of the pairs is
# reported, because a shared 2-core machine's speed swings by tens of per cent.
ROUNDS = 4
PARALLEL_SEQUENCES = 4
# An outline-like answer long enough that neither side ends before the token budget.
NOTES_SCHEMA: dict[str, Any] = {
    "type": "object",
    "properties": {
        "title": {"type": "string"},
        "points": {"type": "array", "items": {"type": "string"}, "minItems": 8},
        "review_questions": {"type": "array", "items": {"type": "string"}, "minItems": 3},
    },
    "required": ["title", "points", "review_questions"],
}
AUDIENCES = ("adult learners", "office workers", "trade-union members", "factory trainees")


@contextlib.contextmanager
def bench_lock(report: Callable[[str], None]) -> Iterator[None]:
    """Hold an exclusive lock on a file in the data dir's tmp folder while benchmarking."""
    folder = paths.data_dir() / "tmp"
    folder.mkdir(parents=True, exist_ok=True)
    with open(folder / "bench.lock", "a+b") as handle:
        if not _try_lock(handle):
            report("waiting for another benchmark to finish")
            _lock(handle)
        try:
            yield
        finally:
            _unlock(handle)


def _try_lock(handle: IO[bytes]) -> bool:
    if sys.platform == "win32":
        import msvcrt

        try:
            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    import fcntl

    try:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True


def _lock(handle: IO[bytes]) -> None:
    if sys.platform == "win32":
        while not _try_lock(handle):  # LK_LOCK gives up after 10 s; keep waiting
            time.sleep(0.5)
        return
    import fcntl

    fcntl.flock(handle.fileno(), fcntl.LOCK_EX)


def _unlock(handle: IO[bytes]) -> None:
    if sys.platform == "win32":
        import msvcrt

        os.lseek(handle.fileno(), 0, os.SEEK_SET)
        msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)
        return
    import fcntl

    fcntl.flock(handle.fileno(), fcntl.LOCK_UN)


def constrained_vs_free(engine: LocalEngine, lesson: str, max_tokens: int) -> dict[str, Any]:
    """The same chat request generated free and under a JSON schema, greedy, alternating."""
    messages = [
        {
            "role": "user",
            "content": "Turn this lesson into JSON notes with a title, key points and review "
            f"questions.\n\n{lesson * 2}",
        }
    ]
    free_runs: list[float] = []
    constrained_runs: list[float] = []
    for i in range(ROUNDS):
        order = (None, NOTES_SCHEMA) if i % 2 == 0 else (NOTES_SCHEMA, None)
        for schema in order:
            sampling = Sampling(temperature=0.0, max_tokens=max_tokens, json_schema=schema)
            rate = _rate([SequenceRequest(messages=messages, sampling=sampling)], engine)
            (free_runs if schema is None else constrained_runs).append(rate)
    ratios = [c / f for c, f in zip(constrained_runs, free_runs, strict=True) if f]
    return {
        "constrained": {"tokens_per_s": round(statistics.median(constrained_runs), 2)},
        "free": {"tokens_per_s": round(statistics.median(free_runs), 2)},
        "constrained_ratio_vs_free": round(statistics.median(ratios), 3) if ratios else 0.0,
    }


def parallel_vs_single(engine: LocalEngine, lesson: str, max_tokens: int) -> dict[str, Any]:
    """Four raw completions decoded in one batch against one alone, greedy, alternating."""
    greedy = Sampling(temperature=0.0, max_tokens=max_tokens)
    requests = [
        SequenceRequest(
            prompt=f"{lesson}\nHere is a numbered list of one hundred practical study tips for "
            f"{audience}:\n1.",
            sampling=greedy,
        )
        for audience in AUDIENCES[:PARALLEL_SEQUENCES]
    ]
    single_runs: list[float] = []
    total_runs: list[float] = []
    for i in range(ROUNDS):
        if i % 2 == 0:
            single_runs.append(_rate(requests[:1], engine))
            total_runs.append(_rate(requests, engine))
        else:
            total_runs.append(_rate(requests, engine))
            single_runs.append(_rate(requests[:1], engine))
    ratios = [t / s for t, s in zip(total_runs, single_runs, strict=True) if s]
    return {
        "sequences": PARALLEL_SEQUENCES,
        "total_tokens_per_s": round(statistics.median(total_runs), 2),
        "single_tokens_per_s": round(statistics.median(single_runs), 2),
        "ratio": round(statistics.median(ratios), 3) if ratios else 0.0,
    }


def _rate(requests: Sequence[SequenceRequest], engine: LocalEngine) -> float:
    """Tokens per second written by all sequences together, from the first token to the last,
    measured as the caller receives them (prompt reading is not part of it)."""
    first_at = last_at = 0.0
    written = 0
    for tagged in engine.generate_many(requests):
        event = tagged.event
        if isinstance(event, Failed):
            raise ModelError(event.message)
        if isinstance(event, Token):
            last_at = time.perf_counter()
            first_at = first_at or last_at
        elif isinstance(event, Usage):
            written += event.completion_tokens
        elif isinstance(event, Done) and event.reason not in ("length", "stop"):
            raise ModelError(f"a benchmark sequence ended with {event.reason}")
    # Each sequence's first token comes with the prompt reading: count what follows it.
    counted = written - len(requests)
    return counted / (last_at - first_at) if counted > 0 and last_at > first_at else 0.0
