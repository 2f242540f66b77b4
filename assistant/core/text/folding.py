"""Folding text so that equal-looking text compares equal: width (NFKC), case, tone and other
marks, and đ. Search folds notes and queries with it; outline evaluation compares with it.

Offsets are kept: every char of the folded text maps back to the position it came from, so a
search hit can be marked in the original text.
"""

from __future__ import annotations

import functools
import unicodedata
from collections.abc import Iterator, Sequence

# Vietnamese đ is a letter of its own, not d + a mark, so stripping marks leaves it alone;
# Ð (U+00D0, Icelandic eth) looks identical and old encodings converted to it.
_LETTER_FOLD = str.maketrans({"đ": "d", "ð": "d"})
# Japanese voicing marks change the letter (か/が), unlike a Vietnamese tone mark.
_KEEP_MARKS = frozenset("\u3099\u309a")


def joins(c: str) -> bool:
    """True if c belongs to the character before it (a mark, or a Hangul vowel/final jamo)."""
    hangul_vowel_or_final = "\u1160" <= c <= "\u11ff" or "\ud7b0" <= c <= "\ud7fb"
    return hangul_vowel_or_final or unicodedata.category(c)[0] == "M"


def _clusters(text: str) -> Iterator[tuple[int, int]]:
    # Normalising base + marks together, not char by char, keeps composition correct (NFD
    # input) while every output char still maps to exactly one original position.
    i, n = 0, len(text)
    while i < n:
        j = i + 1
        while j < n and joins(text[j]):
            j += 1
        yield i, j
        i = j


@functools.lru_cache(maxsize=8192)
def _fold(cluster: str) -> str:
    s = unicodedata.normalize("NFKC", cluster).casefold()
    s = unicodedata.normalize("NFD", s)
    s = "".join(c for c in s if unicodedata.category(c) != "Mn" or c in _KEEP_MARKS)
    return unicodedata.normalize("NFC", s).translate(_LETTER_FOLD)


# Chars whose fold is exactly one char and that never join the char before them. Text made only
# of such chars (Chinese, precomposed Vietnamese, English: nearly all notes) folds with one
# str.translate, in C, and keeps its offsets; cluster by cluster in Python is ~50 times slower.
_ONE_TO_ONE: dict[int, str] = {}
_NOT_ONE_TO_ONE: set[int] = set()


def _one_to_one_table(text: str) -> dict[int, str] | None:
    for c in set(text):
        code = ord(c)
        if code in _ONE_TO_ONE:
            continue
        if code in _NOT_ONE_TO_ONE:
            return None
        folded = "" if joins(c) else _fold(c)
        if len(folded) != 1:
            _NOT_ONE_TO_ONE.add(code)
            return None
        _ONE_TO_ONE[code] = folded
    return _ONE_TO_ONE


def normalize(text: str) -> str:
    """Fold width, case, tone marks and đ so equal-looking text compares equal."""
    if text.isascii():
        return text.lower()  # casefold is lower() on ASCII; most English notes take this path
    table = _one_to_one_table(text)
    if table is not None:
        return text.translate(table)
    return "".join(_fold(text[i:j]) for i, j in _clusters(text))


def normalize_with_offsets(text: str) -> tuple[str, Sequence[int]]:
    """normalize(text) and, for each of its chars, the index in text it came from."""
    if text.isascii():
        return text.lower(), range(len(text))
    table = _one_to_one_table(text)
    if table is not None:
        return text.translate(table), range(len(text))
    out: list[str] = []
    offsets: list[int] = []
    for i, j in _clusters(text):
        folded = _fold(text[i:j])  # may be longer (ﬁ, ß, ㈠) or empty (a stray mark)
        out.append(folded)
        offsets.extend([i] * len(folded))
    return "".join(out), offsets
