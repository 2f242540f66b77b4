"""How the engine worker process is started: by the Python interpreter, or by the frozen kit.

In the class kit (a PyInstaller folder) there is no `python` to run `-m ...`: sys.executable is
the app itself, which starts its worker when given ENGINE_WORKER_FLAG (packaging/entry.py).
"""

from __future__ import annotations

import sys
from pathlib import Path

ENGINE_WORKER_FLAG = "--engine-worker"
# On Windows the kit has a windowed StudyAssistant.exe (no console, and no standard streams in
# Python) and this console twin (packaging/study_assistant.spec); the worker needs the streams.
WINDOWS_CONSOLE_PROGRAM = "study-assistant.exe"


def is_frozen() -> bool:
    """True inside the PyInstaller bundle."""
    return bool(getattr(sys, "frozen", False))


def worker_argv() -> list[str]:
    """The command line that starts one engine worker process."""
    if is_frozen():
        program = Path(sys.executable)
        console = program.with_name(WINDOWS_CONSOLE_PROGRAM)
        if sys.platform == "win32" and console.is_file():
            program = console
        return [str(program), ENGINE_WORKER_FLAG]
    return [sys.executable, "-m", "assistant.core.engine.worker"]
