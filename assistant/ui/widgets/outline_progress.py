"""Progress of an outline: what the model is doing, the time so far (ticking), a bar that moves.

The bar counts what is known to be done: each model pass first reads its prompt (the first
tenth of the pass), then writes tokens against the pass's budget; a long lecture's parts add
up to the whole. The elapsed time ticks every second, also while the model reads a prompt
and nothing else arrives.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QSizePolicy, QWidget

from assistant.core.engine.events import Progress
from assistant.core.engine.speed import TokenCount

BAR_STEPS = 1000
# The share of a pass done once its prompt is read and the first token arrives.
PROMPT_SHARE = 0.1
TICK_MS = 1000


def format_duration(seconds: float) -> str:
    """ "42 s" or "3 min 05 s": short enough for a status line, exact enough to plan with."""
    seconds = max(0, round(seconds))
    if seconds < 60:
        return f"{seconds} s"
    return f"{seconds // 60} min {seconds % 60:02d} s"


class OutlineProgress(QWidget):
    """A bar and a line: "Part 3 of 16 · 2 min 10 s · about 5 min left"; hidden when idle."""

    def __init__(
        self, parent: QWidget | None = None, clock: Callable[[], float] = time.monotonic
    ) -> None:
        super().__init__(parent)
        self._clock = clock
        self.bar = QProgressBar(self)
        self.bar.setTextVisible(False)
        self.bar.setMaximumHeight(8)
        self.bar.setRange(0, BAR_STEPS)
        self.label = QLabel(self)
        # Ignored: the line's length changes every second and must not move the layout.
        self.label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label, 2)
        layout.addWidget(self.bar, 1)
        self.tick_timer = QTimer(self)
        self.tick_timer.setInterval(TICK_MS)
        self.tick_timer.timeout.connect(self._render)
        self._started = 0.0
        self._step = Progress(0, 1)
        self._tokens: TokenCount | None = None
        self.hide()

    def start(self) -> None:
        """A new outline: the clock starts, the bar is empty until the first prompt is read."""
        self._started = self._clock()
        self._step = Progress(0, 1)
        self._tokens = None
        self.tick_timer.start()
        self._render()
        self.show()

    def update_step(self, step: Progress | TokenCount) -> None:
        """A model pass starts (step.done of step.total finished), or a pass wrote tokens."""
        if isinstance(step, TokenCount):
            self._tokens = step
        else:
            self._step = step
            self._tokens = None  # the new pass reads its prompt first
        self._render()

    def fraction(self) -> float:
        """How much of the outline is done, 0 to 1, as far as the progress reports tell."""
        step = self._step
        total = max(1, step.total)
        done = min(step.done, total)
        if done >= total:
            return 1.0
        return (done + self._pass_fraction()) / total

    def text(self) -> str:
        """The progress line as shown."""
        return self.label.text()

    def finish(self) -> None:
        """The outline ended, however: stop the clock and hide."""
        self.tick_timer.stop()
        self.hide()

    def _pass_fraction(self) -> float:
        tokens = self._tokens
        if tokens is None:
            return 0.0  # still reading the prompt
        written = min(1.0, tokens.written / max(1, tokens.budget))
        return PROMPT_SHARE + (1 - PROMPT_SHARE) * written

    def _render(self) -> None:
        self.bar.setValue(round(self.fraction() * BAR_STEPS))
        self.label.setText(self._line())
        self.label.setToolTip(self.label.text())

    def _line(self) -> str:
        step = self._step
        elapsed = self._clock() - self._started
        shown = format_duration(elapsed)
        if step.total > 1 and step.done >= step.total:
            return self.tr("Merging {n} parts · {elapsed}").format(n=step.total, elapsed=shown)
        if self._tokens is None and step.total <= 1:
            return self.tr("Reading the lecture · {elapsed}").format(elapsed=shown)
        if step.total <= 1:
            return self.tr("Outlining · {elapsed}").format(elapsed=shown)
        text = self.tr("Part {i} of {n} · {elapsed}").format(
            i=step.done + 1, n=step.total, elapsed=shown
        )
        done = self.fraction()
        if step.done > 0 and done > 0:
            left = elapsed / done * (1 - done)
            text += " · " + self.tr("about {left} left").format(left=format_duration(left))
        return text
