"""Asking the library: the passages a question is answered from, the prompt, and its sources.

The prompt holds excerpts of the best passages, numbered, and the instructions to answer only
from them with citations [1] [2]. What fits is counted with the engine's own tokenizer: a
source that does not fit is left out and reported, never cut. When no passage matches, the
answer says so in the question's language instead of coming from the model's general knowledge
(unless the user allowed general answers, which are then marked as such).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from typing import Any

import sqlite_utils

from assistant.core.engine.events import Done, Event, Token
from assistant.core.engine.local import PromptTooLongError
from assistant.core.engine.protocol import ChatEngine
from assistant.core.engine.requests import Message, Sampling
from assistant.core.errors import InputError, QuestionEmpty
from assistant.core.store import passages as passage_store
from assistant.core.store import textsearch
from assistant.core.store.notes import markdown_to_plain
from assistant.core.study.ask_texts import (
    GENERAL_MARK,
    HEADINGS,
    INSTRUCTIONS,
    NO_WORDS,
    NOT_FOUND,
    VIETNAMESE_WORDS,
)
from assistant.core.study.citations import (
    CitationFilter,
    attribute,
    cited_numbers,
    without_citations,
)
from assistant.core.study.echo import EchoFilter
from assistant.core.text.language import Language, detect_language
from assistant.core.text.token_estimate import estimate_tokens

# How many passages are searched, and how many of them the prompt may hold at most.
CANDIDATES = 8
MAX_SOURCES = 4
# Excerpt of a passage shown to the model: the sentences that match the question best, up to
# this many tokens. A small model reads ~70 tokens/s on 2 cores: the prompt decides the wait.
EXCERPT_TOKENS = 90
DEFAULT_PROMPT_BUDGET = 480
SNIPPET_CHARS = 160
# A passage scoring under this share of the best one's score is noise beside it: a small model
# reads every passage it is given, and cites the wrong one more often the more it gets.
MIN_RELATIVE_SCORE = 0.5

TokenCounter = Callable[[list[Message]], int]

# Library answers: short, close to the passages, and no "[1] [1] [1]" loops.
ANSWER_TOKENS = 200


class EmptyLibraryError(InputError):
    """There are no notes (in the chosen course or lesson) to answer from."""

    def __init__(self, course: str | None, lesson: str | None) -> None:
        self.course = course
        self.lesson = lesson
        where = f" in lesson {lesson!r}" if lesson else f" in course {course!r}" if course else ""
        super().__init__(
            f"The library has no notes or outlines{where} to answer from. Save an outline or add "
            f"notes first (`notes add`, `outline --save`), or ask without a course or lesson."
        )


@dataclass(frozen=True)
class Source:
    """A numbered source of an answer: the excerpt of a note the model was shown."""

    n: int
    note_id: int
    passage_id: int
    title: str
    course: str | None
    lesson: str | None
    start: int
    end: int
    text: str

    @property
    def snippet(self) -> str:
        """The excerpt on one line, shortened for a list of sources."""
        flat = " ".join(markdown_to_plain(self.text).split())
        return flat if len(flat) <= SNIPPET_CHARS else flat[: SNIPPET_CHARS - 1] + "…"

    def to_json(self) -> dict[str, Any]:
        """The source as the CLI's --json prints it."""
        return {
            "n": self.n,
            "note_id": self.note_id,
            "title": self.title,
            "course": self.course,
            "lesson": self.lesson,
            "start": self.start,
            "end": self.end,
            "snippet": self.snippet,
        }


@dataclass
class LibraryPrompt:
    """What to send the model for a library question (messages None: nothing was found)."""

    question: str
    language: Language
    messages: list[Message] | None
    sources: list[Source]
    retrieved: list[passage_store.Passage]
    prompt_tokens: int = 0
    # Passages found but left out because they did not fit: counted, never cut.
    left_out: list[int] = field(default_factory=list)
    general: bool = False

    @property
    def canned_answer(self) -> str | None:
        """The answer given without the model: nothing relevant was found."""
        return NOT_FOUND[self.language] if self.messages is None else None


@dataclass(frozen=True)
class FoundPassages:
    """A question and the passages found for it: the part of asking that reads the library."""

    question: str
    language: Language
    passages: list[passage_store.Passage]


def find_passages(
    db: sqlite_utils.Database,
    question: str,
    *,
    course: str | None = None,
    lesson: str | None = None,
) -> FoundPassages:
    """Search the library for question (on the thread that owns the database)."""
    question = question.strip()
    if not question:
        raise QuestionEmpty()
    if not _has_passages(db, course, lesson):
        raise EmptyLibraryError(course, lesson)
    found = passage_store.search_passages(
        db, question, course=course, lesson=lesson, limit=CANDIDATES
    )
    if found:
        floor = found[0].score * MIN_RELATIVE_SCORE
        found = [passage for passage in found if passage.score >= floor]
    return FoundPassages(question, question_language(question), found)


