"""Every request an engine bridge makes, relayed on one object (tests watch what pages ask).

A page hears only its own request's handle; a test that wants "the next outline's partials"
without reaching into the page listens here.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal

from assistant.ui.controllers.engine_bridge import EngineBridge, EngineRequest

_RELAYED = ("token", "reasoning", "speed", "step", "partial", "stopped", "succeeded", "failed")


class RequestFeed(QObject):
    """The signals of every request made on bridge from now on, in one place."""

    requested = Signal(object)
    token = Signal(str)
    reasoning = Signal(str)
    speed = Signal(float)
    step = Signal(object)
    partial = Signal(object)
    stopped = Signal(object)
    succeeded = Signal(object)
    failed = Signal(object)
    cancelled = Signal()

    def __init__(self, bridge: EngineBridge) -> None:
        super().__init__(bridge)
        bridge.requested.connect(self._watch)

    def _watch(self, request: EngineRequest) -> None:
        # Connected on the next turn of the event loop, which the bridge announced before the
        # request's first event could be posted: after the page's own connections (made when
        # the request returned), so a test reading the page's state here sees it updated.
        QTimer.singleShot(0, self, lambda: self._connect(request))

    def _connect(self, request: EngineRequest) -> None:
        for name in _RELAYED:
            getattr(request, name).connect(getattr(self, name))
        request.cancelled.connect(self.cancelled)
        self.requested.emit(request)
