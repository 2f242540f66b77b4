"""The Notes page: save, drafts that survive, history, delete and export, with the sidebar."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from assistant.core.store.notes import NotesStore
from assistant.ui.controllers.library_bridge import LibraryBridge
from assistant.ui.pages.notes_page import NotesPage, split_tags
from assistant.ui.widgets.library_sidebar import HTML_ROLE, NOTE_ROLE, LibrarySidebar

BODY = "## 要点\n\n- 本周课程安排\n- 提示词框架 **RTF**\n\n会议纪要由班长整理。"


@pytest.fixture
def page(qtbot: QtBot, bridge: LibraryBridge) -> NotesPage:
    widget = NotesPage(bridge)
    widget.autosave_interval_ms = 50
    widget.preview_delay_ms = 10
    qtbot.addWidget(widget)
    widget.resize(900, 600)
    widget.show()
    return widget


def call(qtbot: QtBot, bridge: LibraryBridge, job: Callable[[NotesStore], Any], **kw: Any) -> Any:
    """Run job on the library thread and wait for its answer (and every earlier one)."""
    results: list[Any] = []
    bridge.run(job, lambda r: results.append(r), lambda m: results.append(RuntimeError(m)), **kw)
    qtbot.waitUntil(lambda: bool(results), timeout=5000)
    assert not isinstance(results[0], RuntimeError), results[0]
    return results[0]


def write(page: NotesPage, title: str, body: str, course: str = "", lesson: str = "") -> None:
    page.title_edit.setText(title)
    page.course_box.setEditText(course)
    page.lesson_box.setEditText(lesson)
    page.editor.setPlainText(body)


def save(qtbot: QtBot, page: NotesPage) -> int:
    with qtbot.waitSignal(page.saved, timeout=5000) as blocker:
        qtbot.keyClick(page.editor, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    return int(blocker.args[0])


def open_and_wait(qtbot: QtBot, page: NotesPage, note_id: int) -> None:
    page.open_note(note_id)
    qtbot.waitUntil(lambda: page.note_id == note_id and page._pending_open is None, timeout=5000)


def test_split_tags_accepts_chinese_commas() -> None:
    assert split_tags("课程，AI, 笔记、AI") == ("AI", "笔记", "课程")


def test_write_save_and_find_it_in_the_sidebar(
    qtbot: QtBot, bridge: LibraryBridge, page: NotesPage
) -> None:
    sidebar = LibrarySidebar(bridge)
    sidebar.search_delay_ms = 10
    qtbot.addWidget(sidebar)
    page.activateWindow()
    qtbot.waitActive(page)
    assert page.state_text() == "New note"
    write(page, "会议纪要", BODY, course="AI 办公", lesson="第一课")
    page.tags_edit.setText("班会，纪要")
    assert page.state_text() == "Unsaved changes"
    assert page.has_unsaved_changes()
    # The preview renders the Markdown once typing pauses.
    qtbot.waitUntil(lambda: "提示词框架" in page.preview.toPlainText(), timeout=2000)
    assert "##" not in page.preview.toPlainText()

    note_id = save(qtbot, page)
    assert page.note_id == note_id
    assert page.state_text() == "Saved"
    assert not page.has_unsaved_changes()
    note = call(qtbot, bridge, lambda store: store.get(note_id))
    assert (note.title, note.body, note.course, note.lesson) == (
        "会议纪要",
        BODY,
        "AI 办公",
        "第一课",
    )
    assert note.tags == ("班会", "纪要")

    qtbot.waitUntil(lambda: sidebar.note_ids_in_tree() == [note_id], timeout=5000)
    sidebar.search_box.setText("纪要")
    qtbot.waitUntil(lambda: sidebar.results.count() == 1, timeout=5000)
    assert sidebar.results.item(0).data(NOTE_ROLE) == note_id
    assert "<b>纪要</b>" in sidebar.results.item(0).data(HTML_ROLE)

    # A second save of an edit updates the same note (no duplicate) and keeps the cursor.
    page.editor.moveCursor(page.editor.textCursor().MoveOperation.End)
    page.editor.insertPlainText("\n补充一条。")
    position = page.editor.textCursor().position()
    assert save(qtbot, page) == note_id
    assert page.editor.textCursor().position() == position
    assert call(qtbot, bridge, lambda store: store.count()) == 1
    # The course list offers the saved course.
    qtbot.waitUntil(lambda: page.course_box.findText("AI 办公") >= 0, timeout=5000)


def test_autosave_keeps_a_draft_and_reopening_offers_it(
    qtbot: QtBot, bridge: LibraryBridge, page: NotesPage
) -> None:
    first = call(qtbot, bridge, lambda store: store.add("第一课笔记", "原来的内容"))
    other = call(qtbot, bridge, lambda store: store.add("另一个笔记", "别的"))
    open_and_wait(qtbot, page, first)
    assert page.editor.toPlainText() == "原来的内容"
    assert page.state_text() == "Saved"
    page.editor.setPlainText("改过的内容，还没保存")
    assert page.state_text() == "Unsaved changes"
    qtbot.waitUntil(lambda: page.state_text().startswith("Draft autosaved"), timeout=5000)
    draft = call(qtbot, bridge, lambda store: store.draft(f"note:{first}"))
    assert draft is not None and draft.body == "改过的内容，还没保存"
    assert page.has_unsaved_changes()  # a draft is not a save

    # Typing again and switching notes at once: flush_draft keeps the last keystrokes.
    page.editor.setPlainText("最后几个字也在")
    open_and_wait(qtbot, page, other)
    assert not page.restore_bar.isVisible()
    open_and_wait(qtbot, page, first)
    assert page.editor.toPlainText() == "原来的内容"
    assert page.restore_bar.isVisible()
    page.restore_draft()
    assert page.editor.toPlainText() == "最后几个字也在"
    assert page.state_text() == "Unsaved changes"
    save(qtbot, page)
    assert call(qtbot, bridge, lambda store: store.draft(f"note:{first}")) is None
    # Nothing newer than the saved note is left to offer.
    open_and_wait(qtbot, page, other)
    open_and_wait(qtbot, page, first)
    assert not page.restore_bar.isVisible()


def test_a_new_notes_draft_is_offered_and_can_be_discarded(
    qtbot: QtBot, bridge: LibraryBridge, page: NotesPage
) -> None:
    write(page, "", "还没标题的新笔记")
    qtbot.waitUntil(lambda: page.state_text().startswith("Draft autosaved"), timeout=5000)
    page.flush_draft()
    page.new_note(course="AI 办公")
    assert page.editor.toPlainText() == ""
    assert page.course_box.currentText() == "AI 办公"
    qtbot.waitUntil(lambda: page.restore_bar.isVisible(), timeout=5000)
    page.discard_draft()
    assert call(qtbot, bridge, lambda store: store.draft("note:new")) is None
    # An empty new note is not saved.
    page.save()
    assert "Write a title" in page.message.text()


def test_history_lists_the_previous_version_and_restores_it(
    qtbot: QtBot, bridge: LibraryBridge, page: NotesPage
) -> None:
    write(page, "提示词框架", "第一版：RTF")
    note_id = save(qtbot, page)
    page.editor.setPlainText("第二版：CO-STAR")
    save(qtbot, page)
    page.show_history()
    dialog = page.history_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.list.count() == 1, timeout=5000)
    assert "提示词框架" in dialog.list.item(0).text()
    assert "第一版：RTF" in dialog.preview.toPlainText()
    # Unsaved text at the moment of restoring goes into the history, not away.
    page.editor.setPlainText("第三版，没保存")
    with qtbot.waitSignal(page.saved, timeout=5000):
        dialog.restore_button.click()
    assert page.editor.toPlainText() == "第一版：RTF"
    assert page.state_text() == "Saved"
    versions = call(qtbot, bridge, lambda store: store.versions(note_id))
    assert [v.body for v in versions][:2] == ["第三版，没保存", "第二版：CO-STAR"]


def test_delete_asks_first(
    qtbot: QtBot, bridge: LibraryBridge, page: NotesPage, monkeypatch: pytest.MonkeyPatch
) -> None:
    write(page, "要删除的笔记", "内容")
    note_id = save(qtbot, page)
    asked: list[str] = []

    def answer(reply: QMessageBox.StandardButton) -> Callable[..., QMessageBox.StandardButton]:
        def question(_parent: object, _title: str, text: str, *_: object) -> Any:
            asked.append(text)
            return reply

        return question

    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.No))
    page.delete_button.click()
    assert "要删除的笔记" in asked[0]
    assert call(qtbot, bridge, lambda store: store.count()) == 1
    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Yes))
    with qtbot.waitSignal(page.deleted, timeout=5000) as blocker:
        page.delete_button.click()
    assert blocker.args == [note_id]
    assert call(qtbot, bridge, lambda store: store.count()) == 0
    assert page.note_id is None and page.editor.toPlainText() == ""
    assert not page.delete_button.isEnabled()


def test_export_json_html_markdown_and_pdf(
    qtbot: QtBot,
    bridge: LibraryBridge,
    page: NotesPage,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    call(qtbot, bridge, lambda store: store.add("别的课", "不导出", course="其他课程"))
    write(page, "会议纪要", BODY, course="AI 办公")
    save(qtbot, page)
    chosen: list[str] = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (chosen[-1], ""))
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: chosen[-1])

    chosen.append(str(tmp_path / "course"))  # no suffix typed: .json is added
    with qtbot.waitSignal(page.exported, timeout=5000) as blocker:
        page.export("json")
    assert blocker.args == [tmp_path / "course.json"]
    data = json.loads((tmp_path / "course.json").read_text(encoding="utf-8"))
    assert [n["title"] for n in data["notes"]] == ["会议纪要"]

    chosen.append(str(tmp_path / "all.html"))
    with qtbot.waitSignal(page.exported, timeout=5000):
        page.export("html", whole_library=True)
    html = (tmp_path / "all.html").read_text(encoding="utf-8")
    assert "会议纪要" in html and "别的课" in html

    (tmp_path / "md").mkdir()
    chosen.append(str(tmp_path / "md"))
    with qtbot.waitSignal(page.exported, timeout=5000):
        page.export("markdown")
    assert [p.name for p in (tmp_path / "md").rglob("*.md")] == ["会议纪要.md"]

    chosen.append(str(tmp_path / "course.pdf"))
    with qtbot.waitSignal(page.exported, timeout=10_000):
        page.export("pdf")
    assert (tmp_path / "course.pdf").read_bytes().startswith(b"%PDF")
    assert "Exported to" in page.message.text()

    # Cancelling the dialog exports nothing.
    chosen.append("")
    page.export("json")
    assert "Exported to" in page.message.text()


def test_new_note_while_the_last_one_saves_is_not_stuck_on_saving(
    qtbot: QtBot, page: NotesPage
) -> None:
    write(page, "第一篇", BODY)
    with qtbot.waitSignal(page.saved, timeout=5000):
        qtbot.keyClick(page.editor, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
        page.new_note()  # before the save has answered
        assert page.state_text() == "New note"
        assert page.save_button.isEnabled()
    # The finished save belongs to the first note; the new one is untouched and can be saved.
    assert page.note_id is None
    assert page.state_text() == "New note"
    assert page.save_button.isEnabled()
    write(page, "第二篇", "正文")
    assert page.state_text() == "Unsaved changes"
    assert save(qtbot, page) != 0
    assert page.state_text() == "Saved"
