"""Run independent chat requests: as parallel sequences when the engine can, else one by one.

An engine with `generate_many` (issue 13's batched sequences) answers all requests in one
llama.cpp batch; a plain ChatEngine answers them in turn with `chat`. Either way each request
gets its answer text, its reasoning, and how it ended.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

from assistant.core.engine.events import Done, Event, Failed, Reasoning, Token
from assistant.core.engine.requests import MAX_SEQUENCES, Message, Sampling, SequenceRequest

OnReasoning = Callable[[int, str], None]  # (request index, text)


@dataclass(frozen=True)
class ChatRequest:
    """One independent request: the messages and how to sample the answer."""

    messages: list[Message]
    sampling: Sampling


@dataclass
class Outcome:
    """What one request produced."""

    text: str = ""
    reasoning: str = ""
    reason: str = ""  # Done's reason ("stop", "length", "cancelled"), or "failed"
    error: str = ""
    seconds: float = 0.0
    parts: list[str] = field(default_factory=list, repr=False)
    thought: list[str] = field(default_factory=list, repr=False)

    @property
    def finished(self) -> bool:
        """Whether the answer ended by itself (not cut by a stop or a failure)."""
        return self.reason in ("stop", "length")


def run_requests(
    engine: Any,
    requests: Sequence[ChatRequest],
    on_reasoning: OnReasoning | None = None,
) -> list[Outcome]:
    """Each request's outcome, in order; parallel sequences if the engine has generate_many."""
    outcomes = [Outcome() for _ in requests]
    if not requests:
        return outcomes
    started = time.perf_counter()
    if hasattr(engine, "generate_many"):
        for index, event in _many(engine, requests):
            _take(outcomes[index], index, event, on_reasoning, started)
    else:
        for index, request in enumerate(requests):
            started = time.perf_counter()
            for event in engine.chat(request.messages, request.sampling):
                _take(outcomes[index], index, event, on_reasoning, started)
                if outcomes[index].reason == "cancelled":
                    return _close(outcomes, "cancelled")
    return _close(outcomes, "failed")


def _many(engine: Any, requests: Sequence[ChatRequest]) -> Iterator[tuple[int, Event]]:
    # The engine decodes at most MAX_SEQUENCES together: more go in further batches.
    for first in range(0, len(requests), MAX_SEQUENCES):
        group = requests[first : first + MAX_SEQUENCES]
        batch = [SequenceRequest(messages=r.messages, sampling=r.sampling) for r in group]
        for item in engine.generate_many(batch):
            yield first + item.index, item.event


def _take(
    outcome: Outcome,
    index: int,
    event: Event,
    on_reasoning: OnReasoning | None,
    started: float,
) -> None:
    if isinstance(event, Token):
        outcome.parts.append(event.text)
    elif isinstance(event, Reasoning):
        outcome.thought.append(event.text)
        if on_reasoning is not None:
            on_reasoning(index, event.text)
    elif isinstance(event, Done):
        outcome.reason = event.reason
        outcome.seconds = time.perf_counter() - started
    elif isinstance(event, Failed):
        outcome.reason, outcome.error = "failed", event.message
        outcome.seconds = time.perf_counter() - started


def _close(outcomes: list[Outcome], unfinished: str) -> list[Outcome]:
    for outcome in outcomes:
        outcome.text = "".join(outcome.parts)
        outcome.reasoning = "".join(outcome.thought)
        if not outcome.reason:
            outcome.reason = unfinished  # never started (cancelled) or ended without a reason
    return outcomes
