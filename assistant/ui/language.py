"""The app's language: installing translators, and switching the running app to another one.

A switch installs the new translators; Qt then sends every widget a LanguageChange event, and
each page and dialog calls retranslate_tree() on itself (from changeEvent). That re-sets the
texts the widgets were built with: a text is looked up among the translations of every
language (the .ts files) to find its source string, and replaced by that source's translation
in the new language. Typed text is never touched (only labels, buttons, placeholders, tips,
titles, tabs, menus and list headers), so nothing the user typed is lost. Texts made from a
template with values ("12 characters") are re-made by the widget's own update methods.
"""

from __future__ import annotations

import functools
import logging
import xml.etree.ElementTree as ElementTree
from collections import defaultdict
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QLibraryInfo, QLocale, QObject, QTranslator
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QTabBar,
    QTableWidget,
    QTextEdit,
    QTreeWidget,
    QWidget,
)

from assistant.i18n import I18N_DIR, LANGUAGES, ts_file

log = logging.getLogger(__name__)

# What install_translators put in, so that switching language replaces it.
_installed_translators: list[QTranslator] = []


def ui_language(lang: str | None) -> str:
    """The app language to use: lang if given (zh_CN, vi, en), else the system's if we have it."""
    names = [lang] if lang else QLocale.system().uiLanguages()
    for name in names:
        code = name.replace("-", "_")
        if code.lower().startswith("zh"):
            return "zh_CN"  # zh_Hans_CN, zh_CN, zh_SG; traditional readers read it more easily
        base = code.split("_")[0].lower()
        if base in ("vi", "en"):
            return base
    return "en"


def install_translators(app: QCoreApplication, lang: str | None) -> list[QTranslator]:
    """Install the app's and Qt's own translations for lang (or the system language).

    Replaces what an earlier call installed: this is also the live language switch.
    """
    while _installed_translators:
        app.removeTranslator(_installed_translators.pop())
    chosen = ui_language(lang)
    installed: list[QTranslator] = []
    if chosen != "en":
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        # Qt's own, then ours: Qt ships no Vietnamese (our qt_vi covers its buttons, edit
        # menus and file dialog), and its Chinese lacks strings Qt 6 renamed (qt_zh_CN). The
        # translator installed last is asked first.
        for directory, name in (
            (qt_dir, f"qtbase_{chosen}"),
            (str(I18N_DIR), f"qt_{chosen}"),
            (str(I18N_DIR), f"study_assistant_{chosen}"),
        ):
            translator = QTranslator(app)  # parented: the app keeps it alive
            if translator.load(name, directory):
                app.installTranslator(translator)
                installed.append(translator)
            else:
                log.info("no translation %s in %s", name, directory)
    _installed_translators.extend(installed)
    return installed


@functools.cache
def _sources_by_text() -> dict[str, list[tuple[str, str]]]:
    """Every text the app may show (a source or any language's translation) -> its
    (context, source) pairs."""
    found: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for lang in LANGUAGES:
        try:
            root = ElementTree.parse(ts_file(lang)).getroot()
        except (OSError, ElementTree.ParseError) as exc:  # a kit without .ts: English only
            log.warning("no translation source for %s: %s", lang, exc)
            continue
        for context in root.iter("context"):
            name = context.findtext("name") or ""
            for message in context.iter("message"):
                source = message.findtext("source")
                translation = message.find("translation")
                if not source or message.get("numerus") == "yes":
                    continue
                pair = (name, source)
                if pair not in found[source]:
                    found[source].append(pair)
                if translation is not None and translation.text and not translation.get("type"):
                    found[translation.text].append(pair)
    return dict(found)


def _contexts(widget: QObject) -> list[str]:
    """The tr() contexts a widget's texts may come from: its own and its parents' classes."""
    names: list[str] = []
    obj: QObject | None = widget
    while obj is not None:
        for cls in type(obj).__mro__:
            if cls.__module__.startswith("assistant.") and cls.__name__ not in names:
                names.append(cls.__name__)
        obj = obj.parent()
    return names


