"""Every request an engine bridge makes, relayed on one object (tests watch what pages ask).

A page hears only its own request's handle; a test that wants "the next outline's partials"
without reaching into the page listens here.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal

from assistant.ui.engine_bridge import EngineBridge, EngineRequest

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
        # Queued: the page connects to its request after the bridge announced it, and a test
        # reading the page's state on a relayed signal must see the page's handler done.
        queued = Qt.ConnectionType.QueuedConnection
        for name in _RELAYED:
            getattr(request, name).connect(getattr(self, name), queued)
        request.cancelled.connect(self.cancelled, queued)
        self.requested.emit(request)
