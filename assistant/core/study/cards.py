"""Making review cards from what the user has: a saved outline, or a selection in a note.

An outline is saved as Markdown (render_markdown): its key terms become term -> definition
cards, and each review question is paired with the outline section it is about (the section
whose heading and points share most words with it) whose points are the answer.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from assistant.core.errors import ClozeSelectionEmpty, InputError, NoCardsInNote
from assistant.core.outline.textmatch import match_units
from assistant.core.store.cards import CardDraft
from assistant.core.store.records import Note
from assistant.core.text.language import detect_language

# Closing parts of an outline as render.py titles them, in every language it writes.
_TERM_HEADINGS = {"key terms", "thuật ngữ chính", "关键术语"}
_QUESTION_HEADINGS = {"review questions", "câu hỏi ôn tập", "复习题", "复习思考题"}
_OTHER_CLOSING = {"action items", "việc cần làm", "待办事项", "工作安排"} | {
    "summary",
    "tóm tắt",
    "总结",
}
_HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*$")
_TERM_LINE = re.compile(r"^\s*[-*+]\s+\*\*(.+?)\*\*\s*(?:[:：]\s*(.*))?$")
_QUESTION_LINE = re.compile(r"^\s*(?:\d+[.)、]|[-*+])\s+(.+?)\s*$")
_POINT_LINE = re.compile(r"^\s*[-*+]\s+(?!\[[ x]\])(.+?)\s*$")
_TIME_SUFFIX = re.compile(r"\s*[（(]\d{1,2}:\d{2}(?::\d{2})?[)）]$")
CLOZE_GAP = "[…]"


@dataclass
class _Section:
    heading: str
    points: list[str] = field(default_factory=list)


@dataclass
class OutlineParts:
    """The parts of a saved Markdown outline that cards are made from."""

    sections: list[_Section] = field(default_factory=list)
    terms: list[tuple[str, str]] = field(default_factory=list)
    questions: list[str] = field(default_factory=list)


def parse_outline(markdown: str) -> OutlineParts:
    """Sections with their points, key terms and review questions of a Markdown outline."""
    parts = OutlineParts()
    mode = "section"
    current: _Section | None = None
    for line in markdown.splitlines():
        heading = _HEADING.match(line)
        if heading:
            title = _TIME_SUFFIX.sub("", heading.group(2)).strip()
            folded = title.casefold()
            if len(heading.group(1)) == 1:
                mode, current = "title", None
            elif folded in _TERM_HEADINGS:
                mode = "terms"
            elif folded in _QUESTION_HEADINGS:
                mode = "questions"
            elif folded in _OTHER_CLOSING:
                mode = "other"
            else:
                mode, current = "section", _Section(title)
                parts.sections.append(current)
            continue
        if mode == "terms" and (term := _TERM_LINE.match(line)):
            parts.terms.append((term.group(1).strip(), (term.group(2) or "").strip()))
        elif mode == "questions" and (question := _QUESTION_LINE.match(line)):
            parts.questions.append(question.group(1))
        elif mode == "section" and current is not None and (point := _POINT_LINE.match(line)):
            current.points.append(point.group(1))
    return parts


def outline_cards(note: Note) -> list[CardDraft]:
    """Term and question cards from a saved outline note; InputError if it has neither."""
    parts = parse_outline(note.body)
    drafts: list[CardDraft] = []
    for term, definition in parts.terms:
        if definition:
            drafts.append(_draft("term", term, definition, note.id))
    for question in parts.questions:
        answer = _answer_section(question, parts.sections)
        if answer is not None:
            drafts.append(_draft("question", question, answer, note.id))
    if not drafts:
        raise NoCardsInNote(note_id=note.id, title=note.title)
    return drafts


def _answer_section(question: str, sections: list[_Section]) -> str | None:
    """The points of the section the question is about, as the card's answer."""
    asked = match_units(question)
    best: tuple[float, _Section] | None = None
    for section in sections:
        if not section.points:
            continue
        words = match_units(section.heading + " " + " ".join(section.points))
        shared = len(asked & words) / len(asked) if asked else 0.0
        if best is None or shared > best[0]:
            best = (shared, section)
    if best is None or best[0] == 0.0:
        return None  # no section shares a word with it: an answer would be a guess
    section = best[1]
    return "\n".join([section.heading, *(f"• {point}" for point in section.points)])


def cloze_card(note: Note, start: int, end: int) -> CardDraft:
    """A cloze card: the sentence around body[start:end] with the selection hidden."""
    body = note.body
    if not 0 <= start < end <= len(body) or not body[start:end].strip():
        raise ClozeSelectionEmpty()
    hidden = body[start:end].strip()
    sentence_start = max(body.rfind(mark, 0, start) for mark in ".!?。！？\n") + 1
    ends = [i for i in (body.find(mark, end) for mark in ".!?。！？\n") if i >= 0]
    sentence_end = min(ends) + 1 if ends else len(body)
    sentence = body[sentence_start:sentence_end].strip()
    if len(sentence) > 400:  # a run-on transcript line: keep a window around the selection
        sentence = body[max(sentence_start, start - 150) : min(sentence_end, end + 150)].strip()
    front = sentence.replace(hidden, CLOZE_GAP, 1)
    if front == sentence:
        front = CLOZE_GAP
    return _draft("cloze", front, hidden + "\n\n" + sentence, note.id)


def cloze_card_for_text(note: Note, text: str) -> CardDraft:
    """A cloze card hiding the first place text occurs in the note."""
    at = note.body.find(text.strip()) if text.strip() else -1
    if at < 0:
        raise InputError(f"Note {note.id} does not contain {text!r}; copy the words exactly.")
    return cloze_card(note, at, at + len(text.strip()))


def _draft(kind: str, front: str, back: str, note_id: int) -> CardDraft:
    return CardDraft(kind, front, back, note_id, detect_language(front + " " + back))
