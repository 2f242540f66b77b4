"""Reading a Word .docx lecture with zipfile and ElementTree: headings, paragraphs, tables."""

from __future__ import annotations

import re
import zipfile
from collections.abc import Iterator
from pathlib import Path
from xml.etree import ElementTree

from assistant.core.errors import InputError
from assistant.core.outline.ingest import MAX_DOCX_PART_BYTES, Segment
from assistant.core.outline.lecture_errors import DocxDamaged, DocxProtected, DocxTooLarge

_HEADING_NAME = re.compile(r"^\s*heading\s*([1-9])\s*$", re.IGNORECASE)
_HEADING_ID = re.compile(r"^heading\s*([1-9])$", re.IGNORECASE)
_SKIPPED_IN_PARAGRAPH = frozenset({"txbxContent", "Fallback", "delText", "instrText"})


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _attr(element: ElementTree.Element, name: str) -> str | None:
    for key, value in element.attrib.items():
        if _local(key) == name:
            return value
    return None


def _child(element: ElementTree.Element, name: str) -> ElementTree.Element | None:
    for child in element:
        if _local(child.tag) == name:
            return child
    return None


def _docx_damaged(path: Path) -> InputError:
    return DocxDamaged(name=path.name)


def _docx_part(path: Path, archive: zipfile.ZipFile, name: str) -> ElementTree.Element | None:
    try:
        info = archive.getinfo(name)
    except KeyError:
        return None
    if info.file_size > MAX_DOCX_PART_BYTES:
        raise DocxTooLarge(name=path.name)
    try:
        return ElementTree.fromstring(archive.read(info))
    except (ElementTree.ParseError, zipfile.BadZipFile, OSError, ValueError):
        raise _docx_damaged(path) from None


def docx_segments(path: Path, data: bytes) -> tuple[str | None, list[Segment]]:
    if data.startswith(b"\xd0\xcf\x11\xe0"):
        raise DocxProtected(name=path.name)
    try:
        with zipfile.ZipFile(path) as archive:
            document = _docx_part(path, archive, "word/document.xml")
            styles = _docx_part(path, archive, "word/styles.xml")
            core = _docx_part(path, archive, "docProps/core.xml")
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, OSError):
        raise _docx_damaged(path) from None
    if document is None:
        raise _docx_damaged(path)
    body = _child(document, "body")
    levels = _style_levels(styles)
    segments = list(_docx_blocks(body, levels)) if body is not None else []
    title = None
    if core is not None:
        for element in core:
            if _local(element.tag) == "title" and (element.text or "").strip():
                title = (element.text or "").strip()
    return title, segments


def _style_levels(styles: ElementTree.Element | None) -> dict[str, int]:
    """Heading level of each paragraph style id, by name ("heading 1"), outline level or base."""
    if styles is None:
        return {}
    own: dict[str, int] = {}
    based_on: dict[str, str] = {}
    for style in styles:
        if _local(style.tag) != "style" or _attr(style, "type") not in (None, "paragraph"):
            continue
        style_id = _attr(style, "styleId")
        if not style_id:
            continue
        name_el = _child(style, "name")
        name = (_attr(name_el, "val") or "") if name_el is not None else ""
        match = _HEADING_NAME.match(name)
        if match:
            own[style_id] = int(match.group(1))
        elif name.strip().lower() == "title":
            own[style_id] = 1
        else:
            ppr = _child(style, "pPr")
            outline = _child(ppr, "outlineLvl") if ppr is not None else None
            level = _outline_level(outline)
            if level is not None:
                own[style_id] = level
        base = _child(style, "basedOn")
        if base is not None and (base_id := _attr(base, "val")):
            based_on[style_id] = base_id
    levels: dict[str, int] = {}
    for style_id in {*own, *based_on}:
        current: str | None = style_id
        for _ in range(10):  # basedOn chains are short; a cycle must not hang
            if current is None:
                break
            if current in own:
                levels[style_id] = own[current]
                break
            current = based_on.get(current)
    return levels


def _outline_level(element: ElementTree.Element | None) -> int | None:
    if element is None:
        return None
    value = _attr(element, "val")
    if value is None or not value.isdigit() or int(value) >= 9:  # 9 is "body text"
        return None
    return min(int(value) + 1, 6)


def _paragraph_level(paragraph: ElementTree.Element, levels: dict[str, int]) -> int:
    ppr = _child(paragraph, "pPr")
    if ppr is None:
        return 0
    direct = _outline_level(_child(ppr, "outlineLvl"))
    if direct is not None:
        return direct
    style = _child(ppr, "pStyle")
    style_id = (_attr(style, "val") or "") if style is not None else ""
    if not style_id:
        return 0
    if style_id in levels:
        return min(levels[style_id], 6)
    if match := _HEADING_ID.match(style_id):
        return min(int(match.group(1)), 6)
    return 1 if style_id.lower() == "title" else 0


def _paragraph_text(element: ElementTree.Element, parts: list[str]) -> None:
    for child in element:
        tag = _local(child.tag)
        if tag in _SKIPPED_IN_PARAGRAPH:
            continue
        if tag == "t":
            parts.append(child.text or "")
        elif tag == "tab":
            parts.append(" ")
        elif tag in ("br", "cr"):
            parts.append("\n")
        elif tag == "noBreakHyphen":
            parts.append("-")
        else:
            _paragraph_text(child, parts)


def _text_boxes(element: ElementTree.Element) -> Iterator[ElementTree.Element]:
    for child in element:
        tag = _local(child.tag)
        if tag == "Fallback":  # the same text box again, for old Word versions
            continue
        if tag == "txbxContent":
            yield child
        else:
            yield from _text_boxes(child)


def _docx_blocks(container: ElementTree.Element, levels: dict[str, int]) -> Iterator[Segment]:
    for child in container:
        tag = _local(child.tag)
        if tag == "p":
            parts: list[str] = []
            _paragraph_text(child, parts)
            text = "\n".join(line.strip() for line in "".join(parts).split("\n")).strip()
            if text:
                yield Segment(text, heading_level=_paragraph_level(child, levels))
            for box in _text_boxes(child):
                yield from _docx_blocks(box, levels)
        elif tag == "tbl":
            for row in child:
                if _local(row.tag) != "tr":
                    continue
                for cell in row:
                    if _local(cell.tag) != "tc":
                        continue
                    texts = [s.text for s in _docx_blocks(cell, levels)]
                    if texts:
                        yield Segment("\n".join(texts))
        elif tag in ("sdt", "sdtContent", "customXml", "smartTag", "ins"):
            yield from _docx_blocks(child, levels)
