"""The closing call: title, summary and review questions with a budget of their own (they came
last in one big answer and were cut or empty), and what stands in for them, from the finished
sections, when the model's are unusable. (The lecture's tasks are found by code: actions.py.)"""

from __future__ import annotations

import itertools
import re
from collections.abc import Collection, Sequence
from typing import Any

from assistant.core.engine.requests import Message
from assistant.core.outline.cohesion import content_units, size
from assistant.core.outline.evaluate_text import cut_reason, without_enumerator
from assistant.core.outline.phrases import (
    as_question,
    echoes_instructions,
    is_speaker_label,
    whole_phrase,
)
from assistant.core.outline.structure import Section
from assistant.core.text.scripts import HAN_CHAR
from assistant.core.text.sentences import split_sentences

TITLE_CHARS = {"zh": 24, "vi": 70, "en": 70}
SUMMARY_CHARS = {"zh": 70, "vi": 220, "en": 220}
# A lecture this long (cohesion.size: ~Chinese characters) is an hour or more of talk: its summary
# may say twice as much, from a longer reading.
LONG_LECTURE_SIZE = 5000
LONG_SUMMARY_CHARS = {"zh": 130, "vi": 400, "en": 400}
QUESTION_CHARS = {"zh": 30, "vi": 100, "en": 100}
MIN_QUESTIONS, MAX_QUESTIONS = 2, 2
# Share of a question's or the summary's content words that must be in what the call read.
GROUNDED_SHARE = 0.5
# A lecture this long (size(): ~Chinese characters) says the words of its topic: a title none of
# whose words it says is invented. Two sentences on leaves and light may well be "Photosynthesis".
NAMES_ITS_TOPIC = 200
# The grammar's longest title, summary and three questions fit in this, with the JSON.
ANSWER_TOKENS = 220
LONG_ANSWER_TOKENS = 320

_ASK = {
    "zh": "下面是一堂课的内容（节选）。用 JSON 写出：title 是这堂课的标题；summary 是{sentences}的"
    "总结；review_questions 是2道复习题，每道是一个完整的问句，答案在这段内容里。",
    "zh-traditional": "下面是一堂課的內容（節選）。用 JSON 寫出：title 是這堂課的標題；"
    "summary 是{sentences}的總結；review_questions 是2道複習題，每道是一個完整的問句，"
    "答案在這段內容裡。全部用繁體中文。",
    "vi": "Dưới đây là nội dung (trích) của một bài giảng. Viết JSON: title là tiêu đề bài giảng; "
    "summary là bản tóm tắt {sentences}; review_questions là 2 câu hỏi ôn tập, mỗi câu "
    "là một câu hỏi trọn vẹn có câu trả lời trong nội dung này. Viết bằng tiếng Việt.",
    "en": "Below is (part of) a lecture. Write JSON: title is the lecture's title; summary is a "
    "{sentences} summary; review_questions are 2 review questions, each a "
    "complete question the lecture answers. Write in English.",
}
_SENTENCES = {
    "zh": ("两三句话", "四五句话"),
    "zh-traditional": ("兩三句話", "四五句話"),
    "vi": ("hai ba câu", "bốn năm câu"),
    "en": ("two or three sentence", "four or five sentence"),
}


def is_long(lecture_text: str) -> bool:
    """Whether the lecture is long enough for the longer summary."""
    return size(lecture_text) >= LONG_LECTURE_SIZE


def closing_instructions(key: str, long: bool = False) -> str:
    return _ASK[key].format(sentences=_SENTENCES[key][long])


def _summary_chars(lang: str, long: bool) -> int:
    return (LONG_SUMMARY_CHARS if long else SUMMARY_CHARS)[lang]


_TERM_QUESTION = {
    "zh": "什么是“{term}”？",
    "vi": "“{term}” là gì?",
    "en": "What is “{term}”?",
}
_FALLBACK_QUESTION = {
    "zh": "“{heading}”讲了哪些要点？",
    "vi": "Phần “{heading}” nêu những ý chính nào?",
    "en": "What are the main points of “{heading}”?",
}


