"""Reading a lecture into segments: pasted text, .txt/.md, .srt/.vtt, .docx, .pptx and .pdf.

Everything here is plain Python (zipfile + ElementTree for .docx, pypdf for .pdf) so the core
stays Qt-free. Every failure the user can fix is an InputError naming the file and what to do.
"""

from __future__ import annotations

import html
import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from assistant.core.errors import FileUnreadable, InputError
from assistant.core.outline.lecture_errors import (
    LectureEmpty,
    LectureFileEmpty,
    LectureFileMissing,
    LectureIsFolder,
    LectureIsPdf,
    LectureIsZip,
    LectureNoExtension,
    LectureNoPermission,
    LectureNoText,
    LectureOldOfficeFile,
    LectureTooLarge,
    LectureTypeUnsupported,
)
from assistant.core.text.file_decoding import decode_text, normalise_newlines
from assistant.core.text.language import detect_language

TEXT_SUFFIXES = (".txt", ".md", ".markdown")
SUBTITLE_SUFFIXES = (".srt", ".vtt")
SUPPORTED_SUFFIXES = (*TEXT_SUFFIXES, *SUBTITLE_SUFFIXES, ".docx", ".pptx", ".pdf")
MAX_FILE_BYTES = 50 * 1024 * 1024
# A .docx part that inflates beyond this is a zip bomb, not a lecture.
MAX_DOCX_PART_BYTES = 200 * 1024 * 1024
# Fewer non-space characters than this over all pages means the PDF is scanned images.
MIN_PDF_TEXT_CHARS = 20
# Subtitles: a pause this long (seconds) or a paragraph this long starts a new paragraph.
SUBTITLE_GAP_S = 4.0
SUBTITLE_SOFT_CHARS = 400  # break here at a sentence end
SUBTITLE_HARD_CHARS = 700  # break here even mid-sentence (auto-captions have no punctuation)
# Language detection reads a sample; a whole 50 MB transcript would take seconds for no gain.
LANGUAGE_SAMPLE_CHARS = 100_000

PASTED = "pasted text"
_SENTENCE_END = frozenset("。！？.!?")
_CLOSERS = "\"'”’)）」』】》"


@dataclass(frozen=True)
class Segment:
    """A paragraph or heading of the lecture, in order."""

    text: str
    heading_level: int = 0  # 1-6 for headings, 0 for body text
    start_s: float | None = None  # subtitles: when this segment starts in the recording
    # Subtitles: (offset in text, seconds) where each cue line starts; the segmenter finds
    # markers ("第二步") at cue starts, which auto-captions do not end with punctuation.
    cue_starts: tuple[tuple[int, float], ...] = field(default=(), compare=False)


# A first line this long at most (characters) can be the lecture's title.
TITLE_LINE_CHARS = {"zh": 40, "other": 120}


@dataclass(frozen=True)
class Lecture:
    """A lecture read from pasted text or a file, split into segments."""

    title: str
    segments: tuple[Segment, ...]
    source: str  # file name or "pasted text"
    language: str  # "zh" | "vi" | "en"

    @property
    def text(self) -> str:
        """The segments joined with blank lines, headings as Markdown "#" lines."""
        return "\n\n".join(
            f"{'#' * s.heading_level} {s.text}" if s.heading_level else s.text
            for s in self.segments
        )

    @property
    def cue_text(self) -> str:
        """The text with each subtitle cue on a line of its own. A caption without punctuation
        ends a clause where its cue ends: a copy that stops there is not cut."""
        return "\n\n".join(
            f"{'#' * s.heading_level} {s.text}" if s.heading_level else _cue_lines(s)
            for s in self.segments
        )

    @property
    def has_own_title(self) -> bool:
        """Whether the title is one of the lecture's headings (not a file name or first line)."""
        plain = self.title.rstrip("…")
        return any(
            s.heading_level and " ".join(s.text.split()).startswith(plain) for s in self.segments
        )

    @property
    def title_line(self) -> str | None:
        """The lecture's first line when it is a title ("Riverside Secondary School – staff
        meeting, Tuesday 3:45 pm"): a paragraph of one short line, no sentence end, before the
        rest of a written text (not a subtitle cue, not a heading: has_own_title covers those)."""
        first = self.segments[0]
        text = first.text.strip()
        short = TITLE_LINE_CHARS["zh" if self.language == "zh" else "other"]
        if len(self.segments) < 2 or first.heading_level or first.start_s is not None:
            return None
        if "\n" in text or len(text) > short or text.endswith(tuple("。！？；.!?;:：，,")):
            return None
        return text

    @property
    def chars(self) -> int:
        """Length of the lecture's text in characters."""
        return len(self.text)


# --- building a Lecture -------------------------------------------------------------------------


