"""Making review cards from a stored note, for the Outline and Notes pages' Make cards buttons."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject

from assistant.core.store.cards import AddedCards, CardsStore
from assistant.core.store.notes import NotesStore
from assistant.core.study.cards import cloze_card, outline_cards
from assistant.ui.controllers.library_bridge import LibraryBridge


class CardMaker(QObject):
    """Makes cards on the library thread and reports one translated sentence."""

    def __init__(self, library: LibraryBridge, parent: QObject) -> None:
        super().__init__(parent)
        self.library = library

    def make(
        self,
        note_id: int,
        report: Callable[[str], None],
        selection: tuple[int, int] | None = None,
    ) -> None:
        """Cards from note_id: a cloze of the selection if there is one, else its outline parts.

        Cards already made from the note are not made again; report gets what happened.
        """

        def job(store: NotesStore) -> AddedCards:
            note = store.get(note_id)
            if selection is not None and selection[1] > selection[0]:
                drafts = [cloze_card(note, *selection)]
            else:
                drafts = outline_cards(note)
            return CardsStore(store.db).add(drafts)

        def done(result: AddedCards) -> None:
            report(
                self.tr("{made} review card(s) made, {there} already there.").format(
                    made=len(result.added), there=result.already_there
                )
            )

        def failed(reason: str) -> None:
            report(self.tr("No cards were made: {reason}").format(reason=reason))

        self.library.run(job, done, failed, writes=True, owner=self)
