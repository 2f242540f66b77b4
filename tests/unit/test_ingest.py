"""Reading lectures: encodings, Markdown, subtitles, .docx and .pdf, and the errors users see."""

from __future__ import annotations

import codecs
import os
import zipfile
from pathlib import Path

import pytest

from assistant.core.errors import InputError
from assistant.core.outline.ingest import (
    Lecture,
    Segment,
    lecture_from_text,
    read_lecture,
)
from assistant.core.outline.prompt import read_lecture_file
from assistant.core.outline.segment import segment_lecture
from assistant.core.text.file_decoding import decode_text

ZH_TRAD = "今天我們學習提示詞"
ZH_SIMP = "今天我们学习提示词"
ZH_LINE = "第一课：今天我们学习怎样写提示词，请大家认真听讲。"
EN_LINE = "Today we learn how to write a good prompt for the model."


# --- encodings ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "data"),
    [
        (ZH_SIMP, ZH_SIMP.encode("utf-8")),
        (ZH_SIMP, codecs.BOM_UTF8 + ZH_SIMP.encode("utf-8")),
        (ZH_SIMP, ZH_SIMP.encode("gbk")),
        (ZH_LINE, ZH_LINE.encode("gbk")),
        (ZH_LINE, ZH_LINE.encode("gb18030")),
        (ZH_TRAD, ZH_TRAD.encode("big5")),
        (
            "第一課：今天我們學習提示詞，請大家注意。",
            "第一課：今天我們學習提示詞，請大家注意。".encode("big5"),
        ),
        (ZH_SIMP, codecs.BOM_UTF16_LE + ZH_SIMP.encode("utf-16-le")),
        (ZH_SIMP, codecs.BOM_UTF16_BE + ZH_SIMP.encode("utf-16-be")),
        (ZH_SIMP, ZH_SIMP.encode("utf-16-le")),
        (ZH_SIMP, ZH_SIMP.encode("utf-16-be")),
        (EN_LINE + "\n" + ZH_SIMP, (EN_LINE + "\n" + ZH_SIMP).encode("utf-16-le")),
        (EN_LINE + "\n" + ZH_SIMP, (EN_LINE + "\n" + ZH_SIMP).encode("utf-16-be")),
        (ZH_SIMP, ZH_SIMP.encode("utf-32")),
        ("“Smart quotes” and café", "“Smart quotes” and café".encode("cp1252")),
    ],
)
def test_decode_text_detects_the_encoding(text: str, data: bytes) -> None:
    assert decode_text(data) == text


def test_decode_text_normalises_line_ends() -> None:
    assert decode_text("a\r\nb\rc".encode("gbk")) == "a\nb\nc"


def test_decode_text_refuses_binary() -> None:
    with pytest.raises(InputError, match=r"lecture\.txt is not a text file"):
        decode_text(bytes(range(256)) * 4, "lecture.txt")


@pytest.mark.parametrize("encoding", ["gbk", "big5", "utf-16", "utf-8-sig"])
def test_read_lecture_text_file_in_each_encoding(tmp_path: Path, encoding: str) -> None:
    text = ZH_TRAD if encoding == "big5" else ZH_SIMP
    path = tmp_path / "课程.txt"
    path.write_bytes(f"{text}。\n第二行。\n\n{EN_LINE}\n".encode(encoding))
    lecture = read_lecture(path)
    assert lecture.segments[0] == Segment(f"{text}。\n第二行。")
    assert lecture.segments[1].text == EN_LINE
    assert lecture.title == "课程"
    assert lecture.source == "课程.txt"
    assert lecture.language == "zh"


# --- text and Markdown --------------------------------------------------------------------------


