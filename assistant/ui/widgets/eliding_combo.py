"""A drop-down box that shortens a chosen text too long for it with "…" instead of cutting it."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QHelpEvent, QPaintEvent
from PySide6.QtWidgets import (
    QComboBox,
    QStyle,
    QStyleOptionComboBox,
    QStylePainter,
    QToolTip,
)


class ElidingComboBox(QComboBox):
    """A QComboBox whose closed box shows "Long exercise ti…" when the title does not fit.

    At a projector's font size a picker beside the feedback column can be narrower than a long
    exercise title. Qt would cut the text mid-letter; this box ends it with "…" and puts the
    whole title in the tooltip. The opened list always shows every title in full.
    """

    def tooltip_text(self) -> str:
        """What hovering shows: a tooltip set on purpose, else the whole chosen text."""
        return self.toolTip() or self.currentText()

    def event(self, event: QEvent) -> bool:
        # Read at hover time, not kept in step: the owner may choose items with signals blocked.
        if event.type() == QEvent.Type.ToolTip and not self.toolTip() and self.currentText():
            assert isinstance(event, QHelpEvent)
            QToolTip.showText(event.globalPos(), self.currentText(), self)
            return True
        return super().event(event)

    def shown_text(self) -> str:
        """The chosen text as the closed box draws it: whole, or shortened with "…"."""
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        return self._fitted(option)

    def _fitted(self, option: QStyleOptionComboBox) -> str:
        field = self.style().subControlRect(
            QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, self
        )
        return self.fontMetrics().elidedText(
            option.currentText, Qt.TextElideMode.ElideRight, field.width()
        )

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QStylePainter(self)
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        painter.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, option)
        option.currentText = self._fitted(option)
        painter.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, option)
