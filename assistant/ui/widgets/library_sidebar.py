"""The library sidebar: a search box over a course → lesson → note tree, or the search hits."""

from __future__ import annotations

import html
import math
from collections.abc import Iterator
from typing import Any

from PySide6.QtCore import (
    QElapsedTimer,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QIcon,
    QKeyEvent,
    QKeySequence,
    QPainter,
    QPalette,
    QShortcut,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QStackedWidget,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from assistant.core.store.notes import NotesStore
from assistant.core.store.records import NoteSummary, SearchResult
from assistant.ui.controllers.library_bridge import LibraryBridge

# Typing pauses this long before a search runs, so a fast typist causes one query, not ten.
SEARCH_DELAY_MS = 250
SEARCH_LIMIT = 50
KEY_ROLE = Qt.ItemDataRole.UserRole  # "c:<course>", "l:<course>\x1f<lesson>", "n:<id>", "u"
NOTE_ROLE = Qt.ItemDataRole.UserRole + 1  # the note id of a note item or search hit
HTML_ROLE = Qt.ItemDataRole.UserRole + 2  # a search hit's rich text
UNSORTED_KEY = "u"

_KIND_ICONS = {
    "note": QStyle.StandardPixmap.SP_FileIcon,
    "outline": QStyle.StandardPixmap.SP_FileDialogDetailedView,
    "chat": QStyle.StandardPixmap.SP_MessageBoxInformation,
    "practice": QStyle.StandardPixmap.SP_DialogApplyButton,
}


def snippet_html(snippet: str) -> str:
    """The store's snippet as HTML: **marked** matches bold, everything else escaped."""
    parts = " ".join(snippet.split()).split("**")
    if len(parts) % 2 == 0:
        # An unpaired "**" (Markdown bold cut by the snippet) is text, not the start of a mark.
        parts[-2:] = [parts[-2] + "**" + parts[-1]]
    return "".join(
        f"<b>{html.escape(part)}</b>" if i % 2 else html.escape(part)
        for i, part in enumerate(parts)
    )


def _load_tree(store: NotesStore) -> tuple[list[str], dict[str, list[str]], list[NoteSummary]]:
    courses = [c.name for c in store.courses()]
    lessons = {course: [lesson.name for lesson in store.lessons(course)] for course in courses}
    return courses, lessons, store.list_notes()


class _RichTextDelegate(QStyledItemDelegate):
    """Draws an item's HTML_ROLE rich text, wrapped to the view's width."""

    def __init__(self, view: QListWidget) -> None:
        super().__init__(view)
        self._view = view

    def _document(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex, width: int
    ) -> Any:
        doc = QTextDocument()
        doc.setDefaultFont(option.font)
        doc.setDocumentMargin(6)
        doc.setHtml(str(index.data(HTML_ROLE) or ""))
        doc.setTextWidth(max(width, 80))
        return doc

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        """Background and focus as the style draws them, then the rich text."""
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        doc = self._document(opt, index, opt.rect.width())
        context = QAbstractTextDocumentLayout.PaintContext()
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        context.palette.setColor(QPalette.ColorRole.Text, opt.palette.color(role))
        painter.save()
        painter.translate(opt.rect.topLeft())
        painter.setClipRect(opt.rect.translated(-opt.rect.topLeft()))
        doc.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        """As tall as the wrapped text at the view's current width."""
        width = self._view.viewport().width()
        doc = self._document(option, index, width)
        return QSize(width, math.ceil(doc.size().height()))


class LibrarySidebar(QWidget):
    """Browse notes by course and lesson, or search them as you type."""

    note_activated = Signal(int)
    new_note_requested = Signal()

    def __init__(self, bridge: LibraryBridge, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bridge = bridge
        self.search_delay_ms = SEARCH_DELAY_MS
        # Each request gets a number; an answer for an older number is out of date and dropped.
        self._search_serial = 0
        self._tree_serial = 0
        self._known_keys: set[str] = set()
        self._selected_key: str | None = None
        self._reveal_selected = False
        self._last_activation: tuple[int, QElapsedTimer] | None = None

        self.search_box = QLineEdit(self)
        self.search_box.setClearButtonEnabled(True)
        self.search_box.setPlaceholderText(self.tr("Search notes (中文, tiếng Việt, English)"))
        self.search_box.setAccessibleName(self.tr("Search notes"))
        self.new_button = QToolButton(self)
        # "+" keeps the row narrow enough for the whole search placeholder in a slim sidebar.
        self.new_button.setText("+")
        self.new_button.setToolTip(self.tr("New note"))
        self.new_button.setAccessibleName(self.tr("New note"))
        self.new_button.clicked.connect(self.new_note_requested)

        self.tree = QTreeWidget(self)
        self.tree.setHeaderHidden(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setAccessibleName(self.tr("Courses, lessons and notes"))
        self.results = QListWidget(self)
        self.results.setAccessibleName(self.tr("Search results"))
        self.results.setItemDelegate(_RichTextDelegate(self.results))
        self.results.setWordWrap(True)
        self.results.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.results.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.results.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.message = QLabel(self)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.stack = QStackedWidget(self)
        for page in (self.tree, self.results, self.message):
            self.stack.addWidget(page)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.timeout.connect(self._run_search)
        self.search_box.textChanged.connect(self._on_query_edited)
        self.search_box.installEventFilter(self)
        for view in (self.tree, self.results):
            view.installEventFilter(self)
        self.tree.itemClicked.connect(self._on_item_activated)
        self.tree.itemActivated.connect(self._on_item_activated)
        self.tree.currentItemChanged.connect(self._remember_selection)
        self.results.itemClicked.connect(self._on_item_activated)
        self.results.itemActivated.connect(self._on_item_activated)
        self.bridge.changed.connect(self.refresh)
        QShortcut(QKeySequence.StandardKey.Find, self).activated.connect(self.focus_search)

        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.search_box, 1)
        top.addWidget(self.new_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.stack, 1)
        self.refresh()

    # -- public ----------------------------------------------------------------------------------

    def focus_search(self) -> None:
        """Put the cursor in the search box with its text selected (Ctrl+F)."""
        self.search_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_box.selectAll()

    def query(self) -> str:
        """The search text as it will be sent."""
        return self.search_box.text().strip()

    def is_showing_results(self) -> bool:
        """Whether search hits (or "No notes match") are shown instead of the tree."""
        return self.stack.currentWidget() is not self.tree and bool(self.query())

    def refresh(self) -> None:
        """Reload the tree (and the search hits, while searching) from the library."""
        self._tree_serial += 1
        serial = self._tree_serial
        self.bridge.run(
            _load_tree,
            lambda result: self._fill_tree(serial, *result),
            lambda message: self._show_failure(serial, message),
            owner=self,
        )
        if self.query():
            self._run_search()

    def select_note(self, note_id: int) -> None:
        """Make note_id the tree's current item (now, or once the next refresh shows it)."""
        self._selected_key = f"n:{note_id}"
        item = self._find(self._selected_key)
        self._reveal_selected = item is None
        if item is not None:
            self.tree.setCurrentItem(item)
            self.tree.scrollToItem(item)

    def current_place(self) -> tuple[str, str]:
        """The course and lesson of the tree's current item ("" where there is none)."""
        item = self.tree.currentItem()
        while item is not None:
            key = str(item.data(0, KEY_ROLE) or "")
            if key.startswith("l:"):
                course, _sep, lesson = key[2:].partition("\x1f")
                return course, lesson
            if key.startswith("c:"):
                return key[2:], ""
            item = item.parent()
        return "", ""

    def note_ids_in_tree(self) -> list[int]:
        """The ids of the notes in the tree, top to bottom (for tests and keyboard checks)."""
        return [int(i.data(0, NOTE_ROLE)) for i in self._walk() if i.data(0, NOTE_ROLE) is not None]

    # -- the tree --------------------------------------------------------------------------------

    def _fill_tree(
        self,
        serial: int,
        courses: list[str],
        lessons: dict[str, list[str]],
        notes: list[NoteSummary],
    ) -> None:
        if serial != self._tree_serial:
            return
        expanded = {key for key, item in self._items().items() if item.isExpanded()}
        scroll = self.tree.verticalScrollBar().value()
        selected = self._selected_key
        self.tree.setUpdatesEnabled(False)
        self.tree.clear()
        folder = self.style().standardIcon(QStyle.StandardPixmap.SP_DirIcon)
        places: dict[tuple[str | None, str | None], QTreeWidgetItem] = {}
        for course in courses:
            item = self._container(None, course, f"c:{course}", folder)
            places[(course, None)] = item
            for lesson in lessons.get(course, []):
                key = f"l:{course}\x1f{lesson}"
                places[(course, lesson)] = self._container(item, lesson, key, folder)
        for note in notes:
            parent = places.get((note.course, note.lesson)) or places.get((note.course, None))
            if parent is None:
                if (None, None) not in places:
                    unsorted = self._container(None, self.tr("Unsorted"), UNSORTED_KEY, folder)
                    places[(None, None)] = unsorted
                parent = places[(None, None)]
            self._note_item(parent, note)
        items = self._items()
        for key, item in items.items():
            # A course or lesson seen for the first time opens, so a new note is in sight.
            if key in expanded or (key not in self._known_keys and item.childCount()):
                item.setExpanded(True)
        self._known_keys = set(items)
        reveal = None
        if selected and selected in items:
            self.tree.setCurrentItem(items[selected])
            if self._reveal_selected:
                reveal, self._reveal_selected = selected, False
        self.tree.setUpdatesEnabled(True)
        # The scroll range follows the new rows only after the view's delayed layout.
        QTimer.singleShot(0, self, lambda: self._restore_scroll(serial, scroll, reveal))
        if not self.query():
            self._show_tree_or_empty(bool(notes))

    def _restore_scroll(self, serial: int, scroll: int, reveal: str | None) -> None:
        if serial != self._tree_serial:
            return
        self.tree.verticalScrollBar().setValue(scroll)
        item = self._find(reveal) if reveal else None
        if item is not None:
            self.tree.scrollToItem(item)

    def _container(
        self, parent: QTreeWidgetItem | None, text: str, key: str, icon: QIcon
    ) -> QTreeWidgetItem:
        item = QTreeWidgetItem([text])
        item.setData(0, KEY_ROLE, key)
        item.setIcon(0, icon)
        if parent is None:
            self.tree.addTopLevelItem(item)
        else:
            parent.addChild(item)
        return item

    def _note_item(self, parent: QTreeWidgetItem, note: NoteSummary) -> None:
        item = QTreeWidgetItem([note.title])
        item.setData(0, KEY_ROLE, f"n:{note.id}")
        item.setData(0, NOTE_ROLE, note.id)
        pixmap = _KIND_ICONS.get(note.kind, QStyle.StandardPixmap.SP_FileIcon)
        item.setIcon(0, self.style().standardIcon(pixmap))
        tip = [note.title, self._kind_name(note.kind)]
        if note.tags:
            tip.append(", ".join(note.tags))
        item.setToolTip(0, "\n".join(tip))
        parent.addChild(item)

    def _kind_name(self, kind: str) -> str:
        names = {
            "note": self.tr("Note"),
            "outline": self.tr("Outline"),
            "chat": self.tr("Chat"),
            "practice": self.tr("Practice"),
        }
        return names.get(kind, kind)

    def _walk(self) -> Iterator[QTreeWidgetItem]:
        """Every tree item, top to bottom."""
        stack = [self.tree.invisibleRootItem()]
        while stack:
            item = stack.pop()
            if item is not self.tree.invisibleRootItem():
                yield item
            children = (item.child(i) for i in reversed(range(item.childCount())))
            stack.extend(child for child in children if child is not None)

    def _items(self) -> dict[str, QTreeWidgetItem]:
        return {str(item.data(0, KEY_ROLE)): item for item in self._walk()}

    def _find(self, key: str) -> QTreeWidgetItem | None:
        return self._items().get(key)

    def _remember_selection(self, current: QTreeWidgetItem | None, *_: object) -> None:
        if current is not None:
            self._selected_key = str(current.data(0, KEY_ROLE))

    def _show_tree_or_empty(self, has_notes: bool) -> None:
        if has_notes or self.tree.topLevelItemCount():
            self.stack.setCurrentWidget(self.tree)
        else:
            self.message.setText(self.tr("No notes yet. Click + to write one."))
            self.stack.setCurrentWidget(self.message)

    def _show_failure(self, serial: int, message: str) -> None:
        if serial == self._tree_serial and not self.query():
            self.message.setText(
                self.tr("The notes could not be listed: {reason}").format(reason=message)
            )
            self.stack.setCurrentWidget(self.message)

    # -- search ----------------------------------------------------------------------------------

    def _on_query_edited(self, _text: str) -> None:
        if self.query():
            self._search_timer.start(self.search_delay_ms)
        else:
            self._search_timer.stop()
            self._search_serial += 1  # a search still running is now out of date
            self._show_tree_or_empty(bool(self.tree.topLevelItemCount()))

    def _run_search(self) -> None:
        query = self.query()
        if not query:
            return
        self._search_serial += 1
        serial = self._search_serial
        self.bridge.run(
            lambda store: store.search(query, limit=SEARCH_LIMIT),
            lambda hits: self._show_results(serial, hits),
            lambda message: self._show_search_failure(serial, message),
            owner=self,
        )

    def _show_results(self, serial: int, hits: list[SearchResult]) -> None:
        if serial != self._search_serial:
            return
        self.results.clear()
        if not hits:
            self.message.setText(self.tr("No notes match “{query}”.").format(query=self.query()))
            self.stack.setCurrentWidget(self.message)
            return
        muted = self.palette().color(QPalette.ColorRole.PlaceholderText).name()
        for hit in hits:
            place = " › ".join(p for p in (hit.course, hit.lesson) if p)
            lines = [f"<b>{html.escape(hit.title)}</b>"]
            if place:
                lines.append(f'<span style="color:{muted}">{html.escape(place)}</span>')
            if hit.snippet:
                lines.append(snippet_html(hit.snippet))
            item = QListWidgetItem("\n".join([hit.title, place, hit.snippet.replace("**", "")]))
            item.setData(HTML_ROLE, "<br>".join(lines))
            item.setData(NOTE_ROLE, hit.id)
            item.setToolTip(self._kind_name(hit.kind))
            self.results.addItem(item)
        self.stack.setCurrentWidget(self.results)

    def _show_search_failure(self, serial: int, message: str) -> None:
        if serial == self._search_serial:
            self.message.setText(self.tr("The search failed: {reason}").format(reason=message))
            self.stack.setCurrentWidget(self.message)

    # -- activation and keys ---------------------------------------------------------------------

    def _on_item_activated(self, item: QTreeWidgetItem | QListWidgetItem, *_: object) -> None:
        note_id = item.data(0, NOTE_ROLE) if isinstance(item, QTreeWidgetItem) else None
        if isinstance(item, QListWidgetItem):
            note_id = item.data(NOTE_ROLE)
        if note_id is None:
            return
        # A double click is also a click: open the note once, not twice.
        last = self._last_activation
        if last and last[0] == note_id and last[1].elapsed() < QApplication.doubleClickInterval():
            return
        clock = QElapsedTimer()
        clock.start()
        self._last_activation = (int(note_id), clock)
        self.note_activated.emit(int(note_id))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Esc clears the search, Down moves into the list; Enter opens a note."""
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return super().eventFilter(watched, event)
        key = event.key()
        if watched is self.search_box:
            if key == Qt.Key.Key_Escape and self.search_box.text():
                self.search_box.clear()
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self._search_timer.isActive():
                self._search_timer.stop()  # Enter searches now instead of after the pause
                self._run_search()
                return True
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Return, Qt.Key.Key_Enter):
                return self._enter_list(open_first=key != Qt.Key.Key_Down)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            # Enter opens the note even where the style would not emit itemActivated.
            self._last_activation = None
            item = self.tree.currentItem() if watched is self.tree else self.results.currentItem()
            if isinstance(item, QTreeWidgetItem) and item.data(0, NOTE_ROLE) is None:
                item.setExpanded(not item.isExpanded())  # Enter on a course or lesson folds it
                return True
            if item is not None:
                self._on_item_activated(item)
                return True
        return super().eventFilter(watched, event)

    def _enter_list(self, *, open_first: bool) -> bool:
        view = self.stack.currentWidget()
        if view is self.results and self.results.count():
            if self.results.currentRow() < 0:
                self.results.setCurrentRow(0)
            if open_first:
                self._on_item_activated(self.results.currentItem())
            else:
                self.results.setFocus()
            return True
        if view is self.tree and not open_first and self.tree.topLevelItemCount():
            first = self.tree.topLevelItem(0)
            if self.tree.currentItem() is None and first is not None:
                self.tree.setCurrentItem(first)
            self.tree.setFocus()
            return True
        return False
