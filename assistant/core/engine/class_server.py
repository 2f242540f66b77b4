"""The class server: one machine's model shared with a room through an existing, proven server.

llama.cpp's own llama-server is used whenever one is found: it answers several trainees at the
same time (parallel slots, continuous batching). Otherwise llama-cpp-python's server runs with
request interruption switched off, so it answers one trainee after another and never drops an
answer (by default it abandons a stream whenever a new request arrives). Both speak the OpenAI
chat completions API and refuse requests without the API key (HTTP 401).
"""

from __future__ import annotations

import contextlib
import os
import secrets
import shutil
import socket
import struct
import subprocess
import sys
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from assistant.core.engine.server_errors import (
    ClassServerCannotStart,
    ClassServerNeedsKey,
    ClassServerStartTimeout,
    ClassServerStoppedStarting,
    KitHasNoClassServer,
    LlamaServerNotExecutable,
)
from assistant.core.errors import PortUnavailable, UsageError

LLAMA_SERVER = "llama-server"
LLAMA_CPP_PYTHON = "llama-cpp-python"
DEFAULT_PORT = 8765
DEFAULT_PARALLEL = 4
DEFAULT_SLOT_CONTEXT = 4096
READY_TIMEOUT_S = 300.0
STOP_TIMEOUT_S = 10.0
# A key trainees can read off a projector and type: no 0/O or 1/l/I.
_KEY_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789"


@dataclass(frozen=True)
class ServerOptions:
    """What the instructor chose."""

    model: Path
    api_key: str
    host: str = "127.0.0.1"
    port: int = DEFAULT_PORT
    parallel: int = DEFAULT_PARALLEL
    n_ctx: int = DEFAULT_SLOT_CONTEXT  # per answer
    n_threads: int | None = None


@dataclass(frozen=True)
class ServerPlan:
    """Which server runs, and the command that starts it."""

    kind: str  # LLAMA_SERVER or LLAMA_CPP_PYTHON
    argv: tuple[str, ...]
    options: ServerOptions

    @property
    def parallel(self) -> int:
        """Answers written at the same time."""
        return self.options.parallel if self.kind == LLAMA_SERVER else 1

    def capacity_note(self) -> str:
        """What the room can expect, in plain words (the app translates its own version)."""
        if self.kind == LLAMA_SERVER:
            return (
                f"llama.cpp's llama-server writes {self.parallel} answers at the same time; "
                "more questions wait their turn. On a 2-core machine with the starter model, 16 "
                "trainees asking at once all got answers, the first words after about 5 s "
                "(median, 4 slots)."
            )
        return (
            "llama-cpp-python's server writes one answer at a time; the others wait their turn "
            "and none is dropped. On a 2-core machine with the starter model, 16 trainees asking "
            "at once all got answers, but the median wait for the first words was about 15 s. "
            "Install llama.cpp's llama-server for parallel answers (see the README)."
        )


def new_api_key() -> str:
    """A random key such as "k7mq-x2pd-9hwe", easy to read aloud and type."""
    groups = ("".join(secrets.choice(_KEY_ALPHABET) for _ in range(4)) for _ in range(3))
    return "-".join(groups)


def find_llama_server(configured: str | None = None) -> Path | None:
    """llama.cpp's llama-server: the configured path, else on PATH, else None."""
    if configured:
        path = Path(configured).expanduser()
        if path.is_file() and os.access(path, os.X_OK):
            return path
        raise LlamaServerNotExecutable(path=str(path))
    found = shutil.which(LLAMA_SERVER)
    return Path(found) if found else None


def plan_server(options: ServerOptions, llama_server: Path | None) -> ServerPlan:
    """The command line for llama-server if given, else for llama-cpp-python's server."""
    if not 0 < options.port < 65536:
        raise UsageError(f"Port {options.port} is not a port number (1-65535).")
    if not options.api_key:
        raise ClassServerNeedsKey()
    o = options
    if llama_server is not None:
        argv = [str(llama_server), "-m", str(o.model), "--host", o.host, "--port", str(o.port)]
        argv += ["--api-key", o.api_key, "--parallel", str(max(1, o.parallel))]
        # The context is shared by the slots: each answer gets n_ctx of it.
        argv += ["--ctx-size", str(o.n_ctx * max(1, o.parallel))]
        if o.n_threads:
            argv += ["--threads", str(o.n_threads)]
        return ServerPlan(LLAMA_SERVER, tuple(argv), options)
    if getattr(sys, "frozen", False):
        # The class kit leaves llama-cpp-python's server (and its web stack) out to stay small.
        raise KitHasNoClassServer()
    argv = [sys.executable, "-m", "llama_cpp.server", "--model", str(o.model)]
    argv += ["--host", o.host, "--port", str(o.port), "--api_key", o.api_key]
    argv += ["--n_ctx", str(o.n_ctx), "--interrupt_requests", "False"]
    if o.n_threads:
        argv += ["--n_threads", str(o.n_threads)]
    return ServerPlan(LLAMA_CPP_PYTHON, tuple(argv), options)


def lan_addresses() -> list[str]:
    """This machine's IPv4 addresses other than loopback (what trainees' laptops can reach)."""
    found: list[str] = []
    with contextlib.suppress(OSError):
        for *_rest, sockaddr in socket.getaddrinfo(socket.gethostname(), None, socket.AF_INET):
            found.append(str(sockaddr[0]))
    if sys.platform.startswith("linux"):
        found += _linux_interface_addresses()
    unique: list[str] = []
    for address in found:
        if not address.startswith("127.") and address not in unique:
            unique.append(address)
    return unique


