"""Engine benchmark: the app's engine against llama-cpp-python in-process; prints JSON.

Usage: python benchmarks/engine_bench.py [--model PATH|starter] [--threads N]
(the same as `study-assistant bench --json`).
"""

from __future__ import annotations

import sys

from assistant.cli import main

if __name__ == "__main__":
    sys.exit(main(["bench", "--json", *sys.argv[1:]]))