def test_markdown_headings_become_heading_segments(tmp_path: Path) -> None:
    path = tmp_path / "notes.md"
    path.write_text(
        "# Prompt basics #\nIntro line one.\nIntro line two.\n\n## Roles\n\nGive the model a role."
        "\n\n```\n# not a heading\n\nstill code\n```\n\nSetext title\n---\nBody.\n",
        encoding="utf-8",
    )
    lecture = read_lecture(path)
    assert lecture.title == "Prompt basics"
    assert lecture.segments[:4] == (
        Segment("Prompt basics", heading_level=1),
        Segment("Intro line one.\nIntro line two."),
        Segment("Roles", heading_level=2),
        Segment("Give the model a role."),
    )
    assert lecture.segments[4].text == "```\n# not a heading\n\nstill code\n```"
    assert lecture.segments[5] == Segment("Setext title", heading_level=2)
    assert lecture.text.startswith(
        "# Prompt basics\n\nIntro line one.\nIntro line two.\n\n## Roles"
    )
    assert lecture.chars == len(lecture.text)
    assert lecture.language == "en"


def test_pasted_text() -> None:
    lecture = lecture_from_text(
        "\ufeff  Bài giảng về viết prompt\r\n\r\nHôm nay chúng ta học cách viết."
    )
    assert isinstance(lecture, Lecture)
    assert lecture.source == "pasted text"
    assert lecture.title == "Bài giảng về viết prompt"
    assert [s.text for s in lecture.segments] == [
        "Bài giảng về viết prompt",
        "Hôm nay chúng ta học cách viết.",
    ]
    assert lecture.language == "vi"
    with pytest.raises(InputError, match="empty"):
        lecture_from_text(" \n\n \t")


# --- subtitles ----------------------------------------------------------------------------------

SRT = """1
00:00:01,000 --> 00:00:03,000
Today we talk about

2
00:00:03,200 --> 00:00:05,500
<i>writing prompts</i> for models.

3
00:00:05,600 --> 00:00:07,000
A prompt has a role.

4
00:00:15,000 --> 00:00:17,000
Second part: the format.
"""


def test_srt_cues_join_into_paragraphs_with_start_times(tmp_path: Path) -> None:
    path = tmp_path / "lesson.srt"
    path.write_text(SRT.replace("\n", "\r\n"), encoding="utf-8")
    lecture = read_lecture(path)
    assert lecture.segments == (
        Segment(
            "Today we talk about writing prompts for models. A prompt has a role.", start_s=1.0
        ),
        Segment("Second part: the format.", start_s=15.0),
    )
    assert lecture.title == "lesson"
    assert "-->" not in lecture.text


def test_chinese_srt_joins_without_spaces_and_drops_repeated_lines(tmp_path: Path) -> None:
    srt = (
        "1\n00:01:02,500 --> 00:01:04,000\n今天我们学习\n"
        "2\n00:01:04,000 --> 00:01:05,000\n今天我们学习\n\n"  # no blank line before cue 2
        "3\n00:01:05,000 --> 00:01:06,000\n提示词的写法。\n\n"
        "4\n1:00:00,000 --> 1:00:02,000\n{\\an8}下一部分\n"
    )
    path = tmp_path / "课.srt"
    path.write_bytes(srt.encode("gbk"))
    lecture = read_lecture(path)
    assert lecture.segments == (
        Segment("今天我们学习提示词的写法。", start_s=62.5),
        Segment("下一部分", start_s=3600.0),
    )
    assert lecture.language == "zh"


VTT = """WEBVTT
Kind: captions
Language: en

NOTE this note is skipped
and so is its second line

STYLE
::cue { color: yellow }

intro
00:00.500 --> 00:02.000 align:start position:0%
<v Teacher>hello everyone and</v>

00:00:02.000 --> 00:00:02.010
hello everyone and

00:00:02.010 --> 00:00:04.000
hello everyone and
<00:00:02.500><c>welcome</c><00:00:03.000><c> to class</c>

00:00:04.000 --> 00:00:06.000
welcome to class
today &amp; tomorrow we practise.
"""


