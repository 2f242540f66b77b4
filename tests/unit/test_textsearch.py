"""Search normalisation, FTS5 terms and queries, snippets: Chinese, Vietnamese and English."""

from __future__ import annotations

import random
import sqlite3
import unicodedata
from collections.abc import Iterator

import pytest

from assistant.core.store import textsearch as ts


def nfd(s: str) -> str:
    return unicodedata.normalize("NFD", s)


# -- normalize --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("tiếng Việt", "tieng viet"),
        ("TIẾNG VIỆT", "tieng viet"),
        ("Đề cương", "de cuong"),
        ("đ", "d"),
        ("Đ", "d"),
        ("Ð", "d"),  # U+00D0 looks like Đ and old encodings produced it
        ("ư", "u"),
        ("ＡＩ　２０２４", "ai 2024"),
        ("会议纪要：课程", "会议纪要:课程"),
        ("課", "課"),  # no traditional/simplified folding
        ("Straße", "strasse"),
        ("ﬁle", "file"),
        ("が", "が"),  # a voicing mark changes the kana, so it stays
        ("", ""),
    ],
)
def test_normalize(text: str, expected: str) -> None:
    assert ts.normalize(text) == expected


def test_normalize_nfd_equals_nfc() -> None:
    text = "Học tiếng Việt cơ bản, Đề cương bài giảng"
    assert (
        ts.normalize(nfd(text)) == ts.normalize(text) == "hoc tieng viet co ban, de cuong bai giang"
    )


def test_normalize_single_chars_and_stray_mark() -> None:
    assert [ts.normalize(c) for c in "Ệ课Ａ"] == ["e", "课", "a"]
    assert ts.normalize("\u0301") == ""


@pytest.mark.parametrize(
    "text", ["plain ascii", "tiếng Việt", nfd("tiếng Việt"), "ﬁ ß ㈠ ＡＩ", "\u0301x", "会议", ""]
)
def test_normalize_with_offsets_matches_normalize(text: str) -> None:
    norm, offsets = ts.normalize_with_offsets(text)
    assert norm == ts.normalize(text)
    assert len(offsets) == len(norm)
    assert list(offsets) == sorted(offsets)
    assert all(0 <= o < len(text) for o in offsets)


def test_offsets_point_at_original_chars() -> None:
    text = nfd("Việt")  # V i e U+0323 U+0302 t
    norm, offsets = ts.normalize_with_offsets(text)
    assert norm == "viet"
    assert list(offsets) == [0, 1, 2, 5]
    norm, offsets = ts.normalize_with_offsets("aﬁb")
    assert (norm, list(offsets)) == ("afib", [0, 1, 1, 2])


# -- index terms ------------------------------------------------------------------------------


def test_index_terms_bigrams_in_order() -> None:
    terms = ts.index_terms("会议纪要")
    assert terms.words == "会议 议纪 纪要"
    assert terms.chars == "会 议 纪 要"


def test_index_terms_runs_split_on_anything_not_cjk() -> None:
    terms = ts.index_terms("AI课程，课 Tiếng Việt 2024")
    assert terms.words == "ai 课程 课 tieng viet 2024"
    assert terms.chars == "课 程 课"


def test_index_terms_empty_and_punctuation() -> None:
    assert ts.index_terms("") == ts.IndexTerms("", "")
    assert ts.index_terms("!!! ... ——") == ts.IndexTerms("", "")


def test_fts_row_follows_column_order() -> None:
    assert ts.FTS_COLUMNS == ("title", "tags", "body", "chars")
    assert ts.fts_row("课程", "AI", "纪要") == ("课程", "ai", "纪要", "课 程 纪 要")


# -- query building ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("课程", '{title tags body} : "课程"'),
        ("会议纪要", '{title tags body} : "会议 议纪 纪要"'),
        ("课", 'chars : "课"'),
        ("frame", '{title tags body} : "frame" *'),
        ('"role task"', '{title tags body} : "role task"'),
        ("“role task”", '{title tags body} : "role task"'),  # quotes typed by a Chinese IME
        ("gpt-4", '{title tags body} : "gpt 4" *'),
        ("AI课程", '{title tags body} : "ai" AND {title tags body} : "课程"'),
        ("tieng viet", '{title tags body} : "tieng" * AND {title tags body} : "viet" *'),
    ],
)
def test_build_match_query(query: str, expected: str) -> None:
    assert ts.build_match_query(query) == expected


