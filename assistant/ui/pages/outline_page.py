"""The Outline page: a lecture in (pasted, opened or dropped), a structured note outline out."""

from __future__ import annotations

import re
import time
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from assistant.core.engine.events import Progress
from assistant.core.engine.local import LoadedModel
from assistant.core.engine.remote import RemoteModel
from assistant.core.errors import InputError
from assistant.core.outline.pipeline import OutlineResult
from assistant.core.outline.render import render
from assistant.core.outline.structure import Outline
from assistant.core.store.notes import NotesStore
from assistant.ui.controllers.card_maker import CardMaker
from assistant.ui.controllers.engine_bridge import EngineBridge, EngineRequest, OutlineJob
from assistant.ui.controllers.library_bridge import LibraryBridge
from assistant.ui.dialogs.save_dialog import (
    Destination,
    choose_destination,
    course_lessons,
    outline_title,
)
from assistant.ui.language import Retranslating, retranslate_tree
from assistant.ui.tasks import describe_failure
from assistant.ui.widgets.lecture_input import LectureInput, local_file
from assistant.ui.widgets.markdown_view import MarkdownView
from assistant.ui.widgets.outline_progress import OutlineProgress, format_duration
from assistant.ui.widgets.thinking_panel import ThinkingPanel

DRAFT_KEY = "outline:input"
# The lecture is autosaved at most this long after a change: a crash loses no more.
DRAFT_DELAY_MS = 2000
# The outline's Markdown is re-rendered at most this often while it streams; a whole-outline
# render per token would cost more GUI time than a fast model leaves.
RENDER_INTERVAL_MS = 100
# Stored as the note's source when the lecture was not opened from a file (data, not UI text).
PASTED_SOURCE = "pasted text"
_ORDERED_ITEM = re.compile(r"^(\d+)([.)])(\s)")


def confirm_replace_edits(parent: QWidget) -> bool:
    """Ask before a new outline replaces one the user edited and did not save (tests replace)."""
    answer = QMessageBox.question(
        parent,
        parent.tr("Replace the edited outline?"),
        parent.tr("You edited the outline and did not save it. Generate a new one anyway?"),
    )
    return answer == QMessageBox.StandardButton.Yes


def confirm_replace_outline(parent: QWidget) -> bool:
    """Ask before a new outline replaces one that was not saved (tests replace this)."""
    answer = QMessageBox.question(
        parent,
        parent.tr("Replace the outline?"),
        parent.tr("The outline has not been saved to the library. Generate a new one anyway?"),
    )
    return answer == QMessageBox.StandardButton.Yes


def display_markdown(outline: str, fmt: str) -> str:
    """The outline as shown: 公文 lines become paragraphs whose numbers Markdown leaves alone."""
    if fmt != "gongwen":
        return outline
    # Each 公文 line stands alone (Markdown would join them into one paragraph), leading spaces
    # would make a code block, and "1." would become a list that Qt renumbers.
    lines = (line.strip() for line in outline.splitlines())
    return "\n\n".join(_ORDERED_ITEM.sub(r"\1\\\2\3", line) for line in lines if line)


