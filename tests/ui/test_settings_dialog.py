"""The Settings dialog, the theme switch and the first-run welcome."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QFileDialog
from pytestqt.qtbot import QtBot

from assistant.core import paths
from assistant.core.errors import StorageError
from assistant.core.machine import physical_cores
from assistant.core.settings import Settings
from assistant.ui.dialogs import settings_dialog as settings_module
from assistant.ui.dialogs.first_run import (
    MARKER_NAME,
    FirstRunDialog,
    mark_first_run_done,
    should_show_first_run,
)
from assistant.ui.dialogs.settings_dialog import SettingsDialog
from assistant.ui.theme import apply_theme, current_theme, dark_palette

Role = QPalette.ColorRole


@pytest.fixture
def model_file(tmp_path: Path) -> Path:
    """A file that passes the dialog's checks (it only looks at the name and existence)."""
    path = tmp_path / "课程模型" / "Qwen2.5-1.5B-Instruct-Q4_K_M.gguf"
    path.parent.mkdir()
    path.write_bytes(b"GGUF")
    return path


def open_dialog(qtbot: QtBot, settings: Settings) -> SettingsDialog:
    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def press(dialog: SettingsDialog, which: QDialogButtonBox.StandardButton) -> None:
    button = dialog.button_box.button(which)
    assert button is not None
    button.click()


OK = QDialogButtonBox.StandardButton.Ok
CANCEL = QDialogButtonBox.StandardButton.Cancel


def test_round_trip_saves_every_field(qtbot: QtBot, model_file: Path, tmp_path: Path) -> None:
    original = Settings()
    dialog = open_dialog(qtbot, original)
    dialog.model_edit.setText(f'"{model_file}"')  # as Windows' "Copy as path" pastes it
    dialog.folders_list.addItem(str(tmp_path))
    dialog.threads_spin.setValue(3)
    dialog.context_combo.setCurrentIndex(dialog.context_combo.findData(16384))
    dialog.gpu_spin.setValue(20)
    dialog.temperature_auto.setChecked(False)
    dialog.temperature_spin.setValue(0.35)
    dialog.top_p_auto.setChecked(False)
    dialog.top_p_spin.setValue(0.8)
    dialog.max_tokens_spin.setValue(1024)
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("vi"))
    dialog.font_spin.setValue(16)
    dialog.theme_combo.setCurrentIndex(dialog.theme_combo.findData("dark"))

    with qtbot.waitSignal(dialog.settings_changed, timeout=1000) as blocker:
        press(dialog, OK)

    expected = Settings(
        model_path=str(model_file),
        model_dirs=[str(tmp_path)],
        n_threads=3,
        n_ctx=16384,
        n_gpu_layers=20,
        temperature=0.35,
        top_p=0.8,
        max_tokens=1024,
        ui_language="vi",
        font_size=16,
        theme="dark",
    )
    assert blocker.args == [expected]
    assert blocker.args[0] is not original
    assert Settings.load() == expected
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.saved_settings() == expected
    assert not dialog.isVisible()
    assert original == Settings()  # the caller's object is not changed behind its back


def test_dialog_shows_the_current_settings(qtbot: QtBot, model_file: Path) -> None:
    current = Settings(
        model_path=str(model_file),
        model_dirs=["/课程/模型"],
        n_threads=2,
        n_ctx=3000,  # not one of the offered sizes: kept, not replaced
        temperature=1.2,
        ui_language="zh_CN",
        theme="dark",
    )
    dialog = open_dialog(qtbot, current)
    assert dialog.model_edit.text() == str(model_file)
    assert dialog.folders_list.item(0).text() == "/课程/模型"
    assert dialog.context_combo.currentData() == 3000
    assert dialog.language_combo.currentText() == "简体中文"
    assert dialog.temperature_spin.isEnabled()
    assert dialog.temperature_spin.value() == pytest.approx(1.2)
    assert not dialog.top_p_spin.isEnabled()  # top_p is automatic
    assert dialog.values() == current
    dialog.temperature_auto.setChecked(True)
    assert not dialog.temperature_spin.isEnabled()


def test_cancel_changes_nothing(qtbot: QtBot, model_file: Path) -> None:
    saved = Settings(n_threads=2, font_size=12)
    saved.save()
    before = paths.settings_file().read_bytes()
    dialog = open_dialog(qtbot, saved)
    dialog.model_edit.setText(str(model_file))
    dialog.font_spin.setValue(30)
    dialog.theme_combo.setCurrentIndex(1)
    emitted: list[Settings] = []
    dialog.settings_changed.connect(emitted.append)

    press(dialog, CANCEL)

    assert dialog.result() == QDialog.DialogCode.Rejected
    assert not dialog.isVisible()
    assert emitted == []
    assert dialog.saved_settings() is None
    assert paths.settings_file().read_bytes() == before
    assert saved == Settings(n_threads=2, font_size=12)


