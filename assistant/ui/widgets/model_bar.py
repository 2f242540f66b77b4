"""The status-bar strip that says which model runs, what it is doing, and opens another one."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import QFont, QResizeEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QWidget,
)

from assistant.core import paths
from assistant.core.engine.events import Done
from assistant.core.engine.local import LoadedModel


class _ElidedLabel(QLabel):
    """A one-line label that shortens long text with "…" instead of widening the window."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._full = ""
        # Ignored: a long error must not set the main window's minimum width.
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setTextFormat(Qt.TextFormat.PlainText)

    def full_text(self) -> str:
        """The text before eliding."""
        return self._full

    def set_full_text(self, text: str) -> None:
        """Show text, elided to the label's width; the tooltip keeps all of it."""
        if text == self._full:
            return
        self._full = text
        self.setToolTip(text if len(text) > 40 else "")
        self._elide()

    def sizeHint(self) -> QSize:
        """Room for the whole text, when there is room."""
        width = self.fontMetrics().horizontalAdvance(self._full) + 4
        return QSize(width, super().sizeHint().height())

    def minimumSizeHint(self) -> QSize:
        """A few letters and "…": the rest is in the tooltip."""
        return QSize(self.fontMetrics().horizontalAdvance("MMMM…"), super().sizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Re-elide for the new width."""
        super().resizeEvent(event)
        self._elide()

    def changeEvent(self, event: QEvent) -> None:
        """Re-elide at a new font (presenter mode, zoom)."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self.updateGeometry()
            self._elide()

    def _elide(self) -> None:
        width = max(self.width(), 20)
        self.setText(self.fontMetrics().elidedText(self._full, Qt.TextElideMode.ElideRight, width))


class ModelBar(QWidget):
    """Model name, size, quantization, state (Loading…/Ready/Generating…/Failed) and Open."""

    open_requested = Signal(str)
    models_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._generating = False
        self._last_rate = 0.0
        self._has_model = False
        # How the state line is written, re-run at a language switch (it holds values).
        self._state: Callable[[], str] = lambda: self.tr("No model loaded")
        # Elided like the state: a long model name at a projector's font must neither widen
        # the window nor be cut mid-letter; the tooltip has it in full.
        self.name_label = _ElidedLabel(self)
        # Its whole name when there is room, shortened when the window is narrow.
        self.name_label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        bold = QFont()  # only the weight is set, so presenter mode still scales the size
        bold.setBold(True)
        self.name_label.setFont(bold)
        self.size_label = QLabel(self)
        self.quant_label = QLabel(self)
        self.state_label = _ElidedLabel(self)
        self.open_button = QPushButton(self.tr("Open model…"), self)
        self.open_button.setToolTip(self.tr("Choose a .gguf model file on this computer"))
        self.open_button.clicked.connect(self.choose_model_file)
        self.models_button = QPushButton(self.tr("Models…"), self)
        self.models_button.setToolTip(
            self.tr("Models on this computer, downloads, and serving a model to the class")
        )
        self.models_button.clicked.connect(self.models_requested)

        for label in (self.size_label, self.quant_label):
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.hide()

        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 0, 4, 0)
        layout.setSpacing(10)
        layout.addWidget(self.name_label)
        layout.addWidget(self.size_label)
        layout.addWidget(self.quant_label)
        layout.addWidget(self.state_label, 1)
        layout.addWidget(self.open_button)
        layout.addWidget(self.models_button)
        self.name_label.set_full_text(self.tr("No model"))
        self._set_state(self._state)

    def changeEvent(self, event: QEvent) -> None:
        """At a language switch, write the state line again in the new language."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            if not self._has_model:
                self.name_label.set_full_text(self.tr("No model"))
            self._set_state(self._state)

    def _set_state(self, render: Callable[[], str]) -> None:
        self._state = render
        self.state_label.set_full_text(render())

    def state_text(self) -> str:
        """The full state text (the label may show it shortened)."""
        return self.state_label.full_text()

    def choose_model_file(self) -> None:
        """Ask for a .gguf file and emit open_requested with its path."""
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Open model"),
            str(paths.models_dir()),
            self.tr("GGUF models (*.gguf);;All files (*)"),
        )
        if path:
            self.open_requested.emit(path)

    # -- states --------------------------------------------------------------------------------

    def show_loading(self, name: str) -> None:
        """A model is being loaded."""
        self._set_state(lambda: self.tr("Loading {name}…").format(name=name))

    def show_model(self, model: LoadedModel) -> None:
        """A model is loaded and ready."""
        info = model.info
        self._has_model = True
        self.name_label.set_full_text(info.display_name)
        self.name_label.setToolTip(f"{info.name}\n{info.path}")
        self._set_optional(self.size_label, info.size_label)
        self._set_optional(self.quant_label, info.quantization)
        self._set_state(lambda: self.tr("Ready"))

    def show_load_failed(self, reason: str) -> None:
        """Loading failed: the reason and where to go next."""
        self._set_state(
            lambda: self.tr("Failed: {reason} Use File > Open model… to choose a model.").format(
                reason=_sentence(reason)
            )
        )

    def show_generating(self, tokens_per_s: float) -> None:
        """An answer is streaming (0 until the first tokens arrive)."""
        self._generating = True
        self._last_rate = tokens_per_s
        if tokens_per_s > 0:
            self._set_state(
                lambda: self.tr("Generating… {rate:.1f} tok/s").format(rate=tokens_per_s)
            )
        else:
            self._set_state(lambda: self.tr("Generating…"))

    def show_finished(self, done: Done) -> None:
        """The answer ended; keep its speed on show."""
        self._show_ready(done.timings.tokens_per_s)

    def show_busy(self, busy: bool) -> None:
        """Whether the model has work; an outline job ends without a Done of its own."""
        if not busy and self._generating:
            self._show_ready(self._last_rate)

    def _show_ready(self, rate: float) -> None:
        self._generating = False
        if rate > 0:
            self._set_state(
                lambda: self.tr("Ready · last answer {rate:.1f} tok/s").format(rate=rate)
            )
        else:
            self._set_state(lambda: self.tr("Ready"))

    def show_failed(self, reason: str) -> None:
        """The answer failed."""
        self._generating = False
        self._set_state(lambda: self.tr("Failed: {reason}").format(reason=reason))

    @staticmethod
    def _set_optional(label: QLabel, text: str | None) -> None:
        label.setText(text or "")
        label.setVisible(bool(text))


def _sentence(text: str) -> str:
    """Text ending in a full stop, so a hint can follow it."""
    text = text.rstrip()
    return text if text.endswith((".", "!", "?", "。")) else text + "."
