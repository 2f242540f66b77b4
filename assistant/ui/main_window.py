"""The main window: builds the sidebar, the pages and the model bar, and wires them together."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QRect, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QFontMetrics,
    QKeySequence,
)
from PySide6.QtWidgets import (
    QApplication,
    QMainWindow,
    QMenu,
    QMessageBox,
    QSplitter,
    QToolButton,
)

from assistant.core.engine.protocol import ChatEngine
from assistant.core.engine.remote import RemoteEngine
from assistant.core.engine.requests import Sampling
from assistant.core.errors import StudyAssistantError
from assistant.core.models.choice import STARTER
from assistant.core.settings import Settings
from assistant.core.store.database import RecoveryReport
from assistant.ui import fonts, screen_fit, theme
from assistant.ui.controllers.engine_bridge import EngineBridge
from assistant.ui.controllers.library_bridge import LibraryBridge
from assistant.ui.dialogs.models_dialog import ModelsDialog
from assistant.ui.dialogs.settings_dialog import SettingsDialog
from assistant.ui.language import install_translators, retranslate_tree
from assistant.ui.pages.chat_page import ChatPage
from assistant.ui.pages.notes_page import NotesPage
from assistant.ui.pages.outline_page import OutlinePage
from assistant.ui.pages.practice_page import PracticePage
from assistant.ui.tasks import SHUTDOWN_TIMEOUT_S, Phase, registry
from assistant.ui.widgets.lecture_input import local_file
from assistant.ui.widgets.library_sidebar import LibrarySidebar
from assistant.ui.widgets.model_bar import ModelBar
from assistant.ui.widgets.page_tabs import PageTabs

Slot = Callable[..., object]
log = logging.getLogger(__name__)
# A laptop-sized window; smaller where the screen is (a 1,024×768 projector).
PREFERRED_SIZE = (1280, 800)
# What the tab widget adds around a page (its frame and margins), in pixels.
PAGE_FRAME = 12
# Presenter mode changes the font, then the style: the sidebar is fitted once after both.
REFIT_DELAY_MS = 50


def _engine_for(settings: Settings) -> ChatEngine | None:
    """The class server's engine when Settings has an endpoint; None: the local engine."""
    if not settings.endpoint:
        return None
    return RemoteEngine(settings.endpoint, api_key=settings.api_key, n_ctx=settings.n_ctx)


