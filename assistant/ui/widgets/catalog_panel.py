"""The recommended models with Download, Pause and Resume (a paused download survives a restart)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from assistant.core import paths
from assistant.core.models.downloads import DownloadResult, download, partial_download
from assistant.core.models.model_catalog import CatalogEntry, load_catalog
from assistant.ui.tasks import Task, run_progress_job


def _size_text(size: int | None) -> str:
    if not size:
        return "?"
    return f"{size / 1e9:.2f} GB" if size >= 1e9 else f"{size / 1e6:.0f} MB"


class CatalogPanel(QWidget):
    """One row per catalog model: size, checksum, state, progress and an action button."""

    downloaded = Signal(object)  # the new model's Path

    def __init__(
        self,
        entries: list[CatalogEntry] | None = None,
        dest_dir: Path | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._fixed_entries = entries
        self._dest_dir = dest_dir
        self.entries: list[CatalogEntry] = []
        self.tasks: dict[str, Task] = {}
        self.messages: dict[str, str] = {}

        intro = QLabel(
            self.tr(
                "Models recommended for classes. Downloads can be paused and resumed, even after "
                "closing the app, and each file is checked against its SHA-256 checksum before "
                "it appears in the list of models."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.table = QTableWidget(0, 5, self)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Model"), self.tr("Size"), self.tr("State"), self.tr("Progress"), ""]
        )
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.folder_label = QLabel(self)
        self.folder_label.setTextFormat(Qt.TextFormat.PlainText)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.folder_label)

    def dest_dir(self) -> Path:
        """Where downloads go: the data dir's models folder."""
        return self._dest_dir or paths.models_dir()

    def refresh(self) -> None:
        """Read the catalog and show each model's state on disk."""
        self.entries = (
            list(self._fixed_entries) if self._fixed_entries is not None else load_catalog()
        )
        self.table.setRowCount(len(self.entries))
        for row, entry in enumerate(self.entries):
            name = QTableWidgetItem(f"{entry.name} {entry.quantization}".strip())
            name.setToolTip("\n".join([entry.file_name, entry.licence, *entry.urls]))
            self.table.setItem(row, 0, name)
            self.table.setItem(row, 1, QTableWidgetItem(_size_text(entry.display_size)))
            bar = QProgressBar(self.table)
            bar.setRange(0, 1000)
            self.table.setCellWidget(row, 3, bar)
            button = QPushButton(self.table)
            button.clicked.connect(lambda _=False, e=entry: self.toggle(e))
            self.table.setCellWidget(row, 4, button)
            self._show_state(row, entry)
        self.table.resizeColumnToContents(1)
        self.folder_label.setText(
            self.tr("Downloads go to {folder}").format(folder=self.dest_dir())
        )

    def row_of(self, entry_id: str) -> int:
        """The table row of a catalog entry."""
        return next(i for i, e in enumerate(self.entries) if e.id == entry_id)

    def button(self, entry_id: str) -> QPushButton:
        """The action button of an entry's row (tests press it)."""
        widget = self.table.cellWidget(self.row_of(entry_id), 4)
        assert isinstance(widget, QPushButton)
        return widget

    def progress_bar(self, entry_id: str) -> QProgressBar:
        """The progress bar of an entry's row."""
        widget = self.table.cellWidget(self.row_of(entry_id), 3)
        assert isinstance(widget, QProgressBar)
        return widget

    def state_text(self, entry_id: str) -> str:
        """The state column's text."""
        item = self.table.item(self.row_of(entry_id), 2)
        return item.text() if item else ""

    def _show_state(self, row: int, entry: CatalogEntry) -> None:
        dest = self.dest_dir() / entry.file_name
        running = entry.id in self.tasks
        partial = partial_download(self.dest_dir(), entry.file_name)
        bar = self.table.cellWidget(row, 3)
        button = self.table.cellWidget(row, 4)
        assert isinstance(bar, QProgressBar) and isinstance(button, QPushButton)
        total = (partial[1] if partial else None) or entry.display_size or 0
        if running:
            state, action = self.tr("Downloading…"), self.tr("Pause")
        elif dest.exists():
            state, action = self.tr("Downloaded"), ""
            bar.setValue(1000)
        elif partial is not None:
            pct = partial[0] * 100 // total if total else 0
            state = self.tr("Paused at {pct}%").format(pct=pct)
            action = self.tr("Resume")
            bar.setValue(partial[0] * 1000 // total if total else 0)
        else:
            state, action = self.tr("Not downloaded"), self.tr("Download")
            bar.setValue(0)
        if not entry.sha256:
            state += " · " + self.tr("no checksum: verify on first download")
        message = self.messages.get(entry.id)
        item = QTableWidgetItem(message or state)
        item.setToolTip(message or state)
        self.table.setItem(row, 2, item)
        button.setText(action)
        button.setVisible(bool(action))

    def toggle(self, entry: CatalogEntry) -> None:
        """Download or resume the entry, or pause it if it is downloading."""
        task = self.tasks.get(entry.id)
        if task is not None:
            task.cancel()
            return
        self.start(entry)

    def start(self, entry: CatalogEntry) -> Task:
        """Start (or resume) downloading entry on a background thread."""
        dest_dir = self.dest_dir()

        def job(progress: object, cancel: object) -> DownloadResult:
            return download(entry.spec(), dest_dir, progress, cancel)  # type: ignore[arg-type]

        task = run_progress_job(self, job, name="download")
        self.tasks[entry.id] = task
        self.messages.pop(entry.id, None)
        task.progress.connect(lambda step, e=entry: self._progress(e, step[0], step[1]))
        task.succeeded.connect(lambda result, e=entry: self._finished(e, result))
        task.then(on_failed=lambda message: self._failed(entry, message))
        task.cancelled.connect(lambda e=entry: self._paused(e))
        self._show_state(self.row_of(entry.id), entry)
        return task

    def _progress(self, entry: CatalogEntry, done: int, total: int) -> None:
        bar = self.progress_bar(entry.id)
        if total:
            bar.setValue(int(done * 1000 / total))
            bar.setFormat(f"%p% · {_size_text(done << 10)}")

    def _paused(self, entry: CatalogEntry) -> None:
        """Paused: the part file stays for the next start (the row says how far it got)."""
        self.tasks.pop(entry.id, None)
        self._show_state(self.row_of(entry.id), entry)

    def _finished(self, entry: CatalogEntry, result: DownloadResult) -> None:
        self.tasks.pop(entry.id, None)
        if result.status == "done":
            if result.verified:
                self.messages[entry.id] = self.tr("Downloaded and verified")
            else:
                self.messages[entry.id] = self.tr(
                    "Downloaded; no checksum was known, its SHA-256 is {sha}"
                ).format(sha=result.sha256)
            self.downloaded.emit(result.path)
        self._show_state(self.row_of(entry.id), entry)

    def _failed(self, entry: CatalogEntry, message: str) -> None:
        self.tasks.pop(entry.id, None)
        self.messages[entry.id] = self.tr("Failed: {reason}").format(reason=message)
        self._show_state(self.row_of(entry.id), entry)

    def shutdown(self) -> None:
        """Pause every download (each keeps its part for the next start); the task registry
        waits for their threads."""
        for task in list(self.tasks.values()):
            task.cancel()
