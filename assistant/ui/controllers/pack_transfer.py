"""PackTransfer: import and export class prompt packs through the library thread."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFileDialog, QWidget

from assistant.core.practice.packs import pack_document, write_pack
from assistant.core.store.notes import NotesStore
from assistant.core.store.practice import PracticeStore
from assistant.ui.controllers.library_bridge import LibraryBridge


class PackTransfer(QObject):
    """File dialogs and the library calls behind Import/Export prompt pack."""

    imported = Signal(str)  # the pack's name
    message = Signal(str)  # what happened, in a sentence

    def __init__(self, library: LibraryBridge, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.library = library

    def import_pack(self, path: Path) -> None:
        """Validate and store a pack file; a refused pack changes nothing and says why."""

        def done(result: Any) -> None:
            pack, _replaced = result
            self.message.emit(self.tr("Imported the prompt pack “{name}”.").format(name=pack.name))
            self.imported.emit(pack.name)

        def failed(reason: str) -> None:
            self.message.emit(
                self.tr("The prompt pack was not imported: {reason}").format(reason=reason)
            )

        self.library.run(
            lambda store: PracticeStore(store.db).import_pack(path), done, failed, owner=self
        )

    def export_pack(self, path: Path) -> None:
        """Write every framework, exercise and example prompt to a pack named after the file."""
        name = path.stem

        def job(store: NotesStore) -> Path:
            return write_pack(pack_document(PracticeStore(store.db).catalog(), name), path)

        def done(written: Path) -> None:
            self.message.emit(self.tr("Exported the prompt pack to {path}.").format(path=written))

        self.library.run(job, done, self.message.emit, owner=self)

    def choose_import(self, parent: QWidget) -> None:
        """Ask for a pack file, then import it."""
        path, _ = QFileDialog.getOpenFileName(
            parent, self.tr("Import prompt pack"), "", self.tr("Prompt packs (*.json)")
        )
        if path:
            self.import_pack(Path(path))

    def choose_export(self, parent: QWidget) -> None:
        """Ask where to write a pack file, then export."""
        path, _ = QFileDialog.getSaveFileName(
            parent,
            self.tr("Export prompt pack"),
            "prompt-pack.json",
            self.tr("Prompt packs (*.json)"),
        )
        if path:
            self.export_pack(Path(path))
