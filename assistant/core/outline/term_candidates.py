"""Key-term candidates: what a lecture repeats or marks as its terms, found by code.

Repeated Chinese n-grams, English and Vietnamese word runs, quoted and bracketed terms, acronyms,
capitalised phrases, lists after a colon and what the lecture names; ranked by how much the
lecture says of them. `terms` shows them to the model, which picks and defines some.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Sequence

from assistant.core.outline.phrases import speaker_label_uses
from assistant.core.outline.term_words import (
    EN_STOP,
    LATIN_TALK,
    VI_STOP,
    VI_VERB_START,
    ZH_EDGE,
    ZH_FUNCTION,
    ZH_FUNCTION_WORD,
    ZH_GENERIC,
    ZH_NOT_IN_TERM,
)
from assistant.core.text.language import as_simplified
from assistant.core.text.scripts import HAN_CLASS

MAX_CANDIDATES = 8
# Terms kept in ranking before the rest of the ranking may be skipped.
KEPT_DEPTH = 3 * MAX_CANDIDATES
# A gram seen this share of its times inside one longer gram is a piece of that gram.
PIECE_SHARE = 0.9
# The best-scored candidates checked for a definition in the lecture (each check reads every
# place the term is said).
RANKED_TERMS = 30
# What a term the lecture defines adds to its score, beyond doubling it: a term defined once
# and used once more outranks a word said five times.
DEFINED_BONUS = 4
# The field the app's courses teach: every lecture says it, so it names no lecture's topic.
_FIELD = frozenset(["ai", "人工智能", "trí tuệ nhân tạo", "artificial intelligence"])

_CJK_RUN = re.compile(f"[{HAN_CLASS}]{{2,}}")
_QUOTED = re.compile(r"[“「『《【\"]([^”」』》】\"\n]{2,16})[”」』》】\"]")
_PUNCTUATED = re.compile(r"[。！？，,.!?：:；;]")
_ACRONYM = re.compile(
    r"(?<![A-Za-z-])[A-Z][A-Za-z0-9]*[A-Z][A-Za-z0-9]*(?:-[A-Z][A-Za-z0-9]*)*(?![A-Za-z-])"
)
# "RTF框架", "AI助手": an acronym and the Chinese noun it names.
_ACRONYM_NOUN = re.compile(r"(?<![A-Za-z])[A-Z]{2,}[A-Za-z0-9]*[\u4e00-\u9fff]{2,3}")
_LATIN_NAME = re.compile(r"\b[A-Za-z][A-Za-z0-9+#.-]{2,}\b")
_CAPITALISED = re.compile(r"(?<![.!?]\s)(?<!^)\b([A-Z][a-z]+(?: [A-Z][a-z]+)+)\b", re.M)
# What follows a term where the lecture defines it: "提示词就是…", "A prompt is…"; a Latin
# copula must go on to a word ("how long the lesson is, what…" defines nothing).
DEFINES = re.compile(
    r"^\s*(?:就是|是指|是(?!怎么|什么|不是|否|谁|哪|如何)|指|叫做|即|意思是"
    r"|(?:means|is|are|refers|là|được gọi)\b(?=\s+\w))"
)


def candidates(text: str, lang: str, defined_first: bool = True) -> list[str]:
    """Up to MAX_CANDIDATES terms the lecture repeats or marks, most telling first.

    `defined_first`: what the lecture says what it is ranks higher. A lecture's key terms are
    chosen so; a part's key words are not (a part is told by what it says most, and "X是…"
    says what X is only loosely: "主体是…" put "主体" before "双主体").
    """
    scores: Counter[str] = Counter()
    for quoted in _QUOTED.findall(text):
        if _quoted_term(quoted, lang):
            scores[quoted.strip()] += 3
    for listed in _listed(text, lang):
        scores[listed] += 3
    for acronym in set(_ACRONYM.findall(text)):
        scores[acronym] += 3 + 2 * len(occurrences(acronym).findall(text))
    if lang == "zh":
        for named in _ACRONYM_NOUN.findall(text):
            if text.count(named) >= 2 or DEFINES.match(text[text.find(named) + len(named) :]):
                scores[named] += 3 + text.count(named)
        for name in _LATIN_NAME.findall(text):
            if text.count(name) >= 2:
                scores[name] += text.count(name)
        _zh_ngrams(text, scores)
    else:
        for phrase in _CAPITALISED.findall(text):
            scores[phrase] += 1 + text.count(phrase)
        _word_ngrams(text, scores, VI_STOP if lang == "vi" else EN_STOP, lang)
    for named in _named_terms(text, lang):
        scores[named] += 3 + len(occurrences(named).findall(text))
    # What the lecture says what it is, it teaches ("这个上限叫上下文窗口", "提示词就是…"); the
    # field itself ("AI") every lecture of these courses says, unless it is what one explains.
    for term, _ in scores.most_common(RANKED_TERMS):
        if defined_first and says_what_it_is(term, text):
            scores[term] = 2 * scores[term] + DEFINED_BONUS
        elif as_simplified(term.casefold()) in _FIELD:
            scores[term] //= 2
    kept: list[str] = []
    for term, score in scores.most_common():
        # Far enough down the ranking, a term can neither make the first candidates nor take a
        # kept term's place (a long meeting scores thousands of grams).
        if len(kept) >= KEPT_DEPTH and score * 2 < scores[kept[MAX_CANDIDATES - 1]]:
            break
        if not _acceptable(term) or _PERSON.match(term) or _AMOUNT.match(term):
            continue
        if _titled_name(term, text) or _speaker_label(term, text) or _counted_part(term, text):
            continue
        inside = [other for other in kept if _holds(term, other)]
        if inside:
            # "本地大模型" over "模型": the longer term wins when it is nearly as telling.
            if all(score * 2 >= scores[other] for other in inside):
                kept = [
                    term if other == inside[0] else other
                    for other in kept
                    if other not in inside[1:]
                ]
            continue
        if any(_holds(other, term) for other in kept):
            continue
        kept.append(term)
    return kept[:MAX_CANDIDATES]


def telling(part: str, lecture: str, lang: str, most: int = 3) -> list[str]:
    """The part's candidates that tell it apart from the rest of the lecture, most telling first.

    A term the whole lecture repeats ("AI", "模型") names no one part: a candidate counts by how
    often the part says it, times the share of the lecture's mentions that are in this part.
    """
    found = candidates(part, lang, defined_first=False)
    if len(part) >= len(lecture):
        return found[:most]

    def score(term: str) -> float:
        here = occurrences(term).findall(part)
        everywhere = occurrences(term).findall(lecture)
        return len(here) * len(here) / max(len(everywhere), len(here), 1)

    order = {term: i for i, term in enumerate(found)}
    return sorted(found, key=lambda t: (-score(t), order[t]))[:most]


def _holds(longer: str, shorter: str) -> bool:
    """Whether a term holds another (whole words for Latin: "vai trò" does not hold "AI", and
    "CO-STAR" holds "co star")."""
    if occurrences(shorter).search(longer) is not None:
        return True
    big, small = (re.findall(r"[^\W_]+", t.casefold()) for t in (longer, shorter))
    return bool(small) and any(
        big[i : i + len(small)] == small for i in range(len(big) - len(small) + 1)
    )


def _acceptable(term: str) -> bool:
    folded = as_simplified(term.casefold())
    if folded in EN_STOP or folded in VI_STOP or folded in ZH_FUNCTION or folded in LATIN_TALK:
        return False
    return 2 <= len(term) <= 24 and not term.isdigit()


def _zh_ngrams(text: str, scores: Counter[str]) -> None:
    counts: Counter[str] = Counter()
    # A function word ends a run: "其实当时" holds no term "实当". The word lists are in
    # simplified characters; a traditional lecture is read through its simplified form, and
    # its grams keep its own characters.
    for run, probe in _runs(text):
        # Grams of 7 are counted only to tell when a gram of 6 is a piece of a longer word
        # (as "金融科技创" is of "金融科技创新"); terms are 2-6 characters.
        for size in (2, 3, 4, 5, 6, 7):
            for i in range(len(run) - size + 1):
                gram, seen = run[i : i + size], probe[i : i + size]
                # "下载了一", "点一": a gram ending in 一 stops before its measure word.
                if seen[0] in ZH_EDGE or seen[-1] in ZH_EDGE or seen[-1] == "一":
                    continue
                if seen in ZH_GENERIC:
                    continue
                if not ZH_NOT_IN_TERM.isdisjoint(seen):
                    continue
                counts[gram] += 1
    # The most a gram one character longer is said, by the gram it starts or ends with.
    longest: Counter[str] = Counter()
    for gram, count in counts.items():
        for piece in (gram[:-1], gram[1:]):
            longest[piece] = max(longest[piece], count)
    for gram, count in counts.items():
        if count < 2 or len(gram) > 6:
            continue
        # A gram (nearly) always seen inside one longer gram is that gram's piece, not a term:
        # "未来教" said 69 times, 68 of them in "未来教育".
        if longest[gram] >= PIECE_SHARE * count:
            continue
        scores[gram] += count * len(gram)


def _runs(text: str) -> list[tuple[str, str]]:
    """The lecture's Chinese runs between function words, each as written and as simplified."""
    found = []
    for run in _CJK_RUN.findall(text):
        probe = as_simplified(run)
        at = 0
        for word in ZH_FUNCTION_WORD.finditer(probe):
            found.append((run[at : word.start()], probe[at : word.start()]))
            at = word.end()
        found.append((run[at:], probe[at:]))
    return [(run, probe) for run, probe in found if run]


