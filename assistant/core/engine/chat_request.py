"""What a chat turn sends the model: a language hint, the history, sampling with its seed.

Regenerate must ask exactly what the first request asked, with only the seed changed: a
small model that got no hint, or a hint worked out anew from another message, drifts into
another language (a Vietnamese question regenerated in English).
"""

from __future__ import annotations

import random
from dataclasses import dataclass, replace

from assistant.core.engine.requests import Message, Sampling
from assistant.core.text.language import detect_language

# Written in the question's language: small models follow an instruction in their answer's
# language best. "Unless asked otherwise" keeps "translate this into English" working.
LANGUAGE_HINTS = {
    "zh": "请用中文回答，除非问题要求使用其他语言。",
    "vi": "Hãy trả lời bằng tiếng Việt, trừ khi câu hỏi yêu cầu ngôn ngữ khác.",
    "en": "Answer in English unless the question asks for another language.",
}
SEED_RANGE = 2**31 - 1


@dataclass(frozen=True)
class ChatRequest:
    """The messages and sampling of one answer, as sent."""

    messages: tuple[Message, ...]
    sampling: Sampling

    def message_list(self) -> list[Message]:
        """The messages as the engine takes them (copies)."""
        return [dict(m) for m in self.messages]


def language_hint(history: list[Message]) -> Message | None:
    """A system message naming the language of the last question, or None without one."""
    question = next((m["content"] for m in reversed(history) if m["role"] == "user"), "")
    if not question.strip():
        return None
    return {"role": "system", "content": LANGUAGE_HINTS[detect_language(question)]}


def new_seed() -> int:
    """A fresh random seed (recorded, so an answer can be reproduced)."""
    return random.randrange(1, SEED_RANGE)


def chat_request(history: list[Message], sampling: Sampling) -> ChatRequest:
    """The request for the next answer to history; a seed is chosen if sampling has none."""
    hint = language_hint(history)
    messages = [*([hint] if hint else []), *(dict(m) for m in history)]
    seed = sampling.seed if sampling.seed is not None else new_seed()
    return ChatRequest(tuple(messages), replace(sampling, seed=seed))


def regenerated(request: ChatRequest) -> ChatRequest:
    """The same request with another seed: another answer to exactly the same question."""
    seed = new_seed()
    while seed == request.sampling.seed:
        seed = new_seed()
    return replace(request, sampling=replace(request.sampling, seed=seed))