def fit_prompt(
    found: FoundPassages,
    count_tokens: TokenCounter,
    *,
    n_ctx: int,
    answer_tokens: int,
    prompt_budget: int = DEFAULT_PROMPT_BUDGET,
    allow_general: bool = False,
) -> LibraryPrompt:
    """The prompt for the found passages, counted by the model's tokenizer (the engine's
    thread): within the context, and within the budget beyond the best source."""
    question, language = found.question, found.language
    bare = _messages(question, language, [])
    bare_tokens = count_tokens(bare)
    if bare_tokens + answer_tokens > n_ctx:
        raise PromptTooLongError(bare_tokens, n_ctx, answer_tokens)
    if not found.passages:
        if allow_general:
            marked = [{"role": "user", "content": question}]
            return LibraryPrompt(
                question, language, marked, [], [], count_tokens(marked), general=True
            )
        return LibraryPrompt(question, language, None, [], [])
    # The budget keeps the wait short; the context is the hard limit. The best source is
    # always given if the context holds it, even over the budget.
    hard_room = n_ctx - answer_tokens
    soft_room = min(hard_room, max(prompt_budget, bare_tokens))
    sources: list[Source] = []
    left_out: list[int] = []
    tokens = bare_tokens
    smallest_over = 0
    for passage in found.passages:
        if len(sources) == MAX_SOURCES:
            break
        source = _excerpt(passage, question, len(sources) + 1)
        trial = _messages(question, language, [*sources, source])
        trial_tokens = count_tokens(trial)
        if trial_tokens > (hard_room if not sources else soft_room):
            left_out.append(passage.id)
            smallest_over = min(smallest_over or trial_tokens, trial_tokens)
            continue
        sources.append(source)
        tokens = trial_tokens
    if not sources:
        # Passages match, but none fits beside the question and the answer: say how much over.
        raise PromptTooLongError(smallest_over, n_ctx, answer_tokens)
    messages = _messages(question, language, sources)
    return LibraryPrompt(question, language, messages, sources, found.passages, tokens, left_out)


def prepare_library_prompt(
    db: sqlite_utils.Database,
    question: str,
    count_tokens: TokenCounter,
    *,
    n_ctx: int,
    answer_tokens: int,
    course: str | None = None,
    lesson: str | None = None,
    prompt_budget: int = DEFAULT_PROMPT_BUDGET,
    allow_general: bool = False,
) -> LibraryPrompt:
    """Find the passages for question and build the prompt within the context and budget."""
    found = find_passages(db, question, course=course, lesson=lesson)
    return fit_prompt(
        found, count_tokens, n_ctx=n_ctx, answer_tokens=answer_tokens,
        prompt_budget=prompt_budget, allow_general=allow_general,
    )  # fmt: skip


def question_language(question: str) -> Language:
    """The question's language; Vietnamese typed without tone marks counts as Vietnamese."""
    language = detect_language(question)
    if language == "en":
        words = textsearch.normalize(question).split()
        if sum(word.strip("?.,!") in VIETNAMESE_WORDS for word in words) >= 2:
            return "vi"
    return language


def _has_passages(db: sqlite_utils.Database, course: str | None, lesson: str | None) -> bool:
    row = db.execute(
        "SELECT 1 FROM passages p JOIN notes n ON n.id = p.note_id "
        "LEFT JOIN courses c ON c.id = n.course_id LEFT JOIN lessons l ON l.id = n.lesson_id "
        "WHERE (? IS NULL OR c.name = ?) AND (? IS NULL OR l.name = ?) LIMIT 1",
        [course, course, lesson, lesson],
    ).fetchone()
    return row is not None


def _messages(question: str, language: Language, sources: list[Source]) -> list[Message]:
    passages_heading, question_heading = HEADINGS[language]
    lines = [passages_heading]
    for source in sources:
        lines.append(f"[{source.n}] {' '.join(source.text.split())}")
    lines += ["", f"{question_heading} {question}", "", INSTRUCTIONS[language]]
    return [{"role": "user", "content": "\n".join(lines)}]


