"""The Outline page's lecture box: typed, pasted, opened or dropped, and autosaved as a draft."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QMimeData, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from assistant.core.outline.ingest import PASTED, Lecture, lecture_from_text, read_lecture
from assistant.core.store.notes import NotesStore
from assistant.ui.controllers.library_bridge import LibraryBridge
from assistant.ui.tasks import run_task
from assistant.ui.widgets.flow_layout import FlowLayout, labelled


def local_file(mime: QMimeData) -> str | None:
    """The first local file among mime's URLs, or None."""
    if mime.hasUrls():
        for url in mime.urls():
            if url.isLocalFile():
                return url.toLocalFile()
    return None


class LectureEdit(QPlainTextEdit):
    """The lecture box: a file dropped or pasted on it is opened, not inserted as its path."""

    file_dropped = Signal(str)

    def canInsertFromMimeData(self, source: QMimeData) -> bool:
        """Files too, besides text."""
        return local_file(source) is not None or super().canInsertFromMimeData(source)

    def insertFromMimeData(self, source: QMimeData) -> None:
        """Open a file; insert anything else as plain text."""
        path = local_file(source)
        if path is not None:
            self.file_dropped.emit(path)
        else:
            super().insertFromMimeData(source)


class LectureInput(QWidget):
    """The lecture box, its count and Open button, and the outline's format and language."""

    message = Signal(str)  # what opening a file did, for the page's status line
    opened = Signal(str)  # a lecture file's text is in the box (its name)
    draft_saved = Signal()  # the autosave reached the library

    def __init__(
        self,
        library: LibraryBridge,
        draft_key: str,
        draft_delay_ms: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.library = library
        self._draft_key = draft_key
        self._source: str | None = None  # file name of the lecture; None when pasted
        self._opened: tuple[Lecture, str] | None = None  # the file's lecture and its text
        self._restoring = False
        self.edit = LectureEdit(self)
        self.edit.setAccessibleName(self.tr("Lecture text"))
        self.edit.setPlaceholderText(
            self.tr("Paste the lecture here, or drop a .txt or .md file on the page.")
        )
        self.open_button = QPushButton(self.tr("Open file…"), self)
        self.count_label = QLabel(self)
        self.format_combo = QComboBox(self)
        for text, data in (
            (self.tr("Markdown headings"), "markdown"),
            (self.tr("公文 numbering"), "gongwen"),
            (self.tr("Cornell"), "cornell"),
        ):
            self.format_combo.addItem(text, data)
        self.language_combo = QComboBox(self)
        for text, data in (
            (self.tr("Auto"), "auto"),
            (self.tr("中文"), "zh"),
            (self.tr("Tiếng Việt"), "vi"),
            (self.tr("English"), "en"),
        ):
            self.language_combo.addItem(text, data)
        self.language_combo.setToolTip(self.tr("The language the outline is written in"))

        header = QHBoxLayout()
        header.addWidget(QLabel(self.tr("Lecture"), self))
        header.addStretch(1)
        header.addWidget(self.count_label)
        header.addWidget(self.open_button)
        # Wraps at large fonts: a label stays on the line of the box it names.
        self._controls = FlowLayout()
        self._controls.addWidget(labelled(self.tr("Format:"), self.format_combo, self))
        self._controls.addWidget(labelled(self.tr("Language:"), self.language_combo, self))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(header)
        layout.addWidget(self.edit, 1)
        layout.addLayout(self._controls)

        self.open_button.clicked.connect(lambda: self.open_file())
        self.edit.textChanged.connect(self._on_text_changed)
        self.edit.file_dropped.connect(self.open_file)
        self._draft_timer = QTimer(self)
        self._draft_timer.setSingleShot(True)
        self._draft_timer.setInterval(draft_delay_ms)
        self._draft_timer.timeout.connect(self.save_draft_now)
        self.update_count()
        self.library.run(lambda store: store.draft(draft_key), self._on_draft_loaded, owner=self)

    def add_buttons(self, *buttons: QWidget) -> None:
        """Put the page's buttons (Generate, Stop) after the format row's boxes."""
        for button in buttons:
            self._controls.addWidget(button)

    @property
    def source(self) -> str | None:
        """The file name the lecture was opened from; None when it was pasted or typed."""
        return self._source

    def open_file(self, path: str | None = None) -> None:
        """Put a .txt/.md lecture in the box (asks for the file when path is None)."""
        if path is None:
            path, _filter = QFileDialog.getOpenFileName(
                self,
                self.tr("Open lecture"),
                "",
                self.tr(
                    "Lectures (*.txt *.md *.markdown *.srt *.vtt *.docx *.pptx *.pdf);;All files (*)"  # noqa: E501 (one literal for lupdate)
                ),
            )
            if not path:
                return
        name = Path(path).name
        self.message.emit(self.tr("Opening {name}…").format(name=name))
        # A long PDF takes seconds to read: off the GUI thread.
        run_task(self, lambda _context: read_lecture(Path(path)), name="read lecture").then(
            lambda lecture: self._show_lecture(lecture, name), self.message.emit
        )

    def _show_lecture(self, lecture: Lecture, name: str) -> None:
        text = lecture.text
        # Through the cursor, not setPlainText: Ctrl+Z brings back the text it replaced.
        cursor = self.edit.textCursor()
        cursor.select(cursor.SelectionType.Document)
        cursor.insertText(text)
        self.edit.moveCursor(self.edit.textCursor().MoveOperation.Start)
        self._source = name
        # Kept while the text is unchanged: subtitles' cue times and a document's headings.
        self._opened = (lecture, text)
        self.message.emit(self.tr("Opened {name}.").format(name=self._source))
        self.opened.emit(name)
        self._schedule_draft()

    def lecture(self) -> Lecture:
        """The lecture to outline: the opened file's, else the box's text (InputError if empty)."""
        text = self.edit.toPlainText()
        if self._opened is not None and self._opened[1] == text:
            return self._opened[0]
        return lecture_from_text(text, self._source or PASTED)

    def save_draft_now(self) -> None:
        """Autosave the lecture text now."""
        self._draft_timer.stop()
        body = self.edit.toPlainText()
        title = self._source or ""
        key = self._draft_key

        def job(store: NotesStore) -> None:
            if body.strip():
                store.save_draft(key, title, body)
            else:
                store.discard_draft(key)

        self.library.run(job, self._on_draft_saved, owner=self)

    def _on_draft_saved(self, _result: object) -> None:
        self.draft_saved.emit()

    def _on_text_changed(self) -> None:
        self.update_count()
        if self._restoring:
            return
        if not self.edit.toPlainText():
            self._source = None  # cleared: whatever comes next is pasted
        self._schedule_draft()

    def _schedule_draft(self) -> None:
        # Not restarted on every keystroke: a long typing spell still saves every 2 s.
        if not self._draft_timer.isActive():
            self._draft_timer.start()

    def update_count(self) -> None:
        """Say how long the lecture is (also after a language switch)."""
        count = len(self.edit.toPlainText())
        self.count_label.setText(self.tr("%n characters", "", count))

    def _on_draft_loaded(self, draft: Any) -> None:
        if draft is None or self.edit.toPlainText():
            return  # the user started typing before the draft arrived: theirs wins
        self._restoring = True
        try:
            self.edit.setPlainText(draft.body)
        finally:
            self._restoring = False
        self._source = draft.title or None
