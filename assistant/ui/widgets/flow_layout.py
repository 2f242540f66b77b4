"""A row of buttons and fields that wraps onto more lines instead of widening the window."""

from __future__ import annotations

from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLayout,
    QLayoutItem,
    QSizePolicy,
    QStyle,
    QWidget,
)


class FlowLayout(QLayout):
    """Lays its items left to right and starts a new line where the next one does not fit.

    At large fonts and in presenter mode a one-line row of translated buttons is wider than a
    1,024 px projector; wrapping keeps every button whole and the window within the screen.
    The narrowest the row gets is its widest item. Items keep their size hint, except that a
    stretch item (added with add_stretch_widget) takes the rest of its line.
    """

    def __init__(self, parent: QWidget | None = None, spacing: int = -1) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._stretched: set[int] = set()
        self._spacing = spacing
        self.setContentsMargins(0, 0, 0, 0)

    # -- QLayout's interface ---------------------------------------------------------------

    def addItem(self, item: QLayoutItem) -> None:
        """Called by addWidget: keep the item in order."""
        self._items.append(item)

    def add_stretch_widget(self, widget: QWidget) -> None:
        """Add widget so that it takes the free width of its line (e.g. a status text)."""
        self.addWidget(widget)
        self._stretched.add(id(self._items[-1]))

    def count(self) -> int:
        """How many items the row holds."""
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        """The item at index, or None past the end (Qt's contract)."""
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        """Remove and return the item at index."""
        if not 0 <= index < len(self._items):
            return None
        item = self._items.pop(index)
        self._stretched.discard(id(item))
        return item

    def expandingDirections(self) -> Qt.Orientation:
        """Grows sideways with its parent; its height follows from the width."""
        return Qt.Orientation.Horizontal

    def hasHeightForWidth(self) -> bool:
        """The height depends on how many lines the width allows."""
        return True

    def heightForWidth(self, width: int) -> int:
        """The height the items need when laid out in width."""
        return self._arrange(QRect(0, 0, width, 0), apply=False)

    def setGeometry(self, rect: QRect) -> None:
        """Place the items in rect."""
        super().setGeometry(rect)
        self._arrange(rect, apply=True)

    def sizeHint(self) -> QSize:
        """Everything on one line."""
        margins = self.contentsMargins()
        width = sum(i.sizeHint().width() for i in self._visible())
        width += self._gap() * max(0, len(self._visible()) - 1)
        height = max((i.sizeHint().height() for i in self._visible()), default=0)
        return QSize(width, height) + _size_of(margins)

    def minimumSize(self) -> QSize:
        """As narrow as the widest item, as short as one line (height follows the width)."""
        size = QSize()
        for item in self._visible():
            size = size.expandedTo(item.minimumSize())
        return size + _size_of(self.contentsMargins())

    # -- layout ----------------------------------------------------------------------------

    def _visible(self) -> list[QLayoutItem]:
        return [item for item in self._items if not item.isEmpty()]

    def _gap(self) -> int:
        if self._spacing >= 0:
            return self._spacing
        parent = self.parentWidget()
        if parent is None:
            return 6
        style = parent.style()
        gap = style.layoutSpacing(
            QSizePolicy.ControlType.PushButton,
            QSizePolicy.ControlType.PushButton,
            Qt.Orientation.Horizontal,
        )
        return gap if gap >= 0 else style.pixelMetric(QStyle.PixelMetric.PM_LayoutHorizontalSpacing)

    def _lines(self, width: int) -> list[list[QLayoutItem]]:
        """The items split into lines that fit width."""
        lines: list[list[QLayoutItem]] = [[]]
        used = 0
        for item in self._visible():
            hint = item.sizeHint().width()
            needed = hint if not lines[-1] else used + self._gap() + hint
            if lines[-1] and needed > width:
                lines.append([item])
                used = hint
            else:
                lines[-1].append(item)
                used = needed
        return [line for line in lines if line]

    def _arrange(self, rect: QRect, *, apply: bool) -> int:
        margins = self.contentsMargins()
        area = rect.marginsRemoved(margins)
        y = area.y()
        for line in self._lines(area.width()):
            height = max(item.sizeHint().height() for item in line)
            widths = [min(item.sizeHint().width(), area.width()) for item in line]
            free = area.width() - sum(widths) - self._gap() * (len(line) - 1)
            stretched = [i for i, item in enumerate(line) if id(item) in self._stretched]
            for i in stretched:
                widths[i] += max(0, free) // len(stretched)
            x = area.x()
            for item, width in zip(line, widths, strict=True):
                if apply:
                    item.setGeometry(QRect(QPoint(x, y), QSize(width, height)))
                x += width + self._gap()
            y += height + self._gap()
        if y > area.y():
            y -= self._gap()
        return y - rect.y() + margins.bottom()


def labelled(text: str, field: QWidget, parent: QWidget) -> QWidget:
    """A label and the field it names, kept on one line of a FlowLayout."""
    pair = QWidget(parent)
    label = QLabel(text, pair)
    label.setBuddy(field)
    row = QHBoxLayout(pair)
    row.setContentsMargins(0, 0, 0, 0)
    row.addWidget(label)
    row.addWidget(field, 1)
    return pair


def _size_of(margins: QMargins) -> QSize:
    return QSize(margins.left() + margins.right(), margins.top() + margins.bottom())
