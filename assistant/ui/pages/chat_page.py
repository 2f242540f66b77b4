"""Free chat with the local model: stored conversations, the transcript, thinking and actions."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QTextCursor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from assistant.core.engine.chat_request import ChatRequest, chat_request, regenerated
from assistant.core.engine.events import Done
from assistant.core.engine.local import LoadedModel
from assistant.core.engine.requests import Message, Sampling
from assistant.ui.controllers.engine_bridge import EngineBridge, EngineRequest
from assistant.ui.controllers.library_bridge import LibraryBridge
from assistant.ui.language import retranslate_tree
from assistant.ui.tasks import describe_failure
from assistant.ui.widgets.answer_actions import (
    AnswerActions,
    can_regenerate,
    last_answer,
    last_question_index,
)
from assistant.ui.widgets.context_meter import ContextMeter
from assistant.ui.widgets.conversation_list import ConversationList, Turn, short_title
from assistant.ui.widgets.markdown_view import MarkdownView
from assistant.ui.widgets.thinking_panel import ThinkingPanel

# Streaming re-renders the answer's Markdown at most this often; tokens in between only
# append to a string, so a fast model cannot flood the GUI thread with layout work.
RENDER_INTERVAL_MS = 50
INPUT_LINES = 4
LIST_WIDTH = 200

__all__ = ["ChatPage", "short_title"]  # short_title: still importable from here


class ChatPage(QWidget):
    """A conversation with the loaded model; the whole history is sent each turn.

    With a library the conversations are stored and listed on the left; with an engine bridge
    the context meter counts tokens and a prompt that does not fit is refused in its own words.
    """

    # (messages, Sampling): the conversation sent (with an engine the page asks it itself).
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
        self._turns: list[Turn] = []
        self._answer = ""
        # Where the streaming answer starts in the transcript; None while no answer is shown
        # (or after New chat dropped the one still streaming).
        self._answer_anchor: int | None = None
        self._busy = False
        self._model_ready = False
        self._model_name: str | None = None
        self._rejection: str | None = None
        # The answer this page waits for: its handle's signals carry only its events.
        self._request: EngineRequest | None = None
        # What the last answer was asked with, so Regenerate asks exactly that again.
        self._sent: ChatRequest | None = None

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
            self.meter.watch(engine.count_tokens, self._to_count)
        self._fit_input_height()
        self._update_controls()

    def _build_widgets(self) -> None:
        self.conversations = ConversationList(self.library, self)
        self.conversations.new_requested.connect(self.clear_conversation)
        self.conversations.open_requested.connect(self.open_chat)
        self.conversations.delete_requested.connect(self.delete_chat)
        self.conversations.loaded.connect(self._show_loaded)
        self.conversations.failed.connect(self._on_library_failed)
        self.new_chat_button = self.conversations.new_chat_button
        self.chat_list = self.conversations.list_widget
        self.delete_action = self.conversations.delete_action

        self.transcript = MarkdownView(self)
        self.transcript.setPlaceholderText(
            self.tr("Ask the model anything. Everything stays on this computer.")
        )
        self.thinking = ThinkingPanel(self)

        self.answer_actions = AnswerActions(self.library, self)
        self.answer_actions.copy_requested.connect(self.copy_answer)
        self.answer_actions.regenerate_requested.connect(self.regenerate)
        self.answer_actions.edit_requested.connect(self.edit_last_question)
        self.answer_actions.save_requested.connect(self.save_answer_as_note)
        self.answer_actions.note_saved.connect(self._on_note_saved)
        self.answer_actions.failed.connect(self._on_library_failed)
        self.copy_button = self.answer_actions.copy_button
        self.regenerate_button = self.answer_actions.regenerate_button
        self.edit_button = self.answer_actions.edit_button
        self.save_note_button = self.answer_actions.save_note_button
        self.include_reasoning = self.answer_actions.include_reasoning
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

    def _build_layout(self) -> None:
        self.meter.setVisible(self.engine is not None)
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
        column.addWidget(self.answer_actions)
        column.addLayout(bottom)
        column.addLayout(status)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.conversations)
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
        return self.conversations.chat_id

    @property
    def is_busy(self) -> bool:
        """Whether an answer is being generated."""
        return self._busy

    def answer_text(self) -> str:
        """The text of the current (or last) answer so far."""
        return self._answer

    def last_reasoning(self) -> str:
        """The reasoning behind the last answer ("" if none)."""
        last = last_answer(self._turns)
        return last.reasoning if last else ""

    # -- user actions ----------------------------------------------------------------------------

    def send(self) -> None:
        """Send the typed message with the conversation so far."""
        text = self.input.toPlainText().strip()
        if not text or self._busy or not self._model_ready:
            return
        self._turns.append(Turn("user", text))
        self.conversations.store_question(text, self._model_name)
        self.transcript.append_text(self.tr("You"), bold=True)
        self.transcript.append_text(text)
        self.input.clear()
        self._start_answer()

    def stop(self) -> None:
        """Ask the model to stop; the answer so far stays."""
        if self._busy:
            if self._request is not None:
                self._request.cancel()
            self.stop_requested.emit()

    def clear_conversation(self) -> None:
        """Start a new chat (a running answer is stopped and dropped)."""
        self.stop()
        self._reset_view()
        self.conversations.start_new()
        self._update_controls()
        self.meter.recount()

    def open_chat(self, chat_id: int) -> None:
        """Show a stored conversation (not while an answer streams)."""
        if self._busy or self.library is None:
            return
        self._reset_view()
        self.conversations.open(chat_id)
        self._update_controls()

    def delete_chat(self, chat_id: int, title: str = "") -> None:
        """Delete a stored conversation after the user confirms."""
        if self.library is None or self._busy or not self.conversations.confirm_delete(title):
            return
        if chat_id == self.chat_id:
            self.clear_conversation()
        self.conversations.delete(chat_id)

    def copy_answer(self) -> None:
        """Put the last answer's Markdown on the clipboard."""
        if self.answer_actions.copy_answer(self._turns):
            self._show_status(self.tr("Answer copied."))

    def regenerate(self) -> None:
        """Ask the last question again, exactly as before but with a new seed.

        The new answer replaces the last one; a question left unanswered (the app was closed
        mid-answer) gets its first answer.
        """
        if self._busy or not self._model_ready or not can_regenerate(self._turns):
            return
        if self._turns[-1].role == "assistant":
            self._turns.pop()
            self.conversations.keep_first(len(self._turns))
        self._render_transcript()
        sent = self._sent
        if sent is None or sent.message_list()[-len(self.history) :] != self.history:
            # Nothing sent for this conversation in this session (it was opened from the
            # library): rebuild the request as the first one was built.
            sent = chat_request(self.history, self.sampling)
        self._start_answer(regenerated(sent))

    def edit_last_question(self) -> None:
        """Put the last question back in the input and drop it and its answer."""
        index = last_question_index(self._turns)
        if index is None or self._busy:
            return
        question = self._turns[index].content
        del self._turns[index:]
        self.conversations.keep_first(index)
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
        self.answer_actions.save_note(self._turns, self._model_name)

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

    def _owns_events(self) -> bool:
        """Whether an answer of this page is under way (its events end or extend it)."""
        return self._busy

    def _mine(self) -> bool:
        """Whether events now extend the answer on screen (New chat drops a streaming one)."""
        return self._answer_anchor is not None and self._owns_events()

    def append_token(self, text: str) -> None:
        """More answer text."""
        if not self._mine():
            return
        if not self._answer:
            self.thinking.answer_started()
        self._answer += text
        if not self._render_timer.isActive():
            self._render_timer.start()

    def append_reasoning(self, text: str) -> None:
        """More of the model's thinking."""
        if self._mine():
            self.thinking.append_reasoning(text)

    def on_finished(self, done: Done) -> None:
        """The answer ended: normally, at its length limit, or stopped."""
        if not self._owns_events():
            return
        notes = {
            "cancelled": self.tr("Stopped."),
            "length": self.tr("The answer reached its length limit."),
        }
        self._end_answer(notes.get(done.reason), answered=done.reason != "cancelled")

    def on_rejected(self, reason: str) -> None:
        """The engine refused the question before answering; `on_failed` follows."""
        if self._mine():
            self._rejection = reason

    def on_failed(self, reason: str) -> None:
        """The answer failed; what was written stays on screen."""
        if not self._owns_events():
            return
        if self._rejection is not None:
            self._end_refused(self._rejection)
        else:
            self._end_answer(self.tr("The model stopped: {reason}").format(reason=reason), False)

    # -- answers ---------------------------------------------------------------------------------

    def _reset_view(self) -> None:
        """Empty the transcript and the history (a running answer is dropped)."""
        self._render_timer.stop()
        self._turns = []
        self._answer = ""
        self._answer_anchor = None
        self.transcript.clear_sections()
        self.thinking.reset()
        self._show_status("")

    def _start_answer(self, request: ChatRequest | None = None) -> None:
        request = request or chat_request(self.history, self.sampling)
        self._sent = request
        # The reader may have scrolled up to an older answer: the new one is what they asked.
        self.transcript.scroll_to_end()
        self.transcript.append_text(self.tr("Assistant"), bold=True)
        self._answer = ""
        self._rejection = None
        self._answer_anchor = self.transcript.append_markdown("")
        self.thinking.reset()
        self._show_status("")
        self._set_busy(True)
        self.ask_requested.emit(request.message_list(), request.sampling)
        if self.engine is not None:
            handle = self.engine.ask(request.message_list(), request.sampling, owner=self)
            handle.token.connect(self.append_token)
            handle.reasoning.connect(self.append_reasoning)
            handle.rejected.connect(self.on_rejected)
            handle.succeeded.connect(self.on_finished)
            handle.cancelled.connect(lambda: self.on_finished(Done("cancelled")))
            handle.failed.connect(lambda error: self.on_failed(describe_failure(error)))
            self._request = handle

    def _end_answer(self, note: str | None, answered: bool) -> None:
        if self._answer_anchor is not None:
            self._render_timer.stop()
            self._render_answer()
            self.thinking.finish()
            if self._answer or answered:
                turn = Turn("assistant", self._answer, self.thinking.text())
                self._turns.append(turn)
                self.conversations.store_answer(turn)
            elif self._turns and self._turns[-1].role == "user":
                # The model never answered: do not send the question again as if it had,
                # and give it back to edit or resend.
                self._restore_draft(self._take_back_question())
            if note:
                self.transcript.append_text(note, muted=True)
        self._answer_anchor = None
        self._request = None
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
        self._request = None
        self._set_busy(False)
        self.meter.recount()

    def _take_back_question(self) -> str:
        """Drop the unanswered last question from the history and the store; returns it."""
        question = self._turns.pop().content
        if self._turns:
            self.conversations.keep_first(len(self._turns))
        else:
            # The conversation was started for this question alone: it goes with it.
            self.conversations.discard_current()
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

    # -- the library -----------------------------------------------------------------------------

    def _show_loaded(self, turns: list[Turn]) -> None:
        self._turns = turns
        last = last_answer(turns)
        self._answer = last.content if last else ""
        self._render_transcript()
        self._update_controls()
        self.meter.recount()

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
        history = self.history + ([{"role": "user", "content": draft}] if draft else [])
        return chat_request(history, self.sampling).message_list() if history else history

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
        self.send_button.setEnabled(self._model_ready and idle and has_text)
        self.stop_button.setEnabled(self._busy)
        self.input.setEnabled(idle)
        self.conversations.set_idle(idle)
        self.answer_actions.update_for(self._turns, idle=idle, model_ready=self._model_ready)
        if self._model_ready:
            self.input.setPlaceholderText(self.tr("Type a question (Ctrl+Enter sends)"))
        else:
            self.input.setPlaceholderText(self.tr("Waiting for a model…"))

    def _fit_input_height(self) -> None:
        lines = self.input.fontMetrics().lineSpacing() * INPUT_LINES
        self.input.setFixedHeight(lines + 2 * self.input.frameWidth() + 8)

    def changeEvent(self, event: QEvent) -> None:
        """Keep the input INPUT_LINES high when the font changes (presenter mode); re-set the
        texts on a language switch (typed text stays)."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._fit_input_height()
        elif event.type() == QEvent.Type.LanguageChange:
            self.retranslate()

    def retranslate(self) -> None:
        """This page's texts in the language just installed."""
        retranslate_tree(self)
        self._update_controls()
