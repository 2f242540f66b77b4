"""The window on a classroom projector: 1,280×720 and 1,024×768 screens, a 14 pt font and
presenter mode, in English, Chinese and Vietnamese. Nothing squashed or clipped, a readable
library sidebar, the window within the screen, splitter sizes restored sensibly."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QFileDialog,
    QLabel,
    QScrollArea,
    QScrollBar,
    QStyle,
    QStyleOptionComboBox,
    QWidget,
)
from pytestqt.qtbot import QtBot

from assistant.core.engine.local import LoadedModel
from assistant.core.engine.requests import LoadOptions
from assistant.core.models.model_info import read_model_info
from assistant.core.settings import Settings
from assistant.ui import fonts, screen_fit, theme
from assistant.ui.dialogs.settings_dialog import SettingsDialog
from assistant.ui.language import install_translators
from assistant.ui.main_window import MainWindow
from assistant.ui.widgets.eliding_combo import ElidingComboBox
from tests.tiny_model import build_tiny_gguf

pytestmark = [
    pytest.mark.qt_log_level_fail("WARNING"),
    pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints"),
]

SCREENS = {"1280x720": QRect(0, 0, 1280, 720), "1024x768": QRect(0, 0, 1024, 768)}
# (base point size, presenter mode): what an instructor sets for a projector.
FONTS = {"14pt": (14.0, False), "presenter": (11.0, True)}
LANGS = ("en", "zh_CN", "vi")


@dataclass
class Look:
    lang: str
    point_size: float
    presenter: bool


@pytest.fixture
def look(qtbot: QtBot, request: pytest.FixtureRequest) -> Iterator[Look]:
    """The app in a language at a font size; everything back to normal afterwards."""
    lang, font = request.param
    chinese = QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese)
    if lang == "zh_CN" and not chinese:
        pytest.skip("no Chinese font installed (apt-get install fonts-noto-cjk): sizes would lie")
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    original = app.font()
    size, presenter = FONTS[font]
    install_translators(app, lang)
    fonts.apply_base_font(app, size, presenter=presenter)
    if presenter:  # as MainWindow.set_presenter_mode: Fusion's roomier buttons too
        theme.apply_theme(app, theme.HIGH_CONTRAST)
    try:
        yield Look(lang, size, presenter)
    finally:
        install_translators(app, "en")
        fonts.set_presenter_mode(False)
        theme.apply_theme(app, theme.LIGHT)
        app.setProperty("studyAssistantBasePointSize", None)
        app.setFont(original)


@pytest.fixture(scope="module")
def long_named_model(tmp_path_factory: pytest.TempPathFactory) -> LoadedModel:
    """What the model bar shows for the starter model, without running it."""
    path = tmp_path_factory.mktemp("models") / "starter-like.gguf"
    info = read_model_info(build_tiny_gguf(path, name="Qwen2.5 Coder 0.5B Instruct AWQ"))
    return LoadedModel(info, LoadOptions(), 4096, 2, 0.1, True)


def _window(
    qtbot: QtBot, tmp_path: Path, screen: QRect, model: LoadedModel | None = None
) -> MainWindow:
    # A model file that does not exist: the load fails at once and no engine process starts.
    window = MainWindow(model=str(tmp_path / "absent.gguf"))
    qtbot.addWidget(window)
    if model is not None:  # the bar as it is while a model answers
        qtbot.waitSignal(window.bridge.load_failed, timeout=5000).wait()
        window.model_bar.show_model(model)
        window.model_bar.show_generating(18.3)
    window.fit_to_screen(screen)
    window.show()
    qtbot.waitExposed(window)
    window.fit_to_screen(screen)  # again, now that the frame is known
    QApplication.processEvents()
    return window


def _close(window: MainWindow) -> None:
    window.bridge.shutdown()
    window.practice.shutdown()
    window.library.shutdown()


def squashed(root: QWidget) -> list[str]:
    """Visible widgets smaller than their minimum size hint (their text or frame is cut)."""
    found = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible() or (widget.isWindow() and widget is not root):
            continue
        parent = widget.parentWidget()
        # Parts of a combo or spin box, and scroll bars, are sized by their owner on purpose.
        if isinstance(parent, QComboBox | QAbstractSpinBox) or isinstance(widget, QScrollBar):
            continue
        hint = widget.minimumSizeHint()
        if not hint.isValid():
            continue
        # A widget kept thinner than its hint on purpose (a 6 px meter bar) is not squashed.
        too_narrow = widget.width() < min(hint.width(), widget.maximumWidth())
        too_low = widget.height() < min(hint.height(), widget.maximumHeight())
        if too_narrow or too_low:
            found.append(f"{type(widget).__name__} {_text(widget)!r} {widget.size()} < {hint}")
    return found


def clipped_labels(root: QWidget) -> list[str]:
    """Visible labels whose text does not fit them (and that do not shorten it with "…")."""
    found = []
    for label in root.findChildren(QLabel):
        text = label.text()
        if not label.isVisible() or not text or label.textFormat() == label.textFormat().RichText:
            continue
        room = label.contentsRect()
        if label.wordWrap():
            fits = label.heightForWidth(room.width()) <= room.height() + 1
        else:
            widest = max(label.fontMetrics().horizontalAdvance(line) for line in text.split("\n"))
            fits = widest <= room.width() + 1 or text.endswith("…")
        if not fits:
            found.append(f"{text!r} in {room.size()}")
    return found


def clipped_combos(root: QWidget) -> list[str]:
    """Visible drop-down boxes whose chosen item's text is cut by the closed box.

    A box that shortens its text with "…" (and shows it whole in the tooltip) is not cut.
    """
    found = []
    for combo in root.findChildren(QComboBox):
        if not combo.isVisible() or combo.isEditable() or not combo.currentText():
            continue
        option = QStyleOptionComboBox()
        combo.initStyleOption(option)
        field = combo.style().subControlRect(
            QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, combo
        )
        shown = combo.shown_text() if isinstance(combo, ElidingComboBox) else combo.currentText()
        shortened = shown != combo.currentText()
        if shortened and (not shown.endswith("…") or combo.tooltip_text() != combo.currentText()):
            found.append(f"{combo.currentText()!r} shown as {shown!r} without its tooltip")
        if combo.fontMetrics().horizontalAdvance(shown) > field.width() + 1:
            found.append(f"{combo.currentText()!r} in {field.width()} px")
    return found


def _text(widget: QWidget) -> str:
    text = getattr(widget, "text", None)
    return str(text()) if callable(text) else ""


CONFIGS = [
    pytest.param((lang, font), screen, id=f"{lang}-{font}-{screen}")
    for lang in LANGS
    for font in FONTS
    for screen in SCREENS
]


@pytest.mark.parametrize(("look", "screen"), CONFIGS, indirect=["look"])
def test_the_window_fits_the_projector(
    look: Look, screen: str, qtbot: QtBot, tmp_path: Path, long_named_model: LoadedModel
) -> None:
    area = SCREENS[screen]
    window = _window(qtbot, tmp_path, area, long_named_model)
    try:
        assert screen_fit.frame_within(window, area), (window.frameGeometry(), area)
        minimum = window.minimumSizeHint()
        assert minimum.width() <= area.width() and minimum.height() <= area.height()
        # The sidebar stays wide enough to read titles, or folds away on purpose (the
        # View menu's toggle unchecked, so Ctrl+Shift+L brings it back).
        side = window.splitter.sizes()[0]
        if window.sidebar.isHidden():
            assert not window.library_action.isChecked()
            assert window.library_button.isVisible()
        else:
            assert side >= window.sidebar.minimumWidth() > 100
        assert squashed(window.sidebar) == [] and squashed(window.statusBar()) == []
        bar = window.model_bar
        assert bar.name_label.full_text() == "Qwen2.5 Coder 0.5B Instruct"
        # Shortened with "…" if need be, never cut: what is shown fits its label.
        for label in (bar.name_label, bar.state_label):
            shown = label.text()
            assert label.fontMetrics().horizontalAdvance(shown) <= label.width() + 1
            assert shown == label.full_text() or shown.endswith("…")
        for page in (window.outline, window.notes, window.chat, window.practice):
            window.pages.setCurrentWidget(page)
            QApplication.processEvents()
            assert squashed(page) == [], page
            assert clipped_labels(page) == [], page
            assert clipped_combos(page) == [], page
    finally:
        _close(window)


# Pages whose rows wrap (or, Practice, whose columns stack): they fit beside the sidebar
# without scrolling sideways.
@pytest.mark.parametrize(("look", "screen"), CONFIGS, indirect=["look"])
@pytest.mark.parametrize("name", ["outline", "notes", "chat", "practice"])
def test_pages_fit_beside_the_sidebar(
    look: Look, screen: str, name: str, qtbot: QtBot, tmp_path: Path
) -> None:
    window = _window(qtbot, tmp_path, SCREENS[screen])
    try:
        page = getattr(window, name)
        window.pages.setCurrentWidget(page)
        QApplication.processEvents()
        area = window.pages.scroll_area(page)
        assert isinstance(area, QScrollArea)
        assert page.minimumSizeHint().width() <= area.viewport().width()
        assert not area.horizontalScrollBar().isVisible()
    finally:
        _close(window)


@pytest.mark.parametrize(("look", "screen"), CONFIGS, indirect=["look"])
def test_settings_dialog_fits_and_squashes_nothing(look: Look, screen: str, qtbot: QtBot) -> None:
    area = SCREENS[screen]
    dialog = SettingsDialog(Settings())
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.fit_to_screen(area)
    QApplication.processEvents()
    assert screen_fit.frame_within(dialog, area)
    for index in range(dialog.tabs.count()):
        dialog.tabs.setCurrentIndex(index)
        QApplication.processEvents()
        tab = dialog.tabs.currentWidget()
        assert squashed(tab) == [], dialog.tabs.tabText(index)
        assert clipped_labels(tab) == [], dialog.tabs.tabText(index)
        assert clipped_combos(tab) == [], dialog.tabs.tabText(index)
    assert dialog.add_folder_button.height() >= dialog.add_folder_button.minimumSizeHint().height()


def test_saved_sidebar_width_is_restored_within_bounds(qtbot: QtBot, tmp_path: Path) -> None:
    area = SCREENS["1280x720"]
    Settings(sidebar_width=300).save()
    window = _window(qtbot, tmp_path, area)
    assert window.splitter.sizes()[0] == 300
    window.splitter.setSizes([250, window.splitter.width() - 250])
    window.close()  # the width is saved on close
    _close(window)
    assert Settings.load().sidebar_width == 250

    # A width saved at another font (80 px: "Tì…") or by a huge window never comes back.
    for saved in (80, 5000):
        Settings(sidebar_width=saved).save()
        window = _window(qtbot, tmp_path, area)
        side = window.splitter.sizes()[0]
        minimum = window.sidebar.minimumWidth()
        assert minimum <= side <= max(minimum, int(window.width() * 0.4))
        assert not window.splitter.childrenCollapsible()
        _close(window)


def test_the_sidebar_hides_on_purpose_and_stays_hidden(qtbot: QtBot, tmp_path: Path) -> None:
    window = _window(qtbot, tmp_path, SCREENS["1024x768"])
    assert window.library_action.isChecked() and window.sidebar.isVisible()
    window.library_action.trigger()
    assert not window.sidebar.isVisible() and window.library_button.isVisible()
    window.close()
    _close(window)
    assert Settings.load().sidebar_visible is False
    window = _window(qtbot, tmp_path, SCREENS["1024x768"])
    try:
        assert not window.sidebar.isVisible() and not window.library_action.isChecked()
        window.library_action.trigger()
        assert window.sidebar.isVisible()
        assert window.splitter.sizes()[0] >= window.sidebar.minimumWidth()
    finally:
        _close(window)


def test_presenter_mode_keeps_the_window_on_a_small_screen(qtbot: QtBot, tmp_path: Path) -> None:
    area = SCREENS["1024x768"]
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    original = app.font()
    fonts.apply_base_font(app, 11)  # what run_gui sets from the default settings
    window = _window(qtbot, tmp_path, area)
    try:
        window.presenter_action.trigger()
        qtbot.waitUntil(lambda: window.font().pointSizeF() > original.pointSizeF(), timeout=2000)
        QApplication.processEvents()
        assert window.width() <= area.width()
        assert window.minimumSizeHint().width() <= area.width()
        # A readable sidebar beside the pages, or (no room for both) folded away on purpose.
        area_of_outline = window.pages.scroll_area(window.outline)
        assert area_of_outline is not None

        def settled() -> bool:
            if window.sidebar.isHidden():
                return window.library_button.isVisible()
            outline = window.outline.minimumSizeHint().width()
            return outline <= area_of_outline.viewport().width()

        qtbot.waitUntil(settled, timeout=2000)
        assert window.sidebar.isHidden() or (
            window.splitter.sizes()[0] >= window.sidebar.minimumWidth()
        )
    finally:
        window.set_presenter_mode(False)  # also gives the theme back
        app.setProperty("studyAssistantBasePointSize", None)
        app.setFont(original)
        _close(window)


def test_the_sidebar_folds_away_where_the_pages_need_the_room(qtbot: QtBot, tmp_path: Path) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    original = app.font()
    fonts.apply_base_font(app, 11)
    window = _window(qtbot, tmp_path, QRect(0, 0, 800, 600))  # a small beamer, presenter mode
    try:
        window.presenter_action.trigger()
        qtbot.waitUntil(lambda: window.sidebar.isHidden(), timeout=2000)
        assert not window.library_action.isChecked() and window.library_button.isVisible()
        qtbot.mouseClick(window.library_button, Qt.MouseButton.LeftButton)
        assert window.sidebar.isVisible() and not window.library_button.isVisible()
        assert window.splitter.sizes()[0] >= window.sidebar.minimumWidth()
        window.close()
        assert Settings.load().sidebar_visible
    finally:
        window.set_presenter_mode(False)  # also gives the theme back
        app.setProperty("studyAssistantBasePointSize", None)
        app.setFont(original)
        _close(window)


def test_fit_window_moves_a_window_back_onto_the_screen(qtbot: QtBot) -> None:
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.move(900, 600)
    screen_fit.fit_window(widget, QSize(1280, 800), SCREENS["1024x768"])
    assert widget.width() <= 1024 - screen_fit.FRAME_ALLOWANCE.width()
    assert screen_fit.frame_within(widget, SCREENS["1024x768"])


def test_ctrl_o_opens_a_lecture_and_ctrl_shift_o_a_model(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    lecture = tmp_path / "bai-giang.txt"
    lecture.write_text("Bài 1: viết câu lệnh rõ ràng cho công việc văn phòng.", encoding="utf-8")
    asked: list[str] = []

    def fake_open(_parent: object, caption: str, *_args: object) -> tuple[str, str]:
        asked.append(caption)
        return (str(lecture), "") if caption == "Open lecture" else ("", "")

    monkeypatch.setattr(QFileDialog, "getOpenFileName", fake_open)
    window = _window(qtbot, tmp_path, SCREENS["1280x720"])
    try:
        window.pages.setCurrentWidget(window.chat)
        window.activateWindow()
        qtbot.waitActive(window)
        qtbot.keyClick(window, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)
        assert asked == ["Open lecture"]
        assert window.pages.currentWidget() is window.outline
        qtbot.waitUntil(lambda: "Bài 1" in window.outline.input.toPlainText(), timeout=5000)
        modifiers = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
        qtbot.keyClick(window, Qt.Key.Key_O, modifiers)
        assert asked == ["Open lecture", "Open model"]
    finally:
        _close(window)
