"""RemoteEngine: the same events as LocalEngine, from an OpenAI-compatible server.

Used with --endpoint (or the endpoint in Settings) when a class shares one machine's model:
llama.cpp's llama-server, llama-cpp-python's server, Ollama, vLLM. One streaming POST per
answer, server-sent events back, over a connection this engine owns so that cancel() can cut
it at once from another thread.
"""

from __future__ import annotations

import contextlib
import http.client
import json
import queue
import re
import socket
import threading
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from assistant.core.engine.events import (
    Done,
    Event,
    Failed,
    Reasoning,
    SequenceEvent,
    Timings,
    Token,
    Usage,
    text_events,
)
from assistant.core.engine.reasoning import ReasoningSplitter
from assistant.core.engine.requests import (
    MAX_SEQUENCES,
    Message,
    Sampling,
    SequenceRequest,
    prepare_messages,
)
from assistant.core.engine.server_errors import (
    ClassServerHttpError,
    ClassServerRefusedKey,
    ClassServerReportedError,
    ClassServerSilent,
    ClassServerStoppedAnswering,
    ClassServerUnreachable,
    ClassServerUnreadable,
    ServerAddressInvalid,
)
from assistant.core.errors import ModelError, UsageError
from assistant.core.text.token_estimate import estimate_tokens

DEFAULT_TIMEOUT_S = 120.0
DEFAULT_REMOTE_CONTEXT = 4096
_R1_WORD = re.compile(r"(?<![a-z0-9])r1(?![a-z0-9])", re.IGNORECASE)


def chat_completions_url(endpoint: str) -> str:
    """The chat completions URL for a server address, with or without /v1."""
    base = endpoint.strip().rstrip("/")
    if base.endswith("/chat/completions"):
        return base
    if not base.endswith("/v1"):
        base += "/v1"
    return base + "/chat/completions"


@dataclass(frozen=True)
class RemoteModelInfo:
    """What the server says about its model: the name (its id) and whether it reasons.

    path, size_label and quantization mirror ModelInfo's for the model bar: the server's
    address, and nothing the server tells.
    """

    name: str
    is_reasoning: bool
    path: str = ""
    parameters: int | None = None  # a server does not say how big its model is
    size_label: str | None = None
    quantization: str | None = None

    @property
    def display_name(self) -> str:
        """The name the model bar shows: the server's id for its model, as it is."""
        return self.name


@dataclass(frozen=True)
class RemoteModel:
    """The served model as the pages see a loaded one: name, context window, load time."""

    info: RemoteModelInfo
    n_ctx: int
    load_s: float = 0.0


class _RequestFailed(Exception):
    """A request to the server failed: error says why (None when it was cancelled)."""

    def __init__(self, error: ModelError | None) -> None:
        super().__init__(error.english() if error else "cancelled")
        self.error = error


class _Stream:
    """One answer's connection, which cancel() can cut from another thread."""

    def __init__(self) -> None:
        self.cancelled = threading.Event()
        self._lock = threading.Lock()
        self._conn: http.client.HTTPConnection | None = None
        # The socket: the connection forgets it once the response owns it.
        self._sock: socket.socket | None = None

    def attach(self, conn: http.client.HTTPConnection) -> None:
        """The connection about to send the request."""
        with self._lock:
            self._conn = conn
        if self.cancelled.is_set():
            raise _Cancelled

    def attach_socket(self, conn: http.client.HTTPConnection) -> None:
        """The request went out: keep its socket so that cancel can shut it."""
        with self._lock:
            self._sock = conn.sock
        if self.cancelled.is_set():
            raise _Cancelled

    def cancel(self) -> None:
        """Stop this answer; a read blocked in another thread wakes at once."""
        self.cancelled.set()
        with self._lock:
            sock = self._sock
        if sock is not None:
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)

    def drop(self, response: http.client.HTTPResponse | None) -> None:
        """Close the response and the connection."""
        with self._lock:
            conn, self._conn, self._sock = self._conn, None, None
        if response is not None:
            with contextlib.suppress(OSError):
                response.close()
        if conn is not None:
            with contextlib.suppress(OSError):
                conn.close()


class _Cancelled(Exception):
    pass


