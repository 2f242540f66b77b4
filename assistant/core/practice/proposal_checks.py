"""Is a proposed sentence usable? Repetition, copying and language checks, model-free.

A 0.5B model asked for one sentence sometimes loops ("目标具体，目标具体，目标具体"), echoes the
trainee's prompt, copies the example it was shown, or drifts into another language. Each of
these is measured here in units that suit the script: characters for Chinese (no spaces between
words), words for Vietnamese and English.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterable

from assistant.core.practice.text import fold, looks_unmarked_vietnamese, unmark
from assistant.core.text.language import chinese_script, detect_language
from assistant.core.text.scripts import HAN_CLASS

REPEAT_N = 4  # a 4-gram ...
REPEAT_TIMES = 3  # ... 3 or more times is a loop (issue 18's measure)
# A run this long shared with a text counts as copied from it. A proposal mostly made of such
# runs repeats the prompt (a role sentence may well reuse the task's words, so not any run);
# any such run from the instructions (a description, the example) is copied instruction text.
COPY_RUN = {"zh": 6, "latin": 5}
COPY_SHARE = 0.7
MIN_WORDS = 3
LETTER_SHARE = 0.7
_ALLOWED_RANGES = (
    (0x00A0, 0x024F),  # Latin-1 and Latin Extended (ă đ ơ ư …)
    (0x1E00, 0x1EFF),  # Latin Extended Additional (Vietnamese tone-marked vowels)
    (0x2000, 0x206F),  # general punctuation (“ ” — …)
    (0x3000, 0x303F),  # CJK punctuation (、。《》「」)
    (0x3400, 0x4DBF),  # CJK extension A
    (0x4E00, 0x9FFF),  # CJK unified ideographs
    (0xF900, 0xFAFF),  # CJK compatibility ideographs
    (0xFF01, 0xFF5E),  # full-width forms (，：！？（）)
)
# Reasons a proposal is dropped (keys: the CLI prints them, the GUI translates them).
EMPTY, CUT, REPEATS, COPIES_PROMPT, COPIES_INSTRUCTIONS, WRONG_LANGUAGE = (
    "empty",
    "cut",
    "repeats",
    "copies_prompt",
    "copies_instructions",
    "wrong_language",
)
_CJK_CLASS = f"[{HAN_CLASS}]"
_CJK = re.compile(_CJK_CLASS)
# Chinese has no spaces: each character is a unit; Latin and digits count as whole words.
_UNIT = re.compile(f"{_CJK_CLASS}|(?:(?!{_CJK_CLASS})[^\\W_])+")


def units(text: str) -> list[str]:
    """The units repetition and copying are counted in: CJK characters and (folded) words."""
    return _UNIT.findall(unmark(fold(text)))


def max_repeats(text: str, n: int = REPEAT_N) -> int:
    """How often the most frequent n-gram of text occurs (0 if text is shorter than n units)."""
    grams = _ngrams(units(text), n)
    return max(Counter(grams).values(), default=0)


def repeats_itself(text: str) -> bool:
    """Whether some 4-gram occurs 3 or more times."""
    return max_repeats(text) >= REPEAT_TIMES


def copied_share(text: str, sources: Iterable[str], is_chinese: bool) -> float:
    """Share of text's units that lie in a run of COPY_RUN or more units found in a source."""
    own = units(text)
    if not own:
        return 0.0
    n = COPY_RUN["zh" if is_chinese else "latin"]
    if len(own) < n:
        n = len(own)  # a very short proposal copies if it appears whole
    source_grams: set[tuple[str, ...]] = set()
    for source in sources:
        source_grams.update(_ngrams(units(source), n))
    covered = [False] * len(own)
    for i, gram in enumerate(_ngrams(own, n)):
        if gram in source_grams:
            for j in range(i, i + n):
                covered[j] = True
    return sum(covered) / len(own)


def copies(text: str, sources: Iterable[str], is_chinese: bool) -> bool:
    """Whether text is mostly copied from the sources."""
    return copied_share(text, sources, is_chinese) >= COPY_SHARE


def copies_any(text: str, sources: Iterable[str], is_chinese: bool) -> bool:
    """Whether text shares a run of COPY_RUN units (6 characters, 5 words) with a source."""
    own = units(text)
    n = COPY_RUN["zh" if is_chinese else "latin"]
    grams = set(_ngrams(own, n))
    return bool(grams) and any(grams & set(_ngrams(units(s), n)) for s in sources)


def in_language(text: str, language: str, prompt: str) -> bool:
    """Whether text is in the prompt's language, and for Chinese in its script too."""
    text = unicodedata.normalize("NFC", text)
    if not all(_allowed_char(c) for c in text):
        return (
            False  # control codes, other scripts: not a sentence in Chinese, Vietnamese or English
        )
    found = detect_language(text)
    if language == "zh":
        return found == "zh" and chinese_script(text) == chinese_script(prompt)
    if _CJK.search(text) or not _reads_as_words(text):
        return False
    if language == "vi":
        # A prompt typed without tone marks may get an answer with them: the same script.
        return found == "vi" or looks_unmarked_vietnamese(unmark(fold(text)))
    return found == "en" and not looks_unmarked_vietnamese(unmark(fold(text)))


def _allowed_char(c: str) -> bool:
    """Characters of Chinese, Vietnamese and English text: Latin, CJK and their punctuation."""
    cp = ord(c)
    if c.isascii():
        return c.isprintable()
    return any(start <= cp <= end for start, end in _ALLOWED_RANGES)


def _reads_as_words(text: str) -> bool:
    """Latin-script text made of words: at least 3, and mostly letters or digits (not symbols).

    Digits count with the letters: "ngày 25 tháng 10, năm 2023" is a sentence, not a code.
    """
    words = [w for w in text.split() if sum(c.isalpha() for c in w) >= 2]
    visible = [c for c in text if not c.isspace()]
    letters = sum(c.isalpha() or c.isdigit() for c in visible)
    return len(words) >= MIN_WORDS and letters >= LETTER_SHARE * len(visible)


def problem(
    text: str,
    language: str,
    prompt: str,
    instructions: Iterable[str],
    may_repeat_prompt: bool = False,
) -> str | None:
    """Why a proposed sentence cannot be used (one of the reason keys), or None if it can."""
    if not text.strip():
        return EMPTY
    if repeats_itself(text):
        return REPEATS
    if not in_language(text, language, prompt):
        return WRONG_LANGUAGE
    chinese = language == "zh"
    if not may_repeat_prompt and copies(text, [prompt], chinese):
        return COPIES_PROMPT
    if copies_any(text, instructions, chinese):
        return COPIES_INSTRUCTIONS
    return None


def _ngrams(seq: list[str], n: int) -> list[tuple[str, ...]]:
    if n <= 0:
        return []
    return [tuple(seq[i : i + n]) for i in range(len(seq) - n + 1)]
