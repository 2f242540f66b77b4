"""The lecture's own enumeration markers: 第一步 / 一、 / Thứ nhất / First / 1. at sentence starts.

A small model does not see that "第二步" opens a new part, so code finds the markers: each family
(steps, parts, ordinals, numbered lines) is a sequence 1, 2, 3, ... (optionally closed by
"最后" / "Cuối cùng" / "Finally"), and the family with the longest in-order chain wins.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.core.text.language import as_simplified

_ZH_DIGITS = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8}
_ZH_DIGITS |= {"九": 9}
_VI_NUMBERS = {
    "nhất": 1,
    "một": 1,
    "hai": 2,
    "ba": 3,
    "tư": 4,
    "bốn": 4,
    "năm": 5,
    "sáu": 6,
    "bảy": 7,
    "tám": 8,
    "chín": 9,
    "mười": 10,
}
_EN_NUMBERS = {
    "one": 1,
    "first": 1,
    "two": 2,
    "second": 2,
    "three": 3,
    "third": 3,
    "four": 4,
    "fourth": 4,
    "five": 5,
    "fifth": 5,
    "six": 6,
    "sixth": 6,
    "seven": 7,
    "seventh": 7,
    "eight": 8,
    "eighth": 8,
}
_ZH_ORDER = {"首先": 1, "其次": 2, "再次": 3}

# Words a speaker puts before a marker ("好，第二步"; "Okay, next"): skipped.
_FILLER = re.compile(
    r"^(?:(?:好的?|那么|那(?![个些件])|嗯|OK|ok|下面|接下来|现在|所以|"
    r"okay|ok|so|now|and|alright|right|được rồi|vâng|rồi|tiếp theo là|sau đây)[，,、\s]*)+",
    re.IGNORECASE,
)
_ZH_NUM = r"[一二两三四五六七八九十\d]+"
_VI_NUM = r"(?:\d+|nhất|một|hai|ba|tư|bốn|năm|sáu|bảy|tám|chín|mười)"
_EN_NUM = r"(?:\d+|one|two|three|four|five|six|seven|eight)"

# (family, pattern): group "n" is the ordinal; group "last" closes the family; group "next"
# (English "Next,") continues it. Families listed first win a tie: parts are coarser than steps.
_FAMILIES: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "zh_part",
        re.compile(
            rf"^第(?P<n>{_ZH_NUM})(?:部分|章|节|讲|课|单元|个方面|个问题|件事|个议题|项议题"
            r"|条|个?阶段|个?环节|招)"
        ),
    ),
    ("zh_enum", re.compile(r"^(?P<n>[一二三四五六七八九十]+)[、．]")),
    ("vi_part", re.compile(rf"^(?:phần|chương|mục) (?:thứ )?(?P<n>{_VI_NUM})\b", re.I)),
    (
        "en_part",
        re.compile(
            rf"^(?:part|section|chapter|module|unit|lesson|session|topic) (?P<n>{_EN_NUM})\b", re.I
        ),
    ),
    (
        "zh_step",
        re.compile(rf"^(?:第(?P<n>{_ZH_NUM})步|步骤\s*(?P<n2>{_ZH_NUM}))"),
    ),
    ("vi_step", re.compile(rf"^bước (?P<n>{_VI_NUM})\b", re.I)),
    ("en_step", re.compile(rf"^step (?P<n>{_EN_NUM})\b", re.I)),
    # A meeting's agenda as its chair announces it: "Việc đầu là…", "Việc thứ hai là…",
    # "The second item is…".
    (
        "vi_item",
        re.compile(
            rf"^(?:việc|vấn đề|nội dung|mục|ý|điểm|điều|chuyện) "
            rf"(?:thứ (?P<n>{_VI_NUM})\b|(?P<first>đầu tiên|đầu)\b)",
            re.I,
        ),
    ),
    (
        "en_item",
        re.compile(
            r"^(?:the |our )?(?P<n>first|second|third|fourth|fifth|sixth) "
            r"(?:item|topic|point|issue|question|thing|step|rule|tip|habit|reason|part)\b",
            re.I,
        ),
    ),
    ("zh_paren", re.compile(r"^[（(](?P<n>[一二三四五六七八九十]+)[）)]")),
    # A speech's points as Chinese officials number them: "一是提高认识。二是…", "其一，…".
    (
        "zh_list",
        re.compile(
            r"^(?:(?P<n>[一二三四五六七八九十])是|其(?P<n2>[一二三四五六七八九十])[，,、：:])"
        ),
    ),
    (
        "zh_order",
        re.compile(
            r"^(?:(?P<w>首先|其次|再次)|第(?P<n>[一二三四五六七八九十])(?:点|个)?(?:[，,、：:]|是))"
        ),
    ),
    (
        "vi_order",
        re.compile(
            rf"^(?:thứ (?P<n>{_VI_NUM})\b|(?P<first>trước hết|trước tiên)\b"
            r"|(?P<n2>một|hai|ba|bốn|năm|sáu|bảy) là\b"
            # "Đầu tiên… Tiếp theo… Sau đó… Cuối cùng": a how-to lesson's steps.
            r"|(?P<next>tiếp theo|tiếp đến|kế tiếp|kế đến|sau đó là)\b)",
            re.I,
        ),
    ),
    (
        "en_order",
        re.compile(
            r"^(?:(?P<n>first|second|third|fourth|fifth|sixth)(?:ly)?\b"
            r"|(?P<next>next|then|after that)\b)",
            re.I,
        ),
    ),
    ("num", re.compile(r"^(?P<n>\d{1,2})[.)、．](?!\d)")),
)
# Families whose marker is worth keeping in the heading ("第二步：…"); the renderers number
# parts and enumerations themselves.
STEP_FAMILIES = frozenset({"zh_step", "vi_step", "en_step"})
# Families that may hold a second level (一、 holding （一）; 第一部分 holding 第一步).
PART_FAMILIES = frozenset({"zh_part", "zh_enum", "vi_part", "en_part"})
NEXT, LAST = -1, -2


@dataclass(frozen=True)
class Hit:
    """A marker at the start of sentence `unit`: its family, ordinal, and the marker text."""

    unit: int
    family: str
    n: int  # 1, 2, ...; NEXT or LAST for "Next," / "最后"
    marker: str  # the marker as written ("第二步", "Thứ hai")
    rest: str  # the sentence after the marker
    numbered: bool = True  # the family's own numbered marker ("第二步"), not "首先" / "最后"


def _number(text: str) -> int:
    text = text.strip().casefold()
    if text.isdigit():
        return int(text)
    if text in _VI_NUMBERS:
        return _VI_NUMBERS[text]
    if text in _EN_NUMBERS:
        return _EN_NUMBERS[text]
    if text in _ZH_ORDER:
        return _ZH_ORDER[text]
    if text == "十":
        return 10
    if "十" in text:
        tens, _, ones = text.partition("十")
        return _ZH_DIGITS.get(tens, 1) * 10 + _ZH_DIGITS.get(ones, 0)
    return _ZH_DIGITS.get(text, 0)


# "首先" / "Đầu tiên" / "First," open a sequence of any family of their language
# ("Đầu tiên là … Phần thứ hai là …").
_FIRST = {
    "zh": re.compile(r"^首先"),
    "vi": re.compile(r"^(?:đầu tiên|trước hết|trước tiên)\b", re.I),
    "en": re.compile(r"^(?:first(?:ly)?|to begin with|to start with)\b", re.I),
}


# "最后，" / "Cuối cùng," / "Finally," close a sequence of any family of their language; the
# separator (or a short title and a colon: "最后布置作业：") matters in Chinese: "最后这一句很重要"
# is not a part.
_LAST = {
    "zh": re.compile(
        r"^最后(?:一步|一点|一个|一部分)?(?:[，,、：:]|$|(?=[^，,。！？]{2,10}[：:]))"
    ),
    "vi": re.compile(r"^(?:cuối cùng|sau cùng)\b", re.I),
    "en": re.compile(r"^(?:finally|lastly|last of all)\b", re.I),
}


# "Tiếp theo là" leads into a marker ("Tiếp theo là bước hai") and is skipped with the fillers;
# with no marker after it, it is the next step of an ordered sequence ("Đầu tiên… Tiếp theo là…
# Cuối cùng"). Not Chinese "接下来": a meeting's chair says it to hand over to each speaker (VCSum
# meeting 069 became eleven parts named by remarks).
_NEXT_LEAD = {"vi_order": re.compile(r"tiếp theo là[，,、\s]*$", re.I)}


def _after_filler(sentence: str) -> tuple[str, str]:
    """The sentence without a speaker's lead words, as written and as matched (traditional
    Chinese as simplified: "第二節", "最後，"; the patterns are written in simplified)."""
    text = sentence.strip()
    probe = as_simplified(text)
    lead = _FILLER.match(probe)
    cut = lead.end() if lead else 0
    return text[cut:], probe[cut:]


def find_hits(index: int, sentence: str, line_start: bool) -> list[Hit]:
    """The markers that open this sentence, one per family that matches."""
    text, probe = _after_filler(sentence)
    hits: list[Hit] = []
    for number, table in ((1, _FIRST), (LAST, _LAST)):
        for language, pattern in table.items():
            found = pattern.match(probe)
            if found is None:
                continue
            rest = text[found.end() :].lstrip(" ，,、：:.．。-—")
            marker = text[: found.end()].rstrip("，,、：: ")
            for family, _ in _FAMILIES:
                if family.startswith(language + "_"):
                    hits.append(Hit(index, family, number, marker, rest, numbered=False))
            return hits
    for family, pattern in _FAMILIES:
        if family == "num" and not line_start:
            continue  # "3." inside a sentence is a number, not a numbered line
        match = pattern.match(probe)
        if match is None:
            continue
        groups = match.groupdict()
        if groups.get("last"):
            n = LAST
        elif groups.get("next"):
            n = NEXT
        elif groups.get("first"):
            n = 1
        else:
            n = _number(groups.get("n") or groups.get("n2") or groups.get("w") or "")
        if n == 0:
            continue
        rest = text[match.end() :].lstrip(" ，,、：:.．。-—")
        marker = text[: match.end()].rstrip("，,、：: ")
        hits.append(
            Hit(index, family, n, marker, rest, numbered=bool(groups.get("n") or groups.get("n2")))
        )
    if not hits and text:
        lead = sentence.strip()[: len(sentence.strip()) - len(text)]
        for family, pattern in _NEXT_LEAD.items():
            if pattern.search(as_simplified(lead)):
                marker = lead.rstrip("，,、：: ")
                hits.append(Hit(index, family, NEXT, marker, text, numbered=False))
    return hits


def chains(hits: list[Hit]) -> dict[str, list[list[Hit]]]:
    """Per family, every in-order chain 1, 2, 3, ... (each start at a hit numbered 1)."""
    by_family: dict[str, list[Hit]] = {}
    for hit in hits:
        by_family.setdefault(hit.family, []).append(hit)
    found: dict[str, list[list[Hit]]] = {}
    for family, family_hits in by_family.items():
        for i, first in enumerate(family_hits):
            if first.n != 1:
                continue
            chain, expected = [first], 2
            closing: Hit | None = None  # the first "最后" after the chain's last numbered hit
            for hit in family_hits[i + 1 :]:
                if hit.n == expected or (hit.n == NEXT and expected > 1):
                    chain.append(hit)
                    expected += 1
                    closing = None
                elif hit.n == LAST and expected > 2 and closing is None:
                    closing = hit
            if closing is not None:
                chain.append(closing)
            if len(chain) >= 2:
                found.setdefault(family, []).append(chain)
    return found


def family_rank(family: str) -> int:
    """Tie-break between families with chains of equal length: coarser families first."""
    return [name for name, _ in _FAMILIES].index(family)


# What opens a lecture's closing stretch: the homework, a worked example, the wrap-up. After the
# last marked part (or at a line start late in an unmarked lecture) it starts a part of its own:
# lectures lost their "worked example" and "homework" inside the last step. ("For example," is
# not one: an example inside a part is that part's content.)
_CLOSING = re.compile(
    r"^(?:最后|总之|总结一下|小结一下|综上|总的来说|总而言之|归纳一下|回顾一下"
    r"|(?:明白|了解|弄清楚?|记住)了?(?:以上|上面|这(?:几|些|两|三))"
    r"|课后|作业|布置.{0,2}作业|举个例子|举一个例子|例子|案例"
    r"|finally|lastly|to (?:wrap|sum) (?:it )?up|in summary|to summari[sz]e|to recap"
    r"|in conclusion|putting (?:it|this|these|all this) (?:all )?together|homework|exercise"
    r"|assignment|your task|the task for|for (?:next|this) (?:week|time|class|lesson)"
    r"|(?:a|an|one|the) (?:worked |short |quick )?example\b|worked example|practice task"
    r"|cuối cùng|sau cùng|tóm lại|nói tóm lại|tóm tắt lại|tổng kết|kết luận|bài tập"
    r"|ví dụ minh họa|nhiệm vụ)",
    re.IGNORECASE,
)
# A closing stretch's own label ("Exercise for Thursday:", "作业：", "Bài tập về nhà:") names
# it, when short.
_LABEL = re.compile(r"^([^:：。！？.!?，,]{2,40})[:：]")
LABEL_WORDS = 6


def opens_closing(sentence: str) -> bool:
    """Whether the sentence opens a closing stretch (homework, worked example, wrap-up)."""
    return _CLOSING.match(_after_filler(sentence)[1]) is not None


def closing_label(sentence: str, is_cjk: bool) -> str | None:
    """A closing stretch's own short label before a colon, if it has one."""
    found = _LABEL.match(_after_filler(sentence)[0])
    if found is None:
        return None
    label = found.group(1).strip()
    small = len(label) <= 10 if is_cjk else len(label.split()) <= LABEL_WORDS
    return label[:1].upper() + label[1:] if small else None


