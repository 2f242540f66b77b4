"""Keep only what the lecture says: a small model fills every schema field it is given.

The starter model gives homework an owner and a deadline that no one mentioned, and lists key
terms the lecture never used. Owners, deadlines and terms are words the lecture itself must
contain, so they are checked against it literally; tasks, which the model may rephrase, need
a share of their words (or Chinese character pairs) in the lecture.
"""

from __future__ import annotations

from dataclasses import replace

from assistant.core.outline.structure import ActionItem, KeyTerm, Outline
from assistant.core.outline.textmatch import match_units, normalise

# Share of a task's words (or character pairs) that must occur in the lecture.
TASK_OVERLAP = 0.3
# Share of a key term's or a deadline's units that must occur when it is not there verbatim.
TERM_OVERLAP = 0.75


class _Lecture:
    def __init__(self, text: str) -> None:
        self.flat = normalise(text)
        self.units = match_units(text)

    def says(self, phrase: str | None, share: float) -> bool:
        if not phrase:
            return False
        flat = normalise(phrase)
        if flat and flat in self.flat:
            return True
        units = match_units(phrase)
        return bool(units) and len(units & self.units) / len(units) >= share


def ground_outline(outline: Outline, lecture_text: str) -> Outline:
    """The outline without owners, deadlines, tasks and key terms the lecture does not contain.

    Only for an outline in the lecture's own language: a translated outline cannot be checked
    word for word.
    """
    lecture = _Lecture(lecture_text)
    actions: list[ActionItem] = []
    for item in outline.action_items:
        if not lecture.says(item.task, TASK_OVERLAP):
            continue
        owner = item.owner if lecture.says(item.owner, 1.0) else None
        deadline = item.deadline if lecture.says(item.deadline, TERM_OVERLAP) else None
        actions.append(replace(item, owner=owner, deadline=deadline))
    terms: list[KeyTerm] = [t for t in outline.key_terms if lecture.says(t.term, TERM_OVERLAP)]
    return replace(outline, action_items=tuple(actions), key_terms=tuple(terms))
