"""The text rules of outline evaluation: comparison units per language, and what a cut item is.

An item reads as cut when a reader would expect more words after it. Precisely, after trailing
spaces are removed, an item is cut when it
1. ends with an ellipsis: "…", "...", "⋯" or "。。。" (a visible truncation mark);
2. ends with a mark that announces more: a comma, enumeration comma, semicolon, colon, dash, or
   an opening bracket or quote;
3. leaves a bracket or quote pair open: more "(" than ")", "“" than "”", "《" than "》", an odd
   number of '"', a single quote that opens a word and none after it, and so on;
4. ends with a word that cannot end a phrase in its language: a preposition, conjunction,
   article, possessive or structural particle ("of", "and", "the"; "của", "và", "các"; "的",
   "和", "把", "因为"), unless that last word is part of a whole word that may end a phrase
   ("目的", "参与", "存在");
5. does not end with a sentence mark, ends with a copy of the lecture (the whole item or its
   end: at least 10 Chinese characters or 5 words, compared with case, width, tone marks and
   spacing folded, and in English also without articles, which the model drops when it copies;
   "First, give it the source yourself so instead of asking what do our purchasing" ends with a
   copy of "…is give it the source yourself so instead of asking what do our purchasing rules
   say"), and stops where the lecture does not: at every place it was copied from, the lecture
   goes on with a letter or character (not a punctuation mark, a line end, the end of a
   subtitle cue or an English clause joined by "and", "but", "or" or "so"), and has a
   sentence mark within the next 200 characters
   ("涉密信息一律不得输入任何" copied from "…不得输入任何大模型。"). An English or Vietnamese
   transcript without sentence marks there shows where its clauses join instead: such a
   copy is cut when the lecture goes on with a word that starts no clause or modifier (not
   a conjunction, a filler, a subject pronoun or a preposition): "…if you can each bring"
   before "one example", but not "…it's not a search engine" before "it's predicting" or
   "Đọc quy trình vận hành" before "của máy";
6. ends with a Chinese character, is copied from the lecture (at least 4 Chinese characters),
   and stops inside a word: at every place it was copied from, the next character is a Chinese
   character that is no particle, and it forms with the item's last character a pair the
   lecture says at least 3 times and more often than the item's own last two characters
   ("指数会比现" copied from "…指数会比现在…", where "现在" is said throughout).
7. is no question and starts with a word that needs the words before it, which the item left
   out: a linking verb without its subject ("Is just not true", copied from "…sounds completely
   confident and is just not true"; "are", "was", "were"; Vietnamese "là"), or a Chinese
   structural particle ("的", not "的确").
Rule 4 uses the item's own script: Chinese rules for an item ending in a Chinese character,
Vietnamese rules for a Vietnamese outline's Latin-script items, English rules otherwise.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable

from assistant.core.text.folding import normalize
from assistant.core.text.language import as_simplified
from assistant.core.text.scripts import HAN_CHAR, HAN_RUN


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_WORD = re.compile(r"[a-z0-9]+(?:\.[0-9]+)*")  # "4.7" stays one unit; "co-star" is two

_EN_STOP = _words(
    "a an and are as at be by for from has have how in is it its of on or that the this to "
    "was what when which who why with will can you your we our they their there these those "
    "do does so not no yes if then than into about also just very um uh"
)
# Syllables that carry grammar, not content, in Vietnamese (folded, tone marks removed).
_VI_STOP = _words(
    "la va cua cac nhung mot cho voi de thi ma khi neu trong tren duoc bi co khong da se "
    "dang nay do ay nhu ve vao tu ra len hay hoac rang o cung rat nhieu moi"
)
# Step and part markers, so "第一步：准备文字稿" and "步骤1：准备文字稿" compare as the same point.
_ENUMERATOR = re.compile(
    r"^\s*(?:第[一二三四五六七八九十百\d]+(?:步|部分|节|章|点|条)?|步骤\s*[\d一二三四五六七八九十]+"
    r"|[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[)）]|\d{1,2}[.、)）]"
    r"|(?:step|part|bước|phần)\s*\d+|thứ\s+(?:nhất|hai|ba|tư|năm|sáu|bảy|tám|chín|mười)"
    r"|first|second|third|fourth|fifth|next|then|finally|cuối cùng|首先|其次|最后)"
    r"[\s:：,，.、\-–—]*",
    re.IGNORECASE,
)
# Two points (or a point and its heading) sharing this much (Dice over units) say the same thing.
DUPLICATE_DICE = 0.8
# Rule 5: copies at least this long are checked against the lecture.
COPIEDHAN_CHARS = 10
COPIED_WORDS = 5
# Rule 6: copies of at least this many Chinese characters; a pair said this often is a word.
COPIED_WORD_CHARS = 4
WORD_PAIR_SAID = 3
# Characters that follow a whole word rather than continue it (not 在: "现在" is one word).
_PARTICLES = frozenset("的了着过是吗呢吧啊嗯么和与及或也都就把被")
# ...and only where the lecture is punctuated: a sentence mark within this many characters.
PUNCTUATION_WINDOW = 200
_SENTENCE_ENDS = "。！？.!?；;"
_ELLIPSES = ("…", "...", "⋯", "。。。")
_OPENERS_AT_END = ',，、;；:：-–—(（[【《「『“‘"'
# A single quote that opens ("the word 'section") and one that closes ("'section' is"); an
# apostrophe inside a word ("don't") is neither, and a closing one after a plural ("students'")
# is only counted against an opening one.
_OPENING_QUOTE = re.compile(r"(?<![\w'])'(?=\w)")
_CLOSING_QUOTE = re.compile(r"(?<=[\w.,!?])'(?!\w)")
_PAIRS = ("()", "（）", "[]", "【】", "《》", "「」", "『』", "“”", "‘’")

# Rule 4. English and Vietnamese: the last word, case-folded, tone marks kept ("thi" is "exam",
# "thì" is "then"). Words that also end phrasal verbs ("in", "on", "up") are left out.
_EN_DANGLING = _words(
    "a an the and or but nor of to for with at by from into onto about than which whose "
    "because if while as such my your our their its including between via per versus "
    "e.g. i.e. very every each"
)
_VI_DANGLING = _words(
    "của và các những với để là thì mà nhưng hoặc nếu khi cho như bởi vì rằng đã sẽ đang"
)
# Chinese: two-character words that always lead on, then single characters that do unless
# they close one of the whole words listed for them.
_ZH_DANGLING_WORDS = (
    "因为",
    "如果",
    "但是",
    "而且",
    "并且",
    "以及",
    "或者",
    "通过",
    "根据",
    "关于",
    "对于",
    "由于",
    "为了",
    "比如",
    "例如",
    "包括",
    "就是",
    "还有",
    "以便",
    "使得",
    "导致",
    "即使",
    "针对",
    "面向",
)
_ZH_DANGLING_CHARS = {
    "的": "目的 有的 别的 真的 是的 似的 好的 对的",
    "和": "总和 温和 平和 共和 缓和 调和 饱和 柔和 谦和 祥和 随和 暖和 附和 中和",
    "与": "参与 给与 授与 赋与",
    "及": "涉及 普及 波及 危及 来得及 来不及 顾及 企及 提及 触及 遍及 所及",
    "或": "",
    "把": "一把",
    "被": "棉被",
    "从": "服从 顺从 盲从 听从 随从 主从",
    "将": "大将 武将 干将",
    "让": "转让 出让 退让 礼让 谦让 忍让",
    "使": "天使 大使 特使 公使 信使 驱使",
    "给": "供给 补给 配给 自给",
    "而": "",
    "并": "合并 兼并 吞并 归并",
    "但": "",
    "且": "",
    "若": "",
    "由": "自由 理由 缘由 事由 因由 来由",
    "于": "",
    "在": "存在 现在 所在 实在 内在 外在 自在 潜在 健在 不在 同在 常在",
    "为": "行为 作为 有为 无为 人为 可为 以为",
    "以": "可以 足以",
}


def units(text: str, language: str) -> set[str]:
    """The pieces coverage and matching count: character pairs, syllables or words."""
    folded = normalize(text)
    if language == "zh":
        pairs = set()
        for run in HAN_RUN.findall(folded):
            pairs |= {run[i : i + 2] for i in range(len(run) - 1)} or {run}
        # Latin words in Chinese text ("RTF框架", "GB/T 9704") are units too.
        return pairs | set(_WORD.findall(HAN_RUN.sub(" ", folded)))
    words = _WORD.findall(folded)
    if language == "en":
        return {_stem(w) for w in words if w not in _EN_STOP}
    return set(words)  # Vietnamese: each syllable is written apart


def content_units(text: str, language: str) -> set[str]:
    """Units that carry meaning: as units(), without Vietnamese grammar syllables."""
    found = units(text, language)
    return found - _VI_STOP if language == "vi" else found


def without_enumerator(text: str) -> str:
    """Text without a leading step or part marker ("第一步：", "步骤1：", "2.", "Step 3 -")."""
    return _ENUMERATOR.sub("", text, count=1)


def overlap(wanted: set[str], have: set[str]) -> float:
    """Share of wanted found in have (0 when nothing is wanted)."""
    return len(wanted & have) / len(wanted) if wanted else 0.0


def dice(a: set[str], b: set[str]) -> float:
    """Dice similarity of two unit sets."""
    return 2 * len(a & b) / (len(a) + len(b)) if a and b else 0.0


def says_again(item: str, said: Iterable[str], language: str) -> bool:
    """Whether the item says what one of said (its heading, earlier points) says already: the
    pipeline drops such a point, and the evaluation counts one that got through."""
    mine = content_units(without_enumerator(item), language)
    return bool(mine) and any(
        dice(mine, content_units(without_enumerator(other), language)) >= DUPLICATE_DICE
        for other in said
    )


def cut_reason(item: str, language: str, lecture: str = "") -> str | None:
    """Why the item reads as cut off (see the module docstring), or None when it reads whole."""
    text = unicodedata.normalize("NFC", item).rstrip()
    if len(text) < 2:
        return None
    for mark in _ELLIPSES:
        if text.endswith(mark):
            return f"ends with {mark!r}"
    if text[-1] in _OPENERS_AT_END and not (text[-1] == '"' and text.count('"') % 2 == 0):
        return f"ends with {text[-1]!r}"
    for pair in _PAIRS:
        if text.count(pair[0]) > text.count(pair[1]):
            return f"{pair[0]!r} left open"
    if text.count('"') % 2:
        return "'\"' left open"
    if len(_OPENING_QUOTE.findall(text)) > len(_CLOSING_QUOTE.findall(text)):
        return '"\'" left open'  # "…after the word 'section"
    if lecture and _own_line(text, lecture):
        return None  # the lecture's own title or heading, as it wrote it ("…一段话的")
    if (lead := headless(text, language)) is not None:
        return f"starts with {lead!r}"
    if HAN_CHAR.match(text[-1]):
        reason = _zh_dangling(text)
    else:
        words = re.findall(r"[^\W\d_]+(?:\.[^\W\d_]+\.)?", text.casefold())
        dangling = _VI_DANGLING if language == "vi" else _EN_DANGLING
        reason = f"ends with {words[-1]!r}" if words and words[-1] in dangling else None
        # "…stops at 4.5" ends on its number; "…a company we have no agreement with." is the
        # lecture's own sentence, ended by its writer.
        if text[-1].isdigit() or (text[-1] in ".!?" and lecture and _own_sentence(text, lecture)):
            reason = None
    if reason or not lecture:
        return reason
    return _stops_mid_sentence(text, lecture, language) or _ends_inside_word(text, lecture)


@functools.lru_cache(maxsize=8)  # every item of an outline is judged against one lecture
def _flat(text: str) -> str:
    """Folded text with runs of spaces as one space; line breaks stay (they end a clause)."""
    lines = (" ".join(line.split()) for line in normalize(text).splitlines())
    return "\n".join(line for line in lines if line)


def _own_line(item: str, lecture: str) -> bool:
    """Whether the item is a whole line of the lecture (a Markdown heading without its #)."""
    flat = " ".join(normalize(item).split())
    return any(line.lstrip("# ") == flat for line in _flat(lecture).splitlines())


def _own_sentence(item: str, lecture: str) -> bool:
    """Whether the item is a whole sentence of the lecture, from its start to its end mark."""
    flat, source = " ".join(normalize(item).split()), _flat(lecture)
    at = source.find(flat)
    while at != -1:
        before = source[:at].rstrip(" ")
        if not before or before[-1] in "\n" + _SENTENCE_ENDS:
            return True
        at = source.find(flat, at + 1)
    return False


def _stops_mid_sentence(item: str, lecture: str, language: str) -> str | None:
    """Rule 5: a long verbatim copy of the lecture, the whole item or its end, that stops where
    the lecture goes on."""
    flat = " ".join(normalize(item).split())
    if flat[-1] in _SENTENCE_ENDS:
        return None
    source = _flat(lecture)
    cjk = bool(HAN_CHAR.search(flat))
    # An unpunctuated transcript's few marks ("section 4.7", a stray full stop) do not show
    # where its sentences end: the next word does.
    unpunctuated = not cjk and _unpunctuated(source)
    tails = list(_tails(flat, cjk))
    afters: list[str] = []
    # Every longer end holds the shortest one: where that is no copy, none is (and most items
    # are none, so this is what most calls cost).
    english = language == "en" and not cjk
    if tails and _afters(tails[-1], source, unpunctuated, english):
        afters = next(
            filter(None, (_afters(copy, source, unpunctuated, english) for copy in tails))
        )
    # A copy that ends at the lecture's punctuation (or end) anywhere is a whole clause; an
    # unpunctuated transcript shows where its clauses join by the word that follows.
    if not afters or any(not _goes_on(after, cjk, language, unpunctuated) for after in afters):
        return None
    return STOPS_MID_SENTENCE


def _tails(flat: str, cjk: bool) -> Iterable[str]:
    """The item, then its ends from the longest down, while each is long enough to be a copy:
    the model often puts words of its own before a copied clause ("First, give it the source
    yourself so instead of asking what do our purchasing" of "…the first thing … is give it the
    source yourself so instead of asking what do our purchasing rules say")."""
    if cjk:
        for start in range(len(flat)):
            if len(HAN_CHAR.findall(flat[start:])) < COPIEDHAN_CHARS:
                return
            yield flat[start:]
    else:
        words = flat.split(" ")
        for start in range(len(words) - COPIED_WORDS + 1):
            yield " ".join(words[start:])


def _afters(copy: str, source: str, unpunctuated: bool, english: bool = False) -> list[str]:
    """The lecture text after each place the copy was taken from; a line end where a copy ends
    stays (a subtitle cue or paragraph ends there), while a copy may run across line ends."""
    afters = _after_places(copy, *_joined(source))
    if not afters and unpunctuated:
        # The model puts commas into a transcript that has none ("…the word section, so it
        # writes one and it has no"): compared without them.
        afters = _after_places(_bare(copy), *_bare_joined(source), whole_words=True)
    if not afters and english:
        # ...and drops articles from what it copies ("…on the office computer to draft reading
        # club" of "…to draft the reading club flyers"): compared without them too (keeping
        # the lecture's commas, which end a clause).
        shed = _bare if unpunctuated else str
        bare = _ARTICLE.sub("", shed(copy))
        afters = _after_places(bare, *_articleless_joined(source, unpunctuated), whole_words=True)
    return afters


_ARTICLE = re.compile(r"(?<!\S)(?:a|an|the) (?=\S)")


@functools.lru_cache(maxsize=8)
def _articleless_joined(source: str, unpunctuated: bool) -> tuple[str, frozenset[int]]:
    return _joined(_ARTICLE.sub("", _bare(source) if unpunctuated else source))


def _after_places(
    copy: str, joined: str, line_ends: frozenset[int], whole_words: bool = False
) -> list[str]:
    found = _finds(copy, joined) if whole_words else re.finditer(re.escape(copy), joined)
    return [
        "\n" + joined[m.end() :].lstrip(" ")[:PUNCTUATION_WINDOW]
        if m.end() in line_ends
        else joined[m.end() : m.end() + PUNCTUATION_WINDOW]
        for m in found
    ]


@functools.lru_cache(maxsize=8)
def _bare_joined(source: str) -> tuple[str, frozenset[int]]:
    return _joined(_bare(source))


@functools.lru_cache(maxsize=8)
def _joined(source: str) -> tuple[str, frozenset[int]]:
    """The flat source with its lines joined (without a space between Chinese characters), and
    where each line ended in it."""
    lines = source.split("\n")
    joined, ends = lines[0], set()
    for line in lines[1:]:
        ends.add(len(joined))
        cjk = bool(joined) and bool(line) and HAN_CHAR.match(joined[-1]) and HAN_CHAR.match(line[0])
        joined += line if cjk else " " + line
    return joined, frozenset(ends)


# A transcript with fewer sentence marks than one per this many words shows none.
UNPUNCTUATED_WORDS = 60


def _unpunctuated(source: str) -> bool:
    marks = len(re.findall(r"[.!?](?:\s|$)|[。！？]", source))
    return marks * UNPUNCTUATED_WORDS < len(source.split())


def _bare(text: str) -> str:
    """Words only: no punctuation, single spaces; line ends kept."""
    lines = (" ".join(re.sub(r"[^\w\s'’]", " ", line).split()) for line in text.splitlines())
    return "\n".join(line for line in lines if line)


def _finds(item: str, source: str) -> Iterable[re.Match[str]]:
    return re.finditer(rf"(?<!\w){re.escape(item)}(?!\w)", source)


def _ends_inside_word(item: str, lecture: str) -> str | None:
    """Rule 6: a copy that stops between two characters the lecture keeps saying together."""
    flat = " ".join(normalize(item).split())
    if len(HAN_CHAR.findall(flat)) < COPIED_WORD_CHARS or not HAN_CHAR.match(flat[-1]):
        return None
    source = _flat(lecture)
    pairs: set[str] = set()
    start = source.find(flat)
    while start != -1:
        after = source[start + len(flat) : start + len(flat) + 1]
        pair = flat[-1] + after
        said = source.count(pair)
        # "心理健康" goes on "…发展" often too, but says its own last pair ("健康") more.
        if not HAN_CHAR.match(after) or after in _PARTICLES or said < WORD_PAIR_SAID:
            return None  # somewhere the copy ends where a word may end
        if said <= source.count(flat[-2:]):
            return None
        pairs.add(pair)
        start = source.find(flat, start + 1)
    return f"ends inside {sorted(pairs)[0]!r}" if pairs else None


def _folded_words(text: str) -> frozenset[str]:
    return frozenset(normalize(text).split())


# Rule 5's reason.
STOPS_MID_SENTENCE = "stops mid-sentence in the lecture"
# Words that join a clause to the one before as its equal: what comes before one is a whole
# clause when the writer gave no comma ("AI có thể trả lời sai" of "AI có thể trả lời sai nhưng
# không nhìn thấy máy trước mà"). Not "when", "if", "khi", "thì": they often start what the
# clause before says ("hallucination is basically when…"). Lower case, with diacritics: folded,
# "còn" would be "con" (a child).
JOINS = {
    "en": frozenset(["and", "but", "or", "so"]),
    "vi": frozenset(["và", "nhưng", "mà", "hoặc", "còn", "rồi"]),
}
# Words that start a clause in unpunctuated speech (conjunctions, fillers, subject pronouns) or
# a phrase's modifier (prepositions): an item may stop before them. Folded as the lecture is
# when copies are compared ("thì" is "thi" there).
_CLAUSE_STARTS = {
    "en": _folded_words(
        "and so but or because then which that um uh er okay ok right well now also if when "
        "while it it's i i'm i've i'll we we're we've we'll you you're you've you'll they "
        "they're he she there there's this that's these those what how why yeah yes no first "
        "second third next finally "
        # A phrase may stop before its prepositional modifier ("the operating procedure" before
        # "of the machine").
        "of for in on at with by from to about into like as"
    ),
    "vi": _folded_words(
        "và mà thì rồi nhưng nên cho vì nếu khi còn hay hoặc ờ à ừ nha nhé thôi nó mình các "
        "chúng tôi anh chị em bạn ta đó này vậy thế sau trước đầu cuối thứ "
        "của với về trong trên dưới ở để từ bằng theo như"
    ),
}
_NEXT_WORD = re.compile(r" +([^\W\d_]+(?:['’][^\W\d_]+)?)")


def starts_clause(text: str, language: str) -> bool:
    """Whether unpunctuated English or Vietnamese text starts a clause or a modifier (its first
    word is a conjunction, filler, subject pronoun or preposition); True in other languages."""
    if language not in _CLAUSE_STARTS:
        return True
    word = _NEXT_WORD.match(" " + normalize(text).lstrip())
    return word is None or word.group(1).replace("’", "'") in _CLAUSE_STARTS[language]


def _goes_on(after: str, cjk: bool, language: str = "", unpunctuated: bool = False) -> bool:
    """Whether the lecture text right after a copy continues a sentence: a punctuated one, or
    an English or Vietnamese transcript's clause (the next word starts no new one)."""
    if not after or after[0] in _SENTENCE_ENDS:
        return False
    if unpunctuated or not any(mark in after for mark in _SENTENCE_ENDS):
        if after.lstrip(" ")[:1] == "\n":
            return False  # a line end ends it
        word = None if cjk or language not in _CLAUSE_STARTS else _NEXT_WORD.match(after)
        return word is not None and word.group(1).replace("’", "'") not in _CLAUSE_STARTS[language]
    if cjk:
        return after[0].isalnum()
    if language == "en" and _NEXT_CLAUSE.match(after):
        return False  # "…using VLOOKUP" before "and send it to Mr. Li": a clause ends there
    return after[0].isalnum() or (after[0] == " " and after[1:2].isalnum())


# An English clause joined to the one before ("… and send it …"), not a noun joined to a noun
# ("an unpaid invoice and a thank-you note can share a style"): the word after the joining word
# is no determiner.
_NEXT_CLAUSE = re.compile(
    r" (?:and|but|or|so) (?!(?:a|an|the|this|that|these|those|my|your|our|their|his|her|its|"
    r"some|any|every|each|all|no|one|two|three)\b)[a-z]",
)


# Rule 7: words an item cannot start with (lower case, tone marks kept).
_HEADLESS = {
    "en": _words("is are was were isn't aren't wasn't weren't"),
    "vi": _words("là"),
}
_ZH_HEADLESS = re.compile(r"^的(?!确)")


def headless(text: str, language: str) -> str | None:
    """Rule 7: the word a statement starts with that needs the words before it, or None."""
    if text.endswith(("?", "？")):
        return None
    if HAN_CHAR.match(text[0]):
        return "的" if _ZH_HEADLESS.match(text) else None
    first = re.match(r"[^\W\d_]+(?:['’][^\W\d_]+)?", text.casefold())
    word = first.group().replace("’", "'") if first else ""
    return word if word in _HEADLESS.get(language, ()) else None


def _zh_dangling(text: str) -> str | None:
    text = as_simplified(text)  # "…資料與" dangles as "…资料与" does
    for word in _ZH_DANGLING_WORDS:
        if text.endswith(word):
            return f"ends with {word!r}"
    last = text[-1]
    if last not in _ZH_DANGLING_CHARS:
        return None
    if any(text.endswith(word) for word in _ZH_DANGLING_CHARS[last].split()):
        return None
    return f"ends with {last!r}"


def _stem(word: str) -> str:
    """A light English stem, so "prompts", "prompting" and "prompt" compare equal."""
    if len(word) <= 4 or not word.isalpha():
        return word
    for suffix, keep in (("ies", "y"), ("ing", ""), ("ed", ""), ("es", ""), ("s", "")):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            if suffix in ("es", "s") and word.endswith(("ss", "us", "is")):
                return word
            stem = word[: -len(suffix)] + keep
            if suffix == "es" and not stem.endswith(("ch", "sh", "x", "z", "ss")):
                stem = word[:-1]  # "lines" -> "line", "boxes" -> "box"
            if suffix in ("ing", "ed") and len(stem) > 2 and stem[-1] == stem[-2]:
                stem = stem[:-1]  # "planning" -> "plan"
            return stem
    return word
