"""The Practice page: the prompt-practice room (frameworks, checker, exercises) is built next."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


class PracticePage(QWidget):
    """Says what the practice room will hold, so the tab is not a blank mystery meanwhile."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        label = QLabel(
            self.tr(
                "<h2>Prompt practice</h2><p>Practise the prompt frameworks your course teaches "
                "(RTF, BROKE, CO-STAR and more), see what a prompt lacks and compare two prompts "
                "side by side. This room opens in the next version of Study Assistant.</p>"
                "<p>Meanwhile, try your prompts on the Chat page.</p>"
            ),
            self,
        )
        label.setWordWrap(True)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(label)
        layout.addStretch(2)
