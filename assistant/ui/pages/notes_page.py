"""The Notes page: write a note in Markdown beside its preview, with drafts, history and export."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QTextCursor
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from assistant.core.store.notes import NotesStore
from assistant.core.store.records import Draft, Note, NoteVersion
from assistant.ui.controllers.card_maker import CardMaker
from assistant.ui.controllers.library_bridge import LibraryBridge
from assistant.ui.controllers.note_drafts import NEW_KEY, DraftBar, DraftKeeper, draft_key
from assistant.ui.controllers.note_export import NoteExporter
from assistant.ui.dialogs.history_dialog import HistoryDialog
from assistant.ui.language import Retranslating
from assistant.ui.widgets.markdown_view import MarkdownView

PREVIEW_DELAY_MS = 300  # re-render the preview once typing pauses, not on every key


def split_tags(text: str) -> tuple[str, ...]:
    """Tags typed as "a, b" (Chinese commas too), without duplicates, sorted like the store."""
    return tuple(sorted({t.strip() for t in re.split(r"[,，、;；]", text) if t.strip()}))


@dataclass(frozen=True)
class NoteFields:
    """What the editor holds, normalised so equal notes compare equal."""

    title: str
    body: str
    course: str
    lesson: str
    tags: tuple[str, ...]

    @classmethod
    def of(cls, note: Note) -> NoteFields:
        """The fields of a stored note."""
        return cls(note.title, note.body, note.course or "", note.lesson or "", tuple(note.tags))

    def write(self, store: NotesStore, note_id: int | None) -> int:
        """Add the note (note_id None) or update it; returns its id."""
        course, lesson = self.course or None, self.lesson or None
        if note_id is None:
            return store.add(self.title, self.body, course=course, lesson=lesson, tags=self.tags)
        store.update(
            note_id, title=self.title, body=self.body, course=course, lesson=lesson, tags=self.tags
        )
        return note_id


class NotesPage(Retranslating, QWidget):
    """One note at a time: title, course, lesson, tags and a Markdown body with its preview."""

    saved = Signal(int)
    deleted = Signal(int)
    exported = Signal(object)  # the Path written (a folder for Markdown)

    def __init__(self, bridge: LibraryBridge, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bridge = bridge
        self.preview_delay_ms = PREVIEW_DELAY_MS
        self.history_dialog: HistoryDialog | None = None
        self._note_id: int | None = None
        self._baseline = NoteFields("", "", "", "", ())
        self._loading = False
        # The document whose save is under way (None: none): a save belongs to the note it
        # was asked for, so a new note opened meanwhile is not shown as "Saving…".
        self._saving_serial: int | None = None
        # Bumped when another note is shown: answers about the previous one are then dropped.
        self._doc_serial = 0
        self._pending_open: int | None = None
        self._lessons_serial = 0
        # A passage to select once its note is shown: (note id, start, end).
        self._highlight: tuple[int, int, int] | None = None
        self.drafts = DraftKeeper(bridge, self, self)
        self.drafts.autosaved.connect(lambda time: self._update_state(autosaved_at=time))
        self.drafts.failed.connect(self._show_message)
        self.card_maker = CardMaker(bridge, self)
        self.exporter = NoteExporter(bridge, lambda: self._baseline.course, self)
        self.exporter.message.connect(self._show_message)
        self.exporter.exported.connect(self.exported)
        self._build()
        self.bridge.changed.connect(self._refresh_places)
        self._refresh_places()
        self._load_fields(None, self._baseline)

    # -- layout ------------------------------------------------------------------------------------

    def _build(self) -> None:
        self.new_button = self._button(self.tr("New"), self.tr("Start a new note"), self.new_note)
        self.save_button = self._button(
            self.tr("Save"), self.tr("Save the note (Ctrl+S)"), self.save
        )
        self.delete_button = self._button(
            self.tr("Delete"), self.tr("Delete this note"), self.delete_note
        )
        self.history_button = self._button(
            self.tr("History"), self.tr("Earlier versions of this note"), self.show_history
        )
        self.cards_button = self._button(
            self.tr("Make cards"),
            self.tr(
                "Review cards from this note: a selection becomes a fill-in-the-gap card; "
                "an outline gives its key terms and review questions"
            ),
            self.make_cards,
        )
        self.export_button = QToolButton(self)
        self.export_button.setText(self.tr("Export"))
        self.export_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.export_menu = QMenu(self.export_button)
        self.export_menu.aboutToShow.connect(lambda: self.exporter.fill_menu(self.export_menu))
        self.export_button.setMenu(self.export_menu)
        self.state_label = QLabel(self)
        self.state_label.setAccessibleName(self.tr("Save state"))
        QShortcut(QKeySequence.StandardKey.Save, self).activated.connect(self.save)

        self.restore_bar = DraftBar(self)
        self.restore_bar.restore_clicked.connect(self.restore_draft)
        self.restore_bar.discard_clicked.connect(self.discard_draft)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.hide()

        self.title_edit = QLineEdit(self)
        self.title_edit.setPlaceholderText(self.tr("Title"))
        self.title_edit.setAccessibleName(self.tr("Title"))
        self.course_box = self._combo(self.tr("Course"))
        self.lesson_box = self._combo(self.tr("Lesson"))
        self.tags_edit = QLineEdit(self)
        self.tags_edit.setPlaceholderText(self.tr("tag, another tag"))
        self.tags_edit.setAccessibleName(self.tr("Tags"))
        self.editor = QPlainTextEdit(self)
        self.editor.setAccessibleName(self.tr("Note text (Markdown)"))
        self.editor.setPlaceholderText(
            self.tr("Write in Markdown: # heading, - list item, **bold**.")
        )
        self.preview = MarkdownView(self)
        self.preview.setAccessibleName(self.tr("Preview"))
        self.preview.setPlaceholderText(self.tr("The preview appears here as you write."))
        self.splitter = QSplitter(self)
        self.splitter.addWidget(self.editor)
        self.splitter.addWidget(self.preview)

        for signal in (self.title_edit.textChanged, self.tags_edit.textChanged):
            signal.connect(self._on_edited)
        self.editor.textChanged.connect(self._on_edited)
        self.lesson_box.editTextChanged.connect(self._on_edited)
        self.course_box.editTextChanged.connect(self._on_course_edited)
        self._preview_timer = self._timer(self._render_preview)

        tools = QHBoxLayout()
        for button in (self.new_button, self.save_button, self.delete_button):
            tools.addWidget(button)
        tools.addWidget(self.history_button)
        tools.addWidget(self.cards_button)
        tools.addWidget(self.export_button)
        tools.addStretch(1)
        tools.addWidget(self.state_label)
        fields = QGridLayout()
        fields.addWidget(self.title_edit, 0, 0, 1, 6)
        for column, (label, widget) in enumerate(
            [
                (self.tr("Course"), self.course_box),
                (self.tr("Lesson"), self.lesson_box),
                (self.tr("Tags"), self.tags_edit),
            ]
        ):
            caption = QLabel(label, self)
            caption.setBuddy(widget)
            fields.addWidget(caption, 1, column * 2)
            fields.addWidget(widget, 1, column * 2 + 1)
            fields.setColumnStretch(column * 2 + 1, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(tools)
        layout.addWidget(self.restore_bar)
        layout.addWidget(self.message)
        layout.addLayout(fields)
        layout.addWidget(self.splitter, 1)

    def _button(self, text: str, tip: str, slot: Callable[[], object]) -> QPushButton:
        button = QPushButton(text, self)
        button.setToolTip(tip)
        button.clicked.connect(lambda: slot())
        return button

    def _combo(self, name: str) -> QComboBox:
        combo = QComboBox(self)
        combo.setEditable(True)
        combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        combo.setAccessibleName(name)
        line = combo.lineEdit()
        if line is not None:
            line.setPlaceholderText(self.tr("(none)"))
        return combo

    def _timer(self, slot: Callable[[], None]) -> QTimer:
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.timeout.connect(slot)
        return timer

    # -- public ------------------------------------------------------------------------------------

    @property
    def note_id(self) -> int | None:
        """The id of the note shown, None for a new note not saved yet."""
        return self._note_id

    def fields(self) -> NoteFields:
        """What the editor holds now."""
        return NoteFields(
            self.title_edit.text().strip(),
            self.editor.toPlainText(),
            self.course_box.currentText().strip(),
            self.lesson_box.currentText().strip(),
            split_tags(self.tags_edit.text()),
        )

    @property
    def saving(self) -> bool:
        """Whether a save of the note is under way."""
        return self._saving

    @property
    def _saving(self) -> bool:
        return self._saving_serial is not None and self._saving_serial == self._doc_serial

    @property
    def autosave_interval_ms(self) -> int:
        """How long typing must pause before the text is autosaved as a draft."""
        return self.drafts.interval_ms

    @autosave_interval_ms.setter
    def autosave_interval_ms(self, ms: int) -> None:
        self.drafts.interval_ms = ms

    def has_unsaved_changes(self) -> bool:
        """Whether the editor differs from the stored note."""
        return self.fields() != self._baseline

    def state_text(self) -> str:
        """The save state shown, e.g. "Saved" or "Draft autosaved 10:42"."""
        return self.state_label.text()

    def open_note(self, note_id: int) -> None:
        """Show a stored note (the current text is kept as a draft first)."""
        if note_id == self._pending_open or (
            note_id == self._note_id and self._pending_open is None
        ):
            return
        self.flush_draft()
        serial = self._next_document()
        self._pending_open = note_id
        key = draft_key(note_id)
        self.bridge.run(
            lambda store: (store.get(note_id), store.draft(key)),
            lambda result: self._show_note(serial, *result),
            lambda message: self._open_failed(serial, message),
            owner=self,
        )

    def open_note_at(self, note_id: int, start: int, end: int) -> None:
        """Show a stored note with the characters start..end selected (a cited passage)."""
        self._highlight = (note_id, start, end)
        if note_id == self._note_id and self._pending_open is None:
            self._apply_highlight()
        else:
            self.open_note(note_id)

    def _apply_highlight(self) -> None:
        if self._highlight is None or self._highlight[0] != self._note_id:
            return
        _, start, end = self._highlight
        self._highlight = None
        if self.has_unsaved_changes():
            return  # the offsets are the stored text's; edited text may have moved them
        cursor = self.editor.textCursor()
        length = len(self.editor.toPlainText())
        cursor.setPosition(min(start, length))
        cursor.setPosition(min(end, length), QTextCursor.MoveMode.KeepAnchor)
        self.editor.setTextCursor(cursor)
        self.editor.centerCursor()
        self.editor.setFocus()

    def make_cards(self) -> None:
        """Cards from the stored note: a cloze of the selection, or an outline's parts."""
        if self._note_id is None or self.has_unsaved_changes():
            self._show_message(self.tr("Save the note first, then make cards from it."))
            return
        cursor = self.editor.textCursor()
        selection = (cursor.selectionStart(), cursor.selectionEnd())
        self.card_maker.make(self._note_id, self._show_message, selection)

    def new_note(self, course: str | None = None, lesson: str | None = None) -> None:
        """Start an empty note, optionally in a course and lesson."""
        self.flush_draft()
        serial = self._next_document()
        self._load_fields(None, NoteFields("", "", course or "", lesson or "", ()))
        self.bridge.run(
            lambda store: store.draft(NEW_KEY),
            lambda draft: self._offer_draft(serial, draft),
            owner=self,
        )
        self.title_edit.setFocus()

    def flush_draft(self) -> None:
        """Queue the draft save now if typing since the last one is unsaved (call on close)."""
        self.drafts.flush()

    def save(self) -> None:
        """Write the note (add or update) and forget its draft."""
        if self._saving or self._pending_open is not None:
            return
        fields = self.fields()
        if self._note_id is None and not (fields.title or fields.body.strip()):
            self._show_message(self.tr("Write a title or some text first."))
            return
        if fields.lesson and not fields.course:
            self._show_message(self.tr("A lesson belongs to a course: choose the course too."))
            return
        note_id, serial = self._note_id, self._doc_serial

        def job(store: NotesStore) -> Note:
            saved_id = fields.write(store, note_id)
            store.discard_draft(draft_key(note_id))
            return store.get(saved_id)

        self._set_saving(serial)
        self.bridge.run(
            job,
            lambda note: self._saved(serial, fields, note),
            lambda message: self._save_failed(serial, message),
            writes=True,
            owner=self,
        )

    def delete_note(self) -> None:
        """Delete the note shown, after the user confirms."""
        note_id = self._note_id
        if note_id is None or self._saving:
            return
        title = self._baseline.title
        answer = QMessageBox.question(
            self,
            self.tr("Delete note"),
            self.tr("Delete “{title}” and its history? This cannot be undone.").format(title=title),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        serial = self._doc_serial

        def job(store: NotesStore) -> None:
            store.delete(note_id)
            store.discard_draft(draft_key(note_id))

        self.bridge.run(
            job,
            lambda _: self._deleted(serial, note_id, title),
            lambda message: self._show_message(
                self.tr("The note could not be deleted: {reason}").format(reason=message)
            ),
            writes=True,
            owner=self,
        )

    def show_history(self) -> None:
        """Open the history of the note shown."""
        note_id = self._note_id
        if note_id is None:
            return
        if self.history_dialog is not None:
            self.history_dialog.close()
            self.history_dialog.deleteLater()
        dialog = HistoryDialog(self._baseline.title, self)
        self.history_dialog = dialog
        dialog.restore_requested.connect(self.restore_version)

        # A dialog closed and replaced meanwhile is gone: only the current one is filled.
        def show(versions: list[NoteVersion]) -> None:
            if dialog is self.history_dialog:
                dialog.set_versions(versions)

        def fail(message: str) -> None:
            if dialog is self.history_dialog:
                dialog.set_error(message)

        self.bridge.run(lambda store: store.versions(note_id), show, fail, owner=self)
        dialog.show()

    def restore_version(self, version_id: int) -> None:
        """Bring back an earlier version; unsaved text becomes a version too, so nothing is lost."""
        note_id = self._note_id
        if note_id is None:
            return
        unsaved = self.fields() if self.has_unsaved_changes() else None
        serial = self._doc_serial

        def job(store: NotesStore) -> Note:
            if unsaved is not None:
                unsaved.write(store, note_id)
            note = store.restore_version(note_id, version_id)
            store.discard_draft(draft_key(note_id))
            return note

        self.bridge.run(
            job,
            lambda note: self._restored(serial, note),
            lambda message: self._show_message(
                self.tr("The version could not be restored: {reason}").format(reason=message)
            ),
            writes=True,
            owner=self,
        )

    def restore_draft(self) -> None:
        """Put the offered draft into the editor (it still needs saving)."""
        draft = self.restore_bar.take()
        if draft is not None:
            self.title_edit.setText(draft.title)
            self.editor.setPlainText(draft.body)

    def discard_draft(self) -> None:
        """Forget the offered draft."""
        self.restore_bar.take()
        key = draft_key(self._note_id)
        self.bridge.run(lambda store: store.discard_draft(key), owner=self)

    def export(self, fmt: str, whole_library: bool = False) -> None:
        """Export this note's course (or every note) as "markdown", "html", "json" or "pdf"."""
        self.exporter.export(fmt, whole_library)

    # -- loading and editing -----------------------------------------------------------------------

    def _next_document(self) -> int:
        self._doc_serial += 1
        self._pending_open = None
        self.drafts.next_document()
        self.restore_bar.take()
        self.message.hide()
        return self._doc_serial

    def _show_note(self, serial: int, note: Note, draft: Draft | None) -> None:
        if serial != self._doc_serial:
            return
        self._pending_open = None
        self._load_fields(note.id, NoteFields.of(note))
        if draft is not None and draft.updated > note.updated:
            self._offer_draft(serial, draft)
        self._apply_highlight()

    def _open_failed(self, serial: int, message: str) -> None:
        if serial == self._doc_serial:
            self._pending_open = None
            self._show_message(
                self.tr("The note could not be opened: {reason}").format(reason=message)
            )

    def _load_fields(self, note_id: int | None, fields: NoteFields) -> None:
        self._loading = True
        try:
            self._note_id = note_id
            self._baseline = fields
            # Only what differs is replaced: after Ctrl+S the cursor and scroll stay put.
            for line, text in (
                (self.title_edit, fields.title),
                (self.tags_edit, ", ".join(fields.tags)),
            ):
                if line.text().strip() != text:
                    line.setText(text)
            for combo, text in ((self.course_box, fields.course), (self.lesson_box, fields.lesson)):
                if combo.currentText().strip() != text:
                    combo.setEditText(text)
            if self.editor.toPlainText() != fields.body:
                self.editor.setPlainText(fields.body)
        finally:
            self._loading = False
        self.drafts.loaded()
        self._render_preview()
        self._refresh_lessons()
        self._update_state()

    def _offer_draft(self, serial: int, draft: Draft | None) -> None:
        if serial != self._doc_serial or draft is None:
            return
        current = self.fields()
        if (draft.title, draft.body) == (current.title, current.body) or not (
            draft.title or draft.body.strip()
        ):
            return
        self.restore_bar.offer(draft)

    def _on_course_edited(self, _text: str) -> None:
        self._on_edited()
        if not self._loading:
            self._refresh_lessons()

    def _on_edited(self, *_: object) -> None:
        if self._loading:
            return
        self.drafts.edited()
        self._preview_timer.start(self.preview_delay_ms)
        self._update_state()

    def _render_preview(self) -> None:
        self._preview_timer.stop()
        self.preview.clear_sections()
        body = self.editor.toPlainText()
        if body.strip():
            self.preview.append_markdown(body)

    def _update_state(self, autosaved_at: str | None = None) -> None:
        if self._saving:
            text = self.tr("Saving…")
        elif autosaved_at is not None:
            text = self.tr("Draft autosaved {time}").format(time=autosaved_at)
        elif self.has_unsaved_changes():
            text = self.tr("Unsaved changes")
        elif self._note_id is None:
            text = self.tr("New note")
        else:
            text = self.tr("Saved")
        self.state_label.setText(text)
        self.save_button.setEnabled(not self._saving)
        self.delete_button.setEnabled(self._note_id is not None)
        self.history_button.setEnabled(self._note_id is not None)

    def _show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()

    # -- saving ------------------------------------------------------------------------------------

    def _set_saving(self, serial: int | None) -> None:
        self._saving_serial = serial
        self._update_state()

    def _saved(self, serial: int, sent: NoteFields, note: Note) -> None:
        if serial == self._saving_serial:
            self._saving_serial = None
        if serial != self._doc_serial:
            self._update_state()  # another note is shown: its own state, never "Saving…"
        else:
            if self.fields() == sent:
                self._load_fields(note.id, NoteFields.of(note))
            else:  # typed on while saving: keep that text, it is still unsaved
                self._note_id, self._baseline = note.id, NoteFields.of(note)
                self._update_state()
            self.message.hide()
        self.saved.emit(note.id)

    def _save_failed(self, serial: int, message: str) -> None:
        if serial == self._saving_serial:
            self._set_saving(None)
        self._show_message(self.tr("The note was not saved: {reason}").format(reason=message))

    def _deleted(self, serial: int, note_id: int, title: str) -> None:
        if serial == self._doc_serial:
            self._next_document()
            self._load_fields(None, NoteFields("", "", "", "", ()))
            self._show_message(self.tr("Deleted “{title}”.").format(title=title))
        self.deleted.emit(note_id)

    def _restored(self, serial: int, note: Note) -> None:
        if self.history_dialog is not None:
            self.history_dialog.close()
        if serial == self._doc_serial:
            self._load_fields(note.id, NoteFields.of(note))
            self._show_message(
                self.tr("The earlier version is back; the text before it is in the history.")
            )
        self.saved.emit(note.id)

    # -- courses and lessons -----------------------------------------------------------------------

    def _refresh_places(self) -> None:
        self.bridge.run(
            lambda store: [c.name for c in store.courses()],
            lambda names: self._fill_combo(self.course_box, names),
            owner=self,
        )
        self._refresh_lessons()

    def _refresh_lessons(self) -> None:
        course = self.course_box.currentText().strip()
        self._lessons_serial += 1
        serial = self._lessons_serial

        def fill(names: list[str]) -> None:
            if serial == self._lessons_serial:
                self._fill_combo(self.lesson_box, names)

        self.bridge.run(
            lambda store: [lesson.name for lesson in store.lessons(course)] if course else [],
            fill,
            owner=self,
        )

    def _fill_combo(self, combo: QComboBox, names: list[str]) -> None:
        text = combo.currentText()
        # Replacing the items must not look like an edit, nor change what the user typed.
        combo.blockSignals(True)
        try:
            combo.clear()
            combo.addItems(names)
            combo.setCurrentIndex(-1)
            combo.setEditText(text)
        finally:
            combo.blockSignals(False)
