"""The stored conversations: New chat, the list beside the chat, and their library jobs."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPoint, QSize, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QListWidget,
    QListWidgetItem,
    QMenu,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from assistant.core.store.chats import Chat, ChatMessage, ChatStore
from assistant.core.store.transactions import transaction
from assistant.ui.controllers.library_bridge import LibraryBridge

TITLE_CHARS = 40
LIST_MIN_WIDTH = 150
_CHAT_ID = Qt.ItemDataRole.UserRole


@dataclass
class Turn:
    """One message of a conversation, with the reasoning that led to an answer."""

    role: str
    content: str
    reasoning: str = ""


def short_title(text: str, limit: int = TITLE_CHARS) -> str:
    """text on one line, cut to limit characters with "…"."""
    line = " ".join(text.split())
    return line if len(line) <= limit else line[: limit - 1].rstrip() + "…"


def _keep_first_messages(chats: ChatStore, chat_id: int, keep: int) -> None:
    """Drop a conversation's messages after its first keep (regenerate, edit, refusal)."""
    # ChatStore has no call for this yet; the chat page's library jobs are its only writer here.
    with transaction(chats.db):
        chats.db.execute(
            "DELETE FROM messages WHERE chat_id = ? AND id NOT IN "
            "(SELECT id FROM messages WHERE chat_id = ? ORDER BY id LIMIT ?)",
            [chat_id, chat_id, keep],
        )


class _ChatRef:
    """The stored conversation shown; its id is set on the library thread when it is created.

    Library jobs run one at a time in order, so a job queued after the one that creates the
    conversation sees the id even before the GUI thread has heard back.
    """

    def __init__(self, chat_id: int | None = None) -> None:
        self.id = chat_id


