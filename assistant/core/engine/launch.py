"""How the engine worker process is started: by the Python interpreter, or by the frozen kit.

In the class kit (a PyInstaller folder) there is no `python` to run `-m ...`: sys.executable is
the app itself, which starts its worker when given ENGINE_WORKER_FLAG (packaging/entry.py).
"""

from __future__ import annotations

import sys

ENGINE_WORKER_FLAG = "--engine-worker"


def is_frozen() -> bool:
    """True inside the PyInstaller bundle."""
    return bool(getattr(sys, "frozen", False))


def worker_argv() -> list[str]:
    """The command line that starts one engine worker process."""
    if is_frozen():
        return [sys.executable, ENGINE_WORKER_FLAG]
    return [sys.executable, "-m", "assistant.core.engine.worker"]
