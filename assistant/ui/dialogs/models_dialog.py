"""The Models dialog: the model library, downloads from the catalog, and the class server."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QBrush, QColor, QDesktopServices, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from assistant.core import paths
from assistant.core.errors import StudyAssistantError
from assistant.core.machine import available_memory
from assistant.core.models.choice import model_folders
from assistant.core.models.fit import FITS, TIGHT, WONT_FIT, FitEstimate
from assistant.core.models.library import (
    LibraryEntry,
    delete_model,
    import_model,
    model_files,
    rename_model,
    scan_folders,
)
from assistant.core.settings import Settings
from assistant.ui.error_text import describe
from assistant.ui.language import Retranslating
from assistant.ui.tasks import Phase, Task, registry, run_progress_job
from assistant.ui.widgets.catalog_panel import CatalogPanel
from assistant.ui.widgets.serve_panel import ServePanel

_FIT_COLOURS = {FITS: "#2e7d32", TIGHT: "#b26a00", WONT_FIT: "#c62828"}


def _size_text(size: int) -> str:
    return f"{size / 1e9:.2f} GB" if size >= 1e9 else f"{size / 1e6:.0f} MB"


def _why_broken(entry: LibraryEntry) -> str:
    return describe(entry.error) if entry.error else ""


class ModelLibraryPanel(QWidget):
    """The models in the folders, with what can be done to each."""

    load_requested = Signal(str)
    settings_changed = Signal(object)

    COLUMNS = 5

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.entries: list[LibraryEntry] = []
        self._scan: Task | None = None
        self._import: Task | None = None
        self._note = ""  # what the last action did, kept under the refreshed list

        self.table = QTableWidget(0, self.COLUMNS, self)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Model"), self.tr("Size"), self.tr("Type"), self.tr("Memory"), self.tr("File")]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.itemDoubleClicked.connect(lambda _item: self.load_selected())

        self.details = QLabel(self)
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.PlainText)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.load_button = QPushButton(self.tr("Load"), self)
        self.import_button = QPushButton(self.tr("Import…"), self)
        self.rename_button = QPushButton(self.tr("Rename…"), self)
        self.delete_button = QPushButton(self.tr("Delete…"), self)
        self.folder_button = QPushButton(self.tr("Open folder"), self)
        self.refresh_button = QPushButton(self.tr("Refresh"), self)
        self.load_button.clicked.connect(self.load_selected)
        self.import_button.clicked.connect(self.choose_import)
        self.rename_button.clicked.connect(self.rename_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.folder_button.clicked.connect(self.open_selected_folder)
        self.refresh_button.clicked.connect(self.refresh)

        self.import_progress = QProgressBar(self)
        self.import_progress.hide()
        self.cancel_import_button = QPushButton(self.tr("Cancel copy"), self)
        self.cancel_import_button.hide()
        self.cancel_import_button.clicked.connect(self.cancel_import)
        self.status = QLabel(self)
        self.status.setWordWrap(True)

        buttons = QHBoxLayout()
        for button in (
            self.load_button,
            self.import_button,
            self.rename_button,
            self.delete_button,
            self.folder_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.refresh_button)
        progress = QHBoxLayout()
        progress.addWidget(self.import_progress, 1)
        progress.addWidget(self.cancel_import_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.details)
        layout.addLayout(buttons)
        layout.addLayout(progress)
        layout.addWidget(self.status)
        self._update_buttons()

    # -- listing --------------------------------------------------------------------------------

    def folders(self) -> list[Path]:
        """The folders scanned: the defaults and the user's."""
        return model_folders(self.settings)

    def refresh(self) -> None:
        """Scan the folders again, off the GUI thread (reading headers touches every file)."""
        if self._scan is not None:  # a scan runs until its result is shown
            return
        folders = self.folders()
        self.status.setText(self.tr("Looking for models…"))

        def job(_progress: object, _cancel: object) -> tuple[list[LibraryEntry], int | None]:
            return scan_folders(folders), available_memory()

        self._scan = run_progress_job(self, job, name="model scan")
        self._scan.succeeded.connect(self._show_entries)
        self._scan.then(on_failed=self.status.setText)
        self._scan.finished.connect(self._scan_ended)

    def _scan_ended(self) -> None:
        self._scan = None

    def _show_entries(self, result: tuple[list[LibraryEntry], int | None]) -> None:
        entries, free = result
        selected = self.selected_entry()
        self.entries = entries
        self.table.setRowCount(len(entries))
        for row, entry in enumerate(entries):
            self._fill_row(row, entry, entry.fit(self.settings.n_ctx, free))
        self.table.resizeColumnToContents(1)
        self.table.resizeColumnToContents(2)
        self.table.resizeColumnToContents(3)
        if not entries:
            folders = ", ".join(str(f) for f in self.folders())
            self.status.setText(self.tr("No models found in {folders}.").format(folders=folders))
        else:
            count = self.tr("{count} model(s)").format(count=len(entries))
            self.status.setText(f"{count} · {self._note}" if self._note else count)
        if selected is not None:
            for row, entry in enumerate(entries):
                if entry.path == selected.path:
                    self.table.selectRow(row)
        self._update_buttons()

    def _fill_row(self, row: int, entry: LibraryEntry, fit: FitEstimate | None) -> None:
        info = entry.info
        name = QTableWidgetItem(entry.name)
        name.setToolTip(str(entry.path))
        size = QTableWidgetItem(_size_text(entry.file_size))
        kind = QTableWidgetItem(
            " ".join(x for x in (info.size_label, info.quantization) if x) if info else ""
        )
        if info is not None and info.is_reasoning:
            kind.setText(kind.text() + " · " + self.tr("reasoning"))
        memory = QTableWidgetItem(self._fit_text(fit) if info else self.tr("Broken"))
        colour = _FIT_COLOURS.get(fit.verdict, "") if fit else _FIT_COLOURS[WONT_FIT]
        if colour:
            memory.setForeground(QBrush(QColor(colour)))
        memory.setToolTip(self._fit_tooltip(fit) if fit else _why_broken(entry))
        file_item = QTableWidgetItem(entry.path.name)
        file_item.setToolTip(str(entry.path))
        if entry.broken:
            for item in (name, size, kind, file_item):
                item.setToolTip(_why_broken(entry))
        for column, item in enumerate((name, size, kind, memory, file_item)):
            self.table.setItem(row, column, item)

    def _fit_text(self, fit: FitEstimate | None) -> str:
        if fit is None:
            return ""
        if fit.verdict == FITS:
            return self.tr("Fits")
        if fit.verdict == TIGHT:
            return self.tr("Tight")
        if fit.verdict == WONT_FIT:
            return self.tr("Won't fit")
        return self.tr("Unknown")

    def _fit_tooltip(self, fit: FitEstimate) -> str:
        text = self.tr("Needs about {needed} with a {ctx}-token context").format(
            needed=_size_text(fit.needed_bytes), ctx=fit.n_ctx
        )
        if fit.available_bytes is not None:
            text += "; " + self.tr("{free} free now").format(free=_size_text(fit.available_bytes))
        if fit.verdict in (TIGHT, WONT_FIT):
            if fit.max_context:
                text += ". " + self.tr("Fits with a context of up to {ctx} tokens.").format(
                    ctx=fit.max_context
                )
            else:
                text += ". " + self.tr("Too big for this computer even with a small context.")
        return text

    def selected_entry(self) -> LibraryEntry | None:
        """The model of the selected row."""
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not rows or rows[0].row() >= len(self.entries):
            return None
        return self.entries[rows[0].row()]

    def _update_buttons(self) -> None:
        entry = self.selected_entry()
        busy = self._import is not None  # until its end is handled, not just its thread
        self.load_button.setEnabled(entry is not None and entry.info is not None)
        for button in (self.rename_button, self.delete_button, self.folder_button):
            button.setEnabled(entry is not None and not busy)
        self.import_button.setEnabled(not busy)
        if entry is None:
            self.details.setText("")
        elif entry.broken:
            self.details.setText(
                self.tr("Cannot be used: {reason}").format(reason=_why_broken(entry))
            )
        else:
            self.details.setText(str(entry.path))

    # -- actions --------------------------------------------------------------------------------

    def load_selected(self) -> None:
        """Ask the main window to load the selected model."""
        entry = self.selected_entry()
        if entry is not None and entry.info is not None:
            self.load_requested.emit(str(entry.path))

    def choose_import(self) -> None:
        """Pick a .gguf file (e.g. on a USB stick), then copy it or use it where it is."""
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Import a model"), "", self.tr("GGUF models (*.gguf)")
        )
        if not path:
            return
        box = QMessageBox(self)
        box.setWindowTitle(self.tr("Import a model"))
        box.setText(
            self.tr(
                "Copy {name} into Study Assistant's models folder, or use it where it is? "
                "A model used where it is disappears when its USB stick is removed."
            ).format(name=Path(path).name)
        )
        copy = box.addButton(self.tr("Copy"), QMessageBox.ButtonRole.AcceptRole)
        in_place = box.addButton(self.tr("Use where it is"), QMessageBox.ButtonRole.ActionRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        if box.clickedButton() is copy:
            self.import_copy(Path(path))
        elif box.clickedButton() is in_place:
            self.use_in_place(Path(path))

    def import_copy(self, source: Path) -> Task:
        """Copy a model into the data dir's models folder with progress; returns the job."""
        dest = paths.models_dir()

        def job(progress: object, cancel: object) -> Path:
            return import_model(
                source,
                dest,
                progress=lambda done, total: progress(done, total, "copying"),  # type: ignore[operator]
                cancel=cancel,  # type: ignore[arg-type]
            )

        task = run_progress_job(self, job, name="model copy")
        self._import = task
        self.import_progress.setRange(0, 0)
        self.import_progress.show()
        self.cancel_import_button.show()
        self.status.setText(self.tr("Copying {name}…").format(name=source.name))
        task.progress.connect(lambda step: self._show_import_progress(*step))
        task.succeeded.connect(self._import_done)
        task.then(on_failed=self._import_failed)
        task.cancelled.connect(self._import_cancelled)
        self._update_buttons()
        return task

    def _show_import_progress(self, done: int, total: int, _stage: str) -> None:
        self.import_progress.setRange(0, max(total, 1))
        self.import_progress.setValue(done)

    def _import_done(self, path: Path) -> None:
        self._end_import()
        self._note = self.tr("Imported {name}.").format(name=path.name)
        self.status.setText(self._note)
        self.refresh()

    def _import_cancelled(self) -> None:
        self._end_import()
        self._note = self.tr("The copy was cancelled; nothing was kept.")
        self.status.setText(self._note)

    def _import_failed(self, message: str) -> None:
        self._end_import()
        self.status.setText(self.tr("The import failed: {reason}").format(reason=message))

    def _end_import(self) -> None:
        self.import_progress.hide()
        self.cancel_import_button.hide()
        self._import = None
        self._update_buttons()

    def cancel_import(self) -> None:
        """Stop the running copy (its partial file is removed)."""
        if self._import is not None:
            self._import.cancel()

    def use_in_place(self, source: Path) -> None:
        """Add the model's folder to the model folders, so it is listed without a copy."""
        folder = str(source.parent.resolve())
        if folder not in self.settings.model_dirs:
            self.settings = dataclasses.replace(
                self.settings, model_dirs=[*self.settings.model_dirs, folder]
            )
            try:
                self.settings.save()
            except StudyAssistantError as exc:
                self.status.setText(describe(exc))
                return
            self.settings_changed.emit(self.settings)
        self._note = self.tr("Added the folder {folder}.").format(folder=folder)
        self.status.setText(self._note)
        self.refresh()

    def rename_selected(self) -> None:
        """Ask for a new file name and rename the model's files."""
        entry = self.selected_entry()
        if entry is None:
            return
        stem = entry.path.name.removesuffix(entry.path.suffix)
        name, ok = QInputDialog.getText(
            self, self.tr("Rename model"), self.tr("New file name:"), text=stem
        )
        if not ok or not name.strip():
            return
        try:
            new = rename_model(entry.path, name)
        except StudyAssistantError as exc:
            QMessageBox.warning(self, self.tr("Rename model"), describe(exc))
            return
        if self.settings.model_path and Path(self.settings.model_path) == entry.path:
            self._remember_model(str(new))
        self.refresh()

    def delete_selected(self, confirmed: bool = False) -> None:
        """Delete the model's files after the user confirms."""
        entry = self.selected_entry()
        if entry is None:
            return
        files = model_files(entry.path)
        if not confirmed:
            answer = QMessageBox.question(
                self,
                self.tr("Delete model"),
                self.tr("Delete {name} ({size}) from this computer? This cannot be undone.").format(
                    name=entry.path.name, size=_size_text(entry.file_size)
                )
                + "\n\n"
                + "\n".join(str(f) for f in files),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        try:
            delete_model(entry.path)
        except StudyAssistantError as exc:
            QMessageBox.warning(self, self.tr("Delete model"), describe(exc))
        if self.settings.model_path and Path(self.settings.model_path) == entry.path:
            self._remember_model(None)
        self.refresh()

    def _remember_model(self, path: str | None) -> None:
        self.settings = dataclasses.replace(self.settings, model_path=path)
        try:
            self.settings.save()
        except StudyAssistantError as exc:
            self.status.setText(describe(exc))
            return
        self.settings_changed.emit(self.settings)

    def open_selected_folder(self) -> None:
        """Show the model's folder in the file manager."""
        entry = self.selected_entry()
        if entry is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(entry.path.parent)))

    def shutdown(self) -> None:
        """Stop a running copy (the app is closing); the task registry waits for it."""
        for task in (self._import, self._scan):
            if task is not None:
                task.cancel()


