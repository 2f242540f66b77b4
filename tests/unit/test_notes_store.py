"""NotesStore: notes, tags, history, filters, drafts, chats and multilingual search."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator
from pathlib import Path

import pytest

from assistant.core.errors import InputError
from assistant.core.store.chats import ChatStore
from assistant.core.store.database import open_library
from assistant.core.store.notes import NoteNotFound, NotesStore
from assistant.core.store.records import SearchFilters


@pytest.fixture
def store(tmp_path: Path) -> Iterator[NotesStore]:
    lib = open_library(tmp_path / "library.db")
    yield NotesStore(lib.db)
    lib.close()


@pytest.fixture
def library(store: NotesStore) -> dict[str, int]:
    """A small library in three languages."""
    ids = {
        "minutes": store.add(
            "会议纪要：第三次课程安排",
            "本次会议讨论了课程进度和作业。下周提交大纲。",
            course="AI办公",
            lesson="第一课",
            tags=["会议", "作业"],
        ),
        "prompts": store.add(
            "提示词入门",
            "本课程介绍如何写提示词：角色、任务、格式。",
            course="AI办公",
            lesson="第二课",
            kind="outline",
        ),
        "vietnamese": store.add(
            "Bài giảng tiếng Việt",
            "Học cách viết câu lệnh bằng tiếng Việt cho công việc văn phòng. Đề cương bài giảng.",
            course="Bình dân học AI",
            tags=["tiếng Việt"],
        ),
        "english": store.add(
            "Prompt frameworks",
            "Role, task and format: the RTF framework. CO-STAR adds context and audience.",
            course="AI for office work",
            tags=["frameworks"],
            kind="practice",
        ),
    }
    return ids


def found(store: NotesStore, query: str, **filters: str) -> list[int]:
    return [r.id for r in store.search(query, SearchFilters(**filters))]


def test_add_get_and_fields(store: NotesStore) -> None:
    note_id = store.add(
        "  Week 1  ",
        "# Body",
        course="C",
        lesson="L",
        tags=["b", "a", "a"],
        model="qwen",
        params={"temperature": 0.6},
        source="lecture.srt",
    )
    note = store.get(note_id)
    assert note.title == "Week 1"
    assert (note.course, note.lesson, note.tags) == ("C", "L", ("a", "b"))
    assert note.params == {"temperature": 0.6} and note.source == "lecture.srt"
    assert note.created == note.updated
    assert [c.name for c in store.courses()] == ["C"]
    assert [lesson.name for lesson in store.lessons("C")] == ["L"]


def test_untitled_note_takes_its_first_line(store: NotesStore) -> None:
    assert store.get(store.add("", "# 课程大纲\n内容")).title == "课程大纲"


def test_every_save_keeps_the_previous_version_and_restore_undoes(store: NotesStore) -> None:
    note_id = store.add("Draft", "first")
    store.update(note_id, body="second")
    store.update(note_id, title="Final", body="third")
    store.update(note_id, tags=["x"])  # no text change: no new version
    history = store.versions(note_id)
    assert [(v.title, v.body) for v in history] == [("Draft", "second"), ("Draft", "first")]
    restored = store.restore_version(note_id, history[-1].id)
    assert (restored.title, restored.body) == ("Draft", "first")
    # Restoring is itself undoable.
    assert store.versions(note_id)[0].body == "third"


def test_delete_removes_the_note_its_history_and_search_entry(store: NotesStore) -> None:
    note_id = store.add("Gone", "unique-word-xyz")
    store.update(note_id, body="unique-word-xyz again")
    store.delete(note_id)
    with pytest.raises(NoteNotFound):
        store.get(note_id)
    assert store.versions(note_id) == []
    assert store.search("unique") == []


def test_bad_kind_and_lesson_without_course_are_input_errors(store: NotesStore) -> None:
    with pytest.raises(InputError):
        store.add("x", kind="poem")
    with pytest.raises(InputError, match="course"):
        store.add("x", lesson="Lesson 1")


def test_list_filters(store: NotesStore, library: dict[str, int]) -> None:
    assert {n.id for n in store.list_notes(SearchFilters(course="AI办公"))} == {
        library["minutes"],
        library["prompts"],
    }
    assert [n.id for n in store.list_notes(SearchFilters(tag="作业"))] == [library["minutes"]]
    assert [n.id for n in store.list_notes(SearchFilters(kind="outline"))] == [library["prompts"]]
    assert [n.id for n in store.list_notes(SearchFilters(course="AI办公", lesson="第二课"))] == [
        library["prompts"]
    ]
    # Most recently updated first.
    assert store.list_notes()[0].id == library["english"]
    assert store.list_notes(SearchFilters(since="2999-01-01")) == []
    assert len(store.list_notes(SearchFilters(since="2000-01-01", until="2999-12-31"))) == 4
    with pytest.raises(InputError, match="YYYY-MM-DD"):
        store.list_notes(SearchFilters(since="yesterday"))


class TestSearchChinese:
    def test_two_characters(self, store: NotesStore, library: dict[str, int]) -> None:
        assert set(found(store, "课程")) == {library["minutes"], library["prompts"]}
        assert found(store, "纪要") == [library["minutes"]]

    def test_four_characters(self, store: NotesStore, library: dict[str, int]) -> None:
        assert found(store, "会议纪要") == [library["minutes"]]

    def test_one_character(self, store: NotesStore, library: dict[str, int]) -> None:
        assert found(store, "纲") == [library["minutes"]]

    def test_absent_text_finds_nothing(self, store: NotesStore, library: dict[str, int]) -> None:
        assert found(store, "会纪") == []  # both characters occur, never side by side
        assert found(store, "大学") == []

    def test_snippet_marks_the_match(self, store: NotesStore, library: dict[str, int]) -> None:
        hit = store.search("提交大纲")[0]
        assert "**提交大纲**" in hit.snippet


class TestSearchVietnamese:
    def test_with_and_without_tone_marks(self, store: NotesStore, library: dict[str, int]) -> None:
        for query in ("tiếng Việt", "tieng viet", "TIẾNG VIỆT", "Tieng Viet"):
            assert library["vietnamese"] in found(store, query), query

    def test_combining_marks_match_precomposed(
        self, store: NotesStore, library: dict[str, int]
    ) -> None:
        typed = unicodedata.normalize("NFD", "câu lệnh")
        assert found(store, typed) == [library["vietnamese"]]

    def test_d_with_stroke(self, store: NotesStore, library: dict[str, int]) -> None:
        assert found(store, "de cuong") == [library["vietnamese"]]

    def test_snippet_keeps_the_original_spelling(
        self, store: NotesStore, library: dict[str, int]
    ) -> None:
        hit = store.search("cau lenh")[0]
        assert "**câu lệnh**" in hit.snippet


class TestSearchEnglish:
    def test_words_and_prefixes(self, store: NotesStore, library: dict[str, int]) -> None:
        assert found(store, "audience") == [library["english"]]
        assert found(store, "frame") == [library["english"]]

    def test_phrases(self, store: NotesStore, library: dict[str, int]) -> None:
        assert found(store, '"role, task and format"') == [library["english"]]
        assert found(store, '"format and task"') == []

    def test_tags_are_searched(self, store: NotesStore, library: dict[str, int]) -> None:
        assert library["english"] in found(store, "frameworks")

    def test_title_ranks_above_body(self, store: NotesStore) -> None:
        body_only = store.add("Notes", "we talked about the syllabus once")
        in_title = store.add("Syllabus", "the plan")
        assert found(store, "syllabus") == [in_title, body_only]

    def test_syntax_characters_never_fail(self, store: NotesStore, library: dict[str, int]) -> None:
        for query in ('"', "AND", "NEAR(", "*", "title:x", "", "   ", "()", "-", "^"):
            store.search(query)


def test_search_filters(store: NotesStore, library: dict[str, int]) -> None:
    assert found(store, "课程", lesson="第二课") == [library["prompts"]]
    assert found(store, "课程", kind="note") == [library["minutes"]]
    assert found(store, "课程", tag="会议") == [library["minutes"]]
    assert found(store, "课程", course="AI for office work") == []


def test_search_follows_edits(store: NotesStore) -> None:
    note_id = store.add("Plan", "alpha")
    store.update(note_id, body="beta")
    assert found(store, "alpha") == []
    assert found(store, "beta") == [note_id]
    store.update(note_id, tags=["gamma"])
    assert found(store, "gamma") == [note_id]


def test_drafts(store: NotesStore) -> None:
    assert store.draft("new-note") is None
    store.save_draft("new-note", "T", "typing…")
    store.save_draft("new-note", "T", "typing more…")
    draft = store.draft("new-note")
    assert draft is not None and draft.body == "typing more…"
    assert [d.key for d in store.drafts()] == ["new-note"]
    store.discard_draft("new-note")
    assert store.draft("new-note") is None


def test_chats_keep_answer_and_reasoning_apart(store: NotesStore) -> None:
    chats = ChatStore(store.db)
    chat_id = chats.create("RTF", model="DeepSeek-R1-Distill-Qwen-1.5B")
    chats.add_message(chat_id, "user", "What is RTF?")
    chats.add_message(chat_id, "assistant", "Role, task, format.", reasoning="The user asks…")
    messages = chats.messages(chat_id)
    assert [(m.role, m.content, m.reasoning) for m in messages] == [
        ("user", "What is RTF?", None),
        ("assistant", "Role, task, format.", "The user asks…"),
    ]
    assert [c.id for c in chats.chats()] == [chat_id]
    chats.delete(chat_id)
    assert chats.messages(chat_id) == []
    with pytest.raises(InputError):
        chats.add_message(chat_id, "user", "lost?")


def test_very_common_words_rank_the_newest_matches_and_every_title_match(
    store: NotesStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    from assistant.core.store import notes as notes_module

    monkeypatch.setattr(notes_module, "RANK_ALL_UP_TO", 5)
    old_title_hit = store.add("课程安排", "旧的笔记")
    body_hits = store.add_many(
        [{"title": f"第{i}周", "body": "本周课程内容" + "很长的正文" * i} for i in range(12)]
    )
    results = found(store, "课程")
    assert results[0] == old_title_hit  # old, but its title matches: never lost
    assert set(results[1:]) <= set(body_hits[-5:])  # the newest body matches
    assert len(results) == 6


def test_add_many_is_all_or_nothing(store: NotesStore) -> None:
    with pytest.raises(InputError):
        store.add_many([{"title": "ok"}, {"title": "bad", "kind": "poem"}, {"title": "ok 2"}])
    assert store.count() == 0
    assert len(store.add_many([{"title": "a"}, {"title": "b", "course": "C"}])) == 2


def test_snippets_show_text_not_markdown_syntax(store: NotesStore) -> None:
    store.add("RTF", "# Khung RTF\n\n- **Vai trò**: mô hình đóng vai ai\n- [link](http://x) `code`")
    snippet = store.search("vai tro")[0].snippet
    assert snippet.startswith("Khung RTF")
    assert "**Vai trò**" in snippet  # the match, marked once; the note's own ** are gone
    assert "#" not in snippet and "](" not in snippet and "`" not in snippet
