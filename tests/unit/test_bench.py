"""The benchmark's shape and bookkeeping on the tiny model (speed itself is never asserted)."""

from __future__ import annotations

import json
import threading
import time
from pathlib import Path

import pytest

from assistant.cli import main
from assistant.core.engine.bench import BenchSettings, run_benchmark


def test_benchmark_reports_both_sides_and_the_follow_up(tiny_model: Path) -> None:
    messages: list[str] = []
    figures = run_benchmark(BenchSettings(tiny_model, threads=1), report=messages.append)
    for side in ("raw", "engine"):
        assert set(figures[side]) == {"load_s", "ttft_s", "prompt_tokens_per_s", "tokens_per_s"}
        assert all(value > 0 for value in figures[side].values())
    assert figures["prompt_tokens"] > 200
    assert figures["generation_ratio_vs_raw"] > 0 and figures["prompt_ratio_vs_raw"] > 0
    # The follow-up reads only the new turn of a ~1,500-token conversation.
    assert figures["followup_prompt_tokens"] >= 1460
    assert figures["followup_evaluated_tokens"] < 200
    assert any("round" in m for m in messages)
    # The engine alone: the same request free and constrained, and four sequences against one.
    assert figures["free"]["tokens_per_s"] > 0 and figures["constrained"]["tokens_per_s"] > 0
    assert figures["constrained_ratio_vs_free"] > 0
    parallel = figures["parallel"]
    assert parallel["sequences"] == 4
    assert parallel["total_tokens_per_s"] > 0 and parallel["single_tokens_per_s"] > 0
    assert parallel["ratio"] > 0


def test_benchmarks_wait_for_each_other(tiny_model: Path) -> None:
    from assistant.core.engine.bench_decoding import bench_lock

    messages: list[str] = []
    with bench_lock(messages.append):
        waiting: list[str] = []
        finished = threading.Event()

        def second() -> None:
            run_benchmark(BenchSettings(tiny_model, threads=1), report=waiting.append)
            finished.set()

        thread = threading.Thread(target=second)
        thread.start()
        deadline = time.monotonic() + 10
        while not waiting and time.monotonic() < deadline:
            time.sleep(0.01)
        # The second benchmark waits for the lock: it has not loaded anything.
        assert waiting == ["waiting for another benchmark to finish"]
        assert not finished.is_set()
    thread.join(60)
    assert finished.is_set() and any("round" in m for m in waiting)
    assert messages == []


def test_bench_command_json(tiny_model: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["bench", "--model", str(tiny_model), "--threads", "1", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert {
        "model",
        "threads",
        "prompt_tokens",
        "raw",
        "engine",
        "generation_ratio_vs_raw",
        "prompt_ratio_vs_raw",
        "followup_ttft_s",
        "constrained",
        "free",
        "constrained_ratio_vs_free",
        "parallel",
    } <= set(data)
