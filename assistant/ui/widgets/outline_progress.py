"""Progress of an outline: part i of n of a long lecture, time so far, estimate of the rest."""

from __future__ import annotations

import time

from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QWidget

from assistant.core.engine.events import Progress


def format_duration(seconds: float) -> str:
    """ "42 s" or "3 min 05 s": short enough for a status line, exact enough to plan with."""
    seconds = max(0, round(seconds))
    if seconds < 60:
        return f"{seconds} s"
    return f"{seconds // 60} min {seconds % 60:02d} s"


class OutlineProgress(QWidget):
    """A bar and a line: "Part 3 of 16 · 2 min 10 s · about 5 min left"; hidden when idle."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bar = QProgressBar(self)
        self.bar.setTextVisible(False)
        self.bar.setMaximumHeight(8)
        self.label = QLabel(self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.bar, 1)
        self._started = 0.0
        self._step = Progress(0, 1)
        self.hide()

    def start(self) -> None:
        """A new outline: busy bar until the first step is known."""
        self._started = time.monotonic()
        self._step = Progress(0, 1)
        self.bar.setRange(0, 0)
        self.label.setText(self.tr("Reading the lecture…"))
        self.show()

    def update_step(self, step: Progress) -> None:
        """A model pass starts (step.done of step.total finished), or the parts are merged."""
        self._step = step
        elapsed = time.monotonic() - self._started
        if step.total <= 1:
            self.bar.setRange(0, 0)  # one pass: no steps to count
            text = self.tr("Outlining · {elapsed}").format(elapsed=format_duration(elapsed))
        elif step.done >= step.total:
            self.bar.setRange(0, step.total)
            self.bar.setValue(step.total)
            text = self.tr("Merging {n} parts · {elapsed}").format(
                n=step.total, elapsed=format_duration(elapsed)
            )
        else:
            self.bar.setRange(0, step.total)
            self.bar.setValue(step.done)
            text = self.tr("Part {i} of {n} · {elapsed}").format(
                i=step.done + 1, n=step.total, elapsed=format_duration(elapsed)
            )
            if step.done > 0:
                left = elapsed / step.done * (step.total - step.done)
                text += " · " + self.tr("about {left} left").format(left=format_duration(left))
        self.label.setText(text)

    def text(self) -> str:
        """The progress line as shown."""
        return self.label.text()

    def finish(self) -> None:
        """The outline ended, however: hide."""
        self.hide()
