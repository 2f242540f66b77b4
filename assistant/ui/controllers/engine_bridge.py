"""The engine bridge: the model's calls on one lane of the task layer, each with its own handle.

Every request (an answer, an outline, a job of several calls, a token count) returns a Task
whose signals carry only that request's events, tied to the page that asked: a page never sees
another page's tokens and never has to check whose events are arriving.
"""

from __future__ import annotations

import itertools
import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal, Slot

from assistant.core import paths
from assistant.core.engine.events import Done, Failed, Progress, Reasoning, Token
from assistant.core.engine.local import LocalEngine, PromptTooLongError
from assistant.core.engine.remote import RemoteEngine
from assistant.core.engine.requests import LoadOptions, Message, Sampling
from assistant.core.engine.speed import GenerationSpeed, TokenCount
from assistant.core.errors import ModelError, detached
from assistant.core.models.choice import STARTER, resolve_model
from assistant.core.outline.ingest import Lecture
from assistant.core.outline.pipeline import ANSWER_TOKENS, OutlineStopped, outline_lecture
from assistant.core.settings import Settings
from assistant.ui.error_text import describe
from assistant.ui.tasks import Phase, SerialLane, Task, TaskCancelled, TaskContext, registry
from assistant.ui.tasks.task import describe_failure, user_reason

log = logging.getLogger(__name__)

# Tokens arriving faster than this are sent to the GUI together: a queued signal and a re-render
# per token would make a fast model cost more GUI time than it saves.
FLUSH_INTERVAL_S = 0.03
# A speed figure that changes more often than this is unreadable anyway.
SPEED_INTERVAL_S = 0.5
# How often an outline's progress bar hears how many tokens the pass has written.
TOKEN_COUNT_INTERVAL_S = 0.25
# How long shutdown waits for the engine lane before it kills the model process under it.
SHUTDOWN_WAIT_S = 2.0

# Work of several engine calls that belong together (a critique's proposals): it gets the
# engine, a "was Stop pressed?" check and a sink for reasoning text, and returns its result.
EngineJob = Callable[
    [LocalEngine | RemoteEngine, Callable[[], bool], Callable[[str], None]], object
]

__all__ = ["EngineBridge", "EngineJob", "EngineRequest", "OutlineJob", "user_reason"]


@dataclass(frozen=True)
class OutlineJob:
    """A lecture to outline on the engine lane, in the language asked for."""

    lecture: Lecture
    language: str = "auto"
    max_tokens: int | None = None


class EngineRequest(Task):
    """One request to the model. Besides a Task's signals:

    - ask(): token, reasoning, speed; rejected(sentence) when the prompt does not fit (failed
      follows); succeeded(Done) at the end (Done("cancelled") when Stop came mid-answer).
    - outline(): step (a Progress or a TokenCount), partial (the outline so far), speed;
      succeeded(OutlineResult), or stopped(partial outline or None) then cancelled.
    - run_job(): reasoning; succeeded(the job's result).
    A request cancelled before it started reports only cancelled (then finished).
    """

    token = Signal(str)
    reasoning = Signal(str)
    speed = Signal(float)
    rejected = Signal(str)
    step = Signal(object)
    partial = Signal(object)
    stopped = Signal(object)

    def __init__(self, owner: QObject | None, name: str, bridge: EngineBridge) -> None:
        super().__init__(owner, name)
        self._bridge = bridge

    def cancel(self) -> None:
        """Stop this request: not started, it never starts; running, the model stops."""
        super().cancel()
        self._bridge._stop_if_running(self)


class _Shutdown(Exception):
    """The app is closing: abandon the load."""


