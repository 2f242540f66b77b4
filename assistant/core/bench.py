"""The engine benchmark: the app's engine against llama-cpp-python used directly, same settings.

Both sides read the same prompts with the same threads and context, greedy, after a warm-up
(so neither pays for paging the weights in). Each side runs every prompt and keeps its best
run: one noisy run on a shared 2-core laptop says little. Prompts differ in their first token,
so no run reuses another's cached prefix.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from assistant.core.engine import worker
from assistant.core.engine.events import Done, Failed, Reasoning, Token, Usage
from assistant.core.engine.local import LocalEngine
from assistant.core.engine.requests import LoadOptions, Message, Sampling
from assistant.core.errors import ModelError
from assistant.core.machine import physical_cores

# A prompt a small instruct model continues at length when decoding greedily.
_STUDY_TEXT = (
    "Lesson notes. Prompt frameworks help office workers ask a language model for what they "
    "need. The RTF framework names a role, a task and a format. CO-STAR adds context, "
    "objective, style, tone, audience and response. A good prompt states who the answer is for, "
    "what it must contain, how long it may be and how it should be laid out. "
)
_LIST_START = "Here is a numbered list of one hundred practical study tips for adult learners:\n1."
BENCH_PROMPTS = tuple(f"{label}. {_STUDY_TEXT * 3}\n{_LIST_START}" for label in ("First", "Second"))
GENERATE_TOKENS = 64
FOLLOWUP_CONVERSATION_TOKENS = 1500

Report = Callable[[str], None]


@dataclass(frozen=True)
class BenchSettings:
    """What the benchmark runs with."""

    model: Path
    threads: int
    n_ctx: int = 4096
    seed: int = 42


def run_benchmark(settings: BenchSettings, report: Report = lambda _m: None) -> dict[str, Any]:
    """Measure raw llama-cpp-python and the engine on the same prompts; return the figures."""
    report("raw llama-cpp-python, in this process")
    raw_load_s, raw_runs = worker.run_raw_benchmark(
        str(settings.model),
        n_ctx=settings.n_ctx,
        n_threads=settings.threads,
        prompts=BENCH_PROMPTS,
        max_tokens=GENERATE_TOKENS,
        seed=settings.seed,
    )
    raw = {**_best(raw_runs), "load_s": raw_load_s}
    report("engine (child process, streaming events)")
    engine = LocalEngine()
    try:
        loaded = engine.load(
            settings.model,
            LoadOptions(n_ctx=settings.n_ctx, n_threads=settings.threads, seed=settings.seed),
        )
        _engine_run(engine, "Warm-up.", 4)
        runs = [_engine_run(engine, prompt, GENERATE_TOKENS) for prompt in BENCH_PROMPTS]
        engine_figures = _best(runs)
        engine_figures["load_s"] = loaded.load_s
        report(f"follow-up in a {FOLLOWUP_CONVERSATION_TOKENS}-token conversation")
        followup = _followup_ttft(engine)
    finally:
        engine.close()
    if raw["prompt_tokens"] != engine_figures["prompt_tokens"]:
        raise ModelError("the benchmark's two sides read different prompts; this is a bug")
    return {
        "model": settings.model.name,
        "threads": settings.threads,
        "n_ctx": settings.n_ctx,
        "prompt_tokens": raw["prompt_tokens"],
        "completion_tokens": GENERATE_TOKENS,
        "raw": _public(raw),
        "engine": _public(engine_figures),
        "generation_ratio_vs_raw": _ratio(engine_figures["tokens_per_s"], raw["tokens_per_s"]),
        "prompt_ratio_vs_raw": _ratio(
            engine_figures["prompt_tokens_per_s"], raw["prompt_tokens_per_s"]
        ),
        "followup_ttft_s": followup["ttft_s"],
        "followup_prompt_tokens": followup["prompt_tokens"],
        "followup_evaluated_tokens": followup["evaluated"],
    }


def default_bench_settings(model: Path, threads: int | None, n_ctx: int | None) -> BenchSettings:
    """Settings for `study-assistant bench`: physical cores and a 4096-token context."""
    return BenchSettings(model=model, threads=threads or physical_cores(), n_ctx=n_ctx or 4096)


def _engine_run(engine: LocalEngine, prompt: str, max_tokens: int) -> dict[str, float]:
    done: Done | None = None
    usage: Usage | None = None
    for event in engine.complete(prompt, Sampling(temperature=0.0, max_tokens=max_tokens)):
        if isinstance(event, Done):
            done = event
        elif isinstance(event, Usage):
            usage = event
        elif isinstance(event, Failed):
            raise ModelError(event.message)
    assert done is not None and usage is not None
    t = done.timings
    return {
        "ttft_s": t.ttft_s,
        "prompt_tokens_per_s": t.prompt_tokens_per_s,
        "tokens_per_s": t.tokens_per_s,
        "prompt_tokens": usage.prompt_tokens,
    }


def _followup_ttft(engine: LocalEngine) -> dict[str, float]:
    """Time to first token of a second question after a ~1,500-token first turn."""
    lecture = _STUDY_TEXT
    messages: list[Message] = [{"role": "user", "content": lecture}]
    while engine.count_tokens(messages=messages) < FOLLOWUP_CONVERSATION_TOKENS - 40:
        lecture += _STUDY_TEXT
        messages = [{"role": "user", "content": lecture + "\nSummarise this lesson."}]
    answer = ""
    for event in engine.chat(messages, Sampling(temperature=0.0, max_tokens=24)):
        if isinstance(event, Failed):
            raise ModelError(event.message)
        if isinstance(event, Token):
            answer += event.text
    messages += [
        {"role": "assistant", "content": answer},
        {"role": "user", "content": "Which framework names a role, a task and a format?"},
    ]
    started = time.perf_counter()
    first_token_at = None
    done: Done | None = None
    usage: Usage | None = None
    for event in engine.chat(messages, Sampling(temperature=0.0, max_tokens=8)):
        if first_token_at is None and isinstance(event, Token | Reasoning):
            first_token_at = time.perf_counter()
        if isinstance(event, Done):
            done = event
        elif isinstance(event, Usage):
            usage = event
    assert done is not None and usage is not None
    return {
        # What the user waits: from asking to seeing the first words, IPC included.
        "ttft_s": (first_token_at or time.perf_counter()) - started,
        "prompt_tokens": usage.prompt_tokens,
        "evaluated": done.timings.prompt_evaluated,
    }


def _best(runs: list[dict[str, float]]) -> dict[str, float]:
    best = max(runs, key=lambda r: r["tokens_per_s"])
    return {
        **best,
        "prompt_tokens_per_s": max(r["prompt_tokens_per_s"] for r in runs),
        "ttft_s": min(r["ttft_s"] for r in runs),
    }


def _public(figures: dict[str, float]) -> dict[str, float]:
    keys = ("load_s", "ttft_s", "prompt_tokens_per_s", "tokens_per_s")
    return {k: round(float(figures.get(k, 0.0)), 4) for k in keys}


def _ratio(a: float, b: float) -> float:
    return round(a / b, 3) if b else 0.0
