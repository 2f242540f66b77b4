"""One small constrained call per lecture part: a heading (when the lecture gave none) and 2-3
points (up to 5 for a long part), from that part's text only; and reading its answer into a
Section."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from assistant.core.engine.requests import Message
from assistant.core.outline.closing import CEREMONY, GREETING
from assistant.core.outline.cohesion import content_units, size
from assistant.core.outline.markers import only_announces
from assistant.core.outline.phrases import (
    copies_sentence_start,
    echoes_instructions,
    whole_phrase,
    whole_point,
)
from assistant.core.outline.segment import Part
from assistant.core.outline.textmatch import normalise, unique
from assistant.core.text.language import as_simplified
from assistant.core.text.scripts import HAN_CHAR

# Grammar limits. A heading is a noun phrase (~12 Chinese characters or 8 words asked; the
# grammar leaves a little room so a heading is rarely stopped mid-word).
HEADING_CHARS = {"zh": 16, "vi": 56, "en": 56}
POINT_CHARS = {"zh": 26, "vi": 80, "en": 80}
MIN_POINTS, MAX_POINTS = 2, 3
# A part this long (cohesion.size: ~Chinese characters) is minutes of talk: three points leave
# most of it out, so it may have up to LONG_MAX_POINTS.
LONG_PART_SIZE = 700
LONG_MAX_POINTS = 5
# Tokens an answer may take: the grammar's longest heading and points, with the JSON around them;
# and what each point past MAX_POINTS adds.
ANSWER_TOKENS = 150
POINT_TOKENS = 45
LONG_ANSWER_TOKENS = ANSWER_TOKENS + (LONG_MAX_POINTS - MAX_POINTS) * POINT_TOKENS
# A model's heading shorter than this is one word, not a heading (Chinese characters; words).
MIN_HEADING_CHARS = 4
MIN_HEADING_WORDS = 2
# A heading listing this many pieces, each a bare word (Chinese characters; words), is a list.
LIST_PIECES = 3
BARE_WORD_CHARS = 4
BARE_WORD_WORDS = 2
# A copied sentence start this long (characters, or letters for vi/en) is not a heading.
COPIED_HEADING_CHARS = {"zh": 6, "vi": 24, "en": 24}
# A point of thanks or greeting this short (cohesion.size: ~Chinese characters, two per word)
# is only that.
CEREMONY_SIZE = 8
# A point needs this share of its content units in its part: else it is not from this part.
GROUNDED_SHARE = 0.5

_ASK = {
    "zh": (
        "下面是一堂课中的一段。用 JSON 写出：heading 是这一段的小标题，是概括主题的名词短语，"
        "不超过12个字，不要照抄句子开头；points 是2到{most}条要点，每条不超过18个字，"
        "只写这一段里讲到的内容。"
    ),
    "zh-traditional": (
        "下面是一堂課中的一段。用 JSON 寫出：heading 是這一段的小標題，是概括主題的名詞短語，"
        "不超過12個字，不要照抄句子開頭；points 是2到{most}條要點，每條不超過18個字，"
        "只寫這一段裡講到的內容。全部用繁體中文。"
    ),
    "vi": (
        "Dưới đây là một đoạn của bài giảng. Viết JSON: heading là tiêu đề ngắn của đoạn, một "
        "cụm danh từ tối đa 8 từ, không chép đầu câu; points là 2 đến {most} ý chính, mỗi ý tối đa "
        "12 từ, chỉ lấy nội dung trong đoạn này. Viết bằng tiếng Việt."
    ),
    "en": (
        "Below is one part of a lecture. Write JSON: heading is a short title for this part, a "
        "noun phrase of at most 8 words, not the start of a sentence; points are 2 to {most} key "
        "points, each at most 12 words, only what this part says. Write in English."
    ),
}
# The lecture named the part: its heading leads the text, and only the points are asked for
# (the schema has no heading then). One system prompt for every part, so batched sequences
# read it once (the engine shares a common prefix).
_NAMED = {
    "zh": "小标题：{heading}",
    "zh-traditional": "小標題：{heading}",
    "vi": "Tiêu đề: {heading}",
    "en": "Heading: {heading}",
}


_LABEL = re.compile(
    r"^\s*(?:关键词|關鍵詞|小标题|小標題|标题|Từ khóa|Tiêu đề|Key words|Heading)\s*[:：]\s*", re.I
)


# The model's heading may describe the passage instead of naming its topic ("Đây là một đoạn bài
# giảng về vấn đề AI…", "This part is about…", "这一段主要讲的是…"): the part's instruction
# calls it a part of a lecture. What follows the description is the topic.
_DESCRIBES = re.compile(
    r"^(?:(?:đây là\s+)?(?:một\s+)?(?:đoạn|phần)(?:\s+(?:của\s+)?(?:bài giảng|bài|văn bản))?"
    r"\s+(?:(?:nói|bàn|trình bày|giới thiệu)\s+)?về"
    r"|(?:this|the|a|one)\s+(?:part|section|passage|paragraph)(?:\s+of\s+(?:a|the)\s+"
    r"(?:lecture|talk|lesson))?\s+(?:is\s+about|discusses|covers|describes|explains|talks\s+about"
    r"|about|on)"
    r"|(?:这|本)一?(?:段|部分)(?:内容)?(?:主要)?(?:讲的是|讲了|讲|介绍了|介绍|说的是|说|是关于|关于"
    r"|讨论了|讨论)(?:的是)?)[\s:：,，]*",
    re.IGNORECASE,
)


def _lang(key: str) -> str:
    return "zh" if key.startswith("zh") else key


def most_points(text: str) -> int:
    """How many points a part may have: more for a long one."""
    return LONG_MAX_POINTS if size(text) >= LONG_PART_SIZE else MAX_POINTS


def section_instructions(key: str, most: int = MAX_POINTS) -> str:
    """The instruction of a part's call (also what its answer is checked against for echoes)."""
    return _ASK[key].format(most=most)


