"""The Outline page with real llama.cpp on a tiny model and a real library: stream, stop, save."""

from __future__ import annotations

import os
import re
import signal
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from pytestqt.qtbot import QtBot

from assistant.core.engine.events import Progress
from assistant.core.engine.requests import LoadOptions, Sampling
from assistant.core.engine.speed import TokenCount
from assistant.core.outline.render import render
from assistant.core.settings import Settings
from assistant.core.store.notes import NotesStore
from assistant.ui.controllers.engine_bridge import EngineBridge
from assistant.ui.controllers.library_bridge import LibraryBridge
from assistant.ui.pages import outline_page
from assistant.ui.pages.outline_page import Destination, OutlinePage, display_markdown
from assistant.ui.widgets.outline_progress import BAR_STEPS, OutlineProgress
from tests.ui.request_feed import RequestFeed

LECTURE = (
    "第一讲：提示词工程入门。\n"
    "好的提示词要写清楚角色、任务、要求和输出格式。\n"
    "课后请用 RTF 框架改写一条工作中的提示词。"
)
STEPS = (
    "第一步：打开表格。选中要汇总的数据区域，检查有没有空行。\n\n"
    "第二步：插入数据透视表。把部门拖到行里，把金额拖到值里。\n\n"
    "最后，核对结果。和原表的合计对一下，再保存。"
)
# Longest JSON answer per pass: the tiny model writes ~1000 tokens/s, so LONG leaves time to
# stop midway.
LONG = 2500
SHORT = 200


@pytest.fixture(autouse=True)
def no_replace_question(monkeypatch: pytest.MonkeyPatch) -> None:
    """Generating again over an unsaved outline asks first; tests that do so say yes."""
    monkeypatch.setattr(outline_page, "confirm_replace_outline", lambda _parent: True)


class Env:
    """An engine bridge, a library bridge, and the pages made on them."""

    def __init__(self, qtbot: QtBot) -> None:
        self.qtbot = qtbot
        self.engine = EngineBridge(settings=Settings(n_threads=1))
        self.feed = RequestFeed(self.engine)
        self.library = self.open_library()
        self.pages: list[OutlinePage] = []

    def open_library(self) -> LibraryBridge:
        library = LibraryBridge()
        with self.qtbot.waitSignal(library.opened, timeout=5000):
            pass
        return library

    def page(self) -> OutlinePage:
        page = OutlinePage(self.engine, self.library)
        self.qtbot.addWidget(page)
        page.resize(1000, 640)
        page.show()
        page.activateWindow()
        self.qtbot.waitActive(page)
        self.pages.append(page)
        return page

    def load(self, model: Path) -> None:
        # One llama.cpp thread: see tests/ui/test_main_window.py's make_window.
        with self.qtbot.waitSignal(self.engine.loaded, timeout=10_000):
            self.engine.load(str(model), LoadOptions(n_threads=1))

    def store(self, job: Callable[[NotesStore], Any]) -> Any:
        """Run a job on the library thread and wait for its result."""
        results: list[Any] = []
        self.library.run(job, results.append)
        self.qtbot.waitUntil(lambda: bool(results), timeout=5000)
        return results[0]


@pytest.fixture
def env(qtbot: QtBot) -> Iterator[Env]:
    threads_before = set(threading.enumerate())
    e = Env(qtbot)
    yield e
    e.engine.shutdown()
    e.library.shutdown()
    assert not e.engine.worker_thread.is_alive()
    qtbot.waitUntil(lambda: set(threading.enumerate()) <= threads_before, timeout=3000)


def generate_with_keys(qtbot: QtBot, page: OutlinePage) -> None:
    qtbot.keyClick(page.input, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)


