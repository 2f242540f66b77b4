"""The history of one note: its earlier versions with their dates, a preview and Restore."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from assistant.core.store.records import NoteVersion
from assistant.ui.language import Retranslating
from assistant.ui.widgets.markdown_view import MarkdownView


def local_time(stamp: str, fmt: str = "%Y-%m-%d %H:%M") -> str:
    """A stored UTC timestamp in the computer's time zone."""
    try:
        return datetime.fromisoformat(stamp.replace("Z", "+00:00")).astimezone().strftime(fmt)
    except ValueError:
        return stamp


class HistoryDialog(Retranslating, QDialog):
    """Earlier versions of a note with their dates and a preview; Restore brings one back."""

    restore_requested = Signal(int)  # version id
    loaded = Signal()

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("History of “{title}”").format(title=title))
        self.versions: list[NoteVersion] = []
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Earlier versions"))
        self.preview = MarkdownView(self)
        self.status = QLabel(self.tr("Loading…"), self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.restore_button = buttons.addButton(
            self.tr("Restore"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.restore_button.setEnabled(False)
        self.restore_button.clicked.connect(self._restore)
        buttons.rejected.connect(self.reject)
        self.list.currentRowChanged.connect(self._show_version)
        splitter = QSplitter(self)
        splitter.addWidget(self.list)
        splitter.addWidget(self.preview)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(splitter, 1)
        layout.addWidget(buttons)
        self.resize(760, 480)

    def set_versions(self, versions: list[NoteVersion]) -> None:
        """Show the versions, newest first."""
        self.versions = versions
        self.list.clear()
        for version in versions:
            self.list.addItem(QListWidgetItem(f"{local_time(version.saved)}  {version.title}"))
        self.status.setText(
            self.tr("Versions saved before each change. Restoring keeps the current text too.")
            if versions
            else self.tr("This note has no earlier versions yet.")
        )
        if versions:
            self.list.setCurrentRow(0)
        self.loaded.emit()

    def set_error(self, message: str) -> None:
        """Say why the history could not be read."""
        self.status.setText(
            self.tr("The history could not be read: {reason}").format(reason=message)
        )
        self.loaded.emit()

    def _show_version(self, row: int) -> None:
        self.preview.clear_sections()
        self.restore_button.setEnabled(0 <= row < len(self.versions))
        if 0 <= row < len(self.versions):
            self.preview.append_text(self.versions[row].title, bold=True)
            self.preview.append_markdown(self.versions[row].body)

    def _restore(self) -> None:
        row = self.list.currentRow()
        if 0 <= row < len(self.versions):
            self.restore_button.setEnabled(False)
            self.restore_requested.emit(self.versions[row].id)