class OutlinePage(Retranslating, QWidget):
    """Turns a lecture into a structured note outline with the loaded model."""

    saved = Signal(int)  # the id of the outline note just saved
    generating_changed = Signal(bool)
    draft_saved = Signal()  # the lecture's autosave reached the library

    def __init__(
        self, engine: EngineBridge, library: LibraryBridge, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.engine = engine
        self.library = library
        self._model: LoadedModel | RemoteModel | None = engine.engine.loaded
        self._model_ready = self._model is not None
        self._busy = False
        # Longest answer per model pass; None: the pipeline's default.
        self.max_tokens: int | None = None
        self._outline = ""
        self._structured: Outline | None = None
        self._anchor = 0
        self._meta: dict[str, Any] = {}
        self._unsaved_edits = False
        # The outline shown has not been saved since it was generated (Generate asks first).
        self._unsaved_outline = False
        # The outline being written (None when idle): its handle's signals reach this page only.
        self._request: EngineRequest | None = None
        self._started_at = 0.0
        self._first_token_at = 0.0
        self._speed = 0.0
        self._last = Destination("", "", "")
        # The note the shown outline was last saved as: cards are made from it.
        self._saved_note: int | None = None
        self._build()
        self._wire()
        self._update_controls()

    # -- construction --------------------------------------------------------------------------

    def _build(self) -> None:
        self.setAcceptDrops(True)
        self.lecture = LectureInput(self.library, DRAFT_KEY, DRAFT_DELAY_MS, self)
        self.input = self.lecture.edit
        self.open_button = self.lecture.open_button
        self.count_label = self.lecture.count_label
        self.format_combo = self.lecture.format_combo
        self.language_combo = self.lecture.language_combo
        self.generate_button = QPushButton(self.tr("Generate"), self)
        self.generate_button.setToolTip(self.tr("Generate the outline (Ctrl+Enter)"))
        self.generate_button.setDefault(True)
        self.stop_button = QPushButton(self.tr("Stop"), self)
        self.stop_button.setToolTip(self.tr("Stop (Esc); the outline so far is kept"))

        self.thinking = ThinkingPanel(self)
        self.output = MarkdownView(self)
        self.output.setPlaceholderText(self.tr("The outline appears here."))
        self.editor = QPlainTextEdit(self)
        self.editor.setAccessibleName(self.tr("Outline Markdown"))
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.output)
        self.stack.addWidget(self.editor)
        self.edit_button = QPushButton(self.tr("Edit"), self)
        self.edit_button.setCheckable(True)
        self.edit_button.setToolTip(self.tr("Edit the outline's Markdown"))
        self.save_button = QPushButton(self.tr("Save to library…"), self)
        self.cards_button = QPushButton(self.tr("Make cards"), self)
        self.cards_button.setToolTip(
            self.tr("Review cards from the saved outline's key terms and review questions")
        )
        self.card_maker = CardMaker(self.library, self)
        self.progress = OutlineProgress(self)
        self.status_label = QLabel(self)
        self.status_label.setWordWrap(True)
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.lecture.add_buttons(self.generate_button, self.stop_button)

        top_right = QHBoxLayout()
        top_right.addWidget(QLabel(self.tr("Outline"), self))
        top_right.addStretch(1)
        top_right.addWidget(self.edit_button)
        top_right.addWidget(self.save_button)
        top_right.addWidget(self.cards_button)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addLayout(top_right)
        right_layout.addWidget(self.thinking)
        right_layout.addWidget(self.stack, 1)
        right_layout.addWidget(self.progress)
        right_layout.addWidget(self.status_label)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.lecture)
        splitter.addWidget(right)
        splitter.setChildrenCollapsible(False)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([500, 500])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

    def _wire(self) -> None:
        self.lecture.message.connect(self._show)
        self.lecture.draft_saved.connect(self.draft_saved)
        self.generate_button.clicked.connect(self.generate)
        self.stop_button.clicked.connect(self.stop)
        self.edit_button.toggled.connect(self._set_editing)
        self.save_button.clicked.connect(self.save_to_library)
        self.cards_button.clicked.connect(self.make_cards)
        self.editor.textChanged.connect(self._update_controls)
        self.format_combo.currentIndexChanged.connect(self._on_format_changed)

        self._render_timer = QTimer(self)
        self._render_timer.setSingleShot(True)
        self._render_timer.setInterval(RENDER_INTERVAL_MS)
        self._render_timer.timeout.connect(self._render)
        # Window-wide, like the chat page: Esc stops wherever the focus is; Qt ignores the
        # shortcuts of a hidden page.
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self).activated.connect(self.generate)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self).activated.connect(self.stop)

        e = self.engine
        e.loading.connect(self._on_model_loading)
        e.loaded.connect(self._on_model_loaded)
        e.busy_changed.connect(self._update_controls)

    # -- state ---------------------------------------------------------------------------------

    @property
    def is_busy(self) -> bool:
        """Whether an outline is being generated."""
        return self._busy

    def outline_text(self) -> str:
        """The outline's Markdown source, with the user's edits."""
        return self.editor.toPlainText() if self.edit_button.isChecked() else self._outline

    def status_text(self) -> str:
        """The progress or status line."""
        return self.status_label.text()

    # -- user actions --------------------------------------------------------------------------

    def set_model_ready(self, ready: bool) -> None:
        """Enable Generate once a model is loaded (the page also follows the bridge itself)."""
        self._model_ready = ready
        self._update_controls()

    def generate(self) -> None:
        """Outline the lecture in the input box with the loaded model (chunked when long)."""
        if self._busy or not self._model_ready:
            return
        if self.engine.busy:
            self._show(self.tr("The model is still answering on another page; wait or stop it."))
            return
        if self._has_unsaved_edits() and not confirm_replace_edits(self):
            return
        if (
            not self._has_unsaved_edits()
            and self._unsaved_outline
            and self.outline_text().strip()
            and not confirm_replace_outline(self)
        ):
            return
        try:
            lecture = self.lecture.lecture()
        except InputError:
            self._show(self.tr("Paste a lecture or open a file first."))
            return
        fmt = self.format_combo.currentData()
        language = self.language_combo.currentData()
        self._meta = {
            "format": fmt,
            "source": self.lecture.source or PASTED_SOURCE,
            "model": self._model.info.name if self._model else None,
            "params": {
                "format": fmt,
                "language": lecture.language if language == "auto" else language,
                "max_tokens": self.max_tokens,
            },
        }
        self.edit_button.setChecked(False)
        self._unsaved_edits = False
        self._unsaved_outline = True
        self._outline = ""
        self._structured = None
        self.output.clear_sections()
        self._anchor = self.output.append_markdown("")
        self.thinking.reset()
        self._speed = 0.0
        self._started_at = time.monotonic()
        self._first_token_at = 0.0
        self._set_busy(True)
        self.progress.start()
        self._show(self.tr("Reading the lecture…"))
        request = self.engine.outline(OutlineJob(lecture, language, self.max_tokens), owner=self)
        request.step.connect(self._on_progress)
        request.partial.connect(self._on_partial)
        request.reasoning.connect(self._on_reasoning)
        request.speed.connect(self._on_speed)
        request.succeeded.connect(self._on_done)
        request.stopped.connect(self._on_stopped)
        # Stopped before it began: nothing was written.
        request.cancelled.connect(lambda: self._on_stopped(None))
        request.failed.connect(lambda error: self._on_failed(describe_failure(error)))
        self._request = request

    def stop(self) -> None:
        """Stop generating; the outline so far stays."""
        if self._busy and self._request is not None:
            self._request.cancel()

    def open_file(self, path: str | None = None) -> None:
        """Put a .txt/.md lecture in the input box (asks for the file when path is None)."""
        self.lecture.open_file(path)

    def save_to_library(self) -> None:
        """Ask for a course and lesson, then store the outline as an "outline" note."""
        if self._busy or not self.outline_text().strip():
            return
        self.library.run(course_lessons, self._ask_destination, self._on_save_failed, owner=self)

    def save_draft_now(self) -> None:
        """Autosave the lecture text now (the main window calls this before closing)."""
        self.lecture.save_draft_now()

    # -- from the engine -----------------------------------------------------------------------

    def _on_model_loading(self, _name: str) -> None:
        self._model_ready = False
        self._update_controls()

    def _on_model_loaded(self, model: LoadedModel | RemoteModel) -> None:
        self._model = model
        self._model_ready = True
        self._update_controls()

    def _mine(self) -> bool:
        # Events of this page's request only; after its end (a stop shows the partial
        # outline, then the cancellation follows) nothing more changes the page.
        return self._busy

    def _on_progress(self, step: Progress) -> None:
        if self._mine():
            self.progress.update_step(step)
            self._show(self._generating_text())

    def _on_partial(self, outline: Outline) -> None:
        if not self._mine():
            return
        if self._structured is None:
            self.thinking.answer_started()
            self._first_token_at = time.monotonic()
        self._show_outline(outline)

    def _on_reasoning(self, text: str) -> None:
        if self._mine():
            self.thinking.append_reasoning(text)

    def _on_speed(self, rate: float) -> None:
        if self._mine():
            self._speed = rate
            self._show(self._generating_text())

    def _generating_text(self) -> str:
        if self._speed <= 0:
            return self.tr("Generating…")
        return self.tr("Generating… {rate} tok/s").format(rate=f"{self._speed:.1f}")

    def _on_done(self, result: OutlineResult) -> None:
        if not self._mine():
            return
        self._show_outline(result.outline)
        self._meta["params"]["chunks"] = result.chunks
        seconds = time.monotonic() - self._started_at
        self._end(self.tr("Done in {seconds}.").format(seconds=format_duration(seconds)))

    def _on_stopped(self, partial: Outline | None) -> None:
        if not self._mine():
            return
        if partial is not None:
            self._show_outline(partial)
        kept = self.tr("Stopped — the partial outline is kept.")
        self._end(kept if self._outline else self.tr("Stopped."))

    def _on_failed(self, reason: str) -> None:
        if not self._mine():
            return
        message = self.tr("The model stopped: {reason}").format(reason=reason)
        if self._outline:
            message += " " + self.tr("The partial outline is kept.")
        self._end(message)

    def _on_format_changed(self, _index: int) -> None:
        """Render the stored outline in the new format at once: no model call, no wait."""
        fmt = self.format_combo.currentData()
        if self._busy:
            self._meta["format"] = fmt  # the next partial renders in it
            return
        if self._structured is None:
            return
        if self._has_unsaved_edits() and not confirm_replace_edits(self):
            previous = self.format_combo.findData(self._meta.get("format", "markdown"))
            blocked = self.format_combo.blockSignals(True)
            self.format_combo.setCurrentIndex(max(previous, 0))
            self.format_combo.blockSignals(blocked)
            return
        self.edit_button.setChecked(False)
        self._unsaved_edits = False
        self._meta["format"] = fmt
        if isinstance(self._meta.get("params"), dict):
            self._meta["params"]["format"] = fmt
        self._outline = render(self._structured, fmt)
        self._render()
        self._update_controls()

    def _show_outline(self, outline: Outline) -> None:
        self._structured = outline
        self._outline = render(outline, self._meta.get("format", "markdown"))
        if not self._render_timer.isActive():
            self._render_timer.start()

    # -- internals -----------------------------------------------------------------------------

    def _end(self, message: str) -> None:
        self._render_timer.stop()
        self._render()
        self.progress.finish()
        self.thinking.finish()
        self._request = None
        self._set_busy(False)
        self._show(message)

    def _render(self) -> None:
        markdown = display_markdown(self._outline, self._meta.get("format", "markdown"))
        self.output.replace_last_markdown(self._anchor, markdown)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self._update_controls()
        self.generating_changed.emit(busy)

    def _set_editing(self, editing: bool) -> None:
        if editing:
            self.editor.setPlainText(self._outline)
            self.stack.setCurrentWidget(self.editor)
            self.editor.setFocus()
        else:
            if self.editor.toPlainText() != self._outline:
                self._unsaved_edits = True
                self._outline = self.editor.toPlainText()
                self.output.clear_sections()
                self._anchor = self.output.append_markdown("")
                self._render()
            self.stack.setCurrentWidget(self.output)
        self._update_controls()

    def _update_controls(self) -> None:
        idle = not self._busy
        self.generate_button.setEnabled(idle and self._model_ready and not self.engine.busy)
        self.stop_button.setEnabled(self._busy)
        has_outline = bool(self.outline_text().strip())
        self.edit_button.setEnabled(idle and (has_outline or self.edit_button.isChecked()))
        self.save_button.setEnabled(idle and has_outline)
        saved = self._saved_note is not None and not self._unsaved_outline
        self.cards_button.setEnabled(idle and saved and not self._has_unsaved_edits())
        waiting = self.tr("Waiting for a model…")
        if idle and not self._model_ready and not self.status_label.text():
            self.status_label.setText(waiting)
        elif self._model_ready and self.status_label.text() == waiting:
            self.status_label.clear()

    def _show(self, message: str) -> None:
        self.status_label.setText(message)

    # -- saving --------------------------------------------------------------------------------

    def _ask_destination(self, lessons: dict[str, list[str]]) -> None:
        default = self._last._replace(
            title=outline_title(self.outline_text()) or self.tr("Lecture outline")
        )
        # Looked up in this module's namespace when called: tests replace it here.
        chosen = choose_destination(self, lessons, default)
        body = self.outline_text().strip()
        if chosen is None or not body:
            return
        self._last = chosen
        meta = self._meta

        def job(store: NotesStore) -> int:
            return store.add(
                chosen.title,
                body,
                kind="outline",
                course=chosen.course or None,
                lesson=chosen.lesson or None,
                source=meta.get("source", PASTED_SOURCE),
                model=meta.get("model"),
                params=meta.get("params"),
            )

        self.library.run(job, self._on_saved, self._on_save_failed, writes=True, owner=self)

    def _has_unsaved_edits(self) -> bool:
        editing = self.edit_button.isChecked() and self.editor.toPlainText() != self._outline
        return self._unsaved_edits or editing

    def make_cards(self) -> None:
        """Review cards from the saved outline (cards made before are not made again)."""
        if self._saved_note is not None:
            self.card_maker.make(self._saved_note, self._show)

    def _on_saved(self, note_id: int) -> None:
        self._saved_note = note_id
        self._unsaved_edits = False
        self._unsaved_outline = False
        self._show(self.tr("Saved to the library."))
        self._update_controls()
        self.saved.emit(note_id)

    def _on_save_failed(self, reason: str) -> None:
        self._show(self.tr("The outline was not saved: {reason}").format(reason=reason))

    # -- drag and drop -------------------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        """Accept a file dragged anywhere over the page."""
        if local_file(event.mimeData()) is not None:
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        """Open the dropped file as the lecture."""
        path = local_file(event.mimeData())
        if path is not None:
            event.acceptProposedAction()
            self.open_file(path)

    def retranslate(self) -> None:
        """This page's texts in the language just installed."""
        retranslate_tree(self)
        self.lecture.update_count()
        self._update_controls()