class ModelsDialog(Retranslating, QDialog):
    """Models on this computer, models to download, and serving one to the class."""

    load_requested = Signal(str)
    settings_changed = Signal(object)

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Models"))
        self.library = ModelLibraryPanel(settings, self)
        self.catalog = CatalogPanel(parent=self)
        self.serve = ServePanel(settings, self)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.library, self.tr("On this computer"))
        self.tabs.addTab(self.catalog, self.tr("Download"))
        self.tabs.addTab(self.serve, self.tr("Serve to the class"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.hide)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)
        self.library.load_requested.connect(self.load_requested)
        self.library.settings_changed.connect(self._settings_changed)
        self.catalog.downloaded.connect(lambda _path: self.library.refresh())
        self.serve.model_provider = self._model_to_serve
        self.resize(900, 560)
        registry().on_shutdown(self, lambda _left: self.shutdown(), Phase.STOP, "models dialog")

    def _settings_changed(self, settings: Settings) -> None:
        self.serve.settings = settings
        self.settings_changed.emit(settings)

    def _model_to_serve(self) -> Path | None:
        entry = self.library.selected_entry()
        if entry is not None and entry.info is not None:
            return entry.path
        path = self.library.settings.model_path
        return Path(path) if path else None

    def showEvent(self, event: QShowEvent) -> None:
        """List the models each time the dialog opens."""
        super().showEvent(event)
        self.library.refresh()
        self.catalog.refresh()

    def shutdown(self) -> None:
        """Pause downloads, stop the class server and any copy (the app is closing)."""
        self.library.shutdown()
        self.catalog.shutdown()
        self.serve.shutdown()
