"""Chunking long lectures by tokens: nothing lost, budgets kept, boundaries and overlap sane."""

from __future__ import annotations

import itertools
import random
from pathlib import Path

import pytest

from assistant.core.outline.chunking import chunk_text, split_units

# A real meeting transcript (VCSum, MIT; see its README), committed so every clone runs it.
VCSUM = Path(__file__).resolve().parents[1] / "data" / "vcsum"


def char_tokens(text: str) -> int:
    """A stand-in tokenizer: one token per non-space character (CJK-like)."""
    return sum(1 for c in text if not c.isspace())


def covered(text: str, chunks: list) -> bool:
    """Every character of text lies in some chunk, at its place."""
    seen = [False] * len(text)
    for chunk in chunks:
        assert text[chunk.start : chunk.start + len(chunk.text)] == chunk.text
        for i in range(chunk.start, chunk.start + len(chunk.text)):
            seen[i] = True
    return all(seen)


def test_units_rebuild_the_text_exactly() -> None:
    text = "第一段。第二句！\n\n第二段 without end\n\n\nThird. Fourth?  Fifth"
    assert "".join(split_units(text)) == text


def test_short_text_is_one_chunk() -> None:
    assert [c.text for c in chunk_text("短文本。", char_tokens, 100)] == ["短文本。"]


@pytest.mark.parametrize("seed", range(5))
def test_random_lectures_are_covered_within_budget(seed: int) -> None:
    rng = random.Random(seed)
    sentences = [
        "我们今天讨论提示词的写法。",
        "Vai trò rõ ràng giúp mô hình trả lời tốt hơn.",
        "A format makes answers easy to reuse.",
        "没有标点的一长段语音识别文字" * 5,
    ]
    text = "\n\n".join(
        "".join(rng.choice(sentences) for _ in range(rng.randint(1, 6))) for _ in range(40)
    )
    chunks = chunk_text(text, char_tokens, budget=200, overlap=40)
    assert len(chunks) > 3
    assert all(c.tokens <= 200 for c in chunks)
    assert covered(text, chunks)
    starts = [c.start for c in chunks]
    assert starts == sorted(starts)  # the lecture's order is kept
    # Consecutive chunks overlap (a topic cut in two is seen whole once).
    assert any(b.start < a.start + len(a.text) for a, b in itertools.pairwise(chunks))


def test_a_wall_of_text_without_punctuation_is_still_cut() -> None:
    text = "嗯然后我们就是说这个这个方案的话" * 200
    chunks = chunk_text(text, char_tokens, budget=500)
    assert all(c.tokens <= 500 for c in chunks) and covered(text, chunks)


def test_a_real_two_hour_meeting_transcript() -> None:
    text = (VCSUM / "meeting-102.txt").read_text(encoding="utf-8")
    chunks = chunk_text(text, char_tokens, budget=1500, overlap=150)
    assert covered(text, chunks)
    assert all(c.tokens <= 1500 for c in chunks)
    # The last minutes of the meeting are in the last chunk.
    assert text.rstrip()[-20:] in chunks[-1].text