@pytest.mark.parametrize("query", ["", "   ", "!!!", '"', '""', "* : ( )", "——。，"])
def test_nothing_searchable_gives_none(query: str) -> None:
    assert ts.build_match_query(query) is None


def test_query_terms() -> None:
    assert ts.query_terms('Tiếng  VIỆT "Role, Task" 会议纪要 AI课程') == [
        "tieng",
        "viet",
        "role task",
        "会议纪要",
        "ai",
        "课程",
    ]


# -- against a real FTS5 table ----------------------------------------------------------------

NOTES = {
    1: ("周一会议", "", "会议纪要：课程安排"),
    2: ("提示词入门", "", "本课程介绍提示词"),
    3: ("Bài học", "", "Học tiếng Việt cơ bản"),
    4: ("Đề cương bài giảng", "", "Nội dung chính của khóa học"),
    5: ("Prompts", "", "Prompt frameworks: role, task, format"),
    6: ("Office", "", "AI tools for the office, 2024 edition"),
    7: ("Framework", "", "One page on how to structure a request"),
    8: ("Lịch học", "đào tạo", "Tuần 2: ôn tập"),
}


@pytest.fixture
def db() -> Iterator[sqlite3.Connection]:
    conn = sqlite3.connect(":memory:")
    conn.execute(ts.FTS_CREATE_SQL)
    columns = ", ".join(ts.FTS_COLUMNS)
    for rowid, (title, tags, body) in NOTES.items():
        conn.execute(
            f"INSERT INTO {ts.FTS_TABLE} (rowid, {columns}) VALUES (?, ?, ?, ?, ?)",
            [rowid, *ts.fts_row(title, tags, body)],
        )
    yield conn
    conn.close()


def search(db: sqlite3.Connection, query: str) -> list[int]:
    match = ts.build_match_query(query)
    if match is None:
        return []
    rows = db.execute(
        f"SELECT rowid FROM {ts.FTS_TABLE} WHERE {ts.FTS_TABLE} MATCH ? "
        f"ORDER BY bm25({ts.FTS_TABLE}, {ts.BM25_WEIGHTS})",
        [match],
    )
    return [r[0] for r in rows]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("课程", {1, 2}),
        ("纪要", {1}),
        ("会议纪要", {1}),
        ("课", {1, 2}),
        ("词", {2}),
        ("会纪", set()),  # not contiguous anywhere
        ("议课", set()),  # crosses the "：" between two runs
        ("程安排", {1}),
        ("tieng viet", {3}),
        ("tiếng Việt", {3}),
        ("TIẾNG VIỆT", {3}),
        (nfd("tiếng Việt"), {3}),
        ("tiếng", {3}),
        ("de cuong", {4}),
        ("ĐỀ CƯƠNG", {4}),
        ("dao tao", {8}),  # a tag
        ("frame", {5, 7}),
        ("frameworks", {5}),
        ('"role task"', {5}),
        ('"task role"', set()),
        ('"role task format"', {5}),
        ("ＡＩ", {6}),
        ("２０２４", {6}),
        ("AI 2024", {6}),
        ("AI课程", set()),
        ("介绍 prompt", set()),
        ("提示词 本课程", {2}),
    ],
)
def test_search_finds(db: sqlite3.Connection, query: str, expected: set[int]) -> None:
    assert set(search(db, query)) == expected


def test_title_match_ranks_above_body_match(db: sqlite3.Connection) -> None:
    assert search(db, "framework") == [7, 5]  # 7 has it in the title, 5 only in the body


def test_unicode61_keeps_our_tokens_whole(db: sqlite3.Connection) -> None:
    # The tokenizer must not re-split or re-fold what Python wrote, or phrases would drift.
    db.execute(f"CREATE VIRTUAL TABLE vocab USING fts5vocab({ts.FTS_TABLE}, 'instance')")
    indexed = {r[0] for r in db.execute("SELECT term FROM vocab")}
    ours = {
        tok
        for title, tags, body in NOTES.values()
        for tok in " ".join(ts.fts_row(title, tags, body)).split()
    }
    assert indexed == ours


