"""Free chat with the local model: a transcript, the model's thinking, and an input box."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from assistant.core.engine.events import Done
from assistant.core.engine.local import LoadedModel
from assistant.core.engine.requests import Message, Sampling
from assistant.ui.widgets.markdown_view import MarkdownView
from assistant.ui.widgets.thinking_panel import ThinkingPanel

# Streaming re-renders the answer's Markdown at most this often; tokens in between only
# append to a string, so a fast model cannot flood the GUI thread with layout work.
RENDER_INTERVAL_MS = 50
INPUT_LINES = 4


class ChatPage(QWidget):
    """A conversation with the loaded model; the whole history is sent each turn."""

    # (messages, Sampling): the conversation to answer.
    ask_requested = Signal(object, object)
    stop_requested = Signal()

    def __init__(self, sampling: Sampling | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.sampling = sampling or Sampling()
        self._history: list[Message] = []
        self._answer = ""
        # Where the streaming answer starts in the transcript; None while no answer is shown
        # (or after New chat dropped the one still streaming).
        self._answer_anchor: int | None = None
        self._busy = False
        self._model_ready = False

        self.transcript = MarkdownView(self)
        self.transcript.setPlaceholderText(
            self.tr("Ask the model anything. Everything stays on this computer.")
        )
        self.thinking = ThinkingPanel(self)
        self.input = QPlainTextEdit(self)
        self.input.setTabChangesFocus(True)
        self.input.setAccessibleName(self.tr("Your message"))
        self.send_button = QPushButton(self.tr("Send"), self)
        self.send_button.setToolTip(self.tr("Send (Ctrl+Enter)"))
        self.stop_button = QPushButton(self.tr("Stop"), self)
        self.stop_button.setToolTip(self.tr("Stop the answer (Esc); the text so far is kept"))
        self.send_button.clicked.connect(self.send)
        self.stop_button.clicked.connect(self.stop)
        self.input.textChanged.connect(self._update_controls)

        self._render_timer = QTimer(self)
        self._render_timer.setSingleShot(True)
        self._render_timer.setInterval(RENDER_INTERVAL_MS)
        self._render_timer.timeout.connect(self._render_answer)

        # Window-wide (the default context): Esc must stop the answer wherever the focus is,
        # e.g. on the status bar's Open button. Qt ignores the shortcuts of a hidden page.
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self).activated.connect(self.send)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self).activated.connect(self.stop)

        buttons = QVBoxLayout()
        buttons.addWidget(self.send_button)
        buttons.addWidget(self.stop_button)
        buttons.addStretch(1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.input, 1)
        bottom.addLayout(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.transcript, 1)
        layout.addWidget(self.thinking)
        layout.addLayout(bottom)
        self._fit_input_height()
        self._update_controls()

    # -- state ---------------------------------------------------------------------------------

    @property
    def history(self) -> list[Message]:
        """The conversation as the model will see it next turn (a copy)."""
        return [dict(m) for m in self._history]

    @property
    def is_busy(self) -> bool:
        """Whether an answer is being generated."""
        return self._busy

    def answer_text(self) -> str:
        """The text of the current (or last) answer so far."""
        return self._answer

    # -- user actions ----------------------------------------------------------------------------

    def send(self) -> None:
        """Send the typed message with the conversation so far."""
        text = self.input.toPlainText().strip()
        if not text or self._busy or not self._model_ready:
            return
        self._history.append({"role": "user", "content": text})
        self.transcript.append_text(self.tr("You"), bold=True)
        self.transcript.append_text(text)
        self.transcript.append_text(self.tr("Assistant"), bold=True)
        self._answer = ""
        self._answer_anchor = self.transcript.append_markdown("")
        self.thinking.reset()
        self.input.clear()
        self._set_busy(True)
        self.ask_requested.emit(self.history, self.sampling)

    def stop(self) -> None:
        """Ask the model to stop; the answer so far stays."""
        if self._busy:
            self.stop_requested.emit()

    def clear_conversation(self) -> None:
        """Start a new chat (a running answer is stopped and dropped)."""
        self.stop()
        self._render_timer.stop()
        self._history.clear()
        self._answer = ""
        self._answer_anchor = None
        self.transcript.clear_sections()
        self.thinking.reset()

    # -- from the model (connected by the main window) -------------------------------------------

    def on_model_loading(self, _name: str) -> None:
        """A model is loading: no sending until it is ready."""
        self._model_ready = False
        self._update_controls()

    def on_model_loaded(self, _model: LoadedModel) -> None:
        """A model is ready."""
        self._model_ready = True
        self._update_controls()

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

    def on_failed(self, reason: str) -> None:
        """The answer failed; what was written stays on screen."""
        self._end_answer(self.tr("The model stopped: {reason}").format(reason=reason), False)

    # -- internals -------------------------------------------------------------------------------

    def _end_answer(self, note: str | None, answered: bool) -> None:
        if self._answer_anchor is not None:
            self._render_timer.stop()
            self._render_answer()
            self.thinking.finish()
            if self._answer or answered:
                self._history.append({"role": "assistant", "content": self._answer})
            elif self._history and self._history[-1]["role"] == "user":
                # The model never answered: do not send the question again as if it had.
                self._history.pop()
            if note:
                self.transcript.append_text(note, muted=True)
        self._answer_anchor = None
        self._set_busy(False)

    def _render_answer(self) -> None:
        if self._answer_anchor is not None:
            self.transcript.replace_last_markdown(self._answer_anchor, self._answer)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self._update_controls()
        # The disabled input drops the focus: hand it to the transcript for reading (and
        # scrolling by keyboard) meanwhile, and back for the next question.
        (self.transcript if busy else self.input).setFocus()

    def _update_controls(self) -> None:
        has_text = bool(self.input.toPlainText().strip())
        self.send_button.setEnabled(self._model_ready and not self._busy and has_text)
        self.stop_button.setEnabled(self._busy)
        self.input.setEnabled(not self._busy)
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