def test_outline_streams_in_and_generate_comes_back(
    env: Env, qtbot: QtBot, tiny_model: Path
) -> None:
    page = env.page()
    assert not page.generate_button.isEnabled()  # no model yet
    assert page.status_text() == "Waiting for a model…"
    env.load(tiny_model)
    assert page.generate_button.isEnabled()
    assert page.status_text() == ""

    page.max_tokens = SHORT
    page.input.setFocus()
    qtbot.keyClicks(page.input, "notes")
    page.input.selectAll()
    page.input.insertPlainText(STEPS)  # what a paste does
    assert page.count_label.text() == f"{len(STEPS)} characters"

    partials: list[str] = []
    env.feed.partial.connect(lambda _outline: partials.append(page.outline_text()))
    with qtbot.waitSignal(env.feed.succeeded, timeout=10_000) as done:
        generate_with_keys(qtbot, page)
        assert page.is_busy and not page.generate_button.isEnabled()
        assert page.stop_button.isEnabled() and page.progress.isVisible()
    assert done.args[0].chunks == 3
    # Sections appear as each part is finished, in the lecture's order.
    assert len(partials) >= 2 and partials[-1]
    last = partials[-1]
    assert last.index("打开表格") < last.index("插入数据透视表") < last.index("核对结果")
    assert not page.is_busy and not page.progress.isVisible()
    assert page.generate_button.isEnabled() and not page.stop_button.isEnabled()
    assert page.edit_button.isEnabled() and page.save_button.isEnabled()
    assert page.output.toPlainText().strip()  # rendered, not only kept in the page's state
    assert page.status_text().startswith("Done in ")
    assert not page.thinking.isVisible()
    assert page.input.toPlainText() == STEPS  # the lecture stays for another try


def test_stop_keeps_the_partial_outline(env: Env, qtbot: QtBot, tiny_model: Path) -> None:
    page = env.page()
    env.load(tiny_model)
    page.max_tokens = LONG
    page.input.setPlainText(LECTURE)
    page.format_combo.setCurrentIndex(page.format_combo.findData("gongwen"))
    with qtbot.waitSignal(env.feed.stopped, timeout=10_000) as stopped:
        page.generate_button.click()
        qtbot.waitUntil(lambda: len(page.outline_text()) > 20, timeout=10_000)
        qtbot.keyClick(page, Qt.Key.Key_Escape)
    assert stopped.args[0] is not None
    assert page.status_text() == "Stopped — the partial outline is kept."
    assert page.outline_text() and page.output.toPlainText().strip()
    assert page.save_button.isEnabled()
    # The bridge is idle on "stopped" (before the request's "cancelled"): Generate is back.
    assert not env.engine.busy and page.generate_button.isEnabled()


