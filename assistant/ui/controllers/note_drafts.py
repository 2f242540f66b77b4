"""Drafts of the note being edited: autosave while typing pauses, and offering a draft back."""

from __future__ import annotations

from datetime import datetime
from typing import Protocol

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from assistant.core.store.records import Draft
from assistant.ui.controllers.library_bridge import LibraryBridge
from assistant.ui.dialogs.history_dialog import local_time

AUTOSAVE_MS = 2000  # a crash loses at most this much typing
NEW_KEY = "note:new"


def draft_key(note_id: int | None) -> str:
    """The drafts-table key of a note's editor text."""
    return NEW_KEY if note_id is None else f"note:{note_id}"


class DraftText(Protocol):
    """The part of the editor's fields a draft keeps."""

    @property
    def title(self) -> str: ...

    @property
    def body(self) -> str: ...


class DraftHost(Protocol):
    """The editor whose text the keeper saves as drafts."""

    @property
    def note_id(self) -> int | None: ...

    @property
    def saving(self) -> bool: ...

    def fields(self) -> DraftText: ...

    def has_unsaved_changes(self) -> bool: ...


class DraftKeeper(QObject):
    """Counts edits and saves the unsaved text as a draft once typing pauses."""

    autosaved = Signal(str)  # the local time of a draft save nothing was typed after
    failed = Signal(str)  # why the text could not be autosaved

    def __init__(
        self, bridge: LibraryBridge, host: DraftHost, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.bridge = bridge
        self.host = host
        self.interval_ms = AUTOSAVE_MS
        self._edits = 0  # edit count: tells whether a finished draft save is still current
        self._draft_edits = 0  # the edit count the last draft save held
        # Bumped when another note is shown: answers about the previous one are then dropped.
        self._serial = 0
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._autosave)

    def next_document(self) -> None:
        """Another note is shown: draft saves still running are no longer about it."""
        self._serial += 1

    def edited(self) -> None:
        """Count an edit and (re)start the wait for a pause in typing."""
        self._edits += 1
        if self.host.has_unsaved_changes():
            self._timer.start(self.interval_ms)
        else:
            self._timer.stop()

    def loaded(self) -> None:
        """The editor now holds stored text: nothing is waiting to be autosaved."""
        self._timer.stop()
        self._draft_edits = self._edits

    def flush(self) -> None:
        """Queue the draft save now if typing since the last one is unsaved."""
        self._timer.stop()
        if self.host.has_unsaved_changes() and self._draft_edits != self._edits:
            self._save_draft()

    def _autosave(self) -> None:
        if not self.host.has_unsaved_changes():
            return
        if self.host.saving and self.host.note_id is None:
            # The note is being added: its draft key changes once the id is known.
            self._timer.start(self.interval_ms)
            return
        self._save_draft()

    def _save_draft(self) -> None:
        key, fields = draft_key(self.host.note_id), self.host.fields()
        title, body = fields.title, fields.body
        edits, serial = self._edits, self._serial
        self._draft_edits = edits
        self.bridge.run(
            lambda store: store.save_draft(key, title, body),
            lambda _: self._draft_saved(serial, edits),
            lambda message: self.failed.emit(
                self.tr("Your text could not be autosaved: {reason}").format(reason=message)
            ),
            owner=self,
        )

    def _draft_saved(self, serial: int, edits: int) -> None:
        if serial == self._serial and edits == self._edits and not self.host.saving:
            self.autosaved.emit(datetime.now().strftime("%H:%M"))


class DraftBar(QFrame):
    """A bar offering back a draft newer than the note shown: Restore or Discard."""

    restore_clicked = Signal()
    discard_clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._offered: Draft | None = None
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        restore = QPushButton(self.tr("Restore"), self)
        discard = QPushButton(self.tr("Discard"), self)
        restore.clicked.connect(self.restore_clicked)
        discard.clicked.connect(self.discard_clicked)
        bar = QHBoxLayout(self)
        bar.addWidget(self.label, 1)
        bar.addWidget(restore)
        bar.addWidget(discard)
        self.hide()

    def offer(self, draft: Draft) -> None:
        """Show the bar for draft."""
        self._offered = draft
        self.label.setText(
            self.tr("There is unsaved text for this note from {time}. Restore it?").format(
                time=local_time(draft.updated)
            )
        )
        self.show()

    def take(self) -> Draft | None:
        """Hide the bar and hand back the draft it offered, if any."""
        draft, self._offered = self._offered, None
        self.hide()
        return draft