# What makes a sentence a question, per language: a statement with a question mark added (a
# lecture sentence copied) asks nothing.
_ASKS = {
    "zh": re.compile(
        r"什么|为什么|為什麼|怎么|怎麼|怎样|怎樣|如何|哪|吗|嗎|多少|几|幾|是否|能否|何"
    ),
    # "không"/"chưa" ask only at the end ("… có đúng không?"); inside they deny ("không thay
    # thế văn bản pháp luật, ý?" was a statement with a question mark).
    "vi": re.compile(
        r"\b(?:gì|nào|sao|bao nhiêu|bao giờ|có phải|tại sao|vì sao|thế nào|"
        r"như thế nào|làm sao|ở đâu)\b|\b(?:không|chưa)\s*[?？]?\s*$",
        re.IGNORECASE,
    ),
    "en": re.compile(
        r"^(?:what|why|how|which|who|whom|whose|when|where|is|are|was|were|do|does|did|can|"
        r"could|should|would|will|name|list|explain|describe|give)\b",
        re.IGNORECASE,
    ),
}


def asks(text: str, lang: str) -> bool:
    """Whether the text is worded as a question (not a statement ending in "?")."""
    return _ASKS[lang].search(text) is not None


def closing_messages(key: str, reading: str, long: bool = False) -> list[Message]:
    """The closing call's messages: the lecture (its central sentences when long).

    From the lecture, not from the finished sections: then it runs beside the part calls as
    one more parallel sequence instead of after them (on 2 cores it took as long as all the
    parts together when it came last).
    """
    return [
        {"role": "system", "content": closing_instructions(key, long)},
        {"role": "user", "content": reading},
    ]


def closing_schema(lang: str, long: bool = False) -> dict[str, Any]:
    """title, summary and 2-3 questions, each bounded and none empty."""
    question = {"type": "string", "minLength": 6, "maxLength": QUESTION_CHARS[lang]}
    properties = {
        "title": {"type": "string", "minLength": 2, "maxLength": TITLE_CHARS[lang]},
        "summary": {"type": "string", "minLength": 10, "maxLength": _summary_chars(lang, long)},
        "review_questions": {
            "type": "array",
            "items": question,
            "minItems": MIN_QUESTIONS,
            "maxItems": MAX_QUESTIONS,
        },
    }
    return {"type": "object", "properties": properties, "required": list(properties)}


def _lang(key: str) -> str:
    return "zh" if key.startswith("zh") else key


def read_closing(
    data: dict[str, Any] | None,
    key: str,
    sections: list[Section],
    reading: str,
    terms: tuple[str, ...] | list[str] = (),
    long: bool = False,
    lecture: str = "",
    defined: Collection[str] | None = None,
) -> tuple[str, str, list[str]]:
    """Title, summary and questions: the model's where whole and not echoes, else from the
    headings (never empty, never cut).

    reading is what the call read (a long lecture's central sentences); the summary and the
    questions must be said in the lecture (all of it: a summary of an hour's talk puts what it
    read in words the talk uses elsewhere).
    """
    lang = _lang(key)
    lecture = lecture or reading
    data = data or {}
    instructions = closing_instructions(key, long)

    def usable(value: Any, limit: int) -> str | None:
        if not isinstance(value, str):
            return None
        # Judged against what the call read: a title copied from the middle of one of its
        # sentences ("AI tools across the school" of "…use AI tools across the school from…")
        # reads as cut there.
        text = whole_phrase(value, limit, lang, reading)
        if text is None or echoes_instructions(text, instructions, reading):
            return None
        return text

    raw_title = data.get("title")
    if isinstance(raw_title, str):
        raw_title = _without_field_names(raw_title, lang, lecture)
    title = usable(raw_title, TITLE_CHARS[lang]) or ""
    if size(lecture) >= NAMES_ITS_TOPIC and not _said(title, lecture):
        title = ""  # "Python编程基础" for a clinic's meeting about its AI assistant
    summary = model_summary(data, key, reading, lecture, long)
    separator = "；" if lang == "zh" else "; "
    if not summary:
        summary = separator.join(s.heading for s in sections) + ("。" if lang == "zh" else ".")
    questions: list[str] = []
    raw = data.get("review_questions")
    for item in raw if isinstance(raw, list) else []:
        text = usable(_one_question(_bare_question(item), lang), QUESTION_CHARS[lang])
        if text and len(text) >= 4 and _said(text, lecture) and asks(text, lang):
            question = as_question(text, lang == "zh")
            if question not in questions:
                questions.append(question)
    for question in stand_in_questions(sections, terms, lang, defined):
        if len(questions) >= MIN_QUESTIONS:
            break
        if question not in questions:
            questions.append(question)
    return title, summary, questions[:MAX_QUESTIONS]


