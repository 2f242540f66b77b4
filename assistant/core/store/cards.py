"""Review cards in the library, scheduled with FSRS (the `fsrs` package, not a scheduler of ours).

Each rating is one transaction that stores the card's new schedule and a review-log row; the
library is opened with synchronous=FULL, so a rating shown as saved survives a killed process.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

import fsrs
import sqlite_utils

from assistant.core.errors import InputError, StorageError
from assistant.core.store import textsearch
from assistant.core.store.records import now_iso
from assistant.core.store.transactions import transaction

CARD_KINDS = ("term", "question", "cloze")
RATINGS = {1: fsrs.Rating.Again, 2: fsrs.Rating.Hard, 3: fsrs.Rating.Good, 4: fsrs.Rating.Easy}
_STAMP = "%Y-%m-%dT%H:%M:%S.%fZ"
# A card shows its note's current title and course; once the note is deleted, the ones it had.
_CARDS = """(SELECT k.id, k.kind, k.front, k.back, k.note_id,
    CASE WHEN n.id IS NULL THEN k.note_title ELSE n.title END AS note_title,
    CASE WHEN n.id IS NULL THEN k.course ELSE c.name END AS course,
    k.language, k.due, k.fsrs
    FROM cards k LEFT JOIN notes n ON n.id = k.note_id LEFT JOIN courses c ON c.id = n.course_id)"""
_COLUMNS = "id, kind, front, back, note_id, note_title, course, language, due, fsrs"


@dataclass(frozen=True)
class CardDraft:
    """A card about to be made from a note."""

    kind: str
    front: str
    back: str
    note_id: int
    language: str = "en"


@dataclass(frozen=True)
class Card:
    """A review card; note_id is None once its note was deleted (note_title remembers it)."""

    id: int
    kind: str
    front: str
    back: str
    note_id: int | None
    note_title: str
    course: str | None
    language: str
    due: str

    def to_json(self) -> dict[str, object]:
        """The card as `review due --json` prints it."""
        return {
            "id": self.id,
            "kind": self.kind,
            "front": self.front,
            "back": self.back,
            "note_id": self.note_id,
            "note_title": self.note_title,
            "course": self.course,
            "language": self.language,
            "due": self.due,
        }


@dataclass(frozen=True)
class AddedCards:
    """What one make-cards action did: cards made, and those the library already had."""

    added: list[int]
    already_there: int


class CardNotFound(InputError):
    """No card has this id."""

    def __init__(self, card_id: int) -> None:
        super().__init__(f"There is no card {card_id}. `review due` lists the cards due.")


class DamagedCardError(StorageError):
    """A card's stored schedule cannot be read."""

    def __init__(self, card_id: int, reason: str) -> None:
        self.card_id = card_id
        super().__init__(
            f"Card {card_id}'s schedule is damaged ({reason}); its rating was not saved. "
            f"Run `review reset {card_id}` to start its schedule again (its text is kept)."
        )


def stamp(moment: datetime) -> str:
    """A UTC time as stored: sortable text, like every other time in the library."""
    return moment.astimezone(UTC).strftime(_STAMP)


def _source_key(note_uid: str, kind: str, front: str) -> str:
    # The same card made twice from the same note is the same card: folded so that a
    # re-rendered outline (other spacing, full-width colon) still matches.
    folded = " ".join(textsearch.normalize(front).split())
    return hashlib.sha1(f"{note_uid}\x1f{kind}\x1f{folded}".encode()).hexdigest()


