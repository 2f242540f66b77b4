"""Whole phrases only: what a length limit cut is ended at its last clause or dropped, never shown
with "…"; an item that repeats the instructions is not lecture content.

The app once saved its own instruction as a summary ("以上内容整理成结构化的笔记大纲…"), and a
heading cut by the grammar's length limit read "第一步：为什么要用本地大模型…".
"""

from __future__ import annotations

import re

from assistant.core.outline.evaluate_text import JOINS, STOPS_MID_SENTENCE, cut_reason, headless
from assistant.core.outline.textmatch import match_units, normalise
from assistant.core.text.scripts import HAN_CHAR

# An item is an echo when this share of its units is in the instructions but not in the lecture.
ECHO_SHARE = 0.5
# A clause kept from a cut item must hold at least this share of it.
KEEP_SHARE = 0.3
_CLAUSE_END = re.compile(r"[。！？；;!?，,、：:）)」”]")
_ELLIPSIS = re.compile(r"\s*(?:…+|\.{3,})\s*$")
_DANGLING = " ，,、：:;；-—(（「“\"'"


def whole_phrase(text: str, limit: int, language: str = "", source: str = "") -> str | None:
    """The text if it is whole; else its last whole clause; None if none is left.

    `limit` is the grammar's maxLength: an item that long was stopped by it, not by the model.
    With a language, an item that reads as cut by the project's definition (evaluate_text:
    a dangling "的"/"of"/"của", an open bracket, a copy of the lecture stopped mid-sentence in
    `source`) is cut back to a clause that reads whole too.
    """
    text = _ELLIPSIS.sub("", " ".join(text.split())).strip(_DANGLING)
    if not text:
        return None
    if len(text) >= limit:
        ends = _clause_ends(text[:limit], language)
        head = text[: ends[-1]].rstrip(_DANGLING) if ends else ""
        if len(head) < KEEP_SHARE * min(len(text), limit):
            return None
        text = head
    if language and headless(text, language):
        return None  # no cut at its end gives back the words it left out before it
    while language and (reason := cut_reason(text, language, source)):
        # A copy of the lecture goes back to a mark: before its "and" it may say something else
        # ("…an unpaid invoice and a thank-you note can share a style" is not about invoices).
        ends = _clause_ends(text, language if reason != STOPS_MID_SENTENCE else "")
        head = text[: ends[-1]].rstrip(_DANGLING) if ends else ""
        if head == text:
            return None
        if len(head) < 2:
            return None
        text = head
    if language and source and slips_script(text, language, source):
        return None
    return text


_WORD = re.compile(r"[^\W\d_]+")


def _clause_ends(text: str, language: str) -> list[int]:
    """Where clauses of the text end, in order: at a clause mark, and in English and Vietnamese
    before a word that joins the next clause (the model often writes no comma there, and an
    unpunctuated transcript has none to copy); not so early that a fragment is left."""
    ends = [_clause_end(m) for m in _CLAUSE_END.finditer(text)]
    joins = JOINS.get(language, frozenset())
    ends += [
        m.start()
        for m in _WORD.finditer(text)
        if m.start() >= KEEP_SHARE * len(text) and m.group().lower() in joins
    ]
    return sorted(ends)


def _clause_end(mark: re.Match[str]) -> int:
    """Where a clause kept from a longer item ends: a question or an exclamation keeps its
    mark ("大模型是如何生成文字的？" is whole; without "？" it would end on a dangling "的")."""
    return mark.end() if mark.group() in "？?！!" else mark.start()


_LATIN_WORD = re.compile(r"[A-Za-z]{3,}")


def slips_script(item: str, language: str, source: str) -> bool:
    """Whether the item slips into another script with words the lecture never says: an English
    word in a Chinese item ("Accident报告" for 事故报告), a Chinese character in a Vietnamese or
    English one ("quy程"). The small model does this now and then; its item is not shown."""
    said = source.casefold()
    if language == "zh":
        return any(word.casefold() not in said for word in _LATIN_WORD.findall(item))
    return any(char not in said for char in HAN_CHAR.findall(item))


def echoes_instructions(item: str, instructions: str, source: str) -> bool:
    """Whether the item mostly repeats the instructions rather than the lecture part."""
    units = match_units(item)
    if not units:
        return False
    told = match_units(instructions)
    said = match_units(source)
    echoed = {u for u in units if u in told and u not in said}
    return len(echoed) >= ECHO_SHARE * len(units)


def copies_sentence_start(heading: str, source: str, min_chars: int) -> bool:
    """Whether a heading is the first words of one of the part's sentences, copied (or, twice
    as long, any stretch of it: a transcript without punctuation has no sentence starts)."""
    flat = normalise(heading)
    if len(flat) < min_chars:
        return False
    if len(flat) >= 2 * min_chars and flat in normalise(source):
        return True
    starts = [0] + [m.end() for m in re.finditer(r"[。！？!?；;\n]|\.\s", source)]
    window = 3 * len(heading) + 8
    return any(normalise(source[at : at + window]).startswith(flat) for at in starts)


