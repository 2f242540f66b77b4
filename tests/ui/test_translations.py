"""Every visible string is translated to Simplified Chinese and Vietnamese, and the app uses it."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QLabel
from pytestqt.qtbot import QtBot

from assistant.i18n import I18N_DIR, LANGUAGES, qm_file, ts_file
from assistant.ui.language import install_translators, ui_language

UI_DIR = Path(__file__).resolve().parents[2] / "assistant" / "ui"
PLACEHOLDER = re.compile(r"\{[a-z_]+(?::[^}]*)?\}|%n")


def tool(name: str) -> str:
    path = shutil.which(name) or shutil.which(name, path=str(Path(sys.executable).parent))
    if path is None:
        pytest.skip(f"{name} is not installed")
    return path


def messages(lang: str) -> list[ET.Element]:
    return list(ET.parse(ts_file(lang)).getroot().iter("message"))


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_entry_is_finished_and_keeps_its_placeholders(lang: str) -> None:
    entries = messages(lang)
    assert len(entries) > 200
    for message in entries:
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        assert translation.get("type") not in ("unfinished", "obsolete"), source
        text = "".join(translation.itertext()).strip()
        assert text, source
        assert sorted(PLACEHOLDER.findall(source)) == sorted(PLACEHOLDER.findall(text)), source


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_string_in_the_code_is_in_the_ts_file(lang: str, tmp_path: Path) -> None:
    """lupdate over the code finds nothing the committed .ts file lacks."""
    probe = tmp_path / ts_file(lang).name
    shutil.copy(ts_file(lang), probe)
    sources = sorted(str(p) for p in UI_DIR.rglob("*.py"))
    subprocess.run(
        [tool("pyside6-lupdate"), *sources, "-ts", str(probe)], check=True, capture_output=True
    )
    new = [
        m.findtext("source")
        for m in ET.parse(probe).getroot().iter("message")
        if (m.find("translation") is not None and m.find("translation").get("type") == "unfinished")  # type: ignore[union-attr]
    ]
    assert new == [], "run: python -m assistant.i18n update, then translate these"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_compiled_qm_file_is_up_to_date(lang: str, tmp_path: Path) -> None:
    fresh = tmp_path / "fresh.qm"
    subprocess.run(
        [tool("pyside6-lrelease"), str(ts_file(lang)), "-qm", str(fresh)],
        check=True,
        capture_output=True,
    )
    assert fresh.read_bytes() == qm_file(lang).read_bytes(), "run: python -m assistant.i18n compile"


@pytest.mark.parametrize("lang", ["vi", "zh_CN"])
def test_qt_strings_are_compiled_and_complete(tmp_path: Path, lang: str) -> None:
    source = I18N_DIR / f"qt_{lang}.ts"
    assert not [
        m for m in ET.parse(source).getroot().iter("message")
        if not (m.findtext("translation") or "").strip()
    ]  # fmt: skip
    probe = tmp_path / f"qt_{lang}.qm"
    subprocess.run(
        [tool("pyside6-lrelease"), str(source), "-qm", str(probe)], check=True, capture_output=True
    )
    assert probe.read_bytes() == (I18N_DIR / f"qt_{lang}.qm").read_bytes()


def test_language_follows_the_request_or_the_system() -> None:
    assert ui_language("vi") == "vi"
    assert ui_language("zh_CN") == "zh_CN"
    assert ui_language("zh-Hans-CN") == "zh_CN"
    assert ui_language("en") == "en"
    assert ui_language("fr") == "en"


def test_the_window_speaks_chinese_and_vietnamese(qtbot: QtBot) -> None:
    app = QCoreApplication.instance()
    assert app is not None
    try:
        install_translators(app, "zh_CN")
        assert QCoreApplication.translate("MainWindow", "&File") == "文件(&F)"
        # Qt's own dialogs and buttons come translated too (qtbase_zh_CN).
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "取消"
        install_translators(app, "vi")
        assert QCoreApplication.translate("MainWindow", "&File") == "&Tệp"
        assert QCoreApplication.translate("MainWindow", "Outline") == "Dàn ý"
        # Qt has no Vietnamese of its own: the app's qt_vi covers buttons and edit menus.
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Hủy"
        assert QCoreApplication.translate("QWidgetTextControl", "&Copy") == "&Sao chép"
    finally:
        install_translators(app, "en")
    assert QCoreApplication.translate("MainWindow", "&File") == "&File"


@pytest.mark.parametrize(
    ("lang", "look_in", "file_type"),
    [("zh_CN", "查找范围(&L)：", "文件类型(&T)："), ("vi", "Tìm t&rong:", "&Loại tệp:")],
)
def test_the_file_dialog_speaks_the_ui_language(
    qtbot: QtBot, lang: str, look_in: str, file_type: str
) -> None:
    app = QCoreApplication.instance()
    assert app is not None
    try:
        install_translators(app, lang)
        # Qt's own dialog: what Linux shows without a desktop portal (and the offscreen test).
        dialog = QFileDialog(None, "", "", "GGUF (*.gguf)")
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
        qtbot.addWidget(dialog)
        labels = {label.text() for label in dialog.findChildren(QLabel)}
    finally:
        install_translators(app, "en")
    assert look_in in labels and file_type in labels
    assert not labels & {"&Look in:", "Files of &type:", "File &name:"}
