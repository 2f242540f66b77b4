"""Asking the library on the real starter model: cited answers, nothing invented."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from assistant.core.engine.events import Done, Token
from assistant.core.engine.local import LocalEngine
from assistant.core.engine.requests import LoadOptions
from assistant.core.store.database import open_library
from assistant.core.store.notes import NotesStore
from assistant.core.study.ask import (
    AnswerRecord,
    answer_events,
    cited_sources,
    library_sampling,
    prepare_library_prompt,
)

pytestmark = pytest.mark.model

NOTES = [
    ("数据安全", "涉密信息一律不得输入任何大模型，包括本地模型。群众的身份证号要先做脱敏处理。"),
    ("Staff meeting", "The laptops cost roughly thirty thousand pounds. Tom sends the costing by "
     "Friday. All staff do the forty-minute training on the INSET day in September."),
    ("Giao ban", "Thời gian soạn một thư trả lời giảm từ bốn mươi phút xuống mười lăm phút."),
]  # fmt: skip


@pytest.fixture(scope="module")
def engine(starter_model: Path) -> Iterator[LocalEngine]:
    engine = LocalEngine()
    engine.load(starter_model, LoadOptions(n_ctx=2048))
    yield engine
    engine.close()


@pytest.mark.parametrize(
    ("question", "title"),
    [
        ("涉密信息可以输入本地模型吗？", "数据安全"),
        ("How much do the laptops cost?", "Staff meeting"),
        ("Thời gian soạn thư trả lời giảm bao nhiêu?", "Giao ban"),
    ],
)
def test_answers_cite_the_note_that_answers_them(
    engine: LocalEngine, tmp_path: Path, question: str, title: str
) -> None:
    db = open_library(tmp_path / "lib.db", backups=False).db
    store = NotesStore(db)
    for note_title, body in NOTES:
        store.add(note_title, body)
    loaded = engine.loaded
    assert loaded is not None
    prepared = prepare_library_prompt(
        db, question, engine.count_tokens, n_ctx=loaded.n_ctx, answer_tokens=200
    )
    record = AnswerRecord()
    answer = "".join(
        event.text
        for event in answer_events(engine, prepared, library_sampling(seed=1), record)
        if isinstance(event, Token)
    )
    cited = cited_sources(answer, prepared.sources)
    assert cited and cited[0].title == title, answer
    assert all(1 <= s.n <= len(prepared.sources) for s in cited)


def test_a_question_outside_the_library_is_not_answered(
    engine: LocalEngine, tmp_path: Path
) -> None:
    db = open_library(tmp_path / "lib.db", backups=False).db
    NotesStore(db).add(*NOTES[0])
    loaded = engine.loaded
    assert loaded is not None
    prepared = prepare_library_prompt(
        db, "What is the capital of France?", engine.count_tokens, n_ctx=loaded.n_ctx,
        answer_tokens=200,
    )  # fmt: skip
    events = list(answer_events(engine, prepared))
    assert isinstance(events[-1], Done)
    assert "nothing on this question" in "".join(e.text for e in events if isinstance(e, Token))
