"""The plain outline prompt: language detection, formats, and reading lecture text files."""

from __future__ import annotations

import codecs
import unicodedata
from pathlib import Path

import pytest

from assistant.core.errors import InputError
from assistant.core.outline import (
    detect_language,
    outline_messages,
    outline_sampling,
    read_lecture_file,
)

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


def _system_user(messages: list[dict[str, str]]) -> tuple[str, str]:
    assert [m["role"] for m in messages] == ["system", "user"]
    return messages[0]["content"], messages[1]["content"]


def test_auto_language_writes_instructions_in_the_lectures_language() -> None:
    system, user = _system_user(outline_messages(ZH))
    assert "用中文书写" in system and "关键术语" in system and "复习题" in system
    assert "行动项" in system
    assert ZH in user and user.startswith("讲稿：")
    system, user = _system_user(outline_messages(VI))
    assert "Viết bằng tiếng Việt" in system and "Câu hỏi ôn tập" in system
    assert VI in user
    system, user = _system_user(outline_messages(EN))
    assert "Write in English" in system and "Key terms" in system and "Action items" in system
    assert "Review questions" in system and EN in user


def test_traditional_chinese_is_kept_traditional_only_when_detected() -> None:
    system, _ = _system_user(outline_messages(ZH_TRADITIONAL))
    assert "繁体" in system
    system, _ = _system_user(outline_messages(ZH_TRADITIONAL, language="zh"))
    assert "繁体" not in system


def test_an_explicit_language_wins_over_the_lectures() -> None:
    system, user = _system_user(outline_messages(ZH, language="vi"))
    assert "tiếng Việt" in system and user.startswith("Bài giảng:") and ZH in user
    system, _ = _system_user(outline_messages(VI, language="en"))
    assert "Write in English" in system


def test_gongwen_asks_for_official_numbering() -> None:
    for language in ("zh", "vi", "en"):
        system, _ = _system_user(outline_messages(ZH, fmt="gongwen", language=language))
        for mark in ("一、", "（一）", "1.", "（1）"):
            assert mark in system, (language, mark)
    system, _ = _system_user(outline_messages(ZH, fmt="gongwen"))
    assert "公文" in system and "不用 # 号" in system


def test_cornell_asks_for_a_cues_notes_table_and_a_summary() -> None:
    system, _ = _system_user(outline_messages(EN, fmt="cornell"))
    assert "| Cues | Notes |" in system and "## Summary" in system
    system, _ = _system_user(outline_messages(ZH, fmt="cornell"))
    assert "| 线索 | 笔记 |" in system and "## 总结" in system
    system, _ = _system_user(outline_messages(VI, fmt="cornell"))
    assert "| Gợi ý | Ghi chép |" in system and "## Tóm tắt" in system


def test_instructions_stay_short_for_small_models() -> None:
    for fmt in ("markdown", "gongwen", "cornell"):
        for language in ("zh", "vi", "en"):
            system, user = _system_user(outline_messages("x", fmt=fmt, language=language))
            assert len(system) < 600, (fmt, language)
            assert len(user) < 80


def test_bad_requests_are_input_errors() -> None:
    with pytest.raises(InputError):
        outline_messages("   \n")
    with pytest.raises(InputError):
        outline_messages(EN, fmt="mindmap")
    with pytest.raises(InputError):
        outline_messages(EN, language="fr")


def test_sampling_is_cool_except_for_reasoning_models() -> None:
    assert outline_sampling().temperature == 0.3
    assert outline_sampling(reasoning_model=True).resolved(True).temperature == 0.6
    assert outline_sampling(max_tokens=100).max_tokens == 100


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
    path = tmp_path / "slides.pptx"
    path.write_bytes(b"PK\x03\x04")
    with pytest.raises(InputError, match=r"\.pptx files is not supported yet; paste the text"):
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