_COPULA = re.compile(r"^(?:là|(?:is|are)(?: to\b)?|是|就是|we will|we)\s*", re.I)


def title_after_marker(rest: str, max_units: int, is_cjk: bool) -> str | None:
    """The short title a marker line carries ("第一步：打开表格。" -> "打开表格"), if any."""
    clause = re.split(r"[。！？!?；;：:，,\n]|\.\s", rest, maxsplit=1)[0].strip(" \"'“”「」")
    # A title ending its paragraph keeps its full stop ("First, privacy."): not part of it.
    clause = _COPULA.sub("", clause).rstrip(".")
    if not clause:
        return None
    size = len(clause) if is_cjk else len(clause.split())
    if is_cjk and size < 2:
        return None
    # A whole sentence after the marker is content, not a title ("第一步我们先打开…").
    if size > max_units or clause.startswith(("我们", "大家", "我", "你", "we ", "you ", "I ")):
        return None
    return clause if is_cjk else clause[:1].upper() + clause[1:]


# --- spoken topic announcements -----------------------------------------------------------------

# A speaker names the topic they turn to ("还有就是那个安全规程的问答", "最后说一下这周的安排",
# "Now let's talk about approved tools.", "cái thứ hai là khi có sự cố … thì"): in a talk without
# markers these words name the part better than the small model's heading or its most said key
# term. The topic must end where its clause does, so unpunctuated captions rarely give one.
_ANNOUNCE = {
    "zh": (
        re.compile(
            r"^(?:先|再|然后|接着|接下来|下面|最后|另外)?(?:我们|咱们)?来?"
            r"(?:说|讲|谈|聊|看)(?:一下|一说|一讲|一谈|一聊|一看)(?:就是)?"
        ),
        re.compile(r"^(?:还有|另外|再有|再一个|另一个)(?:一个)?(?:就是|呢)[，,\s]*"),
        # "第一个现象：…", "第二个原因是…", a meeting's "第二个事情是…", "第三件事是…", "第二项工作
        # 是…", anywhere in the opening sentence.
        re.compile(
            r"第[一二三四五六七八九十](?:个(?:现象|原因|方面|要点|原则|误区|特点|好处|风险|问题|事情)"
            r"|件事(?:情)?|项(?:工作|任务|议题)|个议题)"
            r"(?:呢)?(?:就是|是|[：:])"
        ),
    ),
    "en": (
        re.compile(
            r"^(?:(?:now|next|so|and|okay|ok|alright|right|well)[,\s]+)*"
            r"(?:(?:let's|let us|i want to|i'd like to|we'll|we will|i'll|i will)\s+)?"
            r"(?:talk about|look at|turn to|move on to|moving on to|turning to)\s+",
            re.I,
        ),
        re.compile(
            r"^(?:(?:now|so|and|okay|right|well)[,\s]+)*(?:the )?(?:other|next|last|second|third|"
            r"final|another) (?:thing|point|topic|issue) (?:is|i want to (?:mention|cover) is)"
            r"(?: to)?\s+",
            re.I,
        ),
    ),
    "vi": (
        re.compile(
            r"^(?:(?:rồi|ờ|à|ừ|còn|và|được rồi|vâng)[,\s]+)*"
            r"(?:(?:tiếp theo|sau đây)(?: là| mình nói về| chúng ta nói về)?"
            r"|bây giờ (?:mình |chúng ta )?(?:nói|chuyển) (?:về|sang)"
            r"|thêm một (?:chuyện|việc|điều|điểm|ý) nữa(?: là)?"
            r"|(?:cái|điều|việc|chuyện|điểm|ý) thứ (?:hai|ba|tư|bốn|năm|sáu)(?: là)?)\s+",
            re.I,
        ),
    ),
}
_ZH_LEAD = re.compile(r"^(?:那个|这个|就是|嗯|呃|啊)[，,\s]*")
# Who speaks or is spoken to, and words pointing back: such a clause is a remark, not a topic
# ("有些同志问…", "为什么要搞这个事情", "what can you actually do about it").
_NOT_TOPIC = {
    "zh": re.compile(
        r"^(?:我|你|他|她|它|大家|咱们|有些|有人|有的)|这个|那个|这件|那件|这些|那些|这一点|这点"
    ),
    "en": re.compile(r"^(?:i|you|we|they|he|she|it|this|that|these|those|something|what)\b", re.I),
    "vi": re.compile(r"^(?:các bạn|bạn|mình|chúng ta|tôi|anh|chị|em|nó|họ)\b", re.I),
}
# Vietnamese speech puts the topic before "thì" ("khi có sự cố hay tai nạn thì làm gì").
_VI_TOPIC_END = re.compile(r"\s(?:thì|là)\s", re.I)


