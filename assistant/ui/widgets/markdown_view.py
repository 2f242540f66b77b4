"""A read-only view for Markdown written by a model: no raw HTML, no remote resources."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QUrl
from PySide6.QtGui import (
    QDesktopServices,
    QFont,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import QMessageBox, QTextBrowser, QWidget

_FEATURES = QTextDocument.MarkdownFeature
# GitHub Markdown (tables, task lists, strikethrough) with raw HTML shown as text: model output
# is untrusted, and `<img src=...>` or `<a>` in it must not become live markup.
MARKDOWN_FEATURES = _FEATURES(
    _FEATURES.MarkdownDialectGitHub.value | _FEATURES.MarkdownNoHTML.value
)
# Space above a section's first line, in pixels, so turns of a conversation read apart.
SECTION_GAP = 10


class MarkdownView(QTextBrowser):
    """Shows a growing list of sections: plain-text lines and Markdown blocks.

    Each Markdown block is parsed on its own, so an unclosed code fence in one (a stopped
    answer, say) cannot swallow the sections after it. The last Markdown block can be
    re-rendered while it streams.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.anchorClicked.connect(self.confirm_and_open)
        # Nobody undoes a read-only transcript, and the undo stack would grow with every render.
        self.document().setUndoRedoEnabled(False)
        # Whether the view follows the end as text arrives: until the reader scrolls away from
        # it. Kept as a state, not judged from the scroll bar at each edit: the document's
        # layout (and so the bar's range) catches up later, by more than a line at a time.
        self._following = True
        bar = self.verticalScrollBar()
        bar.actionTriggered.connect(self._on_reader_scrolled)
        bar.rangeChanged.connect(self._keep_following)

    def confirm_and_open(self, url: QUrl) -> bool:
        """A link in model output opens only after the user sees where it goes and agrees."""
        if url.scheme() not in ("http", "https", "mailto"):
            return False  # file:, javascript: and the like are never opened from a model's text
        answer = QMessageBox.question(
            self,
            self.tr("Open link?"),
            self.tr("Open this link in your web browser?\n\n{url}").format(
                url=url.toDisplayString()
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        return bool(QDesktopServices.openUrl(url))

    def loadResource(self, kind: int, name: QUrl | str, /) -> Any:
        """Only inline data: URLs; nothing is read from the network or the disk."""
        url = QUrl(name)
        if url.scheme() == "data":
            return super().loadResource(kind, url)
        return None

    def clear_sections(self) -> None:
        """Remove everything shown."""
        self.clear()
        self._following = True

    def append_text(self, text: str, *, bold: bool = False, muted: bool = False) -> None:
        """Add a section of plain text (never parsed as Markdown)."""
        cursor = self._new_section(gap=bold)
        fmt = QTextCharFormat()
        if bold:
            fmt.setFontWeight(QFont.Weight.Bold)
        if muted:
            fmt.setFontItalic(True)
            fmt.setForeground(self.palette().placeholderText())
        with self._following_end():
            cursor.insertText(text, fmt)

    def append_markdown(self, markdown: str) -> int:
        """Add a Markdown section; returns its anchor for replace_last_markdown."""
        anchor = self._end_position()
        with self._following_end():
            self._insert_markdown(markdown)
        return anchor

    def replace_last_markdown(self, anchor: int, markdown: str) -> None:
        """Render markdown in place of everything from anchor (a streaming answer) to the end."""
        cursor = QTextCursor(self.document())
        cursor.setPosition(anchor)
        cursor.movePosition(QTextCursor.MoveOperation.End, QTextCursor.MoveMode.KeepAnchor)
        with self._following_end():
            cursor.removeSelectedText()
            self._insert_markdown(markdown)

    def scroll_to_end(self) -> None:
        """Show the end, and keep following it as text is added (a new question was asked)."""
        self._following = True
        self._keep_following()

    def is_following(self) -> bool:
        """Whether new text scrolls into view (the reader has not scrolled away from the end)."""
        return self._following

    def _on_reader_scrolled(self, _action: int) -> None:
        # Emitted for the reader's wheel, drag and keys, before the value changes.
        bar = self.verticalScrollBar()
        self._following = bar.sliderPosition() >= bar.maximum() - 4

    def _keep_following(self, *_range: int) -> None:
        if self._following:
            bar = self.verticalScrollBar()
            bar.setValue(bar.maximum())

    def _insert_markdown(self, markdown: str) -> None:
        cursor = self._new_section()
        first = cursor.block()
        cursor.insertMarkdown(markdown, MARKDOWN_FEATURES)
        if not first.text() and first.next().isValid():
            # Markdown that opens with a list leaves the fresh block empty above it; deleting
            # from the list's side keeps the list format. (Before a table Qt refuses, which
            # only leaves a blank line.)
            QTextCursor(first.next()).deletePreviousChar()

    def _end_position(self) -> int:
        return self.document().characterCount() - 1

    def _new_section(self, gap: bool = False) -> QTextCursor:
        """A cursor at the start of a fresh, unformatted block at the end."""
        cursor = QTextCursor(self.document())
        cursor.movePosition(QTextCursor.MoveOperation.End)
        block = QTextBlockFormat()
        if gap:
            block.setTopMargin(SECTION_GAP)
        if self.document().isEmpty():
            cursor.setBlockFormat(block)
            cursor.setBlockCharFormat(QTextCharFormat())
        else:
            cursor.insertBlock(block, QTextCharFormat())
        return cursor

    def _following_end(self) -> _FollowEnd:
        return _FollowEnd(self)


class _FollowEnd:
    """After an edit, scrolls to the end if the view follows it (the bar may lag: see above)."""

    def __init__(self, view: MarkdownView) -> None:
        self._view = view

    def __enter__(self) -> None:
        pass

    def __exit__(self, *_exc: object) -> None:
        self._view._keep_following()
