"""The actions on a chat's last answer (copy, regenerate, edit and resend, save as note)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal, SignalInstance
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QCheckBox, QToolButton, QWidget

from assistant.ui.controllers.library_bridge import LibraryBridge
from assistant.ui.dialogs.save_dialog import Destination, choose_destination, course_lessons
from assistant.ui.widgets.conversation_list import Turn, short_title
from assistant.ui.widgets.flow_layout import FlowLayout

NOTE_TITLE_CHARS = 80


def last_answer(turns: list[Turn]) -> Turn | None:
    """The conversation's last message, if it is an answer."""
    if turns and turns[-1].role == "assistant":
        return turns[-1]
    return None


def last_question_index(turns: list[Turn]) -> int | None:
    """The last question, if nothing but its answer follows it."""
    for index in (len(turns) - 1, len(turns) - 2):
        if index >= 0 and turns[index].role == "user":
            return index
        if index < 0 or turns[index].role != "assistant":
            return None
    return None


def ends_in_exchange(turns: list[Turn]) -> bool:
    """Whether the conversation ends in a question and its answer."""
    return last_answer(turns) is not None and last_question_index(turns) == len(turns) - 2


def can_regenerate(turns: list[Turn]) -> bool:
    """Whether the last question can be asked again: answered, or left without an answer."""
    return ends_in_exchange(turns) or bool(turns and turns[-1].role == "user")


class AnswerActions(QWidget):
    """Buttons for the last answer; saving it as a note needs a library (hidden without one)."""

    copy_requested = Signal()
    regenerate_requested = Signal()
    edit_requested = Signal()
    save_requested = Signal()
    note_saved = Signal(int)  # the id of the note an answer was saved as
    failed = Signal(str)  # why saving the note failed

    def __init__(self, library: LibraryBridge | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.library = library
        # Where the library's selection is (course, lesson): the main window points it at the
        # sidebar, so an answer is offered to the course being studied.
        self.current_place: Callable[[], tuple[str, str]] = lambda: ("", "")
        self.copy_button = self._tool_button(
            self.tr("Copy"), self.tr("Copy the answer (Markdown)"), self.copy_requested
        )
        self.regenerate_button = self._tool_button(
            self.tr("Regenerate"), self.tr("Ask the last question again"), self.regenerate_requested
        )
        self.edit_button = self._tool_button(
            self.tr("Edit and resend"),
            self.tr("Put the last question back in the input to change it"),
            self.edit_requested,
        )
        self.save_note_button = self._tool_button(
            self.tr("Save answer as note"),
            self.tr("Keep the answer in the notes library"),
            self.save_requested,
        )
        self.include_reasoning = QCheckBox(self.tr("Include reasoning"), self)
        self.include_reasoning.setToolTip(self.tr("Save the model's thinking with the answer"))
        self.save_note_button.setVisible(library is not None)
        self.include_reasoning.setVisible(library is not None)

        # Wraps onto a second line at large fonts instead of widening the window.
        layout = FlowLayout(self)
        for widget in (self.copy_button, self.regenerate_button, self.edit_button):
            layout.addWidget(widget)
        layout.addWidget(self.save_note_button)
        layout.addWidget(self.include_reasoning)

    def _tool_button(self, text: str, tip: str, signal: SignalInstance) -> QToolButton:
        button = QToolButton(self)
        button.setText(text)
        button.setToolTip(tip)
        button.setAutoRaise(True)
        button.clicked.connect(signal)
        return button

    def update_for(self, turns: list[Turn], *, idle: bool, model_ready: bool) -> None:
        """Enable the actions that apply to the conversation's end now."""
        last, question = last_answer(turns), last_question_index(turns)
        answered = idle and last is not None and bool(last.content)
        can_save = answered and self.library is not None and question is not None
        self.copy_button.setEnabled(answered)
        self.regenerate_button.setEnabled(idle and model_ready and can_regenerate(turns))
        self.edit_button.setEnabled(idle and question is not None)
        self.save_note_button.setEnabled(can_save)
        self.include_reasoning.setEnabled(can_save and last is not None and bool(last.reasoning))

    def copy_answer(self, turns: list[Turn]) -> bool:
        """Put the last answer's Markdown on the clipboard; False if there is none."""
        last = last_answer(turns)
        if last is None or not last.content:
            return False
        QGuiApplication.clipboard().setText(last.content)
        return True

    def save_note(self, turns: list[Turn], model: str | None) -> None:
        """Ask the course, lesson and title, then store the last answer as a "chat" note.

        The course and lesson selected in the library are offered; the title starts as the
        question. `note_saved` follows with the note's id.
        """
        last, index = last_answer(turns), last_question_index(turns)
        if self.library is None or last is None or index is None or not last.content:
            return
        course, lesson = self.current_place()
        default = Destination(course, lesson, short_title(turns[index].content, NOTE_TITLE_CHARS))
        body = last.content
        if self.include_reasoning.isChecked() and last.reasoning:
            body += f"\n\n## {self.tr('Reasoning')}\n\n{last.reasoning}"
        self.library.run(
            course_lessons,
            lambda lessons: self._store(lessons, default, body, model),
            self.failed.emit,
            owner=self,
        )

    def _store(
        self, lessons: dict[str, list[str]], default: Destination, body: str, model: str | None
    ) -> None:
        chosen = choose_destination(self, lessons, default, self.tr("Save answer as note"))
        if chosen is None or self.library is None:
            return
        title = chosen.title or default.title
        self.library.run(
            lambda store: store.add(
                title,
                body,
                kind="chat",
                model=model,
                course=chosen.course or None,
                lesson=chosen.lesson or None,
            ),
            self.note_saved.emit,
            self.failed.emit,
            writes=True,
            owner=self,
        )
