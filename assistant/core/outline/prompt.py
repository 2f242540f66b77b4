"""A plain one-shot outline prompt, the lecture's language, and reading a lecture text file.

The later outline pipeline (ingest, chunking, structured output) replaces outline_messages; the
prompts here stay short and concrete because 0.5B-1.5B models lose long instructions.
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path
from typing import Literal

from assistant.core.engine.requests import Message, Sampling
from assistant.core.errors import InputError

Language = Literal["zh", "vi", "en"]
Format = Literal["markdown", "gongwen", "cornell"]
FORMATS: tuple[Format, ...] = ("markdown", "gongwen", "cornell")
LANGUAGES: tuple[str, ...] = ("auto", "zh", "vi", "en")
TEXT_SUFFIXES = (".txt", ".md", ".markdown")
# A lecture transcript is rarely over 1 MB; a file far larger is the wrong file, and loading it
# into a text box would freeze the window.

# Share of CJK characters among CJK characters plus Latin words from which a text is Chinese.
# Latin words, not letters: a Chinese lecture full of "ChatGPT" and "prompt" stays Chinese.
CJK_SHARE = 0.3
# Share of Vietnamese letters (ă â đ ê ô ơ ư ĩ ũ and the precomposed tone-marked vowels of Latin
# Extended Additional) among Latin letters: ~10-20% in Vietnamese, near 0 in English.
VIETNAMESE_SHARE = 0.03
_VIETNAMESE_LETTERS = frozenset("ăđơưĩũĂĐƠƯĨŨ")
# French and Portuguese have these too: they count towards the share but prove nothing alone.
_SHARED_LETTERS = frozenset("âêôÂÊÔ")
_LATIN_WORD = re.compile(r"[^\W\d_]+")


def _is_cjk(ch: str) -> bool:
    cp = ord(ch)
    return (
        0x4E00 <= cp <= 0x9FFF  # unified ideographs (simplified and traditional alike)
        or 0x3400 <= cp <= 0x4DBF  # extension A
        or 0xF900 <= cp <= 0xFAFF  # compatibility ideographs
        or 0x20000 <= cp <= 0x3134F  # extensions B-G
    )


def _is_latin(ch: str) -> bool:
    cp = ord(ch)
    return ch.isalpha() and (cp < 0x0250 or 0x1E00 <= cp <= 0x1EFF)


def _is_vietnamese(ch: str) -> bool:
    return ch in _VIETNAMESE_LETTERS or 0x1EA0 <= ord(ch) <= 0x1EF9


def detect_language(text: str) -> Language:
    """The lecture's language: "zh" (simplified or traditional), "vi", else "en"."""
    text = unicodedata.normalize("NFC", text)  # decomposed tone marks count as letters too
    cjk = sum(1 for ch in text if _is_cjk(ch))
    latin_words = sum(1 for word in _LATIN_WORD.findall(text) if any(_is_latin(ch) for ch in word))
    if cjk and cjk / (cjk + latin_words) >= CJK_SHARE:
        return "zh"
    latin = sum(1 for ch in text if _is_latin(ch))
    vietnamese = sum(1 for ch in text if _is_vietnamese(ch))
    shared = sum(1 for ch in text if ch in _SHARED_LETTERS)
    if vietnamese >= 2 and (vietnamese + shared) / max(latin, 1) >= VIETNAMESE_SHARE:
        return "vi"
    return "en"


# Per output language: the system line, the format rules, and the request after the lecture.
_SYSTEM = {
    "en": "You turn lectures into structured study notes. Write in English. "
    "Use only what the lecture says.",
    "zh": "你把讲课内容整理成结构化的学习笔记。用中文书写。只写讲稿里有的内容。",
    "vi": "Bạn biến bài giảng thành ghi chú học tập có cấu trúc. Viết bằng tiếng Việt. "
    "Chỉ dùng nội dung có trong bài giảng.",
}
# Only when the language was detected: keep a traditional-Chinese lecture traditional.
_ZH_SCRIPT = "讲稿用繁体字就用繁体字。"

