"""Light and dark themes: a hand-made dark palette on Fusion, or the platform's own look."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

LIGHT = "light"
DARK = "dark"
HIGH_CONTRAST = "high-contrast"  # presenter mode: black on white reads best on a projector

# The style the app started with, kept as an app property so "light" can go back to it.
_NATIVE_STYLE = "studyAssistantNativeStyle"

Role = QPalette.ColorRole
Group = QPalette.ColorGroup

# Text on these backgrounds stays above WCAG AA contrast (4.5:1), most of it above AAA (7:1).
_DARK_COLORS: dict[QPalette.ColorRole, str] = {
    Role.Window: "#2b2b2b",
    Role.WindowText: "#e8e8e8",
    Role.Base: "#1e1e1e",
    Role.AlternateBase: "#2a2a2a",
    Role.ToolTipBase: "#3a3a3a",
    Role.ToolTipText: "#f0f0f0",
    Role.PlaceholderText: "#a0a0a0",
    Role.Text: "#e8e8e8",
    Role.Button: "#3a3a3a",
    Role.ButtonText: "#e8e8e8",
    Role.BrightText: "#ff6b6b",
    Role.Light: "#505050",
    Role.Midlight: "#444444",
    Role.Mid: "#333333",
    Role.Dark: "#1a1a1a",
    Role.Shadow: "#000000",
    Role.Highlight: "#3d6fd6",
    Role.HighlightedText: "#ffffff",
    Role.Link: "#7cb8ff",
    Role.LinkVisited: "#c9a2ff",
}

# Greyed-out controls: dimmer than active text, still legible on the dark background.
_DARK_DISABLED: dict[QPalette.ColorRole, str] = {
    Role.WindowText: "#8a8a8a",
    Role.Text: "#8a8a8a",
    Role.ButtonText: "#8a8a8a",
    Role.Highlight: "#4a4a4a",
    Role.HighlightedText: "#b0b0b0",
}


def dark_palette() -> QPalette:
    """The dark palette used by the "dark" theme."""
    palette = QPalette()
    for role, color in _DARK_COLORS.items():
        palette.setColor(role, QColor(color))
    for role, color in _DARK_DISABLED.items():
        palette.setColor(Group.Disabled, role, QColor(color))
    return palette


def high_contrast_palette() -> QPalette:
    """Pure black on white with a strong blue selection, for projectors in bright rooms."""
    palette = QPalette()
    for role in (Role.Window, Role.Base, Role.AlternateBase, Role.Button, Role.ToolTipBase):
        palette.setColor(role, QColor("#ffffff"))
    for role in (Role.WindowText, Role.Text, Role.ButtonText, Role.ToolTipText):
        palette.setColor(role, QColor("#000000"))
    palette.setColor(Role.PlaceholderText, QColor("#444444"))
    palette.setColor(Role.Highlight, QColor("#0033cc"))
    palette.setColor(Role.HighlightedText, QColor("#ffffff"))
    palette.setColor(Role.Link, QColor("#0033cc"))
    return palette


def apply_theme(app: QApplication, theme: str) -> None:
    """Use the "dark" palette on Fusion, or for "light" (or anything else) the platform's look."""
    if app.property(_NATIVE_STYLE) is None:
        app.setProperty(_NATIVE_STYLE, app.style().name())
    hints = app.styleHints()
    if theme == DARK:
        # Tells the platform too (Windows title bars, macOS), where Qt supports it.
        hints.setColorScheme(Qt.ColorScheme.Dark)
        # Native styles (Windows, macOS) ignore parts of a custom palette; Fusion honours all of it.
        app.setStyle("Fusion")
        app.setPalette(dark_palette())
    elif theme == HIGH_CONTRAST:
        hints.setColorScheme(Qt.ColorScheme.Light)
        app.setStyle("Fusion")
        app.setPalette(high_contrast_palette())
    else:
        # "Light" means light even when the system is in dark mode.
        hints.setColorScheme(Qt.ColorScheme.Light)
        app.setStyle(str(app.property(_NATIVE_STYLE)))
        app.setPalette(QPalette())  # an empty palette resets to the style's and platform's own


def current_theme(app: QApplication) -> str:
    """The theme in use: dark if the window background is dark, else light."""
    return DARK if app.palette().color(Role.Window).lightness() < 128 else LIGHT