def _excerpt(passage: passage_store.Passage, question: str, n: int) -> Source:
    """The run of the passage's sentences that shares most terms with the question."""
    wanted = set(textsearch.index_terms(question).words.split())
    text = passage.text
    sentences = list(passage_store.sentence_spans(text))
    scores = [
        len(wanted & set(textsearch.index_terms(text[a:b]).words.split())) for a, b in sentences
    ]
    best = max(range(len(sentences)), key=lambda i: scores[i]) if sentences else 0
    lo = hi = best
    tokens = estimate_tokens(text[sentences[best][0] : sentences[best][1]]) if sentences else 0
    # Grow towards the better-matching neighbour while the excerpt stays within its share.
    while True:
        options = [i for i in (lo - 1, hi + 1) if 0 <= i < len(sentences)]
        if not options:
            break
        nxt = max(options, key=lambda i: (scores[i], -i))
        extra = estimate_tokens(text[sentences[nxt][0] : sentences[nxt][1]])
        if tokens + extra > EXCERPT_TOKENS:
            break
        tokens += extra
        lo, hi = min(lo, nxt), max(hi, nxt)
    start, end = (sentences[lo][0], sentences[hi][1]) if sentences else (0, len(text))
    # A single sentence over the share is kept whole: cutting it could cut the answer.
    piece = text[start:end]
    stripped = piece.strip()
    start += len(piece) - len(piece.lstrip())
    return Source(
        n=n,
        note_id=passage.note_id,
        passage_id=passage.id,
        title=passage.title,
        course=passage.course,
        lesson=passage.lesson,
        start=passage.start + start,
        end=passage.start + start + len(stripped),
        text=stripped,
    )


@dataclass
class AnswerRecord:
    """What the model wrote before citations were cleaned, for evaluation and the log."""

    raw: str = ""
    attributed: list[int] = field(default_factory=list)
    # The model wrote no words, so the cited passage was shown instead.
    extracted: bool = False


class CitedAnswer:
    """Cleans a library answer as it streams, and names a source for an answer citing none."""

    def __init__(self, prepared: LibraryPrompt, record: AnswerRecord | None = None) -> None:
        self.prepared = prepared
        self.record = record
        self._citations = CitationFilter(len(prepared.sources))
        prompt = prepared.messages[-1]["content"] if prepared.messages else ""
        # Not the passage lines: quoting a passage (with its number) is a fair answer.
        self._echoes = EchoFilter(
            [line for line in prompt.splitlines() if not line.startswith("[")]
        )
        self._shown: list[str] = []

    @property
    def text(self) -> str:
        """The answer as shown so far."""
        return "".join(self._shown)

    def feed(self, text: str) -> str:
        """The part of the model's text that can be shown now."""
        if self.record is not None:
            self.record.raw += text
        shown = self._citations.feed(self._echoes.feed(text))
        self._shown.append(shown)
        return shown

    def finish(self) -> str:
        """What is left to show once the model stopped: held-back text and any attribution."""
        rest = self._citations.feed(self._echoes.finish()) + self._citations.finish()
        sources = self.prepared.sources
        full = self.text + rest
        if sources and not any(ch.isalpha() for ch in without_citations(full)):
            cited = cited_numbers(full) or [1]
            source = sources[cited[0] - 1]
            words = NO_WORDS[self.prepared.language]
            rest += ("\n\n" if full.strip() else "") + words.format(
                text=" ".join(source.text.split()), n=source.n
            )
            if self.record is not None:
                self.record.extracted = True
        elif sources and not cited_numbers(full):
            found = attribute(full, [s.text for s in sources])
            rest += "".join(f" [{n}]" for n in found)
            if self.record is not None:
                self.record.attributed = found
        self._shown.append(rest)
        return rest


def answer_events(
    engine: ChatEngine,
    prepared: LibraryPrompt,
    sampling: Sampling | None = None,
    record: AnswerRecord | None = None,
) -> Iterator[Event]:
    """The engine's events for a prepared question, with citations cleaned as they stream.

    Nothing found: the not-found sentence, without the model. An answer that cites nothing gets
    the source it shares most words with, so every answer says where it comes from.
    """
    if prepared.messages is None:
        yield Token(NOT_FOUND[prepared.language])
        yield Done("stop")
        return
    if prepared.general:
        yield Token(GENERAL_MARK[prepared.language])
    answer = CitedAnswer(prepared, record)
    for event in engine.chat(prepared.messages, sampling):
        if isinstance(event, Token):
            text = answer.feed(event.text)
            if text:
                yield Token(text)
            continue
        if isinstance(event, Done) and (rest := answer.finish()):
            yield Token(rest)
        yield event


def library_sampling(base: Sampling | None = None, seed: int | None = None) -> Sampling:
    """Sampling for a library answer: low temperature, a short answer, loops discouraged."""
    return replace(
        base or Sampling(),
        temperature=0.2,
        max_tokens=ANSWER_TOKENS,
        repeat_penalty=1.1,
        seed=seed if seed is not None else (base.seed if base else None),
    )


def cited_sources(answer: str, sources: list[Source]) -> list[Source]:
    """The sources the answer cites, in the order it cites them."""
    by_number = {source.n: source for source in sources}
    return [by_number[n] for n in cited_numbers(answer) if n in by_number]