def _make_lecture(segments: Iterable[Segment], source: str, title: str | None) -> Lecture:
    segs = tuple(
        Segment(clean, s.heading_level, s.start_s, _shifted(s, clean))
        for s in segments
        if (clean := unicodedata.normalize("NFC", s.text).strip())
    )
    if not segs:
        if source == PASTED:
            raise LectureEmpty()
        raise LectureNoText(source=source)
    if not title:
        title = next((s.text for s in segs if s.heading_level), None)
    if not title:
        title = segs[0].text.split("\n", 1)[0] if source == PASTED else Path(source).stem
    title = " ".join(title.split())
    if len(title) > 120:
        title = title[:119] + "…"
    sample = "\n".join(s.text for s in segs)[:LANGUAGE_SAMPLE_CHARS]
    return Lecture(title=title, segments=segs, source=source, language=detect_language(sample))


def _shifted(segment: Segment, clean: str) -> tuple[tuple[int, float], ...]:
    """Cue offsets after the segment's text was normalised and stripped (NFC keeps lengths of
    subtitle text in practice; offsets past the end are dropped)."""
    lead = len(segment.text) - len(segment.text.lstrip())
    return tuple((at - lead, t) for at, t in segment.cue_starts if 0 <= at - lead < len(clean))


def lecture_from_text(text: str, source: str = PASTED) -> Lecture:
    """A lecture from plain or Markdown text: paragraphs on blank lines, "#" lines as headings."""
    return _make_lecture(_text_segments(text), source, None)


def read_lecture(path: Path) -> Lecture:
    """Read a lecture file by its suffix: .txt .md .markdown .srt .vtt .docx .pdf."""
    path = Path(path)
    suffix = path.suffix.lower()
    if path.is_dir():
        raise LectureIsFolder(path=str(path))
    if suffix not in SUPPORTED_SUFFIXES:
        raise _unsupported(path)
    data = _read_bytes(path)
    if suffix in TEXT_SUFFIXES:
        text = _decode_file(path, data)
        return _make_lecture(_text_segments(text, markdown=suffix != ".txt"), path.name, None)
    if suffix in SUBTITLE_SUFFIXES:
        return _make_lecture(_subtitle_segments(_decode_file(path, data)), path.name, None)
    # The readers import Segment from here, so they are imported when needed.
    if suffix == ".pptx":
        from assistant.core.outline.pptx_reader import pptx_segments

        title, segments = pptx_segments(path)
        return _make_lecture(segments, path.name, title)
    if suffix == ".docx":
        from assistant.core.outline.docx_reader import docx_segments

        title, segments = docx_segments(path, data)
        return _make_lecture(segments, path.name, title)
    from assistant.core.outline.pdf_reader import pdf_segments

    title, segments = pdf_segments(path)
    return _make_lecture(segments, path.name, title)


def read_text_file(path: Path) -> str:
    """The decoded text of a text file (any supported encoding), line ends normalised to "\\n"."""
    path = Path(path)
    return _decode_file(path, _read_bytes(path))


def _unsupported(path: Path) -> InputError:
    suffix = path.suffix.lower()
    if not suffix:
        return LectureNoExtension(name=path.name)
    if suffix in (".doc", ".wps", ".rtf"):
        return LectureOldOfficeFile(name=path.name, suffix=suffix)
    return LectureTypeUnsupported(name=path.name, suffix=suffix)


def _read_bytes(path: Path) -> bytes:
    try:
        if path.is_dir():
            raise LectureIsFolder(path=str(path))
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise LectureTooLarge(
                name=path.name,
                size_mb=size // (1024 * 1024),
                limit_mb=MAX_FILE_BYTES // (1024 * 1024),
            )
        if size == 0:
            raise LectureFileEmpty(name=path.name)
        return path.read_bytes()
    except FileNotFoundError:
        raise LectureFileMissing(path=str(path)) from None
    except PermissionError:
        raise LectureNoPermission(path=str(path)) from None
    except OSError as exc:
        raise FileUnreadable(path=str(path), reason=exc.strerror or str(exc)) from None


def _decode_file(path: Path, data: bytes) -> str:
    if data.startswith(b"%PDF-"):
        raise LectureIsPdf(name=path.name)
    if data.startswith(b"PK\x03\x04"):
        raise LectureIsZip(name=path.name)
    text = decode_text(data, path.name)
    if not text.strip():
        raise LectureFileEmpty(name=path.name)
    return text


# --- text and Markdown --------------------------------------------------------------------------

_ATX_HEADING = re.compile(r"^ {0,3}(#{1,6})[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$")
_SETEXT_UNDERLINE = re.compile(r"^ {0,3}(=+|-+)[ \t]*$")
_FENCE = re.compile(r"^ {0,3}(```|~~~)")


