"""Reading the text layer of a PDF lecture with pypdf; a scanned PDF is refused clearly, and a
slide deck saved as PDF keeps its slide titles as headings."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path
from typing import Any

from assistant.core.errors import InputError
from assistant.core.outline.ingest import (
    MIN_PDF_TEXT_CHARS,
    Segment,
    _ends_sentence,
    _join,
)
from assistant.core.outline.lecture_errors import (
    PdfDamaged,
    PdfEncrypted,
    PdfNoTextLayer,
    PdfPasswordProtected,
)
from assistant.core.text.file_decoding import normalise_newlines
from assistant.core.text.scripts import HAN_CHAR

_PAGE_NUMBER = re.compile(
    r"^\s*(?:[-–—]\s*)?(?:page\s+)?\d+(?:\s*(?:/|of)\s*\d+)?(?:\s*[-–—])?\s*$"
    r"|^\s*第\s*\d+\s*页(?:\s*[/，,]?\s*共\s*\d+\s*页)?\s*$",
    re.IGNORECASE,
)


def pdf_segments(path: Path) -> tuple[str | None, list[Segment]]:
    from pypdf import PdfReader  # imported here: only PDFs pay for it

    try:
        reader = PdfReader(path)
        if reader.is_encrypted and not reader.decrypt(""):
            raise PdfPasswordProtected(name=path.name)
        pages = list(reader.pages)
    except InputError:
        raise
    except Exception as exc:  # pypdf raises many types for damaged files
        if "cryptography" in str(exc) or "AES" in str(exc):
            raise PdfEncrypted(name=path.name) from None
        raise PdfDamaged(name=path.name) from None
    texts: list[str] = []
    for page in pages:
        try:
            texts.append(page.extract_text() or "")
        except Exception:  # one unreadable page must not lose the others
            texts.append("")
    titles = _slide_titles(pages, texts)
    segments: list[Segment] = []
    for number, text in enumerate(texts, 1):
        titled = titles[number - 1] if titles else None
        if titled:
            # As a .pptx deck: the first slide's title is the deck's, the others name parts.
            slide_title, text = titled
            segments.append(Segment(slide_title, heading_level=1 if number == 1 else 2))
        segments.extend(Segment(p) for p in _pdf_paragraphs(text))
    if sum(1 for s in segments for ch in s.text if not ch.isspace()) < MIN_PDF_TEXT_CHARS:
        raise PdfNoTextLayer(name=path.name)
    title = None
    try:
        metadata = reader.metadata
        raw_title = str(metadata.title or "").strip() if metadata else ""
    except Exception:
        raw_title = ""
    if raw_title and not re.search(r"(?i)\.(docx?|pptx?|pdf|txt)$|^microsoft|^untitled", raw_title):
        title = raw_title
    if title is None and segments and segments[0].heading_level == 1:
        title = segments[0].text  # a deck's first slide names it, as in a .pptx
    return title, segments


# A slide deck saved as PDF: landscape pages of little text each, most of them led by a short
# line (the slide's title) that is no sentence.
SLIDE_PAGE_CHARS = 900
SLIDE_TITLE_CHARS = 40
SLIDE_TITLE_WORDS = 12


def _slide_titles(pages: list[Any], texts: list[str]) -> list[tuple[str, str] | None] | None:
    """Each page's title line if the PDF is a slide deck, else None."""
    if len(texts) < 3:
        return None
    try:
        landscape = sum(1 for p in pages if _is_landscape(p))
    except Exception:
        return None
    if landscape < 0.8 * len(pages):
        return None
    sizes = sorted(len("".join(t.split())) for t in texts)
    if sizes[len(sizes) // 2] > SLIDE_PAGE_CHARS:
        return None
    titles = [_title_line(t) for t in texts]
    if sum(1 for t in titles if t) < 0.6 * len(texts):
        return None
    return titles


def _is_landscape(page: Any) -> bool:
    width, height = float(page.mediabox.width), float(page.mediabox.height)
    if int(page.get("/Rotate", 0) or 0) % 180:
        width, height = height, width
    return width > height


def _title_line(text: str) -> tuple[str, str] | None:
    """A page's title (its first line, if short and no sentence) and the rest of its text."""
    lines = normalise_newlines(text).split("\n")
    kept = [i for i, line in enumerate(lines) if line.strip() and not _PAGE_NUMBER.match(line)]
    if len(kept) < 2:
        return None  # a page of one line is a title slide or a quote, not a titled slide
    first = " ".join("".join(_pdf_char(ch) for ch in lines[kept[0]]).split())
    cjk = HAN_CHAR.search(first) is not None
    short = len(first) <= SLIDE_TITLE_CHARS if cjk else len(first.split()) <= SLIDE_TITLE_WORDS
    if not short or _ends_sentence(first):
        return None
    return first, "\n".join(lines[kept[0] + 1 :])


def _pdf_char(ch: str) -> str:
    if 0x2F00 <= ord(ch) <= 0x2FDF or 0xFB00 <= ord(ch) <= 0xFB06:
        # CJK fonts often map ideographs to look-alike Kangxi radicals (示 -> ⽰) in ToUnicode,
        # and Latin fonts draw "ff", "fi", "fl" as one ligature glyph ("Staﬀ").
        return unicodedata.normalize("NFKC", ch)
    return "" if ch not in "\n\t" and unicodedata.category(ch) == "Cc" else ch


def _pdf_paragraphs(text: str) -> list[str]:
    text = "".join(_pdf_char(ch) for ch in text)
    lines = [" ".join(line.split()) for line in normalise_newlines(text).split("\n")]
    # Page numbers at the top or bottom of a page are not lecture text.
    while lines and (not lines[-1] or _PAGE_NUMBER.match(lines[-1])):
        lines.pop()
    while lines and (not lines[0] or _PAGE_NUMBER.match(lines[0])):
        lines.pop(0)
    widest = max((len(line) for line in lines), default=0)
    paragraphs: list[str] = []
    current = ""
    for line in lines:
        if not line:
            if current:
                paragraphs.append(current)
                current = ""
            continue
        current = _join_pdf_line(current, line)
        # A short line that ends a sentence ends its paragraph, as in reflowed text.
        if _ends_sentence(line) and len(line) < widest * 0.7:
            paragraphs.append(current)
            current = ""
    if current:
        paragraphs.append(current)
    return paragraphs


def _join_pdf_line(left: str, right: str) -> str:
    if (
        len(left) >= 2
        and left.endswith("-")
        and left[-2].isalpha()
        and left[-2].isascii()
        and right[0].islower()
    ):
        return left[:-1] + right  # "exam-" + "ple"
    return _join(left, right)
