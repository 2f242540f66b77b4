"""Free chat with the local model: stored conversations, the transcript, thinking and actions."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence, QShortcut, QTextCursor
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from assistant.core.engine.events import Done
from assistant.core.engine.local import LoadedModel
from assistant.core.engine.requests import Message, Sampling
from assistant.core.store.chats import Chat, ChatMessage, ChatStore
from assistant.core.store.transactions import transaction
from assistant.ui.library_bridge import LibraryBridge
from assistant.ui.widgets.context_meter import ContextMeter
from assistant.ui.widgets.markdown_view import MarkdownView
from assistant.ui.widgets.thinking_panel import ThinkingPanel
from assistant.ui.workers import EngineBridge

# Streaming re-renders the answer's Markdown at most this often; tokens in between only
# append to a string, so a fast model cannot flood the GUI thread with layout work.
RENDER_INTERVAL_MS = 50
INPUT_LINES = 4
TITLE_CHARS = 40
NOTE_TITLE_CHARS = 80
LIST_WIDTH = 200
LIST_MIN_WIDTH = 150
_CHAT_ID = Qt.ItemDataRole.UserRole


@dataclass
class _Turn:
    """One message of the conversation, with the reasoning that led to an answer."""

    role: str
    content: str
    reasoning: str = ""


class _ChatRef:
    """The stored conversation shown; its id is set on the library thread when it is created.

    Library jobs run one at a time in order, so a job queued after the one that creates the
    conversation sees the id even before the GUI thread has heard back.
    """

    def __init__(self, chat_id: int | None = None) -> None:
        self.id = chat_id


def short_title(text: str, limit: int = TITLE_CHARS) -> str:
    """text on one line, cut to limit characters with "…"."""
    line = " ".join(text.split())
    return line if len(line) <= limit else line[: limit - 1].rstrip() + "…"


def _keep_first_messages(chats: ChatStore, chat_id: int, keep: int) -> None:
    """Drop a conversation's messages after its first keep (regenerate, edit, refusal)."""
    # ChatStore has no call for this yet; the page's library jobs are its only writer here.
    with transaction(chats.db):
        chats.db.execute(
            "DELETE FROM messages WHERE chat_id = ? AND id NOT IN "
            "(SELECT id FROM messages WHERE chat_id = ? ORDER BY id LIMIT ?)",
            [chat_id, chat_id, keep],
        )


