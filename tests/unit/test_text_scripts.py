"""The one definition of Han characters and of unspaced scripts (core/text/scripts.py)."""

from __future__ import annotations

import itertools

import pytest

from assistant.core.outline.textmatch import match_units
from assistant.core.store.textsearch import index_terms
from assistant.core.text.language import detect_language
from assistant.core.text.scripts import (
    HAN_CHAR,
    HAN_RANGES,
    UNSPACED_RANGES,
    han_count,
    is_han,
    mostly_han,
)


@pytest.mark.parametrize(
    ("ch", "han"),
    [
        ("课", True),  # unified block, simplified
        ("課", True),  # traditional
        ("㐀", True),  # extension A
        ("豈", True),  # compatibility ideograph (U+F900)
        ("𠀀", True),  # extension B (U+20000)
        ("⽰", False),  # Kangxi radical: a PDF's look-alike, not a word's character
        ("。", False),
        ("あ", False),
        ("한", False),
        ("ệ", False),
        ("a", False),
    ],
)
def test_han_characters(ch: str, han: bool) -> None:
    assert is_han(ch) is han
    assert bool(HAN_CHAR.fullmatch(ch)) is han


def test_ranges_are_ordered_and_apart() -> None:
    for ranges in (HAN_RANGES, UNSPACED_RANGES):
        assert all(low <= high for low, high in ranges)
        assert all(a[1] < b[0] for a, b in itertools.pairwise(ranges))
    unspaced = set(UNSPACED_RANGES)
    assert set(HAN_RANGES) <= unspaced  # every Han character is also written without spaces


def test_counts_and_shares() -> None:
    assert han_count("用 ChatGPT 写提示词") == 5
    assert mostly_han("提示词ab")
    assert not mostly_han("prompt 词")
    assert not mostly_han("")


def test_callers_agree_on_what_chinese_is() -> None:
    """Search, comparison and language detection all see 𠀀 (extension B) as Chinese."""
    text = "𠀀课程大纲"
    assert detect_language(text) == "zh"
    assert "𠀀课" in match_units(text)
    assert "𠀀课" in index_terms(text).words.split()
