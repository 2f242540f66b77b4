"""Field-level accuracy of the prompt checker on the labelled prompts; prints JSON.

    python benchmarks/practice_accuracy.py [DIR] [--errors]

DIR defaults to tests/data/practice (dev.jsonl: used for tuning; holdout.jsonl: never tuned on).
The same report: `study-assistant eval practice DIR --json`.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

from assistant.core.practice.accuracy import evaluate, labelled_files, read_labelled
from assistant.core.practice.checker import default_checker


def main(argv: list[str]) -> int:
    show_errors = "--errors" in argv
    args = [a for a in argv if a != "--errors"]
    folder = (
        Path(args[0]) if args else Path(__file__).resolve().parent.parent / "tests/data/practice"
    )
    items = read_labelled(labelled_files(folder))
    report = evaluate(items)
    checker = default_checker()
    started = time.perf_counter()
    for item in items:
        checker.check(item.prompt, "auto")
    report["auto_check_ms_mean"] = round((time.perf_counter() - started) * 1000 / len(items), 3)
    if not show_errors:
        report.pop("errors")
    print(json.dumps(report, ensure_ascii=False, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