class ConversationList(QWidget):
    """Lists the stored conversations and stores the one shown (hidden without a library)."""

    new_requested = Signal()
    open_requested = Signal(int)  # the user picked another stored conversation
    delete_requested = Signal(int, str)  # (chat id, title), from the menu or the Delete key
    loaded = Signal(object)  # list[Turn]: the messages of the conversation opened
    failed = Signal(str)  # why a library job failed

    def __init__(self, library: LibraryBridge | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.library = library
        self._ref = _ChatRef()
        self.new_chat_button = QPushButton(self.tr("New chat"), self)
        self.new_chat_button.clicked.connect(self.new_requested)
        self.list_widget = QListWidget(self)
        self.list_widget.setAccessibleName(self.tr("Conversations"))
        # Long titles are elided (their tooltip has them whole) rather than scrolled sideways.
        self.list_widget.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list_widget.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.list_widget.setUniformItemSizes(True)
        self.list_widget.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.list_widget.customContextMenuRequested.connect(self._show_menu)
        self.list_widget.currentItemChanged.connect(self._on_current_changed)
        self.delete_action = QAction(self.tr("Delete chat…"), self.list_widget)
        self.delete_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.delete_action.triggered.connect(self._delete_current)
        self.list_widget.addAction(self.delete_action)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.new_chat_button)
        layout.addWidget(self.list_widget, 1)
        # Without a library nothing is stored, so there is nothing to list.
        self.setVisible(library is not None)
        if library is not None:
            library.changed.connect(self.refresh)
            self.refresh()

    def minimumSizeHint(self) -> QSize:
        """At least LIST_MIN_WIDTH, and wide enough for the New chat button at any font."""
        return super().minimumSizeHint().expandedTo(QSize(LIST_MIN_WIDTH, 0))

    @property
    def chat_id(self) -> int | None:
        """The stored conversation shown, or None before its first message is stored."""
        return self._ref.id

    def set_idle(self, idle: bool) -> None:
        """No switching or deleting while an answer streams."""
        self.list_widget.setEnabled(idle)
        self.delete_action.setEnabled(idle)

    # -- the conversation shown ------------------------------------------------------------------

    def start_new(self) -> None:
        """Forget the conversation shown; the next question starts another."""
        self._ref = _ChatRef()
        self.select(None)

    def open(self, chat_id: int) -> None:
        """Show chat_id as current and load its messages (`loaded` follows)."""
        ref = self._ref = _ChatRef(chat_id)
        self.select(chat_id)
        if self.library is not None:
            self.library.chats(
                lambda chats: chats.messages(chat_id),
                lambda messages: self._on_loaded(ref, messages),
                self._on_failed,
                owner=self,
            )

    def store_question(self, text: str, model: str | None) -> None:
        """Add a question, first creating the conversation titled after it."""
        if self.library is None:
            return
        ref, title = self._ref, short_title(text)

        def job(chats: ChatStore) -> None:
            if ref.id is None:
                ref.id = chats.create(title, model)
            chats.add_message(ref.id, "user", text)

        self.library.chats(job, None, self._on_failed, writes=True, owner=self)

    def store_answer(self, turn: Turn) -> None:
        """Add an answer (and its reasoning, if any)."""
        if self.library is None:
            return
        ref = self._ref

        def job(chats: ChatStore) -> None:
            if ref.id is not None:  # None: storing the question failed, and was reported
                chats.add_message(ref.id, "assistant", turn.content, turn.reasoning or None)

        self.library.chats(job, None, self._on_failed, writes=True, owner=self)

    def keep_first(self, keep: int) -> None:
        """Drop the stored messages after the first keep."""
        if self.library is None:
            return
        ref = self._ref

        def job(chats: ChatStore) -> None:
            if ref.id is not None:
                _keep_first_messages(chats, ref.id, keep)

        self.library.chats(job, None, self._on_failed, writes=True, owner=self)

    def discard_current(self) -> None:
        """Delete the conversation shown, which was started for a question taken back."""
        if self.library is None:
            return
        ref, self._ref = self._ref, _ChatRef()

        def job(chats: ChatStore) -> None:
            if ref.id is not None:
                chats.delete(ref.id)

        self.library.chats(job, None, self._on_failed, writes=True, owner=self)

    # -- deleting --------------------------------------------------------------------------------

    def confirm_delete(self, title: str) -> bool:
        """Ask whether to delete the conversation called title."""
        answer = QMessageBox.question(
            self,
            self.tr("Delete chat"),
            self.tr('Delete the chat "{title}"? This cannot be undone.').format(title=title),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def delete(self, chat_id: int) -> None:
        """Delete a stored conversation (the caller has asked)."""
        if self.library is not None:
            self.library.chats(
                lambda chats: chats.delete(chat_id), None, self._on_failed, writes=True, owner=self
            )

    # -- the list --------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Reload the titles from the library."""
        if self.library is not None:
            self.library.chats(
                lambda chats: chats.chats(), self._show_chats, self._on_failed, owner=self
            )

    def select(self, chat_id: int | None) -> None:
        """Mark the conversation shown, without loading it again."""
        self.list_widget.blockSignals(True)
        self.list_widget.setCurrentRow(-1)
        for row in range(self.list_widget.count()):
            if chat_id is not None and self.list_widget.item(row).data(_CHAT_ID) == chat_id:
                self.list_widget.setCurrentRow(row)
                break
        self.list_widget.blockSignals(False)

    def _show_chats(self, chats: list[Chat]) -> None:
        self.list_widget.blockSignals(True)
        self.list_widget.clear()
        for chat in chats:
            item = QListWidgetItem(chat.title)
            item.setData(_CHAT_ID, chat.id)
            item.setToolTip(chat.title)
            self.list_widget.addItem(item)
        self.list_widget.blockSignals(False)
        self.select(self._ref.id)

    def _on_current_changed(self, item: QListWidgetItem | None, _previous: object) -> None:
        if item is not None and item.data(_CHAT_ID) != self._ref.id:
            self.open_requested.emit(item.data(_CHAT_ID))

    def _on_loaded(self, ref: _ChatRef, messages: list[ChatMessage]) -> None:
        if ref is self._ref:  # else the user moved on to another conversation meanwhile
            self.loaded.emit([Turn(m.role, m.content, m.reasoning or "") for m in messages])

    def _show_menu(self, pos: QPoint) -> None:
        item = self.list_widget.itemAt(pos)
        if item is None or not self.list_widget.isEnabled():
            return
        menu = QMenu(self)
        delete = menu.addAction(self.tr("Delete chat…"))
        if menu.exec(self.list_widget.viewport().mapToGlobal(pos)) is delete:
            self.delete_requested.emit(item.data(_CHAT_ID), item.text())

    def _delete_current(self) -> None:
        item = self.list_widget.currentItem()
        if item is not None:
            self.delete_requested.emit(item.data(_CHAT_ID), item.text())

    def _on_failed(self, reason: str) -> None:
        self.failed.emit(reason)
