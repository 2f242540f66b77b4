"""The suite's own safety nets: a hung test fails with a stack dump instead of hanging."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

BLOCKED_IN_QT = textwrap.dedent(
    """
    from PySide6.QtCore import QEventLoop

    def test_blocked_inside_a_qt_event_loop(qtbot):
        QEventLoop().exec()  # nothing ever quits it
    """
)


def test_a_test_blocked_in_a_qt_event_loop_fails_with_a_stack_dump(tmp_path: Path) -> None:
    (tmp_path / "test_blocked.py").write_text(BLOCKED_IN_QT, encoding="utf-8")
    root = Path(__file__).resolve().parents[2]
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-p",
            "no:cacheprovider",
            "-c",
            str(root / "pyproject.toml"),
            "--rootdir",
            str(tmp_path),
            "-o",
            "timeout=3",
            str(tmp_path / "test_blocked.py"),
        ],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,  # the project's timeout settings failed if this one fires
    )
    output = done.stdout + done.stderr
    assert done.returncode != 0, output
    assert "Timeout" in output, output
    assert "test_blocked_inside_a_qt_event_loop" in output, output  # the blocked test's stack
