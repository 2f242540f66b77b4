"""`study-assistant chat`: one conversation over stdin lines; a killed worker costs one answer."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest


def _children(pid: int) -> list[int]:
    """Process ids whose parent is pid (read from /proc)."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        # The command name is in parentheses and may hold spaces: the parent id follows it.
        if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
            found.append(int(entry.name))
    return found


def _wait_until_dead(pid: int) -> None:
    """Wait until pid is a zombie (pytest-timeout ends a wait that never does)."""
    while (Path("/proc") / str(pid) / "stat").read_text().rsplit(")", 1)[1].split()[0] != "Z":
        time.sleep(0.01)


def _chat(model: Path) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "assistant", "chat", "--model", str(model), "--max-tokens", "8"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def _read_answer(proc: subprocess.Popen[str]) -> str:
    """Read stdout up to the blank line that ends an answer."""
    assert proc.stdout is not None
    lines = []
    while (line := proc.stdout.readline()) not in ("\n", ""):
        lines.append(line)
    return "".join(lines)


def test_chat_answers_each_line_and_ends_at_eof(tiny_model: Path) -> None:
    proc = _chat(tiny_model)
    out, err = proc.communicate("Hello\n\nAnd again?\n", timeout=120)
    assert proc.returncode == 0, err
    assert out.count("\n\n") == 2  # two answers, the blank line skipped


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="finds the worker through /proc")
def test_killed_worker_then_the_next_question_is_answered(tiny_model: Path) -> None:
    proc = _chat(tiny_model)
    assert proc.stdin is not None
    try:
        proc.stdin.write("Hello\n")
        proc.stdin.flush()
        _read_answer(proc)
        workers = _children(proc.pid)
        assert len(workers) == 1
        os.kill(workers[0], signal.SIGKILL)
        _wait_until_dead(workers[0])  # a kill during an answer is the smoke test's (packaging/)
        proc.stdin.write("Still there?\n")
        proc.stdin.flush()
        _read_answer(proc)
        restarted = _children(proc.pid)
        assert len(restarted) == 1 and restarted != workers
        proc.stdin.close()
        assert proc.wait(timeout=60) == 0  # the last question was answered
        assert proc.stderr is not None and "error" not in proc.stderr.read()
    finally:
        proc.kill()
        proc.wait()
