"""Passages: notes cut into ~200-400 token pieces that a question can be answered from.

Each passage is a character range of its note's body, cut at a paragraph or sentence boundary,
indexed with the same folding as note search (CJK bigrams, tone marks removed). index_note()
rewrites a note's passages inside the transaction that changed the note, so they never drift.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

import sqlite_utils

from assistant.core.store import textsearch
from assistant.core.text.token_estimate import estimate_tokens

PASSAGES_FTS = "passages_fts"
# Weights for (title, body): a question naming the note's title leans towards its passages.
BM25_WEIGHTS = "2.0, 1.0"
MIN_TOKENS = 200
MAX_TOKENS = 400
# Chats and practice attempts are the model's words, not the user's sources: asking the library
# must not cite the model back to itself.
SOURCE_KINDS = ("note", "outline")

_PARAGRAPH_END = re.compile(r"\n\s*\n|\n(?=\s*(?:#{1,6}\s|[-*+]\s|\d+[.)]\s))")
_SENTENCE_END = re.compile(r"(?<=[.!?;。！？；…])[\"'”’」）)]*\s*|\n")
_CLAUSE_END = re.compile(r"(?<=[,，、:：])\s*|\s+")

# Function words and question words: in an OR query they would match nearly every passage.
# Compared after folding (lower case, tone marks removed), so "là", "la" and "lá" are one.
_STOP_WORD_TEXT = """a an the and or of to in on at for by with from is are was were be been being
    do does did what which who whom whose when where why how that this these those it its as about
    into than then there their they them he she his her we our you your i me my can could should
    would will shall may might must not no yes if so but also any some all more most much many
    la gi nao co khong cua va cac nhung mot duoc trong cho voi thi de khi ve nay do the sao bao
    nhieu cai nhu ai o tai vi hay hoac den tu ra len di lam se da dang phai can nen ma"""
_STOP_WORDS = frozenset(_STOP_WORD_TEXT.split())
_ENGLISH_SUFFIXES = ("ing", "ies", "ied", "ed", "es", "ly", "s")
_STOP_CHARS = frozenset("的了是吗呢么什哪怎吧啊呀这那个我你他她们和与在有就也都为谁几么嘛")


@dataclass(frozen=True)
class Span:
    """A passage's [start, end) character range in its note's body."""

    start: int
    end: int


@dataclass(frozen=True)
class Passage:
    """A passage found for a question, with where it comes from."""

    id: int
    note_id: int
    title: str
    course: str | None
    lesson: str | None
    start: int
    end: int
    text: str
    score: float


def split_passages(text: str) -> list[Span]:
    """Ranges of ~MIN_TOKENS-MAX_TOKENS tokens covering text, cut at paragraph or sentence ends.

    A passage never ends inside a sentence unless that one sentence alone is over MAX_TOKENS;
    then it is cut at a comma or a space, and only text with neither is cut mid-run.
    """
    spans: list[Span] = []
    start = end = tokens = 0
    for piece_start, piece_end in _pieces(text):
        piece_tokens = estimate_tokens(text[piece_start:piece_end])
        if tokens and tokens + piece_tokens > MAX_TOKENS:
            spans.append(Span(start, end))
            start, tokens = piece_start, 0
        if not tokens:
            start = piece_start
        end = piece_end
        tokens += piece_tokens
        if tokens >= MIN_TOKENS and _is_paragraph_end(text, end):
            spans.append(Span(start, end))
            tokens = 0
    if tokens:
        spans.append(Span(start, end))
    return [_trimmed(text, span) for span in spans if text[span.start : span.end].strip()]


def _is_paragraph_end(text: str, end: int) -> bool:
    return end >= len(text) or bool(_PARAGRAPH_END.match(text, end)) or text[end - 1] == "\n"


def _trimmed(text: str, span: Span) -> Span:
    start, end = span.start, span.end
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Span(start, end)


def _pieces(text: str) -> Iterator[tuple[int, int]]:
    """Sentences (with the spaces after them) no longer than MAX_TOKENS, in order."""
    for start, end in _split(text, 0, len(text), _SENTENCE_END):
        if estimate_tokens(text[start:end]) <= MAX_TOKENS:
            yield start, end
            continue
        yield from _pack(text, list(_split(text, start, end, _CLAUSE_END)))


def _split(text: str, start: int, end: int, pattern: re.Pattern[str]) -> Iterator[tuple[int, int]]:
    pos = start
    for match in pattern.finditer(text, start, end):
        if match.end() > pos and match.end() <= end:
            yield pos, match.end()
            pos = match.end()
    if pos < end:
        yield pos, end


def _pack(text: str, clauses: list[tuple[int, int]]) -> Iterator[tuple[int, int]]:
    """Clauses joined into pieces of at most MAX_TOKENS; a longer clause is cut by length."""
    start = end = tokens = -1
    for c_start, c_end in clauses:
        n = estimate_tokens(text[c_start:c_end])
        if n > MAX_TOKENS:
            if start >= 0:
                yield start, end
                start = -1
            step = max(1, (c_end - c_start) * MAX_TOKENS // n)
            for cut in range(c_start, c_end, step):
                yield cut, min(c_end, cut + step)
            continue
        if start >= 0 and tokens + n > MAX_TOKENS:
            yield start, end
            start = -1
        if start < 0:
            start, tokens = c_start, 0
        end, tokens = c_end, tokens + n
    if start >= 0:
        yield start, end


# -- the index ------------------------------------------------------------------------------------


def index_passages(db: sqlite_utils.Database, note_id: int) -> None:
    """Rewrite the note's passages (call inside the transaction that changed the note)."""
    remove_passages(db, note_id)
    row = db.execute("SELECT title, body, kind FROM notes WHERE id = ?", [note_id]).fetchone()
    if row is None or row[2] not in SOURCE_KINDS:
        return
    title, body = row[0], row[1]
    title_terms = textsearch.index_terms(title).words
    for position, span in enumerate(split_passages(body)):
        cur = db.execute(
            "INSERT INTO passages (note_id, position, start, end) VALUES (?, ?, ?, ?)",
            [note_id, position, span.start, span.end],
        )
        terms = textsearch.index_terms(body[span.start : span.end]).words
        db.execute(
            f"INSERT INTO {PASSAGES_FTS} (rowid, title, body) VALUES (?, ?, ?)",
            [cur.lastrowid, title_terms, terms],
        )


