"""`study-assistant notes ...`: the library from the command line."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from assistant.core.errors import InputError
from assistant.core.store.records import KINDS, SearchFilters

Handler = Callable[[argparse.Namespace], int]


def add_notes_parser(sub: Any) -> None:
    """The notes sub-commands."""
    notes = sub.add_parser("notes", help="the notes library: add, list, search, export, import")
    actions = notes.add_subparsers(dest="notes_command", metavar="ACTION", required=True)

    add = actions.add_parser("add", help="add a note (body from --file or stdin); prints its id")
    add.add_argument("--title", required=True)
    _add_place_options(add)
    add.add_argument("--tags", help="comma-separated tags")
    add.add_argument("--kind", choices=KINDS, default="note")
    add.add_argument("--file", type=Path, help="read the body from this file")

    lst = actions.add_parser("list", help="list notes, most recent first")
    _add_filter_options(lst)
    lst.add_argument("--json", action="store_true")

    show = actions.add_parser("show", help="one note")
    show.add_argument("id", type=int)
    show.add_argument("--json", action="store_true")

    delete = actions.add_parser("delete", help="delete a note")
    delete.add_argument("id", type=int)

    search = actions.add_parser("search", help="search titles, bodies and tags")
    search.add_argument("query")
    search.add_argument("--limit", type=int, default=20)
    _add_filter_options(search)
    search.add_argument("--json", action="store_true")

    export = actions.add_parser("export", help="export notes as Markdown, HTML, JSON or PDF")
    export.add_argument("--format", choices=["md", "html", "json", "pdf"], default="md")
    export.add_argument("--out", type=Path, required=True, help="folder (md) or file")
    _add_place_options(export)

    imp = actions.add_parser("import", help="import Markdown files or folders, or a JSON export")
    imp.add_argument("path", type=Path)


def _add_place_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--course")
    parser.add_argument("--lesson")


def _add_filter_options(parser: argparse.ArgumentParser) -> None:
    _add_place_options(parser)
    parser.add_argument("--tag")
    parser.add_argument("--kind", choices=KINDS)
    parser.add_argument("--since", help="updated on or after YYYY-MM-DD")
    parser.add_argument("--until", help="updated on or before YYYY-MM-DD")


@contextmanager
def library_db() -> Iterator[Any]:
    """The library database for one command (a recovery is reported on stderr); then closed."""
    from assistant.core.store.database import open_library

    library = open_library()
    if library.recovery is not None:
        print(f"study-assistant: {library.recovery.message()}", file=sys.stderr)
    try:
        yield library.db
    finally:
        library.close()


@contextmanager
def _store() -> Iterator[Any]:
    from assistant.core.store.notes import NotesStore

    with library_db() as db:
        yield NotesStore(db)


def _filters(args: argparse.Namespace) -> SearchFilters:
    return SearchFilters(
        course=args.course,
        lesson=args.lesson,
        tag=getattr(args, "tag", None),
        kind=getattr(args, "kind", None),
        since=getattr(args, "since", None),
        until=getattr(args, "until", None),
    )


def _emit(data: Any) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")


def read_text_file(path: Path) -> str:
    """A note body from a text file in UTF-8, GBK, Big5 or UTF-16 (core/text/)."""
    from assistant.core.text.file_decoding import decode_text

    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise InputError(f"Cannot read {path}: {exc.strerror}.") from exc
    return decode_text(raw, path.name)


def cmd_add(args: argparse.Namespace) -> int:
    body = read_text_file(args.file) if args.file else sys.stdin.read()
    tags = [t for t in (args.tags or "").split(",") if t.strip()]
    with _store() as store:
        note_id = store.add(
            args.title,
            body,
            kind=args.kind,
            course=args.course,
            lesson=args.lesson,
            tags=tags,
            source=args.file.name if args.file else None,
        )
    print(note_id)
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    with _store() as store:
        notes = store.list_notes(_filters(args))
    if args.json:
        _emit({"notes": [n.to_json() for n in notes]})
        return 0
    for n in notes:
        place = " / ".join(p for p in (n.course, n.lesson) if p)
        tags = f"  #{' #'.join(n.tags)}" if n.tags else ""
        print(
            f"{n.id:>5}  {n.updated[:10]}  {n.kind:<8} {n.title}"
            f"{'  [' + place + ']' if place else ''}{tags}"
        )
    return 0


def cmd_show(args: argparse.Namespace) -> int:
    with _store() as store:
        note = store.get(args.id)
    if args.json:
        _emit(note.to_json())
        return 0
    print(f"# {note.title}\n")
    details = [
        f"{k}: {v}"
        for k, v in (
            ("course", note.course),
            ("lesson", note.lesson),
            ("tags", ", ".join(note.tags)),
            ("kind", note.kind),
            ("updated", note.updated),
        )
        if v
    ]
    print("\n".join(details) + "\n")
    print(note.body)
    return 0


def cmd_delete(args: argparse.Namespace) -> int:
    with _store() as store:
        store.delete(args.id)
    print(f"deleted note {args.id}", file=sys.stderr)
    return 0


def cmd_search(args: argparse.Namespace) -> int:
    with _store() as store:
        results = store.search(args.query, _filters(args), limit=args.limit)
    if args.json:
        _emit({"query": args.query, "results": [r.to_json() for r in results]})
        return 0
    if not results:
        print(f"no notes match {args.query!r}", file=sys.stderr)
    for r in results:
        place = " / ".join(p for p in (r.course, r.lesson) if p)
        print(f"{r.id:>5}  {r.title}{'  [' + place + ']' if place else ''}")
        print(f"       {r.snippet}")
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from assistant.core.store import exchange

    filters = SearchFilters(course=args.course, lesson=args.lesson)
    with _store() as store:
        if args.format == "md":
            written = exchange.export_markdown(store, args.out, filters)
            print(f"exported {len(written)} notes", file=sys.stderr)
            target = args.out
        elif args.format == "html":
            target = exchange.export_html(store, args.out, filters)
        elif args.format == "json":
            target = exchange.export_json(store, args.out, filters)
        else:
            from assistant.ui.pdf_export import export_pdf

            target = export_pdf(exchange.render_html(store, filters), args.out)
    print(target)
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    from assistant.core.store import exchange

    with _store() as store:
        report = exchange.import_path(store, args.path)
    for error in report.errors:
        print(f"study-assistant: skipped: {error}", file=sys.stderr)
    print(f"added {report.added}, updated {report.updated}, unchanged {report.skipped}")
    return 0


NOTES_COMMANDS: dict[str, Handler] = {
    "add": cmd_add,
    "list": cmd_list,
    "show": cmd_show,
    "delete": cmd_delete,
    "search": cmd_search,
    "export": cmd_export,
    "import": cmd_import,
}