def _word_ngrams(text: str, scores: Counter[str], stop: frozenset[str], lang: str) -> None:
    """Repeated runs of words: 1-3 English words, 2-4 Vietnamese syllables (a Vietnamese term
    is mostly two-syllable words put together: "quy trình vận hành", "nút dừng khẩn cấp")."""
    sizes = range(2, 5) if lang == "vi" else range(1, 4)
    inner = _INNER[lang]
    starts_no_term = stop | (VI_VERB_START if lang == "vi" else frozenset())
    counts: Counter[str] = Counter()
    written: dict[str, str] = {}
    # Runs one word longer than a term are counted only to tell when a run is a piece of a
    # longer one. No run crosses a clause's end ("AI trực tuyến. Nội dung…").
    for clause in re.split(r"[.,;:!?()\[\]\"“”…\n]+", text):
        words = re.findall(r"[^\W\d_]+(?:['’][^\W\d_]+)?", clause)
        folded = [w.casefold() for w in words]
        for size in range(sizes.start, sizes.stop + 1):
            for i in range(len(words) - size + 1):
                run = folded[i : i + size]
                if run[0] in starts_no_term or run[-1] in stop:
                    continue
                if any(w in stop and w not in inner for w in run[1:-1]):
                    continue  # "something that sounds" crosses words; "bí mật của khách hàng" not
                if size == 1 and len(run[0]) < 6:
                    continue  # short single English words are too common to be terms
                gram = " ".join(run)
                counts[gram] += 1
                # An acronym keeps its case ("trợ lý AI", not "trợ lý ai").
                written.setdefault(
                    gram,
                    " ".join(
                        w if _is_acronym(w) else f
                        for w, f in zip(words[i : i + size], run, strict=True)
                    ),
                )
    # The most a run one word longer is said, by the run it starts or ends with.
    longest: Counter[str] = Counter()
    for gram, count in counts.items():
        head, _, _ = gram.rpartition(" ")
        _, _, tail = gram.partition(" ")
        for piece in (head, tail):
            if piece:
                longest[piece] = max(longest[piece], count)
    for gram, count in counts.items():
        size = gram.count(" ") + 1
        # "câu trả" said only inside "câu trả lời", "dữ liệu cá" inside "dữ liệu cá nhân".
        if count < 2 or size not in sizes or longest[gram] >= PIECE_SHARE * count:
            continue
        scores[written[gram]] += count * size


