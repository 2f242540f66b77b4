"""What callers ask of the engine: load options, sampling and the messages to answer."""

from __future__ import annotations

from dataclasses import asdict, dataclass, replace
from typing import Any

Message = dict[str, str]  # {"role": "system" | "user" | "assistant", "content": "..."}

DEFAULT_MAX_CTX = 8192
# How many sequences one generate_many call decodes together at most.
MAX_SEQUENCES = 8


@dataclass(frozen=True)
class LoadOptions:
    """How to load a model; None means "choose for this model and machine"."""

    n_ctx: int | None = None
    n_threads: int | None = None
    n_gpu_layers: int = 0
    seed: int | None = None
    n_batch: int = 512


@dataclass(frozen=True)
class Sampling:
    """Sampling parameters; None means the model's recommended default."""

    temperature: float | None = None
    top_p: float | None = None
    top_k: int = 40
    min_p: float = 0.05
    repeat_penalty: float = 1.0
    max_tokens: int | None = None
    stop: tuple[str, ...] = ()
    seed: int | None = None
    # Constrain the output: a JSON schema (dict) or a GBNF grammar; the schema wins if both.
    json_schema: dict[str, Any] | None = None
    grammar: str | None = None
    # With a schema or grammar: a reasoning model may first think this many tokens, freely,
    # then answer within the constraint (0: the constraint applies from the first token).
    think_budget: int = 0

    def resolved(self, reasoning_model: bool) -> Sampling:
        """Fill the defaults: DeepSeek recommends temperature 0.6 and top_p 0.95 for R1 models."""
        temperature = self.temperature
        if temperature is None:
            temperature = 0.6 if reasoning_model else 0.7
        top_p = self.top_p if self.top_p is not None else 0.95
        return replace(self, temperature=temperature, top_p=top_p)

    def to_wire(self) -> dict[str, Any]:
        """The sampling as a JSON-safe dict for the worker."""
        data = asdict(self)
        data["stop"] = list(self.stop)
        return data


@dataclass(frozen=True)
class SequenceRequest:
    """One independent prompt of a batched generation."""

    messages: list[Message] | None = None  # chat-templated like LocalEngine.chat
    prompt: str | None = None  # raw completion like LocalEngine.complete
    sampling: Sampling | None = None


def default_context(model_context: int | None) -> int:
    """The context window to use when the user chose none: the model's, capped at 8192."""
    if not model_context or model_context <= 0:
        return 4096
    return min(model_context, DEFAULT_MAX_CTX)


def prepare_messages(messages: list[Message], reasoning_model: bool) -> list[Message]:
    """Adapt messages to the model; R1 models get no system turn (it is folded into the user's)."""
    if not reasoning_model:
        return [dict(m) for m in messages]
    system = "\n\n".join(m["content"] for m in messages if m["role"] == "system" and m["content"])
    result = [dict(m) for m in messages if m["role"] != "system"]
    if system:
        for message in result:
            if message["role"] == "user":
                message["content"] = f"{system}\n\n{message['content']}"
                break
        else:
            result.insert(0, {"role": "user", "content": system})
    return result
