"""Key terms: the candidates code finds (`term_candidates`), each shown to the model with the
sentence where the lecture tells most about it; the model picks and defines some, and a
definition is kept only when it is grounded in what the lecture says of the term.

The starter model, asked for key terms freely, listed sentence starts ("涉密信息一律不得输入任何")
and made up definitions ("人名：一个人或事物的名称").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from assistant.core.engine.requests import Message
from assistant.core.outline.closing import CEREMONY
from assistant.core.outline.cohesion import content_units
from assistant.core.outline.evaluate_text import starts_clause
from assistant.core.outline.phrases import whole_phrase
from assistant.core.outline.structure import KeyTerm
from assistant.core.outline.term_candidates import DEFINES, NAMED, occurrences
from assistant.core.text.sentences import split_sentences

MIN_TERMS, MAX_TERMS = 3, 4
DEFINITION_CHARS = {"zh": 30, "vi": 90, "en": 90}
# A definition needs this share of its content units in what the term's sentence says of it, or
# the larger share LECTURE_SHARE in what the lecture says of it elsewhere (a made-up "人名：一个人
# 或事物的名称" shares neither, nor does a copy of a clause about something else).
GROUNDED_SHARE = 0.5
LECTURE_SHARE = 0.75
ANSWER_TOKENS = 200
# Other sentences saying a term that are tried for its stand-in definition.
MAX_OTHER_SENTENCES = 8
# The sentence shown with a candidate, at most this many characters around it.
CONTEXT_CHARS = {"zh": 50, "vi": 150, "en": 150}
_SENTENCE_END = re.compile(r"[。！？!?]|\.(?:\s|$)")


def context(text: str, term: str, lang: str, lines: Sequence[int] = ()) -> str:
    """The sentence where the lecture tells most about the term, whole, within about
    CONTEXT_CHARS; where that is the term alone ("第二部分，RTF框架。"), the sentence after it.

    `lines`: where the lecture's lines start (subtitle cues). A caption without punctuation
    runs on for minutes: its "sentence" is then the term's cue line and the one after it.
    """
    places = [m.start() for m in occurrences(term).finditer(text)][:8]
    if not places:
        return ""
    at = max(places, key=lambda p: (_telling_place(text, p, term, lang), -p))
    width = CONTEXT_CHARS[lang]
    boundary = re.compile(r"[。！？!?；;，,\n]|\.\s")
    start = max((m.end() for m in _SENTENCE_STOP.finditer(text[:at])), default=0)
    end_match = _SENTENCE_STOP.search(text, at)
    end = end_match.end() if end_match else len(text)
    if _names_only(text[start:end], term, lang):
        # What the lecture goes on to say under it ("R是角色…") is what tells of it.
        end += len(text[end:]) - len(text[end:].lstrip())
        following = _SENTENCE_STOP.search(text, end)
        after = text[end : following.end() if following else len(text)].strip()
        if after and not after.startswith("#"):
            piece = f"{term}{'：' if lang == 'zh' else ': '}{after}"
            cut = whole_phrase(piece[:width], width) if len(piece) > width else piece
            return cut if cut and len(cut) > len(term) + 2 else text[start:end].strip()
    if end - start > width and lines:
        # The term's cue line, then the next ones while they go on with its clause.
        start = max([start, *(line for line in lines if line <= at)])
        later = [line for line in lines if at < line < end]
        stop = next(
            (i for i, line in enumerate(later) if i and starts_clause(text[line:], lang)),
            len(later),
        )
        while stop > 1 and later[stop - 1] - start > width:
            stop -= 1
        end = later[stop] if stop < len(later) else end
    if at - start > width // 2:
        clauses = [m.end() for m in boundary.finditer(text[:at]) if m.end() >= at - width // 2]
        start = clauses[0] if clauses else at
    piece = text[start:end].strip().lstrip("#").strip()
    if len(piece) > width:
        # Judged by the project's cut rules against the lecture, as any shown item is.
        cut = whole_phrase(piece[:width], width, lang, text)
        piece = cut if cut and term in cut else _before_joint(piece, term, width, lang)
    return _without_stray_quote(piece)


def _without_stray_quote(piece: str) -> str:
    """A sentence taken from inside a longer quotation loses the quote mark it has no pair
    for ('"I work in the HR office of a city council.')."""
    for mark, pair in (('"', '"'), ("“", "”"), ("「", "」")):
        opened, closed = piece.count(mark), piece.count(pair)
        if mark == pair and opened % 2:
            piece = (
                piece.replace(mark, "", 1)
                if piece.startswith(mark)
                else piece[::-1].replace(mark, "", 1)[::-1]
            )
        elif mark != pair and opened != closed:
            piece = piece.lstrip(mark) if opened > closed else piece.rstrip(pair)
    return piece.strip()


# Where unpunctuated speech joins one clause to the next ("… is just not true and so …").
_SPOKEN_JOINT = {
    "en": re.compile(r"\s(?:and|so|but|because|which|then|um|uh)\s", re.I),
    "vi": re.compile(r"\s(?:mà|thì|rồi|nhưng|và|cho nên|nên|vì|à|ờ)\s", re.I),
    "zh": re.compile(r"(?:然后|所以|但是|因为|就是说)"),
}


def _before_joint(piece: str, term: str, width: int, lang: str) -> str:
    """A run-on transcript's words up to the last place speech joins clauses within `width`
    (after the term), or the whole run when there is none."""
    found = occurrences(term).search(piece)
    after = found.end() if found else 0
    joints = [m.start() for m in _SPOKEN_JOINT[lang].finditer(piece, after, width)]
    return piece[: joints[-1]].rstrip(" ,，") if joints else piece


_SENTENCE_STOP = re.compile(r"[。！？!?\n]|\.\s")
# What a sentence that only names a part may hold besides the term: its marker and a title word.
_MARKER_WORDS = re.compile(
    r"第[一二三四五六七八九十\d]+(?:部分|步|点|节|讲|章)|[一二三四五六七八九十]、|\d+[.、]|"
    r"\b(?:part|step|section)\s+\w+|\b(?:phần|bước|mục)\s+\w+",
    re.I,
)


def _names_only(sentence: str, term: str, lang: str) -> bool:
    """Whether a sentence is the term and a part's marker, nothing more ("第二部分，RTF框架。",
    "Part two: CO-STAR.")."""
    rest = _MARKER_WORDS.sub("", occurrences(term).sub("", sentence))
    return len(content_units(rest)) == 0


def _telling_place(text: str, at: int, term: str, lang: str) -> int:
    """How much an occurrence of the term tells about it: where the lecture says what it is
    (3), a part's heading that is the term alone, with the part after it (2), a sentence that
    starts with the term (1), the rest of its prose (0), in a greeting (-2), on a title, another
    heading or a bullet line (-3).

    The first use was often the lecture's title ("Bảo mật dữ liệu khi dùng mô hình AI…") or
    its greeting ("Good afternoon, everyone, and welcome back to the teachers' AI workshop"),
    which defined nothing.
    """
    line_start = text.rfind("\n", 0, at) + 1
    line_end = text.find("\n", at)
    line = text[line_start : line_end if line_end >= 0 else len(text)].strip()
    heading = line.startswith("#") or not _SENTENCE_END.search(line)
    defines = DEFINES.match(text[at + len(term) :]) or NAMED.search(text[max(0, at - 12) : at])
    if defines and not heading:
        return 3
    sentence_start = max(
        (m.end() for m in _SENTENCE_END.finditer(text, line_start, at)), default=line_start
    )
    sentence_end = _SENTENCE_END.search(text, at)
    sentence = (
        line
        if heading
        else text[sentence_start : sentence_end.end() if sentence_end else len(text)]
    )
    if _names_only(sentence.lstrip("#"), term, lang):
        follows = text[at + len(term) :].lstrip(" \t\n。.：:，,")
        return 2 if follows and not follows.startswith("#") else -3
    if heading:
        return -3
    if CEREMONY[lang].search(sentence):
        return -2
    # A sentence that starts with the term says something of it ("VLOOKUP finds a value…").
    return 1 if not sentence[: at - sentence_start].strip(' \n"“‘「') else 0


_ASK = {
    "zh": "下面是课上的一些词语，每个后面是它在课上出现的句子。选出3到4个最重要的术语，"
    "只根据它的句子用一句话解释它（不超过25个字）。用 JSON 输出。",
    "zh-traditional": "下面是課上的一些詞語，每個後面是它在課上出現的句子。選出3到4個最重要的術語，"
    "只根據它的句子用一句話解釋它（不超過25個字）。用 JSON 輸出，全部用繁體中文。",
    "vi": "Dưới đây là một số thuật ngữ của bài giảng, mỗi thuật ngữ kèm câu có nó. Chọn 3 đến 4 "
    "thuật ngữ quan trọng nhất và giải thích mỗi thuật ngữ bằng một câu, chỉ dựa vào câu của "
    "nó (tối đa 15 từ). Xuất ra JSON, bằng tiếng Việt.",
    "en": "Below are some terms from a lecture, each with the sentence where it occurs. Choose "
    "the 3 to 4 most important terms and define each in one sentence, only from its sentence "
    "(at most 15 words). Answer in JSON, in English.",
}


def terms_messages(key: str, items: list[tuple[str, str]]) -> list[Message]:
    """The call choosing and defining terms: each candidate with its sentence."""
    lines = [f"{i}. {term}: {sentence}" for i, (term, sentence) in enumerate(items, 1)]
    return [
        {"role": "system", "content": _ASK[key]},
        {"role": "user", "content": "\n".join(lines)},
    ]


def terms_schema(terms: list[str], lang: str) -> dict[str, Any]:
    """Each item names one of the candidates (an enum) and defines it."""
    item = {
        "type": "object",
        "properties": {
            "term": {"enum": terms},
            "definition": {"type": "string", "minLength": 4, "maxLength": DEFINITION_CHARS[lang]},
        },
        "required": ["term", "definition"],
    }
    least = min(MIN_TERMS, len(terms))
    return {
        "type": "object",
        "properties": {
            "key_terms": {"type": "array", "items": item, "minItems": least, "maxItems": MAX_TERMS}
        },
        "required": ["key_terms"],
    }


def read_terms(
    data: dict[str, Any] | None, items: list[tuple[str, str]], lang: str, lecture: str
) -> list[KeyTerm]:
    """The chosen terms with grounded definitions; the sentence itself stands in for a
    definition the lecture does not support. Without an answer: the first candidates."""
    sentences = dict(items)
    chosen: list[tuple[str, str]] = []
    if data is not None and isinstance(data.get("key_terms"), list):
        for raw in data["key_terms"]:
            term = raw.get("term") if isinstance(raw, dict) else None
            if term in sentences and all(term != t for t, _ in chosen):
                chosen.append((term, str(raw.get("definition") or "")))
    if len(chosen) < MIN_TERMS:
        have = {term for term, _ in chosen}
        chosen += [(t, "") for t, _ in items if t not in have][: MIN_TERMS - len(chosen)]
    return _defined(chosen, sentences, lang, lecture)


def lecture_terms(items: list[tuple[str, str]], lang: str, lecture: str) -> list[KeyTerm]:
    """The first MAX_TERMS candidates, each defined in the lecture's own words, without a call.

    What a small model's call gave back anyway: on the 19 lectures of the evaluation set the
    starter model picked the first candidates listed, in their order, for 17, and 88 of its 93
    definitions were copies of the sentence it was shown.
    """
    return _defined([(t, "") for t, _ in items[:MAX_TERMS]], dict(items), lang, lecture)


def _defined(
    chosen: list[tuple[str, str]], sentences: dict[str, str], lang: str, lecture: str
) -> list[KeyTerm]:
    """Each chosen (term, definition) with its definition if grounded, else the lecture's."""
    sentences_of_lecture = split_sentences(lecture)
    found: dict[str, KeyTerm] = {}
    for term, definition in chosen:
        if term in found:
            continue
        sentence = sentences[term]
        text = (
            whole_phrase(definition, DEFINITION_CHARS[lang], lang, lecture) if definition else None
        )
        # Defined from its sentence: most of the definition's content words are in the part of
        # it that speaks of the term (a copy of the sentence's other clause, "这次教研活动想和
        # 大家聊一个…问题" for "模型", says nothing of it).
        units = set(content_units(text or "")) - set(content_units(term))
        said = set(content_units(_about(term, sentence)))
        grounded = bool(units) and (
            len(units & said) >= GROUNDED_SHARE * len(units)
            or len(units & _said_of(term, sentences_of_lecture)) >= LECTURE_SHARE * len(units)
        )
        if text and grounded:
            found[term] = KeyTerm(term, text)
        else:
            found[term] = KeyTerm(term, _sentence_definition(term, sentence, lang, lecture))
    return list(found.values())[:MAX_TERMS]


