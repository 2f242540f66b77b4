"""RemoteEngine against a scripted OpenAI-compatible server: reasoning, cancel, errors, outline."""

from __future__ import annotations

import json
import socket
import threading
import time
from pathlib import Path

import pytest

from assistant.cli import main
from assistant.core.engine.events import Done, Failed, Reasoning, SequenceEvent, Token, Usage
from assistant.core.engine.remote import RemoteEngine
from assistant.core.engine.requests import Sampling, SequenceRequest
from assistant.core.errors import ModelError
from assistant.core.text.token_estimate import estimate_tokens
from tests.openai_stub import StubServer, openai_stub

HI = [{"role": "user", "content": "Hi"}]


def run(engine: RemoteEngine, messages: list[dict[str, str]] = HI) -> list[object]:
    return list(engine.chat(messages, Sampling(max_tokens=16)))


def text(events: list[object], kind: type) -> str:
    return "".join(e.text for e in events if isinstance(e, kind))  # type: ignore[attr-defined]


def test_reasoning_content_field_is_kept_apart() -> None:
    stub = StubServer(
        deltas=[{"reasoning_content": "Let me think."}, {"content": "Hello"}, {"content": "!"}]
    )
    with openai_stub(stub):
        events = run(RemoteEngine(stub.url, api_key="key"))
    assert text(events, Reasoning) == "Let me think."
    assert text(events, Token) == "Hello!"
    assert events[-2] == Usage(7, 5)
    assert isinstance(events[-1], Done) and events[-1].reason == "stop"


def test_think_tags_in_content_are_split_even_across_chunks() -> None:
    stub = StubServer(
        deltas=[{"content": "<thi"}, {"content": "nk>plan</th"}, {"content": "ink>Yes"}]
    )
    with openai_stub(stub):
        events = run(RemoteEngine(stub.url, api_key="key"))
    assert text(events, Reasoning) == "plan" and text(events, Token) == "Yes"


def test_r1_model_starts_inside_think_and_gets_r1_sampling() -> None:
    stub = StubServer(
        model_id="/m/DeepSeek-R1-Distill-Qwen-1.5B-Q4_K_M.gguf",
        deltas=[{"content": "weighing it"}, {"content": "</think>\n\nAnswer"}],
    )
    with openai_stub(stub):
        engine = RemoteEngine(stub.url, api_key="key")
        events = run(engine, [{"role": "system", "content": "Be brief."}, *HI])
    assert text(events, Reasoning) == "weighing it" and text(events, Token) == "Answer"
    body = stub.bodies[0]
    assert body["temperature"] == 0.6 and body["top_p"] == 0.95
    assert [m["role"] for m in body["messages"]] == ["user"]  # system folded in, as for R1
    assert body["model"].endswith("DeepSeek-R1-Distill-Qwen-1.5B-Q4_K_M.gguf")
    assert engine.loaded is not None and engine.loaded.info.is_reasoning


def test_cancel_from_another_thread_stops_a_stalled_stream_quickly() -> None:
    stub = StubServer(deltas=[{"content": "partial"}, {"content": "never sent"}])
    stub.stall = threading.Event()
    with openai_stub(stub):
        engine = RemoteEngine(stub.url, api_key="key")
        events: list[object] = []
        got_first = threading.Event()

        def consume() -> None:
            for event in engine.chat(HI):
                events.append(event)
                if isinstance(event, Token):
                    got_first.set()

        worker = threading.Thread(target=consume)
        worker.start()
        assert got_first.wait(10)
        engine.cancel()
        worker.join(10)
    assert not worker.is_alive()  # the stalled stream was closed, not waited out
    assert text(events, Token) == "partial"
    assert isinstance(events[-1], Done) and events[-1].reason == "cancelled"


def test_silent_server_times_out_with_a_clear_message() -> None:
    stub = StubServer(deltas=[{"content": "a"}, {"content": "b"}])
    stub.stall = threading.Event()
    with openai_stub(stub):
        events = run(RemoteEngine(stub.url, api_key="key", timeout=0.5))
    assert text(events, Token) == "a"
    assert isinstance(events[-1], Failed) and "sent nothing for" in events[-1].message