def only_announces(sentence: str, lang: str) -> bool:
    """Whether a sentence only says what the speaker will talk about next ("好，最后说一下这周的
    安排。", "先说一下为什么要搞这个事情。", "Now let's talk about privacy."): the part's
    heading names that, so as a point it notes nothing. A sentence that goes on past the
    announced clause ("…, because it decides…") says something and is not this."""
    patterns = _ANNOUNCE.get(lang, ())
    if not patterns or lang == "vi":
        # Vietnamese announcements ("cái thứ hai là…") carry their content in the same clause.
        return False
    text = sentence.strip()
    if lang == "zh":
        text, _ = _without_lead(*_after_filler(as_simplified(text)))
    found = patterns[0].search(text) if lang == "zh" else patterns[0].match(text)
    if found is None or (lang == "zh" and found.start() > 0):
        return False
    rest = text[found.end() :].rstrip(" 。.！!")
    return bool(rest) and re.search(r"[。！？!?；;：:，,\n]|\.\s", rest) is None


def announced_topic(sentence: str, lang: str, max_units: int) -> str | None:
    """The topic a speaker announces at the start of a part, in their words, if they do."""
    # Chinese fillers go first; the English and Vietnamese patterns read their lead words.
    # Traditional Chinese is matched as simplified (the topic keeps the lecture's characters).
    text = probe = sentence.strip()
    if lang == "zh":
        text, probe = _without_lead(*_after_filler(text))
    for pattern in _ANNOUNCE.get(lang, ()):
        found = pattern.search(probe) if lang == "zh" else pattern.match(probe)
        if found is None:
            continue
        rest = text[found.end() :]
        if lang == "zh":
            rest, _ = _without_lead(rest, probe[found.end() :])
        clause = re.split(r"[。！？!?；;：:，,\n]|\.(?:\s|$)", rest, maxsplit=1)[0]
        if lang == "vi":
            clause = _VI_TOPIC_END.split(clause, maxsplit=1)[0]
        topic = clause.strip(" \"'“”「」‘’").rstrip("呢吗啊")
        if lang == "zh":
            topic = re.sub(r"[“”「」‘’\"]", "", topic)
        size = len(topic) if lang == "zh" else len(topic.split())
        least = 3 if lang == "zh" else 2
        said = as_simplified(topic) if lang == "zh" else topic
        if size < least or size > max_units or _NOT_TOPIC[lang].search(said):
            return None
        return topic if lang == "zh" else topic[:1].upper() + topic[1:]
    return None