def _said_of(term: str, sentences: list[str]) -> set[str]:
    """The content units of what the lecture says of the term, wherever it says it."""
    found = occurrences(term)
    return {u for s in sentences if found.search(s) for u in content_units(_about(term, s))}


_CLAUSE = re.compile(r"[，,；;：:]\s*")


def _about(term: str, sentence: str) -> str:
    """What of the term's sentence speaks of it: all of it when it starts with the term; else
    the term's clauses and the clause after each, and the clause before where the term is named
    ("…词元数量是有限的，这个上限叫上下文窗口")."""
    if sentence.lstrip(' "“‘「').startswith(term):
        return sentence
    clauses = _CLAUSE.split(sentence)
    kept: set[int] = set()
    for i, clause in enumerate(clauses):
        found = occurrences(term).search(clause)
        if found is None:
            continue
        kept |= {i, i + 1}
        if NAMED.search(clause[: found.start()]):
            kept.add(i - 1)
    return "，".join(clauses[i] for i in sorted(kept) if 0 <= i < len(clauses))


def _sentence_definition(term: str, sentence: str, lang: str, lecture: str) -> str:
    """The lecture's own words as the definition: the term's sentence if it reads whole, else
    its first clause with the term that does ("…我们基本上都是互联网年代过来的" ends on a
    dangling 的 however the lecture ends it), else another sentence that says the term."""
    cleaned = sentence.strip(" ，,：:。.")
    clauses = [c.strip() for c in _CLAUSE.split(cleaned) if term in c]
    others = [s.strip(" ，,：:。.") for s in split_sentences(lecture) if term in s]
    for candidate in [cleaned, *clauses, *others[:MAX_OTHER_SENTENCES]]:
        whole = whole_phrase(candidate, len(candidate) + 1, lang, lecture)
        # Cut back to a clause without the term, it would speak of something else; minutes
        # of unpunctuated talk are "whole" but no one reads them as a definition.
        long = whole is not None and len(whole) > 2 * CONTEXT_CHARS[lang]
        if whole and whole != term and occurrences(term).search(whole) and not long:
            return whole
    return cleaned
