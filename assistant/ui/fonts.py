"""The app-wide font: a readable base size, and presenter mode for projecting to a room."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

# Presenter mode: text readable from the back of a room of a few hundred people.
PRESENTER_SCALE = 1.6

# Kept as properties of the QApplication so every window sees the same state.
_BASE_SIZE = "studyAssistantBasePointSize"
_PRESENTER = "studyAssistantPresenterMode"


def apply_base_font(app: QApplication, point_size: float, presenter: bool = False) -> None:
    """Use point_size (at least the platform's default) as the base font size."""
    base = max(float(point_size), app.font().pointSizeF())
    app.setProperty(_BASE_SIZE, base)
    set_presenter_mode(presenter)


def set_presenter_mode(enabled: bool) -> None:
    """Scale every widget's font by PRESENTER_SCALE, or back to the base size."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return
    base = app.property(_BASE_SIZE)
    if base is None:
        base = app.font().pointSizeF()
        app.setProperty(_BASE_SIZE, base)
    app.setProperty(_PRESENTER, bool(enabled))
    font = app.font()
    font.setPointSizeF(float(base) * (PRESENTER_SCALE if enabled else 1.0))
    app.setFont(font)


MIN_POINT_SIZE, MAX_POINT_SIZE = 8.0, 40.0


def zoom(step: float) -> None:
    """Make every font step points bigger (or smaller), within readable bounds (Ctrl+plus)."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return
    base = float(app.property(_BASE_SIZE) or app.font().pointSizeF())
    app.setProperty(_BASE_SIZE, min(MAX_POINT_SIZE, max(MIN_POINT_SIZE, base + step)))
    set_presenter_mode(is_presenter_mode())


def is_presenter_mode() -> bool:
    """Whether presenter mode is on."""
    app = QApplication.instance()
    return bool(app is not None and app.property(_PRESENTER))
