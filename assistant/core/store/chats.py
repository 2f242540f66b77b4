"""ChatStore: stored conversations, each answer kept apart from the model's reasoning."""

from __future__ import annotations

from dataclasses import dataclass

import sqlite_utils

from assistant.core.errors import ChatNotFound
from assistant.core.store.records import now_iso
from assistant.core.store.transactions import transaction


@dataclass(frozen=True)
class Chat:
    """A stored conversation."""

    id: int
    title: str
    model: str | None
    created: str
    updated: str


@dataclass(frozen=True)
class ChatMessage:
    """One turn; reasoning holds a reasoning model's thinking, apart from the answer."""

    id: int
    role: str
    content: str
    reasoning: str | None
    created: str


class ChatStore:
    """Reads and writes conversations."""

    def __init__(self, db: sqlite_utils.Database) -> None:
        self.db = db

    def create(self, title: str, model: str | None = None) -> int:
        """Start a conversation and return its id."""
        stamp = now_iso()
        with transaction(self.db):
            cur = self.db.execute(
                "INSERT INTO chats (title, model, created, updated) VALUES (?, ?, ?, ?)",
                [title.strip() or "Chat", model, stamp, stamp],
            )
        return int(cur.lastrowid or 0)

    def add_message(
        self, chat_id: int, role: str, content: str, reasoning: str | None = None
    ) -> int:
        """Append a turn to a conversation."""
        stamp = now_iso()
        with transaction(self.db):
            if self.db.execute("SELECT 1 FROM chats WHERE id = ?", [chat_id]).fetchone() is None:
                raise ChatNotFound(chat_id=chat_id)
            cur = self.db.execute(
                "INSERT INTO messages (chat_id, role, content, reasoning, created) "
                "VALUES (?, ?, ?, ?, ?)",
                [chat_id, role, content, reasoning or None, stamp],
            )
            self.db.execute("UPDATE chats SET updated = ? WHERE id = ?", [stamp, chat_id])
        return int(cur.lastrowid or 0)

    def messages(self, chat_id: int) -> list[ChatMessage]:
        """The turns of a conversation, in order."""
        rows = self.db.execute(
            "SELECT id, role, content, reasoning, created FROM messages WHERE chat_id = ? "
            "ORDER BY id",
            [chat_id],
        ).fetchall()
        return [ChatMessage(*r) for r in rows]

    def chats(self) -> list[Chat]:
        """All conversations, most recent first."""
        rows = self.db.execute(
            "SELECT id, title, model, created, updated FROM chats ORDER BY updated DESC, id DESC"
        ).fetchall()
        return [Chat(*r) for r in rows]

    def delete(self, chat_id: int) -> None:
        """Delete a conversation and its messages."""
        with transaction(self.db):
            self.db.execute("DELETE FROM chats WHERE id = ?", [chat_id])
