"""Asking the library: passages within the budget, citations cleaned, nothing invented."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from assistant.cli import main
from assistant.core.engine.local import LocalEngine, PromptTooLongError
from assistant.core.engine.requests import LoadOptions, Message
from assistant.core.store.database import open_library
from assistant.core.store.notes import NotesStore
from assistant.core.study.ask import (
    NOT_FOUND,
    EmptyLibraryError,
    prepare_library_prompt,
)
from assistant.core.study.citations import CitationFilter, attribute, clean_citations
from assistant.core.text.token_estimate import estimate_tokens

SAFETY = (
    "Every machine guard must be checked before the morning shift. "
    "A missing guard is reported to the shift leader at once. "
)
PRIVACY = "客户的身份证号码在发给大模型之前必须脱敏。脱敏的方法是把中间八位换成星号。"


def _count(messages: list[Message]) -> int:
    # The engine's tokenizer is what the app uses; this cautious estimate stands in for it
    # where a test is about the budget, not about tokenizing.
    return sum(estimate_tokens(m["content"]) for m in messages)


@pytest.fixture
def store(tmp_path: Path) -> NotesStore:
    return NotesStore(open_library(tmp_path / "lib.db", backups=False).db)


def test_prompt_numbers_the_matching_passages_and_keeps_their_offsets(store: NotesStore) -> None:
    safety = store.add("Safety rules", SAFETY * 2, course="Factory")
    store.add("数据隐私", PRIVACY, course="Office")
    prepared = prepare_library_prompt(
        store.db, "Who is told about a missing machine guard?", _count, n_ctx=4096,
        answer_tokens=256,
    )  # fmt: skip
    assert prepared.messages is not None and prepared.language == "en"
    [source] = prepared.sources
    assert source.n == 1 and source.note_id == safety
    body = store.get(safety).body
    assert body[source.start : source.end] == source.text
    assert "[1] " in prepared.messages[0]["content"]


def test_sources_that_do_not_fit_are_left_out_and_counted(store: NotesStore) -> None:
    for i in range(6):
        store.add(f"Guard rules {i}", SAFETY * 3)
    prepared = prepare_library_prompt(
        store.db, "machine guard shift leader", _count, n_ctx=4096, answer_tokens=256,
        prompt_budget=260,
    )  # fmt: skip
    assert 1 <= len(prepared.sources) < 4
    assert prepared.left_out
    assert prepared.prompt_tokens <= 260
    for source in prepared.sources:  # every excerpt whole: it is a range of its note
        assert store.get(source.note_id).body[source.start : source.end] == source.text


def test_nothing_found_says_so_in_the_questions_language(store: NotesStore) -> None:
    store.add("Safety rules", SAFETY)
    for question, lang in [
        ("量子计算机的原理", "zh"),
        ("Máy tính lượng tử hoạt động thế nào?", "vi"),
        ("How do quantum computers work?", "en"),
    ]:
        prepared = prepare_library_prompt(store.db, question, _count, n_ctx=4096, answer_tokens=64)
        assert prepared.messages is None
        assert prepared.canned_answer == NOT_FOUND[lang]  # type: ignore[index]


def test_general_answers_only_when_allowed(store: NotesStore) -> None:
    store.add("Safety rules", SAFETY)
    prepared = prepare_library_prompt(
        store.db, "quantum computers", _count, n_ctx=4096, answer_tokens=64, allow_general=True
    )
    assert prepared.general and prepared.sources == []


def test_empty_library_and_too_long_question_are_clear_errors(store: NotesStore) -> None:
    with pytest.raises(EmptyLibraryError, match="no notes or outlines"):
        prepare_library_prompt(store.db, "anything", _count, n_ctx=4096, answer_tokens=64)
    store.add("Safety rules", SAFETY, course="Factory")
    with pytest.raises(EmptyLibraryError, match="in course 'Office'"):
        prepare_library_prompt(
            store.db, "guard", _count, n_ctx=4096, answer_tokens=64, course="Office"
        )
    with pytest.raises(PromptTooLongError, match="Shorten the prompt"):
        prepare_library_prompt(store.db, "guard " * 900, _count, n_ctx=1024, answer_tokens=64)


def test_citations_outside_the_sources_are_removed_even_split_across_tokens() -> None:
    assert clean_citations("A [1]. B [3]. C [2, 9]. D【2】", 2) == "A [1]. B. C [2]. D[2]"
    stream = CitationFilter(2)
    pieces = ["Guards are checked [", "1", "] daily [", "4] and ", "[2", "]. End [", "3"]
    out = "".join(stream.feed(p) for p in pieces) + stream.finish()
    assert out == "Guards are checked [1] daily and [2]. End"


def test_an_uncited_answer_is_attributed_only_to_a_source_it_shares_words_with() -> None:
    sources = [PRIVACY, SAFETY]
    assert attribute("A missing guard is reported to the shift leader.", sources) == [2]
    assert attribute("身份证号码要脱敏。", sources) == [1]
    assert attribute("Bananas are yellow.", sources) == []


def test_cli_ask_library_json_with_a_real_model(
    tiny_model: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("sys.stdin", __import__("io").StringIO(SAFETY))
    assert main(["notes", "add", "--title", "Safety rules", "--course", "Factory"]) == 0
    capsys.readouterr()
    code = main(
        ["ask", "--library", "--course", "Factory", "--model", str(tiny_model),
         "--max-tokens", "8", "--seed", "1", "--json", "Who hears about a missing guard?"]
    )  # fmt: skip
    out = json.loads(capsys.readouterr().out)
    assert code == 0
    assert out["found"] is True
    [source] = out["sources"]
    assert set(source) == {"n", "note_id", "title", "course", "lesson", "start", "end", "snippet"}
    assert source["course"] == "Factory" and source["n"] == 1
    assert set(out["cited"]) <= {1}


def test_cli_ask_library_on_an_empty_library_exits_4(
    tiny_model: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(["ask", "--library", "--model", str(tiny_model), "anything"])
    assert code == 4
    assert "no notes or outlines" in capsys.readouterr().err


def test_prompt_is_counted_with_the_engines_tokenizer(tiny_model: Path, store: NotesStore) -> None:
    store.add("Safety rules", SAFETY)
    engine = LocalEngine()
    try:
        engine.load(tiny_model, LoadOptions(n_ctx=2048))
        prepared = prepare_library_prompt(
            store.db, "machine guard", engine.count_tokens, n_ctx=2048, answer_tokens=64
        )
        assert prepared.messages is not None
        assert prepared.prompt_tokens == engine.count_tokens(prepared.messages)
    finally:
        engine.close()


def test_weak_passages_beside_a_strong_one_are_not_given() -> None:
    # Only the safety note shares the rare words; the other shares one common word.
    db = open_library(Path(__import__("tempfile").mkdtemp()) / "lib.db", backups=False).db
    store = NotesStore(db)
    store.add("Safety rules", SAFETY)
    store.add("Shift plan", "The morning shift starts at six. Lunch is at noon.")
    prepared = prepare_library_prompt(
        db, "Who hears about a missing machine guard before the morning shift?", _count,
        n_ctx=4096, answer_tokens=64,
    )  # fmt: skip
    assert [s.title for s in prepared.sources] == ["Safety rules"]


def test_vietnamese_without_tone_marks_is_answered_in_vietnamese() -> None:
    from assistant.core.study.ask import question_language

    assert question_language("thoi gian soan mot thu tra loi giam bao nhieu") == "vi"
    assert question_language("How long does the morning shift take?") == "en"


def test_repeated_citations_collapse_and_an_answer_of_numbers_shows_its_passage(
    store: NotesStore,
) -> None:
    from assistant.core.study.ask import CitedAnswer

    stream = CitationFilter(2)
    looped = "".join(stream.feed(p) for p in ["[1] [1]", " [1] [", "1]. Yes [2] [2]"])
    assert looped + stream.finish() == "[1]. Yes [2]"
    store.add("Safety rules", SAFETY)
    prepared = prepare_library_prompt(
        store.db, "missing machine guard", _count, n_ctx=4096, answer_tokens=64
    )
    answer = CitedAnswer(prepared)
    shown = answer.feed("[1] [1] [1]") + answer.finish()
    assert shown.startswith("[1]\n\nThe model gave no answer in words")
    assert prepared.sources[0].text.split()[0] in shown


def test_lines_copying_the_prompt_are_dropped_as_the_answer_streams(store: NotesStore) -> None:
    from assistant.core.study.ask import CitedAnswer
    from assistant.core.study.echo import EchoFilter

    echo = EchoFilter(["问题： 涉密信息可以输入本地模型吗？", "只根据上面编号的笔记段落回答问题。"])
    pieces = ["不可以", "。[1]\n问题： 涉密", "信息可以输入本地模型吗？\n"]
    pieces.append("只根据上面编号的笔记段落回答问题。")
    shown = "".join(echo.feed(p) for p in pieces) + echo.finish()
    assert shown == "不可以。[1]\n"
    # A line that only begins like the prompt is shown once it differs, not held to its end.
    echo = EchoFilter(["Question: How much do the laptops cost?"])
    assert echo.feed("Question") == "" and echo.feed("s aside, ") == "Questions aside, "

    store.add("Safety rules", SAFETY)
    prepared = prepare_library_prompt(
        store.db, "missing machine guard", _count, n_ctx=4096, answer_tokens=64
    )
    assert prepared.messages is not None
    answer = CitedAnswer(prepared)
    question_line = next(
        line
        for line in prepared.messages[0]["content"].splitlines()
        if line.startswith("Question:")
    )
    shown = answer.feed("The shift leader is told [1].\n" + question_line) + answer.finish()
    assert shown == "The shift leader is told [1].\n"
