"""Start-up of the desktop app: launch -> window shown -> "Ready", and the longest stall between.

Each run launches a new process that starts the app as `study-assistant gui --model MODEL` does
(the same imports, settings, window and background load) with a probe added to the main window:
a 5 ms QTimer heartbeat on the GUI thread, the time of the window's first paint, and the time the
model bar turns "Ready" (the engine's `loaded` signal). The largest gap between two beats (minus
the interval) is the longest the window could not repaint or take input while the model loaded.
Times are from just before the process is launched. Prints JSON: every run and the medians.

Usage: python benchmarks/startup_bench.py [--model starter|PATH] [--runs 5] [--cold] [--trace]
  --cold   forget the remembered model headers before each run (as on the first start)
  --trace  also list each stall over 10 ms and when the load's steps ran (for profiling)
The starter model is assembled once, before the runs, in the bench's own data dir.
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

HEARTBEAT_MS = 5
TRACE_STALL_MS = 10.0
RUN_TIMEOUT_S = 300
_LAUNCH_ENV = "STARTUP_BENCH_LAUNCHED_AT"
_RESULT_PREFIX = "STARTUP_BENCH_RESULT "
ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", default="starter")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--cold", action="store_true")
    parser.add_argument("--trace", action="store_true")
    parser.add_argument("--data-dir", type=Path, help="default: a new temporary folder")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        _child(args.model, args.trace)
        return

    data_dir = (args.data_dir or Path(tempfile.mkdtemp(prefix="sa-startup-"))).resolve()
    env = dict(os.environ, STUDY_ASSISTANT_DATA_DIR=str(data_dir))
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    if args.model == "starter":  # assembling 491 MB is a first start's job, not start-up's
        subprocess.run(
            [sys.executable, "-m", "assistant", "models", "starter"],
            env=env,
            check=True,
            stdout=subprocess.DEVNULL,
        )
    runs = []
    for _ in range(args.runs):
        if args.cold:
            (data_dir / "model-info-cache.json").unlink(missing_ok=True)
        runs.append(_launch(args, env))
    ok = [r for r in runs if not r.get("error")]
    summary: dict[str, Any] = {
        "model": args.model,
        "runs": len(runs),
        "cold": args.cold,
        "heartbeat_ms": HEARTBEAT_MS,
        "platform": env["QT_QPA_PLATFORM"],
        "cpus": os.cpu_count(),
    }
    for key in ("window_shown_s", "ready_s", "max_stall_ms"):
        values = [r[key] for r in ok]
        summary[f"median_{key}"] = round(statistics.median(values), 3) if values else None
    summary["failures"] = len(runs) - len(ok)
    print(json.dumps({"summary": summary, "each_run": runs}, indent=2))


def _launch(args: argparse.Namespace, env: dict[str, str]) -> dict[str, Any]:
    command = [sys.executable, str(Path(__file__).resolve()), "--child", "--model", args.model]
    if args.trace:
        command.append("--trace")
    env = dict(env, **{_LAUNCH_ENV: repr(time.monotonic())})
    done = subprocess.run(
        command, env=env, capture_output=True, text=True, timeout=RUN_TIMEOUT_S, cwd=ROOT
    )
    for line in done.stdout.splitlines():
        if line.startswith(_RESULT_PREFIX):
            result: dict[str, Any] = json.loads(line[len(_RESULT_PREFIX) :])
            return result
    return {"error": f"exit code {done.returncode}", "stderr": done.stderr[-2000:]}


# -- the launched app -----------------------------------------------------------------------------


def _child(model: str, trace: bool) -> None:
    launched = float(os.environ[_LAUNCH_ENV])

    def since_launch() -> float:
        return time.monotonic() - launched

    python_started = since_launch()
    # What `study-assistant gui` imports, in the same order: the command line, then the GUI.
    from assistant.cli import main as cli_main
    from assistant.ui import app as app_module

    imported = since_launch()
    steps: list[tuple[str, float, float]] = []
    if trace:
        _trace_load_steps(steps, since_launch)
        _trace_slow_events(steps, since_launch)
    probe = _Probe(since_launch)

    class ProbedWindow(app_module.MainWindow):  # type: ignore[misc, name-defined]
        def __init__(self, *a: Any, **kw: Any) -> None:
            probe.window_started = since_launch()
            super().__init__(*a, **kw)
            probe.attach(self)

    app_module.MainWindow = ProbedWindow
    code = cli_main(["gui", "--model", model])
    result = probe.result(trace) | {
        "python_started_s": round(python_started, 3),
        "imports_done_s": round(imported, 3),
        "exit_code": code,
    }
    if trace:
        result["steps"] = [(name, round(a, 3), round(b, 3)) for name, a, b in steps]
    print(_RESULT_PREFIX + json.dumps(result), flush=True)


class _Probe:
    """Heartbeat, first paint and "Ready" of the main window."""

    def __init__(self, clock: Any) -> None:
        self.clock = clock
        self.window_started = 0.0
        self.shown: float | None = None
        self.ready: float | None = None
        self.error: str | None = None
        self.beats: list[float] = []

    def attach(self, window: Any) -> None:
        from PySide6.QtCore import QEvent, QObject, QTimer
        from PySide6.QtWidgets import QApplication

        probe = self

        class FirstPaint(QObject):
            def eventFilter(self, _obj: Any, event: Any) -> bool:
                if event.type() == QEvent.Type.Paint and probe.shown is None:
                    probe.shown = probe.clock()
                return False

        self._filter = FirstPaint()
        window.installEventFilter(self._filter)
        self._heartbeat = QTimer()
        self._heartbeat.setInterval(HEARTBEAT_MS)
        self._heartbeat.timeout.connect(lambda: self.beats.append(self.clock()))
        self._heartbeat.start()

        def finish(error: str | None = None) -> None:
            if self.ready is None:
                self.ready, self.error = self.clock(), error
                QTimer.singleShot(0, QApplication.quit)

        window.bridge.loaded.connect(lambda _model: finish())
        window.bridge.load_failed.connect(finish)
        QTimer.singleShot(RUN_TIMEOUT_S * 1000 - 10_000, lambda: finish("timed out"))

    def result(self, trace: bool) -> dict[str, Any]:
        ready = self.ready or self.clock()
        # Gaps between beats up to "Ready", each beyond the interval: time the loop did not run.
        beats = [b for b in self.beats if b <= ready]
        gaps = [(b - a) * 1000 - HEARTBEAT_MS for a, b in itertools.pairwise(beats)]
        longest = max(range(len(gaps)), key=gaps.__getitem__, default=None)
        data: dict[str, Any] = {
            "window_built_from_s": round(self.window_started, 3),
            "window_shown_s": round(self.shown, 3) if self.shown is not None else None,
            "ready_s": round(ready, 3),
            "first_beat_s": round(beats[0], 3) if beats else None,
            "beats": len(beats),
            "max_stall_ms": round(gaps[longest], 1) if longest is not None else None,
            "max_stall_at_s": round(beats[longest + 1], 3) if longest is not None else None,
            "error": self.error,
        }
        if trace:
            data["stalls_over_10ms"] = [
                (round(beats[i + 1], 3), round(g, 1))
                for i, g in enumerate(gaps)
                if g > TRACE_STALL_MS
            ]
        return data


def _trace_load_steps(steps: list[tuple[str, float, float]], clock: Any) -> None:
    """Record when each step of the background load starts and ends (names only, no changes)."""
    from assistant.core.engine import local
    from assistant.ui.controllers import engine_bridge

    def timed(owner: Any, name: str, label: str) -> None:
        original = getattr(owner, name)

        def wrapper(*a: Any, **kw: Any) -> Any:
            start = clock()
            try:
                return original(*a, **kw)
            finally:
                steps.append((label, start, clock()))

        setattr(owner, name, wrapper)

    timed(engine_bridge, "resolve_model", "resolve_model")
    timed(local, "read_model_info", "read_model_info")
    timed(local.LocalEngine, "_start_worker", "start_worker (spawn + worker imports)")
    timed(local.LocalEngine, "_load_locked", "load (spawn + worker load)")
    timed(local.subprocess, "Popen", "Popen")


def _trace_slow_events(steps: list[tuple[str, float, float]], clock: Any) -> None:
    """Record each event the GUI thread took over TRACE_STALL_MS to handle (the app is made here,
    before the app's own code would make it, so that its dispatch can be timed)."""
    from PySide6.QtWidgets import QApplication

    class TimedApplication(QApplication):
        def notify(self, receiver: Any, event: Any) -> bool:
            start = clock()
            try:
                return bool(super().notify(receiver, event))
            finally:
                if (end := clock()) - start > TRACE_STALL_MS / 1000:
                    kind = f"{type(receiver).__name__} {event.type().name}"
                    steps.append((f"GUI event: {kind}", start, end))

    global _app  # kept alive for the whole run
    _app = TimedApplication(sys.argv[:1])


_app: Any = None


if __name__ == "__main__":
    main()
