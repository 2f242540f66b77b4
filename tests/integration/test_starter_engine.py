"""The engine's grammar sampling and batched sequences on the real starter model."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from assistant.core.engine.events import Done, SequenceEvent, Token
from assistant.core.engine.local import LocalEngine
from assistant.core.engine.requests import LoadOptions, Sampling, SequenceRequest
from assistant.core.engine.worker import ModelRunner
from tests.worker_runner import generate, load_runner

pytestmark = pytest.mark.model

SECTION_SCHEMA: dict[str, Any] = {
    "type": "object",
    "properties": {
        "heading": {"type": "string", "maxLength": 40},
        "points": {"type": "array", "items": {"type": "string"}, "minItems": 2, "maxItems": 3},
    },
    "required": ["heading", "points"],
    "additionalProperties": False,
}
LESSONS = [
    "会议纪要要写清时间、地点、参会人员、议题和决定事项。",
    "Biên bản cuộc họp ghi lại thời gian, người tham dự, nội dung thảo luận và kết luận.",
    "A good prompt names a role, a task and the format of the answer.",
]


def section_request(lesson: str) -> dict[str, Any]:
    return {
        "messages": [
            {"role": "user", "content": f"Write a heading and key points as JSON for:\n{lesson}"}
        ],
        "sampling": {"json_schema": SECTION_SCHEMA, "max_tokens": 160, "temperature": 0.0},
    }


@pytest.fixture(scope="module")
def runner(starter_model: Path) -> Iterator[ModelRunner]:
    yield load_runner(starter_model, n_ctx=4096)


def test_greedy_fast_path_equals_grammar_first_on_the_starter_model(runner: ModelRunner) -> None:
    seqs = [section_request(lesson) for lesson in LESSONS]
    fast = generate(runner, seqs)
    masked = generate(runner, seqs, grammar_first=True)
    assert [o.text for o in fast] == [o.text for o in masked]
    for outcome in fast:
        assert outcome.reason == "stop"
        jsonschema.validate(json.loads(outcome.text), SECTION_SCHEMA)


def test_sampled_constrained_answers_validate(runner: ModelRunner) -> None:
    seqs = []
    for seed, lesson in enumerate(LESSONS * 2):
        request = section_request(lesson)
        # Warm, with the repeat penalty the outline's calls use: without it the 0.5B model
        # can list "A、B、C、…" until the token limit, whatever the engine does.
        sampling = {"temperature": 0.7, "repeat_penalty": 1.1, "seed": seed}
        request["sampling"] = {**request["sampling"], **sampling}
        seqs.append(request)
    for outcome in generate(runner, seqs):
        assert outcome.reason == "stop", outcome.text
        jsonschema.validate(json.loads(outcome.text), SECTION_SCHEMA)


def test_four_sequences_through_the_engine(starter_model: Path) -> None:
    engine = LocalEngine()
    try:
        engine.load(starter_model, LoadOptions(n_ctx=4096, n_threads=2, seed=1))
        schema = Sampling(json_schema=SECTION_SCHEMA, max_tokens=160, temperature=0.0)
        requests = [
            SequenceRequest(
                messages=[{"role": "user", "content": f"JSON notes:\n{text}"}], sampling=schema
            )
            for text in LESSONS
        ]
        requests.append(
            SequenceRequest(
                prompt="The three parts of a meeting record are", sampling=Sampling(max_tokens=20)
            )
        )
        tagged: list[SequenceEvent] = list(engine.generate_many(requests))
    finally:
        engine.close()
    for i in range(len(requests)):
        events = [t.event for t in tagged if t.index == i]
        assert isinstance(events[-1], Done) and events[-1].reason in ("stop", "length")
        text = "".join(e.text for e in events if isinstance(e, Token))
        if i < len(LESSONS):
            jsonschema.validate(json.loads(text), SECTION_SCHEMA)
        else:
            assert text.strip()
