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
import math
import re
from collections import Counter
from dataclasses import dataclass, field, replace

from assistant.core.outline.ingest import Lecture
from assistant.core.outline.markers import (
    PART_FAMILIES,
    STEP_FAMILIES,
    Hit,
    chains,
    family_rank,
    find_hits,
    title_after_marker,
)

# About this much lecture per part found by cohesion (size(): a Chinese character or half a
# word each; ~170 is a paragraph or two, what a teacher gives a heading).
PART_SIZE = 170
# Tokens of lecture above which a marked part is also cut by cohesion into subsections.
PART_WEIGHT = 450
MAX_PARTS = 12
# Text before the first marker shorter than this joins the first part instead of being a part.
PREAMBLE_WEIGHT = 120
# A chain whose parts are mostly shorter than this is a list inside a paragraph, not structure.
MIN_MARKED_PART_WEIGHT = 12
# "首先/其次", "First/Next" and numbered lines are common in talk: trusted for short parts only.
WEAK_FAMILIES = frozenset({"zh_order", "vi_order", "en_order", "num"})
# A chain with a part this many times its median part (and long) marks a passage, not the plan.
UNBALANCED = 5
# How much an even split counts against the place where the words change (0: not at all).
BALANCE = 0.6
# TextTiling: sentences grouped into blocks of about this weight, compared k blocks a side.
BLOCK_WEIGHT = 40
TILING_SIDE = 3
# A lecture heading longer than this is a sentence; the model writes a heading instead.
HEADING_UNITS_CJK = 20
HEADING_UNITS_WORDS = 14

_SENTENCE = re.compile(r"[^。！？!?；;\n]*(?:[。！？!?；;]+[”’」』)）]*|\n|$)|[^.\n]+\.(?=\s)")
_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_LATIN_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
# Characters too common in Chinese to tell topics apart; bigrams holding them are skipped.
_ZH_STOP = frozenset("的了是在我们你他她它这那个有和就也都要不一上下来去说对吧呢啊嗯么还会能可以")
_EN_STOP = frozenset(
    [
        "the",
        "a",
        "an",
        "and",
        "or",
        "of",
        "to",
        "in",
        "on",
        "at",
        "for",
        "with",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "this",
        "that",
        "these",
        "those",
        "it",
        "its",
        "we",
        "you",
        "they",
        "i",
        "he",
        "she",
        "our",
        "your",
        "their",
        "as",
        "by",
        "from",
        "so",
        "but",
        "if",
        "then",
        "than",
        "there",
        "here",
        "what",
        "which",
        "who",
        "how",
        "when",
        "where",
        "why",
        "can",
        "will",
        "would",
        "should",
        "could",
        "do",
        "does",
        "did",
        "not",
        "no",
        "yes",
        "just",
        "about",
        "into",
        "out",
        "up",
        "down",
        "all",
        "any",
        "some",
        "more",
        "most",
        "very",
        "also",
        "have",
        "has",
        "had",
        "okay",
        "ok",
    ]
)
_VI_STOP = frozenset(
    [
        "và",
        "là",
        "của",
        "có",
        "cho",
        "các",
        "những",
        "một",
        "được",
        "trong",
        "với",
        "này",
        "đó",
        "thì",
        "mà",
        "không",
        "để",
        "khi",
        "đã",
        "sẽ",
        "ra",
        "vào",
        "lên",
        "về",
        "như",
        "ta",
        "chúng",
        "bạn",
        "tôi",
        "anh",
        "chị",
        "em",
        "cũng",
        "rất",
        "nhiều",
        "nào",
        "gì",
        "nhé",
        "ạ",
    ]
)


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


def size(text: str) -> int:
    """How much a text says, for cutting it into parts: Chinese characters, two per word else."""
    cjk = len(_CJK.findall(text))
    return cjk + 2 * len(_LATIN_WORD.findall(text))


def weight(text: str) -> int:
    """About the tokens text takes: a Chinese character each, a token per ~3.5 other characters."""
    cjk = len(_CJK.findall(text))
    return cjk + int((len(text) - cjk) / 3.5)