def test_vtt_auto_captions(tmp_path: Path) -> None:
    path = tmp_path / "class.vtt"
    path.write_text(VTT, encoding="utf-8")
    lecture = read_lecture(path)
    assert lecture.segments == (
        Segment("hello everyone and welcome to class today & tomorrow we practise.", start_s=0.5),
    )


def test_long_subtitles_split_into_paragraphs(tmp_path: Path) -> None:
    cues = [
        f"{i + 1}\n00:{i // 60:02d}:{i % 60:02d},000 --> 00:{i // 60:02d}:{i % 60:02d},900\n"
        f"Sentence number {i} is here and it says something.\n"
        for i in range(40)
    ]
    path = tmp_path / "long.srt"
    path.write_text("\n".join(cues), encoding="utf-8")
    lecture = read_lecture(path)
    assert len(lecture.segments) > 2
    assert all(len(s.text) < 500 for s in lecture.segments)
    starts = [s.start_s for s in lecture.segments]
    assert starts[0] == 0.0
    assert starts == sorted(starts)


# --- .docx --------------------------------------------------------------------------------------

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _p(text: str, style: str | None = None, outline: int | None = None) -> str:
    ppr = ""
    if style or outline is not None:
        inner = f'<w:pStyle w:val="{style}"/>' if style else ""
        inner += f'<w:outlineLvl w:val="{outline}"/>' if outline is not None else ""
        ppr = f"<w:pPr>{inner}</w:pPr>"
    return f'<w:p>{ppr}<w:r><w:t xml:space="preserve">{text}</w:t></w:r></w:p>'


def _docx(path: Path, body: str, *, title: str | None = None, styles: bool = True) -> Path:
    document = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        f'<w:document xmlns:w="{W}"><w:body>{body}<w:sectPr/></w:body></w:document>'
    )
    style_xml = (
        f'<w:styles xmlns:w="{W}">'
        '<w:style w:type="paragraph" w:styleId="1"><w:name w:val="heading 1"/></w:style>'
        '<w:style w:type="paragraph" w:styleId="2"><w:name w:val="heading 2"/>'
        '<w:basedOn w:val="a"/></w:style>'
        '<w:style w:type="paragraph" w:styleId="a"><w:name w:val="Normal"/></w:style>'
        '<w:style w:type="paragraph" w:styleId="MyChapter"><w:name w:val="Chapter"/>'
        '<w:pPr><w:outlineLvl w:val="2"/></w:pPr></w:style>'
        '<w:style w:type="paragraph" w:styleId="MySub"><w:name w:val="Sub chapter"/>'
        '<w:basedOn w:val="MyChapter"/></w:style>'
        "</w:styles>"
    )
    core = (
        '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/'
        'metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/">'
        f"<dc:title>{title}</dc:title></cp:coreProperties>"
    )
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", document)
        if styles:
            archive.writestr("word/styles.xml", style_xml)
        if title is not None:
            archive.writestr("docProps/core.xml", core)
    return path


def test_docx_headings_paragraphs_and_tables(tmp_path: Path) -> None:
    body = (
        _p("讲座标题", "Title")
        + _p("第一部分", "1")
        + "<w:p><w:r><w:t>正文</w:t><w:tab/><w:t>继续</w:t><w:br/><w:t>下一行</w:t></w:r>"
        "<w:del><w:r><w:delText>删掉的</w:delText></w:r></w:del></w:p>"
        + _p("小节", "2")
        + _p("English heading", "Heading3")
        + _p("Chapter style", "MyChapter")
        + _p("Based on chapter", "MySub")
        + _p("Direct outline level", outline=0)
        + _p("")
        + "<w:tbl><w:tr><w:tc>"
        + _p("单元格一")
        + "</w:tc><w:tc>"
        + _p("单元格二")
        + _p("第二段")
        + "</w:tc></w:tr></w:tbl>"
        + _p("结尾。", "a")
    )
    lecture = read_lecture(_docx(tmp_path / "lecture.docx", body, title="提示词课程"))
    assert lecture.title == "提示词课程"
    assert lecture.segments == (
        Segment("讲座标题", heading_level=1),
        Segment("第一部分", heading_level=1),
        Segment("正文 继续\n下一行"),
        Segment("小节", heading_level=2),
        Segment("English heading", heading_level=3),
        Segment("Chapter style", heading_level=3),
        Segment("Based on chapter", heading_level=3),
        Segment("Direct outline level", heading_level=1),
        Segment("单元格一"),
        Segment("单元格二\n第二段"),
        Segment("结尾。"),
    )
    assert lecture.language == "zh"


