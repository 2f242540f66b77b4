"""The picker that shortens a long chosen title with "…" and shows it whole on hover."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QPoint
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QApplication, QToolTip
from pytestqt.qtbot import QtBot

from assistant.ui.widgets.eliding_combo import ElidingComboBox

TITLE = "Luyện tự do (không chọn bài tập) — viết lời nhắc cho một email gửi phụ huynh"


def _combo(qtbot: QtBot, width: int) -> ElidingComboBox:
    combo = ElidingComboBox()
    qtbot.addWidget(combo)
    combo.addItems(["Short", TITLE])
    combo.setCurrentIndex(1)
    combo.setFixedWidth(width)
    combo.show()
    qtbot.waitExposed(combo)
    return combo


# The offscreen platform cannot raise the tooltip window; it is shown all the same.
@pytest.mark.qt_log_ignore("does not support raise")
def test_a_title_too_long_for_the_box_is_shortened_with_an_ellipsis(qtbot: QtBot) -> None:
    combo = _combo(qtbot, 160)
    shown = combo.shown_text()
    assert shown.endswith("…") and TITLE.startswith(shown[:-1])
    assert combo.fontMetrics().horizontalAdvance(shown) < 160
    # Hovering shows the whole title, even though it was chosen with signals blocked.
    combo.blockSignals(True)
    combo.setCurrentIndex(0)
    combo.setCurrentIndex(1)
    combo.blockSignals(False)
    assert combo.tooltip_text() == TITLE
    QApplication.sendEvent(
        combo, QHelpEvent(QEvent.Type.ToolTip, QPoint(5, 5), combo.mapToGlobal(QPoint(5, 5)))
    )
    assert QToolTip.text() == TITLE
    combo.grab()  # paints through the shortened text without error


def test_a_title_that_fits_is_shown_whole(qtbot: QtBot) -> None:
    combo = _combo(qtbot, 160)
    combo.setCurrentIndex(0)
    assert combo.shown_text() == "Short"


def test_a_tooltip_set_on_purpose_is_kept(qtbot: QtBot) -> None:
    combo = _combo(qtbot, 160)
    combo.setToolTip("Pick the exercise your instructor named")
    assert combo.tooltip_text() == "Pick the exercise your instructor named"
