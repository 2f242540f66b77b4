"""Which script a character is in: the one definition of Chinese (Han) characters, and of the
scripts written without spaces between words. Search, outlines, evaluation and export all ask here.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

# Han ideographs: extension A, the unified block (simplified and traditional alike), the
# compatibility ideographs a PDF or an old code page may leave, and extensions B-I (rare names,
# classical texts). Radicals and punctuation are not characters of a word.
HAN_RANGES: tuple[tuple[int, int], ...] = (
    (0x3400, 0x4DBF),
    (0x4E00, 0x9FFF),
    (0xF900, 0xFAFF),
    (0x20000, 0x323AF),
)

# Han, kana and Hangul letters: scripts written without spaces between words (Korean has
# spaces, but character bigrams still find parts of its long agglutinated words cheaply).
# Besides Han: Hangul Jamo, the iteration marks (々〆〇, 〡-〩 Suzhou numerals, 〱-〵, 〸-〼),
# hiragana, katakana with its length mark, Hangul compatibility Jamo, katakana extensions,
# Hangul Jamo extensions A and B, and Hangul syllables.
UNSPACED_RANGES: tuple[tuple[int, int], ...] = tuple(
    sorted(
        (
            *HAN_RANGES,
            (0x1100, 0x11FF), (0x3005, 0x3007), (0x3021, 0x3029), (0x3031, 0x3035),
            (0x3038, 0x303C), (0x3041, 0x3096), (0x309D, 0x309F), (0x30A1, 0x30FA),
            (0x30FC, 0x30FF), (0x3131, 0x318E), (0x31F0, 0x31FF), (0xA960, 0xA97C),
            (0xAC00, 0xD7A3), (0xD7B0, 0xD7FB),
        )
    )
)  # fmt: skip


def char_class(ranges: Sequence[tuple[int, int]]) -> str:
    """The inside of a regular expression's [...] matching the code point ranges."""
    return "".join(f"\\U{low:08x}-\\U{high:08x}" for low, high in ranges)


HAN_CLASS = char_class(HAN_RANGES)
UNSPACED_CLASS = char_class(UNSPACED_RANGES)
HAN_CHAR = re.compile(f"[{HAN_CLASS}]")
HAN_RUN = re.compile(f"[{HAN_CLASS}]+")


def is_han(ch: str) -> bool:
    """Whether the character is a Chinese (Han) ideograph."""
    cp = ord(ch)
    return any(low <= cp <= high for low, high in HAN_RANGES)


def han_count(text: str) -> int:
    """How many Han ideographs the text has."""
    return len(HAN_CHAR.findall(text))


def mostly_han(text: str) -> bool:
    """Whether at least half the text's characters are Han ideographs (a Chinese phrase)."""
    return han_count(text) * 2 >= len(text) > 0