@pytest.mark.parametrize("name", ["missing.gguf", "notes.txt", "a-folder"])
def test_invalid_model_path_keeps_the_dialog_open(
    qtbot: QtBot, tmp_path: Path, model_file: Path, name: str
) -> None:
    (tmp_path / "notes.txt").write_text("不是模型", encoding="utf-8")
    (tmp_path / "a-folder").mkdir()
    dialog = open_dialog(qtbot, Settings())
    dialog.tabs.setCurrentIndex(3)
    dialog.model_edit.setText(str(tmp_path / name))
    emitted: list[Settings] = []
    dialog.settings_changed.connect(emitted.append)

    press(dialog, OK)

    assert dialog.isVisible()
    assert dialog.model_error_label.isVisible()
    assert dialog.model_error_label.text()
    assert dialog.tabs.currentIndex() == 0  # the user sees the field that is wrong
    assert emitted == []
    assert not paths.settings_file().exists()

    dialog.model_edit.setText(str(model_file))
    press(dialog, OK)
    assert not dialog.isVisible()
    assert Settings.load().model_path == str(model_file)


def test_automatic_values_map_to_none(qtbot: QtBot) -> None:
    dialog = open_dialog(
        qtbot,
        Settings(
            model_path=None,
            n_threads=4,
            n_ctx=4096,
            temperature=0.3,
            top_p=0.8,
            max_tokens=512,
            ui_language="en",
        ),
    )
    assert dialog.threads_spin.value() == 4
    dialog.model_edit.setText("   ")
    dialog.threads_spin.setValue(0)
    assert dialog.threads_spin.text() == f"Automatic ({physical_cores()} cores)"
    dialog.context_combo.setCurrentIndex(0)
    dialog.temperature_auto.setChecked(True)
    dialog.top_p_auto.setChecked(True)
    dialog.max_tokens_spin.setValue(0)
    dialog.language_combo.setCurrentIndex(0)

    values = dialog.values()
    assert values.model_path is None
    assert values.n_threads is None
    assert values.n_ctx is None
    assert values.temperature is None
    assert values.top_p is None
    assert values.max_tokens is None
    assert values.ui_language is None


def test_save_failure_is_one_sentence_and_keeps_the_dialog(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    def fail(self: Settings, path: Path | None = None) -> None:
        raise StorageError("Could not save settings to /x/settings.json: Disk full.")

    monkeypatch.setattr(Settings, "save", fail)
    dialog = open_dialog(qtbot, Settings())
    press(dialog, OK)
    assert dialog.isVisible()
    assert dialog.error_label.isVisible()
    assert "Disk full" in dialog.error_label.text()
    assert "Traceback" not in dialog.error_label.text()


def test_browse_and_model_folders(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, model_file: Path, tmp_path: Path
) -> None:
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", lambda *a, **k: (str(model_file), "GGUF models (*.gguf)")
    )
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(tmp_path))
    dialog = open_dialog(qtbot, Settings())
    dialog.browse_button.click()
    assert dialog.model_edit.text() == str(model_file)
    assert not dialog.remove_folder_button.isEnabled()
    dialog.add_folder_button.click()
    dialog.add_folder_button.click()  # the same folder twice is listed once
    assert dialog.folders_list.count() == 1
    assert dialog.remove_folder_button.isEnabled()
    dialog.remove_folder_button.click()
    assert dialog.folders_list.count() == 0
    assert dialog.values().model_dirs == []


def test_data_tab_shows_and_opens_the_data_folder(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, isolated_data_dir: Path
) -> None:
    opened: list[QUrl] = []

    def fake_open(url: QUrl) -> bool:
        opened.append(url)
        return len(opened) == 1  # the second one fails

    monkeypatch.setattr(settings_module.QDesktopServices, "openUrl", fake_open)
    dialog = open_dialog(qtbot, Settings())
    assert dialog.data_dir_edit.isReadOnly()
    assert dialog.data_dir_edit.text() == str(isolated_data_dir.resolve())
    assert dialog.log_file_edit.text().endswith("study-assistant.log")
    dialog.open_data_button.click()
    assert opened[0].toLocalFile() == str(isolated_data_dir.resolve())
    assert not dialog.error_label.isVisible()
    dialog.open_logs_button.click()
    assert dialog.error_label.isVisible()


# -- theme ---------------------------------------------------------------------------------------


