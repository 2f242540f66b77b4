"""The class server: the command lines it plans, and the real fallback server on 127.0.0.1."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from assistant.core.engine.class_server import (
    LLAMA_CPP_PYTHON,
    LLAMA_SERVER,
    STOP_TIMEOUT_S,
    ClassServer,
    ServerOptions,
    find_llama_server,
    new_api_key,
    plan_server,
    trainee_urls,
)
from assistant.core.errors import UsageError

ROOT = Path(__file__).resolve().parents[2]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_llama_server_plan_uses_parallel_slots(tmp_path: Path) -> None:
    options = ServerOptions(tmp_path / "m.gguf", "k", "0.0.0.0", 9000, parallel=8, n_ctx=2048)
    plan = plan_server(options, Path("/opt/llama/llama-server"))
    assert plan.kind == LLAMA_SERVER and plan.parallel == 8
    argv = list(plan.argv)
    assert argv[0] == "/opt/llama/llama-server"
    assert argv[argv.index("--parallel") + 1] == "8"
    assert argv[argv.index("--ctx-size") + 1] == str(8 * 2048)  # shared by the 8 slots
    assert argv[argv.index("--api-key") + 1] == "k"
    assert "at the same time" in plan.capacity_note()


def test_fallback_plan_never_interrupts_answers(tmp_path: Path) -> None:
    plan = plan_server(ServerOptions(tmp_path / "m.gguf", "k", parallel=8), None)
    assert plan.kind == LLAMA_CPP_PYTHON and plan.parallel == 1
    argv = list(plan.argv)
    assert argv[:3] == [sys.executable, "-m", "llama_cpp.server"]
    assert argv[argv.index("--interrupt_requests") + 1] == "False"
    assert argv[argv.index("--api_key") + 1] == "k"
    assert "one answer at a time" in plan.capacity_note()


def test_plan_refuses_bad_ports_and_empty_keys(tmp_path: Path) -> None:
    with pytest.raises(UsageError):
        plan_server(ServerOptions(tmp_path / "m.gguf", "k", port=70000), None)
    with pytest.raises(UsageError):
        plan_server(ServerOptions(tmp_path / "m.gguf", ""), None)


def test_keys_are_readable_and_random() -> None:
    keys = {new_api_key() for _ in range(20)}
    assert len(keys) == 20
    for key in keys:
        assert len(key) == 14 and key.count("-") == 2
        assert not set(key) & set("0O1lI")


def test_trainee_urls() -> None:
    assert trainee_urls("127.0.0.1", 8765) == ["http://127.0.0.1:8765/v1"]
    for url in trainee_urls("0.0.0.0", 8765):
        assert url.startswith("http://") and url.endswith(":8765/v1") and "//127." not in url[:12]


def test_find_llama_server(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(UsageError, match="not an executable"):
        find_llama_server(str(tmp_path / "missing"))
    binary = tmp_path / "llama-server"
    binary.write_text("#!/bin/sh\n")
    binary.chmod(0o755)
    assert find_llama_server(str(binary)) == binary
    monkeypatch.setenv("PATH", str(tmp_path))
    assert find_llama_server(None) == binary
    monkeypatch.setenv("PATH", str(tmp_path / "empty"))
    assert find_llama_server(None) is None


def _status(url: str, key: str | None = None) -> int:
    headers = {"Authorization": f"Bearer {key}"} if key else {}
    try:
        with urllib.request.urlopen(urllib.request.Request(url, headers=headers), timeout=5) as r:
            return int(r.status)
    except urllib.error.HTTPError as exc:
        return exc.code


def test_fallback_server_guards_its_key_and_stops(tiny_model: Path, tmp_path: Path) -> None:
    pytest.importorskip("llama_cpp.server")
    options = ServerOptions(tiny_model, "class-key", port=free_port(), n_ctx=512)
    server = ClassServer(plan_server(options, None), log_file=tmp_path / "server.log")
    server.start()
    try:
        server.wait_ready(timeout=60)
        assert _status(server.local_url + "/v1/models") == 401
        assert _status(server.local_url + "/v1/models", "wrong") == 401
        assert _status(server.local_url + "/v1/models", "class-key") == 200
        with pytest.raises(UsageError, match="in use"):
            ClassServer(plan_server(options, None)).start()
    finally:
        server.stop()
    assert not server.running
    with pytest.raises(OSError):
        socket.create_connection(("127.0.0.1", options.port), timeout=2).close()


def _ignore_sigint() -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)


@pytest.mark.skipif(sys.platform == "win32", reason="sends SIGINT")
@pytest.mark.parametrize("sigint_ignored", [False, True])
def test_serve_command_prints_address_and_key_and_stops_on_ctrl_c(
    tiny_model: Path, isolated_data_dir: Path, sigint_ignored: bool
) -> None:
    # Started by something that ignores SIGINT (a launcher; in CI, the test process after an
    # earlier test), the command inherited the ignored signal and never stopped on Ctrl+C.
    pytest.importorskip("llama_cpp.server")
    port = free_port()
    env = dict(os.environ, STUDY_ASSISTANT_DATA_DIR=str(isolated_data_dir))
    args = ["serve", "--model", str(tiny_model), "--port", str(port), "--api-key", "abc-def"]
    proc = subprocess.Popen(
        [sys.executable, "-m", "assistant", *args, "--ctx", "512"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=ROOT,
        env=env,
        preexec_fn=_ignore_sigint if sigint_ignored else None,
    )
    try:
        lines = []
        deadline = time.monotonic() + 60
        assert proc.stdout is not None
        while time.monotonic() < deadline:
            line = proc.stdout.readline()
            if not line:
                break
            lines.append(line)
            if "Ctrl+C" in line:
                break
        out = "".join(lines)
        assert f"endpoint: http://127.0.0.1:{port}/v1" in out
        assert "API key:  abc-def" in out
        assert _status(f"http://127.0.0.1:{port}/v1/models") == 401
        proc.send_signal(signal.SIGINT)
        # The command stops its server politely, then by force: each may take STOP_TIMEOUT_S on
        # a busy machine (a CI run timed out at 20 s).
        assert proc.wait(timeout=2 * STOP_TIMEOUT_S + 15) == 0
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait(10)
    with pytest.raises(OSError):
        socket.create_connection(("127.0.0.1", port), timeout=2).close()


def test_the_class_kit_needs_llama_server(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("sys.frozen", True, raising=False)
    with pytest.raises(UsageError, match="llama_server_path"):
        plan_server(ServerOptions(tmp_path / "m.gguf", "k"), None)
    assert plan_server(ServerOptions(tmp_path / "m.gguf", "k"), Path("/opt/llama-server"))
