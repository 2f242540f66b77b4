"""The language switches live: every page and dialog re-sets its texts; typed text stays."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit
from pytestqt.qtbot import QtBot

from assistant.core.settings import Settings
from assistant.ui import fonts
from assistant.ui.language import install_translators
from assistant.ui.main_window import MainWindow

# Labels as the translators wrote them (the .ts files), per language.
LABELS = {
    "zh_CN": {
        "outline": "大纲",
        "chat": "对话",
        "generate": "生成",
        "send": "发送",
        "run": "运行",
        "save": "保存",
        "download": "下载",
        "ready": "就绪",
    },
    "vi": {
        "outline": "Dàn ý",
        "chat": "Trò chuyện",
        "generate": "Tạo",
        "send": "Gửi",
        "run": "Chạy",
        "save": "Lưu",
        "download": "Tải về",
        "ready": "Sẵn sàng",
    },
    "en": {
        "outline": "Outline",
        "chat": "Chat",
        "generate": "Generate",
        "send": "Send",
        "run": "Run",
        "save": "Save",
        "download": "Download",
        "ready": "Ready",
    },
}


def _shown(window: MainWindow) -> dict[str, str]:
    dialog = window.models_dialog
    assert dialog is not None
    return {
        "outline": window.pages.tabText(0),
        "chat": window.pages.tabText(2),
        "generate": window.outline.generate_button.text(),
        "send": window.chat.send_button.text(),
        "run": window.practice.run_button.text(),
        "save": window.notes.save_button.text(),
        "download": dialog.tabs.tabText(1),
        "ready": window.model_bar.state_text(),
    }


# The Models dialog is raised when shown; the offscreen platform has no window manager for it.
@pytest.mark.qt_log_ignore("This plugin does not support raise")
def test_switching_zh_vi_en_relabels_pages_and_dialogs_and_keeps_typed_text(
    qtbot: QtBot, tiny_model: Path
) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    # Settings also apply the font and the theme: the app's own look is put back afterwards,
    # so that later tests measure text at the size they expect.
    font, palette, style = app.font(), app.palette(), app.style().name()
    base = app.property(fonts._BASE_SIZE)
    Settings(n_threads=1).save()
    window = MainWindow(model=str(tiny_model))
    qtbot.addWidget(window)
    window.show()
    window.show_models()
    qtbot.waitUntil(lambda: window.model_bar.state_text() == "Ready", timeout=20_000)
    typed: dict[QLineEdit | QPlainTextEdit, str] = {
        window.outline.input: "第一讲：提示词的结构",
        window.notes.title_edit: "Ghi chú của tôi",
        window.notes.editor: "# 笔记\n- điểm một",
        # Typed text that happens to be a label ("Send") is still the user's: it stays.
        window.chat.input: "Send",
        window.practice.composer.free_text: "Bạn là giáo viên…",
    }
    for editor, text in typed.items():  # as typed: through the cursor, undoable
        if isinstance(editor, QLineEdit):
            editor.insert(text)
        else:
            editor.insertPlainText(text)
    try:
        for lang in ("zh_CN", "vi", "en"):
            chosen = dataclasses.replace(
                window.settings, ui_language=lang, font_size=font.pointSize()
            )
            window.apply_settings(chosen)
            # Qt posts LanguageChange to the widgets: they relabel on the next event loop turn.
            labels = LABELS[lang]
            qtbot.waitUntil(lambda: _shown(window) == labels, timeout=5000)  # noqa: B023
            for editor, text in typed.items():
                shown = editor.text() if isinstance(editor, QLineEdit) else editor.toPlainText()
                assert shown == text, lang
            if lang == "zh_CN":
                window.grab().save("/tmp/language_switch_zh_CN.png")
    finally:
        install_translators(app, "en")
        app.setStyle(style)
        app.setPalette(palette)
        app.setProperty(fonts._BASE_SIZE, base)
        app.setFont(font)
