"""Checking a typed answer against a card's: the local model says what is missing, in the card's
language; without a model, word overlap names the parts of the answer not covered."""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.core.engine.requests import Message
from assistant.core.outline.textmatch import match_units
from assistant.core.store.cards import Card

# A part of the card's answer counts as covered when this share of its words (Chinese:
# character pairs) is in the typed answer.
COVERED_SHARE = 0.5
_PARTS = re.compile(r"[\n。；;！？!?，]+|(?<=[.,、])\s+|•")

_JUDGE: dict[str, str] = {
    "en": (
        "Flash card question: {front}\nCorrect answer: {back}\nTrainee's answer: {typed}\n\n"
        "In one or two sentences in English, say what the trainee's answer is missing or gets "
        "wrong compared with the correct answer. If nothing important is missing, say it is "
        "correct."
    ),
    "zh": (
        "卡片问题：{front}\n标准答案：{back}\n学员的回答：{typed}\n\n"
        "用中文一两句话指出学员的回答和标准答案相比缺了什么或错在哪里。如果没有缺少重要内容，就说回答正确。"
    ),
    "vi": (
        "Câu hỏi của thẻ: {front}\nĐáp án đúng: {back}\nCâu trả lời của học viên: {typed}\n\n"
        "Trong một hoặc hai câu bằng tiếng Việt, hãy nói câu trả lời của học viên còn thiếu "
        "hoặc sai điều gì so với đáp án đúng. Nếu không thiếu gì quan trọng, hãy nói là đúng."
    ),
}


@dataclass(frozen=True)
class OverlapHint:
    """The share of the card's answer's words the typed one has, and the parts it lacks."""

    covered: float
    missing: list[str]


def overlap_hint(typed: str, expected: str) -> OverlapHint:
    """The parts of expected whose words the typed answer mostly lacks."""
    have = match_units(typed)
    parts = [p.strip(" -•,，、") for p in _PARTS.split(expected)]
    parts = [p for p in parts if match_units(p)]
    missing: list[str] = []
    for part in parts:
        units = match_units(part)
        if len(units & have) / len(units) < COVERED_SHARE:
            missing.append(part)
    # The share of the answer's words (Chinese: character pairs) the typed answer has.
    wanted = set().union(*(match_units(part) for part in parts)) if parts else set()
    covered = len(wanted & have) / len(wanted) if wanted else 0.0
    return OverlapHint(round(covered, 2), missing)


def judge_messages(card: Card, typed: str) -> list[Message]:
    """The prompt asking the model what the typed answer misses, in the card's language."""
    template = _JUDGE.get(card.language, _JUDGE["en"])
    content = template.format(front=card.front, back=card.back, typed=typed.strip())
    return [{"role": "user", "content": content}]