def _is_acronym(word: str) -> bool:
    return sum(ch.isupper() for ch in word) >= 2


# Words that may stand inside a term though they may not start or end one: "of" and "của"
# link the nouns of a term ("freedom of information", "bí mật của khách hàng").
_INNER = {"en": frozenset(["of"]), "vi": frozenset(["của"]), "zh": frozenset()}


# A person named with a title is no term ("Mrs Okafor", "anh Tuấn", "王老师").
_PERSON = re.compile(
    r"^(?:(?:mr|mrs|ms|miss|dr|prof)\.? [A-Z]\w*|(?:anh|chị|ông|bà|cô|thầy|em) [A-ZĐ]\w*"
    r"|[\u4e00-\u9fff]{1,2}(?:老师|主任|校长|经理|书记|局长|科长|处长|同学))$",
    re.IGNORECASE,
)


# An amount of time or things is no term ("mười lăm phút", "两个小时", "forty minutes").
_AMOUNT = re.compile(
    r"^(?:[\d一二两三四五六七八九十百千万几半]+个?"
    r"(?:小时|分钟|分|秒|天|周|月|年|次|条|人|页|字|份|篇|张|本|件|项|遍|位|名|块|元)?"
    r"|(?:(?:\d+|một|hai|ba|bốn|tư|năm|lăm|sáu|bảy|tám|chín|mười|mươi|trăm|nghìn|ngàn|vài"
    r"|mấy)\s+)+(?:phút|giờ|tiếng|giây|ngày|tuần|tháng|năm|lần|trang|chữ|người|câu)"
    r"|(?:(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty"
    r"|sixty|hundred|a few|several)[\s-]+)+(?:minutes?|hours?|seconds?|days?|weeks?|months?"
    r"|years?|times|pages?|words|people))$",
    re.IGNORECASE,
)