# A speaker's one-word or short label for what comes next, said as a sentence of its own after a
# word that moves on: "So, decisions.", "Last item, training.", "Rồi, kết luận." (Chinese has
# none here: its short sentences after "然后/最后" call on a person, "然后李总。", or say what
# to do, "最后，布置一个作业。")
_LABEL_LEAD = {
    "en": re.compile(
        r"^(?:(?:so|now|then|okay|ok|right|and|finally|lastly|next(?! steps)|last item|next item)"
        r"[,\s]+)+(?:the\s+)?",
        re.I,
    ),
    "vi": re.compile(
        r"^(?:(?:rồi|còn|vậy|bây giờ|tiếp theo|cuối cùng|sau cùng|việc cuối)[,\s]+)+", re.I
    ),
}
_LABEL_END = re.compile(r"\s*[.:]\s*$")
LABEL_MOST = {"vi": 4, "en": 3}
# Answers and moves of a conversation, not labels: "So, yes.", "Okay, thanks.", "Rồi, vâng."
_NOT_LABEL = re.compile(
    r"^(?:yes|no|yeah|thanks?|thank you|good|great|fine|sure|agreed|exactly|everyone|all|"
    r"anything else|questions?|vâng|dạ|ừ|được|cảm ơn|đồng ý)$"
    # ... or what to do now ("Right, let's start.", "OK, moving on."): no label names a verb.
    r"|^(?:let|let's|start|begin|go|carry|continue|move|moving|stop|bắt đầu|tiếp tục)\b",
    re.I,
)


