"""LocalEngine: runs llama.cpp in a child process and turns its output into events.

The worker process (worker.py) owns the model. Whatever kills it (a native abort in llama.cpp,
an out-of-memory kill, a hang on load) ends the current request as a clear failure; this
process lives on and starts a new worker, reloading the model, on the next request.
"""

from __future__ import annotations

import collections
import contextlib
import itertools
import json
import logging
import os
import queue
import signal
import subprocess
import threading
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import IO, Any

from assistant.core.engine.events import (
    Done,
    Event,
    Failed,
    SequenceEvent,
    Timings,
    Usage,
    text_events,
)
from assistant.core.engine.launch import worker_argv
from assistant.core.engine.reasoning import ReasoningSplitter
from assistant.core.engine.requests import (
    MAX_SEQUENCES,
    LoadOptions,
    Message,
    Sampling,
    SequenceRequest,
    default_context,
    prepare_messages,
)
from assistant.core.errors import (
    ModelError,
    ModelLoadFailed,
    ModelLoadTimeout,
    ModelStopped,
    NoModelLoaded,
    PromptTooLongError,
    UsageError,
)
from assistant.core.machine import physical_cores
from assistant.core.models.model_info import ModelInfo, read_model_info

log = logging.getLogger(__name__)

STARTUP_TIMEOUT_S = 60.0
DEFAULT_LOAD_TIMEOUT_S = 300.0
# After a cancel, how long the worker gets to stop by itself before it is killed.
CANCEL_GRACE_S = 1.0
_EOF = object()


class WorkerDied(Exception):
    """The worker process ended or stopped answering; the message says why."""


@dataclass(frozen=True)
class LoadedModel:
    """A model the worker has loaded, with the settings it runs with."""

    info: ModelInfo
    options: LoadOptions
    n_ctx: int
    n_threads: int
    load_s: float
    has_chat_template: bool


