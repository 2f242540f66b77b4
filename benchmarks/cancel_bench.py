"""How soon Stop takes effect: while the model writes, and while it reads a long prompt.

The design promises a stop within 200 ms and the tests check only that the model process stops
itself; this measures the time, on the starter model (or --model). Prints JSON: the median and
the worst of --runs tries for each case. Take the lock first: `flock /tmp/cpu.lock python
benchmarks/cancel_bench.py`.
"""

from __future__ import annotations

import argparse
import json
import statistics
import threading
import time

from assistant.core.engine.events import Done, Token
from assistant.core.engine.local import LocalEngine
from assistant.core.engine.requests import LoadOptions, Sampling
from assistant.core.models.choice import resolve_model
from assistant.core.settings import Settings

LONG_PROMPT = "Ghi chép bài giảng về kỹ năng văn phòng. " * 180  # ~2,500 tokens


def while_writing(engine: LocalEngine) -> float:
    """Seconds from cancel() to the end of the stream, 20 tokens into an answer."""
    asked = 0.0
    tokens = 0
    messages = [{"role": "user", "content": "Write a long story about a village school."}]
    for event in engine.chat(messages, Sampling(max_tokens=2000, seed=1)):
        if isinstance(event, Token):
            tokens += 1
            if tokens == 20:
                asked = time.perf_counter()
                threading.Thread(target=engine.cancel).start()
        if isinstance(event, Done):
            break
    return time.perf_counter() - asked


def while_reading(engine: LocalEngine, after_s: float = 1.0) -> float:
    """Seconds from cancel() to the end of the stream, during a ~2,500-token prompt read."""
    asked = [0.0]

    def cancel() -> None:
        asked[0] = time.perf_counter()
        engine.cancel()

    timer = threading.Timer(after_s, cancel)
    timer.start()
    messages = [{"role": "user", "content": LONG_PROMPT}]
    for _event in engine.chat(messages, Sampling(max_tokens=20)):
        pass
    return time.perf_counter() - asked[0]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--model", default="starter")
    parser.add_argument("--threads", type=int, default=None)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    engine = LocalEngine()
    try:
        engine.load(resolve_model(args.model, Settings.load()), LoadOptions(n_threads=args.threads))
        figures = {}
        for name, case in (("while_writing", while_writing), ("while_reading", while_reading)):
            times = [case(engine) for _ in range(args.runs)]
            figures[name] = {
                "median_ms": round(statistics.median(times) * 1000, 1),
                "worst_ms": round(max(times) * 1000, 1),
            }
        print(json.dumps({"cancel": figures, "runs": args.runs}, indent=2))
    finally:
        engine.close()


if __name__ == "__main__":
    main()
