"""RemoteEngine: the same events as LocalEngine, from an OpenAI-compatible server.

Used with --endpoint when a class shares one machine's model (llama.cpp's llama-server or
llama-cpp-python's server). Plain urllib: one streaming POST, server-sent events back.
"""

from __future__ import annotations

import contextlib
import json
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from http.client import HTTPResponse
from typing import Any

from assistant.core.engine.events import (
    Done,
    Event,
    Failed,
    Reasoning,
    Timings,
    Usage,
    text_events,
)
from assistant.core.engine.reasoning import ReasoningSplitter
from assistant.core.engine.requests import Message, Sampling


def chat_completions_url(endpoint: str) -> str:
    """The chat completions URL for a server address, with or without /v1."""
    base = endpoint.strip().rstrip("/")
    if base.endswith("/chat/completions"):
        return base
    if not base.endswith("/v1"):
        base += "/v1"
    return base + "/chat/completions"


class RemoteEngine:
    """Streams chat answers from an OpenAI-compatible server."""

    def __init__(
        self,
        endpoint: str,
        api_key: str | None = None,
        model: str | None = None,
        timeout: float = 120.0,
    ) -> None:
        self.url = chat_completions_url(endpoint)
        self.api_key = api_key
        self.model = model or "default"
        self.timeout = timeout
        self._cancel = threading.Event()
        self._response: HTTPResponse | None = None

    def cancel(self) -> None:
        """Stop reading the answer (from any thread); the partial text is kept."""
        self._cancel.set()
        response = self._response
        if response is not None:
            with contextlib.suppress(OSError):
                response.close()

    def chat(self, messages: list[Message], sampling: Sampling | None = None) -> Iterator[Event]:
        """Stream the server's answer to a conversation as events."""
        self._cancel.clear()
        started = time.perf_counter()
        try:
            response = self._open(messages, (sampling or Sampling()).resolved(False))
        except _RequestFailed as exc:
            yield Failed(str(exc))
            return
        self._response = response
        splitter = ReasoningSplitter()
        usage: Usage | None = None
        reason = "length"
        chunks = 0
        first_at = 0.0
        try:
            for data in _server_sent_events(response):
                if data == "[DONE]":
                    break
                payload = json.loads(data)
                if payload.get("usage"):
                    u = payload["usage"]
                    usage = Usage(u.get("prompt_tokens", 0), u.get("completion_tokens", 0))
                for choice in payload.get("choices") or []:
                    delta = choice.get("delta") or {}
                    thought = delta.get("reasoning_content") or ""
                    text = delta.get("content") or ""
                    if (thought or text) and not first_at:
                        first_at = time.perf_counter()
                    if thought or text:
                        chunks += 1
                    if thought:
                        yield Reasoning(thought)
                    yield from text_events(splitter.feed(text))
                    reason = choice.get("finish_reason") or reason
        except (OSError, ValueError) as exc:
            if not self._cancel.is_set():
                yield from text_events(splitter.flush())
                yield Failed(f"the class server stopped answering: {exc}")
                return
        finally:
            self._response = None
            response.close()
        if self._cancel.is_set():
            reason = "cancelled"
        yield from text_events(splitter.flush())
        yield usage or Usage(0, chunks)
        end = time.perf_counter()
        ttft = (first_at or end) - started
        rate = (chunks - 1) / (end - first_at) if chunks > 1 and end > first_at else 0.0
        yield Done(reason, Timings(ttft_s=ttft, tokens_per_s=rate))

    def _open(self, messages: list[Message], sampling: Sampling) -> HTTPResponse:
        body: dict[str, Any] = {
            "model": self.model,
            "messages": messages,
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
        headers = {"Content-Type": "application/json", "Accept": "text/event-stream"}
        if self.api_key:
            headers["Authorization"] = f"Bearer {self.api_key}"
        request = urllib.request.Request(
            self.url, data=json.dumps(body).encode("utf-8"), headers=headers, method="POST"
        )
        try:
            response: HTTPResponse = urllib.request.urlopen(request, timeout=self.timeout)
            return response
        except urllib.error.HTTPError as exc:
            if exc.code in (401, 403):
                raise _RequestFailed(
                    f"the class server at {self.url} refused the API key (HTTP {exc.code}); "
                    f"ask the instructor for the key and pass it with --api-key."
                ) from exc
            detail = exc.read(300).decode("utf-8", "replace").strip()
            raise _RequestFailed(
                f"the class server at {self.url} answered HTTP {exc.code}: {detail}"
            ) from exc
        except (TimeoutError, urllib.error.URLError, ConnectionError) as exc:
            reason = getattr(exc, "reason", exc)
            raise _RequestFailed(
                f"could not reach the class server at {self.url} ({reason}); check the address "
                f"and that the server is running."
            ) from exc


class _RequestFailed(Exception):
    pass


def _server_sent_events(response: HTTPResponse) -> Iterator[str]:
    """The data fields of a text/event-stream response, one event at a time."""
    data: list[str] = []
    for raw in response:
        line = raw.decode("utf-8").rstrip("\r\n")
        if not line:
            if data:
                yield "\n".join(data)
                data = []
        elif line.startswith("data:"):
            data.append(line[5:].lstrip())
    if data:
        yield "\n".join(data)