def label_sentence(sentence: str, lang: str) -> str | None:
    """What a speaker's short label sentence names ("So, decisions." -> "Decisions"), if the
    sentence is one: a word that moves on, then a few words and nothing more."""
    pattern = _LABEL_LEAD.get(lang)
    text = sentence.strip()
    lead = pattern.match(text) if pattern else None
    if lead is None or _LABEL_END.search(text) is None:
        return None
    label = _LABEL_END.sub("", text[lead.end() :]).strip()
    if not label or len(label.split()) > LABEL_MOST[lang] or re.search(r"[,;?!]", label):
        return None
    if _NOT_LABEL.match(label) or _NOT_TOPIC[lang].search(label):
        return None
    return label[:1].upper() + label[1:]


# A reply that opens a speaker's turn before they move on ("Agreed, and that's a good place to
# land. So, decisions.", "Thanks. Sara, English…", "Đồng ý. Ghi vào kết luận…", "好，谢谢。").
_ACKNOWLEDGES = re.compile(
    r"^(?:agreed|thanks|thank you|good|great|right|okay|ok|yes|fine|exactly|sure"
    r"|đồng ý|cảm ơn|vâng|dạ|được|好的?|对|行|谢谢)(?=[\s,，.。!！]|$)",
    re.I,
)


def acknowledges(sentence: str) -> bool:
    """Whether the sentence opens with a reply to the one before (then the next may announce)."""
    return _ACKNOWLEDGES.match(sentence.strip()) is not None


def _without_lead(text: str, probe: str) -> tuple[str, str]:
    lead = _ZH_LEAD.match(probe)
    cut = lead.end() if lead else 0
    return text[cut:], probe[cut:]