def translated(text: str, contexts: list[str]) -> str | None:
    """text in the current language, if it is one of the app's fixed texts; else None."""
    pairs = _sources_by_text().get(text)
    if not pairs:
        return None
    for context in contexts:
        for name, source in pairs:
            if name == context:
                return QCoreApplication.translate(name, source)
    name, source = pairs[0]
    return QCoreApplication.translate(name, source)


def _swap(get: Callable[[], str], put: Callable[[str], None], contexts: list[str]) -> None:
    text = get()
    if text:
        new = translated(text, contexts)
        if new is not None and new != text:
            put(new)


def _indexed(
    count: int, get: Callable[[int], str], put: Callable[[int, str], None], contexts: list[str]
) -> None:
    for i in range(count):
        text = get(i)
        new = translated(text, contexts) if text else None
        if new is not None and new != text:
            put(i, new)


def retranslate_tree(root: QWidget, skip: Iterable[QWidget] = ()) -> None:
    """Re-set root's and its children's fixed texts in the current language (not in skip's
    subtrees, which retranslate themselves). Typed text is left alone."""
    skipped = tuple(skip)
    widgets = [root, *root.findChildren(QWidget)]
    for widget in widgets:
        if any(widget is s or s.isAncestorOf(widget) for s in skipped):
            continue
        _retranslate_widget(widget, _contexts(widget))
    for action in root.findChildren(QAction):
        parent = action.parent()
        if any(
            parent is s or (isinstance(parent, QWidget) and s.isAncestorOf(parent)) for s in skipped
        ):
            continue
        contexts = _contexts(action)
        _swap(action.text, action.setText, contexts)
        _swap(action.toolTip, action.setToolTip, contexts)
        _swap(action.statusTip, action.setStatusTip, contexts)


def _retranslate_widget(widget: QWidget, contexts: list[str]) -> None:
    _swap(widget.toolTip, widget.setToolTip, contexts)
    _swap(widget.statusTip, widget.setStatusTip, contexts)
    _swap(widget.accessibleName, widget.setAccessibleName, contexts)
    if widget.isWindow():
        _swap(widget.windowTitle, widget.setWindowTitle, contexts)
    if isinstance(widget, (QAbstractButton, QLabel)):
        _swap(widget.text, widget.setText, contexts)
    elif isinstance(widget, (QLineEdit, QPlainTextEdit, QTextEdit)):
        _swap(widget.placeholderText, widget.setPlaceholderText, contexts)
    elif isinstance(widget, (QGroupBox, QMenu)):
        _swap(widget.title, widget.setTitle, contexts)
    elif isinstance(widget, QTabBar):
        _indexed(widget.count(), widget.tabText, widget.setTabText, contexts)
        _indexed(widget.count(), widget.tabToolTip, widget.setTabToolTip, contexts)
    elif isinstance(widget, QComboBox):
        _indexed(widget.count(), widget.itemText, widget.setItemText, contexts)
    elif isinstance(widget, QTreeWidget):
        # The header and the fixed top rows ("Unfiled"...); notes below them are user data.
        rows = [widget.headerItem(), *map(widget.topLevelItem, range(widget.topLevelItemCount()))]
        for row in rows:
            if row is not None:
                _indexed(row.columnCount(), row.text, row.setText, contexts)
    elif isinstance(widget, QTableWidget):
        for column in range(widget.columnCount()):
            cell = widget.horizontalHeaderItem(column)
            if cell is not None:
                _swap(cell.text, cell.setText, contexts)


# mypy sees the mixin as a QWidget (for super().changeEvent); at run time it is a plain class
# placed before the widget's Qt base, so one Qt class stays the base of each widget.
if TYPE_CHECKING:
    _Widget = QWidget
else:
    _Widget = object


class Retranslating(_Widget):
    """A page, dialog or widget that re-sets its texts when the language is switched: Qt sends
    every widget a LanguageChange event, and this calls its retranslate()."""

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()

    def retranslate(self) -> None:
        """This widget's texts in the language just installed (typed text stays)."""
        retranslate_tree(self)
