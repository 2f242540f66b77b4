"""A small file server on 127.0.0.1 for download tests: Range, If-Range, failures on demand."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


@dataclass
class Served:
    """One file and how the server misbehaves with it."""

    data: bytes
    etag: str = '"v1"'
    status: int | None = None  # answer every request with this error status instead
    ignore_range: bool = False  # answer 200 with the whole file even when asked for a range
    cut_after: int | None = None  # close the connection after this many body bytes, once
    slow_after: int | None = None  # pause after this many bytes (for cancel tests)


@dataclass
class FileServer:
    """The running server: files by path, and the Range headers of every request seen."""

    files: dict[str, Served] = field(default_factory=dict)
    requests: list[dict[str, str]] = field(default_factory=list)
    port: int = 0
    release: threading.Event = field(default_factory=threading.Event)

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.port}{path}"


def _handler(server_state: FileServer) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, format: str, *args: object) -> None:
            pass

        def do_GET(self) -> None:
            server_state.requests.append(
                {
                    "path": self.path,
                    "range": self.headers.get("Range", ""),
                    "if_range": self.headers.get("If-Range", ""),
                }
            )
            served = server_state.files.get(self.path)
            if served is None:
                self.send_error(404)
                return
            if served.status is not None:
                self.send_error(served.status)
                return
            data, start = served.data, 0
            wanted = self.headers.get("Range", "")
            if_range = self.headers.get("If-Range")
            use_range = wanted.startswith("bytes=") and not served.ignore_range
            if use_range and if_range is not None and if_range != served.etag:
                use_range = False  # the client's copy is of another version: send it all
            if use_range:
                start = int(wanted[len("bytes=") :].split("-")[0])
                if start >= len(data):
                    self.send_response(416)
                    self.send_header("Content-Range", f"bytes */{len(data)}")
                    self.send_header("Content-Length", "0")
                    self.end_headers()
                    return
                self.send_response(206)
                self.send_header("Content-Range", f"bytes {start}-{len(data) - 1}/{len(data)}")
            else:
                self.send_response(200)
            body = data[start:]
            self.send_header("Content-Length", str(len(body)))
            self.send_header("ETag", served.etag)
            self.send_header("Accept-Ranges", "bytes")
            self.end_headers()
            if served.cut_after is not None:
                cut, served.cut_after = served.cut_after, None
                self.wfile.write(body[:cut])
                self.wfile.flush()
                self.close_connection = True
                return
            if served.slow_after is not None:
                self.wfile.write(body[: served.slow_after])
                self.wfile.flush()
                server_state.release.wait(5)
                body = body[served.slow_after :]
            self.wfile.write(body)

    return Handler


@contextmanager
def file_server() -> Iterator[FileServer]:
    """Serve on 127.0.0.1 on a free port for the duration of the block."""
    state = FileServer()
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _handler(state))
    httpd.daemon_threads = True
    httpd.timeout = 5
    state.port = httpd.server_address[1]
    thread = threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.05})
    thread.daemon = True
    thread.start()
    try:
        yield state
    finally:
        state.release.set()
        httpd.shutdown()
        httpd.server_close()
        thread.join(5)