# The other fields the closing call asks for, named in a title ("安全交底复习题"): the
# instruction's words, not the lecture's.
_FIELD_NAMES = {
    "zh": re.compile(r"复习题|複習題|复习|複習|总结|總結|摘要"),
    "vi": re.compile(r"\b(?:câu hỏi ôn tập|tóm tắt)(?: (?:về|của|cho))?\b", re.IGNORECASE),
    "en": re.compile(
        r"\b(?:a |the )?(?:review questions?|summary)(?: (?:of|on|for|about))?\b", re.IGNORECASE
    ),
}


def _without_field_names(title: str, lang: str, lecture: str) -> str:
    """The title without the names of the call's other fields that the lecture never says;
    nothing when too little is left."""
    named = [m for m in _FIELD_NAMES[lang].finditer(title) if m.group(0) not in lecture]
    if not named:
        return title
    for match in reversed(named):
        title = title[: match.start()] + title[match.end() :]
    title = " ".join(title.split()).strip(" ：:-–—,，")
    if lang != "zh":
        title = title[:1].upper() + title[1:]
    return title if len(title) >= (4 if lang == "zh" else 8) else ""


def stand_in_questions(
    sections: list[Section],
    terms: Sequence[str],
    lang: str,
    defined: Collection[str] | None = None,
) -> list[str]:
    """Review questions from the outline itself, for when the model's are unusable: a heading
    that is a question asks itself; then a part's points and the meaning of a term the lecture
    defines, in turn; the other terms' meaning last ("什么是“AI”？" of a lecture that never says
    what AI is has no answer in it)."""
    defined = set(terms) if defined is None else set(defined)
    asking = [s for s in sections if without_enumerator(s.heading).endswith(("?", "？"))]
    asked = [without_enumerator(s.heading) for s in asking]
    # A part whose heading asks is asked once, not again for its points.
    about = [
        _FALLBACK_QUESTION[lang].format(heading=s.heading) for s in sections if s not in asking
    ]
    meaning = [_TERM_QUESTION[lang].format(term=t) for t in terms if t in defined]
    mixed = [q for pair in itertools.zip_longest(about, meaning) for q in pair if q]
    rest = [_TERM_QUESTION[lang].format(term=t) for t in terms if t not in defined]
    return list(dict.fromkeys(asked + mixed + rest))


def model_summary(
    data: dict[str, Any] | None, key: str, reading: str, lecture: str, long: bool = False
) -> str | None:
    """The model's summary, whole sentences of substance said in the lecture; None when it has
    none (the headings then stand in, unless it is asked again)."""
    lang = _lang(key)
    raw = (data or {}).get("summary")
    summary = _whole_sentences(_unlabelled(raw), _summary_chars(lang, long), lang)
    summary = _without_ceremony_or_questions(summary, lang, lecture or reading)
    instructions = closing_instructions(key, long)
    if summary and (
        echoes_instructions(summary, instructions, reading)
        or not _said(summary, lecture or reading)
    ):
        return None
    return summary


def short_title(text: str) -> str:
    """A lecture's first line as a title: its first sentence or clause, whole."""
    first = re.split(r"[。！？!?\n]|\.\s", text.strip(), maxsplit=1)[0].strip()
    if len(first) <= TITLE_CHARS["zh"] or not HAN_CHAR.search(first):
        return first if len(first) <= TITLE_CHARS["en"] else first.split(",")[0]
    return re.split(r"[，,；;：:]", first, maxsplit=1)[0]


# A label the model puts before its summary, echoing the instruction ("四四五句话的总结：",
# "Summary:"): a few words at most, then the word for summary and a colon.
_SUMMARY_LABEL = re.compile(
    r"^\s*[^。！？.!?:：\n]{0,12}?(?:总结|總結|摘要|概括|概要|summary|tóm tắt)\s*[:：]\s*",
    re.IGNORECASE,
)
# Sentences of ceremony, not content: a meeting's greetings, thanks and self-introductions, which
# a small model copies from the opening of a long transcript into the summary.
# Greetings, by language: how a talk or a meeting starts, never what it says.
GREETING = {
    "zh": (
        r"大家好|各位[^，,。！]{0,4}好|你们好|(?:早上|上午|中午|下午|晚上)好"
        r"|[欢歡]迎(?:大家|各位|来到|來到)"
    ),
    "vi": r"xin chào|chào (?:các|mọi|cả)|chào mừng",
    "en": (
        r"hello|hi (?:everyone|all)|good (?:morning|afternoon|evening)"
        r"|welcome (?:to|back|everyone|all)"
    ),
}
CEREMONY = {
    "zh": re.compile(GREETING["zh"] + r"|谢谢|謝謝|感谢|感謝|荣幸|榮幸|我是|我叫|主持人"),
    "vi": re.compile(GREETING["vi"] + r"|cảm ơn|rất vui|hân hạnh|tôi là|tên tôi", re.IGNORECASE),
    "en": re.compile(
        r"\b(?:" + GREETING["en"] + r"|thanks\b(?! to)|thank you|my name is|nice to meet)",
        re.IGNORECASE,
    ),
}