class EngineBridge(QObject):
    """Owns a LocalEngine and the lane that calls it.

    One serial lane matches the engine's one-request-at-a-time lock and keeps a load queued
    behind a running answer instead of racing it. The bridge-wide signals are the model's
    state (loading, loaded, busy) and a status feed for the model bar (speed, finished, failed
    of whichever request runs); a page listens to its own request's handle instead.
    """

    loading = Signal(str)
    # A model is ready; also re-sent after a failed load when the previous model is still in use.
    loaded = Signal(object)
    load_failed = Signal(str)
    # Whether any request is asked for and not yet ended, whichever page asked.
    busy_changed = Signal(bool)
    # A new request (its EngineRequest): for status displays and tests, not for pages.
    requested = Signal(object)
    # Status of the request under way, for the model bar: tokens per second (0.0 at a start),
    # an answer's Done, a failure's sentence.
    speed = Signal(float)
    finished = Signal(object)
    failed = Signal(str)

    def __init__(
        self,
        engine: LocalEngine | RemoteEngine | None = None,
        settings: Settings | None = None,
        parent: QObject | None = None,
    ) -> None:
        """settings give the folders a model name is looked up in."""
        super().__init__(parent)
        self._engine = engine or LocalEngine(log_file=paths.logs_dir() / "engine.log")
        self._settings = settings or Settings.load()
        self._open: dict[int, EngineRequest] = {}
        self._keys = itertools.count(1)
        self._running: EngineRequest | None = None
        self._shut_down = False
        self._stopping = threading.Event()
        self._lane = SerialLane("engine")
        registry().on_shutdown(self, self.shutdown, Phase.STOP, "engine")

    @property
    def engine(self) -> LocalEngine | RemoteEngine:
        """The engine this bridge drives (tests read it; requests go through the bridge)."""
        return self._engine

    @property
    def worker_thread(self) -> threading.Thread:
        """The engine lane's thread (tests check it has ended)."""
        return self._lane.thread

    @property
    def busy(self) -> bool:
        """Whether a request is asked for and not yet ended."""
        return bool(self._open)

    # -- the model --------------------------------------------------------------------------

    def load(self, spec: str, options: LoadOptions | None = None) -> None:
        """Load a model in the background: a .gguf path, "starter" or a model name.

        options: context, threads and GPU layers (None: from the settings the bridge was made
        with). Any request still running is stopped first.
        """
        if self._shut_down:
            return
        self.cancel()
        name = self.tr("the starter model") if spec == STARTER else Path(spec).name
        self.loading.emit(name)
        task = self._lane.submit(self, lambda _context: self._load(spec, options), name="load")
        task.succeeded.connect(self._on_loaded)
        task.failed.connect(self._on_load_failed)

    def load_starter(self, options: LoadOptions | None = None) -> None:
        """Assemble (the first time) and load the starter model in the background."""
        self.load(STARTER, options)

    def _load(self, spec: str, options: LoadOptions | None) -> object:
        # Finding a model by name walks folders, and assembling the starter model hashes
        # ~0.5 GB the first time: both stay off the GUI thread.
        if isinstance(self._engine, RemoteEngine):  # the class server has its model
            return self._engine.connect()
        try:
            path = resolve_model(spec, self._settings, progress=self._check_shutdown)
        except _Shutdown:
            raise TaskCancelled from None  # the assembly removed its partial file
        return self._engine.load(path, options or self._settings.load_options())

    def _check_shutdown(self, _done: int, _total: int) -> None:
        if self._stopping.is_set():
            raise _Shutdown

    @Slot(object)
    def _on_loaded(self, model: object) -> None:
        self.loaded.emit(model)

    @Slot(object)
    def _on_load_failed(self, error: BaseException) -> None:
        # A file rejected by its header never reaches the running model, which stays usable.
        still_loaded = self._engine.loaded
        if still_loaded is not None:
            self.loaded.emit(still_loaded)
        self.load_failed.emit(describe_failure(error))

    # -- requests ---------------------------------------------------------------------------

    def ask(
        self,
        messages: list[Message],
        sampling: Sampling | None = None,
        owner: QObject | None = None,
    ) -> EngineRequest:
        """Stream the model's answer to the conversation; the handle is a child of owner."""
        # A copy: the page keeps editing its history while the lane reads this one.
        snapshot = [dict(m) for m in messages]
        return self._submit(owner, "answer", lambda r, c: self._stream(r, c, snapshot, sampling))

    def outline(self, job: OutlineJob, owner: QObject | None = None) -> EngineRequest:
        """Outline a lecture (chunked if long); the handle is a child of owner."""
        return self._submit(owner, "outline", lambda r, c: self._outline(c, job))

    def run_job(self, fn: EngineJob, owner: QObject | None = None) -> EngineRequest:
        """Run fn on the engine lane, queued like an answer; the handle is a child of owner."""

        def job(request: EngineRequest, context: TaskContext) -> object:
            return fn(
                self._engine, lambda: context.cancelled, lambda t: context.emit("reasoning", t)
            )

        return self._submit(owner, "engine job", job)

    def count_tokens(self, messages: list[Message], owner: QObject | None = None) -> Task:
        """Count messages' tokens on the engine lane (behind a running answer); a plain Task
        whose succeeded carries the count."""
        snapshot = [dict(m) for m in messages]
        return self._lane.submit(
            owner, lambda _c: self._engine.count_tokens(messages=snapshot), name="count"
        )

    def _submit(
        self,
        owner: QObject | None,
        name: str,
        fn: Callable[[EngineRequest, TaskContext], object],
    ) -> EngineRequest:
        request = EngineRequest(owner if owner is not None else self, name, self)
        key = next(self._keys)  # not id(): a deleted request's id may be reused
        if self._shut_down:
            request.cancel()
        else:
            self._open[key] = request
            if len(self._open) == 1:
                self.busy_changed.emit(True)
        # The model bar's status first, then the bridge goes idle, then the page's own
        # handlers (connected after these): a page that asks again from its "done" handler
        # must find the bridge idle.
        request.speed.connect(self.speed)
        request.succeeded.connect(self._relay_done)
        if name == "answer":  # the bar says "stopped" whether or not the answer had begun
            request.cancelled.connect(lambda: self.finished.emit(Done("cancelled")))
        request.failed.connect(lambda error: self.failed.emit(describe_failure(error)))
        request.succeeded.connect(lambda _result: self._close(key))
        request.failed.connect(lambda _error: self._close(key))
        request.cancelled.connect(lambda: self._close(key))
        # A stopped outline ends with "stopped" (its partial outline) before "cancelled": the
        # page that shows it must find the bridge idle already, as on "succeeded".
        request.stopped.connect(lambda _partial: self._close(key))
        # Deleted with its owner before it ended, a request still stops counting as busy.
        request.destroyed.connect(lambda: self._close(key))

        def job(context: TaskContext) -> object:
            self._running = request
            try:
                return fn(request, context)
            finally:
                self._running = None

        self.requested.emit(request)  # before the lane can post any of the request's events
        self._lane.submit(owner, job, name=name, task=request)
        return request

    @Slot(object)
    def _relay_done(self, result: object) -> None:
        if isinstance(result, Done):
            self.finished.emit(result)

    def _close(self, key: int) -> None:
        if self._open.pop(key, None) is not None and not self._open:
            self.busy_changed.emit(False)

    def _stop_if_running(self, request: EngineRequest) -> None:
        if self._running is request:
            self._engine.cancel()

    def cancel(self) -> None:
        """Stop the running and every queued request; callable while the lane is busy."""
        for request in list(self._open.values()):
            request.cancel_event.set()
        self._engine.cancel()

    # -- on the engine lane -----------------------------------------------------------------

    def _stream(
        self,
        request: EngineRequest,
        context: TaskContext,
        messages: list[Message],
        sampling: Sampling | None,
    ) -> Done:
        """Stream the answer to messages, coalescing tokens that arrive close together."""
        answer: list[str] = []
        thought: list[str] = []
        count, first_at, last_flush, last_speed = 0, 0.0, time.monotonic(), 0.0
        cancel_resent = False

        def flush() -> None:
            nonlocal last_speed
            if not (thought or answer):
                return  # also keeps a late speed figure from following the end
            if thought:
                context.emit("reasoning", "".join(thought))
                thought.clear()
            if answer:
                context.emit("token", "".join(answer))
                answer.clear()
            now = time.monotonic()
            if now - last_speed >= SPEED_INTERVAL_S and now > first_at:
                context.emit("speed", count / (now - first_at))
                last_speed = now

        context.emit("speed", 0.0)
        try:
            for event in self._engine.chat(messages, sampling):
                if context.cancelled and not cancel_resent:
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
                        return event
                    case Failed(message, error):
                        raise detached(error) if error else ModelError(user_reason(message))
                now = time.monotonic()
                if now - last_flush >= FLUSH_INTERVAL_S:
                    flush()
                    last_flush = now
        except PromptTooLongError as exc:
            # Refused before the model ran: the engine's sentence says by how much and what to
            # do; failed follows so listeners that only know failed still see the end.
            context.emit("rejected", describe(exc))
            raise
        finally:
            flush()  # text held back still reaches the screen, however the stream ended
        raise ModelError(
            QCoreApplication.translate("EngineBridge", "The answer ended without a reason.")
        )

    def _outline(self, context: TaskContext, job: OutlineJob) -> object:
        """Outline a lecture with the pipeline: progress, partial outlines, then the result."""
        thought: list[str] = []
        flushed = {"at": time.monotonic(), "speed_at": 0.0, "count_at": 0.0}
        meter = GenerationSpeed()
        budget = job.max_tokens or ANSWER_TOKENS
        written = [0]  # tokens of the pass under way

        def report(step: Progress) -> None:
            meter.new_pass()  # its prompt is read before its first token: not writing time
            written[0] = 0
            context.emit("step", step)

        def on_token(_text: str) -> None:
            meter.token()
            written[0] += 1
            now = time.monotonic()
            if now - flushed["count_at"] >= TOKEN_COUNT_INTERVAL_S or written[0] == 1:
                context.emit("step", TokenCount(written[0], budget))
                flushed["count_at"] = now
            if now - flushed["speed_at"] >= SPEED_INTERVAL_S and meter.tokens_per_s > 0:
                context.emit("speed", meter.tokens_per_s)
                flushed["speed_at"] = now

        def on_reasoning(text: str) -> None:
            thought.append(text)
            now = time.monotonic()
            if now - flushed["at"] >= FLUSH_INTERVAL_S:
                context.emit("reasoning", "".join(thought))
                thought.clear()
                flushed["at"] = now

        context.emit("speed", 0.0)
        try:
            return outline_lecture(
                self._engine,
                job.lecture,
                language=job.language,
                max_tokens=job.max_tokens,
                report=report,
                on_reasoning=on_reasoning,
                on_partial=lambda partial: context.emit("partial", partial),
                on_token=on_token,
                should_stop=lambda: context.cancelled,
            )
        except OutlineStopped as stopped:
            context.emit("stopped", stopped.partial)
            raise TaskCancelled from None
        finally:
            if thought:
                context.emit("reasoning", "".join(thought))

    # -- shutdown ---------------------------------------------------------------------------

    def shutdown(self, timeout: float = SHUTDOWN_WAIT_S * 2) -> None:
        """Stop every request, end the lane and close the engine (its process); safe twice.

        Waits at most timeout: a load the engine cannot abort is ended by killing the model
        process under it.
        """
        if self._shut_down:
            return
        self._shut_down = True
        self._stopping.set()
        self.cancel()
        deadline = time.monotonic() + timeout
        if not self._lane.stop(min(SHUTDOWN_WAIT_S, timeout)):
            # Only a load can hold the lane this long, and the engine cannot abort one;
            # killing the model process makes the load fail at once. Repeated, because the
            # process may not have been started yet at the first try.
            log.warning("engine lane still busy at shutdown; killing the model process")
            while not self._lane.stop(0.2) and time.monotonic() < deadline:
                self._engine.abort_load()
        self._engine.close()
