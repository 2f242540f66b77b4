"""Starts the desktop app: QApplication, translations, fonts, the error hook, the main window."""

from __future__ import annotations

import logging
import sys
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import (
    QCoreApplication,
    QObject,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from assistant.core import paths
from assistant.core.errors import StudyAssistantError
from assistant.core.models.kit import load_kit
from assistant.core.settings import Settings
from assistant.ui import fonts, theme
from assistant.ui.dialogs.first_run import FirstRunDialog, should_show_first_run
from assistant.ui.language import install_translators
from assistant.ui.main_window import MainWindow
from assistant.ui.tasks import registry

log = logging.getLogger(__name__)

APP_NAME = "Study Assistant"
# The engine, library and checker threads run Python beside the GUI thread, which waits for the
# GIL up to this long whenever one of them is busy (CPython's default is 5 ms, a visible share
# of a 16 ms frame when it happens several times in one).
GIL_SWITCH_INTERVAL_S = 0.001


def run_gui(
    argv: list[str], model: str | None = None, lang: str | None = None, presenter: bool = False
) -> int:
    """Open the main window and run until it closes; returns the exit code."""
    sys.setswitchinterval(GIL_SWITCH_INTERVAL_S)
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(argv)
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    _log_to_file()
    settings = Settings.load()
    install_translators(app, lang or settings.ui_language)
    fonts.apply_base_font(app, settings.font_size)
    theme.apply_theme(app, settings.theme)
    install_exception_hook()
    pack: Path | None = None
    if not model and should_show_first_run(settings):
        model, pack = _first_run_choice(settings)

    window = MainWindow(model=model, settings=settings)
    if pack is not None:
        window.practice.packs.import_pack(pack)  # says in the window whether it worked
    # Closing the main window ends the app, whatever notice or dialog is still open. Qt's own
    # rule (quit when the last top-level window closes) would wait for those too, and its
    # posted quit event could outlive this exec(); exit() ends the running loops at once.
    quit_on_last = app.quitOnLastWindowClosed()
    app.setQuitOnLastWindowClosed(False)
    window.closed.connect(lambda: QCoreApplication.exit(0))
    if presenter:
        window.set_presenter_mode(True)
    window.show()
    # The kit's smoke test times a start from this line (with --debug).
    QTimer.singleShot(0, lambda: log.info("main window shown"))
    warn_if_no_cjk_font(window)
    try:
        return app.exec()
    finally:
        app.setQuitOnLastWindowClosed(quit_on_last)
        # The one shutdown list; already run if the window was closed, else (quit from
        # elsewhere) it keeps the drafts and stops the model, the library and every job now.
        registry().shutdown()


def _first_run_choice(settings: Settings) -> tuple[str, Path | None]:
    """Ask a first-time user which model to start with (remembering a chosen file), and whether
    to add the class kit's prompt pack; returns the model and the pack to import."""
    dialog = FirstRunDialog(kit=load_kit())
    QTimer.singleShot(0, lambda: log.info("welcome dialog shown"))
    dialog.exec()
    choice = dialog.choice()
    pack = dialog.pack_to_import()
    if choice and choice[0] == "file" and choice[1]:
        settings.model_path = str(choice[1])
        try:
            settings.save()
        except StudyAssistantError as exc:
            log.warning("could not remember the model: %s", exc)
        return str(choice[1]), pack
    return "starter", pack


def warn_if_no_cjk_font(parent: QWidget) -> QMessageBox | None:
    """Say once, with the fix, when no installed font can show Chinese (it would be boxes).

    The notice belongs to parent (the main window), so it closes with it and never keeps the
    app running on its own.
    """
    marker = paths.data_dir() / "cjk-font-warning-shown"
    if marker.exists() or has_cjk_font():
        return None
    box = QMessageBox(
        QMessageBox.Icon.Information,
        QCoreApplication.translate("App", "Chinese text cannot be shown"),
        QCoreApplication.translate(
            "App",
            "No font on this computer can show Chinese characters, so they would appear as "
            "boxes. Install a Chinese font, for example on Debian or Ubuntu: sudo apt-get "
            "install fonts-noto-cjk. Windows and macOS include one already.",
        ),
        QMessageBox.StandardButton.Ok,
        parent,
    )
    box.setModal(False)  # a notice, not a question: the app is usable meanwhile
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.show()
    marker.touch()
    return box


def has_cjk_font() -> bool:
    """Whether some installed font can show Simplified Chinese."""
    return bool(QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese))


class _ErrorReporter(QObject):
    """Shows errors on the GUI thread, whichever thread raised them (a queued signal)."""

    report = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        self._showing = False
        self.report.connect(self._show, Qt.ConnectionType.QueuedConnection)

    def _show(self, text: str) -> None:
        if self._showing:  # one dialog at a time; the log has every error
            return
        self._showing = True
        try:
            QMessageBox.critical(None, APP_NAME, text)
        finally:
            self._showing = False


_reporter: _ErrorReporter | None = None


def install_exception_hook() -> None:
    """Log unhandled exceptions with their traceback and show the user one short message."""
    global _reporter
    if _reporter is None:
        _reporter = _ErrorReporter()
    reporter = _reporter

    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            QCoreApplication.quit()
            return
        log.error("unhandled exception\n%s", "".join(traceback.format_exception(kind, exc, tb)))
        reporter.report.emit(error_message(exc))

    sys.excepthook = hook


def error_message(exc: BaseException) -> str:
    """What the user is told about an exception: its own sentence, or where the details are."""
    if isinstance(exc, StudyAssistantError):
        return str(exc)
    return QCoreApplication.translate(
        "app",
        "Something went wrong and that action was stopped. The details are in the log file {log}.",
    ).format(log=_log_path())


def _log_path() -> Path:
    return paths.logs_dir() / "study-assistant.log"


def _log_to_file() -> None:
    """Send logs to the data dir, unless the command line already set logging up."""
    root = logging.getLogger()
    if not root.handlers:
        handler = logging.FileHandler(_log_path(), encoding="utf-8")
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        root.addHandler(handler)
        root.setLevel(logging.INFO)
