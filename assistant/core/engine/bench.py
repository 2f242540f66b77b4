"""The engine benchmark: the app's engine against llama-cpp-python used directly, same settings.

Both sides load the same model with the same threads and context and decode greedily. They run
in alternation, prompt by prompt (raw, engine, raw, engine, ...), after a warm-up each, and the
figures are medians: on a shared 2-core laptop the speed drifts by 10-20 % from one second to
the next, and alternating pairs cancel most of that drift out. Each round's prompt differs in
its first token, so no run reuses another's cached prefix.

The same run then measures the engine alone: one request free and under a JSON schema
(constrained/free), and four sequences decoded together against one (parallel), again in
alternating pairs. A file lock in the data dir keeps two benchmarks off the machine at once.
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from assistant.core.engine import worker
from assistant.core.engine.bench_decoding import bench_lock, constrained_vs_free, parallel_vs_single
from assistant.core.engine.events import Done, Failed, Reasoning, Token, Usage
from assistant.core.engine.local import LocalEngine
from assistant.core.engine.requests import LoadOptions, Message, Sampling
from assistant.core.errors import ModelError
from assistant.core.machine import physical_cores

# Office-course lesson text; a small instruct model continues the list at length when greedy.
_STUDY_TEXT = (
    "Lesson notes. Prompt frameworks help office workers ask a language model for what they "
    "need. The RTF framework names a role, a task and a format. CO-STAR adds context, "
    "objective, style, tone, audience and response. A good prompt states who the answer is for, "
    "what it must contain, how long it may be and how it should be laid out. "
)
_LIST_START = "Here is a numbered list of one hundred practical study tips for adult learners:\n1."
ROUNDS = ("First", "Second", "Third", "Fourth")
BENCH_PROMPTS = tuple(f"{label}. {_STUDY_TEXT * 3}\n{_LIST_START}" for label in ROUNDS)
WARMUP_PROMPT = "Warm-up."
GENERATE_TOKENS = 64
FOLLOWUP_CONVERSATION_TOKENS = 1500

Report = Callable[[str], None]
Figures = dict[str, float]


@dataclass(frozen=True)
class BenchSettings:
    """What the benchmark runs with."""

    model: Path
    threads: int
    n_ctx: int = 4096
    seed: int = 42


def default_bench_settings(model: Path, threads: int | None, n_ctx: int | None) -> BenchSettings:
    """Settings for `study-assistant bench`: physical cores and a 4096-token context."""
    return BenchSettings(model=model, threads=threads or physical_cores(), n_ctx=n_ctx or 4096)


def run_benchmark(settings: BenchSettings, report: Report = lambda _m: None) -> dict[str, Any]:
    """Measure raw llama-cpp-python and the engine on the same prompts; return the figures."""
    with bench_lock(report):
        return _run_benchmark(settings, report)


def _run_benchmark(settings: BenchSettings, report: Report) -> dict[str, Any]:
    report("loading the model twice: in this process (raw) and in the engine's worker")
    raw = worker.RawBaseline(str(settings.model), settings.n_ctx, settings.threads, settings.seed)
    engine = LocalEngine()
    try:
        loaded = engine.load(
            settings.model,
            LoadOptions(n_ctx=settings.n_ctx, n_threads=settings.threads, seed=settings.seed),
        )
        raw.run(WARMUP_PROMPT, 4)
        _engine_run(engine, WARMUP_PROMPT, 4)
        raw_runs: list[Figures] = []
        engine_runs: list[Figures] = []
        for i, prompt in enumerate(BENCH_PROMPTS, 1):
            report(f"round {i} of {len(BENCH_PROMPTS)}")
            if i % 2:
                raw_runs.append(raw.run(prompt, GENERATE_TOKENS))
                engine_runs.append(_engine_run(engine, prompt, GENERATE_TOKENS))
            else:
                engine_runs.append(_engine_run(engine, prompt, GENERATE_TOKENS))
                raw_runs.append(raw.run(prompt, GENERATE_TOKENS))
        raw.close()
        report(f"follow-up question in a {FOLLOWUP_CONVERSATION_TOKENS}-token conversation")
        followup = _followup(engine)
        report("the same request free and under a JSON schema")
        constrained = constrained_vs_free(engine, _STUDY_TEXT, GENERATE_TOKENS)
        report("four sequences in one batch against one")
        parallel = parallel_vs_single(engine, _STUDY_TEXT, GENERATE_TOKENS)
    finally:
        engine.close()
    if raw_runs[0]["prompt_tokens"] != engine_runs[0]["prompt_tokens"]:
        raise ModelError("the benchmark's two sides read different prompts; this is a bug")
    return {
        "model": settings.model.name,
        "threads": settings.threads,
        "n_ctx": settings.n_ctx,
        "prompt_tokens": int(raw_runs[0]["prompt_tokens"]),
        "completion_tokens": GENERATE_TOKENS,
        "rounds": len(BENCH_PROMPTS),
        "raw": {"load_s": round(raw.load_s, 4), **_medians(raw_runs)},
        "engine": {"load_s": round(loaded.load_s, 4), **_medians(engine_runs)},
        "generation_ratio_vs_raw": _paired_ratio(engine_runs, raw_runs, "tokens_per_s"),
        "prompt_ratio_vs_raw": _paired_ratio(engine_runs, raw_runs, "prompt_tokens_per_s"),
        "followup_ttft_s": round(followup["ttft_s"], 4),
        "followup_prompt_tokens": int(followup["prompt_tokens"]),
        "followup_evaluated_tokens": int(followup["evaluated"]),
        **constrained,
        "parallel": parallel,
    }


def _engine_run(engine: LocalEngine, prompt: str, max_tokens: int) -> Figures:
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


def _followup(engine: LocalEngine) -> Figures:
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
    first_token_at: float | None = None
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
        # What the user waits: from asking to seeing the first words, the pipe included.
        "ttft_s": (first_token_at or time.perf_counter()) - started,
        "prompt_tokens": usage.prompt_tokens,
        "evaluated": done.timings.prompt_evaluated,
    }


def _medians(runs: list[Figures]) -> Figures:
    keys = ("ttft_s", "prompt_tokens_per_s", "tokens_per_s")
    return {k: round(statistics.median(r[k] for r in runs), 4) for k in keys}


def _paired_ratio(engine_runs: list[Figures], raw_runs: list[Figures], key: str) -> float:
    """Median over rounds of engine/raw, each round's two runs taken back to back."""
    ratios = [e[key] / r[key] for e, r in zip(engine_runs, raw_runs, strict=True) if r[key]]
    return round(statistics.median(ratios), 3) if ratios else 0.0
