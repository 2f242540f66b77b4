"""What a generation yields, and how events cross the worker's JSON-lines pipe."""

from __future__ import annotations

from dataclasses import dataclass, field

from assistant.core.engine.reasoning import ANSWER
from assistant.core.errors import StudyAssistantError


@dataclass(frozen=True)
class Token:
    """A piece of the answer text."""

    text: str


@dataclass(frozen=True)
class Reasoning:
    """A piece of the model's reasoning (inside <think>...</think>)."""

    text: str


@dataclass(frozen=True)
class Progress:
    """Progress of a long job: step i of n, with a short description."""

    done: int
    total: int
    message: str = ""


@dataclass(frozen=True)
class Usage:
    """Tokens read from the prompt and written in the answer."""

    prompt_tokens: int
    completion_tokens: int


@dataclass(frozen=True)
class Timings:
    """How long the model took, in seconds and tokens per second."""

    load_s: float = 0.0
    ttft_s: float = 0.0
    prompt_tokens_per_s: float = 0.0
    tokens_per_s: float = 0.0
    # Prompt tokens actually evaluated; fewer than the prompt when a cached prefix was reused.
    prompt_evaluated: int = 0


@dataclass(frozen=True)
class Done:
    """The generation ended: "stop" (end of text or a stop string), "length", or "cancelled"."""

    reason: str
    timings: Timings = field(default_factory=Timings)


@dataclass(frozen=True)
class Failed:
    """The generation or the model failed; the message is one sentence for the user, and
    error, where the engine knows the kind of failure, lets the GUI say it in its language."""

    message: str
    error: StudyAssistantError | None = field(default=None, compare=False)


Event = Token | Reasoning | Progress | Usage | Done | Failed


@dataclass(frozen=True)
class SequenceEvent:
    """An event of one sequence of a batched generation."""

    index: int  # position in the requests list
    event: Event  # Token / Reasoning / Usage / Done / Failed as for a single answer


def text_events(pieces: list[tuple[str, str]]) -> list[Event]:
    """Events for the (kind, text) pieces a ReasoningSplitter returns."""
    return [Token(text) if kind == ANSWER else Reasoning(text) for kind, text in pieces]
