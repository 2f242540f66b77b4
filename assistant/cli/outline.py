"""`study-assistant outline INPUT`: a lecture-note outline, in Markdown, 公文, Cornell or JSON."""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path
from typing import Any

from assistant.core.engine.events import Progress
from assistant.core.errors import StorageError


def add_outline_parser(sub: Any) -> None:
    """The outline sub-command."""
    parser = sub.add_parser("outline", help="a structured note outline of a lecture")
    parser.add_argument("input", help="a .txt/.md/.srt/.vtt/.docx/.pdf file, or '-' for stdin")
    parser.add_argument("--model", help="GGUF path, 'starter' or a model name")
    parser.add_argument("--ctx", type=int, help="context window in tokens")
    parser.add_argument("--threads", type=int, help="CPU threads (default: cores)")
    parser.add_argument(
        "--format", choices=["markdown", "gongwen", "cornell", "json"], default="markdown"
    )
    parser.add_argument("--json", action="store_true", help="the structured outline as JSON")
    parser.add_argument("--lang", choices=["auto", "zh", "vi", "en"], default="auto")
    parser.add_argument("--out", type=Path, help="write the outline here instead of stdout")
    parser.add_argument("--save", action="store_true", help="store it in the notes library")
    parser.add_argument("--course", help="course to save it under (with --save)")
    parser.add_argument("--lesson", help="lesson to save it under (with --save)")
    parser.add_argument("--max-tokens", type=int, help="longest answer per model pass")
    parser.add_argument(
        "--show-thinking", action="store_true", help="a reasoning model's thinking, on stderr"
    )


def cmd_outline(args: argparse.Namespace) -> int:
    """Read, outline, render, print or write, and optionally save."""
    from assistant.cli.local_model import chat_engine
    from assistant.core.outline.ingest import lecture_from_text, read_lecture
    from assistant.core.outline.pipeline import outline_lecture
    from assistant.core.outline.render import render
    from assistant.core.settings import Settings

    if args.input == "-":
        lecture = lecture_from_text(sys.stdin.read())
    else:
        lecture = read_lecture(Path(args.input))
    settings = Settings.load()
    started = time.monotonic()

    def progress(p: Progress) -> None:
        elapsed = time.monotonic() - started
        line = f"outline: {p.message} ({elapsed:.0f} s"
        if 0 < p.done < p.total:
            line += f", about {elapsed / p.done * (p.total - p.done):.0f} s to go"
        print(line + ")", file=sys.stderr)

    def think(text: str) -> None:
        sys.stderr.write(text)
        sys.stderr.flush()

    with chat_engine(args, settings) as engine:
        result = outline_lecture(
            engine,
            lecture,
            language=args.lang,
            max_tokens=args.max_tokens,
            report=progress,
            on_reasoning=think if args.show_thinking else lambda _text: None,
        )

    fmt = "json" if args.json else args.format
    if fmt == "json":
        text = json.dumps(result.to_json(lecture), ensure_ascii=False, indent=2) + "\n"
    else:
        text = render(result.outline, fmt)
    if args.save:
        note_id = _save(
            result, lecture, text if fmt != "json" else render(result.outline, "markdown"), args
        )
        print(f"outline: saved as note {note_id}", file=sys.stderr)
    if args.out:
        try:
            args.out.write_text(text, encoding="utf-8")
        except OSError as exc:
            raise StorageError(f"Cannot write {args.out}: {exc.strerror}.") from exc
        print(args.out)
    else:
        sys.stdout.write(text)
    return 0


def _save(result: Any, lecture: Any, body: str, args: argparse.Namespace) -> int:
    from assistant.core.store.database import open_library
    from assistant.core.store.notes import NotesStore

    library = open_library()
    try:
        return NotesStore(library.db).add(
            result.outline.title or lecture.title,
            body,
            kind="outline",
            course=args.course,
            lesson=args.lesson,
            source=lecture.source,
            model=result.model,
            params={"format": args.format, "lang": args.lang, "chunks": result.chunks},
        )
    finally:
        library.close()