def test_edit_then_save_to_library(
    env: Env, qtbot: QtBot, tiny_model: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = env.page()
    env.load(tiny_model)
    page.max_tokens = SHORT
    page.input.setPlainText(LECTURE)
    with qtbot.waitSignal(env.feed.succeeded, timeout=10_000):
        page.generate()

    # The tiny model writes noise: the user rewrites it in the editor.
    page.edit_button.click()
    assert page.stack.currentWidget() is page.editor
    edited = (
        "# 提示词工程入门\n\n## 要点\n\n- 写清楚角色和任务\n\n## 复习题\n\n1. 什么是 RTF 框架？"
    )
    page.editor.setPlainText(edited)
    page.edit_button.click()
    assert page.stack.currentWidget() is page.output
    assert "写清楚角色和任务" in page.output.toPlainText()
    assert page.outline_text() == edited

    asked: list[tuple[dict[str, list[str]], Destination]] = []

    def fake_dialog(_parent: object, lessons: dict[str, list[str]], default: Destination) -> Any:
        asked.append((lessons, default))
        return Destination("AI 办公课程", "第一课", default.title)

    monkeypatch.setattr(outline_page, "choose_destination", fake_dialog)
    env.store(lambda s: s.add("旧笔记", "x", course="AI 办公课程", lesson="开班"))
    with qtbot.waitSignal(page.saved, timeout=5000) as saved:
        page.save_button.click()
    assert asked == [({"AI 办公课程": ["开班"]}, Destination("", "", "提示词工程入门"))]
    note_id = saved.args[0]
    assert page.status_text() == "Saved to the library."

    hits = env.store(lambda s: s.search("提示词"))
    assert [h.id for h in hits] == [note_id]
    assert (hits[0].kind, hits[0].course, hits[0].lesson) == ("outline", "AI 办公课程", "第一课")
    note = env.store(lambda s: s.get(note_id))
    assert note.title == "提示词工程入门" and note.body == edited
    assert note.source == "pasted text" and note.model == "Tiny Test Llama"
    assert note.params["format"] == "markdown" and note.params["language"] == "zh"
    assert note.params["max_tokens"] == 200 and note.params["chunks"] == 1

    # The next save offers the same course and lesson.
    with qtbot.waitSignal(page.saved, timeout=5000):
        page.save_to_library()
    assert asked[-1][1][:2] == ("AI 办公课程", "第一课")

    # Saved edits are replaced without a question; unsaved ones only if the user agrees.
    confirmations: list[bool] = []

    def confirm(_parent: object) -> bool:
        confirmations.append(False)
        return False

    monkeypatch.setattr(outline_page, "confirm_replace_edits", confirm)
    with qtbot.waitSignal(env.feed.succeeded, timeout=10_000):
        page.generate()
    assert confirmations == []
    page.edit_button.click()
    page.editor.appendPlainText("- 我的补充")
    page.generate()
    assert confirmations == [False] and not page.is_busy
    assert page.outline_text().endswith("- 我的补充")


def test_cancelled_dialog_saves_nothing(
    env: Env, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = env.page()
    page.edit_button.setEnabled(True)
    page.edit_button.click()
    page.editor.setPlainText("# 大纲")
    asked: list[object] = []
    monkeypatch.setattr(outline_page, "choose_destination", lambda *a: asked.append(a))
    page.save_to_library()
    qtbot.waitUntil(lambda: bool(asked), timeout=5000)
    assert env.store(lambda s: s.count()) == 0


def test_the_lecture_draft_survives_a_restart(
    env: Env, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(outline_page, "DRAFT_DELAY_MS", 100)
    page = env.page()
    page.input.setPlainText(LECTURE)
    with qtbot.waitSignal(page.draft_saved, timeout=5000):
        pass
    page.close()
    # A new library bridge on the same file is what the next start of the app sees.
    env.library.shutdown()
    env.library = env.open_library()
    again = env.page()
    qtbot.waitUntil(lambda: again.input.toPlainText() == LECTURE, timeout=5000)
    assert again.count_label.text() == f"{len(LECTURE)} characters"
    draft = env.store(lambda s: s.draft("outline:input"))
    assert draft.body == LECTURE and draft.title == ""

    # Clearing the box forgets the draft.
    again.input.clear()
    with qtbot.waitSignal(again.draft_saved, timeout=5000):
        pass
    assert env.store(lambda s: s.draft("outline:input")) is None


def open_and_wait(qtbot: QtBot, page: OutlinePage, path: Path) -> None:
    """Open a lecture file (read off the GUI thread) and wait for its text."""
    with qtbot.waitSignal(page.lecture.opened, timeout=5000):
        page.open_file(str(path))


def test_open_and_drop_files(env: Env, qtbot: QtBot, tmp_path: Path) -> None:
    page = env.page()
    gbk = tmp_path / "第一讲.txt"
    gbk.write_bytes(LECTURE.encode("gbk"))
    open_and_wait(qtbot, page, gbk)
    assert page.input.toPlainText() == LECTURE
    assert page.status_text() == "Opened 第一讲.txt."

    slides = tmp_path / "slides.key"
    slides.write_bytes(b"PK\x03\x04")
    page.open_file(str(slides))
    qtbot.waitUntil(lambda: "not supported" in page.status_text(), timeout=5000)
    assert "paste the text" in page.status_text() or ".docx" in page.status_text()
    assert page.input.toPlainText() == LECTURE  # untouched

    md = tmp_path / "lesson.md"
    md.write_text("# Bài giảng\n\nTrí tuệ nhân tạo", encoding="utf-8")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(md))])
    drop = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    with qtbot.waitSignal(page.lecture.opened, timeout=5000):
        page.dropEvent(drop)
    assert page.input.toPlainText() == "# Bài giảng\n\nTrí tuệ nhân tạo"
    page.input.undo()  # opening a file can be undone
    assert page.input.toPlainText() == LECTURE

    # A file pasted on the lecture box opens too, instead of inserting its path.
    with qtbot.waitSignal(page.lecture.opened, timeout=5000):
        page.input.insertFromMimeData(mime)
    assert page.input.toPlainText().startswith("# Bài giảng")


