"""CritiqueView: the model's proposed sentences, to accept or edit, and the assembled rewrite.

The checker's verdict stays in the CheckPanel above; this view only shows what the model
proposes for the missing fields. Each sentence can be accepted, edited or left out; the rewrite
is re-assembled (core/practice/rewrite.py) on every change, so what is copied, run or compared
is exactly what the trainee sees.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from assistant.core.practice.checker import CheckResult
from assistant.core.practice.critique import Critique
from assistant.core.practice.frameworks import Framework
from assistant.core.practice.rewrite import assemble_rewrite
from assistant.ui.widgets.thinking_panel import ThinkingPanel


@dataclass
class _Row:
    field: str
    accept: QCheckBox
    edit: QLineEdit


class CritiqueView(QGroupBox):
    """Proposals (accept / edit each), the rewrite, and Copy / Run / Side by side for it."""

    run_requested = Signal(str)  # the rewrite
    compare_requested = Signal(str)  # the rewrite, against the original
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Suggested additions"), parent)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.thinking = ThinkingPanel(self)
        self.thinking.hide()
        self._grid_host = QWidget(self)
        self._grid = QGridLayout(self._grid_host)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setColumnStretch(1, 1)
        self.rewrite_label = QLabel(
            self.tr("Rewritten prompt (your text, plus the sentences you keep):"), self
        )
        self.rewrite_label.setWordWrap(True)
        self.rewrite = QPlainTextEdit(self)
        self.rewrite.setReadOnly(True)
        self.rewrite.setAccessibleName(self.tr("Rewritten prompt"))
        self.copy_button = QPushButton(self.tr("Copy rewrite"), self)
        self.run_button = QPushButton(self.tr("Run rewrite"), self)
        self.compare_button = QPushButton(self.tr("Original vs rewrite"), self)
        self.compare_button.setToolTip(
            self.tr("Answer the original and the rewrite side by side with the same seed")
        )
        buttons = QHBoxLayout()
        for button in (self.copy_button, self.run_button, self.compare_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.thinking)
        layout.addWidget(self._grid_host)
        layout.addWidget(self.rewrite_label)
        layout.addWidget(self.rewrite, 1)
        layout.addLayout(buttons)
        self._rows: list[_Row] = []
        self._model_ready = True
        self._critique: Critique | None = None
        self._context: tuple[str, CheckResult, Framework] | None = None
        self.copy_button.clicked.connect(self.copy_rewrite)
        self.run_button.clicked.connect(lambda: self.run_requested.emit(self.rewrite_text()))
        self.compare_button.clicked.connect(
            lambda: self.compare_requested.emit(self.rewrite_text())
        )
        self.clear()

    # -- states ------------------------------------------------------------------------------

    def clear(self) -> None:
        """No critique yet."""
        self._set_rows([])
        self._critique = self._context = None
        self.status.setText(
            self.tr("Press Critique: the model proposes one sentence for each missing part.")
        )
        self.rewrite.clear()
        self.thinking.reset()
        self.thinking.hide()
        self._update_buttons()

    def start(self, missing: int, reasoning_model: bool) -> None:
        """A critique was asked for."""
        self._set_rows([])
        self._critique = self._context = None
        self.rewrite.clear()
        self.thinking.reset()
        self.thinking.setVisible(reasoning_model)
        self.status.setText(self.tr("Asking the model for {n} sentence(s)…").format(n=missing))
        self._update_buttons()

    def append_reasoning(self, text: str) -> None:
        """A reasoning model's thinking goes to the thinking panel, never into a proposal."""
        self.thinking.show()
        self.thinking.append_reasoning(text)

    def show_failure(self, message: str) -> None:
        """The critique could not be made."""
        self.thinking.finish()
        self.status.setText(message)
        self._update_buttons()

    def show_critique(
        self, critique: Critique, prompt: str, result: CheckResult, framework: Framework
    ) -> None:
        """The proposals, ready to accept or edit, and the rewrite assembled from them."""
        self.thinking.finish()
        self._critique = critique
        self._context = (prompt, result, framework)
        rows = []
        for p in critique.proposals:
            accept = QCheckBox(p.label, self._grid_host)
            edit = QLineEdit(p.text, self._grid_host)
            edit.setAccessibleName(p.label)
            accept.setChecked(not p.left_out)
            if p.left_out:
                edit.setPlaceholderText(self._left_out_text(p.dropped))
            accept.toggled.connect(self._refresh)
            edit.textEdited.connect(lambda _text, box=accept: box.setChecked(bool(_text.strip())))
            edit.textChanged.connect(self._refresh)
            rows.append(_Row(p.field, accept, edit))
        self._set_rows(rows)
        left_out = sum(1 for p in critique.proposals if p.left_out)
        if not critique.proposals:
            status = self.tr("Every part is there: nothing to add.")
        elif critique.stopped:
            status = self.tr("Stopped: the sentences written so far are shown.")
        elif left_out:
            status = self.tr(
                "{n} sentence(s) proposed in {s} s; {m} part(s) had no usable sentence: "
                "write them yourself."
            ).format(n=len(critique.proposals) - left_out, s=f"{critique.seconds:.1f}", m=left_out)
        else:
            status = self.tr(
                "{n} sentence(s) proposed in {s} s. Keep, edit or untick each one."
            ).format(n=len(critique.proposals), s=f"{critique.seconds:.1f}")
        self.status.setText(status)
        self._refresh()

    # -- the rewrite -------------------------------------------------------------------------

    def accepted(self) -> dict[str, str]:
        """The sentences kept (field key -> text), as edited."""
        return {
            row.field: row.edit.text().strip()
            for row in self._rows
            if row.accept.isChecked() and row.edit.text().strip()
        }

    def rewrite_text(self) -> str:
        """The rewrite as shown."""
        return self.rewrite.toPlainText()

    def copy_rewrite(self) -> None:
        """Put the rewrite on the clipboard."""
        QGuiApplication.clipboard().setText(self.rewrite_text())
        self.status.setText(self.tr("The rewrite is on the clipboard."))

    def row_edit(self, field: str) -> QLineEdit:
        """The text box of a field's proposal (tests type into it)."""
        return next(row.edit for row in self._rows if row.field == field)

    def row_accept(self, field: str) -> QCheckBox:
        """The keep box of a field's proposal."""
        return next(row.accept for row in self._rows if row.field == field)

    def _refresh(self) -> None:
        if self._context is None:
            return
        prompt, result, framework = self._context
        self.rewrite.setPlainText(assemble_rewrite(prompt, result, framework, self.accepted()))
        self._update_buttons()
        self.changed.emit()

    def set_model_ready(self, ready: bool) -> None:
        """Run and Side by side need the model free; Copy does not."""
        self._model_ready = ready
        self._update_buttons()

    def _update_buttons(self) -> None:
        has_rewrite = self._context is not None and bool(self.rewrite_text().strip())
        self.copy_button.setEnabled(has_rewrite)
        for button in (self.run_button, self.compare_button):
            button.setEnabled(has_rewrite and self._model_ready)

    def _set_rows(self, rows: list[_Row]) -> None:
        for row in self._rows:
            for widget in (row.accept, row.edit):
                self._grid.removeWidget(widget)
                widget.deleteLater()
        self._rows = rows
        for i, row in enumerate(rows):
            self._grid.addWidget(row.accept, i, 0)
            self._grid.addWidget(row.edit, i, 1)
        self._grid_host.setVisible(bool(rows))

    def _left_out_text(self, reasons: tuple[str, ...]) -> str:
        why = {
            "repeats": self.tr("it repeated itself"),
            "copies_prompt": self.tr("it repeated your prompt"),
            "copies_instructions": self.tr("it copied the instructions"),
            "wrong_language": self.tr("it was in another language"),
            "cut": self.tr("it was cut off"),
            "empty": self.tr("it was empty"),
        }
        known = [why[r] for r in dict.fromkeys(reasons) if r in why]
        if not known:
            return self.tr("No sentence from the model: write your own.")
        return self.tr("No usable sentence ({reasons}): write your own.").format(
            reasons=self.tr(", ").join(known)
        )
