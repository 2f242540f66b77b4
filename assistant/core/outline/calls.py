"""Running a list of independent model calls: as parallel sequences when the engine batches them,
else one by one. Every per-section, key-term and closing call of the outline goes through here.
"""

from __future__ import annotations

import json
import re
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from assistant.core.engine.events import Done, Event, Failed, Reasoning, Token
from assistant.core.engine.protocol import ChatEngine
from assistant.core.engine.requests import Message, Sampling, SequenceRequest
from assistant.core.errors import ModelError, detached

# At most this many sequences at once (the engine's limit); the context window bounds a batch too.
MAX_SEQUENCES = 8


@dataclass(frozen=True)
class Call:
    """One constrained request: the messages, the sampling (schema, budget) and its prompt size."""

    messages: list[Message]
    sampling: Sampling
    prompt_tokens: int = 0


@dataclass
class Answer:
    """What one call wrote, and how it ended."""

    text: str = ""
    reasoning: str = ""
    reason: str = ""  # Done.reason: "stop", "length" or "cancelled"; "" while running
    failure: str = ""
    prompt_s: float = 0.0
    generate_s: float = 0.0

    def data(self) -> dict[str, Any] | None:
        """The JSON object written, or None when it is not one (cut, cancelled, failed)."""
        if self.failure or self.reason == "cancelled":
            return None
        try:
            # Not strict: the schema's grammar lets a raw line break into a string (seen in a
            # review question after a whole, usable summary), which strict JSON refuses.
            value = json.loads(self.text, strict=False)
        except ValueError:
            return None
        return _without_controls(value) if isinstance(value, dict) else None


def _without_controls(value: Any) -> Any:
    """The value with every control character inside its strings turned into a space."""
    if isinstance(value, str):
        return " ".join(_CONTROLS.sub(" ", value).split()) if _CONTROLS.search(value) else value
    if isinstance(value, list):
        return [_without_controls(v) for v in value]
    if isinstance(value, dict):
        return {k: _without_controls(v) for k, v in value.items()}
    return value


_CONTROLS = re.compile(r"[\x00-\x1f\x7f]")


@dataclass
class Watch:
    """What the caller hears while calls run: each finished answer, reasoning, a stop flag."""

    on_answer: Callable[[int, Answer], None] = lambda _i, _a: None
    on_reasoning: Callable[[str], None] = lambda _t: None
    on_token: Callable[[str], None] = lambda _t: None
    should_stop: Callable[[], bool] = lambda: False
    # Wall-clock seconds of the batches: reading their prompts (to the first token), writing.
    prompt_s: float = 0.0
    generate_s: float = 0.0


def run_calls(engine: ChatEngine, calls: list[Call], watch: Watch, n_ctx: int) -> list[Answer]:
    """Every call's answer, in the calls' order; batched sequences when the engine has them.

    A stop (watch.should_stop between batches, or a cancel on the engine) leaves the answers not
    finished with reason "cancelled". A failed call raises ModelError: the model stopped.
    """
    answers = [Answer() for _ in calls]
    batched = hasattr(engine, "generate_many")
    for batch in _batches(calls, n_ctx if batched else 0):
        if watch.should_stop():
            break
        started = time.perf_counter()
        events = _many(engine, [calls[i] for i in batch]) if batched else None
        if events is None:
            for i in batch:
                if watch.should_stop():
                    break
                stream = ((0, e) for e in engine.chat(calls[i].messages, calls[i].sampling))
                _collect(stream, [i], answers, watch, time.perf_counter())
                watch.prompt_s += answers[i].prompt_s
                watch.generate_s += answers[i].generate_s
        else:
            _collect(events, batch, answers, watch, started)
            first = max((answers[i].prompt_s for i in batch), default=0.0)
            watch.prompt_s += first
            watch.generate_s += max(0.0, time.perf_counter() - started - first)
    for answer in answers:
        if not answer.reason and not answer.failure:
            answer.reason = "cancelled"
    return answers


def _batches(calls: list[Call], n_ctx: int) -> Iterator[list[int]]:
    """Consecutive calls whose prompts and answers share the context (n_ctx 0: one at a time)."""
    batch: list[int] = []
    used = 0
    for i, call in enumerate(calls):
        need = call.prompt_tokens + (call.sampling.max_tokens or 0) + call.sampling.think_budget
        full = len(batch) >= MAX_SEQUENCES or used + need > n_ctx
        if batch and (not n_ctx or full):
            yield batch
            batch, used = [], 0
        batch.append(i)
        used += need
    if batch:
        yield batch


def _many(engine: ChatEngine, calls: list[Call]) -> Iterator[tuple[int, Event]] | None:
    if len(calls) == 1:
        return None  # one call: the plain stream is the same thing, without the batch set-up
    requests = [SequenceRequest(messages=c.messages, sampling=c.sampling) for c in calls]
    return ((item.index, item.event) for item in engine.generate_many(requests))


def _collect(
    events: Iterator[tuple[int, Event]],
    indexes: list[int],
    answers: list[Answer],
    watch: Watch,
    started: float,
) -> None:
    for position, event in events:
        i = indexes[position]
        answer = answers[i]
        if isinstance(event, Token):
            answer.text += event.text
            watch.on_token(event.text)
        elif isinstance(event, Reasoning):
            answer.reasoning += event.text
            watch.on_reasoning(event.text)
        elif isinstance(event, Done):
            answer.reason = event.reason
            answer.prompt_s = event.timings.ttft_s
            answer.generate_s = max(0.0, time.perf_counter() - started - event.timings.ttft_s)
            watch.on_answer(i, answer)
        elif isinstance(event, Failed):
            answer.failure = event.message
            raise detached(event.error) if event.error else ModelError(event.message)