class MainWindow(QMainWindow):
    """Study Assistant's window: library sidebar, Outline/Notes/Chat/Practice pages, model bar."""

    # The window closed (drafts kept, model stopped): the app quits on it.
    closed = Signal()

    def __init__(
        self,
        model: str | None = None,
        settings: Settings | None = None,
        library_path: Path | None = None,
    ) -> None:
        super().__init__()
        self.setWindowTitle(self.tr("Study Assistant"))
        self.settings = settings or Settings.load()
        self.bridge = EngineBridge(
            engine=_engine_for(self.settings), settings=self.settings, parent=self
        )
        self.models_dialog: ModelsDialog | None = None
        # Whether the library sidebar was hidden because the screen is too narrow for it.
        self._auto_collapsed = False
        self._refit_timer = QTimer(self)
        self._refit_timer.setSingleShot(True)
        self._refit_timer.setInterval(REFIT_DELAY_MS)
        self._refit_timer.timeout.connect(self._refit_sidebar)
        self.library = LibraryBridge(library_path, parent=self)
        self.sidebar = LibrarySidebar(self.library)
        self.outline = OutlinePage(self.bridge, self.library)
        self.notes = NotesPage(self.library)
        self.chat = ChatPage(self._sampling(), self, library=self.library, engine=self.bridge)
        self.practice = PracticePage(self.bridge, self.library, self._sampling())
        self.pages = PageTabs(self)
        for page, title in (
            (self.outline, self.tr("Outline")),
            (self.notes, self.tr("Notes")),
            (self.chat, self.tr("Chat")),
            (self.practice, self.tr("Practice")),
        ):
            self.pages.add_page(page, title)
        self.splitter = QSplitter(self)
        self.splitter.addWidget(self.sidebar)
        self.splitter.addWidget(self.pages)
        self.splitter.setStretchFactor(1, 1)
        # Dragging the divider to the edge must not lose the sidebar: View > Library hides it.
        self.splitter.setChildrenCollapsible(False)
        self.setCentralWidget(self.splitter)
        self.model_bar = ModelBar(self)
        self.statusBar().addPermanentWidget(self.model_bar, 1)
        self._wire()
        self._build_menus()
        self.setAcceptDrops(True)
        self.sidebar.setHidden(not self.settings.sidebar_visible)
        self.fit_to_screen()
        # What a quit must keep (the registry runs these before it stops the model, the
        # library and every job, whether the window closed or the app quit otherwise).
        tasks = registry()
        tasks.on_shutdown(self, lambda _left: self.notes.flush_draft(), Phase.SAVE, "note draft")
        tasks.on_shutdown(
            self, lambda _left: self.outline.save_draft_now(), Phase.SAVE, "lecture draft"
        )
        tasks.on_shutdown(self, lambda _left: self._save_layout(), Phase.SAVE, "window layout")
        self._load_first_model(model)

    def _sampling(self) -> Sampling:
        s = self.settings
        return Sampling(temperature=s.temperature, top_p=s.top_p, max_tokens=s.max_tokens)

    def _wire(self) -> None:
        b, chat, bar = self.bridge, self.chat, self.model_bar
        b.loading.connect(bar.show_loading)
        b.loading.connect(chat.on_model_loading)
        b.loaded.connect(bar.show_model)
        b.loaded.connect(chat.on_model_loaded)
        b.load_failed.connect(bar.show_load_failed)
        b.load_failed.connect(chat.on_load_failed)
        b.speed.connect(bar.show_generating)
        b.finished.connect(bar.show_finished)
        b.busy_changed.connect(bar.show_busy)
        b.failed.connect(bar.show_failed)
        # One model answers one page at a time: the chat waits while an outline is written.
        self.outline.generating_changed.connect(lambda busy: chat.setEnabled(not busy))
        bar.open_requested.connect(self.open_model)
        bar.models_requested.connect(self.show_models)
        chat.answer_actions.current_place = self.sidebar.current_place
        self.sidebar.note_activated.connect(self._open_note)
        self.sidebar.new_note_requested.connect(self._new_note)
        self.notes.saved.connect(self.sidebar.select_note)
        self.outline.saved.connect(self._open_note)
        self.library.opened.connect(self._library_opened)
        self.library.open_failed.connect(self._library_failed)

    def _build_menus(self) -> None:
        keys = QKeySequence.StandardKey
        menu = self.menuBar().addMenu(self.tr("&File"))
        self._action(menu, self.tr("New &note"), QKeySequence("Ctrl+Shift+N"), self._new_note)
        self._action(menu, self.tr("&New chat"), keys.New, self._new_chat)
        self._action(menu, self.tr("&Open lecture…"), keys.Open, self.open_lecture)
        self._action(
            menu,
            self.tr("Open &model…"),
            QKeySequence("Ctrl+Shift+O"),
            self.model_bar.choose_model_file,
        )
        self._action(menu, self.tr("&Models…"), QKeySequence("Ctrl+M"), self.show_models)
        self._action(menu, self.tr("&Settings…"), keys.Preferences, self.show_settings)
        menu.addSeparator()
        self._action(menu, self.tr("&Import prompt pack…"), QKeySequence(), self._import_pack)
        self._action(menu, self.tr("&Export prompt pack…"), QKeySequence(), self._export_pack)
        menu.addSeparator()
        self._action(menu, self.tr("&Quit"), keys.Quit, self.close)
        menu = self.menuBar().addMenu(self.tr("&View"))
        self.presenter_action = self._action(
            menu, self.tr("&Presenter mode"), QKeySequence("F11"), self.set_presenter_mode
        )
        self.presenter_action.setCheckable(True)
        self.presenter_action.setChecked(fonts.is_presenter_mode())
        self.library_action = self._action(
            menu, self.tr("&Library sidebar"), QKeySequence("Ctrl+Shift+L"), self.show_library
        )
        self.library_action.setCheckable(True)
        self.library_action.setChecked(self.settings.sidebar_visible)
        self.library_action.setToolTip(
            self.tr("Show the library (hidden to make room for the page): Ctrl+Shift+L")
        )
        # Beside the tabs while the sidebar is hidden, so nobody has to know the menu.
        self.library_button = QToolButton(self)
        self.library_button.setDefaultAction(self.library_action)
        self.library_button.setAutoRaise(True)
        self.pages.setCornerWidget(self.library_button, Qt.Corner.TopLeftCorner)
        self._show_library_button()
        self._action(menu, self.tr("Zoom &in"), keys.ZoomIn, lambda: fonts.zoom(1))
        self._action(menu, self.tr("Zoom &out"), keys.ZoomOut, lambda: fonts.zoom(-1))
        menu.addSeparator()
        for i in range(self.pages.count()):
            self._action(
                menu,
                self.pages.tabText(i),
                QKeySequence(f"Ctrl+{i + 1}"),
                lambda _=False, i=i: self.pages.setCurrentIndex(i),
            )

    def _action(
        self, menu: QMenu, text: str, keys: QKeySequence | QKeySequence.StandardKey, slot: Slot
    ) -> QAction:
        action = QAction(text, self)
        action.setShortcut(keys)
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    def _load_first_model(self, model: str | None) -> None:
        """The model asked for, else the one in the settings, else the starter model."""
        s = self.settings
        if s.endpoint:  # a class server answers: there is no local model to load
            self.bridge.load(self.tr("the class server"))
            return
        if not model:
            chosen = s.model_path and Path(s.model_path).expanduser()
            model = str(chosen) if chosen and chosen.is_file() else STARTER
        self.bridge.load(model, s.load_options())

    def open_lecture(self) -> None:
        """Choose a lecture file and show it on the Outline page (Ctrl+O)."""
        self.pages.setCurrentWidget(self.outline)
        self.outline.open_file()

    def fit_to_screen(self, available: QRect | None = None) -> None:
        """A laptop-sized window, smaller on a small screen; a readable sidebar in it."""
        screen_fit.fit_window(self, QSize(*PREFERRED_SIZE), available)
        self._restore_sidebar(self.sidebar.width() if self.isVisible() else None)

    def show_library(self, visible: bool) -> None:
        """Show or hide the library sidebar (View > Library sidebar)."""
        self._auto_collapsed = False  # the user's choice stands until the next font change
        self.sidebar.setVisible(visible)
        self.library_action.setChecked(visible)
        self._show_library_button()
        if visible:
            # The width it had, else the saved one, else the narrowest readable one.
            width = self.splitter.sizes()[0] or self.settings.sidebar_width
            self._restore_sidebar(width or self.sidebar.minimumWidth())

    def _restore_sidebar(self, width: int | None = None, pages_first: bool = False) -> None:
        """Give the sidebar a readable width: the saved one, within sensible bounds.

        pages_first: no wider than what the pages leave over (but still readable).
        """
        # The app's font for the tree: a window's own font can lag behind a font change.
        metrics = QFontMetrics(QApplication.font(self.sidebar.tree))
        minimum = screen_fit.sidebar_minimum(metrics, self.sidebar.tree.indentation())
        self.sidebar.setMinimumWidth(minimum)
        wanted = self.settings.sidebar_width if width is None else width
        total = max(self.splitter.width(), self.width() - 20)
        # What the pages leave over (the Practice page scrolls instead, see PageTabs).
        pages = (self.outline, self.notes, self.chat)
        need = max(page.minimumSizeHint().width() for page in pages) + PAGE_FRAME
        room = total - self.splitter.handleWidth() - need
        if pages_first and wanted:
            wanted = min(wanted, room)
        shown = self.library_action.isChecked() or self._auto_collapsed
        if (width is None or pages_first) and shown:
            # No room for both a readable sidebar and the pages (presenter mode on a
            # 1,024 px projector): the sidebar folds away on purpose, and says how to get it
            # back. An unreadable sliver of a sidebar helps nobody.
            self._collapse_sidebar(room < minimum)
        side = screen_fit.sidebar_width(wanted, metrics, total, room, minimum)
        self.splitter.setSizes([side, max(1, total - side)])

    def _collapse_sidebar(self, collapse: bool) -> None:
        if collapse == self._auto_collapsed:
            return
        self._auto_collapsed = collapse
        self.sidebar.setHidden(collapse)
        self.library_action.setChecked(not collapse)
        self._show_library_button()

    def _show_library_button(self) -> None:
        """The Library button beside the page tabs: there while the sidebar is hidden."""
        self.library_button.setVisible(self.sidebar.isHidden())

    def changeEvent(self, event: QEvent) -> None:
        """At a new font or style (zoom, presenter mode) keep the sidebar readable; at a
        language switch re-set the window's own texts (each page does its own)."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "practice"):
            self.retranslate()
        changes = (QEvent.Type.FontChange, QEvent.Type.StyleChange)
        if event.type() in changes and hasattr(self, "_refit_timer"):
            # Once, after the burst of font and style events, when the pages' layouts have
            # taken them in.
            self._refit_timer.start()

    def retranslate(self) -> None:
        """The menus, page tabs, sidebar and model bar in the language just installed."""
        retranslate_tree(self, skip=(self.outline, self.notes, self.chat, self.practice))

    def _refit_sidebar(self) -> None:
        # Bigger text needs a wider sidebar, and wider pages: the pages come first.
        self._restore_sidebar(self.sidebar.width() if self.isVisible() else None, pages_first=True)

    def _save_layout(self) -> None:
        """Remember the sidebar's width and whether it is shown, for the next start."""
        try:
            saved = Settings.load()  # the file's own values: other windows may have changed it
            # Folded away for lack of room is not the user's choice: shown again next time.
            saved.sidebar_visible = self.library_action.isChecked() or self._auto_collapsed
            if not self.sidebar.isHidden():
                saved.sidebar_width = self.splitter.sizes()[0]
            saved.save()
        except StudyAssistantError as exc:
            log.warning("could not remember the window layout: %s", exc)

    def open_model(self, path: str) -> None:
        """Load the model file at path (opened, dropped or chosen in the Models dialog).

        With a class server in the settings the server's model answers, and this app has no
        local engine to load a file into: say so rather than ignore the file.
        """
        if self.settings.endpoint:
            QMessageBox.information(
                self,
                self.tr("The class server's model is in use"),
                self.tr(
                    "{name} was not loaded: this app answers with the class server's model. "
                    "To use a model file on this computer, clear the class server address in "
                    "Settings, then open the file again."
                ).format(name=Path(path).name),
            )
            return
        self.bridge.load(path, self.settings.load_options())

    def show_models(self) -> None:
        """The Models dialog (kept while the app runs: downloads and the class server go on)."""
        if self.models_dialog is None:
            self.models_dialog = ModelsDialog(self.settings, self)
            self.models_dialog.load_requested.connect(self.open_model)
            self.models_dialog.settings_changed.connect(self.apply_settings)
        self.models_dialog.show()
        self.models_dialog.raise_()
        self.models_dialog.activateWindow()

    def show_settings(self) -> None:
        """The Settings dialog; what changed applies at once (model settings at the next load)."""
        dialog = SettingsDialog(self.settings, self)
        dialog.settings_changed.connect(self.apply_settings)
        dialog.exec()

    def apply_settings(self, settings: Settings) -> None:
        """Use new settings: language, fonts and theme now, sampling for the next answer.

        A new language reaches every page and dialog as a LanguageChange event: each re-sets
        its texts, and what was typed stays.
        """
        language_changed = settings.ui_language != self.settings.ui_language
        self.settings = settings
        app = QApplication.instance()
        if isinstance(app, QApplication):
            if language_changed:
                install_translators(app, settings.ui_language)
            fonts.apply_base_font(app, settings.font_size, presenter=fonts.is_presenter_mode())
            if not fonts.is_presenter_mode():
                theme.apply_theme(app, settings.theme)
        self.chat.sampling = self._sampling()
        self.practice.sampling = self._sampling()

    def set_presenter_mode(self, enabled: bool) -> None:
        """Large fonts and high contrast for a projector, or back to the user's own look."""
        fonts.set_presenter_mode(enabled)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            theme.apply_theme(app, theme.HIGH_CONTRAST if enabled else self.settings.theme)
        self.presenter_action.setChecked(enabled)

    def _open_note(self, note_id: int) -> None:
        self.notes.open_note(note_id)
        self.pages.setCurrentWidget(self.notes)

    def _new_note(self) -> None:
        self.notes.new_note()
        self.pages.setCurrentWidget(self.notes)

    def _new_chat(self) -> None:
        self.chat.clear_conversation()
        self.pages.setCurrentWidget(self.chat)

    def _import_pack(self) -> None:
        self.pages.setCurrentWidget(self.practice)
        self.practice.packs.choose_import(self)

    def _export_pack(self) -> None:
        self.pages.setCurrentWidget(self.practice)
        self.practice.packs.choose_export(self)

    def _library_opened(self, report: RecoveryReport | None) -> None:
        if report is not None:
            QMessageBox.warning(self, self.tr("The library was repaired"), report.message())

    def _library_failed(self, message: str) -> None:
        QMessageBox.critical(self, self.tr("The library cannot be opened"), message)

    # -- files dropped anywhere on the window --------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        """Accept a lecture file or a .gguf model dragged over any part of the window."""
        if local_file(event.mimeData()) is not None:
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        """A .gguf file loads as the model; anything else opens as a lecture to outline."""
        path = local_file(event.mimeData())
        if path is None:
            return
        event.acceptProposedAction()
        if path.lower().endswith(".gguf"):
            self.open_model(path)
        else:
            self.pages.setCurrentWidget(self.outline)
            self.outline.open_file(path)

    def closeEvent(self, event: QCloseEvent) -> None:
        """Keep unsaved text as drafts, stop the model, the jobs and the library: the one
        shutdown list (the task registry), bounded by its timeout."""
        registry().shutdown(SHUTDOWN_TIMEOUT_S)
        super().closeEvent(event)
        self.closed.emit()