def as_question(text: str, chinese: bool) -> str:
    """A review question ends with a question mark."""
    text = text.rstrip(" 。.")
    if text.endswith(("?", "？")):
        return text
    return text + ("？" if chinese else "?")


# What leads a copied point and is no part of it: a list's number ("Three:", "一是", "hai là",
# "Tổng kết lại là"), a linking word left from the sentence before ("and", "nhưng", "但是",
# "而是": "而是因为在它学过的大量文字里…" answers a "不是…" the point does not hold).
_POINT_LEAD = {
    "zh": re.compile(
        r"^(?:[一二三四五六七八九十]是|第[一二三四五六七八九十]+[，、,]|其[一二三]"
        r"|(?:但是|可是|不过|而且|并且|而是|或者|所以(?!说)|因此|然后)[，,]?)\s*"
    ),
    "vi": re.compile(
        r"^(?:(?:tổng kết lại|tóm lại)(?: là)?[:,]?|(?:một|hai|ba|bốn|năm) là|và|nhưng|còn|rồi)\s+",
        re.IGNORECASE,
    ),
    "en": re.compile(
        r"^(?:(?:one|two|three|four|five|six|first|second|third|finally)\s*:|and|but|so|or)\s+",
        re.IGNORECASE,
    ),
}
# After a point's last clause: one or two words of the next one ("… agreement with. Second",
# "… the finance committee; Tom").
_TRAILING_SCRAP = re.compile(r"(?<=[\w)”\"'])\s*(?:[;；]\s*|[.。]\s+)(\S+(?:\s\S+)?)$")
_ABBREVIATED = re.compile(r"\b(?:Mr|Mrs|Ms|Dr|St|vs|etc|e\.g|i\.e|TS|ThS|TP)\.\s+\S+(?:\s\S+)?$")


# A point shorter than this says nothing on its own ("Monday" under "Homework", "投资" under
# "项目"): Chinese characters; words.
MIN_POINT_CHARS = 4
MIN_POINT_WORDS = 2


def whole_point(raw: str, limit: int, language: str, lecture: str) -> str | None:
    """A point whole (whole_phrase), tidy (tidy_point) and more than one word; what tidying
    leaves is judged whole again ("… agreement with. Second" tidied ends on a dangling "with")."""
    point = whole_phrase(raw, limit, language, lecture)
    tidy = tidy_point(point, language, lecture) if point else None
    if tidy is not None and tidy != point:
        tidy = whole_phrase(tidy, len(tidy) + 1, language, lecture)
    if tidy is None:
        return None
    return tidy if _says_something(tidy, language) else None


def _says_something(point: str, language: str) -> bool:
    if language == "zh":
        size = len(HAN_CHAR.findall(point)) + len(re.findall(r"[A-Za-z0-9]+", point))
        return size >= MIN_POINT_CHARS
    return len(point.split()) >= MIN_POINT_WORDS


def tidy_point(text: str, language: str, lecture: str = "") -> str | None:
    """A point copied from the lecture without what is no part of it: a speaker's label, a
    list's number, a leading "and", the first words of the next clause; None when it is only a
    speaker's name ("Chủ tọa (chị Lan, Chánh Văn phòng)")."""
    text = " ".join(text.split())
    if lecture and is_speaker_label(text.rstrip(" :："), lecture):
        return None
    label = re.match(r"^([^:：]{1,40}?)\s*[:：]\s*", text)
    if label and lecture and is_speaker_label(label.group(1), lecture):
        text = text[label.end() :]
    lead = _POINT_LEAD.get(language)
    for _ in range(2):
        if lead is not None:
            text = lead.sub("", text, count=1)
    if language != "zh":
        scrap = _TRAILING_SCRAP.search(text)
        if (
            scrap
            and len(text) > 3 * len(scrap.group(1))
            and not _sentence_like(scrap.group(1))
            and not _ABBREVIATED.search(text)
        ):
            text = text[: scrap.start(1)].rstrip(" ;")
        text = text[:1].upper() + text[1:]
    return text.strip() or None


def _sentence_like(words: str) -> bool:
    """Whether a short ending is a whole sentence of its own ("Agreed.", "Đúng ạ.")."""
    return words.rstrip()[-1:] in ".!?。！？"


def is_speaker_label(name: str, lecture: str) -> bool:
    """Whether the lecture uses the name as a speaker's label, twice or more at a line start
    ("Chủ tọa: …", "Mrs Okafor: …", "Chủ tọa (chị Lan, Chánh Văn phòng): …")."""
    return speaker_label_uses(name, lecture) >= 2


def speaker_label_uses(name: str, lecture: str) -> int:
    """How often the name opens a line as a speaker's label, its role in brackets or not."""
    name = name.strip()
    if not name or len(name) > 40:
        return 0
    bare = re.sub(r"\s*[(（].*$", "", name)
    label = re.compile(rf"(?mi)^\s*{re.escape(bare)}\s*(?:[(（][^)）\n]*[)）])?\s*[:：]")
    return len(label.findall(lecture))
