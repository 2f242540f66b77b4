"""The Settings dialog: model, answers, appearance and data, saved when the user presses OK."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QRect, QSize, Qt, QUrl, Signal
from PySide6.QtGui import QColor, QDesktopServices, QGuiApplication, QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from assistant.core import paths
from assistant.core.errors import StorageError
from assistant.core.machine import physical_cores
from assistant.core.settings import Settings
from assistant.ui import screen_fit
from assistant.ui.error_text import describe
from assistant.ui.language import Retranslating
from assistant.ui.theme import DARK, LIGHT

CONTEXT_SIZES = (2048, 4096, 8192, 16384, 32768)
# Language names are written in their own language, so nobody needs to read a foreign one.
LANGUAGES = (("zh_CN", "简体中文"), ("vi", "Tiếng Việt"), ("en", "English"))
LOG_FILE_NAME = "study-assistant.log"  # the file assistant/ui/app.py logs to
DEFAULT_TEMPERATURE = 0.7
DEFAULT_TOP_P = 0.95


def clean_path_text(text: str) -> str:
    """A typed or pasted path without blanks or the quotes Windows' "Copy as path" adds."""
    return text.strip().strip('"').strip("'").strip()


def model_path_problem(text: str) -> str | None:
    """Why text is not a usable model file, as one sentence, or None if it is (or is empty)."""
    text = clean_path_text(text)
    if not text:
        return None
    path = Path(text).expanduser()
    # Spelled out in full (no alias) so that lupdate finds the strings.
    if not path.exists():
        return QCoreApplication.translate(
            "SettingsDialog", "There is no file at {path}. Check the path or use Browse…"
        ).format(path=path)
    if not path.is_file():
        return QCoreApplication.translate(
            "SettingsDialog", "{path} is a folder. Choose a .gguf model file."
        ).format(path=path)
    if path.suffix.lower() != ".gguf":
        return QCoreApplication.translate(
            "SettingsDialog", "{name} is not a .gguf model file."
        ).format(name=path.name)
    return None


