"""Evaluating ask-my-library on a labelled set: retrieval recall@5, citations, first token.

The set is a folder with library.json (the notes to load, with course and lesson) and
questions.json (each question names its note and evidence strings copied from it). A passage
answers a question when it holds the middle of one of its evidence strings in that note.
"""

from __future__ import annotations

import json
import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import sqlite_utils

from assistant.core.engine.events import Done, Failed, Token
from assistant.core.engine.protocol import ChatEngine
from assistant.core.errors import InputError
from assistant.core.store.notes import NotesStore
from assistant.core.store.passages import Passage, search_passages
from assistant.core.study.ask import (
    ANSWER_TOKENS,
    AnswerRecord,
    answer_events,
    library_sampling,
    prepare_library_prompt,
)
from assistant.core.study.citations import cited_numbers
from assistant.core.text.file_decoding import decode_text

RECALL_AT = 5


@dataclass(frozen=True)
class Question:
    """A labelled question: its language, the note that answers it and the evidence."""

    id: str
    lang: str
    text: str
    file: str
    evidence: tuple[str, ...]


@dataclass
class QuestionResult:
    """How one question went."""

    id: str
    lang: str
    retrieved_hit: bool
    hit_rank: int | None
    answer: str | None = None
    cited: list[int] = field(default_factory=list)
    cited_correct: bool | None = None
    invented_raw: int = 0
    invented_shown: int = 0
    attributed: bool = False
    extracted: bool = False
    ttft_s: float | None = None
    prompt_tokens: int = 0


@dataclass
class EvalSet:
    """The loaded set: questions and, per file name, the note id in the built library."""

    questions: list[Question]
    note_ids: dict[str, int]
    notes: int


def load_set(folder: Path, store: NotesStore) -> EvalSet:
    """Build the library from folder/library.json and read folder/questions.json."""
    manifest = _read_json(folder / "library.json")
    raw_questions = _read_json(folder / "questions.json").get("questions") or []
    entries = [dict(entry) for entry in manifest.get("notes") or []]
    for extra in manifest.get("optional_dirs") or []:
        extra_dir = Path(extra)
        if extra_dir.is_dir():
            files = sorted(extra_dir.glob("*.txt"))
            entries += [{"path": path, "course": extra_dir.name} for path in files]
    note_ids: dict[str, int] = {}
    batch: list[dict[str, Any]] = []
    for entry in entries:
        path = Path(entry["path"]) if "path" in entry else folder / entry["file"]
        try:
            body = decode_text(path.read_bytes(), path.name)
        except OSError as exc:
            raise InputError(f"{path} (named in library.json) cannot be read: {exc}.") from exc
        batch.append(
            {"title": path.stem, "body": body, "course": entry.get("course"),
             "lesson": entry.get("lesson"), "source": path.name}
        )  # fmt: skip
    for entry_data, note_id in zip(batch, store.add_many(batch), strict=True):
        note_ids[str(entry_data["source"])] = note_id
    questions = [
        Question(q["id"], q["lang"], q["q"], q["file"], tuple(q["evidence"])) for q in raw_questions
    ]
    for q in questions:
        if q.file not in note_ids:
            raise InputError(f"Question {q.id} names {q.file}, which library.json does not load.")
    return EvalSet(questions, note_ids, len(batch))


def _read_json(path: Path) -> dict[str, Any]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise InputError(
            f"{path} is missing: an ask evaluation folder holds library.json and "
            "questions.json (see tests/data/ask)."
        ) from exc
    except (OSError, ValueError) as exc:
        raise InputError(f"{path} is not readable JSON: {exc}.") from exc
    if not isinstance(data, dict):
        raise InputError(f"{path} does not hold a JSON object.")
    return data


def _answers(question: Question, body: str, start: int, end: int) -> bool:
    for evidence in question.evidence:
        at = body.find(evidence)
        if at >= 0 and start <= at + len(evidence) // 2 < end:
            return True
    return False


