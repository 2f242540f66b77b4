"""CompareView: two prompts, or one prompt at two temperatures, answered side by side."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from assistant.core.engine.requests import Sampling
from assistant.ui.widgets.markdown_view import MarkdownView

TWO_PROMPTS, TWO_TEMPERATURES = "prompts", "temperatures"
DEFAULT_SEED = 42


class AnswerColumn(QGroupBox):
    """One side's answer, streamed in and rendered as Markdown, as the Chat page does."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.caption = QLabel(self)
        self.caption.setWordWrap(True)
        self.output = MarkdownView(self)
        self._markdown: list[str] = []
        self._anchor = 0
        layout = QVBoxLayout(self)
        layout.addWidget(self.caption)
        layout.addWidget(self.output, 1)

    def start(self, caption: str) -> None:
        """A new answer begins."""
        self.caption.setText(caption)
        self.output.clear_sections()
        self._markdown = []
        self._anchor = self.output.append_markdown("")

    def append(self, text: str) -> None:
        """More answer text (the bridge batches tokens, so this re-renders a few times a second)."""
        self._markdown.append(text)
        self.output.replace_last_markdown(self._anchor, self.text())

    def text(self) -> str:
        """The answer so far, as the model wrote it (Markdown source)."""
        return "".join(self._markdown)

    def shown_text(self) -> str:
        """The answer as rendered (tests check no Markdown marks are left)."""
        return self.output.toPlainText()


@dataclass(frozen=True)
class Side:
    """What one column asks the model."""

    mode: str  # "side_a" | "side_b"
    prompt: str
    column: AnswerColumn
    sampling: Sampling


class CompareView(QWidget):
    """The side-by-side settings (what differs, seed) and the two answer columns."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.mode_combo = QComboBox(self)
        self.mode_combo.addItem(self.tr("Two prompts"), TWO_PROMPTS)
        self.mode_combo.addItem(self.tr("One prompt, two temperatures"), TWO_TEMPERATURES)
        self.seed_spin = QSpinBox(self)
        self.seed_spin.setRange(0, 2**31 - 1)
        self.seed_spin.setValue(DEFAULT_SEED)
        self.seed_spin.setAccessibleName(self.tr("Seed"))
        self.temp_a = self._temperature(0.2)
        self.temp_b = self._temperature(1.0)
        self.prompt_b = QPlainTextEdit(self)
        self.prompt_b.setAccessibleName(self.tr("Prompt B"))
        self.prompt_b.setPlaceholderText(
            self.tr("Prompt B: for example the same request without a role or format.")
        )
        self.copy_button = QPushButton(self.tr("Copy prompt A"), self)
        self.run_button = QPushButton(self.tr("Run side by side"), self)
        self.column_a = AnswerColumn(self.tr("A"), self)
        self.column_b = AnswerColumn(self.tr("B"), self)

        settings = QGridLayout()
        settings.addWidget(QLabel(self.tr("Compare:"), self), 0, 0)
        settings.addWidget(self.mode_combo, 0, 1)
        settings.addWidget(QLabel(self.tr("Seed:"), self), 0, 2)
        settings.addWidget(self.seed_spin, 0, 3)
        self._temp_labels = (QLabel(self.tr("Temperature A:"), self), QLabel(self.tr("B:"), self))
        settings.addWidget(self._temp_labels[0], 1, 0)
        settings.addWidget(self.temp_a, 1, 1)
        settings.addWidget(self._temp_labels[1], 1, 2)
        settings.addWidget(self.temp_b, 1, 3)
        prompt_row = QHBoxLayout()
        prompt_row.addWidget(self.prompt_b, 1)
        prompt_row.addWidget(self.copy_button)
        columns = QHBoxLayout()
        columns.addWidget(self.column_a)
        columns.addWidget(self.column_b)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(settings)
        layout.addLayout(prompt_row)
        layout.addWidget(self.run_button)
        layout.addLayout(columns, 1)
        self.mode_combo.currentIndexChanged.connect(self._mode_changed)
        self._mode_changed()

    def _temperature(self, value: float) -> QDoubleSpinBox:
        spin = QDoubleSpinBox(self)
        spin.setRange(0.0, 2.0)
        spin.setSingleStep(0.1)
        spin.setDecimals(2)
        spin.setValue(value)
        return spin

    def mode(self) -> str:
        """TWO_PROMPTS or TWO_TEMPERATURES."""
        return str(self.mode_combo.currentData())

    def set_mode(self, mode: str) -> None:
        """Choose what differs between A and B."""
        self.mode_combo.setCurrentIndex(max(self.mode_combo.findData(mode), 0))

    def sides(self, prompt_a: str, base: Sampling) -> list[Side] | None:
        """A and B as set up here (same seed; None if prompt B is still empty)."""
        seed, temp_a = self.seed_spin.value(), self.temp_a.value()
        if self.mode() == TWO_PROMPTS:
            prompt_b, temp_b = self.prompt_b.toPlainText(), temp_a
            if not prompt_b.strip():
                return None
        else:
            prompt_b, temp_b = prompt_a, self.temp_b.value()
        return [
            Side(
                mode,
                prompt,
                column,
                Sampling(temperature=temp, top_p=base.top_p, max_tokens=base.max_tokens, seed=seed),
            )
            for mode, prompt, column, temp in (
                ("side_a", prompt_a, self.column_a, temp_a),
                ("side_b", prompt_b, self.column_b, temp_b),
            )
        ]

    def _mode_changed(self) -> None:
        two_prompts = self.mode() == TWO_PROMPTS
        self.prompt_b.setVisible(two_prompts)
        self.copy_button.setVisible(two_prompts)
        # Temperature A's label stays: in "two prompts" mode it labels the one temperature box.
        for widget in (self._temp_labels[1], self.temp_b):
            widget.setVisible(not two_prompts)
        self._temp_labels[0].setText(
            self.tr("Temperature:") if two_prompts else self.tr("Temperature A:")
        )
