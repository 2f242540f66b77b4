"""Facts about this computer that the engine needs: physical cores and memory."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any


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


def total_memory() -> int | None:
    """This computer's physical memory in bytes, or None if the OS will not say."""
    if sys.platform.startswith("linux"):
        return _meminfo_bytes("MemTotal")
    if sys.platform == "darwin":
        return _sysctl_int("hw.memsize")
    if sys.platform == "win32":
        status = _windows_memory_status()
        return int(status.ullTotalPhys) if status is not None else None
    return None


def available_memory() -> int | None:
    """Memory a new program can use now without swapping, in bytes (None if unknown).

    Linux: MemAvailable (free memory plus reclaimable caches). Windows: ullAvailPhys.
    macOS: free, inactive and purgeable pages from vm_stat (Activity Monitor's notion).
    """
    if sys.platform.startswith("linux"):
        return _meminfo_bytes("MemAvailable")
    if sys.platform == "darwin":
        return _macos_available()
    if sys.platform == "win32":
        status = _windows_memory_status()
        return int(status.ullAvailPhys) if status is not None else None
    return None


def _meminfo_bytes(key: str, path: Path = Path("/proc/meminfo")) -> int | None:
    try:
        text = path.read_text(encoding="ascii", errors="replace")
    except OSError:
        return None
    for line in text.splitlines():
        name, _, rest = line.partition(":")
        if name.strip() == key:
            parts = rest.split()
            try:
                return int(parts[0]) * (1024 if parts[1:2] == ["kB"] else 1)
            except (IndexError, ValueError):
                return None
    return None


def _macos_available() -> int | None:
    try:
        out = subprocess.run(["vm_stat"], capture_output=True, text=True, timeout=5).stdout
    except (OSError, subprocess.SubprocessError):
        return None
    page = 4096
    pages = 0
    for line in out.splitlines():
        if "page size of" in line:
            digits = [w for w in line.split() if w.isdigit()]
            page = int(digits[0]) if digits else page
        name, _, value = line.partition(":")
        if name.strip() in ("Pages free", "Pages inactive", "Pages purgeable"):
            try:
                pages += int(value.strip().rstrip("."))
            except ValueError:
                continue
    return pages * page if pages else None


def _windows_memory_status() -> Any:
    import ctypes

    class MemoryStatusEx(ctypes.Structure):
        _fields_ = [
            ("dwLength", ctypes.c_ulong),
            ("dwMemoryLoad", ctypes.c_ulong),
            ("ullTotalPhys", ctypes.c_ulonglong),
            ("ullAvailPhys", ctypes.c_ulonglong),
            ("ullTotalPageFile", ctypes.c_ulonglong),
            ("ullAvailPageFile", ctypes.c_ulonglong),
            ("ullTotalVirtual", ctypes.c_ulonglong),
            ("ullAvailVirtual", ctypes.c_ulonglong),
            ("ullAvailExtendedVirtual", ctypes.c_ulonglong),
        ]

    status = MemoryStatusEx()
    status.dwLength = ctypes.sizeof(MemoryStatusEx)
    try:
        ok = ctypes.windll.kernel32.GlobalMemoryStatusEx(ctypes.byref(status))  # type: ignore[attr-defined]
    except (AttributeError, OSError):
        return None
    return status if ok else None
