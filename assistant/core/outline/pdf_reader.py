"""Reading the text layer of a PDF lecture with pypdf; a scanned PDF is refused clearly."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

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
    segments: list[Segment] = []
    for page in pages:
        try:
            text = page.extract_text() or ""
        except Exception:  # one unreadable page must not lose the others
            continue
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
    return title, segments


def _pdf_char(ch: str) -> str:
    if 0x2F00 <= ord(ch) <= 0x2FDF:
        # CJK fonts often map ideographs to look-alike Kangxi radicals (示 -> ⽰) in ToUnicode.
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
