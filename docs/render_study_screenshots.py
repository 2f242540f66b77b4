"""Screenshots of studying with the library (issue 16) in English, Simplified Chinese, Vietnamese.

Usage: python docs/render_study_screenshots.py [--model starter|PATH] [--out docs/screenshots]
Per language, in a throwaway data dir: a saved outline, cards made from it, the Review page
(a card, then its answer), and the Chat page answering from the library with its sources (a
real answer of the model). Writes review_<lang>.png, review_answer_<lang>.png and
chat_library_<lang>.png. Run it under the CPU lock; Chinese needs a CJK font.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

OUTLINES = {
    "en": (
        "Office AI",
        "The RTF framework",
        "# The RTF framework\n\n## Three parts of a prompt\n\n- Role: who the model plays, "
        "for example a secretary\n- Task: what it must do, for example write the minutes\n"
        "- Format: how the answer looks, for example a numbered list\n\n## Key terms\n\n"
        "- **Role**: who the model plays in the prompt\n- **Format**: how the answer must look\n"
        "\n## Review questions\n\n1. What are the three parts of a prompt in RTF?\n",
        "What are the three parts of a prompt in RTF?",
        "who the model is",
    ),
    "zh_CN": (
        "AI办公应用",
        "RTF 框架",
        "# RTF 框架\n\n## 提示词的三个要素\n\n- 角色：模型扮演谁，例如办公室文秘\n"
        "- 任务：要做什么，例如根据会议记录写会议纪要\n- 格式：回答的样子，例如分条列出\n\n"
        "## 关键术语\n\n- **角色**：提示词中模型扮演的身份\n- **格式**：回答应有的样子\n\n"
        "## 复习题\n\n1. RTF 框架中提示词的三个要素是什么？\n",
        "RTF 框架中提示词的三个要素是什么？",
        "模型的身份",
    ),
    "vi": (
        "Bình dân học AI",
        "Khung RTF",
        "# Khung RTF\n\n## Ba phần của một câu lệnh\n\n- Vai trò: mô hình đóng vai ai, ví dụ "
        "thư ký\n- Nhiệm vụ: cần làm gì, ví dụ viết biên bản cuộc họp\n- Định dạng: câu trả lời "
        "trình bày thế nào, ví dụ danh sách đánh số\n\n## Thuật ngữ chính\n\n- **Vai trò**: mô "
        "hình đóng vai ai trong câu lệnh\n- **Định dạng**: câu trả lời phải trình bày thế nào\n\n"
        "## Câu hỏi ôn tập\n\n1. Ba phần của một câu lệnh theo khung RTF là gì?\n",
        "Ba phần của một câu lệnh theo khung RTF là gì?",
        "mô hình là ai",
    ),
}


def render(lang: str, model: str, out: str) -> None:
    """Seed the library, then shoot the Review and Chat pages in lang."""

    from assistant.core.store.cards import CardsStore
    from assistant.core.store.database import open_library
    from assistant.core.store.notes import NotesStore
    from assistant.core.study.cards import outline_cards
    from docs.render_screenshots import open_window, save_shot, settle, wait_for

    course, title, outline, question, typed = OUTLINES[lang]
    library = open_library()
    store = NotesStore(library.db)
    note = store.get(store.add(title, outline, kind="outline", course=course))
    CardsStore(library.db).add(outline_cards(note))
    library.close()

    window = open_window(lang, model)

    def shot(name: str) -> None:
        save_shot(window, out, name, lang)

    window.pages.setCurrentWidget(window.review)
    window.review.refresh()
    shot("review")
    window.review.typed.setText(typed)
    window.review.check_answer()
    shot("review_answer")

    window.pages.setCurrentWidget(window.chat)
    window.chat.library_bar.switch.setChecked(True)
    settle()
    window.chat.input.setPlainText(question)
    window.chat.send()
    wait_for(window.bridge.finished, 120_000)
    shot("chat_library")
    window.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--model", default="starter")
    parser.add_argument("--out", type=Path, default=Path(__file__).resolve().parent / "screenshots")
    parser.add_argument("--langs", default="en,zh_CN,vi")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    root = Path(__file__).resolve().parents[1]
    for lang in args.langs.split(","):
        data = Path(tempfile.mkdtemp(prefix=f"sa-study-{lang}-"))
        # One process per language: translators are installed before any widget exists.
        env = {**os.environ, "STUDY_ASSISTANT_DATA_DIR": str(data)}
        code = (
            "import sys; sys.argv = sys.argv[:1];"
            "from docs.render_study_screenshots import render;"
            f"render({lang!r}, {args.model!r}, {str(args.out.resolve())!r})"
        )
        subprocess.run([sys.executable, "-c", code], env=env, cwd=root, check=True)


if __name__ == "__main__":
    main()
