"""The main window: builds the pages and the model bar and wires them to the engine bridge."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu

from assistant.core.engine.requests import Sampling
from assistant.core.model_choice import STARTER
from assistant.core.settings import Settings
from assistant.ui import fonts
from assistant.ui.pages.chat_page import ChatPage
from assistant.ui.widgets.model_bar import ModelBar
from assistant.ui.workers import EngineBridge

Slot = Callable[..., object]


class MainWindow(QMainWindow):
    """Study Assistant's window (chat only, for now)."""

    def __init__(self, model: str | None = None, settings: Settings | None = None) -> None:
        super().__init__()
        self.setWindowTitle(self.tr("Study Assistant"))
        self.settings = settings or Settings.load()
        s = self.settings
        self.bridge = EngineBridge(settings=s, parent=self)
        self.chat = ChatPage(
            Sampling(temperature=s.temperature, top_p=s.top_p, max_tokens=s.max_tokens), self
        )
        self.model_bar = ModelBar(self)
        self.setCentralWidget(self.chat)
        self.statusBar().addPermanentWidget(self.model_bar, 1)
        self._wire()
        self._build_menus()
        self.resize(960, 720)
        self._load_first_model(model)

    def _wire(self) -> None:
        b, chat, bar = self.bridge, self.chat, self.model_bar
        b.loading.connect(bar.show_loading)
        b.loading.connect(chat.on_model_loading)
        b.loaded.connect(bar.show_model)
        b.loaded.connect(chat.on_model_loaded)
        b.load_failed.connect(bar.show_load_failed)
        b.load_failed.connect(chat.on_load_failed)
        b.token.connect(chat.append_token)
        b.reasoning.connect(chat.append_reasoning)
        b.speed.connect(bar.show_generating)
        b.finished.connect(chat.on_finished)
        b.finished.connect(bar.show_finished)
        b.failed.connect(chat.on_failed)
        b.failed.connect(bar.show_failed)
        chat.ask_requested.connect(b.ask)
        chat.stop_requested.connect(b.cancel)
        bar.open_requested.connect(self.open_model)

    def _build_menus(self) -> None:
        keys = QKeySequence.StandardKey
        menu = self.menuBar().addMenu(self.tr("&File"))
        self._action(menu, self.tr("&New chat"), keys.New, self.chat.clear_conversation)
        self._action(menu, self.tr("&Open model…"), keys.Open, self.model_bar.choose_model_file)
        menu.addSeparator()
        self._action(menu, self.tr("&Quit"), keys.Quit, self.close)
        menu = self.menuBar().addMenu(self.tr("&View"))
        self.presenter_action = self._action(
            menu, self.tr("&Presenter mode"), QKeySequence("F11"), fonts.set_presenter_mode
        )
        self.presenter_action.setCheckable(True)
        self.presenter_action.setChecked(fonts.is_presenter_mode())

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
        if not model:
            chosen = s.model_path and Path(s.model_path).expanduser()
            model = str(chosen) if chosen and chosen.is_file() else STARTER
        self.bridge.load(model, s.n_ctx, s.n_threads)

    def open_model(self, path: str) -> None:
        """Load the model file at path."""
        self.bridge.load(path, self.settings.n_ctx, self.settings.n_threads)

    def closeEvent(self, event: QCloseEvent) -> None:
        """Stop the model before the window goes (returns promptly even mid-answer)."""
        self.bridge.shutdown()
        super().closeEvent(event)
