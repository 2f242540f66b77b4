"""`study-assistant review ...`: review cards made from notes, due lists and Anki export."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from assistant.core.errors import StorageError, UsageError


def add_review_parser(sub: Any) -> None:
    """The review sub-command and its actions."""
    review = sub.add_parser("review", help="spaced-repetition review cards (FSRS)")
    actions = review.add_subparsers(dest="review_command", metavar="ACTION", required=True)
    due = actions.add_parser("due", help="cards due now, the longest overdue first")
    due.add_argument("--course", help="only this course's cards")
    due.add_argument("--json", action="store_true")
    cards = actions.add_parser("cards", help="make cards from a note (no duplicates)")
    cards.add_argument("--from-note", type=int, required=True, metavar="ID")
    cards.add_argument("--cloze", metavar="TEXT", help="a cloze card hiding TEXT in the note")
    cards.add_argument("--json", action="store_true")
    rate = actions.add_parser("rate", help="rate a card: 1 Again, 2 Hard, 3 Good, 4 Easy")
    rate.add_argument("id", type=int)
    rate.add_argument("rating", type=int, choices=[1, 2, 3, 4])
    reset = actions.add_parser("reset", help="start a card's schedule again")
    reset.add_argument("id", type=int)
    check = actions.add_parser(
        "check", help="check a typed answer: the model says what is missing (or word overlap)"
    )
    check.add_argument("id", type=int)
    check.add_argument("answer", help="the answer as the trainee typed it")
    check.add_argument("--model", help="GGUF path, 'starter' or a model name")
    check.add_argument("--ctx", type=int, help="context window in tokens")
    check.add_argument("--threads", type=int, help="CPU threads (default: cores)")
    check.add_argument(
        "--no-model", action="store_true", help="only the word-overlap hint, without a model"
    )
    export = actions.add_parser("export", help="export cards for Anki")
    export.add_argument("--format", choices=["tsv"], default="tsv")
    export.add_argument("--course", help="only this course's cards")
    export.add_argument("--out", type=Path, help="file to write (default: stdout)")


@contextmanager
def _stores() -> Iterator[tuple[Any, Any]]:
    from assistant.core.store.cards import CardsStore
    from assistant.core.store.database import open_library
    from assistant.core.store.notes import NotesStore

    library = open_library()
    try:
        yield NotesStore(library.db), CardsStore(library.db)
    finally:
        library.close()


def _emit(data: Any) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")


def cmd_review_due(args: argparse.Namespace) -> int:
    """List the cards due now."""
    with _stores() as (_, cards):
        due = cards.due(course=args.course)
    if args.json:
        _emit({"cards": [card.to_json() for card in due]})
        return 0
    for card in due:
        front = " ".join(card.front.split())
        print(f"{card.id}\t{card.course or '-'}\t{front}")
    print(f"{len(due)} card(s) due", file=sys.stderr)
    return 0


def cmd_review_cards(args: argparse.Namespace) -> int:
    """Make cards from a note: its outline parts, or a cloze card with --cloze."""
    from assistant.core.study.cards import cloze_card_for_text, outline_cards

    with _stores() as (notes, cards):
        note = notes.get(args.from_note)
        drafts = [cloze_card_for_text(note, args.cloze)] if args.cloze else outline_cards(note)
        result = cards.add(drafts)
    if args.json:
        _emit({"added": result.added, "already_there": result.already_there})
    else:
        print(f"{len(result.added)} card(s) made, {result.already_there} already there")
    return 0


def cmd_review_rate(args: argparse.Namespace) -> int:
    """Rate one card and print when it is due next."""
    with _stores() as (_, cards):
        card = cards.review(args.id, args.rating)
    print(f"card {card.id} is due next at {card.due}")
    return 0


def cmd_review_reset(args: argparse.Namespace) -> int:
    """Start one card's schedule again."""
    with _stores() as (_, cards):
        card = cards.reset(args.id)
    print(f"card {card.id} starts again, due now")
    return 0


def cmd_review_export(args: argparse.Namespace) -> int:
    """Write the cards as an Anki-importable TSV file."""
    from assistant.core.store.cards import anki_tsv

    if args.format != "tsv":
        raise UsageError("Only --format tsv is supported.")
    with _stores() as (_, cards):
        text = anki_tsv(cards.all_cards(course=args.course))
    if args.out is None:
        sys.stdout.write(text)
        return 0
    try:
        args.out.write_text(text, encoding="utf-8")
    except OSError as exc:
        raise StorageError(f"Cannot write {args.out}: {exc.strerror}.") from exc
    print(args.out)
    return 0


def cmd_review_check(args: argparse.Namespace) -> int:
    """Say what a typed answer misses: the word-overlap hint, then the model's judgement."""
    from assistant.core.study.answer_check import judge_messages, overlap_hint

    with _stores() as (_, cards):
        card = cards.get(args.id)
    hint = overlap_hint(args.answer, card.back)
    print(f"covered {hint.covered:.0%} of the card's answer")
    for part in hint.missing:
        print(f"missing: {part}")
    if args.no_model:
        return 0
    from assistant.cli.local_model import chat_engine
    from assistant.core.engine.events import Done, Failed, Token
    from assistant.core.engine.requests import Sampling
    from assistant.core.errors import ModelError
    from assistant.core.settings import Settings

    with chat_engine(args, Settings.load()) as engine:
        sampling = Sampling(temperature=0.2, max_tokens=160)
        for event in engine.chat(judge_messages(card, args.answer), sampling):
            if isinstance(event, Token):
                sys.stdout.write(event.text)
                sys.stdout.flush()
            elif isinstance(event, Failed):
                raise ModelError(event.message)
            elif isinstance(event, Done):
                break
    sys.stdout.write("\n")
    return 0


REVIEW_COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "due": cmd_review_due,
    "cards": cmd_review_cards,
    "rate": cmd_review_rate,
    "reset": cmd_review_reset,
    "export": cmd_review_export,
    "check": cmd_review_check,
}