def test_wrong_key_server_error_and_no_server_are_clear() -> None:
    with openai_stub(StubServer(deltas=[{"content": "x"}])) as stub:
        [failed] = run(RemoteEngine(stub.url, api_key="nope"))
        assert isinstance(failed, Failed) and "refused the API key" in failed.message
        # The kind travels with the event, so the window can say it in its own language.
        assert failed.error is not None and failed.error.kind == "class_server_refused_key"
        stub.chat_status = 503
        [failed] = run(RemoteEngine(stub.url, api_key="key"))
        assert isinstance(failed, Failed) and "HTTP 503" in failed.message
        with pytest.raises(ModelError, match="API key"):
            RemoteEngine(stub.url, api_key="nope").connect()
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    [failed] = run(RemoteEngine(f"http://127.0.0.1:{port}"))
    assert isinstance(failed, Failed) and "Could not reach" in failed.message
    assert failed.error is not None and failed.error.kind == "class_server_unreachable"


def test_context_and_token_counts_come_from_the_server() -> None:
    with openai_stub(StubServer(n_ctx=2048)) as stub:
        engine = RemoteEngine(stub.url, api_key="key")
        assert engine.loaded is not None and engine.loaded.n_ctx == 2048
        assert engine.loaded.info.name == "stub-model"
        assert engine.count_tokens(prompt="héllo") == len("héllo".encode())
        assert engine.count_tokens(messages=HI) == 2 + 4 + 3
        stub.tokenize = False
        other = RemoteEngine(stub.url, api_key="key", n_ctx=1000)
        assert other.count_tokens(prompt="课程大纲") == estimate_tokens("课程大纲") == 4
        assert other.loaded is not None and other.loaded.n_ctx == 1000


def test_outline_command_runs_on_the_remote_engine(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    outline = {
        "title": "Photosynthesis",
        "sections": [{"heading": "Light", "points": ["Leaves catch light"]}],
        "key_terms": [],
        "review_questions": ["What do leaves catch?"],
        "action_items": [],
    }
    raw = json.dumps(outline)
    stub = StubServer(deltas=[{"content": raw[:20]}, {"content": raw[20:]}], n_ctx=4096)
    lecture = tmp_path / "lecture.txt"
    lecture.write_text("Plants turn light into sugar. Leaves catch light.", encoding="utf-8")
    with openai_stub(stub):
        code = main(["--endpoint", stub.url, "--api-key", "key", "outline", str(lecture), "--json"])
    assert code == 0
    result = json.loads(capsys.readouterr().out)
    assert result["title"] == "Photosynthesis" and result["model"] == "stub-model"
    assert stub.bodies[0]["response_format"]["type"] == "json_object"


def test_outline_with_a_wrong_key_is_a_model_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    lecture = tmp_path / "lecture.txt"
    lecture.write_text("text", encoding="utf-8")
    with openai_stub(StubServer()) as stub:
        code = main(["--endpoint", stub.url, "--api-key", "bad", "outline", str(lecture)])
    assert code == 3
    assert "refused the API key" in capsys.readouterr().err


def test_generate_many_opens_every_stream_at_once_and_cancels_one_or_all() -> None:
    stub = StubServer(deltas=[{"content": "first"}, {"content": "never sent"}])
    stub.stall = threading.Event()
    with openai_stub(stub):
        engine = RemoteEngine(stub.url, api_key="key")
        requests = [
            SequenceRequest(messages=[{"role": "user", "content": f"Question {i}"}])
            for i in range(3)
        ]
        tagged: list[SequenceEvent] = []
        consumer = threading.Thread(target=lambda: tagged.extend(engine.generate_many(requests)))
        consumer.start()
        deadline = time.monotonic() + 10
        # Every request reached the server while the first answer is still stalled: parallel.
        while len(stub.bodies) < 3 and time.monotonic() < deadline:
            time.sleep(0.01)
        assert len(stub.bodies) == 3
        while sum(isinstance(t.event, Token) for t in tagged) < 3 and time.monotonic() < deadline:
            time.sleep(0.01)
        engine.cancel(1)
        while not any(isinstance(t.event, Done) for t in tagged) and time.monotonic() < deadline:
            time.sleep(0.01)
        done = [t.index for t in tagged if isinstance(t.event, Done)]
        assert done == [1]
        engine.cancel()
        consumer.join(5)
    assert not consumer.is_alive()
    ends = [t for t in tagged if isinstance(t.event, Done | Failed)]
    assert sorted(t.index for t in ends) == [0, 1, 2]
    assert all(isinstance(t.event, Done) and t.event.reason == "cancelled" for t in ends)
    for i in range(3):
        assert (
            "".join(t.event.text for t in tagged if t.index == i and isinstance(t.event, Token))
            == "first"
        )