def test_docx_title_falls_back_to_first_heading(tmp_path: Path) -> None:
    path = _docx(tmp_path / "x.docx", _p("Intro text.") + _p("Main topic", "Heading1"), title="")
    assert read_lecture(path).title == "Main topic"
    path = _docx(tmp_path / "y.docx", _p("Only text."), styles=False)
    assert read_lecture(path).title == "y"


def test_damaged_docx_files(tmp_path: Path) -> None:
    bad = tmp_path / "bad.docx"
    bad.write_bytes(b"this is not a zip file at all")
    with pytest.raises(InputError, match=r"bad\.docx is damaged"):
        read_lecture(bad)
    no_document = tmp_path / "nodoc.docx"
    with zipfile.ZipFile(no_document, "w") as archive:
        archive.writestr("other.xml", "<x/>")
    with pytest.raises(InputError, match=r"nodoc\.docx is damaged"):
        read_lecture(no_document)
    broken_xml = tmp_path / "broken.docx"
    with zipfile.ZipFile(broken_xml, "w") as archive:
        archive.writestr("word/document.xml", "<w:document")
    with pytest.raises(InputError, match="damaged"):
        read_lecture(broken_xml)
    empty = _docx(tmp_path / "blank.docx", _p(""))
    with pytest.raises(InputError, match="no text"):
        read_lecture(empty)


# --- .pdf ---------------------------------------------------------------------------------------


@pytest.fixture
def gui_app() -> object:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    # A QApplication (not just a QGuiApplication): the desktop tests that may run later in the
    # same process build widgets on whatever application exists.
    from PySide6.QtWidgets import QApplication

    return QApplication.instance() or QApplication([])


def _pdf(path: Path, lines: list[str], *, rectangle_only: bool = False) -> Path:
    from PySide6.QtCore import QRect
    from PySide6.QtGui import QColor, QFont, QPageSize, QPainter, QPdfWriter

    writer = QPdfWriter(str(path))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setResolution(72)
    painter = QPainter(writer)
    if rectangle_only:
        painter.fillRect(QRect(50, 50, 300, 200), QColor("gray"))
    else:
        painter.setFont(QFont("Noto Sans CJK SC", 12))
        for i, line in enumerate(lines):
            painter.drawText(50, 60 + 20 * i, line)
    painter.end()
    return path


def test_pdf_text_layer_is_extracted(tmp_path: Path, gui_app: object) -> None:
    from PySide6.QtGui import QFontDatabase

    if not QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese):
        pytest.skip("no CJK font installed to draw the Chinese test PDF (fonts-noto-cjk)")
    path = _pdf(
        tmp_path / "slides.pdf",
        ["今天我们学习提示词的写法。", "A good prompt gives the model a role and a task.", "3"],
    )
    lecture = read_lecture(path)
    text = lecture.text
    assert "今天我们学习提示词的写法。" in text
    assert "A good prompt gives the model a role and a task." in text
    assert not text.rstrip().endswith("3")  # the page number is dropped
    assert lecture.title == "slides"
    assert lecture.source == "slides.pdf"


