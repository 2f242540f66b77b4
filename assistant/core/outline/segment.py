"""Cutting a lecture into its parts without the model, in this order of trust:

1. its own headings (slide titles, Markdown and Word headings);
2. its enumeration markers (第一步 / 一、 / Thứ nhất / First / numbered lines, markers.py);
3. lexical cohesion (TextTiling over Chinese character pairs or words), helped by subtitle pauses.

A 0.5B model plans a whole lecture badly (four marked steps came out as one section) but writes a
heading and a few points for one short part well, so the parts are found here and the model
only fills them. The whole lecture is segmented at once, however long; the number of parts
found by cohesion is bounded by the length.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from dataclasses import dataclass, field, replace

from assistant.core.outline.cohesion import Piece, size, topic_starts, weight
from assistant.core.outline.ingest import Lecture
from assistant.core.outline.markers import (
    PART_FAMILIES,
    STEP_FAMILIES,
    Hit,
    acknowledges,
    announced_topic,
    chains,
    closing_label,
    family_rank,
    find_hits,
    label_sentence,
    opens_closing,
    title_after_marker,
)
from assistant.core.text.sentences import sentence_spans

# About this much lecture per part found by cohesion (size(): a Chinese character or half a
# word each; ~170 is a paragraph or two, what a teacher gives a heading).
PART_SIZE = 170
# Tokens of lecture above which a marked part is also cut by cohesion into subsections.
PART_WEIGHT = 450
MAX_PARTS = 12
# An opening sentence this short ("好。", "Okay.") announces nothing: the next one may, as may
# the one after a reply ("Agreed, and that's a good place to land. So, decisions."); the
# announcement is among the first OPENING_UNITS sentences of a part or not at all.
SHORT_OPENER = 8
OPENING_UNITS = 3
# Text before the first marker shorter than this joins the first part instead of being a part
# (asked about as any part is); from OPENING_WEIGHT on, it is the lecture's opening, a section of
# its own named by the lecture's title. A greeting and one sentence of topic ("各位学员好，今天…
# 我们讲提示词的基本写法。", 31) is no section; a paragraph saying what the lecture is about and
# why ("This session introduces BROKE, a five-part framework… Each letter is one thing the model
# needs from you. We will build one prompt together…", 62) is the overview readers expect first.
PREAMBLE_WEIGHT = 120
OPENING_WEIGHT = 60
# A chain whose parts are mostly shorter than this is a list inside a paragraph, not structure.
MIN_MARKED_PART_WEIGHT = 12
# "首先/其次", "First/Next" and numbered lines are common in talk: trusted for short parts only.
WEAK_FAMILIES = frozenset(
    {"zh_order", "zh_list", "vi_order", "en_order", "num", "vi_item", "en_item"}
)
# A chain with a part this many times its median part (and long) marks a passage, not the plan.
UNBALANCED = 5
# "一是…；二是…；三是…" inside a sentence is how a point lists its own items, not the lecture's
# parts: these families open a part only after a full stop or at a line start.
INLINE_FAMILIES = frozenset({"zh_list"})
_CLAUSE_END = ("；", ";", "，", ",", "、")
# A weak chain ("First… Second…") that starts after this share of the text is one speaker's
# list inside a topic (a meeting's "Two points. First, privacy…"), not the plan of the whole.
LATE_START = 0.3
# A closing stretch (homework, wrap-up) found in an unmarked lecture must start after this share
# of it: "最后" early on is a speaker's last point of a topic, not the lecture's close.
CLOSING_AFTER = 0.55
# A lecture heading longer than this is a sentence; the model writes a heading instead. Words,
# or Vietnamese syllables: "Đánh giá một tháng thí điểm dùng trợ lý AI ở bộ phận một cửa" is
# eight words in fifteen syllables.
HEADING_UNITS_CJK = 20
HEADING_UNITS_WORDS = 16
# The most a marker's own words may say to be its part's heading ("Việc thứ hai là mở rộng sang
# bộ phận văn thư"): Chinese characters, Vietnamese syllables (a word is one to three), words.
TITLE_UNITS = {"zh": HEADING_UNITS_CJK, "vi": HEADING_UNITS_WORDS, "en": 10}


@dataclass(frozen=True)
class Sentence:
    """A sentence (or cue line) of the lecture with where it stands."""

    text: str
    start: int  # offset in lecture.text
    paragraph_start: bool
    line_start: bool
    heading_level: int = 0
    start_s: float | None = None
    pause_s: float = 0.0  # silence before it (subtitles), seconds


@dataclass(frozen=True)
class Part:
    """One part of the lecture: what the model outlines in one call."""

    text: str
    start: int  # offset in lecture.text
    heading: str | None = None  # the lecture's own heading or marker title, if usable
    marker: str | None = None  # "第二步", kept in front of the heading
    start_s: float | None = None
    parts: tuple[Part, ...] = field(default=())
    # The heading is the topic the speaker announced (markers.announced_topic), not a title the
    # lecture wrote or a marker's own words.
    spoken: bool = False
    # The lecture's opening before its first heading or marker, when it says enough to stand
    # on its own (what the lecture is about and why): named by the lecture's title, its points
    # its own sentences, no call of its own.
    opening: bool = False


def sentences(lecture: Lecture) -> list[Sentence]:
    """The lecture's sentences (cue lines for subtitles) with their offsets in lecture.text."""
    found: list[Sentence] = []
    offset = 0
    previous_start: float | None = None
    for segment in lecture.segments:
        prefix = "#" * segment.heading_level + " " if segment.heading_level else ""
        base = offset + len(prefix)
        pause = 0.0
        if segment.start_s is not None and previous_start is not None:
            pause = max(0.0, segment.start_s - previous_start)
        if segment.heading_level:
            found.append(Sentence(segment.text, base, True, True, segment.heading_level))
        else:
            cues = dict(segment.cue_starts)
            # Auto-captions have no punctuation: a cue line starts a sentence too.
            bounds = sorted({0, *cues, len(segment.text)})
            first = True
            for left, right in itertools.pairwise(bounds):
                for a, b in sentence_spans(segment.text, left, right):
                    raw = segment.text[a:b]
                    text = raw.strip()
                    if not text:
                        continue
                    at = a + (len(raw) - len(raw.lstrip()))
                    line_start = first or segment.text[at - 1] == "\n" or at in cues
                    start_s = cues.get(at, segment.start_s if first else None)
                    pause_s = pause if first else 0.0
                    found.append(Sentence(text, base + at, first, line_start, 0, start_s, pause_s))
                    first = False
        if segment.start_s is not None:
            previous_start = segment.start_s
        offset = base + len(segment.text) + 2  # segments are joined by a blank line
    return found


