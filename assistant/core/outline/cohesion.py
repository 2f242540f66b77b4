"""How much a text says and where its topic changes: sizes, content units, TextTiling-style
cohesion (Hearst 1997) over Chinese character pairs or words, and condensing a long part to its
central sentences. Pure functions over text; segment.py decides what the parts are."""

from __future__ import annotations

import itertools
import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from assistant.core.text.scripts import HAN_CHAR as _CJK
from assistant.core.text.scripts import HAN_RUN as _CJK_RUN
from assistant.core.text.sentences import split_sentences

# How much an even split counts against the place where the words change (0: not at all).
BALANCE = 0.6
# A cut where the lecture starts a paragraph counts this much more: a writer's (or a subtitle
# pause's) paragraph break is where a topic most often changes, and a cut mid-paragraph split
# one topic in two while its next paragraph joined the wrong part.
PARAGRAPH_BONUS = 0.5
# A meeting's topics change where the chair hands over to someone who has not spoken yet.
NEW_VOICE_BONUS = 0.5
# TextTiling: sentences grouped into blocks of about this weight, compared k blocks a side.
BLOCK_WEIGHT = 40
TILING_SIDE = 3

_LATIN_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Characters too common in Chinese to tell topics apart; pairs holding them are skipped.
_ZH_STOP = frozenset("的了是在我们你他她它这那个有和就也都要不一上下来去说对吧呢啊嗯么还会能可以")
_EN_STOP = _words(
    "the a an and or of to in on at for with is are was were be been this that these those it "
    "its we you they i he she our your their as by from so but if then than there here what "
    "which who how when where why can will would should could do does did not no yes just "
    "about into out up down all any some more most very also have has had okay ok"
)
_VI_STOP = _words(
    "và là của có cho các những một được trong với này đó thì mà không để khi đã sẽ ra vào "
    "lên về như ta chúng bạn tôi anh chị em cũng rất nhiều nào gì nhé ạ"
)


def size(text: str) -> int:
    """How much a text says, for cutting it into parts: Chinese characters, two per word else."""
    cjk = len(_CJK.findall(text))
    return cjk + 2 * len(_LATIN_WORD.findall(text))


def weight(text: str) -> int:
    """About the tokens text takes: a Chinese character each, a token per ~3.5 other characters."""
    cjk = len(_CJK.findall(text))
    return cjk + int((len(text) - cjk) / 3.5)


def content_units(text: str) -> list[str]:
    """What cohesion and grounding count: Chinese character pairs, else words (Vietnamese
    syllable pairs), and numbers (a date the lecture never gave is not grounded)."""
    return _text_units(text) + re.findall(r"\d+(?:[.,:]\d+)*", text)


def _text_units(text: str) -> list[str]:
    cjk = _CJK.findall(text)
    if len(cjk) * 2 >= len(text.replace(" ", "")) > 0:
        units: list[str] = []
        for run in _CJK_RUN.findall(text):
            units += [run[i : i + 2] for i in range(len(run) - 1)]
        words = [w.casefold() for w in _LATIN_WORD.findall(text)]
        return [u for u in units if not (set(u) & _ZH_STOP)] + [w for w in words if len(w) > 1]
    words = [w.casefold() for w in _LATIN_WORD.findall(text)]
    if any(ch in "ăâđêôơư" for w in words for ch in w):
        kept = [w for w in words if w not in _VI_STOP]
        return [f"{a} {b}" for a, b in itertools.pairwise(kept)] + kept
    return [w.rstrip("s") for w in words if w not in _EN_STOP and len(w) > 2]


def _cosine(a: Counter[str], b: Counter[str]) -> float:
    dot = sum(count * b[unit] for unit, count in a.items() if unit in b)
    norm = math.sqrt(sum(v * v for v in a.values()) * sum(v * v for v in b.values()))
    return dot / norm if norm else 0.0