class ChatPage(QWidget):
    """A conversation with the loaded model; the whole history is sent each turn.

    With a library the conversations are stored and listed on the left; with an engine bridge
    the context meter counts tokens and a prompt that does not fit is refused in its own words.
    """

    # (messages, Sampling): the conversation to answer.
    ask_requested = Signal(object, object)
    stop_requested = Signal()
    note_saved = Signal(int)  # the id of the note an answer was saved as

    def __init__(
        self,
        sampling: Sampling | None = None,
        parent: QWidget | None = None,
        library: LibraryBridge | None = None,
        engine: EngineBridge | None = None,
    ) -> None:
        super().__init__(parent)
        self.sampling = sampling or Sampling()
        self.library = library
        self.engine = engine
        self._turns: list[_Turn] = []
        self._ref = _ChatRef()
        self._answer = ""
        # Where the streaming answer starts in the transcript; None while no answer is shown
        # (or after New chat dropped the one still streaming).
        self._answer_anchor: int | None = None
        self._busy = False
        self._model_ready = False
        self._model_name: str | None = None
        self._rejection: str | None = None

        self._build_widgets()
        self._build_layout()
        self._render_timer = QTimer(self)
        self._render_timer.setSingleShot(True)
        self._render_timer.setInterval(RENDER_INTERVAL_MS)
        self._render_timer.timeout.connect(self._render_answer)

        # Window-wide (the default context): Esc must stop the answer wherever the focus is,
        # e.g. on the status bar's Open button. Qt ignores the shortcuts of a hidden page.
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self).activated.connect(self.send)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self).activated.connect(self.stop)

        if engine is not None:
            engine.rejected.connect(self.on_rejected)
            self.meter.watch(engine.count_tokens, self._to_count)
        if library is not None:
            library.changed.connect(self._refresh_list)
            self._refresh_list()
        self._fit_input_height()
        self._update_controls()

    def _build_widgets(self) -> None:
        self.new_chat_button = QPushButton(self.tr("New chat"), self)
        self.new_chat_button.clicked.connect(self.clear_conversation)
        self.chat_list = QListWidget(self)
        self.chat_list.setAccessibleName(self.tr("Conversations"))
        # Long titles are elided (their tooltip has them whole) rather than scrolled sideways.
        self.chat_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.chat_list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.chat_list.setUniformItemSizes(True)
        self.chat_list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.chat_list.customContextMenuRequested.connect(self._show_list_menu)
        self.chat_list.currentItemChanged.connect(self._on_chat_selected)
        self.delete_action = QAction(self.tr("Delete chat…"), self.chat_list)
        self.delete_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.delete_action.triggered.connect(self._delete_current)
        self.chat_list.addAction(self.delete_action)

        self.transcript = MarkdownView(self)
        self.transcript.setPlaceholderText(
            self.tr("Ask the model anything. Everything stays on this computer.")
        )
        self.thinking = ThinkingPanel(self)

        self.copy_button = self._tool_button(
            self.tr("Copy"), self.tr("Copy the answer (Markdown)"), self.copy_answer
        )
        self.regenerate_button = self._tool_button(
            self.tr("Regenerate"), self.tr("Ask the last question again"), self.regenerate
        )
        self.edit_button = self._tool_button(
            self.tr("Edit and resend"),
            self.tr("Put the last question back in the input to change it"),
            self.edit_last_question,
        )
        self.save_note_button = self._tool_button(
            self.tr("Save answer as note"),
            self.tr("Keep the answer in the notes library"),
            self.save_answer_as_note,
        )
        self.include_reasoning = QCheckBox(self.tr("Include reasoning"), self)
        self.include_reasoning.setToolTip(self.tr("Save the model's thinking with the answer"))
        self.status_label = QLabel(self)
        # Ignored: a long error must not widen the window.
        self.status_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.status_label.hide()
        self.meter = ContextMeter(self)

        self.input = QPlainTextEdit(self)
        self.input.setTabChangesFocus(True)
        self.input.setAccessibleName(self.tr("Your message"))
        self.send_button = QPushButton(self.tr("Send"), self)
        self.send_button.setToolTip(self.tr("Send (Ctrl+Enter)"))
        self.stop_button = QPushButton(self.tr("Stop"), self)
        self.stop_button.setToolTip(self.tr("Stop the answer (Esc); the text so far is kept"))
        self.send_button.clicked.connect(self.send)
        self.stop_button.clicked.connect(self.stop)
        self.input.textChanged.connect(self._on_draft_changed)

    def _tool_button(self, text: str, tip: str, slot: Callable[[], None]) -> QToolButton:
        button = QToolButton(self)
        button.setText(text)
        button.setToolTip(tip)
        button.setAutoRaise(True)
        button.clicked.connect(slot)
        return button

    def _build_layout(self) -> None:
        sidebar = QWidget(self)
        sidebar.setMinimumWidth(LIST_MIN_WIDTH)
        side = QVBoxLayout(sidebar)
        side.setContentsMargins(0, 0, 0, 0)
        side.addWidget(self.new_chat_button)
        side.addWidget(self.chat_list, 1)
        # Without a library nothing is stored, so there is nothing to list.
        sidebar.setVisible(self.library is not None)
        self.save_note_button.setVisible(self.library is not None)
        self.include_reasoning.setVisible(self.library is not None)
        self.meter.setVisible(self.engine is not None)

        actions = QHBoxLayout()
        for widget in (self.copy_button, self.regenerate_button, self.edit_button):
            actions.addWidget(widget)
        actions.addWidget(self.save_note_button)
        actions.addWidget(self.include_reasoning)
        actions.addStretch(1)
        status = QHBoxLayout()
        status.addWidget(self.status_label, 1)
        status.addStretch()  # keeps the meter at the right while there is no status
        status.addWidget(self.meter)
        buttons = QVBoxLayout()
        buttons.addWidget(self.send_button)
        buttons.addWidget(self.stop_button)
        buttons.addStretch(1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.input, 1)
        bottom.addLayout(buttons)

        main = QWidget(self)
        column = QVBoxLayout(main)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.transcript, 1)
        column.addWidget(self.thinking)
        column.addLayout(actions)
        column.addLayout(bottom)
        column.addLayout(status)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(sidebar)
        splitter.addWidget(main)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([LIST_WIDTH, 4 * LIST_WIDTH])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

    # -- state ---------------------------------------------------------------------------------

    @property
    def history(self) -> list[Message]:
        """The conversation as the model will see it next turn (a copy)."""
        return [{"role": t.role, "content": t.content} for t in self._turns]

    @property
    def chat_id(self) -> int | None:
        """The stored conversation shown, or None before its first message is stored."""
        return self._ref.id

    @property
    def is_busy(self) -> bool:
        """Whether an answer is being generated."""
        return self._busy

    def answer_text(self) -> str:
        """The text of the current (or last) answer so far."""
        return self._answer

    def last_reasoning(self) -> str:
        """The reasoning behind the last answer ("" if none)."""
        last = self._last_answer()
        return last.reasoning if last else ""

    # -- user actions ----------------------------------------------------------------------------

    def send(self) -> None:
        """Send the typed message with the conversation so far."""
        text = self.input.toPlainText().strip()
        if not text or self._busy or not self._model_ready:
            return
        self._turns.append(_Turn("user", text))
        self._store_question(text)
        self.transcript.append_text(self.tr("You"), bold=True)
        self.transcript.append_text(text)
        self.input.clear()
        self._start_answer()

    def stop(self) -> None:
        """Ask the model to stop; the answer so far stays."""
        if self._busy:
            self.stop_requested.emit()

    def clear_conversation(self) -> None:
        """Start a new chat (a running answer is stopped and dropped)."""
        self.stop()
        self._render_timer.stop()
        self._turns.clear()
        self._ref = _ChatRef()
        self._answer = ""
        self._answer_anchor = None
        self.transcript.clear_sections()
        self.thinking.reset()
        self._show_status("")
        self._select_in_list(None)
        self._update_controls()
        self.meter.recount()

    def open_chat(self, chat_id: int) -> None:
        """Show a stored conversation (not while an answer streams)."""
        if self._busy or self.library is None:
            return
        self._render_timer.stop()
        ref = self._ref = _ChatRef(chat_id)
        self._turns = []
        self._answer = ""
        self._answer_anchor = None
        self.transcript.clear_sections()
        self.thinking.reset()
        self._show_status("")
        self._select_in_list(chat_id)
        self._update_controls()
        self.library.chats(
            lambda chats: chats.messages(chat_id),
            lambda messages: self._show_loaded(ref, messages),
            self._on_library_failed,
        )

    def delete_chat(self, chat_id: int, title: str = "") -> None:
        """Delete a stored conversation after the user confirms."""
        if self.library is None or self._busy:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete chat"),
            self.tr('Delete the chat "{title}"? This cannot be undone.').format(title=title),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        if chat_id == self._ref.id:
            self.clear_conversation()
        self.library.chats(
            lambda chats: chats.delete(chat_id), None, self._on_library_failed, writes=True
        )

    def copy_answer(self) -> None:
        """Put the last answer's Markdown on the clipboard."""
        last = self._last_answer()
        if last is not None and last.content:
            QGuiApplication.clipboard().setText(last.content)
            self._show_status(self.tr("Answer copied."))

    def regenerate(self) -> None:
        """Ask the last question again; the new answer replaces the last one."""
        if not self._can_regenerate():
            return
        self._turns.pop()
        self._truncate_stored(len(self._turns))
        self._render_transcript()
        self._start_answer()

    def edit_last_question(self) -> None:
        """Put the last question back in the input and drop it and its answer."""
        index = self._last_question_index()
        if index is None or self._busy:
            return
        question = self._turns[index].content
        del self._turns[index:]
        self._truncate_stored(index)
        self._render_transcript()
        self._answer = ""
        # Through the cursor, so Ctrl+Z brings back a draft the question replaced.
        cursor = self.input.textCursor()
        cursor.select(QTextCursor.SelectionType.Document)
        cursor.insertText(question)
        self.input.setTextCursor(cursor)
        self.input.setFocus()
        self._update_controls()

    def save_answer_as_note(self) -> None:
        """Store the last answer as a "chat" note titled after its question."""
        last, index = self._last_answer(), self._last_question_index()
        if self.library is None or last is None or index is None or not last.content:
            return
        title = short_title(self._turns[index].content, NOTE_TITLE_CHARS)
        body = last.content
        if self.include_reasoning.isChecked() and last.reasoning:
            body += f"\n\n## {self.tr('Reasoning')}\n\n{last.reasoning}"
        model = self._model_name
        self.library.run(
            lambda store: store.add(title, body, kind="chat", model=model),
            self._on_note_saved,
            self._on_library_failed,
            writes=True,
        )

    # -- from the model (connected by the main window) -------------------------------------------

    def on_model_loading(self, _name: str) -> None:
        """A model is loading: no sending until it is ready."""
        self._model_ready = False
        self.meter.set_count(None)
        self._update_controls()

    def on_model_loaded(self, model: LoadedModel) -> None:
        """A model is ready."""
        self._model_ready = True
        self._model_name = model.info.name
        self.meter.set_limit(model.n_ctx)
        self._update_controls()
        self.meter.recount()

    def on_load_failed(self, reason: str) -> None:
        """Say why the model did not load and what to do."""
        self.transcript.append_text(
            self.tr("The model could not be loaded: {reason}").format(reason=reason), muted=True
        )
        self.transcript.append_text(
            self.tr("Use File > Open model… to choose a .gguf model file."), muted=True
        )

    def append_token(self, text: str) -> None:
        """More answer text."""
        if self._answer_anchor is None:
            return
        if not self._answer:
            self.thinking.answer_started()
        self._answer += text
        if not self._render_timer.isActive():
            self._render_timer.start()

    def append_reasoning(self, text: str) -> None:
        """More of the model's thinking."""
        if self._answer_anchor is not None:
            self.thinking.append_reasoning(text)

    def on_finished(self, done: Done) -> None:
        """The answer ended: normally, at its length limit, or stopped."""
        notes = {
            "cancelled": self.tr("Stopped."),
            "length": self.tr("The answer reached its length limit."),
        }
        self._end_answer(notes.get(done.reason), answered=done.reason != "cancelled")

    def on_rejected(self, reason: str) -> None:
        """The engine refused the question before answering; `on_failed` follows."""
        if self._answer_anchor is not None:
            self._rejection = reason

    def on_failed(self, reason: str) -> None:
        """The answer failed; what was written stays on screen."""
        if self._rejection is not None:
            self._end_refused(self._rejection)
        else:
            self._end_answer(self.tr("The model stopped: {reason}").format(reason=reason), False)

    # -- answers ---------------------------------------------------------------------------------

    def _start_answer(self) -> None:
        self.transcript.append_text(self.tr("Assistant"), bold=True)
        self._answer = ""
        self._rejection = None
        self._answer_anchor = self.transcript.append_markdown("")
        self.thinking.reset()
        self._show_status("")
        self._set_busy(True)
        self.ask_requested.emit(self.history, self.sampling)

    def _end_answer(self, note: str | None, answered: bool) -> None:
        if self._answer_anchor is not None:
            self._render_timer.stop()
            self._render_answer()
            self.thinking.finish()
            if self._answer or answered:
                turn = _Turn("assistant", self._answer, self.thinking.text())
                self._turns.append(turn)
                self._store_answer(turn)
            elif self._turns and self._turns[-1].role == "user":
                # The model never answered: do not send the question again as if it had,
                # and give it back to edit or resend.
                self._restore_draft(self._take_back_question())
            if note:
                self.transcript.append_text(note, muted=True)
        self._answer_anchor = None
        self._set_busy(False)
        self.meter.recount()

    def _end_refused(self, reason: str) -> None:
        """The prompt did not fit: the question goes back to the input, the reason is shown."""
        self._render_timer.stop()
        self._rejection = None
        self._answer_anchor = None
        self.thinking.reset()
        question = ""
        if self._turns and self._turns[-1].role == "user":
            question = self._take_back_question()
        self._render_transcript()
        self.transcript.append_text(reason, muted=True)
        self._restore_draft(question)
        self._set_busy(False)
        self.meter.recount()

    def _take_back_question(self) -> str:
        """Drop the unanswered last question from the history and the store; returns it."""
        question = self._turns.pop().content
        if self._turns:
            self._truncate_stored(len(self._turns))
        elif self.library is not None:
            # The conversation was started for this question alone: it goes with it.
            ref, self._ref = self._ref, _ChatRef()
            self.library.chats(
                lambda chats: ref.id is not None and chats.delete(ref.id),
                None,
                self._on_library_failed,
                writes=True,
            )
        return question

    def _restore_draft(self, question: str) -> None:
        if question and not self.input.toPlainText().strip():
            self.input.setPlainText(question)

    def _render_answer(self) -> None:
        if self._answer_anchor is not None:
            self.transcript.replace_last_markdown(self._answer_anchor, self._answer)

    def _render_transcript(self) -> None:
        self.transcript.clear_sections()
        for turn in self._turns:
            if turn.role == "user":
                self.transcript.append_text(self.tr("You"), bold=True)
                self.transcript.append_text(turn.content)
            elif turn.role == "assistant":
                self.transcript.append_text(self.tr("Assistant"), bold=True)
                self.transcript.append_markdown(turn.content)
            else:
                self.transcript.append_text(turn.content, muted=True)

    def _last_answer(self) -> _Turn | None:
        if self._turns and self._turns[-1].role == "assistant":
            return self._turns[-1]
        return None

    def _last_question_index(self) -> int | None:
        """The last question, if nothing but its answer follows it."""
        for index in (len(self._turns) - 1, len(self._turns) - 2):
            if index >= 0 and self._turns[index].role == "user":
                return index
            if index < 0 or self._turns[index].role != "assistant":
                return None
        return None

    def _can_regenerate(self) -> bool:
        return (
            not self._busy
            and self._model_ready
            and self._last_answer() is not None
            and self._last_question_index() == len(self._turns) - 2
        )

    # -- the library -----------------------------------------------------------------------------

    def _store_question(self, text: str) -> None:
        if self.library is None:
            return
        ref, title, model = self._ref, short_title(text), self._model_name

        def job(chats: ChatStore) -> None:
            if ref.id is None:
                ref.id = chats.create(title, model)
            chats.add_message(ref.id, "user", text)

        self.library.chats(job, None, self._on_library_failed, writes=True)

    def _store_answer(self, turn: _Turn) -> None:
        if self.library is None:
            return
        ref = self._ref

        def job(chats: ChatStore) -> None:
            if ref.id is not None:  # None: storing the question failed, and was reported
                chats.add_message(ref.id, "assistant", turn.content, turn.reasoning or None)

        self.library.chats(job, None, self._on_library_failed, writes=True)

    def _truncate_stored(self, keep: int) -> None:
        if self.library is None:
            return
        ref = self._ref

        def job(chats: ChatStore) -> None:
            if ref.id is not None:
                _keep_first_messages(chats, ref.id, keep)

        self.library.chats(job, None, self._on_library_failed, writes=True)

    def _refresh_list(self) -> None:
        if self.library is not None:
            self.library.chats(
                lambda chats: chats.chats(), self._show_chats, self._on_library_failed
            )

    def _show_chats(self, chats: list[Chat]) -> None:
        self.chat_list.blockSignals(True)
        self.chat_list.clear()
        for chat in chats:
            item = QListWidgetItem(chat.title)
            item.setData(_CHAT_ID, chat.id)
            item.setToolTip(chat.title)
            self.chat_list.addItem(item)
        self.chat_list.blockSignals(False)
        self._select_in_list(self._ref.id)

    def _select_in_list(self, chat_id: int | None) -> None:
        """Mark the conversation shown, without loading it again."""
        self.chat_list.blockSignals(True)
        self.chat_list.setCurrentRow(-1)
        for row in range(self.chat_list.count()):
            if chat_id is not None and self.chat_list.item(row).data(_CHAT_ID) == chat_id:
                self.chat_list.setCurrentRow(row)
                break
        self.chat_list.blockSignals(False)

    def _on_chat_selected(self, item: QListWidgetItem | None, _previous: object) -> None:
        if item is not None and item.data(_CHAT_ID) != self._ref.id:
            self.open_chat(item.data(_CHAT_ID))

    def _show_loaded(self, ref: _ChatRef, messages: list[ChatMessage]) -> None:
        if ref is not self._ref:
            return  # the user moved on to another conversation meanwhile
        self._turns = [_Turn(m.role, m.content, m.reasoning or "") for m in messages]
        last = self._last_answer()
        self._answer = last.content if last else ""
        self._render_transcript()
        self._update_controls()
        self.meter.recount()

    def _show_list_menu(self, pos: QPoint) -> None:
        item = self.chat_list.itemAt(pos)
        if item is None or self._busy:
            return
        menu = QMenu(self)
        delete = menu.addAction(self.tr("Delete chat…"))
        if menu.exec(self.chat_list.viewport().mapToGlobal(pos)) is delete:
            self.delete_chat(item.data(_CHAT_ID), item.text())

    def _delete_current(self) -> None:
        item = self.chat_list.currentItem()
        if item is not None:
            self.delete_chat(item.data(_CHAT_ID), item.text())

    def _on_note_saved(self, note_id: int) -> None:
        self._show_status(self.tr("Saved as a note."))
        self.note_saved.emit(note_id)

    def _on_library_failed(self, reason: str) -> None:
        self._show_status(self.tr("The chat library failed: {reason}").format(reason=reason))

    def _show_status(self, text: str) -> None:
        """A short note under the input; the row folds away when there is none and no meter."""
        self.status_label.setText(text)
        self.status_label.setToolTip(text)  # the label may be too narrow for a long error
        self.status_label.setVisible(bool(text))

    # -- the context meter -----------------------------------------------------------------------

    def _on_draft_changed(self) -> None:
        self._update_controls()
        self.meter.recount_later()

    def _to_count(self) -> list[Message] | None:
        """The conversation and the draft, or None while they cannot be counted."""
        if not self._model_ready or self._busy:
            return None  # counts queue behind an answer; the turn's end recounts
        draft = self.input.toPlainText().strip()
        return self.history + ([{"role": "user", "content": draft}] if draft else [])

    # -- controls --------------------------------------------------------------------------------

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self._update_controls()
        # The disabled input drops the focus: hand it to the transcript for reading (and
        # scrolling by keyboard) meanwhile, and back for the next question.
        (self.transcript if busy else self.input).setFocus()

    def _update_controls(self) -> None:
        idle = not self._busy
        has_text = bool(self.input.toPlainText().strip())
        last = self._last_answer()
        answered = idle and last is not None and bool(last.content)
        self.send_button.setEnabled(self._model_ready and idle and has_text)
        self.stop_button.setEnabled(self._busy)
        self.input.setEnabled(idle)
        self.chat_list.setEnabled(idle)
        self.delete_action.setEnabled(idle)
        self.copy_button.setEnabled(answered)
        self.regenerate_button.setEnabled(self._can_regenerate())
        self.edit_button.setEnabled(idle and self._last_question_index() is not None)
        can_save = answered and self.library is not None and self._last_question_index() is not None
        self.save_note_button.setEnabled(can_save)
        self.include_reasoning.setEnabled(can_save and last is not None and bool(last.reasoning))
        if self._model_ready:
            self.input.setPlaceholderText(self.tr("Type a question (Ctrl+Enter sends)"))
        else:
            self.input.setPlaceholderText(self.tr("Waiting for a model…"))

    def _fit_input_height(self) -> None:
        lines = self.input.fontMetrics().lineSpacing() * INPUT_LINES
        self.input.setFixedHeight(lines + 2 * self.input.frameWidth() + 8)

    def changeEvent(self, event: QEvent) -> None:
        """Keep the input INPUT_LINES high when the font changes (presenter mode)."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._fit_input_height()
