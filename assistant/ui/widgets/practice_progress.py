"""PracticeProgressView: a trainee's scored attempts, overall and per framework."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from assistant.core.store.practice import Attempt, Progress


class PracticeProgressView(QWidget):
    """Who is practising, how their scores go, and their latest attempts."""

    trainee_changed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name_edit = QLineEdit(self)
        self.name_edit.setPlaceholderText(self.tr("Your name (optional, for a shared computer)"))
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.by_framework = self._table(
            [
                self.tr("Framework"),
                self.tr("Attempts"),
                self.tr("Average"),
                self.tr("Best"),
                self.tr("Last"),
            ]
        )
        self.recent = self._table(
            [self.tr("When"), self.tr("Framework"), self.tr("Score"), self.tr("Prompt")]
        )
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Trainee:"), self))
        row.addWidget(self.name_edit, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.summary)
        layout.addWidget(QLabel(self.tr("By framework"), self))
        layout.addWidget(self.by_framework, 1)
        layout.addWidget(QLabel(self.tr("Latest attempts"), self))
        layout.addWidget(self.recent, 2)
        self.name_edit.editingFinished.connect(lambda: self.trainee_changed.emit(self.trainee()))
        self.show_progress(Progress("", 0, 0.0, 0, ()), [])

    def _table(self, headers: list[str]) -> QTableWidget:
        table = QTableWidget(0, len(headers), self)
        table.setHorizontalHeaderLabels(headers)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.verticalHeader().hide()
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setStretchLastSection(True)
        return table

    def trainee(self) -> str:
        """The trainee's name ("" if none given)."""
        return self.name_edit.text().strip()

    def show_progress(self, progress: Progress, recent: list[Attempt]) -> None:
        """Show a trainee's progress and latest attempts."""
        if progress.attempts:
            self.summary.setText(
                self.tr(
                    "%n scored attempt(s); average score {average}, best {best}.",
                    "",
                    progress.attempts,
                ).format(average=progress.average, best=progress.best)
            )
        else:
            self.summary.setText(
                self.tr("No attempts yet: check or run a prompt and it is saved here.")
            )
        self.by_framework.setRowCount(len(progress.frameworks))
        for r, f in enumerate(progress.frameworks):
            for c, value in enumerate((f.framework, f.attempts, f.average, f.best, f.last)):
                self.by_framework.setItem(r, c, QTableWidgetItem(str(value)))
        self.recent.setRowCount(len(recent))
        for r, a in enumerate(recent):
            score = "" if a.score is None else str(a.score)
            prompt = " ".join(a.prompt.split())[:80]
            for c, value in enumerate(
                (a.created[:16].replace("T", " "), a.framework or "", score, prompt)
            ):
                self.recent.setItem(r, c, QTableWidgetItem(value))