class LocalEngine:
    """Loads one GGUF model at a time in a worker process and streams its answers."""

    def __init__(
        self,
        load_timeout: float = DEFAULT_LOAD_TIMEOUT_S,
        log_file: Path | None = None,
    ) -> None:
        self.load_timeout = load_timeout
        self.log_file = log_file
        self._proc: subprocess.Popen[str] | None = None
        self._messages: queue.Queue[Any] = queue.Queue()
        self._stderr_tail: collections.deque[str] = collections.deque(maxlen=40)
        self._loaded: LoadedModel | None = None
        # The last model asked for: a crashed worker is restarted with it.
        self._wanted: tuple[ModelInfo, LoadOptions] | None = None
        self._request_lock = threading.Lock()
        self._write_lock = threading.Lock()
        self._ids = itertools.count(1)
        self._current_id: int | None = None
        self._cancel_at: float | None = None

    # -- public API ---------------------------------------------------------------------------

    @property
    def loaded(self) -> LoadedModel | None:
        """The model in the running worker, or None."""
        return self._loaded

    @property
    def worker_pid(self) -> int | None:
        """The worker's process id while it runs (tests kill it to prove isolation)."""
        return self._proc.pid if self._proc and self._proc.poll() is None else None

    def load(self, path: str | os.PathLike[str], options: LoadOptions | None = None) -> LoadedModel:
        """Load a GGUF model in a fresh worker; raises ModelError with a clear reason."""
        info = read_model_info(path)
        options = options or LoadOptions()
        with self._request_lock:
            self._wanted = (info, options)
            return self._load_locked(info, options)

    def unload(self) -> None:
        """Stop the worker and free the model's memory."""
        with self._request_lock:
            self._wanted = None
            self._stop_worker()

    def close(self) -> None:
        """Cancel anything running and stop the worker."""
        self.cancel()
        self.unload()

    def chat(self, messages: list[Message], sampling: Sampling | None = None) -> Iterator[Event]:
        """Stream the model's answer to a conversation (rendered with the GGUF chat template)."""
        for tagged in self.generate_many([SequenceRequest(messages=messages, sampling=sampling)]):
            yield tagged.event

    def complete(self, prompt: str, sampling: Sampling | None = None) -> Iterator[Event]:
        """Stream a raw completion of the prompt text (no chat template)."""
        for tagged in self.generate_many([SequenceRequest(prompt=prompt, sampling=sampling)]):
            yield tagged.event

    def generate_many(self, requests: Sequence[SequenceRequest]) -> Iterator[SequenceEvent]:
        """Stream answers to up to MAX_SEQUENCES prompts decoded together in one batch.

        Events are tagged with the request's index; each sequence ends with one Done or Failed.
        The context window is shared: PromptTooLongError (before anything starts) names a
        sequence that does not fit in its share.
        """
        info = self._require_model()
        if not requests:
            return
        if len(requests) > MAX_SEQUENCES:
            raise UsageError(
                f"{len(requests)} prompts were given at once; the engine decodes at most "
                f"{MAX_SEQUENCES} together. Split them into groups of {MAX_SEQUENCES}."
            )
        specs: list[dict[str, Any]] = []
        for i, request in enumerate(requests):
            if request.messages is not None:
                spec: dict[str, Any] = {
                    "messages": prepare_messages(request.messages, info.is_reasoning)
                }
            elif request.prompt is not None:
                spec = {"prompt": request.prompt}
            else:
                raise UsageError(f"Prompt {i + 1} has neither messages nor a prompt text.")
            sampling = (request.sampling or Sampling()).resolved(info.is_reasoning)
            specs.append({**spec, "sampling": sampling.to_wire()})
        yield from self._generate({"sequences": specs}, len(specs))

    def count_tokens(self, messages: list[Message] | None = None, prompt: str | None = None) -> int:
        """Tokens the prompt takes in the context window, as the model will see it."""
        info = self._require_model()
        if messages is not None:
            cmd: dict[str, Any] = {
                "cmd": "count",
                "messages": prepare_messages(messages, info.is_reasoning),
            }
        else:
            cmd = {"cmd": "count", "prompt": prompt or ""}
        with self._request_lock:
            self._ensure_worker()
            try:
                self._send(cmd)
                reply = self._receive(time.monotonic() + 60)
            except WorkerDied as exc:
                self._mark_dead()
                raise ModelStopped(reason=str(exc)) from exc
        if reply.get("event") != "count":
            raise ModelStopped(reason=reply.get("message", "no token count"))
        return int(reply["tokens"])

    def cancel(self, index: int | None = None) -> None:
        """Stop the running generation (from any thread), or only its sequence number index;
        the partial text is kept."""
        gen_id = self._current_id
        if gen_id is None:
            return
        if index is None:
            # Only a whole cancel may kill a worker stuck in native code (the others go on).
            self._cancel_at = time.monotonic()
        with contextlib.suppress(WorkerDied):
            self._send({"cmd": "cancel", "id": gen_id, "seq": index})

    def abort_load(self) -> None:
        """Abandon a load in progress (the app is closing): its worker is killed, so load()
        raises at once instead of holding the engine for up to load_timeout seconds."""
        proc = self._proc
        if proc is not None and self._loaded is None and proc.poll() is None:
            with contextlib.suppress(OSError):
                proc.kill()

    def restart(self) -> LoadedModel | None:
        """Start a new worker with the last model asked for (after a crash, say)."""
        with self._request_lock:
            self._stop_worker()
            return self._ensure_worker()

    # -- generation ---------------------------------------------------------------------------

    def _require_model(self) -> ModelInfo:
        """The model requests go to; a worker that died is restarted with it on the next request."""
        if self._wanted is None:
            raise NoModelLoaded()
        return self._wanted[0]

    def _generate(self, body: dict[str, Any], n: int) -> Iterator[SequenceEvent]:
        with self._request_lock:
            # A worker that died while idle (killed, out of memory) can still look alive for a
            # moment; if it dies before answering anything, the request goes once more to a
            # restarted worker instead of failing.
            for may_retry in (True, False):
                try:
                    model = self._ensure_worker()
                except ModelError as exc:
                    for i in range(n):
                        yield SequenceEvent(i, Failed(str(exc), exc))
                    return
                if model is None:
                    raise NoModelLoaded()
                gen_id = next(self._ids)
                cmd = {"cmd": "generate", "id": gen_id, **body}
                self._cancel_at = None
                self._current_id = gen_id
                try:
                    yield from self._stream(cmd, model, n, may_retry)
                    return
                except _DiedBeforeAnswering:
                    self._mark_dead()
                finally:
                    self._current_id = None
                    self._cancel_at = None

    def _stream(
        self, cmd: dict[str, Any], model: LoadedModel, n: int, may_retry: bool = False
    ) -> Iterator[SequenceEvent]:
        splitters = [ReasoningSplitter() for _ in range(n)]
        open_seqs = set(range(n))
        answered = False

        def end_all(final: Event) -> Iterator[SequenceEvent]:
            """Every sequence still open keeps its text and ends with the same event."""
            for i in sorted(open_seqs):
                for event in text_events(splitters[i].flush()):
                    yield SequenceEvent(i, event)
                yield SequenceEvent(i, final)
            open_seqs.clear()

        try:
            self._send(cmd)
            while open_seqs:
                msg = self._receive(None, cancellable=True)
                answered = True
                kind = msg.get("event")
                i = int(msg.get("seq", 0))
                if kind == "started":
                    splitters[i] = ReasoningSplitter(started_inside=bool(msg.get("opens_think")))
                elif kind == "token":
                    for event in text_events(splitters[i].feed(msg["text"])):
                        yield SequenceEvent(i, event)
                elif kind == "usage":
                    yield SequenceEvent(i, Usage(msg["prompt_tokens"], msg["completion_tokens"]))
                elif kind == "done":
                    for event in text_events(splitters[i].flush()):
                        yield SequenceEvent(i, event)
                    timings = Timings(load_s=model.load_s, **msg.get("timings", {}))
                    open_seqs.discard(i)
                    yield SequenceEvent(i, Done(msg["reason"], timings))
                elif kind == "error":
                    if msg.get("kind") == "context":
                        raise PromptTooLongError(
                            msg["prompt_tokens"], msg["n_ctx"], msg["answer_tokens"], index=i
                        )
                    stopped = ModelStopped(reason=str(msg.get("message")))
                    yield from end_all(Failed(str(stopped), stopped))
        except GeneratorExit:
            # The caller stopped reading: the worker must not go on writing into the next
            # request's stream.
            self._abandon(cmd["id"], open_seqs)
            raise
        except _CancelTimedOut:
            # The worker did not stop in time (stuck in native code): kill it, keep the text.
            log.warning("worker ignored cancel for %.1f s; killing it", CANCEL_GRACE_S)
            self._stop_worker(kill=True)
            yield from end_all(Done("cancelled", Timings(load_s=model.load_s)))
        except WorkerDied as exc:
            if may_retry and not answered and self._cancel_at is None:
                raise _DiedBeforeAnswering from exc
            self._mark_dead()
            stopped = ModelStopped(reason=str(exc))
            yield from end_all(Failed(str(stopped), stopped))

    def _abandon(self, gen_id: int, open_seqs: set[int]) -> None:
        """Cancel a generation nobody reads any more and drop its remaining events."""
        if not open_seqs:
            return
        deadline = time.monotonic() + CANCEL_GRACE_S
        try:
            self._send({"cmd": "cancel", "id": gen_id})
            while open_seqs:
                msg = self._receive(deadline)
                if msg.get("event") == "done":
                    open_seqs.discard(int(msg.get("seq", 0)))
                elif msg.get("event") == "error":
                    return
        except _Timeout:
            log.warning("worker ignored cancel for %.1f s; killing it", CANCEL_GRACE_S)
            self._stop_worker(kill=True)
        except WorkerDied:
            self._mark_dead()

    # -- the worker process ---------------------------------------------------------------------

    def _ensure_worker(self) -> LoadedModel | None:
        """The running worker's model, restarting the worker (and model) if it died."""
        if self._proc is not None and self._proc.poll() is None and self._loaded is not None:
            return self._loaded
        if self._wanted is None:
            return None
        return self._load_locked(*self._wanted)

    def _load_locked(self, info: ModelInfo, options: LoadOptions) -> LoadedModel:
        self._stop_worker()
        n_ctx = options.n_ctx or default_context(info.context_length)
        n_threads = options.n_threads or physical_cores()
        try:
            self._start_worker()
            self._send(
                {
                    "cmd": "load",
                    "path": str(info.path),
                    "n_ctx": n_ctx,
                    "n_threads": n_threads,
                    "n_gpu_layers": options.n_gpu_layers,
                    "seed": options.seed,
                    "n_batch": options.n_batch,
                }
            )
            reply = self._receive(time.monotonic() + self.load_timeout)
        except _Timeout as exc:
            self._stop_worker(kill=True)
            raise ModelLoadTimeout(file=info.path.name, seconds=self.load_timeout) from exc
        except WorkerDied as exc:
            self._mark_dead()
            raise ModelStopped(reason=str(exc)) from exc
        if reply.get("event") != "loaded":
            self._stop_worker()
            reason = reply.get("message", "the worker did not load the model")
            detail = self._stderr_error()
            raise ModelLoadFailed(
                reason=f"{reason} ({detail})" if detail else reason, file=info.path.name
            )
        self._loaded = LoadedModel(
            info=info,
            options=replace(options, n_ctx=n_ctx, n_threads=n_threads),
            n_ctx=int(reply["n_ctx"]),
            n_threads=int(reply["n_threads"]),
            load_s=float(reply["load_s"]),
            has_chat_template=bool(reply["has_chat_template"]),
        )
        return self._loaded

    def _start_worker(self) -> None:
        self._messages = queue.Queue()
        self._stderr_tail.clear()
        env = dict(os.environ)
        # The worker must import this very package, also from a source checkout.
        package_root = str(Path(__file__).resolve().parents[3])
        env["PYTHONPATH"] = os.pathsep.join(filter(None, [package_root, env.get("PYTHONPATH")]))
        env["PYTHONIOENCODING"] = "utf-8"
        flags = getattr(subprocess, "CREATE_NO_WINDOW", 0)
        self._proc = subprocess.Popen(
            worker_argv(),
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            encoding="utf-8",
            errors="replace",
            bufsize=1,
            env=env,
            creationflags=flags,
        )
        assert self._proc.stdout is not None and self._proc.stderr is not None
        threading.Thread(
            target=self._read_stdout, args=(self._proc.stdout, self._messages), daemon=True
        ).start()
        threading.Thread(target=self._read_stderr, args=(self._proc.stderr,), daemon=True).start()
        hello = self._receive(time.monotonic() + STARTUP_TIMEOUT_S)
        if hello.get("event") != "ready":
            raise WorkerDied(f"the worker sent {hello!r} instead of starting")

    def _read_stdout(self, stream: IO[str], messages: queue.Queue[Any]) -> None:
        for line in stream:
            try:
                messages.put(json.loads(line))
            except ValueError:
                log.warning("worker wrote a line that is not JSON: %r", line[:200])
        messages.put(_EOF)

    def _read_stderr(self, stream: IO[str]) -> None:
        sink = None
        if self.log_file is not None:
            try:
                sink = self.log_file.open("a", encoding="utf-8")
            except OSError:
                sink = None
        for line in stream:
            self._stderr_tail.append(line.rstrip())
            if sink is not None:
                sink.write(line)
                sink.flush()
        if sink is not None:
            sink.close()

    def _send(self, cmd: dict[str, Any]) -> None:
        proc = self._proc
        if proc is None or proc.stdin is None:
            raise WorkerDied("the worker is not running")
        try:
            with self._write_lock:
                proc.stdin.write(json.dumps(cmd, ensure_ascii=False) + "\n")
                proc.stdin.flush()
        except (BrokenPipeError, OSError, ValueError) as exc:
            raise WorkerDied(self._death_reason()) from exc

    def _receive(self, deadline: float | None, cancellable: bool = False) -> dict[str, Any]:
        """The worker's next message; raises WorkerDied if it ended, _Timeout past the deadline."""
        while True:
            wait = 0.05
            if deadline is not None:
                wait = min(wait, max(0.0, deadline - time.monotonic()))
            try:
                msg = self._messages.get(timeout=wait)
            except queue.Empty:
                if deadline is not None and time.monotonic() >= deadline:
                    raise _Timeout() from None
                cancel_at = self._cancel_at
                if cancellable and cancel_at and time.monotonic() - cancel_at > CANCEL_GRACE_S:
                    raise _CancelTimedOut() from None
                continue
            if msg is _EOF:
                raise WorkerDied(self._death_reason())
            assert isinstance(msg, dict)
            return msg

    def _death_reason(self) -> str:
        proc = self._proc
        code = None
        if proc is not None:
            try:
                code = proc.wait(timeout=5)
            except subprocess.TimeoutExpired:
                code = None
        time.sleep(0.05)  # let the stderr reader catch the last lines
        detail = self._stderr_error()
        return describe_exit(code) + (f" ({detail})" if detail else "")

    def _stderr_error(self) -> str:
        """The last line of the worker's log that looks like an error."""
        for line in reversed(self._stderr_tail):
            low = line.lower()
            if any(w in low for w in ("error", "failed", "abort", "assert", "exception")):
                return line.strip()[:300]
        return ""

    def _mark_dead(self) -> None:
        self._loaded = None
        if self._proc is not None and self._proc.poll() is None:
            self._proc.kill()
        self._proc = None

    def _stop_worker(self, kill: bool = False) -> None:
        proc, self._proc, self._loaded = self._proc, None, None
        if proc is None:
            return
        if proc.poll() is None and not kill:
            try:
                assert proc.stdin is not None
                proc.stdin.write(json.dumps({"cmd": "exit"}) + "\n")
                proc.stdin.close()
                proc.wait(timeout=5)
            except (OSError, ValueError, subprocess.TimeoutExpired):
                pass
        if proc.poll() is None:
            proc.kill()
            proc.wait(timeout=5)
        for stream in (proc.stdin, proc.stdout, proc.stderr):
            try:
                if stream is not None:
                    stream.close()
            except OSError:
                pass


class _Timeout(Exception):
    pass


class _CancelTimedOut(Exception):
    pass


class _DiedBeforeAnswering(Exception):
    """The worker was gone before it answered anything of this request (safe to send again)."""


_SIGNAL_REASONS = {
    "SIGKILL": "the worker was killed (the computer may have run out of memory)",
    "SIGABRT": "llama.cpp aborted (the model file may be damaged or not supported)",
    "SIGSEGV": "llama.cpp crashed (the model file may be damaged or not supported)",
    "SIGBUS": "the model file could not be read (was the USB stick or drive removed?)",
    "SIGTERM": "the worker was stopped",
}


def describe_exit(code: int | None) -> str:
    """Why a worker process ended, in words a user can act on."""
    if code is None:
        return "the worker stopped answering"
    if code < 0:
        try:
            name = signal.Signals(-code).name
        except ValueError:
            name = f"signal {-code}"
        return _SIGNAL_REASONS.get(name, f"the worker ended with {name}")
    if code == 0:
        return "the worker exited"
    # Windows reports native crashes as large exit codes (0xC0000005 and friends).
    return f"the worker ended with exit code {code}"