def test_subtitle_cue_times_reach_the_outline_job(env: Env, qtbot: QtBot, tmp_path: Path) -> None:
    page = env.page()
    srt = tmp_path / "lesson.srt"
    srt.write_text(
        "1\n00:00:01,000 --> 00:00:04,000\nHôm nay chúng ta học viết câu lệnh.\n\n"
        "2\n00:12:30,000 --> 00:12:33,000\nPhần hai: khung RTF.\n",
        encoding="utf-8",
    )
    open_and_wait(qtbot, page, srt)
    lecture = page.lecture.lecture()
    assert lecture.source == "lesson.srt"
    assert [s.start_s for s in lecture.segments][-1] == 750.0
    page.input.appendPlainText("Thêm ghi chú.")  # edited: now plain text, no cue times
    assert all(s.start_s is None for s in page.lecture.lecture().segments)


def test_another_pages_answer_is_not_taken_for_the_outline(
    env: Env, qtbot: QtBot, tiny_model: Path
) -> None:
    page = env.page()
    env.load(tiny_model)
    page.input.setPlainText(LECTURE)
    states: list[bool] = []
    with qtbot.waitSignal(env.engine.finished, timeout=10_000):
        # The chat page, say.
        env.engine.ask([{"role": "user", "content": "hi"}], Sampling(max_tokens=200, seed=1))
        qtbot.waitUntil(lambda: not page.generate_button.isEnabled(), timeout=5000)
        states.append(page.generate_button.isEnabled())
        page.generate()  # refused while the model answers elsewhere
        assert not page.is_busy
    assert states == [False]
    assert page.outline_text() == "" and page.output.toPlainText() == ""
    assert page.generate_button.isEnabled()


def test_a_lecture_longer_than_the_context_is_outlined_in_parts(
    env: Env, qtbot: QtBot, tiny_model: Path
) -> None:
    page = env.page()
    with qtbot.waitSignal(env.engine.loaded, timeout=10_000):
        env.engine.load(str(tiny_model), LoadOptions(n_ctx=2048, n_threads=1))
    page.max_tokens = SHORT
    page.input.setPlainText(
        "\n\n".join(f"第{i}段：提示词要说明角色、任务和格式。" for i in range(120))
    )
    steps: list[str] = []
    env.feed.step.connect(lambda _step: steps.append(page.progress.text()))
    with qtbot.waitSignal(env.feed.succeeded, timeout=30_000) as done:
        page.generate()
    parts = done.args[0].chunks
    assert parts > 1
    # One step per model call: the parts, the key terms and the closing call.
    assert any(re.match(r"Part 2 of \d+ · ", step) and "left" in step for step in steps), steps
    assert page.status_text().startswith("Done in ")


def test_a_model_crash_is_one_sentence_and_keeps_the_outline(
    env: Env, qtbot: QtBot, tiny_model: Path
) -> None:
    page = env.page()
    env.load(tiny_model)
    page.max_tokens = LONG
    # Steps, not the one-part lecture: with one part and the closing call in a batch, both could
    # end before the page showed the part's section, leaving no token to be killed at.
    page.input.setPlainText(STEPS)
    killed: list[int] = []

    def kill_while_it_writes(step: object) -> None:
        # Killed mid-answer (a token was just counted) once a section is shown, not between two
        # calls: a worker that dies before answering any of a call is replaced without a
        # failure (test_engine.py). Checked at each step, not connected after a wait: on a busy
        # machine the outline could finish between the wait and the connect.
        pid = env.engine.engine.worker_pid
        shown = len(page.outline_text()) > 20
        if isinstance(step, TokenCount) and shown and not killed and pid is not None:
            killed.append(pid)
            os.kill(pid, signal.SIGKILL)

    env.feed.step.connect(kill_while_it_writes)
    with qtbot.waitSignal(env.engine.failed, timeout=20_000):
        page.generate()
    assert killed
    assert page.status_text().startswith("The model stopped: ")
    assert page.status_text().endswith("The partial outline is kept.")
    assert "Traceback" not in page.status_text()
    assert page.outline_text() and page.generate_button.isEnabled()


def test_gongwen_lines_keep_their_numbers() -> None:
    source = "提示词工程\n一、基本要素\n  （一）角色\n1. 写清楚身份\n（1）例子"
    shown = display_markdown(source, "gongwen")
    assert shown.split("\n\n") == [
        "提示词工程",
        "一、基本要素",
        "（一）角色",
        "1\\. 写清楚身份",
        "（1）例子",
    ]
    assert display_markdown("1. a\n2. b", "markdown") == "1. a\n2. b"


