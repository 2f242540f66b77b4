"""Which language a text is in (Chinese, Vietnamese, English) and which Chinese script."""

from __future__ import annotations

import re
import unicodedata
from typing import Literal

from assistant.core.text.scripts import han_count

Language = Literal["zh", "vi", "en"]

# Share of CJK characters among CJK characters plus Latin words from which a text is Chinese.
# Latin words, not letters: a Chinese lecture full of "ChatGPT" and "prompt" stays Chinese.
CJK_SHARE = 0.3
# Share of Vietnamese letters (ă â đ ê ô ơ ư ĩ ũ and the precomposed tone-marked vowels of Latin
# Extended Additional) among Latin letters: ~10-20% in Vietnamese, near 0 in English.
VIETNAMESE_SHARE = 0.03
_VIETNAMESE_LETTERS = frozenset("ăđơưĩũĂĐƠƯĨŨ")
# French and Portuguese have these too: they count towards the share but prove nothing alone.
_SHARED_LETTERS = frozenset("âêôÂÊÔ")
_LATIN_WORD = re.compile(r"[^\W\d_]+")


def _is_latin(ch: str) -> bool:
    cp = ord(ch)
    return ch.isalpha() and (cp < 0x0250 or 0x1E00 <= cp <= 0x1EFF)


def _is_vietnamese(ch: str) -> bool:
    return ch in _VIETNAMESE_LETTERS or 0x1EA0 <= ord(ch) <= 0x1EF9


def detect_language(text: str) -> Language:
    """The lecture's language: "zh" (simplified or traditional), "vi", else "en"."""
    text = unicodedata.normalize("NFC", text)  # decomposed tone marks count as letters too
    cjk = han_count(text)
    latin_words = sum(1 for word in _LATIN_WORD.findall(text) if any(_is_latin(ch) for ch in word))
    if cjk and cjk / (cjk + latin_words) >= CJK_SHARE:
        return "zh"
    latin = sum(1 for ch in text if _is_latin(ch))
    vietnamese = sum(1 for ch in text if _is_vietnamese(ch))
    shared = sum(1 for ch in text if ch in _SHARED_LETTERS)
    if vietnamese >= 2 and (vietnamese + shared) / max(latin, 1) >= VIETNAMESE_SHARE:
        return "vi"
    return "en"


# Traditional-only and simplified-only forms of common characters: which script a Chinese
# lecture is in, so the outline keeps it (a 0.5B model told "中文" writes simplified).
_TRADITIONAL = frozenset(
    "這們說時會來對學為個國發經過還進動樣們與見點問題開關實體記務寫請輸類條應當從網電"
    "話課習義變聽讀書標準確認場議結構論證"
)
_SIMPLIFIED = frozenset(
    "这们说时会来对学为个国发经过还进动样们与见点问题开关实体记务写请输类条应当从网电"
    "话课习义变听读书标准确认场议结构论证"
)


def chinese_script(text: str) -> Literal["traditional", "simplified"]:
    """Whether Chinese text is written in traditional or simplified characters."""
    traditional = sum(1 for ch in text if ch in _TRADITIONAL and ch not in _SIMPLIFIED)
    simplified = sum(1 for ch in text if ch in _SIMPLIFIED and ch not in _TRADITIONAL)
    return "traditional" if traditional > simplified else "simplified"


# Traditional characters and their simplified forms, one for one: word lists written in
# simplified characters (markers, speech fillers, words of talk) match a traditional lecture.
_TO_SIMPLIFIED = str.maketrans(
    "這們說時會來對學為個國發經過還進動樣與見點問題開關實體記務寫請輸類條應當從網電話課習義變"
    "聽讀書標準確認場議結構論證後節講單項階環驟總綜歸納顧業舉幾兩練討麼現內談則誤區處風險嗎並"
    "讓給沒覺東種較該師員剛謂裡邊於際謝況間週號禮辦組負責須報傳帶級詞佈長將",
    "这们说时会来对学为个国发经过还进动样与见点问题开关实体记务写请输类条应当从网电话课习义变"
    "听读书标准确认场议结构论证后节讲单项阶环骤总综归纳顾业举几两练讨么现内谈则误区处风险吗并"
    "让给没觉东种较该师员刚谓里边于际谢况间周号礼办组负责须报传带级词布长将",
)


def as_simplified(text: str) -> str:
    """The text with common traditional characters in simplified form; same length, so an
    offset found in the result is one in the text."""
    return text.translate(_TO_SIMPLIFIED)
