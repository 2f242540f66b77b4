"""Comparing and trimming short texts in Chinese, Vietnamese and English: near-duplicates,
same topic, and cutting at a sentence or word boundary."""

from __future__ import annotations

import re
import unicodedata

# Headings this similar (character bigrams for CJK, words otherwise) name the same topic.
HEADING_SIMILARITY = 0.6
POINT_SIMILARITY = 0.8


def normalise(text: str) -> str:
    """Text for comparison: NFKC, case-folded, without punctuation, symbols or spaces."""
    folded = unicodedata.normalize("NFKC", text).casefold()
    return "".join(ch for ch in folded if unicodedata.category(ch)[0] not in "PSZC")


def is_cjk(text: str) -> bool:
    cjk = sum(1 for ch in text if "\u3400" <= ch <= "\u9fff" or "\uf900" <= ch <= "\ufaff")
    return cjk * 2 >= len(text) > 0


def match_units(text: str) -> set[str]:
    """What texts are compared by: character bigrams for Chinese, words otherwise."""
    flat = normalise(text)
    if is_cjk(flat):
        return {flat[i : i + 2] for i in range(len(flat) - 1)} or {flat}
    folded = unicodedata.normalize("NFKC", text).casefold()
    return {normalise(word) for word in folded.split()} - {""}


def similarity(a: str, b: str) -> float:
    """Jaccard similarity: character bigrams for Chinese, words otherwise."""
    ua, ub = match_units(a), match_units(b)
    return len(ua & ub) / len(ua | ub) if ua and ub else 0.0


def same_topic(a: str, b: str) -> bool:
    """Whether two headings name the same topic (equal, one contains the other, or similar)."""
    # "提示词的结构" and "提示词结构" are one topic: the particles 的/之 carry no meaning here.
    a, b = (h.replace("的", "").replace("之", "") for h in (a, b))
    na, nb = normalise(a), normalise(b)
    if not na or not nb or na == nb:
        return na == nb
    if is_cjk(na) and is_cjk(nb):
        shorter, longer = sorted((na, nb), key=len)
        contained = len(shorter) >= 2 and shorter in longer
    else:  # whole words: "AI" is not inside "Email"
        wa, wb = match_units(a), match_units(b)
        contained = wa <= wb or wb <= wa
    return contained or similarity(a, b) >= HEADING_SIMILARITY


def near_duplicate(a: str, b: str) -> bool:
    na, nb = normalise(a), normalise(b)
    return na == nb or similarity(a, b) >= POINT_SIMILARITY


def unique(items: list[str], limit: int, avoid: str = "") -> tuple[str, ...]:
    kept: list[str] = []
    for item in items:
        if not item or (avoid and near_duplicate(item, avoid)):
            continue
        if not any(near_duplicate(item, other) for other in kept):
            kept.append(item)
    return tuple(kept[:limit])


_SENTENCE_END = re.compile(r"[。！？；.!?;](?=\s|$)|[。！？；]")
_WORD_END = re.compile(r"[\s，、,：:]")


def cap(text: str, limit: int) -> str:
    """The text within limit characters, cut at a sentence or word boundary and marked "…"."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    window = text[: limit - 1]
    cut = 0
    for pattern in (_SENTENCE_END, _WORD_END):
        ends = [m.end() for m in pattern.finditer(window) if m.end() >= limit // 2]
        if ends:
            cut = ends[-1]
            break
    head = window[:cut] if cut else window
    return head.rstrip(" ，、,：:;；-—。.!！?？") + "…"
