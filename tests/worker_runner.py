"""The worker's ModelRunner driven in the test process, to see what the pipe does not carry
(how often the grammar rejected a token) and to switch on the grammar-first path."""

from __future__ import annotations

import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from assistant.core.engine.worker import ModelRunner


@dataclass
class Outcome:
    """One sequence's answer as the worker produced it."""

    text: str
    reason: str
    completion_tokens: int
    resampled: int


def load_runner(model: Path, n_ctx: int = 2048) -> ModelRunner:
    """A loaded runner in this process (the engine's worker runs the same code)."""
    runner = ModelRunner(threading.Event())
    runner.load({"path": str(model), "n_ctx": n_ctx, "n_threads": 2})
    return runner


def generate(
    runner: ModelRunner, sequences: list[dict[str, Any]], grammar_first: bool = False
) -> list[Outcome]:
    """Every sequence's text, end reason, token count and grammar rejections."""
    texts: dict[int, list[str]] = {i: [] for i in range(len(sequences))}
    usage: dict[int, int] = {}
    outcomes: dict[int, Outcome] = {}
    cmd = {"sequences": sequences, "grammar_first": grammar_first}
    for event in runner.generate(cmd):
        i = event["seq"]
        if event["event"] == "token":
            texts[i].append(event["text"])
        elif event["event"] == "usage":
            usage[i] = event["completion_tokens"]
        elif event["event"] == "done":
            text = "".join(texts[i])
            outcomes[i] = Outcome(text, event["reason"], usage[i], event["resampled"])
    return [outcomes[i] for i in range(len(sequences))]
