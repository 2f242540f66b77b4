"""Where to save an outline or an answer: the course, lesson and title dialog."""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from assistant.core.store.notes import NotesStore
from assistant.ui.language import Retranslating


class Destination(NamedTuple):
    """Where the user chose to save an outline."""

    course: str
    lesson: str
    title: str


def course_lessons(store: NotesStore) -> dict[str, list[str]]:
    """Every course with its lessons, for the dialog to offer (runs on the library thread)."""
    return {c.name: [lesson.name for lesson in store.lessons(c.name)] for c in store.courses()}


def outline_title(outline: str) -> str:
    """A title for the note: the outline's first line without Markdown marks."""
    for line in outline.splitlines():
        text = line.strip().lstrip("#").strip().strip("*_").strip()
        if text:
            return text[:80]
    return ""


class SaveOutlineDialog(Retranslating, QDialog):
    """Asks the course, lesson and title of a note; the combo boxes accept new names."""

    def __init__(
        self,
        lessons: dict[str, list[str]],
        default: Destination,
        parent: QWidget | None = None,
        window_title: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(window_title or self.tr("Save outline to library"))
        self._lessons = lessons
        self.course = QComboBox(self)
        self.course.setEditable(True)
        self.course.addItems(sorted(lessons))
        self.course.setEditText(default.course)
        self.lesson = QComboBox(self)
        self.lesson.setEditable(True)
        self._fill_lessons(default.course)
        self.lesson.setEditText(default.lesson)
        self.title = QLineEdit(default.title, self)
        self.title.selectAll()  # typing replaces the suggested title
        self.course.currentTextChanged.connect(self._fill_lessons)
        form = QFormLayout()
        form.addRow(self.tr("&Course:"), self.course)
        form.addRow(self.tr("&Lesson:"), self.lesson)
        form.addRow(self.tr("&Title:"), self.title)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.resize(420, self.sizeHint().height())

    def _fill_lessons(self, course: str) -> None:
        typed = self.lesson.currentText()
        self.lesson.clear()
        self.lesson.addItems(self._lessons.get(course.strip(), []))
        self.lesson.setEditText(typed)

    def destination(self) -> Destination:
        """What the user chose."""
        return Destination(
            self.course.currentText().strip(),
            self.lesson.currentText().strip(),
            self.title.text().strip(),
        )


def choose_destination(
    parent: QWidget,
    lessons: dict[str, list[str]],
    default: Destination,
    window_title: str | None = None,
) -> Destination | None:
    """Ask where to save the note (an outline unless window_title says otherwise); None if
    the user cancelled."""
    dialog = SaveOutlineDialog(lessons, default, parent, window_title)
    try:
        if dialog.exec() == QDialog.DialogCode.Accepted:
            return dialog.destination()
        return None
    finally:
        dialog.deleteLater()
