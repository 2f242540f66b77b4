"""Comparing short texts in Chinese, Vietnamese and English: units, similarity, near-duplicates."""

from __future__ import annotations

import unicodedata

from assistant.core.text.scripts import mostly_han

POINT_SIMILARITY = 0.8


def normalise(text: str) -> str:
    """Text for comparison: NFKC, case-folded, without punctuation, symbols or spaces."""
    folded = unicodedata.normalize("NFKC", text).casefold()
    return "".join(ch for ch in folded if unicodedata.category(ch)[0] not in "PSZC")


def match_units(text: str) -> set[str]:
    """What texts are compared by: character bigrams for Chinese, words otherwise."""
    flat = normalise(text)
    if mostly_han(flat):
        return {flat[i : i + 2] for i in range(len(flat) - 1)} or {flat}
    folded = unicodedata.normalize("NFKC", text).casefold()
    return {normalise(word) for word in folded.split()} - {""}


def similarity(a: str, b: str) -> float:
    """Jaccard similarity: character bigrams for Chinese, words otherwise."""
    ua, ub = match_units(a), match_units(b)
    return len(ua & ub) / len(ua | ub) if ua and ub else 0.0


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