@pytest.mark.parametrize(
    "query",
    [
        '"',
        '"""',
        "AND",
        "OR",
        "NOT",
        "NEAR(",
        "NEAR(a b, 2)",
        "*",
        ":",
        "col:x",
        "title:课程",
        "{title} : x",
        "^start",
        "a + b",
        "(unbalanced",
        "-minus",
        "",
        "。，！？",
        '"open phrase',
        "\x00",
        "课" * 3000,
    ],
)
def test_hostile_queries_never_raise(db: sqlite3.Connection, query: str) -> None:
    search(db, query)


def test_random_queries_never_raise(db: sqlite3.Connection) -> None:
    alphabet = (
        list("\"*:(){}^+-_,.;!?&|\\'` \t\n") + list("ANDORNEARnot课程会议ệĐđＡ１") + ["\u0301"]
    )
    rng = random.Random(1234)
    for _ in range(500):
        search(db, "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 24))))


# -- highlight --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "query", "expected"),
    [
        ("会议纪要：课程安排", "会议纪要", "**会议纪要**：课程安排"),
        ("会议纪要：课程安排", "课程", "会议纪要：**课程**安排"),
        ("本课程介绍提示词", "课", "本**课**程介绍提示词"),
        ("会议纪要：课程安排", "会纪", "会议纪要：课程安排"),
        ("Học tiếng Việt cơ bản", "tieng viet", "Học **tiếng Việt** cơ bản"),
        ("Học tiếng Việt cơ bản", "TIẾNG", "Học **tiếng** Việt cơ bản"),
        ("Đề cương bài giảng", "de cuong", "**Đề cương** bài giảng"),
        (
            "Prompt frameworks: role, task, format",
            "frame",
            "Prompt **frameworks**: role, task, format",
        ),
        (
            "Prompt frameworks: role, task, format",
            '"role task"',
            "Prompt frameworks: **role, task**, format",
        ),
        ("Prompt frameworks: role, task, format", "ask", "Prompt frameworks: role, task, format"),
        ("ＡＩ课程，第２课", "ai 2", "**ＡＩ**课程，第**２**课"),
        ("Straße", "strasse", "**Straße**"),
        ("AI课程 and AI tools", "AI课程", "**AI课程** and **AI** tools"),
    ],
)
def test_highlight(text: str, query: str, expected: str) -> None:
    assert ts.highlight(text, query) == expected


def test_highlight_keeps_nfd_text_intact() -> None:
    text = nfd("Học tiếng Việt")
    assert ts.highlight(text, "viet") == nfd("Học tiếng **Việt**")
    assert ts.highlight("Học tiếng Việt", nfd("tiếng")) == "Học **tiếng** Việt"


def test_highlight_custom_marks_and_newlines() -> None:
    text = "第一行\n会议纪要\r\n\n第三行"
    assert ts.highlight(text, "纪要", before="<b>", after="</b>") == "第一行 会议<b>纪要</b> 第三行"


def test_highlight_long_text_cuts_around_first_match() -> None:
    text = "Mở đầu. " * 30 + "Phần chính: học tiếng Việt mỗi ngày. " + "Kết thúc. " * 30
    out = ts.highlight(text, "tieng viet", width=60)
    assert out.startswith("…Phần chính") and out.endswith("…")  # starts at a word
    assert "**tiếng Việt**" in out
    assert 50 <= len(out.replace("**", "")) <= 70
    assert " Mở" not in out[:3] and "…" not in out[1:-1]
    words = out.strip("…").replace("**", "").split()
    assert all(w in text.split() or w.rstrip(".") in text for w in words)  # no word cut in two


def test_highlight_long_chinese_text() -> None:
    text = "前言" * 100 + "会议纪要" + "附录" * 100
    out = ts.highlight(text, "会议纪要", width=40)
    assert out.startswith("…前言") and out.endswith("附录…")
    assert "**会议纪要**" in out
    assert 35 <= len(out) <= 50


def test_highlight_without_match_shows_start() -> None:
    text = "Bài giảng hôm nay nói về cách viết câu lệnh rõ ràng cho mô hình ngôn ngữ lớn " * 3
    out = ts.highlight(text, "framework", width=40)
    assert not out.startswith("…") and out.endswith("…")
    assert text.startswith(out[:-1])
    assert "**" not in out
    assert ts.highlight("short", "") == "short"


def test_highlight_every_match_in_snippet() -> None:
    assert ts.highlight("课程 课程 课程", "课程") == "**课程 课程 课程**"
    assert ts.highlight("tiếng Việt, TIENG VIET", "tieng") == "**tiếng** Việt, **TIENG** VIET"
