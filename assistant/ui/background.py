"""One-off blocking calls (reading a lecture file...) on a pool thread; results on the GUI thread.

The engine and the library have their own serial threads; this is for independent work that
must not wait behind a model answer or fail when the library is closed.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

from assistant.core.errors import StudyAssistantError
from assistant.ui.error_text import describe

log = logging.getLogger(__name__)


class _Relay(QObject):
    """Lives on the GUI thread; the pool thread's emits reach it as queued calls."""

    succeeded = Signal(object)
    failed = Signal(str)


# Relays of calls still running: held here so Python cannot collect one before its result.
_running: set[_Relay] = set()


class _Call(QRunnable):
    def __init__(self, fn: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self._fn = fn
        self._relay = relay

    def run(self) -> None:
        try:
            result = self._fn()
        except StudyAssistantError as exc:
            self._relay.failed.emit(describe(exc))
        except Exception as exc:  # a bug: log it, keep the window alive
            log.exception("background call failed")
            self._relay.failed.emit(describe(exc))
        else:
            self._relay.succeeded.emit(result)


def run_in_background(
    owner: QObject,
    fn: Callable[[], Any],
    on_done: Callable[[Any], None],
    on_failed: Callable[[str], None],
) -> None:
    """Call fn() on a pool thread; on_done(result) or on_failed(message) follow on the GUI thread.

    Nothing is called back once owner is deleted (a page closed while a file was read).
    """
    relay = _Relay()
    _running.add(relay)

    def finish() -> None:
        _running.discard(relay)
        relay.deleteLater()

    @Slot(object)
    def done(result: Any) -> None:
        finish()
        if shiboken6.isValid(owner):
            on_done(result)

    @Slot(str)
    def failed(message: str) -> None:
        finish()
        if shiboken6.isValid(owner):
            on_failed(message)

    relay.succeeded.connect(done)
    relay.failed.connect(failed)
    QThreadPool.globalInstance().start(_Call(fn, relay))
