"""Export notes to Markdown files, one HTML file or JSON; import them back without duplicates."""

from __future__ import annotations

import dataclasses
import errno
import html
import json
import os
import re
import unicodedata
import uuid
import xml.etree.ElementTree as ET
from collections.abc import Iterable
from contextlib import suppress
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import markdown
from markdown.treeprocessors import Treeprocessor

from assistant.core.errors import InputError, StorageError
from assistant.core.store import frontmatter
from assistant.core.store.notes import NotesStore
from assistant.core.store.records import Note, SearchFilters, now_iso
from assistant.core.store.transactions import transaction
from assistant.core.text.file_decoding import decode_text

JSON_FORMAT = "study-assistant-notes"
JSON_VERSION = 1
MARKDOWN_SUFFIXES = (".md", ".markdown", ".txt")
MAX_NAME_CHARS = 120
# ext4 and most Linux file systems allow 255 bytes per name; a CJK character takes 3.
MAX_NAME_BYTES = 240
_UNSAFE_CHARS = re.compile(r'[<>:"/\\|?*\x00-\x1f\x7f]')
_RESERVED = {"CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$"} | {
    f"{port}{n}" for port in ("COM", "LPT") for n in [*"123456789", "¹", "²", "³"]
}


# -- writing files ------------------------------------------------------------------------------


def safe_filename(title: str, suffix: str = "", taken: set[str] | None = None) -> str:
    """A file name for title that works on Windows and Linux, unique among taken (casefolded)."""
    name = unicodedata.normalize("NFC", " ".join(title.split()))
    name = _UNSAFE_CHARS.sub("_", name).strip(". ") or "Untitled"
    if name.split(".")[0].rstrip(" ").upper() in _RESERVED:
        head, dot, rest = name.partition(".")
        name = f"{head}_{dot}{rest}"
    candidate, number = _fit(name, suffix, ""), 1
    while taken is not None and candidate.casefold() in taken:
        number += 1
        candidate = _fit(name, suffix, f" ({number})")
    if taken is not None:
        taken.add(candidate.casefold())
    return candidate


def _fit(stem: str, suffix: str, counter: str) -> str:
    """stem + counter + suffix, the stem shortened to the character and byte limits."""
    room = MAX_NAME_CHARS - len(suffix) - len(counter)
    stem = stem[: max(room, 1)]
    budget = MAX_NAME_BYTES - len((suffix + counter).encode())
    while len(stem) > 1 and len(stem.encode()) > budget:
        stem = stem[:-1]
    return (stem.rstrip(". ") or "_") + counter + suffix


