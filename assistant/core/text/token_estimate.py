"""A token count without a tokenizer: for remote servers that cannot count, and for sizing
library passages before any model is loaded."""

from __future__ import annotations


def estimate_tokens(text: str) -> int:
    """A cautious token count for servers that cannot tokenize: CJK ~1 per character, else ~3
    characters per token (Vietnamese syllables and English words split into several)."""
    cjk = sum(1 for ch in text if "\u3000" <= ch <= "\u9fff" or "\uac00" <= ch <= "\ud7af")
    return cjk + (len(text) - cjk + 2) // 3