@pytest.fixture
def app_theme(qapp: QApplication) -> Iterator[QApplication]:
    """The application, put back in the light theme afterwards (it is shared by every test)."""
    yield qapp
    apply_theme(qapp, "light")


def contrast(a: QColor, b: QColor) -> float:
    """The WCAG contrast ratio of two colours."""

    def luminance(c: QColor) -> float:
        def channel(v: float) -> float:
            return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

        return (
            0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF())
        )

    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def test_theme_switch_changes_the_window_colour(app_theme: QApplication) -> None:
    light = app_theme.palette().color(Role.Window)
    apply_theme(app_theme, "dark")
    dark = app_theme.palette().color(Role.Window)
    assert dark.lightness() < 80 < light.lightness()
    assert current_theme(app_theme) == "dark"
    assert app_theme.style().name().lower() == "fusion"
    apply_theme(app_theme, "light")
    assert app_theme.palette().color(Role.Window) == light
    assert current_theme(app_theme) == "light"


def test_error_text_follows_the_theme(qtbot: QtBot, app_theme: QApplication) -> None:
    dialog = open_dialog(qtbot, Settings())
    label = dialog.error_label
    label.show_error("Could not save the settings.")
    on_light = label.palette().color(Role.WindowText)
    apply_theme(app_theme, "dark")
    qtbot.waitUntil(lambda: label.palette().color(Role.WindowText) != on_light, timeout=2000)
    on_dark = label.palette().color(Role.WindowText)
    assert contrast(on_dark, app_theme.palette().color(Role.Window)) >= 4.5
    apply_theme(app_theme, "light")
    qtbot.waitUntil(lambda: label.palette().color(Role.WindowText) == on_light, timeout=2000)
    assert contrast(on_light, app_theme.palette().color(Role.Window)) >= 4.5


@pytest.mark.parametrize(
    ("text", "background", "minimum"),
    [
        (Role.Text, Role.Base, 7.0),
        (Role.WindowText, Role.Window, 7.0),
        (Role.ButtonText, Role.Button, 7.0),
        (Role.ToolTipText, Role.ToolTipBase, 7.0),
        (Role.HighlightedText, Role.Highlight, 4.5),
        (Role.Link, Role.Base, 4.5),
        (Role.PlaceholderText, Role.Base, 4.5),
    ],
)
def test_dark_palette_is_readable(text: Role, background: Role, minimum: float) -> None:
    palette = dark_palette()
    assert contrast(palette.color(text), palette.color(background)) >= minimum
    disabled = palette.color(QPalette.ColorGroup.Disabled, Role.Text)
    assert contrast(disabled, palette.color(Role.Window)) >= 3.0


# -- first run -----------------------------------------------------------------------------------


def open_first_run(qtbot: QtBot) -> FirstRunDialog:
    dialog = FirstRunDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_first_run_starter_choice(qtbot: QtBot, isolated_data_dir: Path) -> None:
    assert should_show_first_run(Settings())
    dialog = open_first_run(qtbot)
    dialog.starter_button.click()
    assert dialog.choice() == ("starter", None)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert (isolated_data_dir / MARKER_NAME).exists()
    assert not should_show_first_run(Settings())


def test_first_run_file_choice(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, model_file: Path, tmp_path: Path
) -> None:
    answers = iter([("", ""), (str(tmp_path / "lecture.txt"), ""), (str(model_file), "")])
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: next(answers))
    (tmp_path / "lecture.txt").write_text("第一课", encoding="utf-8")
    dialog = open_first_run(qtbot)

    dialog.open_button.click()  # cancelled the file dialog: still here, no choice
    assert dialog.isVisible()
    assert dialog.choice() is None
    dialog.open_button.click()  # not a model: an error, still here
    assert dialog.isVisible()
    assert "lecture.txt" in dialog.error_label.text()
    assert should_show_first_run(Settings())
    dialog.open_button.click()
    assert dialog.choice() == ("file", str(model_file))
    assert not dialog.isVisible()
    assert not should_show_first_run(Settings())


def test_first_run_closed_without_a_choice(qtbot: QtBot) -> None:
    dialog = open_first_run(qtbot)
    dialog.reject()  # the window's close button or Escape
    assert dialog.choice() is None
    assert should_show_first_run(Settings())  # asked again next time


def test_should_show_first_run(model_file: Path) -> None:
    assert should_show_first_run(Settings())
    assert not should_show_first_run(Settings(model_path=str(model_file)))
    mark_first_run_done()
    assert not should_show_first_run(Settings())
    assert Settings.load() == Settings()  # the marker is a file, not a setting