class ErrorLabel(QLabel):
    """Hidden until show_error(); red text that stays readable in the light and dark themes."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._recolour()
        self.hide()

    def show_error(self, text: str) -> None:
        """Show text as the error."""
        self.setText(text)
        self.show()

    def clear_error(self) -> None:
        """Hide the error."""
        self.clear()
        self.hide()

    def changeEvent(self, event: QEvent) -> None:
        """Pick the red again when the theme changes."""
        super().changeEvent(event)
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange):
            self._recolour()

    def _recolour(self) -> None:
        # Judged on the app's palette: this label's own palette is the one being changed.
        dark = QGuiApplication.palette().color(QPalette.ColorRole.Window).lightness() < 128
        colour = QColor("#ff8a80" if dark else "#b3261e")
        palette = self.palette()
        if palette.color(QPalette.ColorRole.WindowText) != colour:  # else endless PaletteChange
            palette.setColor(QPalette.ColorRole.WindowText, colour)
            self.setPalette(palette)


def _hint(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def _scrolling(page: QWidget) -> QScrollArea:
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidget(page)
    return area


def _path_edit(text: str) -> QLineEdit:
    edit = QLineEdit(text)
    edit.setReadOnly(True)
    edit.setCursorPosition(0)
    return edit


class SettingsDialog(Retranslating, QDialog):
    """Edits a copy of the settings; OK validates, saves and emits settings_changed."""

    settings_changed = Signal(object)  # the new Settings

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self._original = settings
        self._saved: Settings | None = None
        self._cores = physical_cores()

        self.tabs = QTabWidget(self)
        # Scrolling tabs: at 14 pt or on a small projector screen a tab scrolls instead of
        # squashing its buttons and clipping its help texts.
        for page, title in (
            (self._build_model_tab(), self.tr("Model")),
            (self._build_answers_tab(), self.tr("Answers")),
            (self._build_appearance_tab(), self.tr("Appearance")),
            (self._build_data_tab(), self.tr("Data")),
        ):
            self.tabs.addTab(_scrolling(page), title)

        note = QLabel(
            self.tr(
                "Language, font size and theme change as soon as you press OK; what you typed "
                "stays. The model, threads, context size and GPU layers apply the next time a "
                "model is loaded."
            ),
            self,
        )
        note.setWordWrap(True)
        self.error_label = ErrorLabel(self)
        self.button_box = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.button_box.accepted.connect(self.accept)
        self.button_box.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(note)
        layout.addWidget(self.error_label)
        layout.addWidget(self.button_box)
        self._show_settings(settings)
        self.fit_to_screen()

    def fit_to_screen(self, available: QRect | None = None) -> None:
        """As big as the tabs want (at least 620×520), within the screen's free area."""
        areas = [self.tabs.widget(i) for i in range(self.tabs.count())]
        pages = [a.widget() for a in areas if isinstance(a, QScrollArea)]
        hints = [page.sizeHint() for page in pages if page is not None]
        widest = max(hint.width() for hint in hints)
        tallest = max(hint.height() for hint in hints)
        chrome = self.sizeHint() - self.tabs.sizeHint()
        wanted = QSize(widest + 40, tallest + 60) + chrome
        screen_fit.fit_window(self, wanted.expandedTo(QSize(620, 520)), available)

    # -- tabs ----------------------------------------------------------------------------------

    def _build_model_tab(self) -> QWidget:
        page = QWidget(self)
        form = QFormLayout(page)

        self.model_edit = QLineEdit(page)
        self.model_edit.setPlaceholderText(self.tr("Empty: use the built-in starter model"))
        self.model_edit.setClearButtonEnabled(True)
        self.model_edit.textEdited.connect(self._clear_model_error)
        self.browse_button = QPushButton(self.tr("Browse…"), page)
        self.browse_button.clicked.connect(self.choose_model_file)
        self.model_error_label = ErrorLabel(page)
        row = QHBoxLayout()
        row.addWidget(self.model_edit, 1)
        row.addWidget(self.browse_button)
        column = QVBoxLayout()  # the error sits right under the path it is about
        column.addLayout(row)
        column.addWidget(self.model_error_label)
        form.addRow(self.tr("Model file:"), column)

        self.folders_list = QListWidget(page)
        self.folders_list.setMaximumHeight(110)
        self.add_folder_button = QPushButton(self.tr("Add…"), page)
        self.add_folder_button.clicked.connect(self.choose_model_folder)
        self.remove_folder_button = QPushButton(self.tr("Remove"), page)
        self.remove_folder_button.clicked.connect(self.remove_selected_folder)
        self.folders_list.itemSelectionChanged.connect(self._update_remove_button)
        buttons = QVBoxLayout()
        buttons.addWidget(self.add_folder_button)
        buttons.addWidget(self.remove_folder_button)
        buttons.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(self.folders_list, 1)
        row.addLayout(buttons)
        form.addRow(self.tr("Model folders:"), row)
        form.addRow(
            "", _hint(self.tr("Study Assistant also looks for .gguf files in these folders."))
        )

        self.threads_spin = QSpinBox(page)
        self.threads_spin.setRange(0, 256)
        self.threads_spin.setSpecialValueText(
            self.tr("Automatic ({cores} cores)").format(cores=self._cores)
        )
        form.addRow(self.tr("Threads:"), self.threads_spin)
        form.addRow(
            "", _hint(self.tr("More threads than this computer's cores usually makes it slower."))
        )

        self.context_combo = QComboBox(page)
        self.context_combo.addItem(self.tr("Automatic (the model's own, at most 8192)"), None)
        for size in CONTEXT_SIZES:
            self.context_combo.addItem(self.tr("{size} tokens").format(size=size), size)
        form.addRow(self.tr("Context size:"), self.context_combo)
        form.addRow(
            "", _hint(self.tr("A bigger context holds longer texts but needs more memory."))
        )

        self.gpu_spin = QSpinBox(page)
        self.gpu_spin.setRange(0, 999)
        form.addRow(self.tr("GPU layers:"), self.gpu_spin)
        form.addRow("", _hint(self.tr("0 = CPU only, the right choice without a graphics card.")))

        self.endpoint_edit = QLineEdit(page)
        self.endpoint_edit.setPlaceholderText(self.tr("Empty: use the model on this computer"))
        self.endpoint_edit.setClearButtonEnabled(True)
        form.addRow(self.tr("Class server:"), self.endpoint_edit)
        self.api_key_edit = QLineEdit(page)
        form.addRow(self.tr("API key:"), self.api_key_edit)
        form.addRow(
            "",
            _hint(
                self.tr(
                    "The address (e.g. http://192.168.1.20:8765/v1) and key your instructor "
                    "shows. Applies the next time Study Assistant starts."
                )
            ),
        )
        return page

    def _build_answers_tab(self) -> QWidget:
        page = QWidget(self)
        form = QFormLayout(page)

        self.temperature_spin = QDoubleSpinBox(page)
        self.temperature_spin.setRange(0.0, 2.0)
        self.temperature_spin.setSingleStep(0.05)
        self.temperature_spin.setDecimals(2)
        self.temperature_auto = QCheckBox(
            self.tr("Automatic (0.6 for DeepSeek-R1 models, 0.7 for others)"), page
        )
        self.temperature_auto.toggled.connect(self.temperature_spin.setDisabled)
        form.addRow(
            self.tr("Temperature:"), self._with_auto(self.temperature_spin, self.temperature_auto)
        )
        form.addRow(
            "", _hint(self.tr("Lower gives focused, repeatable answers; higher gives varied ones."))
        )

        self.top_p_spin = QDoubleSpinBox(page)
        self.top_p_spin.setRange(0.01, 1.0)
        self.top_p_spin.setSingleStep(0.05)
        self.top_p_spin.setDecimals(2)
        self.top_p_auto = QCheckBox(self.tr("Automatic (0.95)"), page)
        self.top_p_auto.toggled.connect(self.top_p_spin.setDisabled)
        form.addRow(self.tr("Top p:"), self._with_auto(self.top_p_spin, self.top_p_auto))
        form.addRow(
            "",
            _hint(self.tr("The model picks only among the likeliest words that add up to this.")),
        )

        self.max_tokens_spin = QSpinBox(page)
        self.max_tokens_spin.setRange(0, 131072)
        self.max_tokens_spin.setSingleStep(256)
        self.max_tokens_spin.setSpecialValueText(self.tr("No limit"))
        form.addRow(self.tr("Longest answer (tokens):"), self.max_tokens_spin)
        form.addRow("", _hint(self.tr("0 = no limit: the answer ends when the model is done.")))
        return page

    def _build_appearance_tab(self) -> QWidget:
        page = QWidget(self)
        form = QFormLayout(page)
        self.language_combo = QComboBox(page)
        self.language_combo.addItem(self.tr("Follow the system"), None)
        for code, name in LANGUAGES:
            self.language_combo.addItem(name, code)
        form.addRow(self.tr("Language:"), self.language_combo)

        self.font_spin = QSpinBox(page)
        self.font_spin.setRange(8, 32)
        self.font_spin.setSuffix(self.tr(" pt"))
        form.addRow(self.tr("Font size:"), self.font_spin)

        self.theme_combo = QComboBox(page)
        self.theme_combo.addItem(self.tr("Light"), LIGHT)
        self.theme_combo.addItem(self.tr("Dark"), DARK)
        form.addRow(self.tr("Theme:"), self.theme_combo)
        return page

    def _build_data_tab(self) -> QWidget:
        page = QWidget(self)
        form = QFormLayout(page)
        try:
            data, logs = paths.data_dir(), paths.logs_dir()
        except StorageError as exc:  # the app could not start without it; shown just in case
            data = logs = Path(str(exc))
        self.data_dir_edit = _path_edit(str(data))
        self.open_data_button = QPushButton(self.tr("Open folder"), page)
        self.open_data_button.clicked.connect(lambda: self.open_folder(data))
        row = QHBoxLayout()
        row.addWidget(self.data_dir_edit, 1)
        row.addWidget(self.open_data_button)
        form.addRow(self.tr("Data folder:"), row)
        form.addRow(
            "",
            _hint(
                self.tr("Your notes, chats, settings, backups and imported models are kept here.")
            ),
        )

        self.log_file_edit = _path_edit(str(logs / LOG_FILE_NAME))
        self.open_logs_button = QPushButton(self.tr("Open folder"), page)
        self.open_logs_button.clicked.connect(lambda: self.open_folder(logs))
        row = QHBoxLayout()
        row.addWidget(self.log_file_edit, 1)
        row.addWidget(self.open_logs_button)
        form.addRow(self.tr("Log file:"), row)
        form.addRow("", _hint(self.tr("If something goes wrong, the details are in this file.")))
        return page

    @staticmethod
    def _with_auto(spin: QDoubleSpinBox, auto: QCheckBox) -> QHBoxLayout:
        row = QHBoxLayout()
        row.addWidget(spin)
        row.addWidget(auto, 1)
        return row

    # -- values --------------------------------------------------------------------------------

    def _show_settings(self, s: Settings) -> None:
        self.model_edit.setText(s.model_path or "")
        self.folders_list.addItems([str(d) for d in s.model_dirs])
        self._update_remove_button()
        self.threads_spin.setValue(s.n_threads or 0)
        self._select(self.context_combo, s.n_ctx, self.tr("{size} tokens").format(size=s.n_ctx))
        self.gpu_spin.setValue(s.n_gpu_layers)
        self.endpoint_edit.setText(s.endpoint or "")
        self.api_key_edit.setText(s.api_key or "")
        self.temperature_auto.setChecked(s.temperature is None)
        self.temperature_spin.setValue(
            DEFAULT_TEMPERATURE if s.temperature is None else s.temperature
        )
        self.temperature_spin.setDisabled(s.temperature is None)
        self.top_p_auto.setChecked(s.top_p is None)
        self.top_p_spin.setValue(DEFAULT_TOP_P if s.top_p is None else s.top_p)
        self.top_p_spin.setDisabled(s.top_p is None)
        self.max_tokens_spin.setValue(s.max_tokens or 0)
        self._select(self.language_combo, s.ui_language, str(s.ui_language))
        self.font_spin.setValue(s.font_size)
        self._select(self.theme_combo, s.theme if s.theme == DARK else LIGHT, "")

    @staticmethod
    def _select(combo: QComboBox, value: object, label: str) -> None:
        """Select value's item, adding one for a value set outside the dialog (kept as is)."""
        index = combo.findData(value)
        if index < 0:
            combo.addItem(label, value)
            index = combo.count() - 1
        combo.setCurrentIndex(index)

    def values(self) -> Settings:
        """A new Settings holding what the dialog shows (not validated, not saved)."""
        model = clean_path_text(self.model_edit.text())
        folders = [self.folders_list.item(i).text() for i in range(self.folders_list.count())]
        return dataclasses.replace(
            self._original,
            model_path=str(Path(model).expanduser()) if model else None,
            model_dirs=folders,
            n_threads=self.threads_spin.value() or None,
            n_ctx=self.context_combo.currentData(),
            n_gpu_layers=self.gpu_spin.value(),
            endpoint=self.endpoint_edit.text().strip() or None,
            api_key=self.api_key_edit.text().strip() or None,
            temperature=None
            if self.temperature_auto.isChecked()
            else round(self.temperature_spin.value(), 2),
            top_p=None if self.top_p_auto.isChecked() else round(self.top_p_spin.value(), 2),
            max_tokens=self.max_tokens_spin.value() or None,
            ui_language=self.language_combo.currentData(),
            font_size=self.font_spin.value(),
            theme=self.theme_combo.currentData(),
        )

    def saved_settings(self) -> Settings | None:
        """The settings saved by OK, or None if the dialog was cancelled (or is still open)."""
        return self._saved

    # -- actions -------------------------------------------------------------------------------

    def accept(self) -> None:
        """Validate, save and close; on a problem, say what is wrong and stay open."""
        problem = model_path_problem(self.model_edit.text())
        if problem:
            self._show_model_error(problem)
            return
        settings = self.values()
        try:
            settings.save()
        except StorageError as exc:
            self._show_error(describe(exc))
            return
        self._saved = settings
        self.settings_changed.emit(settings)
        super().accept()

    def choose_model_file(self) -> None:
        """Pick a .gguf file for the model field."""
        current = clean_path_text(self.model_edit.text())
        start = str(Path(current).expanduser().parent) if current else str(paths.models_dir())
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose a model file"),
            start,
            self.tr("GGUF models (*.gguf);;All files (*)"),
        )
        if path:
            self.model_edit.setText(path)
            problem = model_path_problem(path)
            if problem:
                self._show_model_error(problem)
            else:
                self._clear_model_error()

    def choose_model_folder(self) -> None:
        """Add a folder to scan for models (a folder already listed is not added twice)."""
        folder = QFileDialog.getExistingDirectory(self, self.tr("Add a model folder"))
        if not folder:
            return
        existing = [self.folders_list.item(i).text() for i in range(self.folders_list.count())]
        if folder not in existing:
            self.folders_list.addItem(folder)
        self.folders_list.setCurrentRow(
            self.folders_list.count() - 1 if folder not in existing else existing.index(folder)
        )

    def remove_selected_folder(self) -> None:
        """Remove the selected model folder from the list (the folder itself is untouched)."""
        for item in self.folders_list.selectedItems():
            self.folders_list.takeItem(self.folders_list.row(item))
        self._update_remove_button()

    def open_folder(self, folder: Path) -> None:
        """Show folder in the system's file manager."""
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder))):
            self._show_error(
                self.tr("Could not open {folder}. Open it in your file manager.").format(
                    folder=folder
                )
            )

    # -- feedback ------------------------------------------------------------------------------

    def _show_model_error(self, text: str) -> None:
        self.model_error_label.show_error(text)
        self.tabs.setCurrentIndex(0)
        self.model_edit.setFocus()

    def _clear_model_error(self) -> None:
        self.model_error_label.clear_error()

    def _show_error(self, text: str) -> None:
        self.error_label.show_error(text)

    def _update_remove_button(self) -> None:
        self.remove_folder_button.setEnabled(bool(self.folders_list.selectedItems()))
