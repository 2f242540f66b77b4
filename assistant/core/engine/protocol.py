"""What the pages need of an engine, met by LocalEngine and RemoteEngine alike."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Protocol

from assistant.core.engine.events import Event, SequenceEvent
from assistant.core.engine.requests import Message, Sampling, SequenceRequest


class NamedModel(Protocol):
    """A model's name as the pages show it, whether it reasons before answering, its size."""

    @property
    def name(self) -> str: ...

    @property
    def is_reasoning(self) -> bool: ...

    @property
    def parameters(self) -> int | None:
        """The model's parameter count; None when the engine does not tell (a server)."""
        ...


class ReadyModel(Protocol):
    """A model ready to answer: its name, context window and how long it took to load."""

    @property
    def info(self) -> NamedModel: ...

    @property
    def n_ctx(self) -> int: ...

    @property
    def load_s(self) -> float: ...


class ChatEngine(Protocol):
    """Streams answers, counts tokens, and stops on request."""

    @property
    def loaded(self) -> ReadyModel | None: ...

    def chat(self, messages: list[Message], sampling: Sampling | None = None) -> Iterator[Event]:
        """Stream the answer to a conversation."""
        ...

    def count_tokens(self, messages: list[Message] | None = None, prompt: str | None = None) -> int:
        """Tokens the messages or the prompt take."""
        ...

    def generate_many(self, requests: Sequence[SequenceRequest]) -> Iterator[SequenceEvent]:
        """Stream answers to several independent prompts at once, events tagged by index;
        every sequence ends with one Done or Failed."""
        ...

    def cancel(self, index: int | None = None) -> None:
        """Stop the current answer(s), or only sequence number index of generate_many."""
        ...
