"""Decoding text files the way Chinese and Vietnamese offices save them.

UTF-8 with or without BOM, UTF-16/32 with a BOM or (pure CJK) without, GB18030/GBK and Big5:
the candidates that decode strictly are scored by how plausible the text is, because a wrong
guess among Chinese code pages still decodes, into rare characters. Used by lecture ingest,
notes import and `notes add --file`.
"""

from __future__ import annotations

import codecs
import unicodedata
from functools import cache

from assistant.core.errors import LectureNotText

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),  # before UTF-16 LE: its BOM starts the same way
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_WHITESPACE_CONTROLS = frozenset("\t\n\r\f\v\x1a")  # \x1a: DOS end-of-file mark


def decode_text(data: bytes, name: str = "The file") -> str:
    """Decode a text file's bytes: BOM, UTF-8, UTF-16 without BOM, then GB18030 or Big5."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            text = _strict(data[len(bom) :], encoding)
            if text is None:
                break
            return normalise_newlines(text)
    else:
        text = _guess(data)
        if text is not None:
            return normalise_newlines(text)
    raise LectureNotText(name=name)


def _guess(data: bytes) -> str | None:
    if b"\x00" not in data:
        text = _strict(data, "utf-8")
        if text is not None:
            return text
    candidates = ["gb18030", "cp950", "big5hkscs"]
    if len(data) % 2 == 0:
        # Without a BOM, UTF-16 shows as zero bytes (ASCII) or as nothing at all (pure CJK).
        candidates += ["utf-16-le", "utf-16-be"]
    best: tuple[float, str] | None = None
    for encoding in candidates:
        text = _strict(data, encoding)
        if text is None:
            continue
        score = _plausibility(text[:20_000])
        # Ties keep the earlier candidate: GBK/GB18030 files outnumber Big5 ones.
        if best is None or score > best[0]:
            best = (score, text)
    if best is None:
        # Western Windows text (smart quotes, é) that no CJK code page decodes.
        return _strict(data, "cp1252")
    return best[1]


def _strict(data: bytes, encoding: str) -> str | None:
    try:
        text = data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return None
    # NULs or other control characters mean a binary file or a wrong guess.
    controls = sum(
        1
        for ch in text[:100_000]
        if ch not in _WHITESPACE_CONTROLS and unicodedata.category(ch) == "Cc"
    )
    if "\x00" in text or controls > len(text[:100_000]) // 1000:
        return None
    return text


@cache
def _frequent_hanzi() -> frozenset[str]:
    """GB2312 level 1 and Big5 level 1: the ~3,755 and ~5,401 most frequent characters."""
    chars: set[str] = set()
    for lead in range(0xB0, 0xD8):  # GB2312 level 1 (common simplified), ordered by pinyin
        for trail in range(0xA1, 0xFF):
            chars.add(bytes((lead, trail)).decode("gb2312", errors="replace"))
    for lead in range(0xA4, 0xC7):  # Big5 常用字 (common traditional), A440-C67E
        for trail in (*range(0x40, 0x7F), *range(0xA1, 0xFF)):
            if (lead, trail) > (0xC6, 0x7E):
                break
            chars.add(bytes((lead, trail)).decode("big5", errors="replace"))
    return frozenset(ch for ch in chars if len(ch) == 1 and ch != "\ufffd")


def _plausibility(text: str) -> float:
    """Share of characters a real text is made of: ASCII, frequent hanzi, CJK and Latin marks.

    A wrong guess among GB18030, Big5 and UTF-16 turns into kana, Hangul, private-use and rare
    ideographs; the right one is almost all frequent characters.
    """
    if not text:
        return 0.0
    frequent = _frequent_hanzi()
    good = 0
    for ch in text:
        cp = ord(ch)
        if (
            (0x20 <= cp < 0x7F)
            or ch in "\t\n\r"
            or ch in frequent
            or 0x3000 <= cp <= 0x303F  # CJK punctuation
            or 0xFF01 <= cp <= 0xFF5E  # full-width forms
            or 0x2010 <= cp <= 0x2027  # dashes, quotes, ellipsis
            or (0xC0 <= cp <= 0x24F and ch.isalpha())  # Latin letters with marks
            or 0x1EA0 <= cp <= 0x1EF9  # Vietnamese
        ):
            good += 1
    return good / len(text)


def normalise_newlines(text: str) -> str:
    """Line ends as "\\n", without a leading byte-order mark."""
    return text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff")