def _deck_pdf(path: Path, pages: list[list[str]], *, landscape: bool) -> Path:
    from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPainter, QPdfWriter

    writer = QPdfWriter(str(path))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    orientation = (
        QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait
    )
    writer.setPageOrientation(orientation)
    writer.setResolution(72)
    painter = QPainter(writer)
    painter.setFont(QFont("DejaVu Sans", 12))
    for number, lines in enumerate(pages):
        if number:
            writer.newPage()
        for i, line in enumerate(lines):
            painter.drawText(50, 60 + 24 * i, line)
    painter.end()
    return path


def test_a_slide_deck_saved_as_pdf_keeps_its_slide_titles(tmp_path: Path, gui_app: object) -> None:
    from PySide6.QtGui import QFontDatabase

    if not QFontDatabase.families():
        pytest.skip("no font installed to draw the test PDF")
    slides = [
        ["Safe use of AI at work", "Training for office staff"],
        ["Why data stays local", "The model runs on this laptop.", "Nothing is sent out."],
        [
            "Checking the output",
            "Read every number against the source.",
            "Sign only what you checked.",
        ],
        ["Homework", "Write three prompts for your own job.", "Bring them on Friday."],
    ]
    deck = read_lecture(_deck_pdf(tmp_path / "deck.pdf", slides, landscape=True))
    assert deck.title == "Safe use of AI at work"
    parts = segment_lecture(deck)
    assert [p.heading for p in parts] == ["Why data stays local", "Checking the output", "Homework"]
    # The title slide's subtitle is the title's, not the first part's content.
    assert "Training for office staff" not in parts[0].text
    # The same lines on portrait pages are a document: its first lines are no headings.
    document = read_lecture(_deck_pdf(tmp_path / "notes.pdf", slides, landscape=False))
    assert not any(s.heading_level for s in document.segments)


def test_scanned_pdf_without_text_is_refused(tmp_path: Path, gui_app: object) -> None:
    path = _pdf(tmp_path / "scan.pdf", [], rectangle_only=True)
    with pytest.raises(InputError, match=r"scan\.pdf has no text layer \(a scanned PDF\?\)"):
        read_lecture(path)


def test_pdf_line_joining() -> None:
    from assistant.core.outline.pdf_reader import _pdf_paragraphs

    text = (
        "This is a long line of an exam-\nple paragraph that goes on and on and\n"
        "ends here.\n\n今天我们学习\n提⽰词。\n- 2 -"  # ⽰ is the Kangxi radical look-alike of 示
    )
    assert _pdf_paragraphs(text) == [
        "This is a long line of an example paragraph that goes on and on and ends here.",
        "今天我们学习提示词。",
    ]
    assert _pdf_paragraphs("Staﬀ training for oﬃce workers.") == [
        "Staff training for office workers."
    ]


def test_damaged_pdf(tmp_path: Path) -> None:
    path = tmp_path / "bad.pdf"
    path.write_bytes(b"%PDF-1.4\nnothing else here at all")
    with pytest.raises(InputError, match=r"bad\.pdf"):
        read_lecture(path)


# --- errors -------------------------------------------------------------------------------------