def content_units(text: str) -> list[str]:
    """What cohesion counts: Chinese character pairs, else words (Vietnamese syllable pairs)."""
    cjk = _CJK.findall(text)
    if len(cjk) * 2 >= len(text.replace(" ", "")) > 0:
        units: list[str] = []
        for run in re.findall(r"[\u3400-\u9fff\uf900-\ufaff]+", text):
            units += [run[i : i + 2] for i in range(len(run) - 1)]
        words = [w.casefold() for w in _LATIN_WORD.findall(text)]
        return [u for u in units if not (set(u) & _ZH_STOP)] + [w for w in words if len(w) > 1]
    words = [w.casefold() for w in _LATIN_WORD.findall(text)]
    if any(ch in "ăâđêôơư" for w in words for ch in w):
        kept = [w for w in words if w not in _VI_STOP]
        return [f"{a} {b}" for a, b in itertools.pairwise(kept)] + kept
    return [w.rstrip("s") for w in words if w not in _EN_STOP and len(w) > 2]


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
                for match in _SENTENCE.finditer(segment.text, left, right):
                    raw = match.group(0)
                    text = raw.strip()
                    if not text:
                        continue
                    at = match.start() + (len(raw) - len(raw.lstrip()))
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
    if parts is None:
        parts = _by_markers(lecture.text, units, is_cjk, nested=True)
    if parts is None:
        return _by_cohesion(lecture.text, units)
    parts = _split_tail(lecture.text, units, parts, is_cjk)
    most = max(2, MAX_PARTS // len(parts))
    return [_subdivided(lecture.text, units, part, most) for part in parts]


def _split_tail(text: str, units: list[Sentence], parts: list[Part], is_cjk: bool) -> list[Part]:
    """The last marked part runs to the end of the lecture: a long tail after it (a worked
    example, the homework, the wrap-up) becomes parts of its own, found by cohesion."""
    last = parts[-1]
    if len(parts) < 2 or last.parts:
        return parts
    others = sorted(size(p.text) for p in parts[:-1])
    median = others[(len(others) - 1) // 2]
    if size(last.text) <= max(2 * median, 2 * PART_SIZE):
        return parts
    inside = [u for u in units if u.start >= last.start and not u.heading_level]
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


def _by_headings(text: str, units: list[Sentence], is_cjk: bool) -> list[Part] | None:
    levels = Counter(u.heading_level for u in units if u.heading_level)
    # A lone top heading at the very start, or one followed at once by another heading, is the
    # lecture's title, not a part.
    body = units
    first = units[0].heading_level
    if first and (levels[first] == 1 or (len(units) > 1 and units[1].heading_level)):
        body = units[1:]
        levels[first] -= 1
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
        first = parts[1]
        joined = (lead.text + "\n\n" + first.text).strip()
        start_s = first.start_s if lead.start_s is None else lead.start_s
        merged = Part(joined, lead.start, first.heading, first.marker, start_s, first.parts)
        return [merged, *parts[2:]]
    return [p for p in parts if p.text or p.parts or p.heading]


# --- markers ------------------------------------------------------------------------------------


def _best_chain(text: str, units: list[Sentence]) -> list[Hit] | None:
    hits = [h for i, u in enumerate(units) for h in find_hits(i, u.text, u.line_start)]
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
            key = (len(chain), float(min(sizes)), -family_rank(family))
            if best is None or key > best:
                best, chosen = key, chain
    return chosen


def _chain_sizes(text: str, units: list[Sentence], chain: list[Hit]) -> list[int]:
    bounds = [units[h.unit].start for h in chain] + [units[-1].start + len(units[-1].text)]
    sizes = [weight(text[a:b]) for a, b in itertools.pairwise(bounds)]
    preamble = weight(text[units[0].start : bounds[0]])
    return sizes + ([preamble] if preamble > PREAMBLE_WEIGHT else [])


def _by_markers(text: str, units: list[Sentence], is_cjk: bool, nested: bool) -> list[Part] | None:
    chain = _best_chain(text, units)
    if chain is None:
        return None
    return _fold_preamble(
        [_marked_part(text, hit, group, is_cjk, nested) for hit, group in _groups(units, chain)]
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
    text: str, hit: Hit | None, group: list[Sentence], is_cjk: bool, nested: bool
) -> Part:
    heading = marker = None
    if hit is not None:
        heading = title_after_marker(hit.rest, HEADING_UNITS_CJK if is_cjk else 10, is_cjk)
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
            subs = tuple(_marked_part(text, h, g, is_cjk, False) for h, g in inner_groups)
    return _part(text, group, body, heading, marker, subs, is_cjk)


# --- cohesion -----------------------------------------------------------------------------------


def _cosine(a: Counter[str], b: Counter[str]) -> float:
    dot = sum(count * b[unit] for unit, count in a.items() if unit in b)
    norm = math.sqrt(sum(v * v for v in a.values()) * sum(v * v for v in b.values()))
    return dot / norm if norm else 0.0


def _blocks(units: list[Sentence]) -> list[list[int]]:
    blocks: list[list[int]] = [[]]
    filled = 0
    for i, unit in enumerate(units):
        if blocks[-1] and (filled >= BLOCK_WEIGHT or (unit.paragraph_start and filled >= 10)):
            blocks.append([])
            filled = 0
        blocks[-1].append(i)
        filled += weight(unit.text)
    return blocks


def _by_cohesion(text: str, units: list[Sentence], most: int = MAX_PARTS) -> list[Part]:
    total = sum(size(u.text) for u in units)
    wanted = max(1, min(most, round(total / PART_SIZE)))
    blocks = _blocks(units)
    if wanted == 1 or len(blocks) < 2:
        first, last = units[0], units[-1]
        own = text[first.start : last.start + len(last.text)].strip()
        return [Part(own, first.start, None, None, first.start_s)]
    vectors = [Counter(u for i in block for u in content_units(units[i].text)) for block in blocks]
    gaps = []
    for g in range(1, len(blocks)):
        left = sum(vectors[max(0, g - TILING_SIDE) : g], Counter())
        right = sum(vectors[g : g + TILING_SIDE], Counter())
        gaps.append(_cosine(left, right))
    scores = []
    for k, value in enumerate(gaps):
        left_peak = max(gaps[: k + 1])
        right_peak = max(gaps[k:])
        opening = units[blocks[k + 1][0]]
        pause = min(opening.pause_s / 20.0, 0.3)
        scores.append((left_peak - value) + (right_peak - value) + pause)
    sizes = [sum(size(units[i].text) for i in block) for block in blocks]
    cuts = _divide(scores, sizes, wanted)
    edges = [0, *cuts, len(blocks)]
    parts = []
    for a, b in itertools.pairwise(edges):
        group = [units[i] for block in blocks[a:b] for i in block]
        parts.append(_part(text, group, group, None, None, (), False))
    return parts


def _divide(scores: list[float], sizes: list[int], wanted: int) -> list[int]:
    """Block indexes where parts start: split the largest part at its weakest cohesion, again.

    Splitting the largest part each time keeps parts comparable in length (a part is one
    model call); within it the cut goes where the words change most, nudged towards the middle.
    """
    least = PART_SIZE // 3
    cuts: list[int] = []
    while len(cuts) < wanted - 1:
        edges = [0, *cuts, len(sizes)]
        spans = sorted(itertools.pairwise(edges), key=lambda e: -sum(sizes[e[0] : e[1]]))
        for a, b in spans:
            total = sum(sizes[a:b])
            best: tuple[float, int] | None = None
            for cut in range(a + 1, b):
                left = sum(sizes[a:cut])
                if left < least or total - left < least:
                    continue
                value = scores[cut - 1] + BALANCE * min(left, total - left) / total
                if best is None or value > best[0]:
                    best = (value, cut)
            if best is not None:
                cuts = sorted([*cuts, best[1]])
                break
        else:
            break  # no part can be split without making a part too short
    return cuts


def condense(text: str, budget: int) -> str:
    """The part's most central sentences, in order, within about `budget` tokens.

    A part too long for one call is read by the sentences that share the most content with
    the rest of the part; the points then come from them, and the part's place in the outline
    still covers all of it.
    """
    if weight(text) <= budget:
        return text
    pieces = [m.group(0).strip() for m in _SENTENCE.finditer(text) if m.group(0).strip()]
    counts = Counter(u for piece in pieces for u in set(content_units(piece)))
    scored = []
    for i, piece in enumerate(pieces):
        units = set(content_units(piece))
        value = sum(counts[u] for u in units) / math.sqrt(max(weight(piece), 8))
        scored.append((value, i))
    kept: set[int] = set()
    used = 0
    for _value, i in sorted(scored, reverse=True):
        size = weight(pieces[i])
        if used + size > budget:
            continue
        kept.add(i)
        used += size
    joiner = "" if _CJK.search(text) else " "
    return joiner.join(pieces[i] for i in sorted(kept))
