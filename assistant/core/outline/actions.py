"""Action items: the work a lecture or meeting gives out, in its own words, with who does it and
by when.

Code finds them, not the model, and only where the lecture assigns work:
- homework or an exercise ("布置作业：…", "Bài tập về nhà", "Exercise for Thursday: …");
- work given to someone with a time to do it by ("各科室负责人要在本周五前…", "mỗi tổ … tuần
  này", "for next session if you can each bring…");
- in English, work a meeting gives a named person, with or without a time ("Mei will write
  up…", "Tom, please…"): "will" says it is still to be done, where "anh Minh chia nhỏ tài liệu"
  may tell what was done.

A lecture describing routine work ("班组长要讲当天的作业内容") or a standing rule with no date is
no task: "作业" alone matched every factory sentence about work on the line, and a bare "截止" a
figure "截止上个月底".
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from assistant.core.outline.cohesion import content_units
from assistant.core.outline.phrases import whole_phrase
from assistant.core.outline.segment import Sentence
from assistant.core.outline.structure import ActionItem
from assistant.core.text.language import as_simplified

MAX_ACTIONS = 6
# A task longer than this is cut back to its last whole clause (Chinese characters; letters).
TASK_CHARS = {"zh": 64, "vi": 200, "en": 200}
# A homework label ("最后，布置一个练习", "Homework") says this little after its cue word; the task
# is in the sentences after it (at most FOLLOWING of them).
LABEL_REST = {"zh": 6, "vi": 3, "en": 3}
# A label is a short line of its own (characters; words).
LABEL_CHARS = {"zh": 20, "vi": 8, "en": 8}
# The homework word opens the sentence: within this many characters (Chinese) or words of its
# start. Further in, "作业" is talk about homework ("鼓励孩子…督促完成作业"), not a task given.
CUE_START = {"zh": 4, "vi": 3, "en": 3}
FOLLOWING = 3
# Two tasks sharing this share of their content units are one task said twice (a meeting's
# "Tổng kết lại" repeats its assignments).
SAME_TASK = 0.6

_DAYS_EN = "monday|tuesday|wednesday|thursday|friday|saturday|sunday"
_MONTHS_EN = "january|february|march|april|may|june|july|august|september|october|november|december"
_DAYS_VI = r"thứ (?:hai|ba|tư|năm|sáu|bảy)|chủ nhật"

# When the work is due. Chinese and Vietnamese weekdays never after "上" / "trước" of a past
# week; a date or a weekday is preferred to "this week" when a task names both.
_DEADLINE = {
    "zh": re.compile(
        r"(?:(?<![上每])(?<!上个)(?:本|这|下个?)?(?:周|星期|礼拜)[一二三四五六日天](?:下班|上课|中午|晚上)?[前之]?"
        r"|(?:本月|下个?月)[〇一二三四五六七八九十\d]{1,3}[日号](?:下班)?[前之]?"
        r"|[〇一二三四五六七八九十\d]{1,3}[日号](?:下班)?(?:前|之前)"
        r"|\d{1,2}月\d{1,2}[日号][前之]?"
        r"|(?:明天|后天)(?!的)(?:下班|上课)?[前之]?|下次(?:上课|课|活动|教研活动|会|开会)?[前之]?"
        r"|(?:本|这|下个?)(?:周|星期|礼拜)(?:内|之内)?|下个?月|月底[前之]?|会后)"
    ),
    "vi": re.compile(
        rf"(?:trước (?:{_DAYS_VI}|ngày \d{{1,2}}(?:/\d{{1,2}})?|buổi (?:học )?(?:sau|tới)"
        rf"|cuối (?:tuần|tháng))|(?:vào|đến|hạn|sáng|chiều|tối) (?:{_DAYS_VI})"
        r"(?! (?:vừa rồi|vừa qua|tuần trước|trước))"
        rf"|(?:{_DAYS_VI}) tuần (?:sau|tới|này)|(?:{_DAYS_VI})(?= (?:nộp|gửi|họp|báo))"
        r"|trong tuần(?: này)?|tuần (?:này|sau|tới)|buổi (?:học )?(?:sau|tới)|tháng (?:sau|tới)"
        r"|cuối (?:tuần|tháng))",
        re.IGNORECASE,
    ),
    "en": re.compile(
        rf"\b(?:(?:by|before|on|for) (?:next )?(?:{_DAYS_EN})"
        rf"|by (?:tomorrow|the end of (?:the |this )?(?:day|week|month|term)"
        rf"|the \w+ of (?:{_MONTHS_EN})|\d{{1,2}} (?:{_MONTHS_EN})|(?:{_MONTHS_EN}) \d{{1,2}})"
        r"|(?:for|by|before) (?:the )?next (?:week|session|class|lesson|meeting)"
        r"|next (?:week|session|class|lesson|meeting)|this week|tomorrow"
        rf"|at the (?:[A-Z]\w+ )?meeting|on the \w+ day(?: in (?:{_MONTHS_EN}))?"
        rf"|(?:in|from) (?:{_MONTHS_EN}))\b",
        re.IGNORECASE,
    ),
}
# A deadline this specific (a day or a date) is the one named when a task names several.
_SPECIFIC = re.compile(
    rf"[一二三四五六日天\d号]|thứ|chủ nhật|ngày|{_DAYS_EN}|{_MONTHS_EN}|\d", re.IGNORECASE
)
# Homework or an exercise given out.
_HOMEWORK = {
    "zh": re.compile(
        r"(?:布置|留)(?:一[个道份项下]|个)?(?:课后)?(?:作业|练习|任务)|课后(?:作业|练习)|家庭作业"
        r"|回家作业|(?:交|做|写|完成)(?:作业|练习)|(?:作业|练习)[：:]|做(?:个|一个|一下)练习"
        r"|课堂练习|工作安排"
    ),
    "vi": re.compile(r"bài tập(?: về nhà)?|nhiệm vụ về nhà|việc cần làm", re.IGNORECASE),
    "en": re.compile(
        r"\b(?:homework|assignment|exercise(?= for|\s*:)|your task|action items|next steps)\b",
        re.IGNORECASE,
    ),
}
# Someone told to do it: the audience, a unit, a named person.
_ASSIGNED = {
    "zh": re.compile(
        r"请|每(?:个|位|人|组|班)|各(?:位|个)?[\u4e00-\u9fff]{0,4}(?:科室|组|部门|单位|班组|同志|负责人)"
        r"|大家(?:要|在|都|把)|你们|负责|务必|必须|(?:中心|办公室|科|部|处|组长|主任|老师)(?:在|要|将|于)"
    ),
    "vi": re.compile(
        r"\b(?:mỗi (?:người|tổ|bạn|nhóm|anh chị|đồng chí)|các (?:bạn|anh chị|đồng chí|tổ)"
        r"|(?:anh|chị|em|cô|thầy|ông|bà) [A-ZĐ]\w*|đề nghị|yêu cầu|phải|nhớ|giao cho|phụ trách"
        r"|chịu trách nhiệm)",
    ),
    "en": re.compile(
        r"\b(?:you|everyone|everybody|all staff|each of you|please|must)\b|\b[A-Z][a-z]+ will\b"
    ),
}
# Handing work in or bringing it: a time and one of these is a task without a named doer
# ("下周三上课前交给班长").
_HANDED_IN = {
    "zh": re.compile(
        r"交给|提交|交上|发到|发给|带(?:一|上)|报(?:给|送)?[^，。]{0,6}办公室|上传|完成"
    ),
    "vi": re.compile(r"\b(?:nộp|gửi|mang|hoàn thành|báo cáo)\b", re.IGNORECASE),
    "en": re.compile(
        r"\b(?:submit|send|bring|hand in|email|complete|upload|finish|report back)\b",
        re.IGNORECASE,
    ),
}
# Who: a named person or unit leading the task.
_OWNER = {
    "zh": re.compile(
        r"^(?:请)?((?:各|每个|每位)?[\u4e00-\u9fff]{0,6}?(?:中心|办公室|科室|负责人|教研组|班组长|"
        r"组长|老师|主任|科长|处长|经理|主管|班长|小组))(?=要|在|将|于|负责(?!人)|带|把|这周|本周|下周)"
    ),
    "vi": re.compile(r"^((?:anh|chị|em|cô|thầy|ông|bà) [A-ZĐ]\w*)", re.IGNORECASE),
    "en": re.compile(
        r"(?:^|[,;]\s*|\band\s+)((?:(?:Mr|Mrs|Ms|Dr)\.? )?[A-Z][a-z]+)(?: will\b|, please\b)"
    ),
}
_NOT_NAME_WORDS = (
    "i we you they he she it this that there everyone everybody anyone nobody someone "
    "students staff teachers each all and so then also"
)
_NOT_NAMES = frozenset(_NOT_NAME_WORDS.split())
# Before the task: a speaker's label, a list's number, a filler or a linking word.
_LEAD = {
    "zh": re.compile(
        r"^(?:(?:[\u4e00-\u9fff]{1,6}[:：]|[一二三四五六七八九十]是|第[一二三四五六七八九十]+[，、]"
        r"|[一二三四五六七八九十]、|最后|然后|另外|还有就是|还有|再一个|所以|下面|那么|以上)[，,、：:\s]*"
        r"|(?:好|那|对|嗯)[，,、\s]+)"
    ),
    "vi": re.compile(
        r"^(?:(?:chủ tọa|[A-ZĐ]\w*(?: [A-ZĐ]\w*)?)\s*:|(?:một|hai|ba|bốn|năm) là|rồi|thì|vậy|vâng|"
        r"ừ|à|và|còn|cuối cùng|tóm lại|tổng kết lại)[,:\s]+",
        re.IGNORECASE,
    ),
    "en": re.compile(
        r"^(?:(?:Mr|Mrs|Ms|Dr)?\.? ?[A-Z][a-z]+\s*:|(?:one|two|three|four|five|six)\s*:|and|so|"
        r"right|okay|ok|um|uh|er|finally|also|then|well)[,:\s]+",
        re.IGNORECASE,
    ),
}
# After the task: thanks and goodbyes, a particle, or what the speaker will do next.
_TAIL = {
    "zh": re.compile(
        r"[，,]\s*(?:我们|咱们|大家注意|有问题|好了|谢谢|散会).*$|(?:谢谢大家|谢谢|散会)[。！!]?$"
        r"|[啊吧哈啦呀哦]+$"
    ),
    "vi": re.compile(
        r"(?:\s*(?:nha|nhé|nhá|ạ)?\s*(?:cảm ơn|xin cảm ơn|chúc)\b.*$)|\s*\b(?:nha|nhé|nhá|ạ)$",
        re.IGNORECASE,
    ),
    "en": re.compile(
        r"(?:[,.;]?\s*(?:we'll|we will|thanks|thank you|see you)\b.*$)", re.IGNORECASE
    ),
}
# Where an unpunctuated transcript's clauses meet: a long sentence is read clause by clause.
_CLAUSES = {
    "zh": re.compile(r"(?<=[，,；;：:])"),
    "vi": re.compile(r"(?<=[,;:])\s*|\s+(?=(?:rồi|thì|còn|và)\s)", re.IGNORECASE),
    "en": re.compile(r"(?<=[,;:])\s*|\s+(?=(?:and|so|then|right)\s)", re.IGNORECASE),
}
_END_MARK = re.compile(r"[。！？.!?]$")


@dataclass(frozen=True)
class _Line:
    text: str  # as the lecture words it
    probe: str  # what the patterns read (simplified Chinese)
    heading: bool
    paragraph_start: bool
    cue: bool  # a subtitle cue line: without an end mark, it goes on in the next cue


@dataclass(frozen=True)
class _Span:
    lines: list[int]
    label: bool  # the first line only announces the task ("Cuối cùng, bài tập về nhà.")


def action_items(lines: Sequence[Sentence], language: str) -> list[ActionItem]:
    """The lecture's tasks in its order, each once, at most MAX_ACTIONS."""
    lang = "zh" if language.startswith("zh") else language
    if lang not in _DEADLINE:
        return []
    read = [
        _Line(
            s.text,
            _probe(s.text, lang),
            s.heading_level > 0,
            s.paragraph_start,
            s.start_s is not None,
        )
        for s in lines
    ]
    items: list[ActionItem] = []
    used: set[int] = set()
    for i, line in enumerate(read):
        if i in used or line.heading or line.text.rstrip().endswith(("?", "？")):
            continue
        span = _task_span(read, i, lang)
        if span is None:
            continue
        used.update(span.lines)
        body = span.lines[1:] if span.label else span.lines
        text = _joined([read[j] for j in body], lang)
        whole = " ".join(read[j].text for j in span.lines)
        item = _item(text, whole, lang)
        if item and not any(_same(item, other) for other in items):
            items.append(item)
            if len(items) == MAX_ACTIONS:
                break
    return items


