"""The library sidebar: the course tree, search as you type, stale answers, keyboard."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from assistant.core.store.notes import NotesStore
from assistant.ui.controllers.library_bridge import LibraryBridge
from assistant.ui.widgets.library_sidebar import (
    HTML_ROLE,
    KEY_ROLE,
    NOTE_ROLE,
    LibrarySidebar,
    snippet_html,
)


def call(qtbot: QtBot, bridge: LibraryBridge, job: Callable[[NotesStore], Any], **kw: Any) -> Any:
    """Run job on the library thread and wait for its answer (and every earlier one)."""
    results: list[Any] = []
    bridge.run(job, lambda r: results.append(r), lambda m: results.append(RuntimeError(m)), **kw)
    qtbot.waitUntil(lambda: bool(results), timeout=5000)
    assert not isinstance(results[0], RuntimeError), results[0]
    return results[0]


def add_sample_notes(store: NotesStore) -> dict[str, int]:
    return {
        "minutes": store.add(
            "会议纪要", "本周**课程**安排：提示词框架纪要", course="AI 办公", lesson="第一课"
        ),
        "frameworks": store.add(
            "Prompt frameworks", "RTF, BROKE, CO-STAR", course="AI 办公", kind="outline"
        ),
        "viet": store.add("Bài 2: Viết prompt", "Tiếng Việt có dấu", course="Khóa học AI"),
        "loose": store.add("Random thought", "no course here"),
    }


@pytest.fixture
def sidebar(qtbot: QtBot, bridge: LibraryBridge) -> LibrarySidebar:
    widget = LibrarySidebar(bridge)
    widget.search_delay_ms = 10
    qtbot.addWidget(widget)
    widget.resize(360, 520)
    widget.show()
    return widget


def tree_texts(sidebar: LibrarySidebar) -> list[tuple[int, str]]:
    """(depth, text) of every tree row, top to bottom."""
    rows: list[tuple[int, str]] = []

    def walk(item: Any, depth: int) -> None:
        rows.append((depth, item.text(0)))
        for i in range(item.childCount()):
            walk(item.child(i), depth + 1)

    for i in range(sidebar.tree.topLevelItemCount()):
        walk(sidebar.tree.topLevelItem(i), 0)
    return rows


def test_snippet_marks_become_bold_and_the_rest_is_escaped() -> None:
    assert snippet_html("a <b> **纪要** & c") == "a &lt;b&gt; <b>纪要</b> &amp; c"
    # An unpaired ** (from Markdown cut by the snippet) stays text.
    assert snippet_html("**x** and **half") == "<b>x</b> and **half"


def test_tree_groups_notes_by_course_and_lesson(
    qtbot: QtBot, bridge: LibraryBridge, sidebar: LibrarySidebar
) -> None:
    ids = call(qtbot, bridge, add_sample_notes, writes=True)
    qtbot.waitUntil(lambda: len(sidebar.note_ids_in_tree()) == 4, timeout=5000)
    rows = tree_texts(sidebar)
    assert rows == [
        (0, "AI 办公"),
        (1, "第一课"),
        (2, "会议纪要"),
        (1, "Prompt frameworks"),
        (0, "Khóa học AI"),
        (1, "Bài 2: Viết prompt"),
        (0, "Unsorted"),
        (1, "Random thought"),
    ]
    assert sidebar.stack.currentWidget() is sidebar.tree
    minutes = next(
        item for item in sidebar._items().values() if item.data(0, NOTE_ROLE) == ids["minutes"]
    )
    assert minutes.isHidden() is False and minutes.parent().isExpanded()
    with qtbot.waitSignal(sidebar.note_activated, timeout=2000) as blocker:
        rect = sidebar.tree.visualItemRect(minutes)
        qtbot.mouseClick(sidebar.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert blocker.args == [ids["minutes"]]


def test_empty_library_says_so(qtbot: QtBot, sidebar: LibrarySidebar) -> None:
    qtbot.waitUntil(lambda: sidebar.stack.currentWidget() is sidebar.message, timeout=5000)
    assert "No notes yet" in sidebar.message.text()
    with qtbot.waitSignal(sidebar.new_note_requested, timeout=1000):
        sidebar.new_button.click()


def test_search_as_you_type_shows_bold_snippets_and_returns_to_the_tree(
    qtbot: QtBot, bridge: LibraryBridge, sidebar: LibrarySidebar
) -> None:
    ids = call(qtbot, bridge, add_sample_notes, writes=True)
    qtbot.waitUntil(lambda: len(sidebar.note_ids_in_tree()) == 4, timeout=5000)
    for char in "纪要":  # QTest can only type Latin-1 keys: insert as an input method would
        sidebar.search_box.insert(char)
    qtbot.waitUntil(lambda: sidebar.stack.currentWidget() is sidebar.results, timeout=5000)
    assert sidebar.results.count() == 1
    item = sidebar.results.item(0)
    assert item.data(NOTE_ROLE) == ids["minutes"]
    rich = item.data(HTML_ROLE)
    assert "<b>会议纪要</b>" in rich  # the title
    assert "AI 办公 › 第一课" in rich
    assert "框架<b>纪要</b>" in rich  # the match inside the snippet
    with qtbot.waitSignal(sidebar.note_activated, timeout=2000) as blocker:
        qtbot.keyClick(sidebar.search_box, Qt.Key.Key_Return)
    assert blocker.args == [ids["minutes"]]

    # Vietnamese without tone marks finds the note with them.
    sidebar.search_box.setText("tieng viet")
    qtbot.waitUntil(
        lambda: (
            sidebar.results.count() == 1 and sidebar.results.item(0).data(NOTE_ROLE) == ids["viet"]
        ),
        timeout=5000,
    )
    sidebar.search_box.setText("量子物理")
    qtbot.waitUntil(lambda: sidebar.stack.currentWidget() is sidebar.message, timeout=5000)
    assert "No notes match" in sidebar.message.text()
    qtbot.keyClick(sidebar.search_box, Qt.Key.Key_Escape)
    assert sidebar.search_box.text() == ""
    assert sidebar.stack.currentWidget() is sidebar.tree


def test_out_of_date_search_answers_are_ignored(
    qtbot: QtBot, bridge: LibraryBridge, sidebar: LibrarySidebar
) -> None:
    call(qtbot, bridge, add_sample_notes, writes=True)
    qtbot.waitUntil(lambda: len(sidebar.note_ids_in_tree()) == 4, timeout=5000)
    # Hold the library thread so the search is still running when the box is cleared.
    gate = threading.Event()
    bridge.run(lambda store: gate.wait(5))
    sidebar.search_box.setText("纪要")
    qtbot.waitUntil(lambda: sidebar._search_serial == 1, timeout=2000)  # sent
    sidebar.search_box.clear()
    gate.set()
    call(qtbot, bridge, lambda store: None)  # every earlier answer has arrived
    assert sidebar.stack.currentWidget() is sidebar.tree
    assert sidebar.results.count() == 0


def test_refresh_keeps_selection_and_collapsed_courses(
    qtbot: QtBot, bridge: LibraryBridge, sidebar: LibrarySidebar
) -> None:
    ids = call(qtbot, bridge, add_sample_notes, writes=True)
    qtbot.waitUntil(lambda: len(sidebar.note_ids_in_tree()) == 4, timeout=5000)
    items = sidebar._items()
    items["c:Khóa học AI"].setExpanded(False)
    sidebar.tree.setCurrentItem(items[f"n:{ids['frameworks']}"])
    with qtbot.waitSignal(bridge.changed, timeout=5000):
        bridge.run(lambda store: store.add("新笔记", "内容", course="AI 办公"), writes=True)
    qtbot.waitUntil(lambda: len(sidebar.note_ids_in_tree()) == 5, timeout=5000)
    items = sidebar._items()
    assert not items["c:Khóa học AI"].isExpanded()
    assert items["c:AI 办公"].isExpanded()
    assert sidebar.tree.currentItem().data(0, KEY_ROLE) == f"n:{ids['frameworks']}"


def test_keyboard_find_and_enter(
    qtbot: QtBot, bridge: LibraryBridge, sidebar: LibrarySidebar
) -> None:
    ids = call(qtbot, bridge, add_sample_notes, writes=True)
    qtbot.waitUntil(lambda: len(sidebar.note_ids_in_tree()) == 4, timeout=5000)
    sidebar.activateWindow()
    qtbot.waitActive(sidebar)
    sidebar.tree.setFocus()
    qtbot.keyClick(sidebar.tree, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert sidebar.search_box.hasFocus()
    sidebar.select_note(ids["loose"])
    with qtbot.waitSignal(sidebar.note_activated, timeout=2000) as blocker:
        qtbot.keyClick(sidebar.tree, Qt.Key.Key_Return)
    assert blocker.args == [ids["loose"]]


def test_current_place_is_the_selected_course_and_lesson(
    qtbot: QtBot, bridge: LibraryBridge, sidebar: LibrarySidebar
) -> None:
    ids = call(qtbot, bridge, add_sample_notes, writes=True)
    qtbot.waitUntil(lambda: len(sidebar.note_ids_in_tree()) == 4, timeout=5000)
    assert sidebar.current_place() == ("", "")
    sidebar.select_note(ids["minutes"])
    assert sidebar.current_place() == ("AI 办公", "第一课")
    sidebar.select_note(ids["frameworks"])
    assert sidebar.current_place() == ("AI 办公", "")
    sidebar.select_note(ids["loose"])
    assert sidebar.current_place() == ("", "")
