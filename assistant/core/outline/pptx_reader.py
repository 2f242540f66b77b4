"""Reading PowerPoint .pptx slides with python-pptx: slide titles as headings, then the slide's
text and its speaker notes (what the teacher says is most of the lecture)."""

from __future__ import annotations

import zipfile
from pathlib import Path
from typing import Any

from assistant.core.errors import InputError
from assistant.core.outline.ingest import Segment
from assistant.core.outline.lecture_errors import PptxDamaged


def _damaged(path: Path) -> InputError:
    return PptxDamaged(name=path.name)


def _shape_paragraphs(shape: Any) -> list[str]:
    texts: list[str] = []
    if getattr(shape, "has_text_frame", False):
        for paragraph in shape.text_frame.paragraphs:
            line = "".join(run.text for run in paragraph.runs).strip()
            if line:
                texts.append(line)
    if getattr(shape, "has_table", False):
        for row in shape.table.rows:
            cells = [cell.text.strip() for cell in row.cells if cell.text.strip()]
            if cells:
                texts.append(" | ".join(cells))
    for child in getattr(shape, "shapes", ()):  # a group shape
        texts += _shape_paragraphs(child)
    return texts


def pptx_segments(path: Path) -> tuple[str | None, list[Segment]]:
    """The deck's title and its segments: a heading per slide, its text, its speaker notes."""
    try:
        from pptx import Presentation
        from pptx.exc import PackageNotFoundError
    except ImportError:  # pragma: no cover - a dependency of the package
        raise InputError(
            "Reading .pptx files needs the python-pptx package; install it or paste the text."
        ) from None
    try:
        deck = Presentation(str(path))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError, OSError):
        raise _damaged(path) from None
    title = (deck.core_properties.title or "").strip() or None
    segments: list[Segment] = []
    for number, slide in enumerate(deck.slides, 1):
        title_shape = slide.shapes.title
        slide_title = " ".join((title_shape.text if title_shape is not None else "").split())
        body: list[str] = []
        for shape in slide.shapes:
            if title_shape is not None and shape.shape_id == title_shape.shape_id:
                continue
            body += _shape_paragraphs(shape)
        notes = ""
        if slide.has_notes_slide and slide.notes_slide.notes_text_frame is not None:
            notes = slide.notes_slide.notes_text_frame.text.strip()
        if slide_title:
            # The first slide's title is the deck's; the others are the lecture's parts.
            segments.append(Segment(slide_title, heading_level=1 if number == 1 else 2))
        if body:
            segments.append(Segment("\n".join(body)))
        if notes:
            segments.append(Segment(notes))
    if title is None and segments and segments[0].heading_level == 1:
        title = segments[0].text
    return title, segments
