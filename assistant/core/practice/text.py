"""Prompt text as the checker sees it: NFC, full-width folded, lower case, tone marks optional.

Every folded form has exactly one char per char of the NFC text, so a match in a folded form is
also the span of the evidence in the prompt.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass

from assistant.core.text.language import detect_language

_QUOTES = {"“": '"', "”": '"', "„": '"', "‟": '"', "＂": '"', "「": '"', "」": '"', "『": '"'}
_QUOTES |= {"』": '"', "‘": "'", "’": "'"}
# Common syllables of Vietnamese typed without tone marks ("ban la chuyen gia"), which the
# language detector, looking for marks, takes for English.
_UNMARKED_VI_WORDS = (
    "ban la cho cua va cac mot nhung duoc khong toi minh hay viet thong bao voi nguoi trong "
    "de ve nay theo tung giup can phai thanh sau khi co lam nhan vien cong ty hop ngay moi "
    "tom tat dang chuyen gia ke hoach thoi gian ngan gon thi nhu da se dong vai tro nhiem vu "
    "dau ra chinh danh sach em anh chi hoc sinh phu huynh cuoi ky tinh tong doanh thu giai "
    "thich buoc"
)
_UNMARKED_VI = frozenset(_UNMARKED_VI_WORDS.split())
_WORD = re.compile(r"[a-z]+")


@functools.lru_cache(maxsize=4096)
def fold_char(c: str) -> str:
    """One char folded for matching: width and compatibility forms, case, curly quotes."""
    if c in _QUOTES:
        return _QUOTES[c]
    folded = unicodedata.normalize("NFKC", c).casefold()
    if len(folded) == 1:
        return folded
    lower = c.lower()
    return lower if len(lower) == 1 else c


@functools.lru_cache(maxsize=4096)
def strip_marks(c: str) -> str:
    """A Latin letter without its tone and vowel marks (ế -> e, đ -> d); other chars unchanged."""
    if c.isascii():
        return c
    if c in "đð":
        return "d"
    decomposed = unicodedata.normalize("NFD", c)
    base = decomposed[0]
    if base.isascii() and all(unicodedata.category(m) == "Mn" for m in decomposed[1:]):
        return base
    return c


def fold(text: str) -> str:
    """The folded form of text (same length)."""
    return "".join(fold_char(c) for c in text)


def unmark(text: str) -> str:
    """Text without Latin tone marks (same length)."""
    return text if text.isascii() else "".join(strip_marks(c) for c in text)


@dataclass(frozen=True)
class PromptText:
    """A prompt normalised once for all the checker's matching."""

    text: str  # NFC: the evidence is cut from this
    folded: str  # fold(text)
    plain: str  # unmark(folded)
    language: str  # "zh" | "vi" | "en": the language of tips and labels
    marked_vietnamese: bool  # Vietnamese typed with tone marks
    vietnamese: bool  # Vietnamese, with or without marks

    @classmethod
    def of(cls, prompt: str) -> PromptText:
        text = unicodedata.normalize("NFC", prompt)
        folded = fold(text)
        plain = unmark(folded)
        marked = sum(1 for a, b in zip(folded, plain, strict=True) if a != b and b.isascii()) >= 2
        language = detect_language(text)
        unmarked_vi = not marked and looks_unmarked_vietnamese(plain)
        if unmarked_vi and language == "en":
            language = "vi"
        return cls(text, folded, plain, language, marked, marked or unmarked_vi)


def looks_unmarked_vietnamese(plain: str) -> bool:
    """True if text without tone marks reads as Vietnamese (common syllables dominate)."""
    words = _WORD.findall(plain)
    if len(words) < 3:
        return False
    common = sum(1 for w in words if w in _UNMARKED_VI)
    return common / len(words) >= 0.3
