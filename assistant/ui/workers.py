"""Bridges the blocking engine API to Qt signals, so the GUI thread never waits on the model."""

from __future__ import annotations

import itertools
import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QThread, Signal, Slot

from assistant.core import paths
from assistant.core.engine.events import Done, Failed, Progress, Reasoning, Token
from assistant.core.engine.local import LocalEngine, PromptTooLongError
from assistant.core.engine.remote import RemoteEngine
from assistant.core.engine.requests import LoadOptions, Message, Sampling
from assistant.core.engine.speed import GenerationSpeed, TokenCount
from assistant.core.errors import StudyAssistantError
from assistant.core.models.choice import STARTER, resolve_model
from assistant.core.outline.ingest import Lecture
from assistant.core.outline.pipeline import (
    ANSWER_TOKENS,
    OutlineResult,
    OutlineStopped,
    outline_lecture,
)
from assistant.core.settings import Settings

log = logging.getLogger(__name__)

# Tokens arriving faster than this are sent to the GUI together: a queued signal and a re-render
# per token would make a fast model cost more GUI time than it saves.
FLUSH_INTERVAL_S = 0.03
# A speed figure that changes more often than this is unreadable anyway.
SPEED_INTERVAL_S = 0.5
# How often an outline's progress bar hears how many tokens the pass has written.
TOKEN_COUNT_INTERVAL_S = 0.25
# How long shutdown waits for the worker thread before it kills the model process under it.
SHUTDOWN_WAIT_S = 2.0

_STOPPED_PREFIX = "the model stopped: "

CountDone = Callable[[int], None]
CountFailed = Callable[[str], None]
# Work of several engine calls that belong together (a critique's proposals): it gets the
# engine, a "was Stop pressed?" check and a sink for reasoning text, and returns its result.
EngineJob = Callable[[LocalEngine, Callable[[], bool], Callable[[str], None]], object]


def user_reason(message: str) -> str:
    """The reason in an engine message, without the "the model stopped:" the GUI adds itself."""
    text = message.strip()
    while text.lower().startswith(_STOPPED_PREFIX):
        text = text[len(_STOPPED_PREFIX) :].lstrip()
    return text[:1].upper() + text[1:]


@dataclass(frozen=True)
class OutlineJob:
    """A lecture to outline on the engine thread, in the language asked for."""

    lecture: Lecture
    language: str = "auto"
    max_tokens: int | None = None


class _Requests:
    """What the GUI thread tells a busy worker: which answers to drop, and whether to stop."""

    def __init__(self) -> None:
        # Written on the GUI thread and read on the worker's; int reads and writes are atomic.
        self.cancelled_through = 0
        self.stopping = threading.Event()


class _Stopping(Exception):
    """The app is closing: abandon the current job."""