@dataclass(frozen=True)
class Piece:
    """A sentence as cohesion sees it: its text, whether it opens a paragraph, the pause before."""

    text: str
    paragraph_start: bool = False
    pause_s: float = 0.0
    new_voice: bool = False  # opens the first turn of a meeting's speaker


def _blocks(pieces: Sequence[Piece]) -> list[list[int]]:
    blocks: list[list[int]] = [[]]
    filled = 0
    for i, piece in enumerate(pieces):
        if blocks[-1] and (filled >= BLOCK_WEIGHT or (piece.paragraph_start and filled >= 10)):
            blocks.append([])
            filled = 0
        blocks[-1].append(i)
        filled += weight(piece.text)
    return blocks


def topic_starts(pieces: Sequence[Piece], wanted: int, least: int) -> list[int]:
    """Indexes of the pieces where each part after the first starts: wanted parts at most,
    none smaller than `least` (size()), cut where the words change most (or at a long pause)."""
    blocks = _blocks(pieces)
    if wanted <= 1 or len(blocks) < 2:
        return []
    vectors = [Counter(u for i in block for u in content_units(pieces[i].text)) for block in blocks]
    gaps = []
    for g in range(1, len(blocks)):
        left = sum(vectors[max(0, g - TILING_SIDE) : g], Counter())
        right = sum(vectors[g : g + TILING_SIDE], Counter())
        gaps.append(_cosine(left, right))
    scores = []
    for k, value in enumerate(gaps):
        # TextTiling's depth: how far cohesion dips here below the peaks on either side.
        depth = (max(gaps[: k + 1]) - value) + (max(gaps[k:]) - value)
        opening = pieces[blocks[k + 1][0]]
        pause = min(opening.pause_s / 20.0, 0.3)
        bonus = PARAGRAPH_BONUS if opening.paragraph_start else 0.0
        scores.append(depth + pause + bonus + (NEW_VOICE_BONUS if opening.new_voice else 0.0))
    sizes = [sum(size(pieces[i].text) for i in block) for block in blocks]
    starts = [blocks[cut][0] for cut in _divide(scores, sizes, wanted, least)]
    return _with_their_questions(pieces, starts)


# A question that only checks the listeners followed ("明白了吗？", "Any questions?"), or a
# statement with a tag ("…对吧？", "…, right?"), closes what came before it; any other question
# just before a cut opens what comes after it.
_CHECK_QUESTION = re.compile(
    r"(?:(?:明白|懂|清楚|听懂|记住)了?吗|对不对|好不好|是不是|行不行|可以吗|有没有问题|还有问题吗"
    r"|对吧|是吧|好吧|对不|是不|\b(?:isn't it|don't you think|phải không|nhỉ)"
    r"|\b(?:any (?:other )?questions|anything else|clear|ok(?:ay)?|right|got it|make sense"
    r"|rõ chưa|hiểu chưa|được không|đúng không|hỏi gì không|nhé))[呢啊呀吧\s]*[?？]$",
    re.IGNORECASE,
)
_QUESTION_END = ("?", "？")


def _with_their_questions(pieces: Sequence[Piece], starts: list[int]) -> list[int]:
    """Cuts moved before the question that ends the part before them: a chair's "David, you've
    been trialling it in maths?" or a teacher's "那为什么要分段呢？" opens the next topic; cohesion
    saw no shared words in it and left it behind."""
    moved: list[int] = []
    for start in starts:
        question = pieces[start - 1].text.strip()
        earlier = moved[-1] if moved else 0
        if (
            start - 1 > earlier
            and question.endswith(_QUESTION_END)
            and not _CHECK_QUESTION.search(question)
        ):
            start -= 1
        moved.append(start)
    return moved


def _divide(scores: list[float], sizes: list[int], wanted: int, least: int) -> list[int]:
    """Block indexes where parts start: split the largest part at its weakest cohesion, again.

    Splitting the largest part each time keeps parts comparable in length (a part is one
    model call); within it the cut goes where the words change most, nudged towards the middle.
    """
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
    pieces = split_sentences(text)
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
