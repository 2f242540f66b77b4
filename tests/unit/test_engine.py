"""The engine with real llama.cpp on a tiny random-weight model: streaming, cancel, crashes."""

from __future__ import annotations

import os
import signal
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from assistant.core.engine.events import Done, Event, Failed, Reasoning, Token, Usage
from assistant.core.engine.local import LocalEngine, PromptTooLongError
from assistant.core.engine.requests import LoadOptions, Sampling
from assistant.core.errors import ModelError

HELLO = [{"role": "user", "content": "Hello"}]


@pytest.fixture
def engine(tiny_model: Path) -> Iterator[LocalEngine]:
    eng = LocalEngine()
    eng.load(tiny_model, LoadOptions(n_ctx=4096, n_threads=2, seed=1))
    yield eng
    eng.close()


def answer_text(events: list[Event]) -> str:
    return "".join(e.text for e in events if isinstance(e, Token))


def test_load_reports_settings_and_metadata(engine: LocalEngine) -> None:
    model = engine.loaded
    assert model is not None
    assert model.n_ctx == 4096
    assert model.n_threads == 2
    assert model.has_chat_template
    assert model.info.architecture == "llama"
    assert 0 < model.load_s < 30


def test_chat_streams_tokens_then_usage_and_done(engine: LocalEngine) -> None:
    events = list(engine.chat(HELLO, Sampling(max_tokens=16, seed=3)))
    tokens = [e for e in events if isinstance(e, Token)]
    assert len(tokens) > 1  # streamed, not one blob
    usage = next(e for e in events if isinstance(e, Usage))
    assert usage.completion_tokens >= 16
    # The ChatML template wrapped the message: more tokens than "Hello" alone.
    assert usage.prompt_tokens > len("Hello") + 20
    done = events[-1]
    assert isinstance(done, Done) and done.reason == "length"
    assert done.timings.tokens_per_s > 0 and done.timings.ttft_s > 0


def test_same_seed_gives_the_same_answer(engine: LocalEngine) -> None:
    first = answer_text(list(engine.chat(HELLO, Sampling(max_tokens=12, seed=7))))
    second = answer_text(list(engine.chat(HELLO, Sampling(max_tokens=12, seed=7))))
    assert first == second


def test_count_tokens_matches_the_prompt_sent(engine: LocalEngine) -> None:
    counted = engine.count_tokens(messages=HELLO)
    events = list(engine.chat(HELLO, Sampling(max_tokens=2)))
    usage = next(e for e in events if isinstance(e, Usage))
    assert usage.prompt_tokens == counted
    # Byte-level vocabulary: one more byte, one more token.
    assert engine.count_tokens(prompt="abcd") == engine.count_tokens(prompt="abc") + 1


def test_raw_completion_uses_no_template(engine: LocalEngine) -> None:
    events = list(engine.complete("Once upon a time", Sampling(max_tokens=5)))
    usage = next(e for e in events if isinstance(e, Usage))
    assert usage.prompt_tokens == engine.count_tokens(prompt="Once upon a time")
    assert usage.prompt_tokens < engine.count_tokens(
        messages=[{"role": "user", "content": "Once upon a time"}]
    )


def test_follow_up_reuses_the_cached_prefix(engine: LocalEngine) -> None:
    history = [{"role": "user", "content": "Tell me about the course. " * 20}]
    first = list(engine.chat(history, Sampling(max_tokens=8, seed=1)))
    done = first[-1]
    assert isinstance(done, Done)
    history += [
        {"role": "assistant", "content": answer_text(first)},
        {"role": "user", "content": "And then?"},
    ]
    second = list(engine.chat(history, Sampling(max_tokens=8, seed=1)))
    usage = next(e for e in second if isinstance(e, Usage))
    done2 = second[-1]
    assert isinstance(done2, Done)
    # Only the new turn is read again, not the whole conversation.
    assert done.timings.prompt_evaluated > 500
    assert done2.timings.prompt_evaluated < usage.prompt_tokens - 500


def test_prompt_too_long_names_the_numbers(engine: LocalEngine) -> None:
    long = [{"role": "user", "content": "x" * 4000}]
    with pytest.raises(PromptTooLongError) as info:
        list(engine.chat(long, Sampling(max_tokens=100)))
    err = info.value
    assert err.n_ctx == 4096 and err.prompt_tokens > 4000 and err.answer_tokens == 100
    assert "4096" in str(err) and str(err.prompt_tokens) in str(err)
    # The engine is still usable afterwards.
    assert isinstance(list(engine.chat(HELLO, Sampling(max_tokens=2)))[-1], Done)


