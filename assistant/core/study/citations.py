"""Citations in an answer: numbers that name no given source are removed, as the text streams.

A small model sometimes writes [7] with four sources, or [1] inside a sentence it made up from
nothing. The first is removed here; for an answer with no citation at all, attribute() adds the
source whose words the answer shares most, so every answer shown says where it comes from.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from assistant.core.store import textsearch

_CITATION = re.compile(r"\s?[\[【［](\d{1,3}(?:\s*[,，、]\s*\d{1,3})*)[\]】］]")
_SHOWN_CITATION = re.compile(r"\s?(\[\d{1,3}\])")
_UNCLOSED = re.compile(r"\s?[\[【［][\d\s,，、]*")
_OPENERS = "[【［"
# A partial citation waiting for its closing bracket is at most this long: "[12, 13" etc.
_LONGEST_PENDING = 16
# Share of an answer's terms a source must hold for attribute() to name it.
MIN_SHARED = 0.35


def _keep(match: re.Match[str], count: int) -> str:
    numbers = [int(n) for n in re.split(r"\s*[,，、]\s*", match.group(1))]
    valid = [n for n in dict.fromkeys(numbers) if 1 <= n <= count]
    if not valid:
        return ""
    lead = " " if match.group(0)[0].isspace() else ""
    return lead + "".join(f"[{n}]" for n in valid)


def clean_citations(text: str, count: int) -> str:
    """text with every citation number outside 1..count removed; [1, 2] becomes [1][2]."""
    return _CITATION.sub(lambda m: _keep(m, count), text)


def cited_numbers(text: str) -> list[int]:
    """The citation numbers in text, in order of first appearance."""
    found: list[int] = []
    for match in _CITATION.finditer(text):
        for n in re.split(r"\s*[,，、]\s*", match.group(1)):
            if int(n) not in found:
                found.append(int(n))
    return found


class CitationFilter:
    """Cleans citations from streamed text; holds back a possible citation until it closes."""

    def __init__(self, count: int) -> None:
        self.count = count
        self._pending = ""
        # The last citation shown, while nothing but spaces followed it: a small model loops
        # "[1] [1] [1] ..." and one is enough.
        self._last_cite = ""

    def _collapse(self, text: str) -> str:
        out: list[str] = []
        pos = 0
        for match in _SHOWN_CITATION.finditer(text):
            between = text[pos : match.start()]
            if between.strip():
                self._last_cite = ""
            if match.group(1) == self._last_cite:
                out.append(between.rstrip() if not between.strip() else between)
            else:
                out.append(between + match.group(0))
            self._last_cite = match.group(1)
            pos = match.end()
        rest = text[pos:]
        if rest.strip():
            self._last_cite = ""
        out.append(rest)
        return "".join(out)

    def feed(self, text: str) -> str:
        """The part of text (with what was held back) that is safe to show now."""
        buffer = self._pending + text
        cut = max(buffer.rfind(c) for c in _OPENERS)
        unclosed = cut >= 0 and not any(c in buffer[cut:] for c in "]】］")
        if unclosed and len(buffer) - cut <= _LONGEST_PENDING:
            if cut > 0 and buffer[cut - 1].isspace():
                cut -= 1  # " [" may become nothing: keep its space with it
            self._pending = buffer[cut:]
            return self._collapse(clean_citations(buffer[:cut], self.count))
        self._pending = ""
        return self._collapse(clean_citations(buffer, self.count))

    def finish(self) -> str:
        """What is still held back, once the answer ended."""
        rest, self._pending = self._pending, ""
        if _UNCLOSED.fullmatch(rest):
            return ""  # the answer stopped inside a citation: half a number proves nothing
        return self._collapse(clean_citations(rest, self.count))


def without_citations(text: str) -> str:
    """The answer's words alone (what is left once its citations are taken out)."""
    return " ".join(_CITATION.sub(" ", text).split())


def attribute(answer: str, sources: Sequence[str]) -> list[int]:
    """Numbers (1-based) of the sources an uncited answer most likely comes from, best first."""
    answer_terms = set(textsearch.index_terms(answer).words.split())
    if not answer_terms:
        return []
    shares = []
    for n, text in enumerate(sources, 1):
        source_terms = set(textsearch.index_terms(text).words.split())
        shares.append((len(answer_terms & source_terms) / len(answer_terms), n))
    best = max(shares, default=(0.0, 0))
    return [best[1]] if best[0] >= MIN_SHARED else []