# A question's own number ("1. ", "（2）", "三、") and what trails after its end (", ", or a
# closing quote with no quote opened).
_QUESTION_NUMBER = re.compile(
    r"^\s*(?:\d{1,2}[.、)）]|[（(]\d{1,2}[)）]|[一二三四五六七八九十][、．])\s*"
    r"|^\s*(?:câu hỏi|question|review question|问题|复习题|複習題|問題)\s*\d{0,2}\s*[:：.、]\s*",
    re.IGNORECASE,
)
_TRAILING = " ,，、;；:："


def _bare_question(value: Any) -> Any:
    if not isinstance(value, str):
        return value
    text = _QUESTION_NUMBER.sub("", value, count=1).rstrip(_TRAILING)
    if text.endswith("”") and text.count("”") > text.count("“"):
        text = text[:-1].rstrip(_TRAILING)
    return text


# A question of the learner's, not the model speaking for itself ("Tôi muốn biết…", "I want to
# know…", "我想知道…").
_FIRST_PERSON = re.compile(
    r"^(?:(?:tôi|em|mình) (?:muốn|cần|nghĩ)|i (?:want|would like|think|wonder)|我想|我要)",
    re.IGNORECASE,
)


def _one_question(value: Any, lang: str) -> Any:
    """One question as a learner is asked it, or None: its first sentence when that asks (the
    rest was chatter copied on: "Is there anything from the SEN side? What do we decide?");
    None for a fragment starting mid-sentence ("nhưng viết khá trôi chảy…") or in the first
    person."""
    if not isinstance(value, str):
        return value
    text = value.strip()
    first = split_sentences(text)[0] if text else ""
    if first != text:
        if not first.endswith(("?", "？")):
            return None
        text = first
    if lang != "zh" and text[:1].islower():
        return None
    return None if _FIRST_PERSON.search(text) else text


def _unlabelled(value: Any) -> Any:
    return _SUMMARY_LABEL.sub("", value, count=1) if isinstance(value, str) else value


def _without_ceremony_or_questions(summary: str | None, lang: str, lecture: str) -> str | None:
    """The summary without its sentences of greeting, thanks or self-introduction, without
    questions (the talk's questions, copied, state nothing) and without a speaker's turn copied
    with its label ("Chị Hà (Phó Chánh Văn phòng): Em bổ sung là…")."""
    if not summary:
        return summary
    kept = [
        s
        for s in split_sentences(summary)
        if not CEREMONY[lang].search(s)
        and not s.rstrip().endswith(("?", "？"))
        and not _turn(s, lecture)
    ]
    joiner = "" if lang == "zh" else " "
    return joiner.join(s.strip() for s in kept) or None


def _turn(sentence: str, lecture: str) -> bool:
    label = re.match(r"^\s*([^:：]{1,40}?)\s*[:：]", sentence)
    return label is not None and is_speaker_label(label.group(1), lecture)


def _said(text: str, reading: str) -> bool:
    """Whether most of the text's content words are in what the call read (nothing invented:
    "Ngày hôm nay là ngày 10/05/2023?" was asked of a lecture that gives no date)."""
    units = set(content_units(text))
    return not units or len(units & set(content_units(reading))) >= GROUNDED_SHARE * len(units)


def _whole_sentences(value: Any, limit: int, lang: str) -> str | None:
    """A summary ends at its last whole sentence that reads whole (a summary cut mid-sentence
    was seen, and one ending "…it should work from.")."""
    if not isinstance(value, str) or not value.strip():
        return None
    text = " ".join(value.split())
    if len(text) >= limit or text[-1] not in "。！？.!?":
        ends = [m.end() for m in re.finditer(r"[。！？]|[.!?](?=\s|$)", text)]
        text = text[: ends[-1]] if ends else ""
    while text and cut_reason(text.rstrip("。！？.!?"), lang):
        ends = [m.end() for m in re.finditer(r"[。！？]|[.!?](?=\s|$)", text[:-1])]
        text = text[: ends[-1]] if ends else ""
    return text or None