# An unnamed part's most telling words lead its text: small models copy a sentence start as
# the heading, and a teacher's heading uses the lecture's own key words.
_KEYWORDS = {
    "zh": "关键词：{words}",
    "zh-traditional": "關鍵詞：{words}",
    "vi": "Từ khóa: {words}",
    "en": "Key words: {words}",
}


def section_messages(
    key: str,
    heading: str | None,
    reading: str,
    keywords: Sequence[str] = (),
    most: int = MAX_POINTS,
) -> list[Message]:
    """The messages of one part's call: the instruction, then the part's text."""
    if heading:
        text = _NAMED[key].format(heading=heading) + "\n\n" + reading
    elif keywords:
        separator = "、" if key.startswith("zh") else ", "
        text = _KEYWORDS[key].format(words=separator.join(keywords)) + "\n\n" + reading
    else:
        text = reading
    return [
        {"role": "system", "content": section_instructions(key, most)},
        {"role": "user", "content": text},
    ]


def section_schema(lang: str, with_heading: bool, most: int = MAX_POINTS) -> dict[str, Any]:
    """heading (if asked) and MIN_POINTS to most points, every string bounded."""
    point = {"type": "string", "minLength": 2, "maxLength": POINT_CHARS[lang]}
    properties: dict[str, Any] = {}
    if with_heading:
        properties["heading"] = {"type": "string", "minLength": 2, "maxLength": HEADING_CHARS[lang]}
    properties["points"] = {
        "type": "array",
        "items": point,
        "minItems": MIN_POINTS,
        "maxItems": most,
    }
    return {"type": "object", "properties": properties, "required": list(properties)}


