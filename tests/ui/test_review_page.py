"""The Review page, used from the keyboard only: Space shows the answer, 1-4 rate it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from assistant.core.store.cards import CardsStore
from assistant.core.store.database import open_library
from assistant.core.store.notes import NotesStore
from assistant.core.study.cards import outline_cards
from assistant.ui.controllers.library_bridge import LibraryBridge
from assistant.ui.pages.review_page import ReviewPage

OUTLINE = """# Safety

## Machine guards

- Every machine guard is checked before the morning shift
- A missing guard is reported to the shift leader

## Key terms

- **Machine guard**: a cover that keeps hands away from moving parts
- **Shift leader**: the person who runs the shift

## Review questions

1. Who is told about a missing machine guard?
"""


def _make_cards(path: Path) -> list[int]:
    lib = open_library(path, backups=False)
    notes = NotesStore(lib.db)
    note = notes.get(notes.add("Safety", OUTLINE, kind="outline", course="Factory"))
    ids = CardsStore(lib.db).add(outline_cards(note)).added
    lib.close()
    return ids


def test_a_whole_review_from_the_keyboard(qtbot: QtBot, tmp_path: Path) -> None:
    ids = _make_cards(tmp_path / "library.db")
    library = LibraryBridge(tmp_path / "library.db")
    page = ReviewPage(library)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.current is not None, timeout=5000)
    assert page.courses.count() == 2  # all courses, and Factory
    assert "Factory (3)" in page.courses.item(1).text()
    assert page.current is not None and page.current.id == ids[0]
    assert page.front.text() == "Machine guard" and page.back.text() == ""
    page.card_area.setFocus()

    ratings = []
    page.rated.connect(lambda card_id, rating: ratings.append((card_id, rating)))
    for key in (Qt.Key.Key_4, Qt.Key.Key_3, Qt.Key.Key_4):
        qtbot.keyClick(page.card_area, Qt.Key.Key_1)  # no rating before the answer is shown
        assert not page.answer_shown
        qtbot.keyClick(page.card_area, Qt.Key.Key_Space)
        assert page.answer_shown and page.back.text()
        with qtbot.waitSignal(page.rated, timeout=5000):
            qtbot.keyClick(page.card_area, key)
    assert [r[1] for r in ratings] == [4, 3, 4]
    # Good on a new card is a learning step of minutes: it is not due again at once.
    qtbot.waitUntil(lambda: page.current is None, timeout=5000)
    assert page.progress.text() == "Today: 3 reviewed · 0 due"
    library.shutdown()

    # The ratings were stored, not only shown: a fresh connection sees them.
    lib = open_library(tmp_path / "library.db", backups=False)
    stored = lib.db.execute("SELECT card_id, rating FROM card_reviews ORDER BY id").fetchall()
    lib.close()
    assert [tuple(row) for row in stored] == ratings


def test_typing_an_answer_checks_it_and_keys_typed_stay_in_the_box(
    qtbot: QtBot, tmp_path: Path
) -> None:
    _make_cards(tmp_path / "library.db")
    library = LibraryBridge(tmp_path / "library.db")
    page = ReviewPage(library)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.current is not None, timeout=5000)
    page.typed.setFocus()
    qtbot.keyClicks(page.typed, "a cover 1 2")
    assert page.typed.text() == "a cover 1 2" and not page.answer_shown
    qtbot.keyClick(page.typed, Qt.Key.Key_Return)
    assert page.answer_shown
    assert "Missing" in page.hint.text()
    library.shutdown()


def test_an_empty_library_says_how_to_make_cards(qtbot: QtBot, bridge: LibraryBridge) -> None:
    page = ReviewPage(bridge)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.courses.count() == 1, timeout=5000)
    assert "Make cards" in page.front.text()
    assert not any(b.isEnabled() for b in page.rate_buttons)


def test_the_card_grows_with_the_apps_font_for_the_projector(
    qtbot: QtBot, bridge: LibraryBridge
) -> None:
    from PySide6.QtWidgets import QApplication

    page = ReviewPage(bridge)
    qtbot.addWidget(page)
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    before = app.font()
    try:
        bigger = app.font()
        bigger.setPointSizeF(before.pointSizeF() * 2)
        app.setFont(bigger)
        qtbot.waitUntil(
            lambda: page.front.font().pointSizeF() >= bigger.pointSizeF() * 1.5, timeout=2000
        )
    finally:
        app.setFont(before)


def test_with_a_model_a_typed_answer_is_also_judged_by_it(
    qtbot: QtBot, tmp_path: Path, tiny_model: Path
) -> None:
    from assistant.core.engine.requests import LoadOptions
    from assistant.core.settings import Settings
    from assistant.ui.controllers.engine_bridge import EngineBridge
    from tests.ui.request_feed import RequestFeed

    _make_cards(tmp_path / "library.db")
    library = LibraryBridge(tmp_path / "library.db")
    engine = EngineBridge(settings=Settings(n_threads=1))
    feed = RequestFeed(engine)
    try:
        with qtbot.waitSignal(engine.loaded, timeout=10_000):
            engine.load(str(tiny_model), LoadOptions(n_ctx=2048, n_threads=1))
        page = ReviewPage(library, engine=engine)
        qtbot.addWidget(page)
        qtbot.waitUntil(lambda: page.current is not None, timeout=5000)
        page.typed.setText("a cover")
        with qtbot.waitSignal(feed.succeeded, timeout=10_000):
            qtbot.keyClick(page.typed, Qt.Key.Key_Return)
        assert page.answer_shown and "Missing" in page.hint.text()
        assert page.judgement.text()  # the tiny model's words: proof the model was asked
        assert page.judgement.text() != "The model is checking your answer…"
    finally:
        engine.shutdown()
        library.shutdown()
