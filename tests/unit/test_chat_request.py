"""The chat request: a language hint from the last question, a recorded seed, regenerate."""

from __future__ import annotations

from assistant.core.engine.chat_request import (
    LANGUAGE_HINTS,
    chat_request,
    language_hint,
    regenerated,
)
from assistant.core.engine.requests import Sampling


def test_the_hint_follows_the_last_question() -> None:
    history = [
        {"role": "user", "content": "What is RTF?"},
        {"role": "assistant", "content": "Role, task, format."},
        {"role": "user", "content": "Cho ví dụ bằng tiếng Việt được không?"},
    ]
    assert language_hint(history) == {"role": "system", "content": LANGUAGE_HINTS["vi"]}
    assert language_hint([{"role": "user", "content": "请举一个例子"}]) == {
        "role": "system",
        "content": LANGUAGE_HINTS["zh"],
    }
    assert language_hint([]) is None


def test_a_request_records_its_seed_and_regenerate_changes_only_the_seed() -> None:
    history = [{"role": "user", "content": "Viết thông báo nghỉ lễ"}]
    first = chat_request(history, Sampling(temperature=0.2, max_tokens=64))
    assert first.sampling.seed is not None
    assert first.message_list() == [{"role": "system", "content": LANGUAGE_HINTS["vi"]}, *history]
    again = regenerated(first)
    assert again.messages == first.messages
    assert again.sampling.seed != first.sampling.seed
    assert again.sampling.temperature == 0.2 and again.sampling.max_tokens == 64
    # A seed the caller chose is kept for the first answer (reproducible screenshots, tests).
    assert chat_request(history, Sampling(seed=3)).sampling.seed == 3
