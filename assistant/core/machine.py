"""Facts about this computer that the engine needs: physical cores and memory."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path


def physical_cores() -> int:
    """Physical CPU cores (hyper-threads share a core's maths units, so llama.cpp gains little)."""
    count = _physical_cores_linux() if sys.platform.startswith("linux") else None
    if count is None and sys.platform == "darwin":
        count = _sysctl_int("hw.physicalcpu")
    if count is None:
        logical = os.cpu_count() or 1
        # Most Windows laptops run two threads per core; halving errs on the fast side.
        count = max(1, logical // 2) if logical >= 4 else logical
    return max(1, count)


def _physical_cores_linux() -> int | None:
    try:
        text = Path("/proc/cpuinfo").read_text(encoding="utf-8", errors="replace")
    except OSError:
        return None
    cores: set[tuple[str, str]] = set()
    physical = core = ""
    for line in [*text.splitlines(), ""]:
        key, _, value = line.partition(":")
        key = key.strip()
        if key == "physical id":
            physical = value.strip()
        elif key == "core id":
            core = value.strip()
        elif not line.strip():
            if core:
                cores.add((physical, core))
            physical = core = ""
    if not cores:
        return None
    # Containers may be allowed fewer CPUs than the machine has.
    allowed = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else len(cores)
    return min(len(cores), allowed)


def _sysctl_int(name: str) -> int | None:
    try:
        out = subprocess.run(["sysctl", "-n", name], capture_output=True, text=True, timeout=5)
        return int(out.stdout.strip())
    except (OSError, ValueError, subprocess.SubprocessError):
        return None
