"""The Review page: cards due per course, one card at a time, rated from the keyboard.

Space shows the answer, 1-4 rate it (Again, Hard, Good, Easy). A rating is shown as saved only
once the library has stored it (one transaction, synchronous=FULL): a killed app loses none
that the page said was saved. Large text that wraps, so an instructor can quiz a class from the
projector in presenter mode.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from assistant.core.engine.requests import Sampling
from assistant.core.store.cards import Card, CardsStore
from assistant.core.store.notes import NotesStore
from assistant.core.study.answer_check import judge_messages, overlap_hint
from assistant.ui.controllers.engine_bridge import EngineBridge, EngineRequest
from assistant.ui.controllers.library_bridge import LibraryBridge
from assistant.ui.language import Retranslating, retranslate_tree
from assistant.ui.tasks import describe_failure

# The card's text, relative to the app's font: readable from the back of a room.
CARD_FONT_SCALE = 1.6
LIST_WIDTH = 200
_ALL = object()  # the "all courses" row


@dataclass(frozen=True)
class ReviewState:
    """What the page shows: due counts per course, the due cards, the ratings given today."""

    counts: dict[str | None, int]
    due: list[Card]
    reviewed_today: int


class _CardText(QLabel):
    """A card side: large, wrapping, selectable text."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._scale_font()
        # The font is set on the label, so it no longer follows the app's (zoom, presenter
        # mode) by itself: it is scaled again whenever the app's font changes.
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.fontChanged.connect(self._scale_font)

    def _scale_font(self, *_: object) -> None:
        font = QFont(QApplication.font(self))
        font.setPointSizeF(max(font.pointSizeF(), 8.0) * CARD_FONT_SCALE)
        self.setFont(font)


