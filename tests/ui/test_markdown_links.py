"""Links in model output open only after the user clicks and confirms; never file: links."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from assistant.ui.widgets.markdown_view import MarkdownView


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    seen: list[str] = []
    monkeypatch.setattr(
        QDesktopServices, "openUrl", lambda url: seen.append(url.toString()) or True
    )
    return seen


def test_a_link_opens_only_when_confirmed(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, opened: list[str]
) -> None:
    view = MarkdownView()
    qtbot.addWidget(view)
    answers = iter([QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes])
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: next(answers))
    view.anchorClicked.emit(QUrl("https://example.org/a"))
    assert opened == []
    view.anchorClicked.emit(QUrl("https://example.org/a"))
    assert opened == ["https://example.org/a"]


def test_file_and_script_links_never_open(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, opened: list[str]
) -> None:
    view = MarkdownView()
    qtbot.addWidget(view)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    assert view.confirm_and_open(QUrl("file:///etc/passwd")) is False
    assert view.confirm_and_open(QUrl("javascript:alert(1)")) is False
    assert opened == []