class RemoteEngine:
    """Streams chat answers from an OpenAI-compatible server."""

    def __init__(
        self,
        endpoint: str,
        api_key: str | None = None,
        model: str | None = None,
        timeout: float = DEFAULT_TIMEOUT_S,
        n_ctx: int | None = None,
    ) -> None:
        self.url = chat_completions_url(endpoint)
        parts = urlsplit(self.url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise ServerAddressInvalid(endpoint=endpoint)
        self._scheme, self._host, self._port = parts.scheme, parts.hostname, parts.port
        self._base_path = parts.path[: -len("/chat/completions")]  # ".../v1"
        self._root_path = self._base_path.removesuffix("/v1")
        self.api_key = api_key
        self.model = model or "default"
        self.timeout = timeout
        self._n_ctx = n_ctx
        # The answers streaming now, one per sequence (one for chat); cancel() reaches them.
        self._streams: list[_Stream] = []
        self._loaded: RemoteModel | None = None
        self._tokenize: str | None = None  # which tokenize route works, "" if none

    # -- the engine interface the pages use ------------------------------------------------------

    @property
    def loaded(self) -> RemoteModel | None:
        """The served model (asked of the server once); None until it has answered."""
        if self._loaded is None:
            with contextlib.suppress(_RequestFailed):
                self._loaded = self._probe()
        return self._loaded

    def connect(self) -> RemoteModel:
        """Ask the server for its model; ModelError with a clear sentence if it cannot answer."""
        try:
            self._loaded = self._probe()
        except _RequestFailed as exc:
            raise exc.error or ModelError(str(exc)) from exc
        return self._loaded

    def cancel(self, index: int | None = None) -> None:
        """Stop reading the answers, or only sequence number index (from any thread); the
        partial text is kept."""
        streams = list(self._streams)
        for i, stream in enumerate(streams):
            if index is None or i == index:
                stream.cancel()

    def close(self) -> None:
        """Nothing to release between answers (each has its own connection)."""
        self.cancel()

    def abort_load(self) -> None:
        """Nothing loads here: the server has its model (the app's shutdown calls this)."""

    def count_tokens(self, messages: list[Message] | None = None, prompt: str | None = None) -> int:
        """Tokens the text takes, asked of the server when it can tokenize, else estimated."""
        if messages is not None:
            texts = [m.get("content", "") for m in messages]
            overhead = 4 * len(messages) + 3  # role markers of a chat template
        else:
            texts, overhead = [prompt or ""], 0
        return sum(self._count(t) for t in texts) + overhead

    def chat(self, messages: list[Message], sampling: Sampling | None = None) -> Iterator[Event]:
        """Stream the server's answer to a conversation as events."""
        stream = _Stream()
        self._streams = [stream]
        try:
            yield from self._answer(stream, SequenceRequest(messages=messages, sampling=sampling))
        finally:
            self._streams = []

    def generate_many(self, requests: Sequence[SequenceRequest]) -> Iterator[SequenceEvent]:
        """Stream answers to several prompts at once, one HTTP stream each, so that a server
        with several slots (llama-server --parallel) decodes them together."""
        if len(requests) > MAX_SEQUENCES:
            raise UsageError(
                f"{len(requests)} prompts were given at once; at most {MAX_SEQUENCES} are sent "
                f"together. Split them into groups of {MAX_SEQUENCES}."
            )
        for i, request in enumerate(requests):
            if request.messages is None and request.prompt is None:
                raise UsageError(f"Prompt {i + 1} has neither messages nor a prompt text.")
        if not requests:
            return
        streams = [_Stream() for _ in requests]
        self._streams = streams
        events: queue.Queue[SequenceEvent | int] = queue.Queue()

        def produce(i: int) -> None:
            try:
                for event in self._answer(streams[i], requests[i]):
                    events.put(SequenceEvent(i, event))
            except Exception as exc:  # reported as this sequence's failure, never lost
                failure = ClassServerStoppedAnswering(reason=str(exc))
                events.put(SequenceEvent(i, Failed(str(failure), failure)))
            finally:
                events.put(i)

        threads = [
            threading.Thread(target=produce, args=(i,), daemon=True) for i in range(len(requests))
        ]
        for thread in threads:
            thread.start()
        running = len(threads)
        try:
            while running:
                item = events.get()
                if isinstance(item, int):
                    running -= 1
                else:
                    yield item
        finally:
            if running:  # the caller stopped reading: stop every stream
                self.cancel()
            for thread in threads:
                thread.join(self.timeout)
            self._streams = []

    def _answer(self, stream: _Stream, request: SequenceRequest) -> Iterator[Event]:
        """One streamed answer (chat, or a raw completion) as events."""
        started = time.perf_counter()
        model = self.loaded
        reasoning_model = bool(model and model.info.is_reasoning)
        sampling = (request.sampling or Sampling()).resolved(reasoning_model)
        try:
            if request.messages is not None:
                messages = prepare_messages(request.messages, reasoning_model)
                response = self._open_stream(stream, {"messages": messages}, sampling)
            else:
                response = self._open_stream(stream, {"prompt": request.prompt or ""}, sampling)
        except _RequestFailed as exc:
            if stream.cancelled.is_set():
                yield Usage(0, 0)
                yield Done("cancelled")
            else:
                yield Failed(str(exc), exc.error)
            return
        # An R1 template opens <think> in the prompt, so the answer starts inside it.
        chat = request.messages is not None
        splitter = ReasoningSplitter(started_inside=reasoning_model and chat)
        separate_reasoning = False  # the server sends reasoning_content and plain content
        usage: Usage | None = None
        reason = "length"
        chunks = 0
        first_at = 0.0
        try:
            for data in _server_sent_events(response):
                if data == "[DONE]":
                    break
                payload = json.loads(data)
                if payload.get("error"):
                    reported = ClassServerReportedError(detail=str(payload["error"]))
                    yield Failed(str(reported), reported)
                    return
                if payload.get("usage"):
                    u = payload["usage"]
                    usage = Usage(u.get("prompt_tokens", 0), u.get("completion_tokens", 0))
                for choice in payload.get("choices") or []:
                    delta = choice.get("delta") or {}
                    thought = delta.get("reasoning_content") or ""
                    # Chat completions send a delta; plain completions send text.
                    text = delta.get("content") or choice.get("text") or ""
                    if thought or text:
                        chunks += 1
                        first_at = first_at or time.perf_counter()
                    if thought:
                        separate_reasoning = True
                        yield Reasoning(thought)
                    if text and separate_reasoning:
                        yield Token(text)
                    elif text:
                        yield from text_events(splitter.feed(text))
                    reason = choice.get("finish_reason") or reason
        except (OSError, ValueError, http.client.HTTPException) as exc:
            if not stream.cancelled.is_set():
                yield from text_events(splitter.flush())
                if isinstance(exc, TimeoutError):
                    failure: ModelError = ClassServerSilent(seconds=f"{self.timeout:.0f}")
                else:
                    failure = ClassServerStoppedAnswering(reason=str(exc))
                yield Failed(str(failure), failure)
                return
        finally:
            stream.drop(response)
        if stream.cancelled.is_set():
            reason = "cancelled"
        yield from text_events(splitter.flush())
        yield usage or Usage(0, chunks)
        end = time.perf_counter()
        ttft = (first_at or end) - started
        rate = (chunks - 1) / (end - first_at) if chunks > 1 and end > first_at else 0.0
        yield Done(reason, Timings(ttft_s=ttft, tokens_per_s=rate))

    # -- HTTP ---------------------------------------------------------------------------------

    def _connection(self) -> http.client.HTTPConnection:
        if self._scheme == "https":
            return http.client.HTTPSConnection(self._host, self._port, timeout=self.timeout)
        return http.client.HTTPConnection(self._host, self._port, timeout=self.timeout)

    def _headers(self, stream: bool = False) -> dict[str, str]:
        headers = {"Content-Type": "application/json"}
        if stream:
            headers["Accept"] = "text/event-stream"
        if self.api_key:
            headers["Authorization"] = f"Bearer {self.api_key}"
        return headers

    def _request(
        self, method: str, path: str, body: Any, state: _Stream, streaming: bool = False
    ) -> http.client.HTTPResponse:
        """Send one request and return the response; _RequestFailed with a clear sentence."""
        conn = self._connection()
        data = json.dumps(body).encode("utf-8") if body is not None else None
        try:
            state.attach(conn)
            conn.request(method, path, body=data, headers=self._headers(streaming))
            state.attach_socket(conn)
            response = conn.getresponse()
        except _Cancelled:
            state.drop(None)
            raise _RequestFailed(None) from None
        except (OSError, http.client.HTTPException) as exc:
            state.drop(None)
            if state.cancelled.is_set():
                raise _RequestFailed(None) from exc
            reason = "no answer in time" if isinstance(exc, TimeoutError) else str(exc)
            raise _RequestFailed(ClassServerUnreachable(url=self.url, reason=reason)) from exc
        if response.status in (401, 403):
            state.drop(response)
            raise _RequestFailed(ClassServerRefusedKey(url=self.url, status=response.status))
        if response.status >= 400:
            detail = response.read(300).decode("utf-8", "replace").strip()
            state.drop(response)
            raise _RequestFailed(
                ClassServerHttpError(url=self.url, status=response.status, detail=detail)
            )
        return response

    def _json(self, method: str, path: str, body: Any = None) -> Any:
        state = _Stream()
        response = self._request(method, path, body, state)
        try:
            return json.loads(response.read())
        except (OSError, ValueError) as exc:
            raise _RequestFailed(ClassServerUnreadable(reason=str(exc))) from exc
        finally:
            state.drop(response)

    def _open_stream(
        self, stream: _Stream, content: dict[str, Any], sampling: Sampling
    ) -> http.client.HTTPResponse:
        """POST a streaming chat completion (content has messages) or completion (prompt)."""
        body: dict[str, Any] = {
            "model": self.model,
            **content,
            "stream": True,
            "stream_options": {"include_usage": True},
            "temperature": sampling.temperature,
            "top_p": sampling.top_p,
        }
        if sampling.max_tokens:
            body["max_tokens"] = sampling.max_tokens
        if sampling.seed is not None:
            body["seed"] = sampling.seed
        if sampling.stop:
            body["stop"] = list(sampling.stop)
        if sampling.json_schema is not None:
            body["response_format"] = {"type": "json_object", "schema": sampling.json_schema}
        route = "/chat/completions" if "messages" in content else "/completions"
        return self._request("POST", self._base_path + route, body, stream, streaming=True)

    def _probe(self) -> RemoteModel:
        """The served model's name, and its context window where the server tells it."""
        listing = self._json("GET", self._base_path + "/models")
        data = listing.get("data") if isinstance(listing, dict) else None
        model_id = str(data[0].get("id", "")) if data else ""
        if self.model == "default" and model_id:
            self.model = model_id  # Ollama and vLLM answer only to their model's own name
        name = model_id.replace("\\", "/").rsplit("/", 1)[-1].removesuffix(".gguf") or "server"
        n_ctx = self._n_ctx or self._server_context() or DEFAULT_REMOTE_CONTEXT
        info = RemoteModelInfo(name, bool(_R1_WORD.search(model_id)), path=self.url)
        return RemoteModel(info, n_ctx)

    def _server_context(self) -> int | None:
        """llama-server tells each slot's context at /props; other servers do not."""
        with contextlib.suppress(_RequestFailed, AttributeError, TypeError, ValueError):
            props = self._json("GET", self._root_path + "/props")
            n_ctx = props["default_generation_settings"]["n_ctx"]
            return int(n_ctx) if n_ctx else None
        return None

    def _count(self, text: str) -> int:
        if not text:
            return 0
        routes = [("/tokenize", "content"), ("/extras/tokenize", "input")]
        if self._tokenize is not None:
            routes = [r for r in routes if r[0] == self._tokenize]
        for route, field in routes:
            with contextlib.suppress(_RequestFailed, AttributeError, TypeError, KeyError):
                tokens = self._json("POST", self._root_path + route, {field: text})["tokens"]
                self._tokenize = route
                return len(tokens)
        self._tokenize = ""
        return estimate_tokens(text)


def _server_sent_events(response: http.client.HTTPResponse) -> Iterator[str]:
    """The data fields of a text/event-stream response, one event at a time."""
    data: list[str] = []
    while raw := response.readline():
        line = raw.decode("utf-8").rstrip("\r\n")
        if not line:
            if data:
                yield "\n".join(data)
                data = []
        elif line.startswith("data:"):
            data.append(line[5:].lstrip())
    if data:
        yield "\n".join(data)
