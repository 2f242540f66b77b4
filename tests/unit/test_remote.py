"""RemoteEngine against the real class server (llama-cpp-python's, as `serve` starts it)."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from pathlib import Path

import pytest

from assistant.cli import main
from assistant.core.engine.class_server import ClassServer, ServerOptions, plan_server
from assistant.core.engine.events import Done, Failed, Token, Usage
from assistant.core.engine.remote import RemoteEngine, chat_completions_url
from assistant.core.engine.requests import Sampling, SequenceRequest

KEY = "class-key-123"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def server(tiny_model: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The class server the app starts (llama-cpp-python's here), on a free loopback port."""
    pytest.importorskip("llama_cpp.server")
    options = ServerOptions(tiny_model, KEY, port=free_port(), n_ctx=1024)
    log = tmp_path_factory.mktemp("server") / "server.log"
    running = ClassServer(plan_server(options, None), log_file=log)
    running.start()
    try:
        running.wait_ready(timeout=60)
        yield running.local_url
    finally:
        running.stop()


def test_url_forms() -> None:
    assert chat_completions_url("http://h:1") == "http://h:1/v1/chat/completions"
    assert chat_completions_url("http://h:1/v1/") == "http://h:1/v1/chat/completions"


def test_streams_an_answer(server: str) -> None:
    events = list(
        RemoteEngine(server, api_key=KEY).chat(
            [{"role": "user", "content": "Hello"}], Sampling(max_tokens=8, seed=1)
        )
    )
    assert sum(isinstance(e, Token) for e in events) >= 1
    assert any(isinstance(e, Usage) for e in events)
    assert isinstance(events[-1], Done)


def test_wrong_key_is_a_clear_failure(server: str) -> None:
    events = list(RemoteEngine(server, api_key="wrong").chat([{"role": "user", "content": "Hi"}]))
    assert len(events) == 1 and isinstance(events[0], Failed)
    assert "API key" in events[0].message


def test_unreachable_server_is_a_clear_failure() -> None:
    events = list(
        RemoteEngine(f"http://127.0.0.1:{free_port()}").chat([{"role": "user", "content": "Hi"}])
    )
    assert isinstance(events[0], Failed) and "Could not reach" in events[0].message


def test_cli_ask_with_endpoint(server: str, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["--endpoint", server, "--api-key", KEY, "ask", "Hi", "--max-tokens", "4"])
    assert code == 0
    assert capsys.readouterr().out.strip()
    assert main(["--endpoint", server, "ask", "Hi"]) == 3
    assert "API key" in capsys.readouterr().err


def test_generate_many_streams_chat_and_raw_prompts_side_by_side(server: str) -> None:
    engine = RemoteEngine(server, api_key=KEY)
    requests = [
        SequenceRequest(
            messages=[{"role": "user", "content": "Hello"}], sampling=Sampling(max_tokens=6, seed=1)
        ),
        SequenceRequest(prompt="Once upon a time", sampling=Sampling(max_tokens=5, seed=2)),
    ]
    per_seq: list[list[object]] = [[], []]
    for tagged in engine.generate_many(requests):
        per_seq[tagged.index].append(tagged.event)
    for events in per_seq:
        assert sum(isinstance(e, Done | Failed) for e in events) == 1
        assert isinstance(events[-1], Done)
        assert any(isinstance(e, Token) for e in events)
    usage = next(e for e in per_seq[1] if isinstance(e, Usage))
    assert 0 < usage.completion_tokens <= 5  # counted from the chunks if the server sends no usage
