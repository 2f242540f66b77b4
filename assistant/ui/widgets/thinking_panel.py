"""A collapsible panel that shows a reasoning model's thinking apart from its answer."""

from __future__ import annotations

from PySide6.QtCore import QElapsedTimer, QEvent, Qt, QTimer
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QPlainTextEdit, QSizePolicy, QToolButton, QVBoxLayout, QWidget

# Visible lines of reasoning when expanded: enough to follow along, not so many that the
# answer is pushed off screen.
BODY_LINES = 8


class ThinkingPanel(QWidget):
    """ "Thinking (N s)": reasoning of the current answer, hidden when there is none."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._clock = QElapsedTimer()
        self._seconds = 0
        self._counting = False
        # Whole seconds are shown, but a coarser tick would make the count visibly stutter.
        self._tick = QTimer(self)
        self._tick.setInterval(250)
        self._tick.timeout.connect(self._update_title)

        self._header = QToolButton(self)
        self._header.setCheckable(True)
        self._header.setAutoRaise(True)
        self._header.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self._header.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._header.toggled.connect(self.set_expanded)

        self._body = QPlainTextEdit(self)
        self._body.setReadOnly(True)
        self._body.setObjectName("thinkingText")
        self._body.setAccessibleName(self.tr("Model reasoning"))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self._header)
        layout.addWidget(self._body)
        self.reset()

    # -- state ---------------------------------------------------------------------------------

    @property
    def seconds(self) -> int:
        """Whole seconds the model has been thinking."""
        return self._seconds

    @property
    def is_counting(self) -> bool:
        """Whether reasoning is still streaming (the count goes up)."""
        return self._counting

    def text(self) -> str:
        """The reasoning shown in the panel."""
        return self._body.toPlainText()

    def is_expanded(self) -> bool:
        """Whether the reasoning text is visible."""
        return self._header.isChecked()

    def title(self) -> str:
        """The header text, e.g. "Thinking (3 s)"."""
        return self._header.text()

    # -- driven by the chat page ---------------------------------------------------------------

    def reset(self) -> None:
        """Clear the panel for a new answer; it stays hidden until reasoning arrives."""
        self._tick.stop()
        self._counting = False
        self._seconds = 0
        self._body.clear()
        self._update_title()
        self.set_expanded(False)
        self.hide()

    def append_reasoning(self, text: str) -> None:
        """Add streamed reasoning; the first piece shows the panel expanded and starts the count."""
        if self._body.document().isEmpty():
            self._clock.start()
            self._counting = True
            self._tick.start()
            self.set_expanded(True)
            self.show()
        bar = self._body.verticalScrollBar()
        follow = bar.value() >= bar.maximum() - 2
        cursor = self._body.textCursor()
        cursor.movePosition(QTextCursor.MoveOperation.End)
        cursor.insertText(text)
        if follow:
            bar.setValue(bar.maximum())

    def answer_started(self) -> None:
        """The answer began: stop the count and fold the reasoning away."""
        if self._counting:
            self._stop_count()
            self.set_expanded(False)

    def finish(self) -> None:
        """The answer ended (or stopped): stop the count, keep what is shown."""
        if self._counting:
            self._stop_count()

    def set_expanded(self, expanded: bool) -> None:
        """Show or fold the reasoning text."""
        if self._header.isChecked() != expanded:
            self._header.setChecked(expanded)  # re-enters through toggled
            return
        arrow = Qt.ArrowType.DownArrow if expanded else Qt.ArrowType.RightArrow
        self._header.setArrowType(arrow)
        self._body.setVisible(expanded)
        self._fit_body_height()

    def changeEvent(self, event: QEvent) -> None:
        """Keep the body BODY_LINES high when the font changes (presenter mode)."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._fit_body_height()

    def _fit_body_height(self) -> None:
        lines = self._body.fontMetrics().lineSpacing() * BODY_LINES
        self._body.setFixedHeight(lines + 2 * self._body.frameWidth() + 8)

    def _stop_count(self) -> None:
        self._update_title()
        self._counting = False
        self._tick.stop()

    def _update_title(self) -> None:
        if self._counting:
            self._seconds = int(self._clock.elapsed() / 1000)
        self._header.setText(self.tr("Thinking (%n s)", "", self._seconds))