class ReviewPage(Retranslating, QWidget):
    """Spaced-repetition review of the library's cards, fully usable from the keyboard."""

    open_note_requested = Signal(int)  # the note a card was made from
    rated = Signal(int, int)  # card id, rating: stored in the library

    def __init__(
        self,
        library: LibraryBridge,
        parent: QWidget | None = None,
        engine: EngineBridge | None = None,
    ) -> None:
        super().__init__(parent)
        self.library = library
        # With a loaded model, a typed answer is also judged by it (in the card's language).
        self.engine = engine
        self._judge: EngineRequest | None = None
        self._course: object = _ALL
        self._queue: list[Card] = []
        self._shown = False
        self._saving = False
        self._reviewed_today = 0
        self._build()
        library.changed.connect(self._on_library_changed)
        self.refresh()

    # -- building --------------------------------------------------------------------------------

    def _build(self) -> None:
        self.courses = QListWidget(self)
        self.courses.setAccessibleName(self.tr("Courses with cards due"))
        self.courses.currentItemChanged.connect(self._on_course_chosen)
        self.progress = QLabel(self)
        self.front = _CardText(self)
        self.front.setAccessibleName(self.tr("Card"))
        self.back = _CardText(self)
        self.back.setAccessibleName(self.tr("Answer"))
        line = QFrame(self)
        line.setFrameShape(QFrame.Shape.HLine)
        self.source = QPushButton(self)
        self.source.setFlat(True)
        self.source.clicked.connect(self._open_source)
        self.typed = QLineEdit(self)
        self.typed.setPlaceholderText(self.tr("Type your answer (optional), then Enter"))
        self.typed.returnPressed.connect(self.check_answer)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.judgement = QLabel(self)
        self.judgement.setWordWrap(True)
        self.judgement.setAccessibleName(self.tr("The model's check of your answer"))
        self.show_button = QPushButton(self.tr("Show answer (Space)"), self)
        self.show_button.clicked.connect(self.show_answer)
        names = [self.tr("Again"), self.tr("Hard"), self.tr("Good"), self.tr("Easy")]
        self.rate_buttons: list[QPushButton] = []
        for number, name in enumerate(names, 1):
            button = QPushButton(f"{name} ({number})", self)
            button.clicked.connect(lambda _=False, n=number: self.rate(n))
            self.rate_buttons.append(button)
        self.status = QLabel(self)
        self.status.setWordWrap(True)

        rate_row = QHBoxLayout()
        rate_row.addWidget(self.show_button)
        for button in self.rate_buttons:
            rate_row.addWidget(button)
        main = QWidget(self)
        column = QVBoxLayout(main)
        column.addWidget(self.progress)
        column.addStretch(1)
        column.addWidget(self.front)
        column.addWidget(line)
        column.addWidget(self.back)
        column.addWidget(self.source, 0, Qt.AlignmentFlag.AlignHCenter)
        column.addStretch(1)
        column.addWidget(self.typed)
        column.addWidget(self.hint)
        column.addWidget(self.judgement)
        column.addLayout(rate_row)
        column.addWidget(self.status)
        self.card_area = main
        main.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.courses)
        splitter.addWidget(main)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([LIST_WIDTH, 4 * LIST_WIDTH])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self._show_card()

    # -- state -----------------------------------------------------------------------------------

    @property
    def current(self) -> Card | None:
        """The card on screen."""
        return self._queue[0] if self._queue else None

    @property
    def answer_shown(self) -> bool:
        """Whether the answer side is visible."""
        return self._shown

    # -- actions ---------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the due counts, the due cards of the chosen course and today's progress."""
        course = None if self._course is _ALL else str(self._course or "") or None

        def job(store: NotesStore) -> ReviewState:
            cards = CardsStore(store.db)
            return ReviewState(cards.due_counts(), cards.due(course=course), cards.reviewed_today())

        self._run(job, self._show_state)

    def show_answer(self) -> None:
        """Turn the card over."""
        if self.current is None or self._shown:
            return
        self._shown = True
        self._show_card()

    def check_answer(self) -> None:
        """Compare the typed answer with the card's, say what is missing, and turn it over."""
        card = self.current
        if card is None or not self.typed.text().strip():
            return
        hint = overlap_hint(self.typed.text(), card.back)
        if hint.missing:
            text = self.tr("Covered {share}. Missing: {parts}").format(
                share=f"{hint.covered:.0%}", parts=" · ".join(hint.missing)
            )
        else:
            text = self.tr("Covered {share}: nothing important is missing.").format(
                share=f"{hint.covered:.0%}"
            )
        self.hint.setText(text)
        self.show_answer()
        self.card_area.setFocus()
        self._ask_model(card, self.typed.text())

    def _ask_model(self, card: Card, typed: str) -> None:
        """The model's judgement of the typed answer, streamed under the word-overlap hint."""
        if self.engine is None or self.engine.engine.loaded is None:
            return
        if self._judge is not None:
            self._judge.cancel()
        request = self.engine.ask(
            judge_messages(card, typed), Sampling(temperature=0.2, max_tokens=160), owner=self
        )
        self._judge = request
        judged: list[str] = []

        def more(text: str) -> None:
            if self.current is card and self._judge is request:
                judged.append(text)
                self.judgement.setText("".join(judged).strip())

        request.token.connect(more)
        request.failed.connect(lambda error: self.judgement.setText(describe_failure(error)))
        self.judgement.setText(self.tr("The model is checking your answer…"))

    def rate(self, rating: int) -> None:
        """Store the rating (1 Again ... 4 Easy) and go on to the next card once it is saved."""
        card = self.current
        if card is None or not self._shown or self._saving:
            return
        self._saving = True
        self._update_controls()
        self.status.setText(self.tr("Saving…"))

        def job(store: NotesStore) -> Card:
            return CardsStore(store.db).review(card.id, rating)

        def saved(_: Card) -> None:
            self._saving = False
            self.status.setText(self.tr("Saved."))
            self._reviewed_today += 1
            if self._queue and self._queue[0].id == card.id:
                self._queue.pop(0)
            self._show_progress()
            self.rated.emit(card.id, rating)
            self._shown = False
            if self._queue:
                self._show_card()
            else:
                self.refresh()  # cards rated Again may be due again already

        def failed(reason: str) -> None:
            self._saving = False
            self.status.setText(self.tr("The rating was not saved: {reason}").format(reason=reason))
            self._update_controls()

        self._run(job, saved, failed, writes=True)

    def retranslate(self) -> None:
        """Re-set the texts on a language switch (the card's own text stays)."""
        retranslate_tree(self)
        self._show_progress()
        self._show_card()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Space shows the answer; 1-4 rate it (keys typed into the answer box stay there)."""
        key = event.key()
        if key == Qt.Key.Key_Space:
            self.show_answer()
            return
        if Qt.Key.Key_1 <= key <= Qt.Key.Key_4:
            self.rate(key - Qt.Key.Key_0)
            return
        super().keyPressEvent(event)

    # -- showing ---------------------------------------------------------------------------------

    def _show_state(self, state: ReviewState) -> None:
        self.courses.blockSignals(True)
        self.courses.clear()
        total = sum(state.counts.values())
        rows: list[tuple[object, str]] = [(_ALL, self.tr("All courses ({n})").format(n=total))]
        for course, n in state.counts.items():
            if course:  # cards of notes in no course are under "All courses" only
                rows.append((course, self.tr("{course} ({n})").format(course=course, n=n)))
        for key, text in rows:
            item = QListWidgetItem(text, self.courses)
            item.setData(Qt.ItemDataRole.UserRole, key)
            if key == self._course or (key is _ALL and self._course is _ALL):
                self.courses.setCurrentItem(item)
        self.courses.blockSignals(False)
        self._queue = list(state.due)
        self._shown = False
        self._reviewed_today = state.reviewed_today
        self._show_progress()
        self._show_card()

    def _show_progress(self) -> None:
        self.progress.setText(
            self.tr("Today: {done} reviewed · {left} due").format(
                done=self._reviewed_today, left=len(self._queue)
            )
        )

    def _show_card(self) -> None:
        card = self.current
        if not self._shown:
            self.typed.clear()
        if card is None:
            self.front.setText(
                self.tr("No cards are due. Make cards on the Outline or Notes page.")
            )
            self.back.clear()
            self.source.hide()
            self.hint.clear()
            self.judgement.clear()
        else:
            self.front.setText(card.front)
            self.back.setText(card.back if self._shown else "")
            if card.note_id is None:
                self.source.setText(
                    self.tr("From {title} (the note was deleted)").format(title=card.note_title)
                )
            else:
                self.source.setText(self.tr("From {title}").format(title=card.note_title))
            self.source.setEnabled(card.note_id is not None)
            self.source.show()
            if not self._shown:
                self.hint.clear()
                self.judgement.clear()
        self._update_controls()

    def _update_controls(self) -> None:
        has_card = self.current is not None
        self.show_button.setEnabled(has_card and not self._shown)
        self.typed.setEnabled(has_card and not self._shown)
        for button in self.rate_buttons:
            button.setEnabled(has_card and self._shown and not self._saving)

    def _open_source(self) -> None:
        card = self.current
        if card is not None and card.note_id is not None:
            self.open_note_requested.emit(card.note_id)

    def _on_course_chosen(self, item: QListWidgetItem | None, _previous: Any = None) -> None:
        if item is None:
            return
        self._course = item.data(Qt.ItemDataRole.UserRole)
        self.refresh()

    def _on_library_changed(self) -> None:
        # Cards made on another page: show them, but never pull a card away mid-review.
        if self.current is None and not self._saving:
            self.refresh()

    def _run(
        self,
        job: Callable[[NotesStore], Any],
        on_done: Callable[[Any], None],
        on_failed: Callable[[str], None] | None = None,
        *,
        writes: bool = False,
    ) -> None:
        def failed(reason: str) -> None:
            self.status.setText(self.tr("The library failed: {reason}").format(reason=reason))

        # Owned by the page: nothing reaches it once it is gone (the window closed meanwhile).
        self.library.run(job, on_done, on_failed or failed, writes=writes, owner=self)
