"""Desktop tests run without a screen unless the runner chose a platform; shared fixtures."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from assistant.ui.controllers.library_bridge import LibraryBridge


@pytest.fixture
def bridge(qtbot: QtBot, tmp_path: Path) -> Iterator[LibraryBridge]:
    """A notes library in tmp_path, opened on its worker thread; shut down afterwards."""
    b = LibraryBridge(tmp_path / "library.db")
    with qtbot.waitSignal(b.opened, timeout=5000):
        pass
    yield b
    b.shutdown()
