"""Longest GUI event-loop stall while the window loads a model and streams a 500-token answer.

A 5 ms QTimer heartbeat runs on the GUI thread from the moment the window is shown (building
the window before that is start-up: benchmarks/startup_bench.py); the largest gap between two
beats (minus the interval) is the longest the window could not repaint or take input. The
process is set up as the app's own start-up sets it up (the GIL switch interval). The starter
model is assembled before the clock starts: joining 491 MB is a first start's job, not a load's.
Prints JSON. Usage: python benchmarks/gui_stall_bench.py [--model PATH|starter] [--tokens N]
[--trace] (--trace: also each GUI event that took over 10 ms to handle, to find a stall's cause)
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))  # this checkout
os.environ.setdefault("STUDY_ASSISTANT_DATA_DIR", tempfile.mkdtemp(prefix="sa-stall-"))

from PySide6.QtCore import QElapsedTimer, QEventLoop, QThread, QTimer
from PySide6.QtWidgets import QApplication

from assistant.core import paths
from assistant.core.engine.requests import Sampling
from assistant.core.models.starter import ensure_starter_model
from assistant.ui.app import GIL_SWITCH_INTERVAL_S
from assistant.ui.main_window import MainWindow

HEARTBEAT_MS = 5


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--model", default="starter")
    parser.add_argument("--tokens", type=int, default=500)
    parser.add_argument("--trace", action="store_true")
    args = parser.parse_args()
    if args.model == "starter":
        ensure_starter_model(paths.models_dir())

    sys.setswitchinterval(GIL_SWITCH_INTERVAL_S)
    clock = QElapsedTimer()
    clock.start()
    slow_events: list[tuple[float, float, str]] = []
    app = _timed_application(clock, slow_events) if args.trace else QApplication(sys.argv)
    gaps: list[float] = []
    last = [clock.nsecsElapsed()]

    def beat() -> None:
        now = clock.nsecsElapsed()
        gaps.append((now - last[0]) / 1e6 - HEARTBEAT_MS)
        last[0] = now

    heartbeat = QTimer()
    heartbeat.setInterval(HEARTBEAT_MS)
    heartbeat.timeout.connect(beat)
    heartbeat.start()

    def wait_for(signal: object, timeout_ms: int) -> None:
        loop = QEventLoop()
        signal.connect(loop.quit)  # type: ignore[attr-defined]
        QTimer.singleShot(timeout_ms, loop.quit)
        loop.exec()

    started = time.perf_counter()
    window = MainWindow(model=args.model)
    window.show()
    shown_at = time.perf_counter()
    gaps.clear()
    last[0] = clock.nsecsElapsed()
    wait_for(window.bridge.loaded, 120_000)
    load_gaps = list(gaps)
    loaded_at = time.perf_counter()
    tokens = [0]
    # Each request has its own handle: count the tokens of the answer about to be asked.
    window.bridge.requested.connect(
        lambda request: request.token.connect(lambda _t: tokens.__setitem__(0, tokens[0] + 1))
    )
    window.chat.sampling = Sampling(max_tokens=args.tokens, temperature=0.7, seed=1)
    window.chat.input.setPlainText(
        "Write a detailed study guide about writing good prompts for office work, with many "
        "numbered sections and examples."
    )
    gaps.clear()
    window.chat.send()
    wait_for(window.bridge.finished, 300_000)
    answer_s = time.perf_counter() - loaded_at
    generation_gaps = list(gaps)
    window.close()
    heartbeat.stop()
    app.processEvents()
    everything = load_gaps + generation_gaps
    print(
        json.dumps(
            {
                "model": args.model,
                "answer_tokens_asked": args.tokens,
                "token_signals": tokens[0],
                "load_s": round(loaded_at - started, 2),
                "window_built_s": round(shown_at - started, 2),
                "answer_s": round(answer_s, 2),
                "heartbeat_ms": HEARTBEAT_MS,
                "beats": len(everything),
                "max_stall_ms_during_load": round(max(load_gaps, default=0.0), 1),
                "max_stall_ms_during_generation": round(max(generation_gaps, default=0.0), 1),
                "p99_stall_ms": round(
                    statistics.quantiles(everything, n=100)[98] if len(everything) > 100 else 0,
                    1,
                ),
            },
            indent=2,
        )
    )
    if args.trace:
        print(json.dumps({"slow_gui_events": slow_events}))


def _timed_application(clock: QElapsedTimer, slow: list[tuple[float, float, str]]) -> QApplication:
    """An application that notes each event its GUI thread took over 10 ms to handle."""

    class TimedApplication(QApplication):
        def notify(self, receiver: object, event: object) -> bool:
            start = clock.nsecsElapsed()
            try:
                return bool(super().notify(receiver, event))  # type: ignore[arg-type]
            finally:
                took_ms = (clock.nsecsElapsed() - start) / 1e6
                if took_ms > 10 and QThread.currentThread() is self.thread():
                    kind = f"{type(receiver).__name__} {event.type().name}"  # type: ignore[attr-defined]
                    slow.append((round(start / 1e9, 3), round(took_ms, 1), kind))

    return TimedApplication(sys.argv)


if __name__ == "__main__":
    main()
