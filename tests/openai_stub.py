"""A test double of an OpenAI-compatible server on 127.0.0.1: scripted SSE answers.

Speaks the wire format the real servers use (llama-server, llama-cpp-python, vLLM): GET
/v1/models, POST /v1/chat/completions with `data: {...}` chunks and `data: [DONE]`, POST
/tokenize, GET /props. Each test scripts the chunks and the failures it needs.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


@dataclass
class StubServer:
    """What the stub answers, and what it was asked."""

    model_id: str = "/models/stub-model.gguf"
    key: str | None = "key"
    # Each chunk is a delta dict ({"content": ...} or {"reasoning_content": ...}).
    deltas: list[dict[str, str]] = field(default_factory=list)
    finish_reason: str = "stop"
    n_ctx: int | None = None  # answer /props like llama-server when set
    tokenize: bool = True
    stall: threading.Event | None = None  # stop after the first chunk until this is set
    chat_status: int = 200
    bodies: list[dict[str, Any]] = field(default_factory=list)
    port: int = 0

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"


def _handler(stub: StubServer) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, format: str, *args: object) -> None:
            pass

        def _authorised(self) -> bool:
            if stub.key is None or self.headers.get("Authorization") == f"Bearer {stub.key}":
                return True
            self._json(401, {"error": {"message": "Invalid API key"}})
            return False

        def _json(self, status: int, data: Any) -> None:
            body = json.dumps(data).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def _body(self) -> Any:
            length = int(self.headers.get("Content-Length") or 0)
            return json.loads(self.rfile.read(length) or b"{}")

        def do_GET(self) -> None:
            if not self._authorised():
                return
            if self.path == "/v1/models":
                self._json(200, {"object": "list", "data": [{"id": stub.model_id}]})
            elif self.path == "/props" and stub.n_ctx:
                self._json(200, {"default_generation_settings": {"n_ctx": stub.n_ctx}})
            else:
                self._json(404, {"error": "not found"})

        def do_POST(self) -> None:
            body = self._body()
            if not self._authorised():
                return
            if self.path == "/tokenize" and stub.tokenize:
                # One token per UTF-8 byte: a deterministic tokenizer the test can count.
                self._json(200, {"tokens": list(body.get("content", "").encode())})
                return
            if self.path != "/v1/chat/completions":
                self._json(404, {"error": "not found"})
                return
            stub.bodies.append(body)
            if stub.chat_status != 200:
                self._json(stub.chat_status, {"error": {"message": "server overloaded"}})
                return
            self.send_response(200)
            self.send_header("Content-Type", "text/event-stream")
            self.send_header("Connection", "close")
            self.end_headers()
            for i, delta in enumerate(stub.deltas):
                self._event({"choices": [{"index": 0, "delta": delta, "finish_reason": None}]})
                if i == 0 and stub.stall is not None:
                    stub.stall.wait(10)
                    return
            self._event(
                {"choices": [{"index": 0, "delta": {}, "finish_reason": stub.finish_reason}]}
            )
            self._event({"choices": [], "usage": {"prompt_tokens": 7, "completion_tokens": 5}})
            self.wfile.write(b"data: [DONE]\n\n")
            self.wfile.flush()
            self.close_connection = True

        def _event(self, data: Any) -> None:
            self.wfile.write(f"data: {json.dumps(data)}\n\n".encode())
            self.wfile.flush()

    return Handler


@contextmanager
def openai_stub(stub: StubServer | None = None) -> Iterator[StubServer]:
    """Run the stub on a free loopback port for the duration of the block."""
    state = stub or StubServer()
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _handler(state))
    httpd.daemon_threads = True
    state.port = httpd.server_address[1]
    thread = threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.05})
    thread.daemon = True
    thread.start()
    try:
        yield state
    finally:
        if state.stall is not None:
            state.stall.set()
        httpd.shutdown()
        httpd.server_close()
        thread.join(5)