def read_heading(
    data: dict[str, Any] | None,
    key: str,
    part: Part,
    keywords: Sequence[str] = (),
    lecture: str = "",
) -> str | None:
    """The model's heading if whole, not an echo and not a copied sentence start; else None."""
    if data is None or not isinstance(data.get("heading"), str):
        return None
    lang = _lang(key)
    # The labels of the user message are not part of a heading ("关键词：事故报告").
    raw = _LABEL.sub("", data["heading"])
    topic = _DESCRIBES.sub("", raw, count=1)
    if topic != raw and lang != "zh":
        topic = topic[:1].upper() + topic[1:]
    raw = topic
    # Cut is judged against the whole lecture: a word it keeps saying ("创新") tells where a
    # copy stops inside one ("金融科技创").
    heading = whole_phrase(raw, HEADING_CHARS[lang], lang, lecture or part.text)
    heading = heading.rstrip("。.!！") if heading else None
    if heading is None or _too_short(heading, lang) or only_talk(heading, lang):
        return None
    # The key words put in front of the text, listed back ("咨询、问题、网络"), name no topic;
    # nor does any list of three or more bare words ("规程、气体、问答", "数字化：农村、万块钱、
    # 共享"): a small model lists the words it saw instead of saying what the part is about.
    pieces = [p.strip() for p in re.split(r"[、，,;；/：:]", heading) if p.strip()]
    if len(pieces) > 1 and all(p in keywords for p in pieces):
        return None
    if len(pieces) >= LIST_PIECES and all(_bare_word(p, lang) for p in pieces):
        return None
    if echoes_instructions(heading, section_instructions(key), part.text):
        return None
    if copies_sentence_start(heading, part.text, COPIED_HEADING_CHARS[lang]):
        return None
    return heading


# Characters of Chinese speech that name nothing: agreement, pointing, particles, "I think".
_TALK_CHARS = frozenset("对嗯啊呃哦噢好是这那就的了呢吧吗也都还说我你他她们个来话然后所以其实觉得")


def only_talk(text: str, lang: str) -> bool:
    """Whether a Chinese heading, point or clause is talk with nothing named ("对，这对对来说",
    "那就是说", "对好"): fewer than two characters outside the talk characters."""
    if lang != "zh":
        return False
    flat = as_simplified(normalise(text))  # "對，這對對來說" is talk in either script
    return sum(1 for c in HAN_CHAR.findall(flat) if c not in _TALK_CHARS) < 2


def _bare_word(piece: str, lang: str) -> bool:
    if lang == "zh":
        return len(normalise(piece)) <= BARE_WORD_CHARS
    return len(piece.split()) <= BARE_WORD_WORDS


def _too_short(heading: str, lang: str) -> bool:
    """A heading of one word ("其实", "长沙", "Students") names no topic a reader can study by;
    the lecture's own headings and markers may be short, the model's may not."""
    if lang == "zh":
        return len(normalise(heading)) < MIN_HEADING_CHARS
    return len(heading.split()) < MIN_HEADING_WORDS


def read_points(
    data: dict[str, Any] | None,
    key: str,
    part: Part,
    heading: str,
    grounded: bool = True,
    keywords: Sequence[str] = (),
    lecture: str = "",
    most: int = MAX_POINTS,
) -> list[str]:
    """The whole, distinct points of a part's answer; grounded in the part unless translated.

    The key words put in front of the part, listed back as points ("伤者", "现场、AI"), say
    nothing: they are dropped.
    """
    if data is None or not isinstance(data.get("points"), list):
        return []
    lang = _lang(key)
    instructions = section_instructions(key, most)
    source = set(content_units(part.text))
    points: list[str] = []
    for raw in data["points"]:
        if not isinstance(raw, str):
            continue
        point = whole_point(raw, POINT_CHARS[lang], lang, lecture or part.text)
        if point is None or (grounded and echoes_instructions(point, instructions, part.text)):
            continue
        if notes_nothing(point, lang) or _only_keywords(point, keywords):
            continue
        units = set(content_units(point))
        if grounded and units and len(units & source) < GROUNDED_SHARE * len(units):
            continue  # not what this part says
        points.append(point)
    # "下载模型" under "第二步：下载模型" says nothing the heading does not, nor does the heading
    # under a label ("Bài giảng: AI và Bảo mật" under "AI và Bảo mật").
    bare = normalise(heading)
    points = [
        p for p in points if normalise(p) not in bare and normalise(_unlabelled(p)) not in bare
    ]
    return list(unique(points, most, avoid=heading))


