"""CheckerBridge: runs the prompt checker off the GUI thread, newest request wins.

A check takes a few milliseconds (all eight frameworks for "auto"), too long to repeat on the
GUI thread while someone types; the page debounces and asks here, and a result for text that
has changed since is dropped.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QObject, QThread, Signal, Slot

from assistant.core.errors import StudyAssistantError
from assistant.core.practice.catalog import PracticeCatalog
from assistant.core.practice.checker import CheckResult, PromptChecker
from assistant.ui.error_text import describe

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class CheckRequest:
    """What to check: the prompt, the framework key (or "auto"), and whether R1 tips apply."""

    seq: int
    prompt: str
    framework: str
    reasoning_model: bool
    shown: bool = True  # False: a verdict the page needs but does not show (prompt B)


class _CheckerWorker(QObject):
    checked = Signal(object, object)  # CheckRequest, CheckResult
    failed = Signal(object, str)

    def __init__(self) -> None:
        super().__init__()
        self._checker: PromptChecker | None = None
        self.latest = 0  # written by the GUI thread: skip requests already superseded

    @Slot(object)
    def set_catalog(self, catalog: PracticeCatalog) -> None:
        self._checker = PromptChecker(catalog)

    @Slot(object)
    def check(self, request: CheckRequest) -> None:
        if request.shown and request.seq < self.latest:
            return
        try:
            if self._checker is None:
                self._checker = PromptChecker(PracticeCatalog.builtin())
            result = self._checker.check(request.prompt, request.framework, request.reasoning_model)
        except StudyAssistantError as exc:
            self.failed.emit(request, describe(exc))
        except Exception as exc:  # a bug: log it, keep the page alive
            log.exception("prompt check failed")
            self.failed.emit(request, f"{type(exc).__name__}: {exc}")
        else:
            self.checked.emit(request, result)


class CheckerBridge(QObject):
    """Checks prompts on a worker thread; `checked` carries the result of the newest request."""

    checked = Signal(object, str)  # CheckResult, and the prompt it is about
    checked_quietly = Signal(object, str)  # the same, for check(..., shown=False)
    failed = Signal(str)

    _check_requested = Signal(object)
    _catalog_changed = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._seq = 0
        self._shown = 0  # the newest request whose result is shown
        self._thread = QThread()
        self._thread.setObjectName("practice-checker")
        self._worker = _CheckerWorker()
        self._worker.moveToThread(self._thread)
        self._check_requested.connect(self._worker.check)
        self._catalog_changed.connect(self._worker.set_catalog)
        self._worker.checked.connect(self._on_checked)
        self._worker.failed.connect(self._on_failed)
        self._thread.finished.connect(self._worker.deleteLater)
        self._thread.start()
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.shutdown)

    def set_catalog(self, catalog: PracticeCatalog) -> None:
        """Check against these frameworks from now on (e.g. after a pack import)."""
        self._catalog_changed.emit(catalog)

    def check(
        self, prompt: str, framework: str, reasoning_model: bool, *, shown: bool = True
    ) -> int:
        """Ask for a check: `checked` carries the newest shown one, `checked_quietly` the rest."""
        self._seq += 1
        if shown:
            self._worker.latest = self._seq
            self._shown = self._seq
        request = CheckRequest(self._seq, prompt, framework, reasoning_model, shown)
        self._check_requested.emit(request)
        return self._seq

    def shutdown(self) -> None:
        """Stop the worker thread; safe to call twice."""
        if self._thread.isRunning():
            self._thread.quit()
            self._thread.wait()

    @Slot(object, object)
    def _on_checked(self, request: CheckRequest, result: CheckResult) -> None:
        if not request.shown:
            self.checked_quietly.emit(result, request.prompt)
        elif request.seq == self._shown:
            self.checked.emit(result, request.prompt)

    @Slot(object, str)
    def _on_failed(self, request: CheckRequest, message: str) -> None:
        if request.shown and request.seq == self._shown:
            self.failed.emit(message)