def _joined(lines: list[_Line], lang: str) -> str:
    """Lines of one task as one text: a line without an end mark (a subtitle cue) goes on after
    a comma."""
    text = ""
    for line in lines:
        piece = line.text.strip()
        if text:
            if lang == "zh":
                text = text.rstrip("。") + "，"
            elif not _END_MARK.search(text):
                text += ","
        text += piece if lang == "zh" or not text else " " + piece
    return text


def _probe(text: str, lang: str) -> str:
    return as_simplified(text) if lang == "zh" else text


def _task_span(read: list[_Line], i: int, lang: str) -> _Span | None:
    """The lines that line i's task is written on; None when line i gives no task."""
    line = read[i]
    homework = _opening_homework(line.probe, lang)
    if homework and _is_label(line.probe, homework, lang):
        lines = [i]
        for j in range(i + 1, min(len(read), i + 1 + FOLLOWING)):
            if read[j].heading or (read[j].paragraph_start and len(lines) > 1):
                break
            lines.append(j)
            if _DEADLINE[lang].search(read[j].probe):
                break
        return _Span(lines, True) if len(lines) > 1 else None
    if (homework and _labelled(line.probe, homework, lang)) or _assigns(line.probe, lang):
        lines = [i]
        # A subtitle cue goes on in the next cues; the task's deadline may be two cues on.
        while (
            line.cue
            and len(lines) <= FOLLOWING
            and lines[-1] + 1 < len(read)
            and _goes_on(read[lines[-1]], read[lines[-1] + 1], lang)
        ):
            lines.append(lines[-1] + 1)
        return _Span(lines, False)
    # A cue that hands work in by a time, after the cue that says who does it.
    before = read[i - 1] if i else None
    if (
        before is not None
        and line.cue
        and _goes_on(before, line, lang)
        and _ASSIGNED[lang].search(before.probe)
        and _DEADLINE[lang].search(line.probe)
        and _HANDED_IN[lang].search(line.probe)
    ):
        return _Span([i - 1, i], False)
    return None


