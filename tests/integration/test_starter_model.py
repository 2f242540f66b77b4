"""The real starter model (Qwen2.5-Coder-0.5B-Instruct Q4_K_M): real language, real speed."""

from __future__ import annotations

import re
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from assistant.core.engine.events import Done, Event, Reasoning, Token
from assistant.core.engine.local import LocalEngine
from assistant.core.engine.requests import LoadOptions, Sampling

pytestmark = pytest.mark.model

CJK = re.compile(r"[\u4e00-\u9fff]")
VIETNAMESE_MARKS = re.compile(r"[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]", re.I)


@pytest.fixture(scope="module")
def engine(starter_model: Path) -> Iterator[LocalEngine]:
    eng = LocalEngine()
    eng.load(starter_model, LoadOptions(n_ctx=4096, seed=7))
    yield eng
    eng.close()


def answer(events: list[Event]) -> str:
    return "".join(e.text for e in events if isinstance(e, Token))


def test_answers_chinese_in_chinese(engine: LocalEngine) -> None:
    question = [{"role": "user", "content": "请用中文简单解释：什么是会议纪要？"}]
    text = answer(list(engine.chat(question, Sampling(max_tokens=80, temperature=0.2, seed=1))))
    assert len(CJK.findall(text)) >= 10, text


def test_answers_vietnamese_in_vietnamese(engine: LocalEngine) -> None:
    question = [
        {
            "role": "user",
            "content": "Hãy giải thích ngắn gọn bằng tiếng Việt: biên bản cuộc họp là gì?",
        }
    ]
    text = answer(list(engine.chat(question, Sampling(max_tokens=80, temperature=0.2, seed=1))))
    assert len(VIETNAMESE_MARKS.findall(text)) >= 5, text
    assert not CJK.search(text)


def test_reasoning_is_split_from_a_real_think_stream(engine: LocalEngine) -> None:
    """A grammar makes the real model write <think>...</think> then an answer, token by token;
    the tags arrive cut across tokens and the engine splits them out."""
    grammar = r"""
root ::= "<think>" thought "</think>" answer
thought ::= [a-zA-Z ,.]{10,120}
answer ::= [a-zA-Z ,.]{5,80}
"""
    events = list(
        engine.chat(
            [
                {
                    "role": "user",
                    "content": "Think about why notes help, then answer in one sentence.",
                }
            ],
            Sampling(max_tokens=120, temperature=0.3, seed=3, grammar=grammar),
        )
    )
    reasoning = "".join(e.text for e in events if isinstance(e, Reasoning))
    text = answer(events)
    assert reasoning.strip() and text.strip()
    assert "<think>" not in reasoning + text and "</think>" not in reasoning + text


def test_cancel_during_a_long_prompt_read(engine: LocalEngine) -> None:
    """Cancel lands while llama.cpp reads a ~2,500-token prompt (no token yet) and stops the
    read itself; benchmarks/cancel_bench.py measures how soon."""
    long_prompt = [{"role": "user", "content": "Ghi chép bài giảng về kỹ năng văn phòng. " * 180}]
    timer = threading.Timer(1.0, engine.cancel)
    events: list[Event] = []
    pid = engine.worker_pid
    timer.start()
    for event in engine.chat(long_prompt, Sampling(max_tokens=50)):
        events.append(event)
    assert isinstance(events[-1], Done) and events[-1].reason == "cancelled"
    assert not any(isinstance(e, Token) for e in events)
    assert engine.worker_pid == pid  # stopped by llama.cpp's abort callback, not killed
    # The engine still answers afterwards.
    after = list(engine.chat([{"role": "user", "content": "Hi"}], Sampling(max_tokens=5)))
    assert isinstance(after[-1], Done) and after[-1].reason in ("stop", "length")


def test_follow_up_does_not_reread_the_conversation(engine: LocalEngine) -> None:
    history = [{"role": "user", "content": "Tóm tắt: " + "Học cách viết câu lệnh rõ ràng. " * 60}]
    first = list(engine.chat(history, Sampling(max_tokens=20, temperature=0.0)))
    history += [
        {"role": "assistant", "content": answer(first)},
        {"role": "user", "content": "Cho ví dụ?"},
    ]
    second = list(engine.chat(history, Sampling(max_tokens=5, temperature=0.0)))
    done = second[-1]
    assert isinstance(done, Done)
    assert done.timings.prompt_evaluated < 40
