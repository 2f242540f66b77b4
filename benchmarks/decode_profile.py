"""Where a decoding step's time goes in the worker, for one sequence and for four in one batch:
llama_decode, sampling (llama.cpp's sampler calls) and the rest (the worker's Python per step, a
greedy argmax included).

Runs the worker's own decoding code in this process (not through the pipe) with llama.cpp's
calls timed, greedy and sampled, and prints JSON lines: milliseconds per step. Take the lock
first: `flock /tmp/cpu.lock python benchmarks/decode_profile.py [--model M] [--threads N]`.
"""

from __future__ import annotations

import argparse
import collections
import json
import threading
import time
from typing import Any

import llama_cpp

from assistant.core.engine.bench import _STUDY_TEXT
from assistant.core.engine.bench_decoding import AUDIENCES
from assistant.core.engine.worker import ModelRunner
from assistant.core.models.choice import resolve_model
from assistant.core.settings import Settings

TIMED = ("llama_decode", "llama_sampler_sample", "llama_sampler_accept", "llama_sampler_apply")
SAMPLING_CALLS = TIMED[1:]


class TimedLlama:
    """The llama_cpp module with the calls in TIMED timed; the decoder gets it as its lib."""

    def __init__(self) -> None:
        self.seconds: dict[str, float] = collections.defaultdict(float)
        self.calls: collections.Counter[str] = collections.Counter()

    def __getattr__(self, name: str) -> Any:
        call = getattr(llama_cpp, name)
        if name not in TIMED:
            return call

        def timed(*args: Any) -> Any:
            started = time.perf_counter()
            try:
                return call(*args)
            finally:
                self.seconds[name] += time.perf_counter() - started
                self.calls[name] += 1

        return timed


def profile(runner: ModelRunner, sequences: int, sampling: dict[str, Any]) -> dict[str, Any]:
    """Milliseconds per decoding step after the first tokens (prompt reading left out)."""
    prompts = [
        f"{_STUDY_TEXT}\nHere is a numbered list of one hundred practical study tips for {who}:\n1."
        for who in AUDIENCES[:sequences]
    ]
    timed = TimedLlama()
    assert runner.decoder is not None
    runner.decoder.lib = timed
    first = last = 0.0
    tokens = 0
    try:
        for event in runner.generate(
            {"sequences": [{"prompt": p, "sampling": sampling} for p in prompts]}
        ):
            if event["event"] != "token":
                continue
            last = time.perf_counter()
            tokens += 1
            if not first:
                first = last
                timed.seconds.clear()
                timed.calls.clear()
    finally:
        runner.decoder.lib = llama_cpp
    steps = max(timed.calls["llama_decode"], 1)
    step_ms = 1000 * (last - first) / steps
    decode_ms = 1000 * timed.seconds["llama_decode"] / steps
    sampling_ms = 1000 * sum(timed.seconds[k] for k in SAMPLING_CALLS) / steps
    return {
        "sequences": sequences,
        "temperature": sampling["temperature"],
        "tokens_per_s": round((tokens - sequences) / (last - first), 2) if last > first else 0.0,
        "step_ms": round(step_ms, 3),
        "llama_decode_ms": round(decode_ms, 3),
        "sampling_ms": round(sampling_ms, 3),
        "python_ms": round(step_ms - decode_ms - sampling_ms, 3),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--model", default="starter")
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--tokens", type=int, default=64)
    args = parser.parse_args()
    runner = ModelRunner(threading.Event())
    path = resolve_model(args.model, Settings.load())
    runner.load({"path": str(path), "n_ctx": 4096, "n_threads": args.threads})
    greedy = {"temperature": 0.0, "max_tokens": args.tokens}
    sampled = {"temperature": 0.7, "top_k": 40, "top_p": 0.95, "max_tokens": args.tokens, "seed": 1}
    profile(runner, 1, {**greedy, "max_tokens": 4})  # warm-up
    for sampling in (greedy, sampled):
        for sequences in (1, 4):
            print(json.dumps(profile(runner, sequences, sampling)))


if __name__ == "__main__":
    main()