def segment_lecture(lecture: Lecture) -> list[Part]:
    """The lecture's parts in order: by its headings, else its markers, else by cohesion."""
    units = sentences(lecture)
    if not units:
        return []
    is_cjk = lecture.language == "zh"
    parts = _by_headings(lecture.text, units, is_cjk)
    marked = parts is None
    title_units = TITLE_UNITS.get(lecture.language, TITLE_UNITS["en"])
    if parts is None:
        parts = _by_markers(lecture.text, units, is_cjk, nested=True, title_units=title_units)
    if parts is None:
        cut = _by_cohesion(lecture.text, units)
        return _named_by_speaker(cut, units, lecture.language, title_units)
    # Under a heading (a slide, a Markdown section) the author placed the close already; its
    # notes' "Cuối cùng" is about that slide.
    parts = _split_tail(lecture.text, units, parts, is_cjk, closing=marked)
    most = max(2, MAX_PARTS // len(parts))
    parts = [_subdivided(lecture.text, units, part, most) for part in parts]
    return _named_by_speaker(parts, units, lecture.language, title_units)


def _named_by_speaker(
    parts: list[Part], units: list[Sentence], lang: str, limit: int
) -> list[Part]:
    """Parts (and subsections) the lecture does not name, named by the topic their speaker
    announces as they open, if they do: the speaker's words, as a marker's title is (at most
    `limit` characters, syllables or words)."""
    starts = {u.start: i for i, u in enumerate(units)}

    def named(part: Part, parent: Part | None = None) -> Part:
        subs = tuple(named(p, part) for p in part.parts)
        topic = None
        at = starts.get(part.start)
        # A first subsection opens where its part does: the announcement names the part.
        opens_parent = parent is not None and parent.start == part.start
        if part.heading is None and at is not None and not opens_parent:
            end = part.start + len(part.text)
            for unit in [u for u in units[at : at + OPENING_UNITS] if u.start < end]:
                # A turn's label ("Mrs Okafor: So, decisions.") is who speaks, not the topic; but
                # a line may open with a label of its own ("这就解释了第一个现象：…").
                label = SPEAKER_LABEL.match(unit.text) if unit.line_start else None
                said = unit.text[label.end() :] if label else unit.text
                topic = (
                    announced_topic(unit.text, lang, limit)
                    or announced_topic(said, lang, limit)
                    or label_sentence(said, lang)
                )
                if topic or (size(said) > SHORT_OPENER and not acknowledges(said)):
                    break
        return replace(part, parts=subs, heading=part.heading or topic, spoken=topic is not None)

    return [named(p) for p in parts]


def _split_tail(
    text: str, units: list[Sentence], parts: list[Part], is_cjk: bool, closing: bool = True
) -> list[Part]:
    """The last marked part runs to the end of the lecture: what follows it (a worked example,
    the homework, the wrap-up) becomes parts of its own, where the lecture opens them
    ("Exercise for Thursday:", "Bài tập về nhà:") or, for a long tail, by cohesion."""
    last = parts[-1]
    if len(parts) < 2 or last.parts:
        return parts
    inside = [u for u in units if u.start >= last.start and not u.heading_level]
    # Any sentence may open the close ("…chia nhỏ tài liệu. Tổng kết lại: một là…"), if what
    # follows is more than a closing remark.
    opens = [
        i
        for i, u in enumerate(inside)
        if i > 0
        and opens_closing(u.text)
        and (u.line_start or sum(size(v.text) for v in inside[i:]) >= PART_SIZE // 4)
    ]
    if closing and opens:
        head = _part(
            text, inside[: opens[0]], inside[: opens[0]], last.heading, last.marker, (), is_cjk
        )
        edges = [*opens, len(inside)]
        tail = [_closing_part(text, inside[a:b], is_cjk) for a, b in itertools.pairwise(edges)]
        return [*parts[:-1], head, *tail]
    others = sorted(size(p.text) for p in parts[:-1])
    median = others[(len(others) - 1) // 2]
    if size(last.text) <= max(2 * median, 2 * PART_SIZE):
        return parts
    kept: list[Sentence] = []
    used = 0
    for unit in inside:
        if kept and used >= median and (unit.paragraph_start or used >= 2 * median):
            break
        kept.append(unit)
        used += size(unit.text)
    rest = inside[len(kept) :]
    if not rest:
        return parts
    head = _part(text, kept, kept, last.heading, last.marker, (), is_cjk)
    return [*parts[:-1], head, *_by_cohesion(text, rest)]


def _closing_part(text: str, group: list[Sentence], is_cjk: bool) -> Part:
    """A closing stretch as one part, named by its own label if it has one."""
    return _part(text, group, group, closing_label(group[0].text, is_cjk), None, (), is_cjk)


def _subdivided(text: str, units: list[Sentence], part: Part, most: int) -> Part:
    """A marked part too long for one call, cut by cohesion into subsections of its own."""
    if part.parts or weight(part.text) <= 3 * PART_WEIGHT:
        return part
    end = part.start + len(part.text) + 1
    inside = [u for u in units if part.start <= u.start < end and not u.heading_level]
    subs = _by_cohesion(text, inside, most)
    return replace(part, parts=tuple(subs)) if len(subs) > 1 else part


# --- headings -----------------------------------------------------------------------------------


def _usable_heading(text: str, is_cjk: bool) -> str | None:
    size = len(text) if is_cjk else len(text.split())
    return text if size <= (HEADING_UNITS_CJK if is_cjk else HEADING_UNITS_WORDS) else None


def _subtitle(unit: Sentence, is_cjk: bool) -> bool:
    text = unit.text.strip()
    return (
        not unit.heading_level
        and bool(text)
        and text[-1] not in "。！？.!?：:"
        and _usable_heading(text, is_cjk) is not None
    )


def _by_headings(text: str, units: list[Sentence], is_cjk: bool) -> list[Part] | None:
    levels = Counter(u.heading_level for u in units if u.heading_level)
    # A lone top heading at the very start, or one followed at once by another heading, is the
    # lecture's title, not a part.
    body = units
    first = units[0].heading_level
    if first and (levels[first] == 1 or (len(units) > 1 and units[1].heading_level)):
        body = units[1:]
        levels[first] -= 1
        # A short line, no sentence, right after the title is its subtitle (a title slide's
        # "机关干部AI应用培训 · 第三讲"), not the first part's content.
        if len(body) > 1 and _subtitle(body[0], is_cjk):
            body = body[1:]
    usable = sorted(level for level, count in levels.items() if count >= 2)
    if not usable:
        return None
    top = usable[0]
    sub = next((level for level in usable if level > top), None)
    return _split(text, body, lambda u: u.heading_level == top, is_cjk, sub_level=sub)


def _split(
    text: str,
    units: list[Sentence],
    opens: object,
    is_cjk: bool,
    sub_level: int | None = None,
) -> list[Part]:
    assert callable(opens)
    groups: list[list[Sentence]] = [[]]
    for unit in units:
        if opens(unit) and groups[-1]:
            groups.append([])
        groups[-1].append(unit)
    parts: list[Part] = []
    for group in groups:
        head = group[0] if group[0].heading_level else None
        body = group[1:] if head else group
        subs: tuple[Part, ...] = ()
        if sub_level is not None and any(u.heading_level == sub_level for u in body):
            first_sub = next(i for i, u in enumerate(body) if u.heading_level == sub_level)
            subs = tuple(
                _split(text, body[first_sub:], lambda u: u.heading_level == sub_level, is_cjk)
            )
            body = body[:first_sub]
        parts.append(_part(text, group, body, head.text if head else None, None, subs, is_cjk))
    return _fold_preamble(parts)


def _part(
    text: str,
    group: list[Sentence],
    body: list[Sentence],
    heading: str | None,
    marker: str | None,
    subs: tuple[Part, ...],
    is_cjk: bool,
) -> Part:
    start = group[0].start
    end = body[-1].start + len(body[-1].text) if body else start
    own = text[body[0].start : end].strip() if body else ""
    start_s = next((u.start_s for u in group if u.start_s is not None), None)
    usable = _usable_heading(heading, is_cjk) if heading else None
    return Part(own, start, usable, marker, start_s, subs)


def _fold_preamble(parts: list[Part]) -> list[Part]:
    """A short text before the first heading or marker joins the first part."""
    lead = parts[0] if parts else None
    if (
        lead is not None
        and len(parts) >= 2
        and lead.heading is None
        and lead.marker is None
        and weight(lead.text) < PREAMBLE_WEIGHT
        and not lead.parts
    ):
        if weight(lead.text) >= OPENING_WEIGHT:
            return [replace(lead, opening=True), *parts[1:]]
        first = parts[1]
        joined = (lead.text + "\n\n" + first.text).strip()
        start_s = first.start_s if lead.start_s is None else lead.start_s
        merged = Part(joined, lead.start, first.heading, first.marker, start_s, first.parts)
        return [merged, *parts[2:]]
    return [p for p in parts if p.text or p.parts or p.heading]


# --- markers ------------------------------------------------------------------------------------


def _best_chain(text: str, units: list[Sentence]) -> list[Hit] | None:
    hits = [
        h
        for i, u in enumerate(units)
        for h in find_hits(i, u.text, u.line_start)
        if not (h.family in INLINE_FAMILIES and i > 0 and units[i - 1].text.endswith(_CLAUSE_END))
    ]
    best: tuple[int, float, int] | None = None
    chosen: list[Hit] | None = None
    for family, family_chains in chains(hits).items():
        for chain in family_chains:
            sizes = _chain_sizes(text, units, chain)
            median = sorted(sizes)[(len(sizes) - 1) // 2]
            if median < MIN_MARKED_PART_WEIGHT:
                continue  # an inline list ("1. A 2. B"), not the lecture's parts
            if max(sizes) > max(UNBALANCED * median, 2 * PART_WEIGHT):
                continue  # one speaker's "首先…其次" inside an hour of talk, not its plan
            weak = family in WEAK_FAMILIES or sum(h.numbered for h in chain) < 2
            if weak and max(sizes) > 4 * PART_WEIGHT:
                continue
            lead = weight(text[units[0].start : units[chain[0].unit].start])
            if weak and lead > LATE_START * weight(text[units[0].start : units[-1].start]):
                continue
            key = (len(chain), float(min(sizes)), -family_rank(family))
            if best is None or key > best:
                best, chosen = key, chain
    return chosen


def _chain_sizes(text: str, units: list[Sentence], chain: list[Hit]) -> list[int]:
    bounds = [units[h.unit].start for h in chain] + [units[-1].start + len(units[-1].text)]
    sizes = [weight(text[a:b]) for a, b in itertools.pairwise(bounds)]
    preamble = weight(text[units[0].start : bounds[0]])
    return sizes + ([preamble] if preamble > PREAMBLE_WEIGHT else [])


def _by_markers(
    text: str, units: list[Sentence], is_cjk: bool, nested: bool, title_units: int
) -> list[Part] | None:
    chain = _best_chain(text, units)
    if chain is None:
        return None
    return _fold_preamble(
        [
            _marked_part(text, hit, group, is_cjk, nested, title_units)
            for hit, group in _groups(units, chain)
        ]
    )


def _groups(units: list[Sentence], chain: list[Hit]) -> list[tuple[Hit | None, list[Sentence]]]:
    """The units before the first marker (hit None), then the units from each marker on."""
    opening = {h.unit: h for h in chain}
    groups: list[tuple[Hit | None, list[Sentence]]] = [(None, [])]
    for i, unit in enumerate(units):
        if i in opening:
            groups.append((opening[i], []))
        groups[-1][1].append(unit)
    return [(hit, group) for hit, group in groups if group]


def _marked_part(
    text: str, hit: Hit | None, group: list[Sentence], is_cjk: bool, nested: bool, title_units: int
) -> Part:
    heading = marker = None
    if hit is not None:
        heading = title_after_marker(hit.rest, title_units, is_cjk)
        marker = hit.marker if hit.family in STEP_FAMILIES and hit.numbered else None
    body = group
    subs: tuple[Part, ...] = ()
    # 一、 holding （一）, 第一部分 holding 第一步: the second level becomes subsections.
    if nested and hit is not None and hit.family in PART_FAMILIES and len(group) > 2:
        inner = _best_chain(text, group[1:])
        if inner is not None:
            inner_groups = _groups(group[1:], inner)
            if inner_groups[0][0] is None:
                body = group[:1] + inner_groups[0][1]
                inner_groups = inner_groups[1:]
            else:
                body = group[:1]
            subs = tuple(
                _marked_part(text, h, g, is_cjk, False, title_units) for h, g in inner_groups
            )
    return _part(text, group, body, heading, marker, subs, is_cjk)


# --- cohesion -----------------------------------------------------------------------------------


def _by_cohesion(
    text: str, units: list[Sentence], most: int = MAX_PARTS, closing: bool = True
) -> list[Part]:
    total = sum(size(u.text) for u in units)
    wanted = max(1, min(most, round(total / PART_SIZE)))
    close = _closing_start(units, total) if closing and wanted > 1 else None
    if close is not None:
        # The lecture's own close (homework, this week's tasks, the wrap-up) is a part: cohesion
        # had merged it into the topic before it.
        head = _by_cohesion(text, units[:close], max(1, most - 1), closing=False)
        return [*head, _closing_part(text, units[close:], False)]
    voices, speakers = new_voices(units)
    if speakers >= MIN_SPEAKERS:
        # A meeting where the chair calls on each person in turn has a topic per speaker (the
        # chair's opening goes with the first, its close is the last); by length alone its
        # long turns were cut in two and its short ones made parts.
        wanted = min(wanted, speakers)
    pieces = [
        Piece(u.text, u.paragraph_start, u.pause_s, v) for u, v in zip(units, voices, strict=True)
    ]
    edges = [0, *topic_starts(pieces, wanted, PART_SIZE // 3), len(units)]
    return [
        _part(text, units[a:b], units[a:b], None, None, (), False)
        for a, b in itertools.pairwise(edges)
    ]


# The label of a turn in a meeting transcript: "Mrs Okafor: …", "Chủ tọa (chị Lan, Chánh Văn
# phòng): …", "小王：…": a short name, its role in brackets or not.
SPEAKER_LABEL = re.compile(
    r"^([^\W\d][^:：\n,，.。!?！？;；]{0,30}?)\s*(?:[(（][^)）\n]*[)）])?\s*[:：]\s*"
)
TURN_NAME_WORDS = 4
TURN_SHARE = 0.6
# A transcript with this many speakers (the chair and those they call on) is a meeting.
MIN_SPEAKERS = 3
# A turn this short (size(): ~Chinese characters) that comes just before a new speaker's first
# turn hands over to them.
HANDOVER_SIZE = 40


def new_voices(units: list[Sentence]) -> tuple[list[bool], int]:
    """For each sentence, whether it opens the first turn of a meeting's speaker other than the
    one who speaks first (the chair), or the chair's closing turn; and how many speak. Counted
    from the first name that speaks twice ("Present: …" before the chair's first turn names no
    speaker)."""
    names: list[str | None] = []
    for unit in units:
        label = SPEAKER_LABEL.match(unit.text) if unit.line_start else None
        opens = label is not None and label.end() < len(unit.text)
        name = label.group(1).strip().casefold() if label and opens else None
        names.append(name if name and len(name.split()) <= TURN_NAME_WORDS else None)
    said = Counter(name for name in names if name)
    first = next((i for i, name in enumerate(names) if name and said[name] >= 2), None)
    voices = [False] * len(units)
    # A handout's labelled lines ("Ví dụ: …", "Note: …") are no turns: in a transcript nearly
    # every paragraph opens one.
    if first is None:
        return voices, 0
    opened = [
        name for unit, name in zip(units[first:], names[first:], strict=True) if unit.line_start
    ]
    if sum(1 for name in opened if name) < TURN_SHARE * len(opened):
        return voices, 0
    heard = {names[first]}
    turn = first  # where the turn being read started
    for i in range(first + 1, len(units)):
        name = names[i]
        if name and name not in heard:
            heard.add(name)
            # A short turn just before ("Mrs Okafor: Thanks. Sara, English is a different
            # story, I think.") is the chair handing over: the new topic starts with it.
            short = sum(size(u.text) for u in units[turn:i]) <= HANDOVER_SIZE
            voices[turn if short and turn > first else i] = True
        if name:
            turn = i
    # The chair's last turn after everyone has spoken closes the meeting (its decisions).
    last_voice = max((i for i, v in enumerate(voices) if v), default=len(units))
    if names[turn] == names[first] and turn > last_voice:
        voices[turn] = True
    return voices, len(heard)


def _closing_start(units: list[Sentence], total: int) -> int | None:
    """Where an unmarked lecture's closing stretch starts: the first line late in the lecture
    that opens one, if what follows is a part's worth (not a last sentence, not half the talk)."""
    seen = 0
    for i, unit in enumerate(units):
        if seen >= CLOSING_AFTER * total and unit.line_start and opens_closing(unit.text):
            rest = total - seen
            return i if PART_SIZE // 3 <= rest <= 2 * PART_SIZE else None
        seen += size(unit.text)
    return None