class _EngineWorker(QObject):
    """Runs engine calls one at a time on the bridge's thread and reports them as signals."""

    loaded = Signal(object)
    load_failed = Signal(str)
    started = Signal(int)
    token = Signal(str)
    reasoning = Signal(str)
    speed = Signal(float)
    finished = Signal(object)
    failed = Signal(str)
    rejected = Signal(str)
    counted = Signal(int, int)
    count_failed = Signal(int, str)
    outline_progress = Signal(object)
    outline_partial = Signal(object)
    outline_done = Signal(object)
    outline_stopped = Signal(object)
    job_done = Signal(object)

    def __init__(self, engine: LocalEngine, settings: Settings, requests: _Requests) -> None:
        super().__init__()
        self._engine = engine
        self._settings = settings
        self._requests = requests

    @Slot(str, object)
    def load(self, spec: str, options: LoadOptions | None) -> None:
        """Load the model spec names: a .gguf path, "starter", or a name in the model folders."""
        if self._requests.stopping.is_set():
            return
        try:
            # Finding a model by name walks folders, and assembling the starter model hashes
            # ~0.5 GB the first time: both stay off the GUI thread.
            if isinstance(self._engine, RemoteEngine):  # the class server has its model
                model = self._engine.connect()
            else:
                path = resolve_model(spec, self._settings, progress=self._check_stop)
                model = self._engine.load(path, options or self._settings.load_options())
        except _Stopping:
            return
        except StudyAssistantError as exc:
            self._report_load_failure(str(exc))
        except Exception as exc:
            log.exception("loading %s failed unexpectedly", spec)
            self._report_load_failure(_unexpected(exc))
        else:
            self.loaded.emit(model)

    def _check_stop(self, _done: int, _total: int) -> None:
        """Progress callback of the starter assembly: lets shutdown interrupt it."""
        if self._requests.stopping.is_set():
            raise _Stopping  # the assembly removes its partial file on the way out

    def _report_load_failure(self, message: str) -> None:
        # A file rejected by its header never reaches the running model, which stays usable.
        still_loaded = self._engine.loaded
        if still_loaded is not None:
            self.loaded.emit(still_loaded)
        self.load_failed.emit(user_reason(message))

    @Slot(int, object, object)
    def ask(self, request_id: int, messages: list[Message], sampling: Sampling | None) -> None:
        """Stream the answer to messages, coalescing tokens that arrive close together."""
        if self._requests.stopping.is_set():
            return
        self.started.emit(request_id)
        if request_id <= self._requests.cancelled_through:
            self.finished.emit(Done("cancelled"))
            return
        try:
            self._stream(request_id, messages, sampling)
        except PromptTooLongError as exc:
            # Refused before the model ran: the engine's sentence says by how much and what to
            # do; `failed` follows so listeners that only know `failed` still see the end.
            self.rejected.emit(str(exc))
            self.failed.emit(user_reason(str(exc)))
        except StudyAssistantError as exc:  # no model loaded
            self.failed.emit(user_reason(str(exc)))
        except Exception as exc:
            log.exception("the answer failed unexpectedly")
            self.failed.emit(_unexpected(exc))

    @Slot(int, object)
    def count(self, request_id: int, messages: list[Message]) -> None:
        """Count the tokens messages take in the context window."""
        if self._requests.stopping.is_set():
            return
        try:
            tokens = self._engine.count_tokens(messages=messages)
        except StudyAssistantError as exc:  # no model loaded, or it stopped
            self.count_failed.emit(request_id, user_reason(str(exc)))
        except Exception as exc:
            log.exception("counting tokens failed unexpectedly")
            self.count_failed.emit(request_id, _unexpected(exc))
        else:
            self.counted.emit(request_id, tokens)

    @Slot(int, object)
    def outline(self, request_id: int, job: OutlineJob) -> None:
        """Outline a lecture with the pipeline: progress, partial outlines, then the result."""
        if self._requests.stopping.is_set():
            return
        self.started.emit(request_id)
        if request_id <= self._requests.cancelled_through:
            self.outline_stopped.emit(None)
            return
        thought: list[str] = []
        flushed = {"at": time.monotonic(), "speed_at": 0.0, "count_at": 0.0}
        meter = GenerationSpeed()
        budget = job.max_tokens or ANSWER_TOKENS
        written = [0]  # tokens of the pass under way

        def report(step: Progress) -> None:
            meter.new_pass()  # its prompt is read before its first token: not writing time
            written[0] = 0
            self.outline_progress.emit(step)

        def on_token(_text: str) -> None:
            meter.token()
            written[0] += 1
            now = time.monotonic()
            if now - flushed["count_at"] >= TOKEN_COUNT_INTERVAL_S or written[0] == 1:
                self.outline_progress.emit(TokenCount(written[0], budget))
                flushed["count_at"] = now
            if now - flushed["speed_at"] >= SPEED_INTERVAL_S and meter.tokens_per_s > 0:
                self.speed.emit(meter.tokens_per_s)
                flushed["speed_at"] = now

        def on_reasoning(text: str) -> None:
            thought.append(text)
            now = time.monotonic()
            if now - flushed["at"] >= FLUSH_INTERVAL_S:
                self.reasoning.emit("".join(thought))
                thought.clear()
                flushed["at"] = now

        def stop_asked() -> bool:
            return request_id <= self._requests.cancelled_through

        self.speed.emit(0.0)
        try:
            result = outline_lecture(
                self._engine,
                job.lecture,
                language=job.language,
                max_tokens=job.max_tokens,
                report=report,
                on_reasoning=on_reasoning,
                on_partial=self.outline_partial.emit,
                on_token=on_token,
                should_stop=stop_asked,
            )
        except OutlineStopped as stopped:
            self._flush_thought(thought)
            self.outline_stopped.emit(stopped.partial)
        except StudyAssistantError as exc:
            self._flush_thought(thought)
            self.failed.emit(user_reason(str(exc)))
        except Exception as exc:
            log.exception("the outline failed unexpectedly")
            self.failed.emit(_unexpected(exc))
        else:
            self._flush_thought(thought)
            self.outline_done.emit(result)

    @Slot(int, object)
    def job(self, request_id: int, fn: EngineJob) -> None:
        """Run an engine job; its result arrives as job_done, an error as failed."""
        if self._requests.stopping.is_set():
            return
        self.started.emit(request_id)
        if request_id <= self._requests.cancelled_through:
            self.job_done.emit(None)
            return
        try:
            result = fn(
                self._engine,
                lambda: request_id <= self._requests.cancelled_through,
                self.reasoning.emit,
            )
        except StudyAssistantError as exc:
            self.failed.emit(user_reason(str(exc)))
        except Exception as exc:
            log.exception("an engine job failed unexpectedly")
            self.failed.emit(_unexpected(exc))
        else:
            self.job_done.emit(result)

    def _flush_thought(self, thought: list[str]) -> None:
        if thought:
            self.reasoning.emit("".join(thought))
            thought.clear()

    def _stream(self, request_id: int, messages: list[Message], sampling: Sampling | None) -> None:
        answer: list[str] = []
        thought: list[str] = []
        count, first_at, last_flush, last_speed = 0, 0.0, time.monotonic(), 0.0
        cancel_resent = False

        def flush() -> None:
            nonlocal last_speed
            if not (thought or answer):
                return  # also keeps a late speed figure from following `finished`
            if thought:
                self.reasoning.emit("".join(thought))
                thought.clear()
            if answer:
                self.token.emit("".join(answer))
                answer.clear()
            now = time.monotonic()
            if now - last_speed >= SPEED_INTERVAL_S and now > first_at:
                self.speed.emit(count / (now - first_at))
                last_speed = now

        self.speed.emit(0.0)
        try:
            for event in self._engine.chat(messages, sampling):
                if request_id <= self._requests.cancelled_through and not cancel_resent:
                    # The worker process drops a cancel that arrives before it starts
                    # generating; sending it again once tokens flow makes an early Stop stick.
                    self._engine.cancel()
                    cancel_resent = True
                match event:
                    case Token(text) | Reasoning(text):
                        if not count:
                            first_at = time.monotonic()
                        count += 1
                        (answer if isinstance(event, Token) else thought).append(text)
                    case Done():
                        flush()
                        self.finished.emit(event)
                        return
                    case Failed(message):
                        flush()
                        self.failed.emit(user_reason(message))
                        return
                now = time.monotonic()
                if now - last_flush >= FLUSH_INTERVAL_S:
                    flush()
                    last_flush = now
        finally:
            flush()  # text held back still reaches the screen, however the stream ended
        self.failed.emit(
            QCoreApplication.translate("EngineBridge", "The answer ended without a reason.")
        )


