"""The Chat page's "Use my library": answers from the notes, not-found answers, the sources."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from assistant.core.store.notes import NotesStore
from assistant.core.study.ask import NOT_FOUND, Source
from tests.ui.test_chat_page import MakePage, Setup, make_page, settle

__all__ = ["make_page"]  # the fixture, shared with the chat page tests

SAFETY = (
    "Every machine guard must be checked before the morning shift. "
    "A missing guard is reported to the shift leader at once."
)


def _add_note(qtbot: QtBot, s: Setup) -> int:
    ids: list[int] = []
    s.library.run(
        lambda store: NotesStore(store.db).add("Safety rules", SAFETY, course="Factory"),
        ids.append,
        writes=True,
    )
    qtbot.waitUntil(lambda: bool(ids), timeout=5000)
    return ids[0]


def _ask(qtbot: QtBot, s: Setup, text: str) -> None:
    qtbot.keyClicks(s.page.input, text)
    qtbot.keyClick(s.page.input, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not s.page.is_busy, timeout=10_000)
    settle(qtbot, s)


def test_a_question_the_library_cannot_answer_says_so_without_the_model(
    make_page: MakePage, qtbot: QtBot
) -> None:
    s = make_page()
    _add_note(qtbot, s)
    s.page.library_bar.switch.setChecked(True)
    qtbot.waitUntil(lambda: s.page.library_bar.course_box.count() == 2, timeout=5000)
    asked: list[object] = []
    s.page.ask_requested.connect(lambda *request: asked.append(request))
    _ask(qtbot, s, "How do quantum computers work?")
    assert s.page.answer_text() == NOT_FOUND["en"]
    assert asked == []  # the model was not asked
    assert s.page.history[-1] == {"role": "assistant", "content": NOT_FOUND["en"]}


def test_a_library_question_goes_to_the_model_with_its_passages(
    make_page: MakePage, qtbot: QtBot
) -> None:
    s = make_page()
    _add_note(qtbot, s)
    sent: list[list[dict[str, str]]] = []
    s.page.ask_requested.connect(lambda messages, _sampling: sent.append(messages))
    s.page.library_bar.switch.setChecked(True)
    _ask(qtbot, s, "Who hears about a missing machine guard?")
    [messages] = sent
    assert len(messages) == 1 and "[1] Every machine guard" in messages[0]["content"]
    assert "[2]" not in s.page.answer_text() and "[3]" not in s.page.answer_text()


def test_an_empty_library_is_a_clear_message_and_the_question_comes_back(
    make_page: MakePage, qtbot: QtBot
) -> None:
    s = make_page()
    s.page.library_bar.switch.setChecked(True)
    _ask(qtbot, s, "Who hears about a missing guard?")
    assert "no notes or outlines" in s.page.transcript.toPlainText()
    assert s.page.input.toPlainText() == "Who hears about a missing guard?"


def test_opening_a_source_asks_for_its_note_at_the_passage(
    make_page: MakePage, qtbot: QtBot
) -> None:
    s = make_page()
    bar = s.page.library_bar
    source = Source(1, 7, 3, "Safety rules", "Factory", None, 10, 40, "machine guard text")
    bar.show_sources([source])
    assert bar.sources.isVisibleTo(s.page) and bar.sources.count() == 1
    with qtbot.waitSignal(s.page.source_requested) as opened:
        bar.sources.setCurrentRow(0)
        qtbot.keyClick(bar.sources, Qt.Key.Key_Return)
    assert opened.args == [7, 10, 40]
