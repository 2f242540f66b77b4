"""PDF export: Chinese and Vietnamese notes on A4, searchable text, and no display needed."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QCoreApplication

from assistant.core.store.database import open_library
from assistant.core.store.exchange import render_html
from assistant.core.store.notes import NotesStore
from assistant.ui.app import has_cjk_font
from assistant.ui.controllers.note_export import export_texts
from assistant.ui.language import install_translators
from assistant.ui.pdf_export import IDEOGRAPH_FOR, export_pdf, fix_text_layer

# Characters that CJK fonts share with radicals (示 ⽰, 角 ⻆, 一 ⼀, 长 ⻓, 门 ⻔): without the
# text-layer fix, copying them out of the PDF gives look-alike radicals that search cannot find.
CHINESE = "第二课：提示词框架与角色设定，一起学习长文本门槛"
VIETNAMESE = "Tiếng Việt có dấu: ươ ệ ữ"


@pytest.fixture
def store(tmp_path: Path) -> Iterator[NotesStore]:
    lib = open_library(tmp_path / "library.db")
    store = NotesStore(lib.db)
    store.add(CHINESE, f"## 要点\n\n1. **角色**：{CHINESE}\n2. 任务 2026\n", course="AI 办公")
    store.add("Bài 2: Viết prompt", f"{VIETNAMESE}\n\n```\nprint(42)\n```\n", tags=["tiếng việt"])
    yield store
    lib.close()


def _readable_text(path: Path) -> str:
    """The PDF's text as a reader copies it, without whitespace (text extraction guesses spaces
    from glyph gaps, differently in every reader); skips where the text was never drawn."""
    if not has_cjk_font():
        # The notes hold Chinese: without a Chinese font it is drawn as boxes, with no text.
        pytest.skip("no Chinese font installed (fonts-noto-cjk): the PDF cannot hold the notes")
    pages = PdfReader(path).pages
    return _bare("".join(page.extract_text() for page in pages))


def _bare(text: str) -> str:
    return "".join(text.split())


def test_pdf_holds_chinese_and_vietnamese_notes(
    qapp: object, store: NotesStore, tmp_path: Path
) -> None:
    path = export_pdf(render_html(store), tmp_path / "notes.pdf")
    assert path == tmp_path / "notes.pdf"
    data = path.read_bytes()
    assert data.startswith(b"%PDF")
    assert b"/FontFile2" in data or b"/FontFile3" in data  # fonts are embedded, not referenced
    assert not [p for p in tmp_path.iterdir() if p.suffix == ".tmp"]
    text = _readable_text(path)
    assert _bare(CHINESE) in text
    assert _bare(VIETNAMESE) in text
    assert "2026" in text and "print(42)" in text
    assert not any(0x2E80 <= ord(c) <= 0x2FDF for c in text)


def test_pdf_into_a_folder_is_named_notes_pdf(
    qapp: object, store: NotesStore, tmp_path: Path
) -> None:
    assert export_pdf(render_html(store), tmp_path) == tmp_path / "notes.pdf"


def test_text_layer_fix_maps_radicals_to_ideographs_in_place() -> None:
    cmap = (
        b"3 beginbfrange\n<0000> <0000> <0000>\n<0011> <0013> [<63D0> <2F70> <2EC6> ]\n"
        b"<0020> <0022> <2F00>\n<0030> <0030> <2ED3>\nendbfrange\n"
        b"1 beginbfchar\n<0040> <2F08>\nendbfchar\n"
    )
    fixed = fix_text_layer(b"%PDF-1.4\n" + cmap)
    assert len(fixed) == len(cmap) + 9
    assert b"[<63D0> <793A> <89D2> ]" in fixed
    assert b"<0020> <0022> <2F00>" in fixed  # a consecutive run is left alone
    assert b"<0030> <0030> <957F>" in fixed
    assert b"<0040> <4EBA>" in fixed
    assert chr(IDEOGRAPH_FOR[0x2F70]) == "示" and chr(IDEOGRAPH_FOR[0x2EC6]) == "角"


def test_cli_export_works_without_a_display(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env.pop("QT_QPA_PLATFORM", None)
    script = (
        "import sys; from pathlib import Path\n"
        "from assistant.ui.pdf_export import export_pdf\n"
        "from PySide6.QtGui import QGuiApplication\n"
        "path = export_pdf('<html><body><p>离线 PDF</p></body></html>', Path(sys.argv[1]))\n"
        "print(QGuiApplication.platformName(), path.stat().st_size)\n"
    )
    if sys.platform in ("win32", "darwin"):
        pytest.skip("the offscreen default applies where a display server may be missing")
    result = subprocess.run(
        [sys.executable, "-c", script, str(tmp_path / "cli.pdf")],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split()[0] == "offscreen"
    assert (tmp_path / "cli.pdf").read_bytes().startswith(b"%PDF")


@pytest.mark.parametrize(
    ("lang", "words"),
    [
        ("zh_CN", ["学习笔记", "目录", "共 2 条笔记 · 导出于 "]),
        ("vi", ["Ghi chú học tập", "Mục lục", "2 ghi chú · xuất ngày "]),
    ],
)
def test_pdf_words_follow_the_ui_language(
    qapp: object, store: NotesStore, tmp_path: Path, lang: str, words: list[str]
) -> None:
    app = QCoreApplication.instance()
    assert app is not None
    try:
        install_translators(app, lang)
        texts = export_texts()
    finally:
        install_translators(app, "en")
    html = render_html(store, texts=texts)
    assert all(word in html for word in words)
    assert "Contents" not in html and "exported" not in html and "Study notes" not in html
    path = export_pdf(html, tmp_path / "notes.pdf")
    text = _readable_text(path)
    assert all(_bare(word) in text for word in words)
    # The PDF's own title, as viewers show it.
    assert PdfReader(path).metadata.title == words[0]