def test_json_schema_constrains_the_output(engine: LocalEngine) -> None:
    schema = {
        "type": "object",
        "properties": {"ok": {"type": "boolean"}},
        "required": ["ok"],
        "additionalProperties": False,
    }
    events = list(engine.chat(HELLO, Sampling(max_tokens=40, json_schema=schema, seed=2)))
    text = answer_text(events).strip()
    assert text.replace(" ", "") in ('{"ok":true}', '{"ok":false}')


def test_think_budget_lets_the_model_think_before_the_constrained_answer(
    engine: LocalEngine,
) -> None:
    schema = {
        "type": "object",
        "properties": {"title": {"type": "string", "maxLength": 20}},
        "required": ["title"],
    }
    events = list(
        engine.chat(
            [{"role": "user", "content": "Outline: prompts"}],
            Sampling(max_tokens=60, seed=2, json_schema=schema, think_budget=25),
        )
    )
    thought = "".join(e.text for e in events if isinstance(e, Reasoning))
    answer = answer_text(events)
    assert thought.strip()  # free text first (the opener was added: no template opens it)
    kinds = [type(e) for e in events if isinstance(e, Reasoning | Token)]
    assert kinds.index(Token) > kinds.index(Reasoning)  # thinking, then the answer
    assert answer.lstrip().startswith("{") and '"title"' in answer
    usage = next(e for e in events if isinstance(e, Usage))
    assert usage.completion_tokens <= 25 + 60 + 8  # the budget, the answer, the tags


def test_cancel_stops_between_tokens_and_keeps_the_partial_text(engine: LocalEngine) -> None:
    """The worker itself stops (not killed after the grace period); benchmarks/cancel_bench.py
    measures how soon."""
    received: list[Event] = []
    cancelled = False
    pid = engine.worker_pid
    for event in engine.chat(HELLO, Sampling(max_tokens=3500, seed=5)):
        received.append(event)
        if sum(isinstance(e, Token) for e in received) == 20 and not cancelled:
            cancelled = True
            threading.Thread(target=engine.cancel).start()
    done = received[-1]
    assert isinstance(done, Done) and done.reason == "cancelled"
    assert engine.worker_pid == pid
    assert len(answer_text(received)) >= 20
    usage = next(e for e in received if isinstance(e, Usage))
    assert usage.completion_tokens < 3500
    # And the engine goes on answering.
    after = list(engine.chat(HELLO, Sampling(max_tokens=3)))[-1]
    assert isinstance(after, Done) and after.reason == "length"


def test_cancel_before_the_first_token_is_not_lost(engine: LocalEngine) -> None:
    pid = engine.worker_pid
    events: list[Event] = []
    runner = threading.Thread(
        target=lambda: events.extend(engine.chat(HELLO, Sampling(max_tokens=3500)))
    )
    runner.start()
    while engine._current_id is None and runner.is_alive():
        time.sleep(0.0005)
    engine.cancel()  # most likely before the worker has even read the request
    runner.join(timeout=5)
    done = events[-1]
    assert isinstance(done, Done) and done.reason == "cancelled"
    assert engine.worker_pid == pid  # stopped by itself, not killed after the grace period


def test_worker_killed_mid_generation_fails_clearly_then_recovers(engine: LocalEngine) -> None:
    pid = engine.worker_pid
    assert pid is not None
    events: list[Event] = []
    for event in engine.chat(HELLO, Sampling(max_tokens=3500, seed=5)):
        events.append(event)
        if len(events) == 5:
            os.kill(pid, signal.SIGKILL)
    failed = events[-1]
    assert isinstance(failed, Failed)
    assert failed.message.startswith("the model stopped:")
    assert "killed" in failed.message
    assert len(answer_text(events)) > 0  # what arrived before the crash is kept
    # The next request starts a new worker with the same model.
    again = list(engine.chat(HELLO, Sampling(max_tokens=4)))
    assert isinstance(again[-1], Done)
    assert engine.worker_pid not in (None, pid)


def test_native_abort_is_reported_not_fatal(engine: LocalEngine) -> None:
    pid = engine.worker_pid
    assert pid is not None
    events: list[Event] = []
    for event in engine.chat(HELLO, Sampling(max_tokens=3500)):
        events.append(event)
        if len(events) == 3:
            os.kill(pid, signal.SIGABRT)
    assert isinstance(events[-1], Failed)
    assert "llama.cpp aborted" in events[-1].message


def test_hang_on_load_times_out(tiny_model: Path) -> None:
    eng = LocalEngine(load_timeout=1.0)
    # Freeze the worker as soon as it exists, as a load stuck on a dead drive would.
    original_start = eng._start_worker

    def start_then_freeze() -> None:
        original_start()
        assert eng._proc is not None
        os.kill(eng._proc.pid, signal.SIGSTOP)

    eng._start_worker = start_then_freeze  # type: ignore[method-assign]
    with pytest.raises(ModelError, match="took longer than 1 s"):
        eng.load(tiny_model)
    assert eng.worker_pid is None
    eng._start_worker = original_start  # type: ignore[method-assign]
    assert eng.load(tiny_model).n_ctx > 0  # a new worker loads fine
    eng.close()


