"""Render screenshots of every page in English, Simplified Chinese and Vietnamese.

Usage: python docs/render_screenshots.py [--model starter|PATH] [--out docs/screenshots]
       python docs/render_screenshots.py --layouts   (classroom screens, no model answers)
Runs offscreen with a throwaway data dir seeded with a few notes; the Chat and Outline pages
show real answers of the model. --layouts renders the window on a 1,280x720 and a 1,024x768
projector screen at a 14 pt font and in presenter mode (layout_<screen>_<font>_<page>_<lang>).
Chinese needs a CJK font (fonts-noto-cjk on Debian).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from assistant.ui.main_window import MainWindow

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

SAMPLES = {
    "en": {
        "course": "AI for office work",
        "exercise": "en-notice",
        "practice": "You are an office administrator. Draft the year-end closure notice with the "
        "dates and on-call contacts, under 200 words.",
        "lesson": "Lesson {i}",
        "notes": [
            (
                "Lesson 1: the RTF framework",
                "# RTF\n\n- **Role**: who the model is\n- **Task**: "
                "what to do\n- **Format**: how the answer looks",
            ),
            (
                "Meeting minutes template",
                "## Minutes\n\n1. Attendees\n2. Decisions\n3. Action "
                "items with owners and deadlines",
            ),
        ],
        "question": "Give three tips for writing a clear prompt, as a numbered list.",
        "lecture": "Today we learn how to write prompts for office work. A good prompt names a "
        "role, a task and a format. For example: you are a secretary; write the minutes of this "
        "meeting; use a numbered list. Homework: write three prompts for your own job by Friday.",
    },
    "zh_CN": {
        "course": "AI办公应用",
        "exercise": "zh-notice",
        "practice": "你是一名办公室主任，请起草一份国庆节放假通知，"
        "写明放假时间和值班安排，不超过300字。",
        "lesson": "第{i}课",
        "notes": [
            (
                "第一课：RTF 框架",
                "# RTF 框架\n\n- **角色**：模型扮演谁\n- **任务**：要做什么\n"
                "- **格式**：回答的样子",
            ),
            (
                "会议纪要模板",
                "## 会议纪要\n\n1. 参会人员\n2. 会议决定\n3. 待办事项（负责人、期限）",
            ),
        ],
        "question": "写好提示词有哪三个要点？请用编号列表回答。",
        "lecture": "今天我们学习怎样给大模型写提示词。好的提示词要说明角色、任务和格式。"
        "例如：你是一名办公室秘书，请根据会议记录写一份会议纪要，用编号列表输出。"
        "课后作业：周五前为自己的岗位写三条提示词。",
    },
    "vi": {
        "course": "Bình dân học AI",
        "exercise": "vi-notice",
        "practice": "Bạn là trưởng phòng hành chính. Hãy soạn thông báo nghỉ lễ 2/9 cho toàn thể "
        "nhân viên, không quá 200 từ.",
        "lesson": "Bài {i}",
        "notes": [
            (
                "Bài 1: khung RTF",
                "# Khung RTF\n\n- **Vai trò**: mô hình đóng vai ai\n- **Nhiệm "
                "vụ**: cần làm gì\n- **Định dạng**: câu trả lời trình bày thế nào",
            ),
            (
                "Mẫu biên bản cuộc họp",
                "## Biên bản\n\n1. Thành phần tham dự\n2. Kết luận\n3. "
                "Việc cần làm, người phụ trách, thời hạn",
            ),
        ],
        "question": "Hãy nêu ba mẹo viết câu lệnh rõ ràng, trả lời bằng tiếng Việt.",
        "lecture": "Hôm nay chúng ta học cách viết câu lệnh cho trợ lý AI trong công việc văn "
        "phòng. Một câu lệnh tốt nêu rõ vai trò, nhiệm vụ và định dạng. Ví dụ: bạn là thư ký; "
        "hãy viết biên bản cuộc họp; trình bày dạng danh sách đánh số. Bài tập: trước thứ Sáu, "
        "viết ba câu lệnh cho công việc của mình.",
    },
}


def settle(ms: int = 400) -> None:
    """Let the event loop run for ms: layouts, renders and background reads finish."""
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def wait_for(signal: object, ms: int) -> None:
    """Run the event loop until signal fires, or ms have passed."""
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    signal.connect(loop.quit)  # type: ignore[attr-defined]
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def open_window(lang: str, model: str) -> MainWindow:
    """The app in lang with its main window shown at 1,280x800 and the model loaded."""
    from PySide6.QtWidgets import QApplication

    from assistant.ui.language import install_translators
    from assistant.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv)
    install_translators(app, lang)
    window = MainWindow(model=model)
    window.resize(1280, 800)
    window.show()
    wait_for(window.bridge.loaded, 120_000)
    settle()
    return window


def save_shot(window: QWidget, out: str, name: str, lang: str) -> None:
    """Save the settled window as <out>/<name>_<lang>.png."""
    settle()
    window.grab().save(str(Path(out) / f"{name}_{lang}.png"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--model", default="starter")
    parser.add_argument("--out", type=Path, default=Path(__file__).resolve().parent / "screenshots")
    parser.add_argument("--langs", default="en,zh_CN,vi")
    parser.add_argument("--layouts", action="store_true")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    if args.layouts:
        render_all_layouts(args.langs.split(","), args.out, args.model)
        return
    for lang in args.langs.split(","):
        data = Path(tempfile.mkdtemp(prefix=f"sa-shots-{lang}-"))
        # One process per language: translators are installed before any widget exists.
        env = {**os.environ, "STUDY_ASSISTANT_DATA_DIR": str(data)}
        code = (
            "import sys; sys.argv = sys.argv[:1];"
            "from docs.render_screenshots import render;"
            f"render({lang!r}, {args.model!r}, {str(args.out)!r})"
        )
        root = Path(__file__).resolve().parents[1]
        import subprocess

        subprocess.run([sys.executable, "-c", code], env=env, cwd=root, check=True)


# (width, height): a classroom projector's screen, and which pages to show on it.
LAYOUT_SCREENS = {
    "1280x720": ("outline", "chat", "notes", "practice", "settings"),
    "1024x768": ("outline",),
}


def render_all_layouts(langs: list[str], out: Path, model: str) -> None:
    """One process per language and screen: the offscreen screen size is fixed per process."""
    import json
    import subprocess

    root = Path(__file__).resolve().parents[1]
    for screen in LAYOUT_SCREENS:
        width, height = (int(n) for n in screen.split("x"))
        config = Path(tempfile.mkdtemp(prefix="sa-screen-")) / "screen.json"
        config.write_text(
            json.dumps(
                {"screens": [{"name": "projector", "x": 0, "y": 0, "width": width,
                              "height": height, "logicalDpi": 96, "dpr": 1}]}
            )
        )  # fmt: skip
        for lang in langs:
            data = Path(tempfile.mkdtemp(prefix=f"sa-layout-{lang}-"))
            env = {
                **os.environ,
                "STUDY_ASSISTANT_DATA_DIR": str(data),
                "QT_QPA_PLATFORM": f"offscreen:configfile={config}",
            }
            code = (
                "import sys; sys.argv = sys.argv[:1];"
                "from docs.render_screenshots import render_layouts;"
                f"render_layouts({lang!r}, {screen!r}, {str(out)!r}, {model!r})"
            )
            subprocess.run([sys.executable, "-c", code], env=env, cwd=root, check=True)


def render_layouts(lang: str, screen: str, out: str, model: str) -> None:
    """The window on this process's screen at 14 pt and in presenter mode, no model answers."""
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from assistant.core.settings import Settings
    from assistant.core.store.chats import ChatStore
    from assistant.core.store.database import open_library
    from assistant.core.store.notes import NotesStore
    from assistant.ui import fonts
    from assistant.ui.dialogs.settings_dialog import SettingsDialog
    from assistant.ui.language import install_translators
    from assistant.ui.main_window import MainWindow

    sample = SAMPLES[lang]
    library = open_library()
    store = NotesStore(library.db)
    for i, (title, body) in enumerate(sample["notes"], 1):
        lesson = sample["lesson"].format(i=i)
        store.add(title, body, course=sample["course"], lesson=lesson, tags=["demo"])
    chats = ChatStore(library.db)
    # A question left without an answer: what the chat shows before the model is asked.
    chats.add_message(chats.create(sample["question"]), "user", sample["question"])
    library.close()

    app = QApplication.instance() or QApplication(sys.argv)
    install_translators(app, lang)
    platform_font = app.font()

    for font, presenter in (("14pt", False), ("presenter", True)):
        Settings(font_size=14 if not presenter else 11).save()  # a fresh start for each
        app.setFont(platform_font)  # apply_base_font never goes below the font in use
        fonts.apply_base_font(app, 14 if not presenter else 11, presenter=presenter)
        print(lang, screen, font, app.font().pointSizeF())
        window = MainWindow(model=model)
        loaded = QEventLoop()
        window.bridge.loaded.connect(loaded.quit)
        window.bridge.load_failed.connect(loaded.quit)
        QTimer.singleShot(120_000, loaded.quit)
        loaded.exec()
        if presenter:
            window.set_presenter_mode(True)
        window.show()
        window.fit_to_screen()
        settle(800)
        window.outline.input.setPlainText(sample["lecture"])
        if window.chat.conversations.list_widget.count():
            window.chat.conversations.list_widget.setCurrentRow(0)
        first = window.sidebar.note_ids_in_tree()
        if first:
            window.notes.open_note(first[0])
            window.sidebar.select_note(first[0])
        for page in LAYOUT_SCREENS[screen]:
            name = str(Path(out) / f"layout_{screen}_{font}_{page}_{lang}.png")
            if page == "settings":
                dialog = SettingsDialog(window.settings, window)
                dialog.show()
                dialog.fit_to_screen()
                settle()
                dialog.grab().save(name)
                dialog.close()
                continue
            window.pages.setCurrentWidget(getattr(window, page))
            settle()
            window.grab().save(name)
        window.set_presenter_mode(False)
        window.close()
        window.bridge.shutdown()
        window.library.shutdown()