# "这个上限叫上下文窗口", "由一个叫“温度”的参数控制", "a limit called the context window", "gọi là
# cửa sổ ngữ cảnh": the words after a naming verb, up to the clause's end (or 的 in Chinese).
_NAMING = {
    "zh": re.compile(
        r"(?<!不)(?:叫做|叫|称为|称作|所谓)[“「\"']?([\u4e00-\u9fffA-Za-z0-9]{2,8}?)[”」\"']?"
        r"(?=[的。，,；;！!？?、]|$)",
        re.M,
    ),
    "vi": re.compile(
        r"(?:gọi là|tức là)\s+[“\"']?([^\W\d_]+(?: [^\W\d_]+){0,3})[”\"']?(?=[.,;:!?]|$)", re.M
    ),
    "en": re.compile(
        r"\b(?:called|known as|termed)\s+(?:an? |the )?[“\"']?"
        r"([A-Za-z][\w-]*(?: [A-Za-z][\w-]*){0,3})[”\"']?(?=[.,;:!?]|$)",
        re.M,
    ),
}


def _named_terms(text: str, lang: str) -> list[str]:
    return [m.group(1) for m in _NAMING[lang].finditer(text)]


def _titled_name(term: str, text: str) -> bool:
    """Whether the term is mostly said after a title: a person's name ("Okafor")."""
    said = occurrences(term).findall(text)
    titled = re.findall(rf"\b(?:Mr|Mrs|Ms|Miss|Dr|Prof)\.? {re.escape(term)}\b", text, re.I)
    return bool(said) and len(titled) * 2 >= len(said)


_ORDINAL_BEFORE = re.compile(r"第[一二三四五六七八九十两\d]+个?$")


def _counted_part(term: str, text: str) -> bool:
    """Whether the term is mostly what the lecture counts its parts by ("第二个现象", "第三个
    原因"): the lecture's structure, not what it teaches."""
    said = [m.start() for m in occurrences(term).finditer(text)]
    counted = sum(1 for at in said if _ORDINAL_BEFORE.search(text[max(0, at - 5) : at]))
    return bool(said) and counted * 2 >= len(said)