def _without_lead(text: str, lang: str) -> str:
    """The text without what leads it (a speaker's label, a number, fillers: up to three)."""
    for _ in range(3):
        text = _LEAD[lang].sub("", text, count=1).strip()
    return text


def _opening_homework(probe: str, lang: str) -> re.Match[str] | None:
    """The homework word that opens the sentence, if one does."""
    found = _HOMEWORK[lang].search(probe)
    if found is None:
        return None
    before = probe[: found.start()]
    before = _without_lead(before, lang)
    near = len(before) if lang == "zh" else len(before.split())
    return found if near <= CUE_START[lang] else None


def _labelled(probe: str, cue: re.Match[str], lang: str) -> bool:
    """Whether the homework word heads the task after a colon ("课后作业：…", "Exercise for
    Thursday: take…"); "Bài tập này giúp các bạn…" talks about an exercise."""
    room = 8 if lang == "zh" else 30
    return re.match(rf"^[^。.!?！？]{{0,{room}}}?[：:]", probe[cue.end() :]) is not None


def _goes_on(line: _Line, following: _Line, lang: str) -> bool:
    """Whether a task on a subtitle cue goes on in the next cue: no end mark, no pause between,
    and no deadline reached yet in its second half."""
    if not (line.cue and following.cue) or following.paragraph_start:
        return False
    if _END_MARK.search(line.text.rstrip()):
        return False
    return not _DEADLINE[lang].search(line.probe[len(line.probe) // 2 :])


def _assigns(probe: str, lang: str) -> bool:
    """Whether the sentence gives someone work with a time; in English also work a meeting gives
    a named person ("Mei will write up…")."""
    if _DEADLINE[lang].search(probe) and (
        _ASSIGNED[lang].search(probe) or _HANDED_IN[lang].search(probe)
    ):
        return True
    return lang == "en" and _named_doer(probe, lang) is not None


def _is_label(probe: str, cue: re.Match[str], lang: str) -> bool:
    """Whether a homework sentence only announces the task ("最后，布置一个练习", "Homework")."""
    after = probe[cue.end() :]
    if after.lstrip().startswith((":", "：")):
        return False
    if (len(probe) if lang == "zh" else len(probe.split())) > LABEL_CHARS[lang]:
        return False
    rest = after.strip(" 。.!！")
    if lang == "zh":
        return len(rest) <= LABEL_REST["zh"]
    return len(rest.split()) <= LABEL_REST[lang]


def _item(text: str, whole: str, lang: str) -> ActionItem | None:
    """The task as shown: its label, lead and tail off, cut to a whole clause; who, by when."""
    text = " ".join(text.split())
    text = _without_lead(text, lang)
    text = _without_label(text, lang)
    text = _TAIL[lang].sub("", text).strip(" ，,、；;：:。.")
    text = _focus(text, lang)
    text = _without_lead(text, lang)
    doer = _OWNER[lang].search(_probe(text, lang))
    if doer and lang != "zh" and doer.start(1) > 0:
        text = text[doer.start(1) :]  # "…, and Tom will put that…": Tom's task starts there
    text = whole_phrase(text, TASK_CHARS[lang], lang) or ""
    if len(text) < (4 if lang == "zh" else 8):
        return None
    if lang != "zh":
        text = text[0].upper() + text[1:]
    deadline = _deadline(text, whole, lang)
    return ActionItem(text, _named_doer(_probe(text, lang), lang), deadline)


def _without_label(text: str, lang: str) -> str:
    """The task after its label: "最后布置作业：请大家…", "Exercise for Thursday: take…"."""
    probe = _probe(text, lang)
    homework = _HOMEWORK[lang].search(probe)
    if homework is None or homework.start() > (12 if lang == "zh" else 40):
        return text
    end = re.compile(r"[：:]|[。.!！](?=\s|$)" if lang != "zh" else r"[：:。！]").search(
        probe, homework.end()
    )
    if end is None or end.start() - homework.end() > (8 if lang == "zh" else 30):
        return text
    rest = text[end.end() :].strip()
    return rest if len(rest) >= 6 else text


def _focus(text: str, lang: str) -> str:
    """A sentence too long to show, cut to the clauses that give the task: from the first that
    names a time, homework or a doer, on while they fit; in punctuated text also the clauses
    before it that fit ("…: nhờ AI viết công thức…, kiểm tra…, rồi nộp… trước buổi học sau"),
    which in a transcript without punctuation are what was said before the task."""
    if len(text) <= TASK_CHARS[lang]:
        return text
    clauses = [c.strip() for c in _CLAUSES[lang].split(text) if c and c.strip()]
    probes = [_probe(c, lang) for c in clauses]

    def gives(p: str) -> bool:
        found = _HOMEWORK[lang].search(p) or _DEADLINE[lang].search(p)
        return bool(found or _named_doer(p, lang))

    start = next((k for k, p in enumerate(probes) if gives(p)), 0)
    if (
        start
        and not _ASSIGNED[lang].search(probes[start])
        and _ASSIGNED[lang].search(probes[start - 1])
    ):
        start -= 1
    kept = clauses[start]
    joiner = "" if lang == "zh" else " "
    for clause in clauses[start + 1 :]:
        if len(kept) + len(clause) + 1 > TASK_CHARS[lang]:
            break
        kept += joiner + clause
    if len(re.findall(r"[,，;；:：]", text)) >= 2:
        for clause in reversed(clauses[:start]):
            if len(kept) + len(clause) + 1 > TASK_CHARS[lang] or clause.endswith((":", "：")):
                break
            kept = clause + joiner + kept
    return kept


def _named_doer(probe: str, lang: str) -> str | None:
    """The named person or unit the task is given to, when it names one."""
    probe = _without_lead(probe, lang)
    match = _OWNER[lang].search(probe)
    if match is None:
        return None
    name = match.group(1)
    if lang == "en" and name.split()[-1].casefold() in _NOT_NAMES:
        return None
    return name


def _deadline(task: str, whole: str, lang: str) -> str | None:
    """The task's time as the lecture writes it: a day or date the task names (or its label
    does: "Exercise for Thursday: …"), else a week or "next session"."""

    def times(text: str) -> list[str]:
        return [text[m.start() : m.end()] for m in _DEADLINE[lang].finditer(_probe(text, lang))]

    found, around = times(task), times(whole)
    ranked = [d for d in found + around if _SPECIFIC.search(_probe(d, lang))]
    if not (ranked or found or around):
        return None
    chosen = (ranked or found or around)[0]
    if lang == "zh":
        return chosen
    chosen = re.sub(r"^for\s+", "", chosen, flags=re.IGNORECASE)
    return chosen[0].lower() + chosen[1:] if chosen.split()[0].casefold() in _PLAIN else chosen


# Deadline words written in lower case mid-sentence (not a day's or a month's name).
_PLAIN_WORDS = (
    "next this by before on at in from tomorrow tuần trước trong vào đến hạn buổi tháng cuối "
    "sáng chiều tối"
)
_PLAIN = frozenset(_PLAIN_WORDS.split())


def _same(a: ActionItem, b: ActionItem) -> bool:
    """Whether two tasks are one said twice: the same doer and time, or mostly the same words."""
    if a.owner and b.owner and a.owner.casefold() == b.owner.casefold():
        da, db = (a.deadline or "").casefold(), (b.deadline or "").casefold()
        if da and db and (da in db or db in da):
            return True
    ua, ub = set(content_units(a.task)), set(content_units(b.task))
    return bool(ua and ub) and len(ua & ub) >= SAME_TASK * min(len(ua), len(ub))
