"""The Chat page's "Use my library" switch, its course and lesson scope, and the answer's sources.

With the switch on, a question is answered from the library's passages: they are found on the
library thread, the page fits them into a prompt on the engine's (counting with the model's
tokenizer), the answer streams
with its citations cleaned, and the sources it cites are listed under it; activating one opens
the note with that passage selected.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from assistant.core.store.notes import NotesStore
from assistant.core.study.ask import FoundPassages, Source, find_passages
from assistant.ui.controllers.library_bridge import LibraryBridge

SOURCE_ROWS = 4


class LibraryAskBar(QWidget):
    """The switch and scope above the chat input, and the list of an answer's sources."""

    source_requested = Signal(int, int, int)  # note id, start, end of the passage

    def __init__(self, library: LibraryBridge | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.library = library
        self.switch = QCheckBox(self.tr("Use my library"), self)
        self.switch.setToolTip(
            self.tr("Answer from your notes and saved outlines, citing them [1] [2]")
        )
        self.course_box = QComboBox(self)
        self.course_box.setAccessibleName(self.tr("Course to ask"))
        self.lesson_box = QComboBox(self)
        self.lesson_box.setAccessibleName(self.tr("Lesson to ask"))
        self.sources = QListWidget(self)
        self.sources.setAccessibleName(self.tr("Sources of the answer"))
        self.sources.itemActivated.connect(self._open_source)
        self.sources.itemClicked.connect(self._open_source)
        # One line per source, cut with … (the whole excerpt is its tooltip): a sideways
        # scroll bar would cover the only row.
        self.sources.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.sources.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.sources_label = QLabel(self.tr("Sources (open one to see the passage):"), self)
        self.switch.toggled.connect(self._on_switched)
        self.course_box.currentIndexChanged.connect(self._fill_lessons)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.switch)
        row.addWidget(self.course_box, 1)
        row.addWidget(self.lesson_box, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.sources_label)
        layout.addWidget(self.sources)
        layout.addLayout(row)
        self.setVisible(library is not None)
        self.show_sources([])
        self._on_switched(False)

    @property
    def enabled(self) -> bool:
        """Whether questions go to the library."""
        return self.switch.isChecked() and self.library is not None

    def scope(self) -> tuple[str | None, str | None]:
        """The course and lesson chosen (None: all)."""
        course = self.course_box.currentData()
        lesson = self.lesson_box.currentData() if course else None
        return course, lesson

    def find_passages(
        self,
        question: str,
        on_found: Callable[[FoundPassages], None],
        on_failed: Callable[[str], None],
    ) -> None:
        """Search the library (on its thread) in the chosen course and lesson."""
        if self.library is None:
            return
        course, lesson = self.scope()

        def job(store: NotesStore) -> FoundPassages:
            return find_passages(store.db, question, course=course, lesson=lesson)

        self.library.run(job, on_found, on_failed, owner=self)

    def show_sources(self, sources: list[Source]) -> None:
        """List the sources an answer cites (nothing: the list folds away)."""
        self.sources.clear()
        for source in sources:
            where = " / ".join(part for part in (source.course, source.lesson) if part)
            text = f"[{source.n}] {source.title}" + (f" ({where})" if where else "")
            item = QListWidgetItem(f"{text}: {source.snippet}", self.sources)
            item.setToolTip(source.text)
            item.setData(Qt.ItemDataRole.UserRole, (source.note_id, source.start, source.end))
        rows = min(len(sources), SOURCE_ROWS)
        frame = 2 * self.sources.frameWidth()
        self.sources.setFixedHeight(self.sources.sizeHintForRow(0) * rows + frame if rows else 0)
        self.sources.setVisible(bool(sources))
        self.sources_label.setVisible(bool(sources))

    def _open_source(self, item: QListWidgetItem) -> None:
        note_id, start, end = item.data(Qt.ItemDataRole.UserRole)
        self.source_requested.emit(note_id, start, end)

    def _on_switched(self, on: bool) -> None:
        self.course_box.setVisible(on)
        self.lesson_box.setVisible(on)
        if on:
            self._fill_courses()

    def _fill_courses(self) -> None:
        if self.library is None:
            return

        def fill(names: list[str]) -> None:
            chosen = self.course_box.currentData()
            self.course_box.blockSignals(True)
            self.course_box.clear()
            self.course_box.addItem(self.tr("All courses"), None)
            for name in names:
                self.course_box.addItem(name, name)
            index = self.course_box.findData(chosen) if chosen else 0
            self.course_box.setCurrentIndex(max(index, 0))
            self.course_box.blockSignals(False)
            self._fill_lessons()

        self.library.run(lambda store: [c.name for c in store.courses()], fill, owner=self)

    def _fill_lessons(self, *_: object) -> None:
        course = self.course_box.currentData()
        self.lesson_box.clear()
        self.lesson_box.addItem(self.tr("All lessons"), None)
        self.lesson_box.setEnabled(bool(course))
        if not course or self.library is None:
            return

        def fill(names: list[str]) -> None:
            if self.course_box.currentData() == course:
                for name in names:
                    self.lesson_box.addItem(name, name)

        self.library.run(
            lambda store: [lesson.name for lesson in store.lessons(course)], fill, owner=self
        )