def _linux_interface_addresses() -> list[str]:
    """Each interface's address, asked of the kernel (SIOCGIFADDR); sends nothing."""
    import fcntl

    addresses: list[str] = []
    with contextlib.suppress(OSError), socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
        for _index, name in socket.if_nameindex():
            with contextlib.suppress(OSError):
                packed = struct.pack("256s", name[:15].encode())
                raw = fcntl.ioctl(s.fileno(), 0x8915, packed)  # SIOCGIFADDR
                addresses.append(socket.inet_ntoa(raw[20:24]))
    return addresses


def trainee_urls(host: str, port: int) -> list[str]:
    """The addresses trainees enter as the endpoint."""
    everywhere = host in ("0.0.0.0", "", "::")
    hosts = (lan_addresses() or ["127.0.0.1"]) if everywhere else [host]
    return [f"http://{h}:{port}/v1" for h in hosts]


class ClassServer:
    """Runs a planned server as a child process: start, wait until it answers, stop."""

    def __init__(self, plan: ServerPlan, log_file: Path | None = None) -> None:
        self.plan = plan
        self.log_file = log_file
        self._proc: subprocess.Popen[bytes] | None = None
        self._log: IO[bytes] | None = None

    @property
    def running(self) -> bool:
        """Whether the server process is alive."""
        return self._proc is not None and self._proc.poll() is None

    @property
    def pid(self) -> int | None:
        """The server's process id while it runs."""
        return self._proc.pid if self.running and self._proc is not None else None

    @property
    def local_url(self) -> str:
        """The loopback address of the server, for checks on this machine."""
        host = self.plan.options.host
        host = "127.0.0.1" if host in ("0.0.0.0", "", "::") else host
        return f"http://{host}:{self.plan.options.port}"

    def start(self) -> None:
        """Start the server process (its output goes to the log file)."""
        if self.running:
            return
        self._check_port_free()
        if self.log_file is not None:
            self.log_file.parent.mkdir(parents=True, exist_ok=True)
            self._log = open(self.log_file, "ab")  # noqa: SIM115 - lives as long as the server
        # Its own process group: Ctrl+C in the terminal is ours to handle, then we stop it.
        windows = sys.platform == "win32"
        group_flag = getattr(subprocess, "CREATE_NEW_PROCESS_GROUP", 0) if windows else 0
        try:
            self._proc = subprocess.Popen(
                list(self.plan.argv),
                stdin=subprocess.DEVNULL,
                stdout=self._log or subprocess.DEVNULL,
                stderr=self._log or subprocess.DEVNULL,
                creationflags=group_flag,
                start_new_session=not windows,
            )
        except OSError as exc:
            self._close_log()
            raise ClassServerCannotStart(
                program=self.plan.argv[0], reason=exc.strerror or str(exc)
            ) from exc

    def _check_port_free(self) -> None:
        o = self.plan.options
        with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
            if sys.platform != "win32":  # as the servers do: a port in TIME_WAIT is free
                s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            try:
                s.bind((o.host if o.host not in ("", "::") else "0.0.0.0", o.port))
            except OSError as exc:
                raise PortUnavailable(port=o.port, host=o.host, reason=exc.strerror) from exc

    def wait_ready(self, timeout: float = READY_TIMEOUT_S, poll: float = 0.25) -> None:
        """Block until the server answers with the key; ModelError if it exits or times out."""
        deadline = time.monotonic() + timeout
        request = urllib.request.Request(
            self.local_url + "/v1/models",
            headers={"Authorization": f"Bearer {self.plan.options.api_key}"},
        )
        while time.monotonic() < deadline:
            if not self.running:
                raise ClassServerStoppedStarting(reason=self._reason())
            try:
                with urllib.request.urlopen(request, timeout=2):
                    return
            except urllib.error.HTTPError as exc:
                exc.close()  # 503: still loading the model
            except OSError:
                pass  # not listening yet
            time.sleep(poll)
        self.stop()
        raise ClassServerStartTimeout(seconds=f"{timeout:.0f}")

    def stop(self) -> int | None:
        """Stop the server (politely, then by force); returns its exit code."""
        proc, self._proc = self._proc, None
        code = None
        if proc is not None:
            if proc.poll() is None:
                proc.terminate()
                try:
                    proc.wait(STOP_TIMEOUT_S)
                except subprocess.TimeoutExpired:
                    proc.kill()
                    proc.wait(STOP_TIMEOUT_S)
            code = proc.returncode
        self._close_log()
        return code

    def exit_reason(self) -> str:
        """Why the server ended (its last log lines), once it has."""
        return self._reason()

    def _reason(self) -> str:
        code = self._proc.poll() if self._proc is not None else None
        tail = ""
        if self.log_file is not None:
            with contextlib.suppress(OSError):
                lines = self.log_file.read_text("utf-8", errors="replace").splitlines()
                tail = " ".join(line.strip() for line in lines[-3:] if line.strip())
        where = f" (log: {self.log_file})" if self.log_file else ""
        return f"exit code {code}. {tail[-300:]}{where}".strip()

    def _close_log(self) -> None:
        if self._log is not None:
            with contextlib.suppress(OSError):
                self._log.close()
            self._log = None
