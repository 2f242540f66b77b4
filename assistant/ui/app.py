"""Starts the desktop app: QApplication, translations, fonts, the error hook, the main window."""

from __future__ import annotations

import logging
import sys
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QLocale, QObject, Qt, QTranslator, Signal
from PySide6.QtWidgets import QApplication, QMessageBox

from assistant.core import paths
from assistant.core.errors import StudyAssistantError
from assistant.core.settings import Settings
from assistant.ui import fonts
from assistant.ui.main_window import MainWindow

log = logging.getLogger(__name__)

APP_NAME = "Study Assistant"
I18N_DIR = Path(__file__).resolve().parents[1] / "i18n"


def run_gui(
    argv: list[str], model: str | None = None, lang: str | None = None, presenter: bool = False
) -> int:
    """Open the main window and run until it closes; returns the exit code."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(argv)
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    _log_to_file()
    settings = Settings.load()
    install_translators(app, lang or settings.ui_language)
    fonts.apply_base_font(app, settings.font_size, presenter=presenter)
    install_exception_hook()

    window = MainWindow(model=model, settings=settings)
    window.show()
    try:
        return app.exec()
    finally:
        window.bridge.shutdown()  # already done if the window was closed; quitting otherwise


def install_translators(app: QCoreApplication, lang: str | None) -> list[QTranslator]:
    """Install study_assistant_{lang}.qm from assistant/i18n if it exists (English otherwise)."""
    for name in [lang] if lang else QLocale.system().uiLanguages():
        name = name.replace("-", "_")
        # "zh_CN" first, then the language alone ("vi_VN" finds "vi").
        for candidate in dict.fromkeys([name, name.split("_")[0]]):
            qm = I18N_DIR / f"study_assistant_{candidate}.qm"
            if not qm.is_file():
                continue
            translator = QTranslator(app)  # parented: the app keeps it alive
            if translator.load(str(qm)):
                app.installTranslator(translator)
                return [translator]
            log.warning("could not load translation %s", qm)
    return []


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