def _speaker_label(term: str, text: str) -> bool:
    """Whether the term is mostly said as a transcript's speaker label ("Chủ tọa: …")."""
    said = occurrences(term).findall(text)
    return bool(said) and speaker_label_uses(term, text) * 2 >= len(said)


@functools.lru_cache(maxsize=4096)
def occurrences(term: str) -> re.Pattern[str]:
    """The term as a whole word where it is Latin ("AI" is not inside "hai"); an acronym in
    its own case ("IT" is not "it")."""
    left = r"(?<![A-Za-zÀ-ỹ])" if term[:1].isascii() and term[:1].isalpha() else ""
    right = r"(?![A-Za-zÀ-ỹ])" if term[-1:].isascii() and term[-1:].isalpha() else ""
    acronym = sum(ch.isupper() for ch in term) >= 2
    return re.compile(left + re.escape(term) + right, 0 if acronym else re.IGNORECASE)


# "角色、任务和格式", "vai trò, nhiệm vụ, ngữ cảnh, ràng buộc và đầu ra": a list after a colon
# names the lecture's terms.
_LISTED = re.compile(r"[：:]\s*([^。！？.!?\n]{4,120})")
_LIST_SPLIT = re.compile(r"\s*(?:[、，,；;]|\s(?:và|and|or|hoặc)\s|[和与及])\s*")


def _listed(text: str, lang: str) -> list[str]:
    found: list[str] = []
    for match in _LISTED.finditer(text):
        items = [i.strip(" “”\"'") for i in _LIST_SPLIT.split(match.group(1))]
        short = [i for i in items if i and (len(i) <= 6 if lang == "zh" else len(i.split()) <= 3)]
        if len(items) >= 3 and len(short) == len(items):
            found += short
    return found


def introduced_term(
    part: str, before: str, title: str, lang: str, lecture_terms: Sequence[str]
) -> str | None:
    """The term a part of a talk introduces by name, if it does: one of the lecture's own term
    candidates (`lecture_terms`) that the part names ("这个上限叫上下文窗口", "a limit called the
    context window") or quotes and says again ("一个个“词元”。一个词元可能是…"), said neither
    earlier in the lecture (`before`) nor in its title (the lecture's subject, "Lớp “Bình dân học
    AI”", names no one part). A concept talk gives each idea a part, and the idea's name is what
    a reader looks for in its heading.

    Only the lecture's candidates: in speech "叫" names people ("我叫…") and says "is" ("真的叫
    复杂的"), and a phrase quoted once is cited ("它为什么这样回答"), not taught.
    """
    found = [(m.start(1), m.group(1)) for m in _NAMING[lang].finditer(part)]
    found += [
        (m.start(1), quoted)
        for m in _QUOTED.finditer(part)
        if _quoted_term(quoted := m.group(1).strip(), lang)
        and len(occurrences(quoted).findall(part)) >= 2
    ]
    for _, term in sorted(found):
        said = occurrences(term)
        if term in lecture_terms and not said.search(before) and not said.search(title):
            return term
    return None


def _quoted_term(quoted: str, lang: str) -> bool:
    """Whether quoted words may be a term: short, and no clause or sentence of their own."""
    short = len(quoted) <= 8 if lang == "zh" else len(quoted.split()) <= 4
    return short and not _PUNCTUATED.search(quoted)


# "这个上限叫上下文窗口", "a limit called the context window", "gọi là cửa sổ ngữ cảnh": the
# words before the term name it.
NAMED = re.compile(r"(?:叫做|叫|称为|称作|即|所谓|called|known as|named|gọi là|tức là)\s*[“\"']?$")


def says_what_it_is(term: str, text: str) -> bool:
    """Whether the lecture says what the term is ("提示词就是…", "…这个上限叫上下文窗口",
    "Mô hình chạy cục bộ là…"): a term worth a review question of its own."""
    return any(
        DEFINES.match(text[m.end() :]) or NAMED.search(text[max(0, m.start() - 12) : m.start()])
        for m in occurrences(term).finditer(text)
    )
