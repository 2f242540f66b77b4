"""Where sentences end, in Chinese, Vietnamese and English text alike.

Chinese ends a sentence with its own marks (。！？；), so any of them is an end. A Latin full
stop is also an abbreviation, an initial, a list number or a decimal point, so it ends a
sentence only when whitespace follows, the word before it is a word (not "1", "J", "Mr", "e.g",
"TP") and what follows does not go on in lower case. A line break always ends one: a heading, a
subtitle cue or a list item is its own line.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

# Ends a sentence wherever it stands (with the closing quotes and brackets after it).
_ALWAYS = "。！？；!?;"
_CLOSERS = "\"'”’」』)）\\]】"
# Abbreviations whose full stop is no sentence end (case-folded, without the stop). Vietnamese
# shortens titles and places too: "TS." (doctor), "ThS." (master), "TP." (city), "Q." (district).
_ABBREVIATION_WORDS = (
    "mr mrs ms dr prof st jr sr vs etc e.g i.e cf approx dept no nos fig vol p pp ca est "
    "jan feb mar apr jun jul aug sep sept oct nov dec mon tue wed thu fri sat sun "
    "ts ths pgs gs tp q p.s"
)
_ABBREVIATIONS = frozenset(_ABBREVIATION_WORDS.split())
_WORD_BEFORE = re.compile(r"([^\W_]|[.])+$")
_END = re.compile(rf"[{_ALWAYS}]+[{_CLOSERS}]*|\n|\.+[{_CLOSERS}]*(?=\s)")


def sentence_spans(text: str, start: int = 0, end: int | None = None) -> Iterator[tuple[int, int]]:
    """(start, end) of each sentence of text[start:end], its end mark included, in order.

    Spans cover the range without gaps; a span may be only whitespace (callers strip).
    """
    stop = len(text) if end is None else end
    at = start
    for match in _END.finditer(text, start, stop):
        if match.group(0).startswith(".") and not _full_stop(
            text, match.start(), match.end(), stop
        ):
            continue
        yield at, match.end()
        at = match.end()
    if at < stop:
        yield at, stop


def split_sentences(text: str) -> list[str]:
    """The sentences of text, stripped, without empty ones."""
    return [s for a, b in sentence_spans(text) if (s := text[a:b].strip())]


def _full_stop(text: str, dot: int, after: int, stop: int) -> bool:
    """Whether the full stop at text[dot] ends a sentence (whitespace follows it)."""
    if not text.startswith("...", dot):  # an ellipsis before a new sentence ends the one before
        window = text[max(0, dot - 24) : dot]
        word = _WORD_BEFORE.search(window)
        if word is None:
            return False  # ")." or a lone stop: keep it with what it follows
        bare = word.group(0).rstrip(".").casefold()
        line_start = not text[text.rfind("\n", 0, dot) + 1 : dot - len(word.group(0))].strip()
        if bare.isdigit() and line_start:
            return False  # "1. Context." a list number
        initial = len(bare) == 1 and word.group(0)[0].isupper()
        if initial or bare in _ABBREVIATIONS:
            return False  # "J." an initial, "Mr." a title (but "Đồng ý." ends a sentence)
    rest = text[after:stop].lstrip()
    # "…etc. and so on": a lower-case word goes on with the same sentence.
    return not rest or not rest[0].islower()