def test_progress_counts_tokens_and_the_speed_leaves_out_prompt_reading(
    env: Env, qtbot: QtBot, tiny_model: Path
) -> None:
    page = env.page()
    env.load(tiny_model)
    page.max_tokens = SHORT
    page.input.setPlainText(LECTURE)
    reports: list[object] = []
    bars: list[int] = []
    speeds: list[float] = []

    def on_progress(step: object) -> None:
        reports.append(step)
        bars.append(page.progress.bar.value())

    env.feed.step.connect(on_progress)
    env.engine.speed.connect(speeds.append)
    with qtbot.waitSignal(env.feed.succeeded, timeout=10_000):
        page.generate()
        assert page.progress.text().startswith("Reading the lecture · ")
        assert page.progress.bar.value() == 0  # nothing done yet: the bar is empty, not full
    counts = [r for r in reports if isinstance(r, TokenCount)]
    assert counts and counts[0].written == 1 and counts[0].budget == SHORT
    # Each call (a Progress step starts it) counts its own tokens, only upwards. How many
    # counts a call reports depends on the machine's speed (they are throttled in time).
    passes: list[list[int]] = [[]]
    for report in reports:
        if isinstance(report, TokenCount):
            passes[-1].append(report.written)
        else:
            passes.append([])
    assert all(written == sorted(written) for written in passes)
    assert bars == sorted(bars) and 0 < bars[-1] <= BAR_STEPS  # it only moves forward
    assert all(rate > 0 for rate in speeds if rate)


def test_the_elapsed_time_ticks_while_the_model_reads(qtbot: QtBot) -> None:
    now = [100.0]
    progress = OutlineProgress(clock=lambda: now[0])
    qtbot.addWidget(progress)
    progress.start()
    assert progress.text() == "Reading the lecture · 0 s" and progress.bar.value() == 0
    now[0] += 61
    progress.tick_timer.timeout.emit()  # what the 1 s timer does; no event arrived meanwhile
    assert progress.text() == "Reading the lecture · 1 min 01 s"
    progress.update_step(TokenCount(450, 900))  # prompt read, half the budget written
    assert progress.bar.value() == round(BAR_STEPS * (0.1 + 0.9 * 0.5))
    assert progress.text() == "Outlining · 1 min 01 s"
    progress.update_step(Progress(1, 4))  # a long lecture: part 2 of 4 starts reading
    assert progress.bar.value() == BAR_STEPS // 4
    now[0] += 60
    progress.tick_timer.timeout.emit()
    assert progress.text() == "Part 2 of 4 · 2 min 01 s · about 6 min 03 s left"
    progress.finish()
    assert not progress.tick_timer.isActive() and not progress.isVisible()


def test_a_new_format_renders_the_stored_outline_at_once(
    env: Env, qtbot: QtBot, tiny_model: Path
) -> None:
    page = env.page()
    env.load(tiny_model)
    page.max_tokens = SHORT
    page.input.setPlainText(LECTURE)
    with qtbot.waitSignal(env.feed.succeeded, timeout=10_000) as done:
        page.generate()
    outline = done.args[0].outline
    calls: list[int] = []
    env.feed.requested.connect(calls.append)
    page.format_combo.setCurrentIndex(page.format_combo.findData("gongwen"))
    # No model call: the same structure, rendered in the new format, at once.
    assert page.outline_text() == render(outline, "gongwen") and not calls
    assert page.output.toPlainText().startswith(outline.title)
    page.format_combo.setCurrentIndex(page.format_combo.findData("cornell"))
    assert page.outline_text() == render(outline, "cornell")
    assert "<br>" not in page.outline_text() and "<br>" not in page.output.toPlainText()
    assert not page.is_busy and not calls


def test_generate_asks_before_replacing_an_unsaved_outline(
    env: Env, qtbot: QtBot, tiny_model: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = env.page()
    env.load(tiny_model)
    page.max_tokens = SHORT
    page.input.setPlainText(LECTURE)
    with qtbot.waitSignal(env.feed.succeeded, timeout=10_000):
        page.generate()
    first = page.outline_text()
    asked: list[bool] = []

    def refuse(_parent: object) -> bool:
        asked.append(True)
        return False

    monkeypatch.setattr(outline_page, "confirm_replace_outline", refuse)
    page.generate()
    assert asked and not page.is_busy and page.outline_text() == first