def write_atomic(path: Path, data: bytes) -> None:
    """Write data to path in one step: readers see the old file or the new one, never half."""
    tmp = path.with_name(f".{uuid.uuid4().hex[:12]}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with open(tmp, "wb") as file:
            file.write(data)
            file.flush()
            os.fsync(file.fileno())  # a full disk may only say so here
        os.replace(tmp, path)
    except OSError as exc:
        raise _write_error(path, exc) from exc
    finally:
        with suppress(OSError):
            tmp.unlink(missing_ok=True)


def _write_error(path: Path, exc: OSError) -> StorageError:
    if exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
        return StorageError(
            f"The disk is full, so {path} could not be written; nothing was left half-written. "
            "Free some space and export again."
        )
    if isinstance(exc, PermissionError) or exc.errno == errno.EROFS:
        return StorageError(
            f"{path} could not be written: the folder is read-only or you lack permission. "
            "Choose a folder you can write to."
        )
    return StorageError(f"{path} could not be written ({exc.strerror or exc}).")


def _output_file(dest: Path, default_name: str) -> Path:
    """dest itself, or default_name inside dest when dest is an existing folder."""
    dest = Path(dest)
    return dest / default_name if dest.is_dir() else dest


# -- export -------------------------------------------------------------------------------------


def export_markdown(
    store: NotesStore, dest_dir: Path, filters: SearchFilters | None = None
) -> list[Path]:
    """One Markdown file with front matter per note, in dest/<course>/<lesson>/<title>.md."""
    dest_dir = Path(dest_dir)
    taken: dict[Path, set[str]] = {}  # names used per folder, casefolded (Windows ignores case)
    folders: dict[tuple[Path, str], Path] = {}
    written: list[Path] = []
    for note in store.iter_notes(filters):
        folder = dest_dir
        for part in (note.course, note.lesson if note.course else None):
            if part:
                # One folder per course (lesson), even when two names clean to the same text.
                key = (folder, part)
                if key not in folders:
                    used = taken.setdefault(folder, set())
                    folders[key] = folder / safe_filename(part, "", used)
                folder = folders[key]
        path = folder / safe_filename(note.title, ".md", taken.setdefault(folder, set()))
        write_atomic(path, note_markdown(note).encode("utf-8"))
        written.append(path)
    return written


def note_markdown(note: Note) -> str:
    """A note as Markdown with front matter (what export_markdown writes)."""
    skip = ("id", "title", "body")
    fields = {"title": note.title, **{k: v for k, v in note.to_json().items() if k not in skip}}
    return frontmatter.dump(fields) + "\n" + note.body


def export_json(store: NotesStore, dest: Path, filters: SearchFilters | None = None) -> Path:
    """All matching notes in one JSON file of our export format."""
    path = _output_file(dest, "notes.json")
    document = {
        "format": JSON_FORMAT,
        "version": JSON_VERSION,
        "exported": now_iso(),
        "notes": [note.to_json() for note in store.iter_notes(filters)],
    }
    write_atomic(path, json.dumps(document, ensure_ascii=False, indent=1).encode("utf-8"))
    return path


@dataclass(frozen=True)
class ExportTexts:
    """The words an HTML or PDF export writes around the notes, in the reader's language.

    Core has no translations: the CLI uses these English defaults, the app passes its own.
    """

    title: str = "Study notes"
    contents: str = "Contents"
    one_note: str = "1 note · exported {date}"
    many_notes: str = "{count} notes · exported {date}"

    def summary(self, count: int, date: str) -> str:
        """The line under the title: how many notes, exported when."""
        text = self.one_note if count == 1 else self.many_notes
        return text.format(count=count, date=date)


def export_html(
    store: NotesStore,
    dest: Path,
    filters: SearchFilters | None = None,
    texts: ExportTexts | None = None,
) -> Path:
    """All matching notes in one self-contained HTML file with a table of contents."""
    path = _output_file(dest, "notes.html")
    write_atomic(path, render_html(store, filters, texts=texts).encode("utf-8"))
    return path


# Model output is untrusted: raw HTML stays text, links keep safe schemes, images never load.
_SAFE_SCHEMES = ("http", "https", "mailto")
_SCHEME = re.compile(r"^([a-z][a-z0-9+.-]*):")
_DATA_IMAGE = re.compile(r"^data:image/(png|jpeg|gif|webp);", re.IGNORECASE)


class _SafeTree(Treeprocessor):
    """Shifts body headings below the note title, disarms links and keeps images offline."""

    def run(self, root: ET.Element) -> None:
        """Rewrite the element tree in place."""
        for el in root.iter():
            if re.fullmatch(r"h[1-6]", el.tag):
                el.tag = f"h{min(int(el.tag[1]) + 2, 6)}"
            elif el.tag == "a" and not _safe_url(el.get("href", "")):
                el.attrib.pop("href", None)
            elif el.tag == "img" and not _DATA_IMAGE.match(el.get("src", "")):
                src, alt = el.get("src", ""), el.get("alt", "")
                el.tag, el.text = "a", f"[{alt or 'image'}]"
                el.attrib.clear()
                if _safe_url(src):
                    el.set("href", src)


def _safe_url(url: str) -> bool:
    # Browsers ignore whitespace and control characters inside a scheme ("java\nscript:").
    scheme = _SCHEME.match("".join(c for c in url if c > " ").lower())
    return scheme is None or scheme.group(1) in _SAFE_SCHEMES


def markdown_renderer() -> markdown.Markdown:
    """A Markdown converter that shows raw HTML as text and loads nothing from outside."""
    md = markdown.Markdown(extensions=["fenced_code", "tables", "sane_lists"])
    md.preprocessors.deregister("html_block")
    md.inlinePatterns.deregister("html")
    md.treeprocessors.register(_SafeTree(md), "study_assistant_safe", 1)
    return md


# Latin/Vietnamese fonts first, then CJK ones: CJK fonts' Latin glyphs look cramped, and Qt's PDF
# writer loses the digits of some CJK fonts from the text layer (copy/search).
FONT_STACK = (
    '"Segoe UI", Arial, "Noto Sans", "DejaVu Sans", "Microsoft YaHei", "PingFang SC", '
    '"Hiragino Sans GB", "Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Micro Hei", '
    "sans-serif"
)
MONO_STACK = (
    'Consolas, "DejaVu Sans Mono", "Liberation Mono", "Courier New", "Noto Sans Mono CJK SC", '
    '"Microsoft YaHei", monospace'
)
_CSS = f"""
body {{ font-family: {FONT_STACK}; font-size: 11pt; line-height: 1.6; color: #1d1d1f;
  max-width: 46em; margin: 2em auto; padding: 0 1em; }}
h1 {{ font-size: 20pt; margin-bottom: 0.2em; }}
h2 {{ font-size: 15pt; margin-top: 1.6em; border-bottom: 1px solid #cccccc; }}
p {{ margin: 0.4em 0; }}
.toc p {{ margin: 0.15em 0; }}
h3 {{ font-size: 13pt; }} h4, h5, h6 {{ font-size: 11pt; }}
.meta {{ color: #666666; font-size: 9pt; }}
h2.first {{ page-break-before: always; }}  /* notes start on a new page after the contents */
.group {{ font-weight: bold; margin-top: 0.8em; }}
pre {{ background: #f4f4f4; padding: 0.6em; white-space: pre-wrap; }}
pre, code {{ font-family: {MONO_STACK}; font-size: 9.5pt; background: #f4f4f4; }}
table {{ border-collapse: collapse; }}
th, td {{ border: 1px solid #bbbbbb; padding: 3px 6px; }}
blockquote {{ color: #555555; border-left: 3px solid #cccccc; margin: 0.4em 0 0.4em 1.2em;
  padding-left: 0.8em; }}
"""


def render_html(
    store: NotesStore,
    filters: SearchFilters | None = None,
    title: str | None = None,
    texts: ExportTexts | None = None,
) -> str:
    """The self-contained HTML document export_html writes (and the PDF export prints).

    title (default: texts.title) heads the document; texts give the words around the notes.
    """
    texts = texts or ExportTexts()
    title = title or texts.title
    notes = _grouped(store.iter_notes(filters))
    md = markdown_renderer()
    esc = html.escape
    toc: list[str] = []
    parts: list[str] = []
    group: tuple[str | None, str | None] = ("", "")
    for index, note in enumerate(notes, start=1):
        place = (note.course, note.lesson)
        if place != group and (note.course or note.lesson):
            toc.append(f'<p class="group">{esc(" › ".join(p for p in place if p))}</p>')
        group = place
        toc.append(f'<p><a href="#note-{index}">{esc(note.title)}</a></p>')
        meta = [" › ".join(p for p in place if p), note.updated[:10], ", ".join(note.tags)]
        md.reset()
        first = ' class="first"' if index == 1 else ""
        # Qt's PDF layout shows the newline before </code></pre> as an empty line; browsers don't.
        body = md.convert(note.body).replace("\n</code></pre>", "</code></pre>")
        parts.append(
            f'<div class="note" lang="{_lang(note.title + note.body[:2000])}">'
            f'<h2 id="note-{index}"{first}>'
            f'<a name="note-{index}"></a>{esc(note.title)}</h2>'
            f'<p class="meta">{esc(" · ".join(m for m in meta if m))}</p>'
            f"{body}</div>"
        )
    sample = " ".join(n.title + n.body[:500] for n in notes[:50])
    summary = texts.summary(len(notes), now_iso()[:10])
    return (
        f'<!DOCTYPE html>\n<html lang="{_lang(sample)}">\n<head>\n<meta charset="utf-8">\n'
        f'<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{esc(title)}</title>\n<style>{_CSS}</style>\n</head>\n<body>\n"
        f'<h1>{esc(title)}</h1>\n<p class="meta">{esc(summary)}</p>\n'
        f'<div class="toc" id="toc"><h2>{esc(texts.contents)}</h2>\n{chr(10).join(toc)}\n</div>\n'
        f"{chr(10).join(parts)}\n</body>\n</html>\n"
    )


def _grouped(notes: Iterable[Note]) -> list[Note]:
    """Notes of one course and lesson together, in the order each course first appears."""
    ordered = list(notes)
    first: dict[tuple[str | None, str | None], int] = {}
    for i, note in enumerate(ordered):
        first.setdefault((note.course, None), i)
        first.setdefault((note.course, note.lesson), i)
    return sorted(ordered, key=lambda n: (first[(n.course, None)], first[(n.course, n.lesson)]))


def _lang(text: str) -> str:
    """A BCP 47 tag for text: Chinese, Vietnamese or English, by counting telltale letters."""
    cjk = len(re.findall(r"[\u3400-\u9fff]", text))
    viet = len(re.findall(r"[ăâđêôơưĂÂĐÊÔƠƯ\u1ea0-\u1ef9]", text))
    if cjk and cjk >= viet:
        return "zh-CN"
    return "vi" if viet else "en"


# -- import -------------------------------------------------------------------------------------


@dataclass
class ImportReport:
    """What an import did: notes added, updated, skipped as already there, and problems."""

    added: int = 0
    updated: int = 0
    skipped: int = 0
    errors: list[str] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        """The report as a JSON-safe dict."""
        return dataclasses.asdict(self)


def import_path(store: NotesStore, path: Path) -> ImportReport:
    """Import a JSON export, a Markdown/text file, or a folder of Markdown files."""
    path = Path(path)
    importer = _Importer(store)
    if path.is_dir():
        files = sorted(
            p
            for p in path.rglob("*")
            if p.suffix.lower() in (".md", ".markdown")
            and p.is_file()
            and not any(part.startswith(".") for part in p.relative_to(path).parts)
        )
        if not files:
            raise InputError(f"{path} holds no Markdown (.md) files to import.")
        for file in files:
            folders = file.relative_to(path).parts[:-1]
            importer.markdown_file(file, folders if 1 <= len(folders) <= 2 else ())
    elif not path.exists():
        raise InputError(f"{path} does not exist.")
    elif path.suffix.lower() == ".json":
        importer.json_file(path)
    elif path.suffix.lower() in MARKDOWN_SUFFIXES:
        importer.markdown_file(path, (), single=True)
    else:
        raise InputError(
            f"{path.name} cannot be imported: use a .json export, a .md/.markdown/.txt file "
            "or a folder of .md files."
        )
    return importer.report


def read_text(path: Path) -> str:
    """A text file's content in whatever encoding an office PC saved it (core/text/)."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"{path} could not be read ({exc.strerror or exc}).") from exc
    return decode_text(data, path.name)


def _iso(value: Any) -> str | None:
    """A timestamp in the store's format (UTC, microseconds), or None if value is not one."""
    if not isinstance(value, str) or not value.strip():
        return None
    try:
        stamp = datetime.fromisoformat(value.strip())
    except ValueError:
        return None
    if stamp.tzinfo is None:
        stamp = stamp.replace(tzinfo=UTC)
    return stamp.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def _text(value: Any) -> str | None:
    """value as a stripped string, None when it is missing or blank."""
    if value is None or value == []:
        return None
    return str(value).strip() or None


class _Importer:
    """Adds or updates notes one at a time, keeping the report and skipping duplicates."""

    def __init__(self, store: NotesStore) -> None:
        self.store = store
        self.report = ImportReport()
        self._contents: set[tuple[str, str]] | None = None

    def json_file(self, path: Path) -> None:
        """Import every note of a JSON export."""
        try:
            document = json.loads(read_text(path))
        except ValueError as exc:
            raise InputError(f"{path.name} is not valid JSON ({exc}).") from exc
        if not isinstance(document, dict) or document.get("format") != JSON_FORMAT:
            raise InputError(f"{path.name} is not a Study Assistant notes export.")
        version = document.get("version")
        if not isinstance(version, int) or version < 1:
            raise InputError(f"{path.name} has no valid format version; it is not our export.")
        if version > JSON_VERSION:
            raise InputError(
                f"{path.name} was exported by a newer Study Assistant (format version "
                f"{version}); update the app to import it."
            )
        notes = document.get("notes")
        if not isinstance(notes, list):
            raise InputError(f"{path.name} has no list of notes.")
        for number, entry in enumerate(notes, start=1):
            if not isinstance(entry, dict) or not isinstance(entry.get("body", ""), str):
                self.report.errors.append(f"{path.name}: note {number} is not a note.")
                continue
            self._import(f"{path.name}: note {number}", entry)

    def markdown_file(self, path: Path, folders: tuple[str, ...], single: bool = False) -> None:
        """Import one Markdown or text file; folders give the course and lesson if it has none."""
        try:
            text = read_text(path)
        except InputError as exc:
            if single:
                raise
            self.report.errors.append(str(exc))
            return
        fields, body = frontmatter.split(text)
        if not _text(fields.get("title")):
            heading = re.search(r"^#\s+(.+?)\s*#*\s*$", body, re.MULTILINE)
            fields["title"] = heading.group(1) if heading else path.stem
        if "course" not in fields and folders:
            fields["course"], fields["lesson"] = folders[0], (folders[1:] or [None])[0]
        tags = fields.get("tags")
        if isinstance(tags, str):
            fields["tags"] = [t for t in re.split(r"[,，]", tags) if t.strip()]
        fields["body"] = body
        self._import(str(path), fields)

    def _import(self, name: str, entry: dict[str, Any]) -> None:
        """Add the note, update the stored one if this is newer, or skip it as already there."""
        body = str(entry.get("body") or "")
        # Like NotesStore.add: an empty title becomes the body's first line.
        first_line = next((ln.strip("# ").strip() for ln in body.splitlines() if ln.strip()), "")
        title = " ".join(str(entry.get("title") or "").split()) or first_line[:80] or "Untitled"
        uid = _text(entry.get("uid"))
        tags = entry.get("tags") or []
        fields: dict[str, Any] = {
            "title": title,
            "body": body,
            "kind": _text(entry.get("kind")) or "note",
            "course": _text(entry.get("course")),
            "lesson": _text(entry.get("lesson")) if _text(entry.get("course")) else None,
            "tags": [str(t) for t in tags] if isinstance(tags, list) else [str(tags)],
        }
        extra: dict[str, Any] = {
            "source": _text(entry.get("source")),
            "model": _text(entry.get("model")),
            "params": entry.get("params") if isinstance(entry.get("params"), dict) else None,
        }
        created, updated = _iso(entry.get("created")), _iso(entry.get("updated"))
        try:
            existing = self.store.find_uid(uid) if uid else None
            if existing is not None:
                if updated is None or updated <= self.store.get(existing).updated:
                    self.report.skipped += 1
                    return
                self.store.update(existing, **fields)
                self._restore_stamp(existing, updated, extra)
                self.report.updated += 1
            elif uid is None and (title, body) in self._known_contents():
                self.report.skipped += 1
            else:
                self.store.add(**fields, **extra, uid=uid, created=created, updated=updated)
                self._known_contents().add((title, body))
                self.report.added += 1
        except (InputError, StorageError) as exc:
            self.report.errors.append(f"{name}: {exc}")

    def _known_contents(self) -> set[tuple[str, str]]:
        if self._contents is None:
            self._contents = {(n.title, n.body) for n in self.store.iter_notes()}
        return self._contents

    def _restore_stamp(self, note_id: int, updated: str, extra: dict[str, Any]) -> None:
        # NotesStore.update stamps "now" and cannot set source/model/params; an import keeps
        # the file's own values so that importing the same file again finds nothing newer.
        params = extra["params"]
        values = [updated, extra["source"], extra["model"], params and json.dumps(params)]
        with transaction(self.store.db):
            self.store.db.execute(
                "UPDATE notes SET updated = ?, source = ?, model = ?, params = ? WHERE id = ?",
                [*values, note_id],
            )