class CardsStore:
    """Makes, schedules and lists review cards."""

    def __init__(self, db: sqlite_utils.Database, scheduler: fsrs.Scheduler | None = None) -> None:
        self.db = db
        self.scheduler = scheduler or fsrs.Scheduler()

    def add(self, drafts: Iterable[CardDraft], now: datetime | None = None) -> AddedCards:
        """Store new cards; a card the library already has (same note, kind, front) is skipped."""
        moment = now or datetime.now(UTC)
        added: list[int] = []
        skipped = 0
        with transaction(self.db):
            for draft in drafts:
                if draft.kind not in CARD_KINDS:
                    raise InputError(f"{draft.kind!r} is not a kind of card.")
                if not draft.front.strip() or not draft.back.strip():
                    raise InputError("A card needs text on both sides.")
                row = self.db.execute(
                    "SELECT n.uid, n.title, c.name FROM notes n "
                    "LEFT JOIN courses c ON c.id = n.course_id WHERE n.id = ?",
                    [draft.note_id],
                ).fetchone()
                if row is None:
                    raise InputError(f"There is no note {draft.note_id} to make cards from.")
                schedule = fsrs.Card(due=moment)
                cur = self.db.execute(
                    "INSERT OR IGNORE INTO cards (kind, front, back, note_id, note_title, course, "
                    "language, source_key, fsrs, due, created) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    [
                        draft.kind, draft.front.strip(), draft.back.strip(), draft.note_id,
                        row[1], row[2], draft.language,
                        _source_key(row[0], draft.kind, draft.front), schedule.to_json(),
                        stamp(moment), now_iso(),
                    ],
                )  # fmt: skip
                if cur.rowcount:
                    added.append(int(cur.lastrowid or 0))
                else:
                    skipped += 1
        return AddedCards(added, skipped)

    def get(self, card_id: int) -> Card:
        """The card with this id."""
        row = self.db.execute(f"SELECT {_COLUMNS} FROM {_CARDS} WHERE id = ?", [card_id]).fetchone()
        if row is None:
            raise CardNotFound(card_id)
        return _card(row)

    def due(
        self, course: str | None = None, now: datetime | None = None, limit: int | None = None
    ) -> list[Card]:
        """Cards due by now, the longest overdue first (new cards by the order they were made)."""
        sql = f"SELECT {_COLUMNS} FROM {_CARDS} WHERE due <= ?"
        params: list[object] = [stamp(now or datetime.now(UTC))]
        if course:
            sql += " AND course = ?"
            params.append(course)
        sql += " ORDER BY due, id"
        if limit:
            sql += f" LIMIT {int(limit)}"
        return [_card(row) for row in self.db.execute(sql, params).fetchall()]

    def due_counts(self, now: datetime | None = None) -> dict[str | None, int]:
        """How many cards are due per course (None: cards of notes in no course)."""
        rows = self.db.execute(
            f"SELECT course, count(*) FROM {_CARDS} WHERE due <= ? GROUP BY course ORDER BY course",
            [stamp(now or datetime.now(UTC))],
        ).fetchall()
        return {row[0]: int(row[1]) for row in rows}

    def all_cards(self, course: str | None = None) -> list[Card]:
        """Every card (of a course), in the order they were made."""
        sql = f"SELECT {_COLUMNS} FROM {_CARDS}"
        params: list[object] = []
        if course:
            sql += " WHERE course = ?"
            params.append(course)
        return [_card(row) for row in self.db.execute(sql + " ORDER BY id", params).fetchall()]

    def review(self, card_id: int, rating: int, now: datetime | None = None) -> Card:
        """Rate a card 1-4 (Again, Hard, Good, Easy); its next due time is stored at once."""
        if rating not in RATINGS:
            raise InputError(f"{rating} is not a rating; use 1 (Again) to 4 (Easy).")
        moment = now or datetime.now(UTC)
        with transaction(self.db):
            row = self.db.execute("SELECT fsrs FROM cards WHERE id = ?", [card_id]).fetchone()
            if row is None:
                raise CardNotFound(card_id)
            schedule = _schedule(card_id, row[0])
            schedule, _ = self.scheduler.review_card(schedule, RATINGS[rating], moment)
            due = stamp(schedule.due)
            self.db.execute(
                "UPDATE cards SET fsrs = ?, due = ? WHERE id = ?",
                [schedule.to_json(), due, card_id],
            )
            self.db.execute(
                "INSERT INTO card_reviews (card_id, rating, reviewed, due_after) "
                "VALUES (?, ?, ?, ?)",
                [card_id, rating, stamp(moment), due],
            )
        return self.get(card_id)

    def reset(self, card_id: int, now: datetime | None = None) -> Card:
        """Start a card's schedule again (a damaged one, or one the user wants to relearn)."""
        moment = now or datetime.now(UTC)
        with transaction(self.db):
            self.get(card_id)
            self.db.execute(
                "UPDATE cards SET fsrs = ?, due = ? WHERE id = ?",
                [fsrs.Card(due=moment).to_json(), stamp(moment), card_id],
            )
        return self.get(card_id)

    def delete(self, card_id: int) -> None:
        """Delete a card and its review log."""
        with transaction(self.db):
            self.get(card_id)
            self.db.execute("DELETE FROM cards WHERE id = ?", [card_id])

    def reviewed_today(self, now: datetime | None = None) -> int:
        """Ratings given since local midnight (the progress for today)."""
        moment = (now or datetime.now(UTC)).astimezone()
        midnight = moment.replace(hour=0, minute=0, second=0, microsecond=0)
        row = self.db.execute(
            "SELECT count(*) FROM card_reviews WHERE reviewed >= ? AND reviewed < ?",
            [stamp(midnight), stamp(midnight + timedelta(days=1))],
        ).fetchone()
        return int(row[0])


def _schedule(card_id: int, stored: str) -> fsrs.Card:
    try:
        data = json.loads(stored)
        if not isinstance(data, dict):
            raise ValueError("not a JSON object")
        return fsrs.Card.from_dict(data)  # type: ignore[arg-type]
    except (ValueError, KeyError, TypeError) as exc:
        raise DamagedCardError(card_id, str(exc) or type(exc).__name__) from exc


def _card(row: tuple[object, ...]) -> Card:
    return Card(
        id=int(str(row[0])),
        kind=str(row[1]),
        front=str(row[2]),
        back=str(row[3]),
        note_id=None if row[4] is None else int(str(row[4])),
        note_title=str(row[5]),
        course=None if row[6] is None else str(row[6]),
        language=str(row[7]),
        due=str(row[8]),
    )


def anki_tsv(cards: Iterable[Card]) -> str:
    """Cards as a tab-separated file Anki imports: front, back, tags (HTML line breaks).

    The header lines (Anki 2.1.55+) tell Anki the separator, that fields hold HTML, and that the
    third column is tags; older versions read them as comments only if told, so they are kept
    few and standard.
    """
    lines = ["#separator:tab", "#html:true", "#tags column:3"]
    for card in cards:
        tags = ["study-assistant", card.kind]
        tags += [_tag(part) for part in (card.course, card.note_title) if part]
        lines.append("\t".join([_field(card.front), _field(card.back), " ".join(tags)]))
    return "\n".join(lines) + "\n"


def _field(text: str) -> str:
    escaped = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return escaped.replace("\t", " ").replace("\r\n", "\n").replace("\n", "<br>")


def _tag(text: str) -> str:
    # Anki tags are split on spaces; "::" would make a hierarchy the user did not ask for.
    return "_".join(text.replace("::", ":").split())
