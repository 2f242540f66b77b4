"""The outline prompt: the lecture's language and script, the instructions, reading a text file."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path
from typing import Literal

from assistant.core.engine.requests import Message
from assistant.core.errors import InputError

Language = Literal["zh", "vi", "en"]
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


# Traditional-only and simplified-only forms of common characters: which script a Chinese
# lecture is in, so the outline keeps it (a 0.5B model told "中文" writes simplified).
_TRADITIONAL = frozenset(
    "這們說時會來對學為個國發經過還進動樣們與見點問題開關實體記務寫請輸類條應當從網電"
    "話課習義變聽讀書標準確認場議結構論證"
)
_SIMPLIFIED = frozenset(
    "这们说时会来对学为个国发经过还进动样们与见点问题开关实体记务写请输类条应当从网电"
    "话课习义变听读书标准确认场议结构论证"
)


def chinese_script(text: str) -> Literal["traditional", "simplified"]:
    """Whether Chinese text is written in traditional or simplified characters."""
    traditional = sum(1 for ch in text if ch in _TRADITIONAL and ch not in _SIMPLIFIED)
    simplified = sum(1 for ch in text if ch in _SIMPLIFIED and ch not in _TRADITIONAL)
    return "traditional" if traditional > simplified else "simplified"


# The outline instructions, per output language. Short and concrete: 0.5B-1.5B models lose long
# instructions, and the JSON schema (a llama.cpp grammar) already fixes the shape.
_INSTRUCTIONS = {
    "zh": (
        "你是认真的学习助手。把下面的讲课内容整理成结构化的笔记大纲，用 JSON 输出。"
        "每个要点是你自己概括的短语，不超过20个字，不要照抄原文句子。"
        "有作业、任务、负责人或截止时间就写进 action_items。全部用中文。"
    ),
    "zh-traditional": (
        "你是認真的學習助手。把下面的講課內容整理成結構化的筆記大綱，用 JSON 輸出。"
        "每個要點是你自己概括的短語，不超過20個字，不要照抄原文句子。"
        "有作業、任務、負責人或截止時間就寫進 action_items。全部用繁體中文。"
    ),
    "vi": (
        "Bạn là trợ lý học tập cẩn thận. Hãy sắp xếp nội dung bài giảng dưới đây thành "
        "dàn ý ghi chú có cấu trúc, xuất ra JSON. Mỗi ý là một cụm từ ngắn do bạn tự tóm "
        "tắt, tối đa 12 từ, không chép nguyên câu. Nếu có bài tập, nhiệm vụ, người phụ "
        "trách hay hạn chót thì ghi vào action_items. Viết hoàn toàn bằng tiếng Việt."
    ),
    "en": (
        "You are a careful study assistant. Turn the lecture below into a structured note "
        "outline, written as JSON. Each point is a short phrase in your own words, at most "
        "12 words; never copy sentences. Put homework, tasks, owners and deadlines "
        "in action_items. Write in English."
    ),
}
_PART = {
    "zh": "这是一堂长课的第 {i} 部分（共 {n} 部分），只整理这一部分。",
    "zh-traditional": "這是一堂長課的第 {i} 部分（共 {n} 部分），只整理這一部分。",
    "vi": "Đây là phần {i} trên {n} của một bài giảng dài; chỉ xử lý phần này.",
    "en": "This is part {i} of {n} of a long lecture; outline this part only.",
}


# For a lecture outlined in parts: the whole is named, summarised and questioned from the merged
# outline, which is short enough to read in one pass.
_FINISH = {
    "zh": (
        "下面是一堂课的笔记大纲。请写出这堂课的标题、两三句话的总结和3到5道复习题，"
        "用 JSON 输出，全部用中文。"
    ),
    "zh-traditional": (
        "下面是一堂課的筆記大綱。請寫出這堂課的標題、兩三句話的總結和3到5道複習題，"
        "用 JSON 輸出，全部用繁體中文。"
    ),
    "vi": (
        "Dưới đây là dàn ý ghi chú của một bài giảng. Hãy viết tiêu đề, bản tóm tắt hai ba "
        "câu và 3 đến 5 câu hỏi ôn tập, xuất ra JSON, hoàn toàn bằng tiếng Việt."
    ),
    "en": (
        "Below is the note outline of a lecture. Write the lecture's title, a two or three "
        "sentence summary and 3 to 5 review questions, as JSON, in English."
    ),
}


def finish_messages(outline_digest: str, key: str) -> list[Message]:
    """Messages asking for the title, summary and review questions of a merged outline."""
    return [
        {"role": "system", "content": _FINISH[key]},
        {"role": "user", "content": outline_digest},
    ]


def instruction_key(lang: str, lecture_text: str) -> str:
    """Which instructions to use: the output language, and for Chinese the lecture's script."""
    if lang == "zh" and chinese_script(lecture_text) == "traditional":
        return "zh-traditional"
    return lang


def outline_messages(text: str, key: str, part: tuple[int, int] | None = None) -> list[Message]:
    """System and user messages asking for the JSON outline of text (one part of n, if given)."""
    system = _INSTRUCTIONS[key]
    if part is not None:
        system += " " + _PART[key].format(i=part[0], n=part[1])
    return [{"role": "system", "content": system}, {"role": "user", "content": text}]


def outline_language(text: str, language: str = "auto") -> Language:
    """The output language: the one asked for, or the lecture's own for "auto"."""
    if language == "auto":
        return detect_language(text)
    if language not in ("zh", "vi", "en"):
        raise InputError(f"{language!r} is not an outline language; use auto, zh, vi or en.")
    return language  # type: ignore[return-value]


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
        "(.txt, .md, .srt, .vtt, .docx, .pptx and .pdf files open)."
    )
