"""The chat page with real llama.cpp on a tiny model and a real library: stored conversations,
per-answer actions, the context meter and prompts that do not fit."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from assistant.core.engine.requests import LoadOptions, Sampling
from assistant.core.settings import Settings
from assistant.core.store.chats import ChatStore
from assistant.core.store.records import Note
from assistant.ui.controllers.engine_bridge import EngineBridge
from assistant.ui.controllers.library_bridge import LibraryBridge
from assistant.ui.dialogs.save_dialog import Destination
from assistant.ui.pages.chat_page import ChatPage, short_title
from assistant.ui.widgets import answer_actions
from assistant.ui.widgets.context_meter import ContextMeter

SHORT = Sampling(max_tokens=12, seed=1)


@dataclass
class Setup:
    page: ChatPage
    engine: EngineBridge
    library: LibraryBridge


MakePage = Callable[..., Setup]


@pytest.fixture
def make_page(qtbot: QtBot, tiny_model: Path) -> Iterator[MakePage]:
    """A chat page wired to a loaded tiny model and a fresh library, as the main window does."""
    threads_before = set(threading.enumerate())
    made: list[Setup] = []

    def make(n_ctx: int = 4096, model: Path = tiny_model) -> Setup:
        engine = EngineBridge(settings=Settings(n_threads=1))
        library = LibraryBridge()
        page = ChatPage(SHORT, None, library=library, engine=engine)
        qtbot.addWidget(page)
        engine.loading.connect(page.on_model_loading)
        engine.loaded.connect(page.on_model_loaded)
        engine.load_failed.connect(page.on_load_failed)
        page.resize(900, 640)
        page.show()
        with qtbot.waitSignal(engine.loaded, timeout=10_000):
            # One llama.cpp thread: see make_window in test_main_window.py.
            engine.load(str(model), LoadOptions(n_ctx=n_ctx, n_threads=1))
        setup = Setup(page, engine, library)
        made.append(setup)
        return setup

    yield make
    for setup in made:
        setup.engine.shutdown()
        setup.library.shutdown()
    qtbot.waitUntil(lambda: set(threading.enumerate()) <= threads_before, timeout=3000)


def ask(qtbot: QtBot, s: Setup, text: str) -> None:
    """Type text, press Ctrl+Enter and wait for the answer and for it to be stored."""
    qtbot.keyClicks(s.page.input, text)
    with qtbot.waitSignal(s.engine.finished, timeout=10_000):
        qtbot.keyClick(s.page.input, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot, s)


def settle(qtbot: QtBot, s: Setup) -> None:
    """Wait until every library job queued so far has run and answered."""
    done: list[bool] = []
    s.library.run(lambda _store: None, lambda _r: done.append(True))
    qtbot.waitUntil(lambda: bool(done), timeout=5000)


def in_library(qtbot: QtBot, s: Setup, job: Callable[[ChatStore], Any]) -> Any:
    results: list[Any] = []
    s.library.chats(job, results.append)
    qtbot.waitUntil(lambda: bool(results), timeout=5000)
    return results[0]


def titles(page: ChatPage) -> list[str]:
    return [page.chat_list.item(row).text() for row in range(page.chat_list.count())]


def test_a_conversation_is_stored_and_listed(make_page: MakePage, qtbot: QtBot) -> None:
    s = make_page()
    page = s.page
    ask(qtbot, s, "What is a prompt framework?")
    qtbot.waitUntil(lambda: titles(page) == ["What is a prompt framework?"], timeout=5000)
    assert page.chat_id is not None
    assert page.chat_list.currentItem().text() == "What is a prompt framework?"
    stored = in_library(qtbot, s, lambda chats: chats.messages(page.chat_id))
    assert [(m.role, m.content) for m in stored] == [
        ("user", "What is a prompt framework?"),
        ("assistant", page.answer_text()),
    ]
    assert stored[1].reasoning is None  # a model without reasoning stores none

    ask(qtbot, s, "And an example?")
    stored = in_library(qtbot, s, lambda chats: chats.messages(page.chat_id))
    assert [m.role for m in stored] == ["user", "assistant", "user", "assistant"]
    assert titles(page) == ["What is a prompt framework?"]  # still one conversation


def test_switching_conversations_restores_the_transcript(make_page: MakePage, qtbot: QtBot) -> None:
    s = make_page()
    page = s.page
    ask(qtbot, s, "First topic")
    first_id, first_transcript = page.chat_id, page.transcript.toPlainText()
    first_history = page.history

    qtbot.mouseClick(page.new_chat_button, Qt.MouseButton.LeftButton)
    assert page.transcript.toPlainText() == "" and page.history == []
    assert page.chat_list.currentItem() is None
    ask(qtbot, s, "Second topic")
    qtbot.waitUntil(lambda: titles(page) == ["Second topic", "First topic"], timeout=5000)
    assert page.chat_id != first_id

    page.chat_list.setCurrentRow(1)  # as a click on "First topic" does
    qtbot.waitUntil(lambda: page.history == first_history, timeout=5000)
    assert page.chat_id == first_id
    restored = page.transcript.toPlainText()
    # Everything but notes such as "The answer reached its length limit." comes back.
    assert restored.startswith("You\nFirst topic\nAssistant\n")
    assert first_transcript.startswith(restored.rstrip())

    # The conversation goes on where it stopped.
    ask(qtbot, s, "Back to the first")
    assert [m["content"] for m in page.history if m["role"] == "user"] == [
        "First topic",
        "Back to the first",
    ]


def test_delete_asks_first(
    make_page: MakePage, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    s = make_page()
    page = s.page
    ask(qtbot, s, "Keep me?")
    qtbot.waitUntil(lambda: page.chat_list.count() == 1, timeout=5000)
    chat_id = page.chat_id
    assert chat_id is not None
    answers = iter([QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes])
    monkeypatch.setattr(QMessageBox, "question", lambda *_a, **_k: next(answers))
    page.delete_chat(chat_id, "Keep me?")
    settle(qtbot, s)
    assert page.chat_list.count() == 1 and page.history
    page.delete_chat(chat_id, "Keep me?")
    qtbot.waitUntil(lambda: page.chat_list.count() == 0, timeout=5000)
    assert page.history == [] and page.transcript.toPlainText() == ""
    assert in_library(qtbot, s, lambda chats: chats.chats()) == []


def test_regenerate_replaces_the_last_answer(make_page: MakePage, qtbot: QtBot) -> None:
    s = make_page()
    page = s.page
    assert not page.regenerate_button.isEnabled()
    ask(qtbot, s, "Tell me something")
    first = page.answer_text()
    assert page.regenerate_button.isEnabled()
    page.sampling = Sampling(max_tokens=20, seed=7)  # another seed: another answer
    with qtbot.waitSignal(s.engine.finished, timeout=10_000):
        qtbot.mouseClick(page.regenerate_button, Qt.MouseButton.LeftButton)
    settle(qtbot, s)
    second = page.answer_text()
    assert second and second != first
    assert page.history == [
        {"role": "user", "content": "Tell me something"},
        {"role": "assistant", "content": second},
    ]
    transcript = page.transcript.toPlainText()
    assert transcript.count("Assistant") == 1 and transcript.count("Tell me something") == 1
    stored = in_library(qtbot, s, lambda chats: chats.messages(page.chat_id))
    assert [(m.role, m.content) for m in stored] == [
        ("user", "Tell me something"),
        ("assistant", second),
    ]


def test_edit_and_resend_puts_the_question_back(make_page: MakePage, qtbot: QtBot) -> None:
    s = make_page()
    page = s.page
    ask(qtbot, s, "First question")
    ask(qtbot, s, "Second question")
    assert page.edit_button.isEnabled()
    qtbot.mouseClick(page.edit_button, Qt.MouseButton.LeftButton)
    assert page.input.toPlainText() == "Second question"
    assert [m["role"] for m in page.history] == ["user", "assistant"]
    assert page.history[0]["content"] == "First question"
    assert "Second question" not in page.transcript.toPlainText()
    settle(qtbot, s)
    stored = in_library(qtbot, s, lambda chats: chats.messages(page.chat_id))
    assert [m.role for m in stored] == ["user", "assistant"]

    page.input.selectAll()
    qtbot.keyClicks(page.input, "Second question, rephrased")
    with qtbot.waitSignal(s.engine.finished, timeout=10_000):
        qtbot.mouseClick(page.send_button, Qt.MouseButton.LeftButton)
    settle(qtbot, s)
    stored = in_library(qtbot, s, lambda chats: chats.messages(page.chat_id))
    assert [m.content for m in stored if m.role == "user"] == [
        "First question",
        "Second question, rephrased",
    ]


def test_copy_puts_the_answer_on_the_clipboard(make_page: MakePage, qtbot: QtBot) -> None:
    s = make_page()
    assert not s.page.copy_button.isEnabled()
    ask(qtbot, s, "Copy this")
    qtbot.mouseClick(s.page.copy_button, Qt.MouseButton.LeftButton)
    assert QApplication.clipboard().text() == s.page.answer_text()


def test_save_answer_as_note(
    make_page: MakePage, qtbot: QtBot, tiny_r1_model: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    s = make_page(model=tiny_r1_model)
    page = s.page
    # The course selected in the library is offered, and the title can be changed.
    page.answer_actions.current_place = lambda: ("AI办公应用", "第1课")
    offered: list[Destination] = []

    def fake_dialog(
        _parent: object, _lessons: object, default: Destination, _title: object = None
    ) -> Destination:
        offered.append(default)
        return default._replace(title=default.title + " (edited)")

    monkeypatch.setattr(answer_actions, "choose_destination", fake_dialog)
    page.sampling = Sampling(max_tokens=120, seed=1)
    ask(qtbot, s, "Summarise the lesson on prompt frameworks")
    reasoning = page.last_reasoning()
    assert reasoning  # the R1 template opens <think>, so the tiny model "thinks"
    stored = in_library(qtbot, s, lambda chats: chats.messages(page.chat_id))
    assert stored[-1].reasoning == reasoning and stored[-1].content == page.answer_text()
    if not page.answer_text():
        # Random weights may never close </think>; the note needs an answer to save.
        page._turns[-1].content = "Frameworks give a prompt its parts."
        page._answer = page._turns[-1].content
        page._update_controls()

    def saved_note() -> Note:
        with qtbot.waitSignal(page.note_saved, timeout=5000) as saved:
            qtbot.mouseClick(page.save_note_button, Qt.MouseButton.LeftButton)
        notes: list[Note] = []
        s.library.run(lambda store: store.get(saved.args[0]), notes.append)
        qtbot.waitUntil(lambda: bool(notes), timeout=5000)
        return notes[0]

    note = saved_note()
    assert offered[0] == Destination(
        "AI办公应用", "第1课", "Summarise the lesson on prompt frameworks"
    )
    assert note.kind == "chat"
    assert note.title == "Summarise the lesson on prompt frameworks (edited)"
    assert (note.course, note.lesson) == ("AI办公应用", "第1课")
    assert note.body == page.answer_text()
    assert page.include_reasoning.isEnabled()
    page.include_reasoning.setChecked(True)
    note = saved_note()
    assert note.body.startswith(page.answer_text()) and reasoning in note.body


def test_context_meter_counts_the_conversation_and_the_draft(
    make_page: MakePage, qtbot: QtBot
) -> None:
    s = make_page(n_ctx=2048)
    meter = s.page.meter
    assert meter.limit() == 2048
    ask(qtbot, s, "Count me")
    qtbot.waitUntil(lambda: (meter.used() or 0) > 0, timeout=5000)
    after_turn = meter.used() or 0
    assert meter.text() == f"{after_turn:,} / 2,048 tokens"
    assert meter.level() == "normal"
    qtbot.keyClicks(s.page.input, "a draft that is still being typed")
    qtbot.waitUntil(lambda: (meter.used() or 0) > after_turn, timeout=5000)


def test_context_meter_warns_near_the_limit(qtbot: QtBot) -> None:
    meter = ContextMeter()
    qtbot.addWidget(meter)
    meter.set_limit(4096)
    meter.set_count(1234)
    assert meter.text() == "1,234 / 4,096 tokens" and meter.level() == "normal"
    meter.set_count(3200)
    assert meter.level() == "warning" and "Start a new chat" in meter.toolTip()
    meter.set_count(3800)
    assert meter.level() == "critical" and "larger context in Settings" in meter.toolTip()
    assert meter.bar.value() > 0.9 * meter.bar.maximum()
    meter.set_count(9000)  # over the limit: the bar is full, the label says by how much
    assert meter.bar.value() == meter.bar.maximum() and meter.text() == "9,000 / 4,096 tokens"


def test_a_prompt_too_long_is_refused_in_its_own_words(make_page: MakePage, qtbot: QtBot) -> None:
    s = make_page(n_ctx=512)
    page = s.page
    long_text = "这是一段很长的课程记录。" * 1700  # 20,400 characters
    qtbot.keyClicks(page.input, "Summarise: ")
    page.input.insertPlainText(long_text)  # as a paste; 20k key clicks would take a while
    typed = page.input.toPlainText()
    assert len(typed) > 20_000
    with qtbot.waitSignal(s.engine.failed, timeout=10_000):
        qtbot.keyClick(page.input, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot, s)
    transcript = page.transcript.toPlainText()
    assert "The prompt is " in transcript and "context window holds 512" in transcript
    assert "The model stopped" not in transcript
    assert long_text[:50] not in transcript  # the question went back to the input
    assert page.input.toPlainText() == typed.strip()
    assert page.input.isEnabled() and page.history == []
    # The conversation was started for the refused question alone, so it is gone too.
    assert page.chat_id is None and in_library(qtbot, s, lambda chats: chats.chats()) == []
    qtbot.waitUntil(lambda: page.chat_list.count() == 0, timeout=5000)
    qtbot.waitUntil(lambda: page.meter.level() == "critical", timeout=5000)
    page.grab().save("/tmp/chat_page_too_long.png")


def test_without_a_library_the_list_is_hidden(qtbot: QtBot) -> None:
    page = ChatPage(SHORT)
    qtbot.addWidget(page)
    page.show()
    assert not page.chat_list.isVisible() and not page.save_note_button.isVisible()
    assert not page.meter.isVisible()


def test_short_titles() -> None:
    assert short_title("  What is\n a prompt?  ") == "What is a prompt?"
    long = short_title(
        "请帮我总结一下今天人工智能课程的主要内容，包括提示词框架、角色设定和输出格式的要求"
    )
    assert len(long) == 40 and long.endswith("…")


def test_screenshot_of_a_chinese_conversation(make_page: MakePage, qtbot: QtBot) -> None:
    s = make_page(n_ctx=4096)
    page = s.page

    def seed(chats: ChatStore) -> int:
        old = chats.create("提示词框架有哪些？")
        chats.add_message(old, "user", "提示词框架有哪些？")
        chats.add_message(old, "assistant", "常见的有 RTF、BROKE、CO-STAR 和 ICIO。")
        chats.create("把会议纪要改写成公文格式")
        chat = chats.create("请用三句话总结今天的课程")
        chats.add_message(chat, "user", "请用三句话总结今天的课程")
        chats.add_message(
            chat,
            "assistant",
            "1. **提示词框架**：RTF 由角色（Role）、任务（Task）和格式（Format）组成。\n"
            "2. **上下文**：给模型足够的背景，回答才会贴合实际工作。\n"
            "3. **迭代**：先试一次，再根据结果补充要求。",
            "用户想要三句话的总结。课程讲了框架、上下文和迭代……",
        )
        chats.add_message(chat, "user", "RTF 和 CO-STAR 有什么区别？")
        chats.add_message(
            chat,
            "assistant",
            "RTF 更简单，适合日常任务；CO-STAR 还要求说明**语气**、**受众**和**回答格式**，"
            "适合对外发布的材料。",
        )
        return chat

    chat_id = in_library(qtbot, s, seed)
    s.library.changed.emit()  # the seed bypassed the page, so tell it the list changed
    qtbot.waitUntil(lambda: page.chat_list.count() == 3, timeout=5000)
    page.open_chat(chat_id)
    qtbot.waitUntil(lambda: len(page.history) == 4, timeout=5000)
    page.input.insertPlainText("能举一个公文写作的例子吗？")  # QTest cannot type CJK
    qtbot.waitUntil(lambda: (page.meter.used() or 0) > 0, timeout=5000)
    assert page.chat_list.currentItem().text() == "请用三句话总结今天的课程"
    assert page.copy_button.isEnabled() and page.save_note_button.isEnabled()
    page.grab().save("/tmp/chat_page.png")


def sent_requests(page: ChatPage) -> list[tuple[list[dict[str, str]], Sampling]]:
    """Every (messages, sampling) the page asks the engine for from now on."""
    sent: list[tuple[list[dict[str, str]], Sampling]] = []
    page.ask_requested.connect(lambda messages, sampling: sent.append((messages, sampling)))
    return sent


def test_regenerate_after_stop_sends_the_same_request_with_a_new_seed(
    make_page: MakePage, qtbot: QtBot
) -> None:
    s = make_page()
    page = s.page
    sent = sent_requests(page)
    page.sampling = Sampling(max_tokens=3000, temperature=0.3)
    page.input.setPlainText("Hãy nêu ba mẹo viết câu lệnh rõ ràng")  # keyClicks: ASCII only
    with qtbot.waitSignal(s.engine.finished, timeout=10_000):
        page.send()
        qtbot.waitUntil(lambda: bool(page.answer_text()), timeout=10_000)
        qtbot.mouseClick(page.stop_button, Qt.MouseButton.LeftButton)
    settle(qtbot, s)
    assert page.regenerate_button.isEnabled()
    page.sampling = Sampling(max_tokens=5)  # a settings change does not alter the regenerate
    with qtbot.waitSignal(s.engine.finished, timeout=10_000):
        qtbot.mouseClick(page.regenerate_button, Qt.MouseButton.LeftButton)
    (first, first_sampling), (again, again_sampling) = sent
    # The language hint, the question and everything else the first request had.
    assert first[0]["role"] == "system" and "tiếng Việt" in first[0]["content"]
    assert first[1:] == [{"role": "user", "content": "Hãy nêu ba mẹo viết câu lệnh rõ ràng"}]
    assert again == first
    assert first_sampling.seed is not None and again_sampling.seed is not None
    assert again_sampling.seed != first_sampling.seed
    assert again_sampling.max_tokens == 3000 and again_sampling.temperature == 0.3


def test_an_unanswered_question_can_be_regenerated_after_a_restart(
    make_page: MakePage, qtbot: QtBot
) -> None:
    s = make_page()
    question = "Viết thông báo nghỉ lễ"
    # What Ctrl+Q mid-answer leaves in the library: the question, no answer.
    chat_id = in_library(qtbot, s, lambda chats: chats.create(question, "tiny"))
    in_library(qtbot, s, lambda chats: chats.add_message(chat_id, "user", question))
    page = s.page
    sent = sent_requests(page)
    page.conversations.refresh()
    qtbot.waitUntil(lambda: titles(page) == [question], timeout=5000)
    with qtbot.waitSignal(page.conversations.loaded, timeout=5000):
        page.open_chat(chat_id)
    assert page.history == [{"role": "user", "content": question}]
    assert page.regenerate_button.isEnabled()
    with qtbot.waitSignal(s.engine.finished, timeout=10_000):
        qtbot.mouseClick(page.regenerate_button, Qt.MouseButton.LeftButton)
    settle(qtbot, s)
    messages, _sampling = sent[0]
    assert messages[-1] == {"role": "user", "content": question}
    assert "tiếng Việt" in messages[0]["content"]
    assert [m["role"] for m in page.history] == ["user", "assistant"]
    stored = in_library(qtbot, s, lambda chats: chats.messages(chat_id))
    assert [(m.role, m.content) for m in stored] == [
        ("user", question),
        ("assistant", page.answer_text()),
    ]
    assert page.transcript.toPlainText().count(question) == 1


def test_a_new_question_scrolls_the_transcript_to_it(make_page: MakePage, qtbot: QtBot) -> None:
    s = make_page()
    page = s.page
    page.sampling = Sampling(max_tokens=200, seed=2)
    for i in range(4):
        ask(qtbot, s, f"Question number {i} with enough words to wrap a line or two")
    bar = page.transcript.verticalScrollBar()
    assert bar.maximum() > 0
    bar.triggerAction(bar.SliderAction.SliderToMinimum)  # the reader goes back to the start
    assert bar.value() == 0 and not page.transcript.is_following()
    page.append_token("x")  # nothing of ours streams now: the view stays where the reader is
    assert bar.value() == 0
    qtbot.keyClicks(page.input, "One more question")
    with qtbot.waitSignal(s.engine.finished, timeout=10_000):
        page.send()
        assert page.transcript.is_following()
    settle(qtbot, s)
    # The question and the whole answer are in sight, however late the layout caught up.
    qtbot.waitUntil(lambda: bar.value() == bar.maximum(), timeout=2000)
    assert "One more question" in page.transcript.toPlainText()
