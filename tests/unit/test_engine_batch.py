"""Several sequences in one llama_batch, on the tiny model: tags, shares, cancel, crashes."""

from __future__ import annotations

import json
import os
import signal
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from assistant.core.engine.events import Done, Event, Failed, Reasoning, SequenceEvent, Token, Usage
from assistant.core.engine.local import LocalEngine, PromptTooLongError
from assistant.core.engine.requests import LoadOptions, Sampling, SequenceRequest
from assistant.core.engine.sequences import RoomError, plan_rooms
from assistant.core.errors import UsageError

# llama-cpp-python's schema grammar lets control characters into strings: parse leniently.
SCHEMA = {
    "type": "object",
    "properties": {"ok": {"type": "boolean"}, "n": {"type": "integer"}},
    "required": ["ok", "n"],
    "additionalProperties": False,
}


@pytest.fixture
def engine(tiny_model: Path) -> Iterator[LocalEngine]:
    eng = LocalEngine()
    eng.load(tiny_model, LoadOptions(n_ctx=2048, n_threads=2, seed=1))
    yield eng
    eng.close()


@pytest.fixture
def roomy_engine(tiny_model: Path) -> Iterator[LocalEngine]:
    """A context so large that no sequence fills its share before a cancel reaches the worker
    (the reader is a few hundred tokens behind it; on a loaded machine more)."""
    eng = LocalEngine()
    eng.load(tiny_model, LoadOptions(n_ctx=16384, n_threads=2, seed=1))
    yield eng
    eng.close()


def by_index(events: list[SequenceEvent], n: int) -> list[list[Event]]:
    out: list[list[Event]] = [[] for _ in range(n)]
    for tagged in events:
        out[tagged.index].append(tagged.event)
    return out


def text(events: list[Event]) -> str:
    return "".join(e.text for e in events if isinstance(e, Token))


def ends(events: list[Event]) -> list[Event]:
    return [e for e in events if isinstance(e, Done | Failed)]


def test_each_sequence_streams_its_own_answer_and_ends_once(engine: LocalEngine) -> None:
    requests = [
        SequenceRequest(messages=[{"role": "user", "content": "Hello"}]),
        SequenceRequest(prompt="Once upon a time", sampling=Sampling(max_tokens=7, seed=2)),
        SequenceRequest(
            messages=[{"role": "user", "content": "JSON please"}],
            sampling=Sampling(max_tokens=60, json_schema=SCHEMA, seed=3),
        ),
    ]
    tagged = list(engine.generate_many(requests))
    per_seq = by_index(tagged, 3)
    for events in per_seq:
        assert len(ends(events)) == 1 and isinstance(events[-1], Done)
        assert sum(isinstance(e, Usage) for e in events) == 1
    # The first had no max_tokens: it ran until its share of the context or the end of text.
    assert text(per_seq[0])
    usage = next(e for e in per_seq[1] if isinstance(e, Usage))
    assert usage.completion_tokens == 7 and usage.prompt_tokens == engine.count_tokens(
        prompt="Once upon a time"
    )
    answer = json.loads(text(per_seq[2]), strict=False)
    assert set(answer) == {"ok", "n"} and isinstance(answer["ok"], bool)
    assert isinstance(answer["n"], int)


def test_greedy_sequences_in_a_batch_match_the_same_prompts_alone(engine: LocalEngine) -> None:
    greedy = Sampling(temperature=0.0, max_tokens=24)
    prompts = ["The lesson is about", "Prompt frameworks", "A", "Review questions:"]
    alone = [text(list(engine.complete(p, greedy))) for p in prompts]
    together = by_index(
        list(engine.generate_many([SequenceRequest(prompt=p, sampling=greedy) for p in prompts])),
        len(prompts),
    )
    assert [text(events) for events in together] == alone


