"""`study-assistant ask --library`: an answer from the library's passages, with its sources."""

from __future__ import annotations

import argparse
import json
import sys
import time
from dataclasses import replace

from assistant.core.engine.events import Done, Failed, Token
from assistant.core.errors import InputError, ModelError
from assistant.core.settings import Settings


def add_library_options(ask: argparse.ArgumentParser) -> None:
    """The ask command's options for answering from the library."""
    ask.add_argument(
        "--library", action="store_true", help="answer from your notes, citing them [1] [2]"
    )
    ask.add_argument("--course", help="with --library: only this course's notes")
    ask.add_argument("--lesson", help="with --library: only this lesson's notes (needs --course)")
    ask.add_argument(
        "--allow-general",
        action="store_true",
        help="with --library: when no note matches, answer from general knowledge, marked so",
    )


def cmd_ask_library(args: argparse.Namespace, question: str) -> int:
    """Answer question from the library; --json adds the numbered sources."""
    from assistant.cli.local_model import chat_engine
    from assistant.cli.models import byte_progress
    from assistant.core.store.database import open_library
    from assistant.core.study.ask import (
        ANSWER_TOKENS,
        answer_events,
        cited_sources,
        library_sampling,
        prepare_library_prompt,
    )

    if args.lesson and not args.course:
        raise InputError("A lesson belongs to a course: give the course too (--course).")
    settings = Settings.load()
    sampling = library_sampling(seed=args.seed)
    if args.temperature is not None:
        sampling = replace(sampling, temperature=args.temperature)
    if args.max_tokens:
        sampling = replace(sampling, max_tokens=args.max_tokens)
    answer_tokens = sampling.max_tokens or ANSWER_TOKENS
    library = open_library()
    try:
        with chat_engine(args, settings, byte_progress("assembling")) as engine:
            loaded = engine.loaded
            n_ctx = loaded.n_ctx if loaded else 4096
            asked = time.monotonic()
            prepared = prepare_library_prompt(
                library.db,
                question,
                lambda messages: engine.count_tokens(messages),
                n_ctx=n_ctx,
                answer_tokens=answer_tokens,
                course=args.course,
                lesson=args.lesson,
                allow_general=args.allow_general or settings.library_general_answers,
            )
            answer: list[str] = []
            first_token_s: float | None = None
            for event in answer_events(engine, prepared, sampling):
                if isinstance(event, Token):
                    if first_token_s is None:
                        first_token_s = time.monotonic() - asked
                    answer.append(event.text)
                    if not args.json:
                        sys.stdout.write(event.text)
                        sys.stdout.flush()
                elif isinstance(event, Failed):
                    raise ModelError(event.message)
                elif isinstance(event, Done):
                    break
    finally:
        library.close()
    text = "".join(answer).strip()
    if not args.json:
        sys.stdout.write("\n")
        for source in cited_sources(text, prepared.sources):
            where = " / ".join(p for p in (source.course, source.lesson) if p)
            sys.stdout.write(
                f"[{source.n}] {source.title}{f' ({where})' if where else ''}, note "
                f"{source.note_id}, characters {source.start}-{source.end}\n"
            )
        return 0
    sys.stdout.write(
        json.dumps(
            {
                "answer": text,
                "found": prepared.messages is not None and not prepared.general,
                "general": prepared.general,
                "sources": [source.to_json() for source in prepared.sources],
                "cited": [source.n for source in cited_sources(text, prepared.sources)],
                "left_out": len(prepared.left_out),
                "usage": {"prompt_tokens": prepared.prompt_tokens},
                "timings": {
                    "ttft_s": round(first_token_s, 4) if first_token_s is not None else None
                },
            },
            ensure_ascii=False,
            indent=2,
        )
        + "\n"
    )
    return 0