def _text_segments(text: str, markdown: bool = True) -> Iterator[Segment]:
    lines = normalise_newlines(text).split("\n")
    paragraph: list[str] = []
    in_fence = False
    for line in lines:
        line = line.rstrip()
        if _FENCE.match(line):
            in_fence = not in_fence
            paragraph.append(line)
            continue
        if in_fence:
            paragraph.append(line)
            continue
        heading = _ATX_HEADING.match(line)
        if heading and heading.group(2).strip():
            if paragraph:
                yield Segment("\n".join(paragraph))
                paragraph = []
            yield Segment(heading.group(2).strip(), heading_level=len(heading.group(1)))
            continue
        underline = _SETEXT_UNDERLINE.match(line) if markdown else None
        if underline and len(paragraph) == 1 and paragraph[0].strip():
            # "Title\n=====" (level 1) or "Title\n-----" (level 2).
            level = 1 if underline.group(1)[0] == "=" else 2
            yield Segment(paragraph[0].strip(), heading_level=level)
            paragraph = []
            continue
        if not line.strip():
            if paragraph:
                yield Segment("\n".join(paragraph))
                paragraph = []
            continue
        paragraph.append(line)
    if paragraph:
        yield Segment("\n".join(paragraph))


# --- subtitles ----------------------------------------------------------------------------------

_TIME = r"(?:(\d+):)?(\d{1,2}):(\d{2})(?:[.,:](\d{1,3}))?"
_CUE_TIMING = re.compile(rf"^\s*{_TIME}\s*-->\s*{_TIME}")
_TAG = re.compile(r"<[^>\n]*>")
_ASS_TAG = re.compile(r"\{\\[^}]*\}")


def _seconds(h: str | None, m: str, s: str, frac: str | None) -> float:
    seconds = int(h or 0) * 3600 + int(m) * 60 + int(s)
    return seconds + (int(frac.ljust(3, "0")) / 1000 if frac else 0.0)


@dataclass
class _Cue:
    start: float
    end: float
    lines: list[str]


def _parse_cues(text: str) -> list[_Cue]:
    cues: list[_Cue] = []
    current: _Cue | None = None
    for raw in text.split("\n"):
        timing = _CUE_TIMING.match(raw)
        if timing:
            if current and current.lines and current.lines[-1].strip().isdigit():
                current.lines.pop()  # an SRT cue number with no blank line before it
            g = timing.groups()
            current = _Cue(_seconds(*g[:4]), _seconds(*g[4:]), [])
            cues.append(current)
        elif not raw.strip():
            current = None  # a blank line ends a cue; WEBVTT, NOTE and STYLE blocks fall outside
        elif current is not None:
            current.lines.append(raw)
    return cues


def _clean_cue_line(line: str) -> str:
    line = _ASS_TAG.sub("", _TAG.sub("", line))
    return " ".join(html.unescape(line).split())


def _is_cjk_boundary(ch: str) -> bool:
    cp = ord(ch)
    return (
        0x2E80 <= cp <= 0x9FFF
        or 0xF900 <= cp <= 0xFAFF
        or 0xFF00 <= cp <= 0xFFEF
        or 0x20000 <= cp <= 0x3134F
    )


def _cue_lines(segment: Segment) -> str:
    text, lines, last = segment.text, [], 0
    for at, _ in segment.cue_starts:
        if at > last:
            lines.append(text[last:at].rstrip(" "))
            last = at
    return "\n".join([*lines, text[last:]])


def _join(left: str, right: str) -> str:
    if not left:
        return right
    if _is_cjk_boundary(left[-1]) or _is_cjk_boundary(right[0]):
        return left + right
    return f"{left} {right}"


def _ends_sentence(text: str) -> bool:
    stripped = text.rstrip().rstrip(_CLOSERS)
    return bool(stripped) and (stripped[-1] in _SENTENCE_END or stripped.endswith("…"))


def _subtitle_segments(text: str) -> list[Segment]:
    segments: list[Segment] = []
    paragraph = ""
    start: float | None = None
    cues: list[tuple[int, float]] = []
    previous_line = ""
    previous_end: float | None = None
    for cue in _parse_cues(text):
        for raw in cue.lines:
            line = _clean_cue_line(raw)
            if not line or line == previous_line:
                continue  # auto-captions repeat each line in the next cue
            previous_line = line
            gap = previous_end is not None and cue.start - previous_end > SUBTITLE_GAP_S
            long = len(paragraph) >= SUBTITLE_HARD_CHARS or (
                len(paragraph) >= SUBTITLE_SOFT_CHARS and _ends_sentence(paragraph)
            )
            if paragraph and (gap or long):
                segments.append(Segment(paragraph, start_s=start, cue_starts=tuple(cues)))
                paragraph, cues = "", []
            if not paragraph:
                start = cue.start
            joined = _join(paragraph, line)
            cues.append((len(joined) - len(line), cue.start))
            paragraph = joined
        if cue.lines:
            previous_end = max(cue.end, previous_end or 0.0)
    if paragraph:
        segments.append(Segment(paragraph, start_s=start, cue_starts=tuple(cues)))
    return segments
