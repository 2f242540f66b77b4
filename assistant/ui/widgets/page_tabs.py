"""The main window's page tabs: a page wider than the screen scrolls instead of widening it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QScrollArea, QTabWidget, QWidget


class PageTabs(QTabWidget):
    """A QTabWidget whose pages sit in scroll areas; callers still name the pages themselves.

    A tab widget is as wide as its widest page, and a window as wide as its tab widget: one
    page with a long row of translated buttons at a large font would push the window past a
    projector's screen. In a scroll area that page scrolls sideways (a last resort: pages wrap
    their rows) and the other pages and the window keep their size.
    """

    def add_page(self, page: QWidget, title: str) -> int:
        """Add page (in its scroll area) as a tab titled title."""
        area = QScrollArea(self)
        area.setWidgetResizable(True)
        area.setFrameShape(QFrame.Shape.NoFrame)
        area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        area.setWidget(page)
        return self.addTab(area, title)

    def page(self, index: int) -> QWidget | None:
        """The page of tab index (not its scroll area)."""
        area = self.widget(index)
        return area.widget() if isinstance(area, QScrollArea) else area

    def current_page(self) -> QWidget | None:
        """The page shown."""
        return self.page(self.currentIndex())

    def scroll_area(self, page: QWidget) -> QScrollArea | None:
        """The scroll area that holds page."""
        for index in range(self.count()):
            area = self.widget(index)
            if isinstance(area, QScrollArea) and area.widget() is page:
                return area
        return None

    def setCurrentWidget(self, widget: QWidget) -> None:
        """Show the tab of widget, a page or its scroll area."""
        super().setCurrentWidget(self.scroll_area(widget) or widget)

    def currentWidget(self) -> QWidget:
        """The page shown (its scroll area only if the tab holds something else)."""
        return self.current_page() or super().currentWidget()
