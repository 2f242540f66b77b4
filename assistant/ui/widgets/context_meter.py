"""A slim bar that shows how much of the model's context window a conversation takes."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QLocale, QObject, QTimer
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QSizePolicy, QWidget

from assistant.core.engine.requests import Message
from assistant.ui.tasks import Task

# EngineBridge.count_tokens: (messages, owner) -> a Task whose succeeded carries the count.
Counter = Callable[[list[Message], QObject], Task]
# What to count now, or None when nothing can be counted (no model, an answer streaming).
Source = Callable[[], list[Message] | None]

# Above these shares of the context window the meter turns amber, then red: an answer needs
# room too, so a nearly full window fails before it is full.
WARNING_SHARE = 0.75
CRITICAL_SHARE = 0.90
_COLOURS = {"warning": "#d48806", "critical": "#cf1322"}
BAR_WIDTH = 120
BAR_HEIGHT = 6
# A draft is counted once typing pauses this long: a count per keystroke would queue up on
# the engine's thread.
RECOUNT_DELAY_MS = 400


class ContextMeter(QWidget):
    """ "1,234 / 4,096 tokens" beside a thin bar; amber above 75 %, red above 90 %."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._used: int | None = None
        self._limit: int | None = None
        self._level = "normal"
        self._counter: Counter | None = None
        self._source: Source | None = None
        self._in_flight = False
        self._again = False
        self._delay = QTimer(self)
        self._delay.setSingleShot(True)
        self._delay.setInterval(RECOUNT_DELAY_MS)
        self._delay.timeout.connect(self.recount)
        self.bar = QProgressBar(self)
        self.bar.setTextVisible(False)
        self.bar.setFixedSize(BAR_WIDTH, BAR_HEIGHT)
        self.bar.setAccessibleName(self.tr("Context window used"))
        self.label = QLabel(self)
        self.label.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Preferred)
        self.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.bar)
        layout.addWidget(self.label)
        self._update()

    # -- state ---------------------------------------------------------------------------------

    def used(self) -> int | None:
        """Tokens counted last, or None before the first count."""
        return self._used

    def limit(self) -> int | None:
        """The model's context window in tokens, or None while no model is loaded."""
        return self._limit

    def level(self) -> str:
        """ "normal", "warning" (above 75 %) or "critical" (above 90 %)."""
        return self._level

    def text(self) -> str:
        """The label, e.g. "1,234 / 4,096 tokens"."""
        return self.label.text()

    # -- updates -------------------------------------------------------------------------------

    def set_limit(self, n_ctx: int | None) -> None:
        """The loaded model's context window (None: no model)."""
        self._limit = n_ctx if n_ctx and n_ctx > 0 else None
        self._update()

    def set_count(self, tokens: int | None) -> None:
        """Tokens the conversation and the draft take (None: unknown)."""
        self._used = tokens
        self._update()

    def watch(self, counter: Counter, source: Source) -> None:
        """Count what source() returns with counter (off the GUI thread) on each recount."""
        self._counter, self._source = counter, source

    def recount_later(self) -> None:
        """Recount once things stop changing for a moment (typing)."""
        if self._counter is not None:
            self._delay.start()

    def recount(self) -> None:
        """Count now; while a count runs, one more follows it with what is current then."""
        self._delay.stop()
        if self._counter is None or self._source is None:
            return
        if self._in_flight:
            self._again = True
            return
        messages = self._source()
        if messages is None:
            return
        if not messages:
            self.set_count(0)
            return
        self._in_flight = True
        self._counter(messages, self).then(self._counted, self._count_failed)

    def _counted(self, tokens: int) -> None:
        self._in_flight = False
        self.set_count(tokens)
        if self._again:
            self._again = False
            self.recount()

    def _count_failed(self, _reason: str) -> None:
        # The meter only informs: a failed count (the model went away) shows as unknown.
        self._in_flight = self._again = False
        self.set_count(None)

    def _update(self) -> None:
        locale = QLocale()
        # The C locale omits group separators; "1,234" reads better than "1234" everywhere.
        locale.setNumberOptions(QLocale.NumberOption.DefaultNumberOptions)
        used = "–" if self._used is None else locale.toString(self._used)
        limit = "–" if self._limit is None else locale.toString(self._limit)
        self.label.setText(self.tr("{used} / {limit} tokens").format(used=used, limit=limit))
        share = (self._used or 0) / self._limit if self._limit else 0.0
        self.bar.setRange(0, 1000)
        self.bar.setValue(min(1000, round(share * 1000)))
        if share > CRITICAL_SHARE:
            self._level = "critical"
        elif share > WARNING_SHARE:
            self._level = "warning"
        else:
            self._level = "normal"
        colour = _COLOURS.get(self._level)
        # Styled in every state: a bar that switched between the platform look and a style
        # sheet would change shape, not just colour, when it turns amber.
        self.bar.setStyleSheet(
            "QProgressBar { border: none; border-radius: 3px; background: palette(midlight); }"
            "QProgressBar::chunk { border-radius: 3px; "
            f"background-color: {colour or 'palette(highlight)'}; }}"
        )
        self.label.setStyleSheet(f"color: {colour};" if colour else "")
        if self._level == "normal":
            tip = self.tr("How much of the model's context window the chat and your draft take.")
        else:
            tip = self.tr(
                "The conversation nearly fills the model's context window. Start a new chat or "
                "open the model with a larger context in Settings."
            )
        self.setToolTip(tip)
        self.bar.setToolTip(tip)
        self.label.setToolTip(tip)