def notes_nothing(point: str, lang: str) -> bool:
    """Whether a point copied from the talk notes nothing: talk naming nothing ("对好"), a
    question ("Tom, the technical side?"), an announcement of what comes next ("好，最后说一下
    这周的安排。") or thanks ("Cảm ơn các thầy cô đã lắng nghe", "谢谢大家", "Thanks, Mrs
    Okafor")."""
    ceremony = CEREMONY[lang].search(point) is not None
    return (
        only_talk(point, lang)
        or point.rstrip().endswith(("?", "？"))
        or (ceremony and size(point) <= CEREMONY_SIZE)
        # "各位学员，下午好。": a greeting and whom it greets
        or (ceremony and only_talk(_ADDRESSED.sub("", CEREMONY[lang].sub("", point)), lang))
        # "Ờ chào các bạn công nhân ca sáng hôm nay mình có buổi huấn luyện ngắn": what follows
        # a greeting says the talk is starting, not what it teaches
        or _GREETS_FIRST[lang].match(point) is not None
        # "好，最后说一下这周的安排。": says what comes next, which the heading names
        or only_announces(point, lang)
    )


# Whom a Chinese greeting or thanks is addressed to: no content of its own.
_ADDRESSED = re.compile(r"各位|大家|同志们?|学员们?|老师们?|同学们?|朋友们?|领导们?")
# A point that opens with a greeting (after a filler); thanks are not here: "感谢信…", "Thanks to
# the new policy…" can open a point that says something.
_GREETS_FIRST = {
    "zh": re.compile(rf"^(?:[嗯呃啊好那]+[，,\s]*)?(?:{GREETING['zh']})"),
    "vi": re.compile(rf"^(?:(?:ờ|à|ừ|dạ|vâng)[,\s]+)?(?:{GREETING['vi']})\b", re.I),
    "en": re.compile(rf"^(?:(?:okay|ok|so|um|uh|right|well)[,\s]+)*(?:{GREETING['en']})\b", re.I),
}


def _unlabelled(item: str) -> str:
    return re.sub(r"^[^:：]{1,20}[:：]\s*", "", item)


def _only_keywords(item: str, keywords: Sequence[str]) -> bool:
    pieces = [normalise(p) for p in re.split(r"[、，,;；/和与及]|\band\b|\bvà\b", item)]
    known = {normalise(k) for k in keywords}
    pieces = [p for p in pieces if p]
    return bool(pieces) and bool(known) and all(p in known for p in pieces)


def fallback_heading(part: Part, key: str, terms: list[str]) -> str:
    """A heading from the lecture itself when the model's was unusable.

    The part's own most frequent key-term candidate, else its first short clause that reads
    whole, else its first words: words the lecture says.
    """
    lang = _lang(key)
    text = part.text
    present = sorted(
        (t for t in terms if t in text), key=lambda t: (-text.count(t), -len(t), terms.index(t))
    )
    if present:
        term = present[0]
        return term if lang == "zh" else term[:1].upper() + term[1:]  # "answers" as a heading
    for clause in (c.strip() for c in _clauses(text)):
        if (
            2 <= len(clause) < HEADING_CHARS[lang]
            and not clause.isdigit()
            and not only_talk(clause, lang)
        ):
            whole = whole_phrase(clause, HEADING_CHARS[lang], lang)
            if whole and len(whole) >= 2:
                return whole
    words = text.split()
    return " ".join(words[:6]) if len(words) > 1 else text[:8]


def _clauses(text: str) -> list[str]:
    return re.split(r"[。！？；;!?，,：:\n]", text)
