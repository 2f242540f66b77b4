"""Exporting notes: the format menu, the file dialogs, and the export on the library thread."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QFileDialog, QMenu, QWidget

from assistant.core.errors import StudyAssistantError
from assistant.core.store.exchange import (
    ExportTexts,
    export_html,
    export_json,
    export_markdown,
    render_html,
    safe_filename,
)
from assistant.core.store.notes import NotesStore
from assistant.core.store.records import SearchFilters
from assistant.ui.controllers.library_bridge import LibraryBridge
from assistant.ui.pdf_export import export_pdf

EXPORT_SUFFIXES = {"html": ".html", "json": ".json", "pdf": ".pdf"}


def export_texts() -> ExportTexts:
    """The words around the notes in an HTML or PDF export, in the app's language."""
    # Spelled out in full (no alias) so that lupdate finds the strings.
    return ExportTexts(
        title=QCoreApplication.translate("NoteExporter", "Study notes"),
        contents=QCoreApplication.translate("NoteExporter", "Contents"),
        one_note=QCoreApplication.translate("NoteExporter", "1 note · exported {date}"),
        many_notes=QCoreApplication.translate("NoteExporter", "{count} notes · exported {date}"),
    )


class NoteExporter(QObject):
    """Exports a course (or every note) as Markdown, HTML, JSON or PDF, asking where first."""

    message = Signal(str)  # progress or a failure, for the page to show
    exported = Signal(object)  # the Path written (a folder for Markdown)

    def __init__(self, bridge: LibraryBridge, course: Callable[[], str], parent: QWidget) -> None:
        super().__init__(parent)
        self.bridge = bridge
        self._course = course  # the course of the note shown, read when an export starts
        self._window = parent
        self._export_dir = Path.home()

    def fill_menu(self, menu: QMenu) -> None:
        """Refill menu with one submenu of formats per scope (this course, all notes)."""
        menu.clear()
        course = self._course()
        scopes = [(self.tr("All notes"), True)]
        if course:
            scopes.insert(0, (self.tr("Course “{course}”").format(course=course), False))
        formats = [
            ("markdown", self.tr("Markdown folder…")),
            ("html", self.tr("HTML file…")),
            ("json", self.tr("JSON file…")),
            ("pdf", self.tr("PDF file…")),
        ]
        for title, whole in scopes:
            submenu = menu.addMenu(title)
            for fmt, label in formats:
                submenu.addAction(label).triggered.connect(
                    lambda _=False, f=fmt, w=whole: self.export(f, w)
                )

    def export(self, fmt: str, whole_library: bool = False) -> None:
        """Export the course (or every note) as "markdown", "html", "json" or "pdf"."""
        course = self._course()
        if not whole_library and not course:
            self.message.emit(self.tr("This note has no course yet: export all notes instead."))
            return
        filters = None if whole_library else SearchFilters(course=course)
        texts = export_texts()
        base = course if not whole_library else texts.title
        if fmt == "markdown":
            folder = QFileDialog.getExistingDirectory(
                self._window, self.tr("Export as Markdown into folder"), str(self._export_dir)
            )
            if not folder:
                return
            self._export_dir = Path(folder)

            def markdown_job(store: NotesStore) -> Path:
                export_markdown(store, Path(folder), filters)
                return Path(folder)

            self._run(markdown_job)
            return
        suffix = EXPORT_SUFFIXES[fmt]
        chosen, _ = QFileDialog.getSaveFileName(
            self._window,
            self.tr("Export notes"),
            str(self._export_dir / safe_filename(base, suffix)),
            self.tr("{kind} files (*{suffix})").format(kind=fmt.upper(), suffix=suffix),
        )
        if not chosen:
            return
        path = Path(chosen)
        if path.suffix.lower() != suffix:
            path = path.with_name(path.name + suffix)
        self._export_dir = path.parent
        if fmt == "html":
            self._run(lambda store: export_html(store, path, filters, texts))
        elif fmt == "json":
            self._run(lambda store: export_json(store, path, filters))
        else:
            # Qt paints the PDF, which only the GUI thread may do: render the HTML off it first.
            self._run(
                lambda store: render_html(store, filters, title=base, texts=texts),
                lambda html: export_pdf(html, path),
            )

    def _run(
        self, job: Callable[[NotesStore], Any], finish: Callable[[Any], Path] | None = None
    ) -> None:
        self.message.emit(self.tr("Exporting…"))

        def done(result: Any) -> None:
            try:
                path = finish(result) if finish is not None else result
            except StudyAssistantError as exc:
                self.message.emit(self.tr("The export failed: {reason}").format(reason=exc))
                return
            self.message.emit(self.tr("Exported to {path}.").format(path=path))
            self.exported.emit(path)

        self.bridge.run(
            job,
            done,
            lambda message: self.message.emit(
                self.tr("The export failed: {reason}").format(reason=message)
            ),
            owner=self,
        )
