"""CheckerBridge: runs the prompt checker off the GUI thread, newest request wins.

A check takes a few milliseconds (all eight frameworks for "auto"), too long to repeat on the
GUI thread while someone types; the page debounces and asks here. A shown check still queued
when a newer one comes is cancelled (it never runs), and a result for text that has changed
since is dropped.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal

from assistant.core.practice.catalog import PracticeCatalog
from assistant.core.practice.checker import CheckResult, PromptChecker
from assistant.ui.tasks import Phase, SerialLane, Task, describe_failure, registry

# A check is milliseconds; a lane busier than this at quit is stuck and left behind.
SHUTDOWN_WAIT_S = 1.0


@dataclass(frozen=True)
class CheckRequest:
    """What to check: the prompt, the framework key (or "auto"), and whether R1 tips apply."""

    seq: int
    prompt: str
    framework: str
    reasoning_model: bool
    shown: bool = True  # False: a verdict the page needs but does not show (prompt B)


class CheckerBridge(QObject):
    """Checks prompts on a lane; `checked` carries the result of the newest shown request."""

    checked = Signal(object, str)  # CheckResult, and the prompt it is about
    checked_quietly = Signal(object, str)  # the same, for check(..., shown=False)
    failed = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._seq = 0
        self._shown = 0  # the newest request whose result is shown
        self._pending: Task | None = None  # the newest shown check, until it ends
        # Only touched on the lane's thread: built there on the first check.
        self._checker: PromptChecker | None = None
        self._lane = SerialLane("practice-checker")
        registry().on_shutdown(self, self.shutdown, Phase.STOP, "prompt checker")

    def set_catalog(self, catalog: PracticeCatalog) -> None:
        """Check against these frameworks from now on (e.g. after a pack import)."""
        self._lane.submit(self, lambda _c: self._use_catalog(catalog), name="checker catalog")

    def check(
        self, prompt: str, framework: str, reasoning_model: bool, *, shown: bool = True
    ) -> int:
        """Ask for a check: `checked` carries the newest shown one, `checked_quietly` the rest."""
        self._seq += 1
        request = CheckRequest(self._seq, prompt, framework, reasoning_model, shown)
        task = self._lane.submit(self, lambda _c: self._check(request), name="prompt check")
        task.succeeded.connect(lambda result: self._on_checked(request, result))
        task.failed.connect(lambda error: self._on_failed(request, error))
        if shown:
            if self._pending is not None:
                self._pending.cancel()  # superseded: skipped if it has not started
            self._pending = task
            self._shown = self._seq
            task.finished.connect(lambda: self._forget(task))
        return self._seq

    def shutdown(self, timeout: float = SHUTDOWN_WAIT_S) -> None:
        """End the lane; safe to call twice."""
        self._lane.stop(timeout)

    def _forget(self, task: Task) -> None:
        if self._pending is task:
            self._pending = None

    # -- on the lane ----------------------------------------------------------------------------

    def _use_catalog(self, catalog: PracticeCatalog) -> None:
        self._checker = PromptChecker(catalog)

    def _check(self, request: CheckRequest) -> CheckResult:
        if self._checker is None:
            self._checker = PromptChecker(PracticeCatalog.builtin())
        return self._checker.check(request.prompt, request.framework, request.reasoning_model)

    # -- on the GUI thread ----------------------------------------------------------------------

    def _on_checked(self, request: CheckRequest, result: CheckResult) -> None:
        if not request.shown:
            self.checked_quietly.emit(result, request.prompt)
        elif request.seq == self._shown:
            self.checked.emit(result, request.prompt)

    def _on_failed(self, request: CheckRequest, error: BaseException) -> None:
        if request.shown and request.seq == self._shown:
            self.failed.emit(describe_failure(error))


__all__ = ["CheckRequest", "CheckerBridge"]
