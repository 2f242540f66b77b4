"""The outline prompt: language and script detection, instructions, reading lecture text files."""

from __future__ import annotations

import codecs
import unicodedata
from pathlib import Path

import pytest

from assistant.core.errors import InputError
from assistant.core.outline import read_lecture_file
from assistant.core.outline.closing import closing_messages
from assistant.core.outline.prompt import instruction_key
from assistant.core.outline.sections import section_instructions, section_messages
from assistant.core.outline.terms import terms_messages
from assistant.core.text.language import chinese_script, detect_language

ZH = "今天我们学习提示词工程。好的提示词要写清楚角色、任务和输出格式，比如用 ChatGPT 写公文。"
ZH_TRADITIONAL = "今天我們學習提示詞工程。好的提示詞要寫清楚角色、任務與輸出格式。"
VI = "Hôm nay chúng ta học cách viết câu lệnh cho trí tuệ nhân tạo: vai trò, nhiệm vụ, định dạng."
EN = "Today we learn prompt engineering: a good prompt names a role, a task and a format."


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (ZH, "zh"),
        (ZH_TRADITIONAL, "zh"),
        (VI, "vi"),
        (EN, "en"),
        ("", "en"),
        # A few Chinese words in an English lecture keep it English.
        (
            "In Chinese, a prompt is called 提示词; the lecture explains how to write one well.",
            "en",
        ),
        # Many English terms in a Chinese lecture keep it Chinese.
        ("我们比较 ChatGPT、DeepSeek、Qwen 和 Llama 这几个模型的提示词写法。", "zh"),
        # Decomposed tone marks (NFD) are Vietnamese too.
        (unicodedata.normalize("NFD", VI), "vi"),
        # Circumflexes alone are French, not Vietnamese.
        ("La théorie même des êtres, à côté du rôle de l'hôte.", "en"),
        # Vietnamese typed without tone marks cannot be told from English.
        ("hom nay chung ta hoc cach viet cau lenh", "en"),
    ],
)
def test_detect_language(text: str, expected: str) -> None:
    assert detect_language(text) == expected


def test_chinese_script_tells_traditional_from_simplified() -> None:
    assert chinese_script(ZH) == "simplified"
    assert chinese_script(ZH_TRADITIONAL) == "traditional"
    assert chinese_script("") == "simplified"


def test_the_instructions_follow_the_language_and_the_chinese_script() -> None:
    assert instruction_key("zh", ZH) == "zh"
    assert instruction_key("zh", ZH_TRADITIONAL) == "zh-traditional"
    assert instruction_key("vi", ZH_TRADITIONAL) == "vi"  # asked for Vietnamese: no script
    system, user = (m["content"] for m in section_messages("zh-traditional", None, ZH_TRADITIONAL))
    assert "繁體中文" in system and user == ZH_TRADITIONAL
    system, user = (m["content"] for m in section_messages("vi", "Vai trò", VI))
    assert "tiếng Việt" in system and user.startswith("Tiêu đề: Vai trò\n\n")


def test_instructions_stay_short_for_small_models() -> None:
    for key in ("zh", "zh-traditional", "vi", "en"):
        assert len(section_instructions(key)) < 400, key
        assert len(terms_messages(key, [("x", "y")])[0]["content"]) < 400, key
        assert len(closing_messages(key, "- x")[0]["content"]) < 400, key


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("gbk.txt", ZH.encode("gbk")),
        ("gb18030.md", (ZH + "𠀀").encode("gb18030")),
        ("bom.txt", codecs.BOM_UTF8 + ZH.encode("utf-8")),
        ("plain.md", ZH.encode("utf-8")),
        ("utf16.txt", ZH.encode("utf-16")),  # with BOM
        ("utf16le.txt", EN.encode("utf-16-le")),  # Notepad without BOM
    ],
)
def test_read_lecture_file_encodings(tmp_path: Path, name: str, data: bytes) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    text = read_lecture_file(path)
    assert not text.startswith("\ufeff")
    assert text.startswith(ZH if "utf16le" not in name else EN)


def test_read_vietnamese_with_windows_line_ends(tmp_path: Path) -> None:
    path = tmp_path / "bài giảng.TXT"
    path.write_bytes((VI + "\r\n" + EN + "\r\n").encode("utf-8"))
    assert read_lecture_file(str(path)) == f"{VI}\n{EN}\n"


def test_unsupported_files_say_to_paste_the_text(tmp_path: Path) -> None:
    path = tmp_path / "slides.key"
    path.write_bytes(b"PK\x03\x04")
    with pytest.raises(InputError, match=r"\.key files is not supported yet; paste the text"):
        read_lecture_file(path)
    try:
        read_lecture_file(path)
    except InputError as exc:
        assert exc.exit_code == 4


def test_unreadable_files_are_input_errors(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="does not exist"):
        read_lecture_file(tmp_path / "missing.txt")
    empty = tmp_path / "empty.txt"
    empty.write_bytes(codecs.BOM_UTF8 + b"  \n")
    with pytest.raises(InputError, match="empty"):
        read_lecture_file(empty)
    binary = tmp_path / "binary.txt"
    binary.write_bytes(bytes(range(256)) * 4)
    with pytest.raises(InputError, match="not UTF-8, GB18030 or UTF-16"):
        read_lecture_file(binary)
