"""Passages: cut at boundaries, folded like note search, kept in step with their note."""

from __future__ import annotations

import itertools
import sqlite3
from pathlib import Path

import sqlite_utils

from assistant.core.store.database import open_library
from assistant.core.store.notes import NotesStore
from assistant.core.store.passages import (
    MAX_TOKENS,
    passage_count,
    search_passages,
    split_passages,
)
from assistant.core.store.schema import SCHEMA_VERSION, migrate
from assistant.core.text.token_estimate import estimate_tokens

SENTENCE_EN = "The quarterly safety audit checks every machine guard on the floor. "
SENTENCE_ZH = "数据安全培训要求每位员工在处理客户信息之前先完成脱敏。"


def _store(tmp_path: Path) -> NotesStore:
    return NotesStore(open_library(tmp_path / "library.db", backups=False).db)


def test_passages_cover_the_text_at_sentence_ends_within_the_token_range() -> None:
    text = "\n\n".join(SENTENCE_EN * 6 for _ in range(8))
    spans = split_passages(text)
    assert len(spans) > 1
    for span in spans:
        piece = text[span.start : span.end]
        assert estimate_tokens(piece) <= MAX_TOKENS
        assert piece.endswith(".")  # never cut inside a sentence
    # Nothing between passages but white space: the whole text is answerable.
    gaps = [text[a.end : b.start] for a, b in itertools.pairwise(spans)]
    assert all(not gap.strip() for gap in gaps)
    assert spans[0].start == 0 and spans[-1].end == len(text.rstrip())


def test_chinese_text_without_paragraphs_is_cut_at_full_stops() -> None:
    text = SENTENCE_ZH * 40
    spans = split_passages(text)
    assert len(spans) >= 2
    assert all(text[s.start : s.end].endswith("。") for s in spans)


def test_one_endless_sentence_is_cut_at_commas_and_never_lost() -> None:
    text = "，".join(["大模型会根据上下文预测下一个词"] * 80)
    spans = split_passages(text)
    assert "".join(text[s.start : s.end] for s in spans) == text
    assert all(estimate_tokens(text[s.start : s.end]) <= MAX_TOKENS for s in spans)


def test_passages_follow_the_note_when_it_changes_and_go_with_it(tmp_path: Path) -> None:
    store = _store(tmp_path)
    note_id = store.add("Safety", SENTENCE_EN * 3, course="Factory")
    assert [p.note_id for p in search_passages(store.db, "machine guard audit")] == [note_id]
    store.update(note_id, body="Tiếng Việt: an toàn lao động là trách nhiệm của mọi người.")
    assert search_passages(store.db, "machine guard") == []
    found = search_passages(store.db, "an toan lao dong")  # typed without tone marks
    assert found and found[0].text.startswith("Tiếng Việt")
    store.delete(note_id)
    assert passage_count(store.db) == 0
    assert store.db.execute("SELECT count(*) FROM passages_fts").fetchone()[0] == 0


def test_chinese_question_finds_the_passage_by_character_pairs(tmp_path: Path) -> None:
    store = _store(tmp_path)
    store.add("培训", SENTENCE_ZH)
    store.add("Other", SENTENCE_EN)
    found = search_passages(store.db, "处理客户信息之前要做什么？")
    assert found[0].title == "培训"
    assert found[0].start == 0 and found[0].end == len(SENTENCE_ZH)


def test_scope_by_course_and_lesson(tmp_path: Path) -> None:
    store = _store(tmp_path)
    store.add("A", SENTENCE_EN, course="Factory", lesson="Week 1")
    b = store.add("B", SENTENCE_EN, course="Office")
    assert [p.note_id for p in search_passages(store.db, "safety audit", course="Office")] == [b]
    assert len(search_passages(store.db, "safety audit", course="Factory", lesson="Week 1")) == 1
    assert search_passages(store.db, "safety audit", course="Factory", lesson="Week 2") == []


def test_chats_are_not_sources_and_questions_of_stop_words_find_nothing(tmp_path: Path) -> None:
    store = _store(tmp_path)
    store.add("A chat", SENTENCE_EN, kind="chat")
    assert search_passages(store.db, "safety audit") == []
    store.add("A note", SENTENCE_EN)
    assert search_passages(store.db, "what is the") == []
    assert search_passages(store.db, "là gì") == []


def test_migration_to_version_4_cuts_existing_notes_into_passages(tmp_path: Path) -> None:
    path = tmp_path / "library.db"
    old = sqlite_utils.Database(sqlite3.connect(path, isolation_level=None))
    migrate(old, target=3)
    old.conn.execute(
        "INSERT INTO notes (uid, title, body, created, updated) VALUES ('u1', 'Old note', ?, "
        "'2026-01-01', '2026-01-01')",
        [SENTENCE_EN * 2],
    )
    old.conn.close()
    lib = open_library(path, backups=False)
    assert lib.db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert len(search_passages(lib.db, "machine guard")) == 1
    lib.close()


def test_english_words_are_found_by_their_stem(tmp_path: Path) -> None:
    store = _store(tmp_path)
    store.add("Safety", SENTENCE_EN)  # "checks", "guard"
    assert len(search_passages(store.db, "Who is checking the guards?")) == 1
    assert search_passages(store.db, "Who is cheating?") == []
