"""How long reading a model's metadata takes: `models info` and `models list`, per model.

Times read_model_info on one GGUF file (the starter model in the data dir by default): parsing
its header with nothing remembered, again in the same process (remembered in memory), and in a
new process that finds it in the cache file; then scan_folders (what `models list` reads) per
model in a new process. Medians of --repeat timings. Prints JSON.
Usage: python benchmarks/model_info_bench.py [--model PATH] [--repeat 7]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", type=Path, help="a .gguf file (default: the starter model)")
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--child", choices=["info", "list"], help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(_child(args.child, args.model)))
        return

    sys.path.insert(0, str(ROOT))
    from assistant.core import paths
    from assistant.core.models import model_info as models
    from assistant.core.models.starter import ensure_starter_model

    model = args.model or ensure_starter_model(paths.models_dir())
    # Remembered headers go to a data dir of the bench's own, never the user's.
    os.environ["STUDY_ASSISTANT_DATA_DIR"] = tempfile.mkdtemp(prefix="sa-info-bench-")
    uncached = []
    for _ in range(args.repeat):
        start = time.perf_counter()
        models._read_record(model, (model,))  # the parse itself, nothing remembered
        uncached.append(time.perf_counter() - start)
    models.read_model_info(model)  # remembered from here on (if the file has settled)
    in_memory = _timed(lambda: models.read_model_info(model), args.repeat)
    from_file = [_in_child("info", model) for _ in range(args.repeat)]
    listed = [_in_child("list", model) for _ in range(args.repeat)]
    result: dict[str, Any] = {
        "model": str(model),
        "file_size": model.stat().st_size,
        "header_parse_ms": _ms(statistics.median(uncached)),
        "info_remembered_in_memory_ms": _ms(statistics.median(in_memory)),
        "info_new_process_from_cache_file_ms": _ms(statistics.median(r["s"] for r in from_file)),
        "list_new_process_per_model_ms": _ms(
            statistics.median(r["s"] / r["models"] for r in listed)
        ),
        "models_listed": listed[0]["models"],
    }
    print(json.dumps(result, indent=2))


def _timed(call: Any, repeat: int) -> list[float]:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        call()
        times.append(time.perf_counter() - start)
    return times


def _ms(seconds: float) -> float:
    return round(seconds * 1000, 2)


def _in_child(what: str, model: Path) -> dict[str, Any]:
    command = [sys.executable, __file__, "--child", what, "--model", str(model)]
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    done = subprocess.run(command, env=env, capture_output=True, text=True, check=True)
    data: dict[str, Any] = json.loads(done.stdout)
    return data


def _child(what: str, model: Path) -> dict[str, Any]:
    """One call as a new `models info` / `models list` process makes it (imports not timed)."""
    from assistant.core.models.library import scan_folders
    from assistant.core.models.model_info import read_model_info

    start = time.perf_counter()
    if what == "info":
        read_model_info(model)
        count = 1
    else:
        count = len(scan_folders([model.parent]))
    return {"s": time.perf_counter() - start, "models": count}


if __name__ == "__main__":
    main()