def render(lang: str, model: str, out: str) -> None:
    """Seed a library, open the window in lang, and save a PNG of every page."""

    from assistant.core.engine.requests import Sampling
    from assistant.core.store.database import open_library
    from assistant.core.store.notes import NotesStore
    from assistant.ui.dialogs.settings_dialog import SettingsDialog

    sample = SAMPLES[lang]
    library = open_library()
    store = NotesStore(library.db)
    for i, (title, body) in enumerate(sample["notes"], 1):
        lesson = sample["lesson"].format(i=i)
        store.add(title, body, course=sample["course"], lesson=lesson, tags=["demo"])
    library.close()

    window = open_window(lang, model)

    def shot(name: str) -> None:
        save_shot(window, out, name, lang)

    window.pages.setCurrentWidget(window.chat)
    window.chat.sampling = Sampling(temperature=0.2, seed=3, max_tokens=200)
    window.chat.input.setPlainText(sample["question"])
    window.chat.send()
    wait_for(window.bridge.finished, 120_000)
    shot("chat")

    window.pages.setCurrentWidget(window.outline)
    window.outline.input.setPlainText(sample["lecture"])
    window.outline.generate()
    wait_for(window.outline.generating_changed, 600_000)  # its end: busy turns False
    shot("outline")

    window.pages.setCurrentWidget(window.notes)
    first = window.sidebar.note_ids_in_tree()[0]
    window.notes.open_note(first)
    settle(800)
    shot("notes")

    window.sidebar.search_box.setText(sample["notes"][0][0].split()[0])
    settle(900)
    shot("search")

    window.pages.setCurrentWidget(window.practice)
    window.practice.composer.choose_exercise(sample["exercise"])
    window.practice.composer.set_prompt(sample["practice"])
    wait_for(window.practice.checker.checked, 5000)
    shot("practice")

    dialog = SettingsDialog(window.settings, window)
    dialog.show()
    settle()
    dialog.grab().save(str(Path(out) / f"settings_{lang}.png"))
    dialog.close()
    render_models(lang, out, window)
    window.close()


