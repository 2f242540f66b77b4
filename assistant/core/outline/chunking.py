"""Splitting a lecture longer than the context window into overlapping chunks, by tokens.

Chunks end at paragraph boundaries when they can, else at sentence ends, else (a wall of
speech-recognition text with no punctuation) at a token budget. Each chunk repeats the tail of
the one before (the overlap), so a topic cut in two is seen whole by at least one map step.
Nothing is dropped: every character of the lecture is in some chunk.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

CountTokens = Callable[[str], int]

# Sentence ends in Chinese, Vietnamese and English; the lookbehind keeps the mark with its
# sentence.
_SENTENCE_END = re.compile(r"(?<=[。！？!?；;…])\s*|(?<=[.])\s+")


@dataclass(frozen=True)
class Chunk:
    """A piece of the lecture: its text, where it starts in the lecture, and its tokens."""

    index: int
    text: str
    start: int  # character offset in the lecture text
    tokens: int


def split_units(text: str) -> list[str]:
    """Paragraphs, then sentences: the pieces a chunk may end between (joined, they are text)."""
    units: list[str] = []
    for paragraph in re.split(r"(\n\s*\n)", text):
        if not paragraph:
            continue
        if not paragraph.strip():
            if units:
                units[-1] += paragraph  # keep the blank line with the text before it
            continue
        pieces = [p for p in _SENTENCE_END.split(paragraph) if p]
        # split() drops the separators; put the text back exactly by locating each piece.
        pos = 0
        for piece in pieces:
            at = paragraph.index(piece, pos)
            if units and at > pos:
                units[-1] += paragraph[pos:at]
            units.append(piece)
            pos = at + len(piece)
        if units and pos < len(paragraph):
            units[-1] += paragraph[pos:]
    return units


def chunk_text(
    text: str,
    count_tokens: CountTokens,
    budget: int,
    overlap: int = 0,
) -> list[Chunk]:
    """Chunks of at most ~budget tokens each, consecutive ones sharing ~overlap tokens."""
    if budget <= 0:
        raise ValueError("budget must be positive")
    if count_tokens(text) <= budget:
        return [Chunk(0, text, 0, count_tokens(text))]
    units = _bounded_units(split_units(text), count_tokens, budget)
    sizes = [count_tokens(u) for u in units]
    offsets = []
    pos = 0
    for unit in units:
        offsets.append(pos)
        pos += len(unit)
    chunks: list[Chunk] = []
    first = 0
    while first < len(units):
        last, used = first, 0
        while last < len(units) and (last == first or used + sizes[last] <= budget):
            used += sizes[last]
            last += 1
        body = "".join(units[first:last])
        chunks.append(Chunk(len(chunks), body, offsets[first], used))
        if last >= len(units):
            break
        # Step back over up to `overlap` tokens of units for the next chunk's start.
        back, carried = last, 0
        while back - 1 > first and carried + sizes[back - 1] <= overlap:
            back -= 1
            carried += sizes[back]
        first = back
    return chunks


def _bounded_units(units: list[str], count_tokens: CountTokens, budget: int) -> list[str]:
    """Units no longer than the budget: an over-long one is cut by characters (no punctuation)."""
    out: list[str] = []
    for unit in units:
        tokens = count_tokens(unit)
        if tokens <= budget:
            out.append(unit)
            continue
        pieces = -(-tokens // budget)  # ceil
        step = -(-len(unit) // pieces)
        while True:
            cut = [unit[i : i + step] for i in range(0, len(unit), step)]
            if all(count_tokens(c) <= budget for c in cut) or step <= 1:
                out.extend(cut)
                break
            step = max(1, step * 3 // 4)
    return out