def remove_passages(db: sqlite_utils.Database, note_id: int) -> None:
    """Forget the note's passages and their index entries."""
    db.execute(
        f"DELETE FROM {PASSAGES_FTS} WHERE rowid IN (SELECT id FROM passages WHERE note_id = ?)",
        [note_id],
    )
    db.execute("DELETE FROM passages WHERE note_id = ?", [note_id])


def question_match(question: str) -> str | None:
    """An FTS5 MATCH expression finding passages that share any content term with question."""
    terms: list[str] = []
    for term in textsearch.index_terms(question).words.split():
        if term in _STOP_WORDS or (len(term) <= 2 and any(c in _STOP_CHARS for c in term)):
            continue
        query = _stem_prefix(term) or '"' + term.replace('"', '""') + '"'
        if query not in terms:
            terms.append(query)
    if not terms:
        return None
    return " OR ".join(terms[:64])


def _stem_prefix(term: str) -> str | None:
    """English words by their stem, as a prefix query: "checked" finds "check", "checking".

    Only for ASCII words long enough that the stem still means something; Vietnamese and
    Chinese have no such endings.
    """
    if not (term.isascii() and term.isalpha()) or len(term) < 5:
        return None
    for suffix in _ENGLISH_SUFFIXES:
        if term.endswith(suffix) and len(term) - len(suffix) >= 4:
            return f'"{term[: -len(suffix)]}" *'
    return None


def search_passages(
    db: sqlite_utils.Database,
    question: str,
    *,
    course: str | None = None,
    lesson: str | None = None,
    limit: int = 8,
) -> list[Passage]:
    """The passages that best match the question, best first, within a course or lesson."""
    match = question_match(question)
    if match is None:
        return []
    clauses, params = ["1"], []
    if course:
        clauses.append("c.name = ?")
        params.append(course)
    if lesson:
        clauses.append("l.name = ?")
        params.append(lesson)
    # Rank first, then read the few bodies: carrying every matching body through the sort
    # would read the whole library for a common word.
    rows = db.execute(
        f"SELECT p.id, p.note_id, n.title, c.name, l.name, p.start, p.end, n.body, top.rank "
        f"FROM (SELECT {PASSAGES_FTS}.rowid AS id, bm25({PASSAGES_FTS}, {BM25_WEIGHTS}) AS rank "
        f"  FROM {PASSAGES_FTS} JOIN passages p ON p.id = {PASSAGES_FTS}.rowid "
        f"  JOIN notes n ON n.id = p.note_id LEFT JOIN courses c ON c.id = n.course_id "
        f"  LEFT JOIN lessons l ON l.id = n.lesson_id "
        f"  WHERE {PASSAGES_FTS} MATCH ? AND {' AND '.join(clauses)} ORDER BY rank LIMIT ?) top "
        f"JOIN passages p ON p.id = top.id JOIN notes n ON n.id = p.note_id "
        f"LEFT JOIN courses c ON c.id = n.course_id LEFT JOIN lessons l ON l.id = n.lesson_id "
        f"ORDER BY top.rank",
        [match, *params, int(limit)],
    ).fetchall()
    return [
        Passage(
            id=r[0],
            note_id=r[1],
            title=r[2],
            course=r[3],
            lesson=r[4],
            start=r[5],
            end=r[6],
            text=r[7][r[5] : r[6]],
            score=-float(r[8]),
        )
        for r in rows
    ]


def passage_count(db: sqlite_utils.Database) -> int:
    """How many passages the library holds."""
    return int(db.execute("SELECT count(*) FROM passages").fetchone()[0])


def sentence_spans(text: str) -> Iterator[tuple[int, int]]:
    """[start, end) of each sentence of text, with the spaces after it."""
    return _split(text, 0, len(text), _SENTENCE_END)
