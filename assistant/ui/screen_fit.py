"""Windows that fit the screen they are on, and a sidebar width that is never unreadable.

A classroom projector is often 1,280×720 or 1,024×768, and an instructor sets a 14 pt font or
presenter mode: a window sized for a laptop would hang off the screen, and a splitter restored
from a session at another font size could squeeze the library sidebar to a few letters.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize
from PySide6.QtGui import QFontMetrics, QGuiApplication
from PySide6.QtWidgets import QWidget

# The library sidebar shows note titles: it needs room for this many average characters to
# stay readable, and never takes more than this share of the window.
SIDEBAR_MIN_CHARS = 14
SIDEBAR_DEFAULT_CHARS = 22
SIDEBAR_MAX_SHARE = 0.4
SIDEBAR_DEFAULT_SHARE = 0.2
# Room left for the window manager's frame and title bar when the frame is not known yet.
FRAME_ALLOWANCE = QSize(16, 40)


def available_geometry(widget: QWidget | None = None) -> QRect:
    """The part of the widget's screen (else the primary screen) that windows may use."""
    screen = widget.screen() if widget is not None else None
    screen = screen or QGuiApplication.primaryScreen()
    return screen.availableGeometry()


def fit_window(window: QWidget, preferred: QSize, available: QRect | None = None) -> None:
    """Resize window to preferred, or less where the screen is smaller, and keep it on screen."""
    area = available if available is not None else available_geometry(window)
    frame = _frame_size(window)
    room = QSize(area.width() - frame.width(), area.height() - frame.height())
    size = preferred.boundedTo(room).expandedTo(window.minimumSizeHint().boundedTo(room))
    window.resize(size)
    outer = QRect(window.frameGeometry().topLeft(), size + frame)
    window.move(_inside(outer, area) + (window.pos() - window.frameGeometry().topLeft()))


def frame_within(window: QWidget, available: QRect) -> bool:
    """Whether the window, frame included, lies inside available."""
    outer = QRect(window.frameGeometry().topLeft(), window.size() + _frame_size(window))
    return available.contains(outer)


def _frame_size(window: QWidget) -> QSize:
    """What the frame adds to the window: measured once shown, else an allowance."""
    if window.isVisible() and window.frameGeometry().size() != window.size():
        return window.frameGeometry().size() - window.size()
    return QSize(FRAME_ALLOWANCE)


def _inside(outer: QRect, area: QRect) -> QPoint:
    """The top-left corner that moves outer as little as possible to lie inside area."""
    x = min(max(outer.x(), area.x()), area.x() + max(0, area.width() - outer.width()))
    y = min(max(outer.y(), area.y()), area.y() + max(0, area.height() - outer.height()))
    return QPoint(x, y)


def sidebar_minimum(metrics: QFontMetrics, indentation: int = 20) -> int:
    """The narrowest readable sidebar at the font in use: a note's title, two levels deep
    in the course → lesson → note tree (indentation per level), keeps SIDEBAR_MIN_CHARS."""
    icon = metrics.height()
    return metrics.averageCharWidth() * SIDEBAR_MIN_CHARS + 2 * indentation + icon + 16


def sidebar_width(
    saved: int | None,
    metrics: QFontMetrics,
    window_width: int,
    room: int | None = None,
    minimum: int | None = None,
) -> int:
    """The sidebar width to restore: the saved one if still readable and not overbearing.

    Without a saved width: SIDEBAR_DEFAULT_CHARS characters, or less where the pages need
    the width (room: what they leave over), else a share of the window.
    """
    minimum = minimum or sidebar_minimum(metrics)
    most = max(minimum, int(window_width * SIDEBAR_MAX_SHARE))
    by_font = metrics.averageCharWidth() * SIDEBAR_DEFAULT_CHARS
    spare = room if room is not None else int(window_width * SIDEBAR_DEFAULT_SHARE)
    default = min(by_font, spare)
    wanted = saved if saved and saved > 0 else default
    return min(max(wanted, minimum), most)
