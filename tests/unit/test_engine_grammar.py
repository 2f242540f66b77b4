"""Rejection-sampled grammar on the tiny model: the same tokens as masking first, valid output,
and an end even when the grammar rejects every token the model picks; greedy picks by argmax
the same tokens as llama.cpp's sampler chain."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from assistant.core.engine import token_sampling
from assistant.core.engine.decoding import RunnerError
from assistant.core.engine.worker import ModelRunner
from tests.worker_runner import generate, load_runner

SCHEMAS: list[dict[str, Any]] = [
    {
        "type": "object",
        "properties": {"ok": {"type": "boolean"}, "n": {"type": "integer"}},
        "required": ["ok", "n"],
        "additionalProperties": False,
    },
    {
        "type": "object",
        "properties": {
            "heading": {"type": "string", "maxLength": 12},
            "points": {"type": "array", "items": {"type": "string", "maxLength": 8}, "maxItems": 3},
            "level": {"enum": ["basic", "advanced"]},
        },
        "required": ["heading", "points", "level"],
    },
    {"type": "array", "items": {"type": "boolean"}, "minItems": 1, "maxItems": 4},
]
# The tiny model's byte tokens can form invalid UTF-8, which the grammar counts differently
# from Python: sampled runs use schemas without string lengths.
SAMPLED_SCHEMAS: list[dict[str, Any]] = [
    SCHEMAS[0],
    SCHEMAS[2],
    {
        "type": "object",
        "properties": {
            "level": {"enum": ["basic", "advanced"]},
            "tags": {"type": "array", "items": {"enum": ["rtf", "co-star"]}, "maxItems": 3},
        },
        "required": ["level", "tags"],
    },
]


@pytest.fixture(scope="module")
def runner(tiny_model: Path) -> Iterator[ModelRunner]:
    yield load_runner(tiny_model)


def constrained(schema: dict[str, Any], prompt: str, **sampling: Any) -> dict[str, Any]:
    return {"prompt": prompt, "sampling": {"json_schema": schema, "max_tokens": 120, **sampling}}


def valid(text: str, schema: dict[str, Any]) -> bool:
    # llama-cpp-python's schema grammar lets control characters into strings: parse leniently.
    jsonschema.validate(json.loads(text, strict=False), schema)
    return True


@pytest.mark.parametrize("schema", SCHEMAS)
def test_greedy_rejection_sampling_picks_what_masking_first_picks(
    runner: ModelRunner, schema: dict[str, Any]
) -> None:
    seqs = [constrained(schema, p, temperature=0.0) for p in ("Notes:", "JSON:", "Outline")]
    fast = generate(runner, seqs)
    masked = generate(runner, seqs, grammar_first=True)
    assert [o.text for o in fast] == [o.text for o in masked]
    assert all(o.reason == "stop" and valid(o.text, schema) for o in fast)
    # The random model's first choice is rejected often: the resampling path ran.
    assert sum(o.resampled for o in fast) > 0
    assert all(o.resampled == 0 for o in masked)


def test_greedy_argmax_picks_what_the_sampler_chain_picks(runner: ModelRunner) -> None:
    prompts = ("Notes:", "The lesson", "A", "Review questions:\n1.")
    seqs = [{"prompt": p, "sampling": {"temperature": 0.0, "max_tokens": 40}} for p in prompts]
    # grammar_first is the reference path: llama.cpp's own chain picks every token.
    fast = generate(runner, seqs)
    chain = generate(runner, seqs, grammar_first=True)
    assert [o.text for o in fast] == [o.text for o in chain]
    assert all(o.completion_tokens == 40 for o in fast)
    # With a repeat penalty greedy is no longer a plain argmax: the chain picks, as before.
    penalised = [{**s, "sampling": {**s["sampling"], "repeat_penalty": 1.3}} for s in seqs]
    assert [o.text for o in generate(runner, penalised)] == [
        o.text for o in generate(runner, penalised, grammar_first=True)
    ]
    assert [o.text for o in generate(runner, penalised)] != [o.text for o in fast]


def test_sampled_constrained_outputs_validate(runner: ModelRunner) -> None:
    for seed in range(6):
        seqs = [constrained(s, "Answer:", temperature=0.8, seed=seed) for s in SAMPLED_SCHEMAS]
        for outcome, schema in zip(generate(runner, seqs), SAMPLED_SCHEMAS, strict=True):
            assert outcome.reason == "stop"
            assert valid(outcome.text, schema)


def test_a_grammar_that_rejects_every_pick_still_ends(runner: ModelRunner) -> None:
    # The random model almost never picks "q" by itself: nearly every token is rejected first.
    seqs = [
        {"prompt": "x", "sampling": {"grammar": 'root ::= "q"{60}', "max_tokens": 40, "seed": 1}},
        {"prompt": "y", "sampling": {"grammar": 'root ::= "q"{25}', "max_tokens": 40, "seed": 2}},
    ]
    unbounded, bounded = generate(runner, seqs)
    assert unbounded.text == "q" * 40 and unbounded.reason == "length"
    assert unbounded.resampled >= 35
    # Once the grammar is complete only the end of text is allowed: it ends by itself.
    assert bounded.text == "q" * 25 and bounded.reason == "stop"
    assert bounded.resampled >= 20


def test_an_invalid_grammar_is_a_request_error(runner: ModelRunner) -> None:
    with pytest.raises(RunnerError, match="grammar is invalid"):
        generate(runner, [{"prompt": "x", "sampling": {"grammar": "root ::= ("}}])
    # The runner goes on serving.
    assert generate(runner, [{"prompt": "x", "sampling": {"max_tokens": 3}}])[0].reason == "length"


@pytest.mark.parametrize("shortlist", [8, 64])
def test_a_short_shortlist_still_picks_what_masking_first_picks(
    runner: ModelRunner, monkeypatch: pytest.MonkeyPatch, shortlist: int
) -> None:
    # The tiny vocabulary fits in the real shortlist: shorten it so that the grammar often
    # finds nothing allowed among the likeliest tokens and the full pass takes over.
    monkeypatch.setattr(token_sampling, "SHORTLIST", shortlist)
    seqs = [constrained(s, p, temperature=0.0) for s in SCHEMAS for p in ("A:", "Notes")]
    fast = generate(runner, seqs)
    masked = generate(runner, seqs, grammar_first=True)
    assert [o.text for o in fast] == [o.text for o in masked]
    assert sum(o.resampled for o in fast) > 0
