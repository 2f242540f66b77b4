"""The welcome dialog on first start: begin with the starter model or open a bigger one."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from assistant.core import paths
from assistant.core.errors import StorageError
from assistant.core.models.kit import Kit
from assistant.core.settings import Settings
from assistant.ui.dialogs.settings_dialog import ErrorLabel, model_path_problem
from assistant.ui.language import Retranslating

log = logging.getLogger(__name__)

STARTER = "starter"
FILE = "file"
# A file, not a Settings field: the marker is about this data dir, not a preference.
MARKER_NAME = "first-run-done"

Choice = tuple[str, str | None]


def _marker() -> Path:
    return paths.data_dir() / MARKER_NAME


def should_show_first_run(settings: Settings) -> bool:
    """True when no model is configured and the welcome dialog has not been answered yet."""
    if settings.model_path:
        return False
    try:
        return not _marker().exists()
    except StorageError:
        return True  # no usable data dir: the welcome is the friendlier thing to show


def mark_first_run_done() -> None:
    """Remember that the welcome was answered (a failure only means it shows again)."""
    try:
        _marker().write_text("", encoding="utf-8")
    except (OSError, StorageError) as exc:
        log.warning("could not write the first-run marker: %s", exc)


class FirstRunDialog(Retranslating, QDialog):
    """Explains the starter model and bigger models; choice() tells what the user picked."""

    def __init__(self, parent: QWidget | None = None, kit: Kit | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Welcome to Study Assistant"))
        self._choice: Choice | None = None
        # What the instructor's class kit carries, offered before anything else.
        self._class_model = kit.class_model.path if kit and kit.class_model else None
        self._class_pack = kit.class_pack.path if kit and kit.class_pack else None

        title = QLabel(self.tr("Welcome to Study Assistant"), self)
        font = QFont(self.font())
        font.setBold(True)
        font.setPointSizeF(self.font().pointSizeF() * 1.4)
        title.setFont(font)

        paragraphs = [
            self.tr(
                "Study Assistant runs an AI model on this computer, so your lectures, notes and "
                "questions stay here and it works without the internet."
            ),
            self.tr(
                "You can start right away with the built-in starter model. It is small (0.5B) "
                "and quick: fine for trying things out, but its answers are simple."
            ),
            self.tr(
                "For class work, use a bigger model: DeepSeek-R1-Distill-Qwen-1.5B, or "
                "Qwen2.5-1.5B, 3B or 7B-Instruct, as a .gguf file from your instructor's USB "
                "stick or from a download. Open it here, or any time with File → Open model…"
            ),
            self.tr("Bigger models answer better but need more memory and are slower."),
        ]
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        for text in paragraphs:
            label = QLabel(text, self)
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.PlainText)
            layout.addWidget(label)
        if self._class_model is not None:
            label = QLabel(
                self.tr("Your instructor's kit includes a model for this class: {name}.").format(
                    name=self._class_model.name
                ),
                self,
            )
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.PlainText)
            layout.addWidget(label)
        self.pack_box: QCheckBox | None = None
        if self._class_pack is not None:
            self.pack_box = QCheckBox(
                self.tr("Add the instructor's prompt pack “{name}” to Practice").format(
                    name=self._class_pack.stem
                ),
                self,
            )
            self.pack_box.setChecked(True)
            layout.addWidget(self.pack_box)

        self.error_label = ErrorLabel(self)
        layout.addWidget(self.error_label)
        layout.addStretch(1)

        self.starter_button = QPushButton(self.tr("Use the starter model"), self)
        self.starter_button.setDefault(True)
        self.starter_button.clicked.connect(self.use_starter)
        self.open_button = QPushButton(self.tr("Open a model file…"), self)
        self.open_button.clicked.connect(self.open_model_file)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.starter_button)
        self.class_button: QPushButton | None = None
        if self._class_model is not None:
            self.class_button = QPushButton(self.tr("Use the class model"), self)
            self.class_button.clicked.connect(self.use_class_model)
            self.starter_button.setDefault(False)
            self.class_button.setDefault(True)
            buttons.addWidget(self.class_button)
        layout.addLayout(buttons)
        self.setMinimumWidth(520)

    def choice(self) -> Choice | None:
        """("starter", None), ("file", path), or None if the dialog was closed without a choice."""
        return self._choice

    def pack_to_import(self) -> Path | None:
        """The kit's prompt pack if the user kept it ticked (only once a choice was made)."""
        if self._choice is None or self.pack_box is None or not self.pack_box.isChecked():
            return None
        return self._class_pack

    def use_class_model(self) -> None:
        """Start with the model the instructor put in the class kit."""
        if self._class_model is not None:
            self._finish((FILE, str(self._class_model)))

    def use_starter(self) -> None:
        """Start with the built-in starter model."""
        self._finish((STARTER, None))

    def open_model_file(self) -> None:
        """Ask for a .gguf file; cancelling the file dialog keeps this dialog open."""
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Open a model file"),
            str(Path.home()),
            self.tr("GGUF models (*.gguf);;All files (*)"),
        )
        if not path:
            return
        problem = model_path_problem(path)
        if problem:
            self.error_label.show_error(problem)
            return
        self._finish((FILE, path))

    def _finish(self, choice: Choice) -> None:
        self._choice = choice
        mark_first_run_done()
        self.accept()