def evaluate(
    db: sqlite_utils.Database,
    eval_set: EvalSet,
    engine: ChatEngine | None,
    *,
    prompt_budget: int | None = None,
    progress: Callable[[str], None] = lambda _: None,
) -> dict[str, Any]:
    """Run every question; with an engine also answer it. Returns the report."""
    store = NotesStore(db)
    bodies = {note_id: store.get(note_id).body for note_id in eval_set.note_ids.values()}
    results: list[QuestionResult] = []
    for i, q in enumerate(eval_set.questions, 1):
        progress(f"{i}/{len(eval_set.questions)} {q.id}")
        note_id = eval_set.note_ids[q.file]
        found = search_passages(db, q.text, limit=RECALL_AT)
        rank = _first_hit(q, note_id, bodies[note_id], found)
        result = QuestionResult(q.id, q.lang, rank is not None, rank)
        if engine is not None:
            _answer(engine, db, q, note_id, bodies[note_id], result, prompt_budget)
        results.append(result)
    return {"questions": [r.__dict__ for r in results], "total": summarise(results)}


def _first_hit(q: Question, note_id: int, body: str, found: list[Passage]) -> int | None:
    for rank, passage in enumerate(found, 1):
        if passage.note_id == note_id and _answers(q, body, passage.start, passage.end):
            return rank
    return None


def _answer(
    engine: ChatEngine,
    db: sqlite_utils.Database,
    q: Question,
    note_id: int,
    body: str,
    result: QuestionResult,
    prompt_budget: int | None,
) -> None:
    loaded = engine.loaded
    asked = time.monotonic()
    options: dict[str, Any] = {} if prompt_budget is None else {"prompt_budget": prompt_budget}
    prepared = prepare_library_prompt(
        db, q.text, lambda m: engine.count_tokens(m), n_ctx=loaded.n_ctx if loaded else 4096,
        answer_tokens=ANSWER_TOKENS, **options,
    )  # fmt: skip
    record = AnswerRecord()
    pieces: list[str] = []
    sampling = library_sampling(seed=1)
    for event in answer_events(engine, prepared, sampling, record):
        if isinstance(event, Token):
            if result.ttft_s is None:
                result.ttft_s = round(time.monotonic() - asked, 3)
            pieces.append(event.text)
        elif isinstance(event, (Done, Failed)):
            break
    answer = "".join(pieces)
    count = len(prepared.sources)
    result.answer = answer
    result.prompt_tokens = prepared.prompt_tokens
    result.cited = cited_numbers(answer)
    result.attributed = bool(record.attributed)
    result.extracted = record.extracted
    result.invented_raw = sum(1 for n in cited_numbers(record.raw) if not 1 <= n <= count)
    result.invented_shown = sum(1 for n in result.cited if not 1 <= n <= count)
    spans = {s.n: (s.passage_id, s.note_id) for s in prepared.sources}
    starts = {p.id: (p.start, p.end) for p in prepared.retrieved}
    result.cited_correct = any(
        spans[n][1] == note_id and _answers(q, body, *starts[spans[n][0]])
        for n in result.cited
        if n in spans
    )


def summarise(results: list[QuestionResult]) -> dict[str, Any]:
    """Set figures: recall@5 overall and per language; citation shares and first-token times."""
    total: dict[str, Any] = {"questions": len(results)}
    if not results:
        return total
    total["recall_at_5"] = round(sum(r.retrieved_hit for r in results) / len(results), 3)
    total["recall_at_5_by_lang"] = {
        lang: round(sum(r.retrieved_hit for r in group) / len(group), 3)
        for lang in sorted({r.lang for r in results})
        if (group := [r for r in results if r.lang == lang])
    }
    answered = [r for r in results if r.answer is not None]
    if answered:
        n = len(answered)
        total["answers"] = n
        total["correct_citation_share"] = round(sum(bool(r.cited_correct) for r in answered) / n, 3)
        total["invented_citation_share"] = round(sum(r.invented_shown > 0 for r in answered) / n, 3)
        total["invented_in_raw_model_output_share"] = round(
            sum(r.invented_raw > 0 for r in answered) / n, 3
        )
        total["attributed_by_overlap_share"] = round(sum(r.attributed for r in answered) / n, 3)
        total["no_words_passage_shown_share"] = round(sum(r.extracted for r in answered) / n, 3)
        ttfts = [r.ttft_s for r in answered if r.ttft_s is not None]
        if ttfts:
            total["ttft_s_median"] = round(statistics.median(ttfts), 2)
            total["ttft_s_max"] = round(max(ttfts), 2)
        total["prompt_tokens_median"] = statistics.median(r.prompt_tokens for r in answered)
    return total