def test_error_cases(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="does not exist") as exc:
        read_lecture(tmp_path / "missing.txt")
    assert exc.value.exit_code == 4
    with pytest.raises(InputError, match="folder"):
        read_lecture(tmp_path)
    folder_named_like_a_file = tmp_path / "dir.txt"
    folder_named_like_a_file.mkdir()
    with pytest.raises(InputError, match="folder"):
        read_lecture(folder_named_like_a_file)
    empty = tmp_path / "empty.md"
    empty.write_bytes(b"")
    with pytest.raises(InputError, match=r"empty\.md is empty"):
        read_lecture(empty)
    blank = tmp_path / "blank.srt"
    blank.write_bytes(codecs.BOM_UTF8 + b"\n  \n")
    with pytest.raises(InputError, match="empty"):
        read_lecture(blank)
    binary = tmp_path / "binary.txt"
    binary.write_bytes(bytes(range(256)) * 4)
    with pytest.raises(InputError, match=r"binary\.txt is not a text file"):
        read_lecture(binary)
    pptx = tmp_path / "slides.pptx"
    pptx.write_bytes(b"PK\x03\x04")
    with pytest.raises(InputError, match=r"slides\.pptx is damaged or not a PowerPoint \.pptx"):
        read_lecture(pptx)
    keynote = tmp_path / "slides.key"
    keynote.write_bytes(b"PK\x03\x04")
    with pytest.raises(InputError, match=r"\.key is not supported; save it as PDF or paste"):
        read_lecture(keynote)
    doc = tmp_path / "old.doc"
    doc.write_bytes(b"\xd0\xcf\x11\xe0")
    with pytest.raises(InputError, match=r"\.doc is not supported; save it as \.docx or PDF"):
        read_lecture(doc)
    pdf_as_txt = tmp_path / "renamed.txt"
    pdf_as_txt.write_bytes(b"%PDF-1.7\n...")
    with pytest.raises(InputError, match="is a PDF file"):
        read_lecture(pdf_as_txt)
    subtitles_without_cues = tmp_path / "nocues.vtt"
    subtitles_without_cues.write_text("WEBVTT\n\nNOTE nothing\n", encoding="utf-8")
    with pytest.raises(InputError, match="no text"):
        read_lecture(subtitles_without_cues)


def test_over_50_mb_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:
        handle.truncate(51 * 1024 * 1024)  # sparse: no 51 MB write
    with pytest.raises(InputError, match="51 MB"):
        read_lecture(path)


def test_read_lecture_file_uses_the_new_readers(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(ZH_TRAD.encode("big5") + b"\r\n")
    assert read_lecture_file(path) == ZH_TRAD + "\n"
    srt = tmp_path / "a.srt"
    srt.write_text(SRT, encoding="utf-8")
    assert read_lecture_file(srt).startswith("Today we talk about writing prompts")


def test_a_title_from_a_heading_is_the_lectures_own() -> None:
    assert lecture_from_text("# 提示词入门\n\n今天讲角色。").has_own_title
    assert not lecture_from_text("今天讲角色。\n\n然后讲格式。").has_own_title


def test_a_first_line_that_is_a_title_is_known() -> None:
    meeting = "Riverside School – staff meeting, Tuesday 3:45 pm\n\nMrs Reed: Let's start."
    assert (
        lecture_from_text(meeting).title_line == "Riverside School – staff meeting, Tuesday 3:45 pm"
    )
    # A first sentence, one paragraph alone or a heading is no title line.
    assert lecture_from_text("嗯，好，大家安静一下。\n\n今天讲安全。").title_line is None
    assert lecture_from_text("Today we talk about prompts").title_line is None
    assert lecture_from_text("# Prompts\n\nToday we talk about prompts.").title_line is None


def test_pptx_slides_with_speaker_notes(tmp_path: Path) -> None:
    from pptx import Presentation

    deck = Presentation()
    title_slide = deck.slides.add_slide(deck.slide_layouts[0])
    title_slide.shapes.title.text = "本地大模型入门"
    for heading, bullet, notes in (
        ("为什么用本地模型", "数据不出本机", "涉密信息一律不得输入在线服务。"),
        ("下载模型", "GGUF 文件", "到模型库下载，核对校验值。"),
    ):
        slide = deck.slides.add_slide(deck.slide_layouts[1])
        slide.shapes.title.text = heading
        slide.placeholders[1].text_frame.text = bullet
        slide.notes_slide.notes_text_frame.text = notes
    path = tmp_path / "课件.pptx"
    deck.save(str(path))
    lecture = read_lecture(path)
    assert lecture.title == "本地大模型入门"
    assert [(s.text, s.heading_level) for s in lecture.segments] == [
        ("本地大模型入门", 1),
        ("为什么用本地模型", 2),
        ("数据不出本机", 0),
        ("涉密信息一律不得输入在线服务。", 0),
        ("下载模型", 2),
        ("GGUF 文件", 0),
        ("到模型库下载，核对校验值。", 0),
    ]