def test_abort_load_frees_the_engine_at_once(tiny_model: Path) -> None:
    eng = LocalEngine(load_timeout=60)
    original_start = eng._start_worker

    def start_then_freeze() -> None:
        original_start()
        assert eng._proc is not None
        os.kill(eng._proc.pid, signal.SIGSTOP)  # a load stuck on a dead drive

    eng._start_worker = start_then_freeze  # type: ignore[method-assign]
    errors: list[Exception] = []

    def load() -> None:
        try:
            eng.load(tiny_model)
        except ModelError as exc:
            errors.append(exc)

    loader = threading.Thread(target=load)
    loader.start()
    while eng.worker_pid is None:
        time.sleep(0.01)
    eng.abort_load()
    loader.join(timeout=30)
    assert not loader.is_alive()  # the load gave up at once instead of waiting out its 60 s
    assert errors and str(errors[0]).startswith("the model stopped:")
    eng.close()


def test_truncated_gguf_is_refused_clearly(tiny_model: Path, tmp_path: Path) -> None:
    cut = tmp_path / "cut.gguf"
    cut.write_bytes(tiny_model.read_bytes()[:-1000])
    with pytest.raises(ModelError, match="truncated"):
        LocalEngine().load(cut)


def test_text_file_named_gguf_is_refused_clearly(tmp_path: Path) -> None:
    fake = tmp_path / "notes.gguf"
    fake.write_text("These are my lecture notes, not a model.\n", encoding="utf-8")
    with pytest.raises(ModelError, match="not a GGUF"):
        LocalEngine().load(fake)


def test_worker_load_failure_is_a_clear_error(tiny_model: Path, tmp_path: Path) -> None:
    """A file that passes the header check but that llama.cpp rejects (a tensor is missing)."""
    from tests.tiny_model import build_tiny_gguf

    broken = build_tiny_gguf(tmp_path / "broken.gguf", n_layer=2)
    data = bytearray(broken.read_bytes())
    # Rename one tensor so llama.cpp cannot find it: it fails the load, it does not crash.
    i = data.find(b"blk.1.ffn_up.weight")
    data[i : i + 4] = b"xxx."
    broken.write_bytes(bytes(data))
    eng = LocalEngine()
    with pytest.raises(ModelError) as info:
        eng.load(broken)
    assert str(info.value).startswith("the model stopped:")
    assert eng.load(tiny_model).n_ctx > 0
    eng.close()


def test_r1_model_thinks_apart_and_gets_no_system_turn(tiny_r1_model: Path) -> None:
    eng = LocalEngine()
    try:
        model = eng.load(tiny_r1_model, LoadOptions(n_ctx=512, seed=1))
        assert model.info.is_reasoning
        msgs = [{"role": "system", "content": "Be brief."}, {"role": "user", "content": "Hi"}]
        # The R1 template has no system turn: folded into the user's, it is still counted.
        with_system = eng.count_tokens(messages=msgs)
        without = eng.count_tokens(messages=msgs[1:])
        assert with_system > without
        events = list(eng.chat(msgs, Sampling(max_tokens=10, seed=1)))
        # The template opened <think>, so with no </think> everything is reasoning.
        assert any(isinstance(e, Reasoning) for e in events)
        assert not any(isinstance(e, Token) for e in events)
    finally:
        eng.close()


def test_base_model_gets_a_plain_prompt(tiny_base_model: Path) -> None:
    eng = LocalEngine()
    try:
        model = eng.load(tiny_base_model, LoadOptions(n_ctx=512))
        assert not model.has_chat_template
        n = eng.count_tokens(messages=[{"role": "user", "content": "Hi"}])
        assert n == eng.count_tokens(prompt="User: Hi\nAssistant:")
        assert isinstance(list(eng.chat(HELLO, Sampling(max_tokens=3)))[-1], Done)
    finally:
        eng.close()


def test_a_worker_killed_while_idle_is_replaced_before_the_next_answer(
    engine: LocalEngine,
) -> None:
    first = list(engine.chat(HELLO, Sampling(max_tokens=4, seed=1)))
    assert isinstance(first[-1], Done)
    pid = engine.worker_pid
    assert pid is not None
    os.kill(pid, signal.SIGKILL)
    # The dead worker may still look alive when the question is sent: the question is sent
    # again to a new worker rather than failing, since nothing of it had been answered.
    after = list(engine.chat(HELLO, Sampling(max_tokens=4, seed=1)))
    assert isinstance(after[-1], Done) and after[-1].reason in ("stop", "length")
    assert engine.worker_pid not in (None, pid)