_RULES: dict[str, dict[str, str]] = {
    "en": {
        "markdown": """Output only the outline, in Markdown:
# Title of the lecture
## One heading per topic, its key points as "- " bullets
## Key terms: "- **term**: meaning"
## Review questions: 3-5, numbered
## Action items: "- [ ] task\"""",
        "gongwen": """Output only the outline, numbered like a Chinese official document:
First line: the title.
Levels are numbered "一、", then "（一）", then "1.", then "（1）". No # headings.
One "一、" section per topic, its key points below it as "（一）" items.
End with three "一、" sections: key terms, review questions (3-5), action items.""",
        "cornell": """Output only Cornell notes, in Markdown:
# Title of the lecture
| Cues | Notes |
|---|---|
One row per topic: a key term or a review question under Cues, the key points under Notes.
## Summary
2-3 sentences about the whole lecture.
## Action items: "- [ ] task\"""",
    },
    "zh": {
        "markdown": """只输出大纲，用 Markdown：
# 讲座标题
## 每个主题一个标题，要点用“- ”列出
## 关键术语：“- **术语**：解释”
## 复习题：3-5 道，编号
## 行动项：“- [ ] 待办事项”""",
        "gongwen": """只输出大纲，按公文格式编号：
第一行是标题。
各级编号依次用“一、”“（一）”“1.”“（1）”，不用 # 号。
每个主题一个“一、”，要点用下一级“（一）”列出。
最后三个“一、”部分：关键术语、复习题（3-5 道）、行动项。""",
        "cornell": """只输出康奈尔笔记，用 Markdown：
# 讲座标题
| 线索 | 笔记 |
|---|---|
每个主题一行：“线索”写关键术语或复习问题，“笔记”写要点。
## 总结
用 2-3 句话总结整节课。
## 行动项：“- [ ] 待办事项”""",
    },
    "vi": {
        "markdown": """Chỉ viết dàn ý, dùng Markdown:
# Tên bài giảng
## Mỗi chủ đề một đề mục, các ý chính dạng "- "
## Thuật ngữ chính: "- **thuật ngữ**: giải thích"
## Câu hỏi ôn tập: 3-5 câu, đánh số
## Việc cần làm: "- [ ] việc cần làm\"""",
        "gongwen": """Chỉ viết dàn ý, đánh số theo kiểu công văn Trung Quốc:
Dòng đầu là tiêu đề.
Các cấp đánh số lần lượt "一、", "（一）", "1.", "（1）". Không dùng dấu #.
Mỗi chủ đề một mục "一、", các ý chính ở cấp "（一）" bên dưới.
Cuối cùng ba mục "一、": thuật ngữ chính, câu hỏi ôn tập (3-5 câu), việc cần làm.""",
        "cornell": """Chỉ viết ghi chú Cornell, dùng Markdown:
# Tên bài giảng
| Gợi ý | Ghi chép |
|---|---|
Mỗi chủ đề một dòng: cột Gợi ý ghi thuật ngữ hoặc câu hỏi ôn tập, cột Ghi chép ghi ý chính.
## Tóm tắt
2-3 câu tóm tắt cả bài.
## Việc cần làm: "- [ ] việc cần làm\"""",
    },
}
_LECTURE = {"en": "Lecture:", "zh": "讲稿：", "vi": "Bài giảng:"}
_REQUEST = {
    "en": "Write the outline of the lecture above.",
    "zh": "请写出上面这节课的大纲。",
    "vi": "Hãy viết dàn ý cho bài giảng trên.",
}


def outline_language(text: str, language: str = "auto") -> Language:
    """The output language: the one asked for, or the lecture's own for "auto"."""
    if language == "auto":
        return detect_language(text)
    if language not in ("zh", "vi", "en"):
        raise InputError(f"{language!r} is not an outline language; use auto, zh, vi or en.")
    return language  # type: ignore[return-value]


def outline_messages(text: str, *, fmt: str = "markdown", language: str = "auto") -> list[Message]:
    """A system and a user message asking for a note outline of the lecture text."""
    if fmt not in FORMATS:
        raise InputError(f"{fmt!r} is not an outline format; use {', '.join(FORMATS)}.")
    lecture = text.strip()
    if not lecture:
        raise InputError("The lecture is empty; paste its text or open a .txt or .md file.")
    lang = outline_language(lecture, language)
    system = _SYSTEM[lang]
    if lang == "zh" and language == "auto":
        system += _ZH_SCRIPT
    system += "\n\n" + _RULES[lang][fmt]
    user = f"{_LECTURE[lang]}\n\n{lecture}\n\n{_REQUEST[lang]}"
    return [{"role": "system", "content": system}, {"role": "user", "content": user}]


def outline_sampling(reasoning_model: bool = False, max_tokens: int | None = None) -> Sampling:
    """Sampling for an outline: cooler than chat, which keeps small models on the facts."""
    # R1 distills loop or go silent below their recommended 0.6 (None picks it).
    return Sampling(
        temperature=None if reasoning_model else 0.3,
        repeat_penalty=1.1,  # 0.5B models repeat bullets otherwise
        max_tokens=max_tokens,
    )


def read_lecture_file(path: str | Path) -> str:
    """The text of a lecture file: .txt/.md as they are, other supported types as read_lecture."""
    from assistant.core.outline import ingest  # here: ingest imports this module

    path = Path(path)
    suffix = path.suffix.lower()
    if suffix in TEXT_SUFFIXES:
        return ingest.read_text_file(path)
    if suffix in ingest.SUPPORTED_SUFFIXES:
        return ingest.read_lecture(path).text
    kind = f"{suffix} files" if suffix else f"{path.name} (a file without an extension)"
    raise InputError(
        f"Opening {kind} is not supported yet; paste the text instead "
        "(.txt, .md, .srt, .vtt, .docx and .pdf files open)."
    )