def test_shared_prefix_is_read_once(engine: LocalEngine) -> None:
    course = "Course notes on writing prompts for office work. " * 6
    requests = [
        SequenceRequest(prompt=course + q, sampling=Sampling(temperature=0.0, max_tokens=4))
        for q in ("Question one?", "Question two?", "Question three?")
    ]
    per_seq = by_index(list(engine.generate_many(requests)), 3)
    evaluated = [e.timings.prompt_evaluated for s in per_seq for e in s if isinstance(e, Done)]
    prompt_tokens = [e.prompt_tokens for s in per_seq for e in s if isinstance(e, Usage)]
    # The first reads everything; the others only their own question.
    assert evaluated[0] == prompt_tokens[0]
    assert all(n < 30 for n in evaluated[1:])
    alone = text(list(engine.complete(course + "Question two?", requests[1].sampling)))
    assert text(per_seq[1]) == alone


def test_each_group_of_prompts_reads_its_own_shared_prefix_once(engine: LocalEngine) -> None:
    # An outline's part calls share one instruction, its closing call has another: in one
    # batch each instruction is read once, not each part's again.
    course = "Course notes on writing prompts for office work. " * 6
    meeting = "Minutes of the weekly staff meeting about the new assistant. " * 6
    greedy = Sampling(temperature=0.0, max_tokens=4)
    prompts = [course + "Part one?", meeting + "Summary?", course + "Part two?", course + "Part 3?"]
    per_seq = by_index(
        list(engine.generate_many([SequenceRequest(prompt=p, sampling=greedy) for p in prompts])),
        len(prompts),
    )
    evaluated = [e.timings.prompt_evaluated for s in per_seq for e in s if isinstance(e, Done)]
    prompt_tokens = [e.prompt_tokens for s in per_seq for e in s if isinstance(e, Usage)]
    # The first of each group reads all of it (but the few tokens both groups start with).
    assert evaluated[0] == prompt_tokens[0] and evaluated[1] > prompt_tokens[1] - 10
    assert all(n < 10 for n in evaluated[2:]), evaluated
    alone = [text(list(engine.complete(p, greedy))) for p in prompts]
    assert [text(events) for events in per_seq] == alone


def test_the_same_prompt_twice_is_read_once_and_answers_as_alone(engine: LocalEngine) -> None:
    prompt = "Course notes on writing prompts for office work. " * 4
    greedy = Sampling(temperature=0.0, max_tokens=6)
    requests = [SequenceRequest(prompt=prompt, sampling=greedy) for _ in range(2)]
    per_seq = by_index(list(engine.generate_many(requests)), 2)
    evaluated = [e.timings.prompt_evaluated for s in per_seq for e in s if isinstance(e, Done)]
    assert evaluated[1] == 1  # only its last token, which asks for its own logits
    alone = text(list(engine.complete(prompt, greedy)))
    assert [text(events) for events in per_seq] == [alone, alone]


def test_a_prompt_over_its_share_raises_before_anything_starts(engine: LocalEngine) -> None:
    long = "x" * 900
    requests = [
        SequenceRequest(prompt="short", sampling=Sampling(max_tokens=8)),
        SequenceRequest(prompt=long, sampling=Sampling(max_tokens=200)),
        SequenceRequest(prompt=long, sampling=Sampling(max_tokens=200)),
    ]
    received: list[SequenceEvent] = []
    with pytest.raises(PromptTooLongError) as info:
        received.extend(engine.generate_many(requests))
    assert received == []
    err = info.value
    assert err.index in (1, 2) and err.n_ctx == 2048 // 3 and err.answer_tokens == 200
    # Alone, the same long prompt fits the whole window.
    assert isinstance(list(engine.complete(long, Sampling(max_tokens=200)))[-1], Done)


def test_more_than_eight_sequences_is_a_usage_error(engine: LocalEngine) -> None:
    with pytest.raises(UsageError, match="at most 8"):
        list(engine.generate_many([SequenceRequest(prompt="a")] * 9))
    assert list(engine.generate_many([])) == []


def test_cancel_one_sequence_lets_the_others_finish(engine: LocalEngine) -> None:
    requests = [
        SequenceRequest(prompt=p, sampling=Sampling(max_tokens=n, seed=1))
        for p, n in (("one", 60), ("two", 1500), ("three", 60))
    ]
    tagged: list[SequenceEvent] = []
    for event in engine.generate_many(requests):
        tagged.append(event)
        if event.index == 1 and sum(t.index == 1 for t in tagged) == 5:
            threading.Thread(target=engine.cancel, args=(1,)).start()
    per_seq = by_index(tagged, 3)
    reasons = [e.reason for s in per_seq for e in s if isinstance(e, Done)]
    assert reasons == ["length", "cancelled", "length"]
    usage = next(e for e in per_seq[1] if isinstance(e, Usage))
    assert 0 < usage.completion_tokens < 1500


