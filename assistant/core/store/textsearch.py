"""Search text for Chinese, Vietnamese and English: normalisation, FTS5 terms, queries, snippets.

SQLite 3.40's trigram tokenizer finds nothing for 1-2 character queries and cannot fold tone
marks, so Python writes an already-normalised *shadow* token string into a plain FTS5 table:
Latin/digit words as words, runs of CJK characters as overlapping bigrams (so a contiguous
Chinese query becomes an FTS5 phrase of adjacent bigrams) and, in a separate column, every CJK
character on its own (for one-character queries). Queries go through the same normalisation.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

from assistant.core.text.folding import joins, normalize, normalize_with_offsets
from assistant.core.text.scripts import UNSPACED_CLASS

FTS_TABLE = "notes_fts"
WORD_COLUMNS = ("title", "tags", "body")  # each holds IndexTerms.words of that field
CHARS_COLUMN = "chars"  # IndexTerms.chars of title, tags and body together
FTS_COLUMNS = (*WORD_COLUMNS, CHARS_COLUMN)
# The text is normalised in Python already; the tokenizer only has to split on spaces.
FTS_TOKENIZE = "unicode61 remove_diacritics 0"
FTS_CREATE_SQL = (
    f"CREATE VIRTUAL TABLE IF NOT EXISTS {FTS_TABLE} USING fts5("
    f'{", ".join(FTS_COLUMNS)}, tokenize = "{FTS_TOKENIZE}")'
)
# Weights per column in FTS_COLUMNS order, for `bm25(notes_fts, {BM25_WEIGHTS})` in SQL:
# a title hit outranks a tag hit, which outranks a body hit (bm25 is lower for better rows).
BM25_WEIGHTS = "10.0, 5.0, 1.0, 1.0"

_CJK = UNSPACED_CLASS  # Han, kana and Hangul: scripts written without spaces
# Token characters are letters and digits (what FTS5's unicode61 keeps); `_` and marks split.
_TOKEN_RE = re.compile(f"(?P<cjk>[{_CJK}]+)|(?P<word>[^\\W_{_CJK}]+)")
_LAT = f"[^\\W_{_CJK}]"  # a letter or digit of a space-separated script
_CJK_CHAR_RE = re.compile(f"[{_CJK}]")
# Chinese and Vietnamese input methods type curly quotes for a phrase.
_QUOTES = str.maketrans(dict.fromkeys("“”„‟＂", '"'))
_TERM_RE = re.compile(r'"([^"]*)"|([^\s"]+)')
_MAX_UNITS = 32  # a pasted paragraph is not a search; keeps the MATCH expression small
_SEP_REQUIRED = r"[\W_]+"
_SEP_OPTIONAL = r"[\W_]*"
_SPACES = re.compile(r"\s+")  # snippets are one line
_LITTER = ("Po", "Pd", "Pe", "Pf")  # punctuation that ends a sentence is no way to begin one


@dataclass(frozen=True)
class IndexTerms:
    """The shadow token strings of one text for the FTS5 table."""

    words: str
    chars: str


@dataclass(frozen=True)
class _Piece:
    text: str
    cjk: bool


@dataclass(frozen=True)
class _Unit:
    """Pieces that must match contiguously; `prefix` lets the last word be unfinished."""

    pieces: tuple[_Piece, ...]
    prefix: bool


def _pieces(normalized: str) -> list[_Piece]:
    return [_Piece(m.group(), m.lastgroup == "cjk") for m in _TOKEN_RE.finditer(normalized)]


def _bigrams(run: str) -> list[str]:
    return [run] if len(run) == 1 else [run[i : i + 2] for i in range(len(run) - 1)]


def index_terms(text: str) -> IndexTerms:
    """Words and CJK bigrams (in order, for phrase queries) and CJK unigrams of text."""
    words: list[str] = []
    chars: list[str] = []
    for piece in _pieces(normalize(text)):
        if piece.cjk:
            words.extend(_bigrams(piece.text))
            chars.extend(piece.text)
        else:
            words.append(piece.text)
    return IndexTerms(" ".join(words), " ".join(chars))


def fts_row(title: str, tags: str, body: str) -> tuple[str, str, str, str]:
    """Values for the FTS_COLUMNS of one note."""
    terms = [index_terms(t) for t in (title, tags, body)]
    chars = " ".join(t.chars for t in terms if t.chars)
    return terms[0].words, terms[1].words, terms[2].words, chars


def _parse(query: str) -> list[_Unit]:
    units: list[_Unit] = []
    for m in _TERM_RE.finditer(query.translate(_QUOTES)):
        quoted = m.group(1) is not None
        pieces = _pieces(normalize(m.group(1) if quoted else m.group(2)))
        if not pieces:
            continue
        if quoted:  # a phrase: everything adjacent, typed in full
            units.append(_Unit(tuple(pieces), prefix=False))
            continue
        # Unquoted: Latin words stay together (gpt-4), each CJK run stands alone (AI课程 =
        # AI AND 课程); only a word at the very end may still be unfinished (frame*).
        group: list[_Piece] = []
        for piece in pieces:
            if piece.cjk:
                if group:
                    units.append(_Unit(tuple(group), prefix=False))
                    group = []
                units.append(_Unit((piece,), prefix=False))
            else:
                group.append(piece)
        if group:
            units.append(_Unit(tuple(group), prefix=True))
    return units[:_MAX_UNITS]


def query_terms(query: str) -> list[str]:
    """The normalised terms of a query that highlight looks for (phrases kept whole)."""
    return [" ".join(p.text for p in unit.pieces) for unit in _parse(query)]


def _quote(tokens: list[str]) -> str:
    # Tokens hold only letters and digits, but quoting (with " doubled) is what makes FTS5
    # read them as text and never as AND/OR/NEAR/column syntax, whatever the tokenizer keeps.
    return '"' + " ".join(tokens).replace('"', '""') + '"'


def _unit_clauses(unit: _Unit, columns: Sequence[str]) -> list[str] | None:
    words_filter = "{" + " ".join(columns) + "} : "
    clauses: list[str] = []
    tokens: list[str] = []

    def flush(prefix: bool) -> None:
        if tokens:
            clauses.append(words_filter + _quote(tokens) + (" *" if prefix else ""))
            tokens.clear()

    for piece in unit.pieces:
        if piece.cjk and len(piece.text) == 1:
            # One character has no bigram; inside a longer phrase it may be half of one, so
            # the phrase splits here into an AND (broader; highlight then shows the exact spot).
            if tuple(columns) != WORD_COLUMNS:
                return None  # the chars column mixes all fields: no narrower search exists
            flush(False)
            clauses.append(f"{CHARS_COLUMN} : " + _quote([piece.text]))
        else:
            tokens.extend(_bigrams(piece.text) if piece.cjk else [piece.text])
    flush(unit.prefix and not unit.pieces[-1].cjk)
    return clauses


def build_match_query(query: str, columns: Sequence[str] = WORD_COLUMNS) -> str | None:
    """An FTS5 MATCH expression for what the user typed, or None if nothing is searchable.

    Use with ORDER BY rank: ``SELECT rowid, bm25(notes_fts, 10.0, 5.0, 1.0, 1.0) AS rank FROM
    notes_fts WHERE notes_fts MATCH ? ORDER BY rank`` (BM25_WEIGHTS holds those weights).
    columns narrows the search to some fields (e.g. title and tags); None if it cannot.
    """
    clauses: list[str] = []
    for unit in _parse(query):
        unit_clauses = _unit_clauses(unit, columns)
        if unit_clauses is None:
            return None
        clauses += unit_clauses
    return " AND ".join(clauses) if clauses else None


def _unit_pattern(unit: _Unit) -> re.Pattern[str]:
    parts: list[str] = []
    last = len(unit.pieces) - 1
    for k, piece in enumerate(unit.pieces):
        if k:  # FTS5 positions: word|word and run|run need a gap between them, word|run not
            parts.append(_SEP_REQUIRED if unit.pieces[k - 1].cjk == piece.cjk else _SEP_OPTIONAL)
        if piece.cjk:
            parts.append(re.escape(piece.text))  # a substring anywhere inside a run
        else:
            tail = f"{_LAT}*" if unit.prefix and k == last else f"(?!{_LAT})"
            parts.append(f"(?<!{_LAT}){re.escape(piece.text)}{tail}")
    return re.compile("".join(parts))


def _cluster_end(text: str, i: int) -> int:
    i += 1
    while i < len(text) and joins(text[i]):
        i += 1
    return i


def _match_spans(text: str, units: list[_Unit]) -> list[tuple[int, int]]:
    """Sorted, merged [start, end) spans of the original text that match any unit."""
    norm, offsets = normalize_with_offsets(text)
    spans = sorted(
        (offsets[m.start()], _cluster_end(text, offsets[m.end() - 1]))
        for unit in units
        for m in _unit_pattern(unit).finditer(norm)
        if m.end() > m.start()
    )
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        # Neighbours apart only by spaces read as one hit: **tiếng Việt**, not **tiếng** **Việt**.
        if merged and (start <= merged[-1][1] or text[merged[-1][1] : start].isspace()):
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def _inside_word(text: str, i: int) -> bool:
    """True if cutting text at i would split a Latin word or a letter from its marks."""
    if not 0 < i < len(text):
        return False
    a, b = text[i - 1], text[i]
    if joins(b):
        return True
    return a.isalnum() and b.isalnum() and not (_CJK_CHAR_RE.match(a) or _CJK_CHAR_RE.match(b))


def _snap(text: str, i: int, step: int, limit: int) -> int:
    """Move a cut point by step towards limit until it falls between words (at most 20)."""
    j = i
    while _inside_word(text, j) and j != limit and abs(j - i) < 20:
        j += step
    return i if _inside_word(text, j) else j


def highlight(
    text: str, query: str, *, width: int = 80, before: str = "**", after: str = "**"
) -> str:
    """About width chars of text around the first match, every match marked before/after."""
    spans = _match_spans(text, _parse(query))
    n = len(text)
    if n <= width:
        start, end = 0, n
    elif not spans:  # the hit was in the title or tags: show how the text begins
        start, end = 0, _snap(text, width, -1, 0)
    else:
        first_start, first_end = spans[0]
        lead = max(0, (width - (first_end - first_start)) // 3)  # some context before the hit
        start = max(0, min(first_start - lead, n - width))
        end = min(n, start + width)
        start = _snap(text, start, 1, first_start)
        end = _snap(text, end, -1, first_end) if end > first_end else end
    keep_from = spans[0][0] if spans else end
    # Begin at a word or an opening bracket, not at the tail of the previous sentence.
    while start < min(keep_from, end) and (
        text[start].isspace() or (start > 0 and unicodedata.category(text[start]) in _LITTER)
    ):
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    out = ["…" if start > 0 else ""]
    pos = start
    for s, e in spans:
        s, e = max(s, start), min(e, end)
        if s >= e:
            continue
        out += [_SPACES.sub(" ", text[pos:s]), before, _SPACES.sub(" ", text[s:e]), after]
        pos = e
    out += [_SPACES.sub(" ", text[pos:end]), "…" if end < n else ""]
    return "".join(out)