def render_models(lang: str, out: str, parent: object = None) -> None:
    """The Models dialog's library (with a cut-short download) and catalog tabs."""
    import dataclasses

    from PySide6.QtWidgets import QApplication

    from assistant.core import paths
    from assistant.core.settings import Settings
    from assistant.ui.dialogs.models_dialog import ModelsDialog
    from assistant.ui.language import install_translators

    app = QApplication.instance()
    if app is None:
        app = QApplication(sys.argv)
        install_translators(app, lang)

    usb = paths.data_dir() / "usb"
    usb.mkdir(exist_ok=True)
    # A model copied from a USB stick that was pulled out too early: listed as broken.
    (usb / "DeepSeek-R1-Distill-Qwen-1.5B-Q4_K_M.gguf").write_bytes(b"GGUF\x03\x00\x00\x00")
    settings = dataclasses.replace(Settings.load(), model_dirs=[str(usb)])
    dialog = ModelsDialog(settings, parent)  # type: ignore[arg-type]
    dialog.resize(980, 520)
    dialog.show()
    settle(2500)  # the folder scan runs off the GUI thread
    if dialog.library.entries:
        dialog.library.table.selectRow(len(dialog.library.entries) - 1)
    settle()
    dialog.grab().save(str(Path(out) / f"models_{lang}.png"))
    dialog.tabs.setCurrentWidget(dialog.catalog)
    settle()
    dialog.grab().save(str(Path(out) / f"models_download_{lang}.png"))
    dialog.shutdown()
    dialog.close()


if __name__ == "__main__":
    main()