def _unexpected(exc: Exception) -> str:
    return QCoreApplication.translate(
        "EngineBridge", "An unexpected error ({kind}) occurred; the log file has the details."
    ).format(kind=type(exc).__name__)


class EngineBridge(QObject):
    """Owns a LocalEngine and the thread that calls it; results arrive as queued signals.

    A worker QObject moved to a dedicated QThread (rather than QThreadPool + QRunnable) gives one
    serial queue for engine calls, which matches the engine's one-request-at-a-time lock, keeps a
    load queued behind a running answer instead of racing it, and lets the worker emit signals
    itself (QRunnable is no QObject).
    """

    loading = Signal(str)
    # Whether any answer is asked for and not yet ended, whichever page asked.
    busy_changed = Signal(bool)
    # The events that follow belong to this request id (the value ask() returned).
    started = Signal(int)
    # A model is ready; also re-sent after a failed load when the previous model is still in use.
    loaded = Signal(object)
    load_failed = Signal(str)
    token = Signal(str)
    reasoning = Signal(str)
    # Tokens per second of the answer so far (0.0 when an answer starts).
    speed = Signal(float)
    finished = Signal(object)
    # The reason, without the "the model stopped:" prefix the GUI adds in its own words.
    failed = Signal(str)
    # The request was refused before the model ran (the prompt does not fit the context): the
    # sentence to show as is. `failed` follows it, so the answer ends for every listener.
    rejected = Signal(str)
    # An outline job (outline()): step i of n (a Progress) or the tokens the pass has written
    # (a TokenCount), the outline so far, the result, or a stop with the partial outline (None
    # if nothing was written). `failed` ends it on an error.
    outline_progress = Signal(object)
    outline_partial = Signal(object)
    outline_done = Signal(object)
    outline_stopped = Signal(object)
    # A job (run_job()) ended with this result (None if Stop came before it started).
    job_done = Signal(object)

    _load_requested = Signal(str, object)
    _ask_requested = Signal(int, object, object)
    _outline_requested = Signal(int, object)
    _count_requested = Signal(int, object)
    _job_requested = Signal(int, object)

    def __init__(
        self,
        engine: LocalEngine | None = None,
        settings: Settings | None = None,
        parent: QObject | None = None,
    ) -> None:
        """settings give the folders a model name is looked up in."""
        super().__init__(parent)
        self._engine = engine or LocalEngine(log_file=paths.logs_dir() / "engine.log")
        self._last_request = 0
        # The request whose events are arriving now, and those asked for and not yet ended.
        self._active_request = 0
        self._open_requests: set[int] = set()
        self._shut_down = False
        self._requests = _Requests()
        self._count_ids = itertools.count(1)
        self._count_callbacks: dict[int, tuple[CountDone, CountFailed | None]] = {}
        self._thread = QThread()
        self._thread.setObjectName("engine-worker")
        self._worker = _EngineWorker(self._engine, settings or Settings.load(), self._requests)
        self._worker.moveToThread(self._thread)
        self._load_requested.connect(self._worker.load)
        self._ask_requested.connect(self._worker.ask)
        self._outline_requested.connect(self._worker.outline)
        self._count_requested.connect(self._worker.count)
        self._job_requested.connect(self._worker.job)
        self._worker.job_done.connect(self._on_job_done)
        # Signal-to-signal connections across threads are queued: the bridge's signals are
        # always emitted on the GUI thread.
        for name in (
            "loaded",
            "load_failed",
            "token",
            "reasoning",
            "speed",
            "rejected",
            "outline_progress",
            "outline_partial",
        ):
            getattr(self._worker, name).connect(getattr(self, name))
        self._worker.outline_done.connect(self._on_outline_done)
        self._worker.outline_stopped.connect(self._on_outline_stopped)
        # Through slots, so that listeners of finished/failed still see their request active.
        self._worker.started.connect(self._on_started)
        self._worker.finished.connect(self._on_finished)
        self._worker.failed.connect(self._on_failed)
        self._worker.counted.connect(self._on_counted)
        self._worker.count_failed.connect(self._on_count_failed)
        self._thread.finished.connect(self._worker.deleteLater)
        self._thread.start()
        # A QThread destroyed while running aborts the process: stop it even if no window
        # closed (e.g. the app quit from elsewhere).
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.shutdown)

    @property
    def engine(self) -> LocalEngine:
        """The engine this bridge drives (tests read it; requests go through the bridge)."""
        return self._engine

    @property
    def worker_thread(self) -> QThread:
        """The worker thread (tests check it has stopped)."""
        return self._thread

    @property
    def active_request(self) -> int:
        """The id of the request whose events are arriving (0 between answers)."""
        return self._active_request

    @property
    def last_request(self) -> int:
        """The id the latest ask() returned (a page that asked through a signal reads it)."""
        return self._last_request

    @property
    def busy(self) -> bool:
        """Whether an answer is asked for and not yet ended."""
        return bool(self._open_requests)

    def owns(self, request_id: int | None) -> bool:
        """Whether the events arriving now answer request_id (pages drop other pages' tokens)."""
        return request_id is not None and request_id == self._active_request

    def load(self, spec: str, options: LoadOptions | None = None) -> None:
        """Load a model in the background: a .gguf path, "starter" or a model name.

        options: context, threads and GPU layers (None: from the settings the bridge was made
        with). Any answer still streaming is stopped first.
        """
        if self._shut_down:
            return
        self.cancel()
        name = self.tr("the starter model") if spec == STARTER else Path(spec).name
        self.loading.emit(name)
        self._load_requested.emit(spec, options)

    def load_starter(self, options: LoadOptions | None = None) -> None:
        """Assemble (the first time) and load the starter model in the background."""
        self.load(STARTER, options)

    def ask(self, messages: list[Message], sampling: Sampling | None = None) -> int:
        """Stream the model's answer to the conversation; returns the request's id."""
        self._last_request += 1
        if not self._shut_down:
            # Copies: the page keeps editing its history while the worker reads this one.
            snapshot = [dict(m) for m in messages]
            self._open(self._last_request)
            self._ask_requested.emit(self._last_request, snapshot, sampling)
        return self._last_request

    def outline(self, job: OutlineJob) -> int:
        """Outline a lecture in the background (chunked if long); returns the request's id."""
        self._last_request += 1
        if not self._shut_down:
            self._open(self._last_request)
            self._outline_requested.emit(self._last_request, job)
        return self._last_request

    def run_job(self, fn: EngineJob) -> int:
        """Run fn on the engine thread, queued like an answer; returns the request's id."""
        self._last_request += 1
        if not self._shut_down:
            self._open(self._last_request)
            self._job_requested.emit(self._last_request, fn)
        return self._last_request

    @Slot(object)
    def _on_job_done(self, result: object) -> None:
        self.job_done.emit(result)
        self._close_active()

    @Slot(object)
    def _on_outline_done(self, result: OutlineResult) -> None:
        self.outline_done.emit(result)
        self._close_active()

    @Slot(object)
    def _on_outline_stopped(self, partial: object) -> None:
        self.outline_stopped.emit(partial)
        self._close_active()

    def _open(self, request_id: int) -> None:
        self._open_requests.add(request_id)
        if len(self._open_requests) == 1:
            self.busy_changed.emit(True)

    @Slot(int)
    def _on_started(self, request_id: int) -> None:
        self._active_request = request_id
        self.started.emit(request_id)

    @Slot(object)
    def _on_finished(self, done: Done) -> None:
        self.finished.emit(done)
        self._close_active()

    @Slot(str)
    def _on_failed(self, reason: str) -> None:
        self.failed.emit(reason)
        self._close_active()

    def _close_active(self) -> None:
        self._open_requests.discard(self._active_request)
        self._active_request = 0
        if not self._open_requests:
            self.busy_changed.emit(False)

    def count_tokens(
        self,
        messages: list[Message],
        on_done: CountDone,
        on_failed: CountFailed | None = None,
    ) -> int:
        """Count messages' tokens on the engine thread; on_done(tokens) follows on the GUI thread.

        Counts queue behind a running answer (the engine does one thing at a time).
        """
        request_id = next(self._count_ids)
        if not self._shut_down:
            self._count_callbacks[request_id] = (on_done, on_failed)
            self._count_requested.emit(request_id, [dict(m) for m in messages])
        return request_id

    @Slot(int, int)
    def _on_counted(self, request_id: int, tokens: int) -> None:
        on_done, _on_failed = self._count_callbacks.pop(request_id, (None, None))
        if on_done is not None:
            on_done(tokens)

    @Slot(int, str)
    def _on_count_failed(self, request_id: int, message: str) -> None:
        _on_done, on_failed = self._count_callbacks.pop(request_id, (None, None))
        if on_failed is not None:
            on_failed(message)

    def cancel(self) -> None:
        """Stop the current and any queued answer; callable while the worker thread is busy."""
        self._requests.cancelled_through = self._last_request
        self._engine.cancel()

    def shutdown(self) -> None:
        """Cancel, stop the worker thread and close the engine; safe to call twice."""
        if self._shut_down:
            return
        self._shut_down = True
        self._count_callbacks.clear()  # their widgets may be gone before the bridge is
        self._requests.stopping.set()
        self.cancel()
        self._thread.quit()
        if not self._thread.wait(int(SHUTDOWN_WAIT_S * 1000)):
            # Only a load can hold the thread this long, and the engine cannot abort one;
            # killing the model process makes the load fail at once. Repeated, because the
            # process may not have been started yet at the first try.
            log.warning("engine thread still busy at shutdown; killing the model process")
            while not self._thread.wait(200):
                self._engine.abort_load()
        self._engine.close()