def test_cancel_all_stops_every_sequence(roomy_engine: LocalEngine) -> None:
    # No max_tokens: each may write until its share of the context is full (4,096 tokens here:
    # with 2,048 a sequence on a busy machine sometimes filled its 512 before the cancel came).
    engine = roomy_engine
    requests = [SequenceRequest(prompt=p) for p in "abcd"]
    tagged: list[SequenceEvent] = []
    for event in engine.generate_many(requests):
        tagged.append(event)
        if len(tagged) == 12:
            threading.Thread(target=engine.cancel).start()
    per_seq = by_index(tagged, 4)
    assert all(isinstance(s[-1], Done) and s[-1].reason == "cancelled" for s in per_seq)


def test_a_crash_mid_batch_fails_every_sequence_with_the_reason(engine: LocalEngine) -> None:
    pid = engine.worker_pid
    assert pid is not None
    requests = [SequenceRequest(prompt=p) for p in "abc"]
    tagged: list[SequenceEvent] = []
    for event in engine.generate_many(requests):
        tagged.append(event)
        if len(tagged) == 9:
            os.kill(pid, signal.SIGKILL)
    per_seq = by_index(tagged, 3)
    for events in per_seq:
        assert len(ends(events)) == 1
        assert isinstance(events[-1], Failed) and "killed" in events[-1].message
    again = list(
        engine.generate_many([SequenceRequest(prompt="a", sampling=Sampling(max_tokens=2))])
    )
    assert isinstance(again[-1].event, Done)


def test_think_then_schema_works_per_sequence(engine: LocalEngine) -> None:
    schema = {"type": "object", "properties": {"t": {"type": "string", "maxLength": 10}}}
    requests = [
        SequenceRequest(
            messages=[{"role": "user", "content": "Outline"}],
            sampling=Sampling(max_tokens=40, seed=2, json_schema=schema, think_budget=15),
        ),
        SequenceRequest(
            messages=[{"role": "user", "content": "Other"}],
            sampling=Sampling(max_tokens=40, seed=3, json_schema=schema),
        ),
    ]
    first, second = by_index(list(engine.generate_many(requests)), 2)
    assert "".join(e.text for e in first if isinstance(e, Reasoning)).strip()
    assert isinstance(json.loads(text(first), strict=False), dict)
    assert not any(isinstance(e, Reasoning) for e in second)
    assert isinstance(json.loads(text(second), strict=False), dict)


def test_context_shares_reserve_each_answer_and_split_the_rest() -> None:
    rooms = plan_rooms([100, 300], [{"max_tokens": 50}, {}], n_ctx=1000)
    # The second has no max_tokens: it reserves min(256, its equal share / 4) = 125.
    assert [r.answer_tokens for r in rooms] == [50, 125]
    spare = (1000 - 150 - 425) // 2
    assert [r.cap for r in rooms] == [150 + spare, 425 + spare]
    assert sum(r.cap for r in rooms) <= 1000
    with pytest.raises(RoomError) as info:
        plan_rooms([100, 700], [{"max_tokens": 50}, {"max_tokens": 200}], n_ctx=1000)
    assert (info.value.index, info.value.n_ctx, info.value.answer_tokens) == (1, 500, 200)


def test_a_stream_left_unread_does_not_leak_into_the_next(engine: LocalEngine) -> None:
    requests = [SequenceRequest(prompt=p) for p in ("first", "second")]
    stream = engine.generate_many(requests)
    seen = [next(stream) for _ in range(6)]
    assert all(isinstance(t, SequenceEvent) for t in seen)
    stream.close()  # the caller lost interest mid-answer
    pid = engine.worker_pid
    greedy = Sampling(temperature=0.0, max_tokens=5)
    after = list(engine.complete("Review questions:", greedy))
    assert isinstance(after[-1], Done) and after[-1].reason == "length"
    usage = next(e for e in after if isinstance(e, Usage))
    assert usage.completion_tokens == 5
    assert engine.worker_pid == pid  # cancelled and drained, not killed
