"""Key terms: candidates found by code, chosen and defined by the model from the sentence where
each occurs, and kept only when the definition is grounded in that sentence.

The starter model, asked for key terms freely, listed sentence starts ("涉密信息一律不得输入任何")
and made up definitions ("人名：一个人或事物的名称"). Candidates here are what a lecture repeats or
marks: repeated Chinese n-grams, quoted and bracketed terms, acronyms, capitalised phrases.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Sequence
from typing import Any

from assistant.core.engine.requests import Message
from assistant.core.outline.closing import CEREMONY
from assistant.core.outline.cohesion import content_units
from assistant.core.outline.evaluate_text import starts_clause
from assistant.core.outline.phrases import speaker_label_uses, whole_phrase
from assistant.core.outline.structure import KeyTerm
from assistant.core.text.language import as_simplified
from assistant.core.text.scripts import HAN_CLASS
from assistant.core.text.sentences import split_sentences

MAX_CANDIDATES = 8
# Terms kept in ranking before the rest of the ranking may be skipped.
KEPT_DEPTH = 3 * MAX_CANDIDATES
MIN_TERMS, MAX_TERMS = 3, 4
DEFINITION_CHARS = {"zh": 30, "vi": 90, "en": 90}
# A definition needs this share of its content units in what the term's sentence says of it, or
# the larger share LECTURE_SHARE in what the lecture says of it elsewhere (a made-up "人名：一个人
# 或事物的名称" shares neither, nor does a copy of a clause about something else).
GROUNDED_SHARE = 0.5
LECTURE_SHARE = 0.75
ANSWER_TOKENS = 200
# A gram seen this share of its times inside one longer gram is a piece of that gram.
PIECE_SHARE = 0.9
# Latin interjections of talk, not terms ("OK" in Chinese speech).
_LATIN_TALK = frozenset(["ok", "okay", "yeah", "hello", "bye"])
# The best-scored candidates checked for a definition in the lecture (each check reads every
# place the term is said).
RANKED_TERMS = 30
# What a term the lecture defines adds to its score, beyond doubling it: a term defined once
# and used once more outranks a word said five times.
DEFINED_BONUS = 4
# The field the app's courses teach: every lecture says it, so it names no lecture's topic.
_FIELD = frozenset(["ai", "人工智能", "trí tuệ nhân tạo", "artificial intelligence"])
# Other sentences saying a term that are tried for its stand-in definition.
MAX_OTHER_SENTENCES = 8
# The sentence shown with a candidate, at most this many characters around it.
CONTEXT_CHARS = {"zh": 50, "vi": 150, "en": 150}

_CJK_RUN = re.compile(f"[{HAN_CLASS}]{{2,}}")
_QUOTED = re.compile(r"[“「『《【\"]([^”」』》】\"\n]{2,16})[”」』》】\"]")
_ACRONYM = re.compile(
    r"(?<![A-Za-z-])[A-Z][A-Za-z0-9]*[A-Z][A-Za-z0-9]*(?:-[A-Z][A-Za-z0-9]*)*(?![A-Za-z-])"
)
# "RTF框架", "AI助手": an acronym and the Chinese noun it names.
_ACRONYM_NOUN = re.compile(r"(?<![A-Za-z])[A-Z]{2,}[A-Za-z0-9]*[\u4e00-\u9fff]{2,3}")
_LATIN_NAME = re.compile(r"\b[A-Za-z][A-Za-z0-9+#.-]{2,}\b")
_CAPITALISED = re.compile(r"(?<![.!?]\s)(?<!^)\b([A-Z][a-z]+(?: [A-Z][a-z]+)+)\b", re.M)
# Characters that do not start or end a Chinese term.
_ZH_EDGE = frozenset(
    "的了是在和与及或就也都要不而把被让给对从向到这那个些我你他她它们吧呢啊嗯么很还会能说得"
)
_ZH_FUNCTION = frozenset(
    [
        "我们",
        "你们",
        "他们",
        "大家",
        "这个",
        "那个",
        "一个",
        "什么",
        "怎么",
        "可以",
        "就是",
        "没有",
        "今天",
        "因为",
        "所以",
        "但是",
        "如果",
        "然后",
        "这样",
        "还是",
        "一下",
        "比如",
        "例如",
        "部分",
        "清楚",
        "知道",
        "需要",
        "觉得",
        "时候",
        "东西",
        "方面",
        "进行",
        "一些",
        "这些",
        "那些",
        "这种",
        "非常",
        "比较",
        "已经",
        "可能",
        "应该",
        "自己",
        "现在",
        "以后",
        "之后",
        "之前",
        "的话",
        "同学",
        "各位",
        "老师",
        "学员",
        "第一",
        "第二",
        "第三",
        "第四",
        "第五",
        "第六",
        "一定",
        "不要",
        "不能",
        "一起",
        # Fillers of speech (meeting and lecture transcripts repeat them more than any term).
        "其实",
        "当时",
        "确实",
        "还有",
        "或者",
        "刚才",
        "刚刚",
        "所谓",
        "当然",
        "真的",
        "好像",
        "大概",
        "这里",
        "那里",
        "这边",
        "那边",
        "一样",
        "出来",
        "起来",
        "下来",
        "包括",
        "其中",
        "对于",
        "关于",
        # Words of talk that no lecture defines: "one kind", "actually", "among", "inside",
        # "as for", "through", "thanks", "and so on", "before" (long transcripts repeat them
        # dozens of times).
        "一种",
        "实际上",
        "当中",
        "里面",
        "上面",
        "下面",
        "来讲",
        "来说",
        "通过",
        "感谢",
        "谢谢",
        "等等",
        "以前",
    ]
)
_ZH_FUNCTION_WORD = re.compile("|".join(sorted(_ZH_FUNCTION, key=len, reverse=True)))
# Characters no Chinese term holds anywhere: particles and the persons of talk ("下载了一",
# "以我觉", "问的问题吗" are cuts across words that a transcript repeats).
_ZH_NOT_IN_TERM = frozenset("了吗呢吧啊嗯哦呀么我你她")
# Nouns too general to be a term on their own (they still head a longer term: "安全问题").
_ZH_GENERIC = frozenset(["问题", "情况", "事情", "内容", "地方", "时间", "意思", "感觉", "过程"])
# What follows a term where the lecture defines it: "提示词就是…", "A prompt is…"; a Latin
# copula must go on to a word ("how long the lesson is, what…" defines nothing).
_DEFINES = re.compile(
    r"^\s*(?:就是|是指|是(?!怎么|什么|不是|否|谁|哪|如何)|指|叫做|即|意思是"
    r"|(?:means|is|are|refers|là|được gọi)\b(?=\s+\w))"
)
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
        "this",
        "that",
        "it",
        "we",
        "you",
        "they",
        "our",
        "your",
        "can",
        "will",
        "not",
        "um",
        "uh",
        "so",
        "right",
        "okay",
        "yeah",
        "know",
        "like",
        "really",
        "thing",
        "things",
        "just",
        "don't",
        "it's",
        "that's",
        "we're",
        "you're",
        "i'm",
        "but",
        "if",
        "then",
        "as",
        "by",
        "from",
        "what",
        "which",
        "who",
        "how",
        "when",
        "where",
        "why",
        "there",
        "here",
        "about",
        "also",
        "very",
        "all",
        "some",
        "any",
        "more",
        "most",
        "do",
        "does",
        "did",
        "have",
        "has",
        "had",
        "would",
        "should",
        "could",
        "been",
        "being",
        "into",
        "out",
        "up",
        "down",
        "one",
        "two",
        "three",
        # Pronouns and the word "example", which name no term.
        "something",
        "anything",
        "everything",
        "nothing",
        "someone",
        "anyone",
        "everyone",
        "another",
        "yourself",
        "yourselves",
        "ourselves",
        "example",
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
        "hôm",
        "nay",
        "người",
        "thứ",
        "phần",
        "bước",
        "đầu",
        "tiên",
        "cuối",
        "cùng",
        # Prepositions, pronouns, particles, fillers and "làm" (do), which start no term.
        "về",
        "trên",
        "dưới",
        "từ",
        "theo",
        "bằng",
        "nó",
        "mình",
        "rồi",
        "nha",
        "nữa",
        "phải",
        "cần",
        "hay",
        "hoặc",
        "nếu",
        "vì",
        "nên",
        "lại",
        "đi",
        "đang",
        "vẫn",
        "còn",
        "chỉ",
        "luôn",
        "lúc",
        "thế",
        "vậy",
        "đây",
        "kia",
        "ấy",
        "vừa",
        "mới",
        "đều",
        "cái",
        "chiếc",
        "ờ",
        "à",
        "ừ",
        "ơi",
        "nhỉ",
        "chứ",
        "thôi",
        "đấy",
        "làm",
    ]
)


def candidates(text: str, lang: str, defined_first: bool = True) -> list[str]:
    """Up to MAX_CANDIDATES terms the lecture repeats or marks, most telling first.

    `defined_first`: what the lecture says what it is ranks higher. A lecture's key terms are
    chosen so; a part's key words are not (a part is told by what it says most, and "X是…"
    says what X is only loosely: "主体是…" put "主体" before "双主体").
    """
    scores: Counter[str] = Counter()
    for quoted in _QUOTED.findall(text):
        short = len(quoted) <= 8 if lang == "zh" else len(quoted.split()) <= 4
        if short and not re.search(r"[。！？，,.!?：:；;]", quoted):
            scores[quoted.strip()] += 3
    for listed in _listed(text, lang):
        scores[listed] += 3
    for acronym in set(_ACRONYM.findall(text)):
        scores[acronym] += 3 + 2 * len(_occurrences(acronym).findall(text))
    if lang == "zh":
        for named in _ACRONYM_NOUN.findall(text):
            if text.count(named) >= 2 or _DEFINES.match(text[text.find(named) + len(named) :]):
                scores[named] += 3 + text.count(named)
        for name in _LATIN_NAME.findall(text):
            if text.count(name) >= 2:
                scores[name] += text.count(name)
        _zh_ngrams(text, scores)
    else:
        for phrase in _CAPITALISED.findall(text):
            scores[phrase] += 1 + text.count(phrase)
        _word_ngrams(text, scores, _VI_STOP if lang == "vi" else _EN_STOP, lang)
    for named in _named_terms(text, lang):
        scores[named] += 3 + len(_occurrences(named).findall(text))
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
        if not _acceptable(term) or _PERSON.match(term):
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
        here = _occurrences(term).findall(part)
        everywhere = _occurrences(term).findall(lecture)
        return len(here) * len(here) / max(len(everywhere), len(here), 1)

    order = {term: i for i, term in enumerate(found)}
    return sorted(found, key=lambda t: (-score(t), order[t]))[:most]


def _holds(longer: str, shorter: str) -> bool:
    """Whether a term holds another (whole words for Latin: "vai trò" does not hold "AI", and
    "CO-STAR" holds "co star")."""
    if _occurrences(shorter).search(longer) is not None:
        return True
    big, small = (re.findall(r"[^\W_]+", t.casefold()) for t in (longer, shorter))
    return bool(small) and any(
        big[i : i + len(small)] == small for i in range(len(big) - len(small) + 1)
    )


def _acceptable(term: str) -> bool:
    folded = as_simplified(term.casefold())
    if folded in _EN_STOP or folded in _VI_STOP or folded in _ZH_FUNCTION or folded in _LATIN_TALK:
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
                if seen[0] in _ZH_EDGE or seen[-1] in _ZH_EDGE or seen[-1] == "一":
                    continue
                if seen in _ZH_GENERIC:
                    continue
                if not _ZH_NOT_IN_TERM.isdisjoint(seen):
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
        for word in _ZH_FUNCTION_WORD.finditer(probe):
            found.append((run[at : word.start()], probe[at : word.start()]))
            at = word.end()
        found.append((run[at:], probe[at:]))
    return [(run, probe) for run, probe in found if run]


def _word_ngrams(text: str, scores: Counter[str], stop: frozenset[str], lang: str) -> None:
    """Repeated runs of words: 1-3 English words, 2-4 Vietnamese syllables (a Vietnamese term
    is mostly two-syllable words put together: "quy trình vận hành", "nút dừng khẩn cấp")."""
    sizes = range(2, 5) if lang == "vi" else range(1, 4)
    inner = _INNER[lang]
    starts_no_term = stop | (_VI_VERB_START if lang == "vi" else frozenset())
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


# Vietnamese verbs of asking, using and telling: a run they start is what is done with a term
# ("hỏi AI", "dùng trợ lý AI", "báo tổ trưởng"), not a term.
_VI_VERB_START = frozenset(
    [
        "hỏi",
        "dùng",
        "viết",
        "gửi",
        "đọc",
        "xem",
        "đưa",
        "nhập",
        "báo",
        "gọi",
        "nói",
        "biết",
        "muốn",
        "thấy",
        "lấy",
        "mở",
        "tìm",
        "giúp",
        "nhờ",
        "cài",
    ]
)
# Words that may stand inside a term though they may not start or end one: "of" and "của"
# link the nouns of a term ("freedom of information", "bí mật của khách hàng").
_INNER = {"en": frozenset(["of"]), "vi": frozenset(["của"]), "zh": frozenset()}


# A person named with a title is no term ("Mrs Okafor", "anh Tuấn", "王老师").
_PERSON = re.compile(
    r"^(?:(?:mr|mrs|ms|miss|dr|prof)\.? [A-Z]\w*|(?:anh|chị|ông|bà|cô|thầy|em) [A-ZĐ]\w*"
    r"|[\u4e00-\u9fff]{1,2}(?:老师|主任|校长|经理|书记|局长|科长|处长|同学))$",
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
    said = _occurrences(term).findall(text)
    titled = re.findall(rf"\b(?:Mr|Mrs|Ms|Miss|Dr|Prof)\.? {re.escape(term)}\b", text, re.I)
    return bool(said) and len(titled) * 2 >= len(said)


_ORDINAL_BEFORE = re.compile(r"第[一二三四五六七八九十两\d]+个?$")


def _counted_part(term: str, text: str) -> bool:
    """Whether the term is mostly what the lecture counts its parts by ("第二个现象", "第三个
    原因"): the lecture's structure, not what it teaches."""
    said = [m.start() for m in _occurrences(term).finditer(text)]
    counted = sum(1 for at in said if _ORDINAL_BEFORE.search(text[max(0, at - 5) : at]))
    return bool(said) and counted * 2 >= len(said)


def _speaker_label(term: str, text: str) -> bool:
    """Whether the term is mostly said as a transcript's speaker label ("Chủ tọa: …")."""
    said = _occurrences(term).findall(text)
    return bool(said) and speaker_label_uses(term, text) * 2 >= len(said)


@functools.lru_cache(maxsize=4096)
def _occurrences(term: str) -> re.Pattern[str]:
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


def context(text: str, term: str, lang: str, lines: Sequence[int] = ()) -> str:
    """The sentence where the lecture tells most about the term, whole, within about
    CONTEXT_CHARS; where that is the term alone ("第二部分，RTF框架。"), the sentence after it.

    `lines`: where the lecture's lines start (subtitle cues). A caption without punctuation
    runs on for minutes: its "sentence" is then the term's cue line and the one after it.
    """
    places = [m.start() for m in _occurrences(term).finditer(text)][:8]
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
    found = _occurrences(term).search(piece)
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
    rest = _MARKER_WORDS.sub("", _occurrences(term).sub("", sentence))
    return len(content_units(rest)) == 0


# "这个上限叫上下文窗口", "a limit called the context window", "gọi là cửa sổ ngữ cảnh": the
# words before the term name it.
_NAMED = re.compile(r"(?:叫做|叫|称为|称作|即|所谓|called|known as|named|gọi là|tức là)\s*[“\"']?$")
_SENTENCE_END = re.compile(r"[。！？!?]|\.(?:\s|$)")


def says_what_it_is(term: str, text: str) -> bool:
    """Whether the lecture says what the term is ("提示词就是…", "…这个上限叫上下文窗口",
    "Mô hình chạy cục bộ là…"): a term worth a review question of its own."""
    return any(
        _DEFINES.match(text[m.end() :]) or _NAMED.search(text[max(0, m.start() - 12) : m.start()])
        for m in _occurrences(term).finditer(text)
    )


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
    defines = _DEFINES.match(text[at + len(term) :]) or _NAMED.search(text[max(0, at - 12) : at])
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
    sentences_of_lecture = split_sentences(lecture)
    chosen: list[tuple[str, str]] = []
    if data is not None and isinstance(data.get("key_terms"), list):
        for raw in data["key_terms"]:
            term = raw.get("term") if isinstance(raw, dict) else None
            if term in sentences and all(term != t for t, _ in chosen):
                chosen.append((term, str(raw.get("definition") or "")))
    if len(chosen) < MIN_TERMS:
        have = {term for term, _ in chosen}
        chosen += [(t, "") for t, _ in items if t not in have][: MIN_TERMS - len(chosen)]
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
    found = _occurrences(term)
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
        found = _occurrences(term).search(clause)
        if found is None:
            continue
        kept |= {i, i + 1}
        if _NAMED.search(clause[: found.start()]):
            kept.add(i - 1)
    return "，".join(clauses[i] for i in sorted(kept) if 0 <= i < len(clauses))


def _sentence_definition(term: str, sentence: str, lang: str, lecture: str) -> str:
    """The lecture's own words as the definition: the term's sentence if it reads whole, else
    its first clause with the term that does ("…我们基本上都是互联网年代过来的" ends on a
    dangling 的 however the lecture ends it), else another sentence that says the term."""
    cleaned = sentence.strip(" ，,：:。.")
    clauses = [c.strip() for c in re.split(r"[，,；;：:]", cleaned) if term in c]
    others = [s.strip(" ，,：:。.") for s in split_sentences(lecture) if term in s]
    for candidate in [cleaned, *clauses, *others[:MAX_OTHER_SENTENCES]]:
        whole = whole_phrase(candidate, len(candidate) + 1, lang, lecture)
        # Cut back to a clause without the term, it would speak of something else; minutes
        # of unpunctuated talk are "whole" but no one reads them as a definition.
        long = whole is not None and len(whole) > 2 * CONTEXT_CHARS[lang]
        if whole and whole != term and _occurrences(term).search(whole) and not long:
            return whole
    return cleaned
