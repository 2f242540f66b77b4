"""Lecture in, structured outline out: one pass when it fits, else map over chunks and merge.

The model writes JSON constrained by a schema (llama.cpp grammar), so even the 0.5B starter
model returns a well-formed outline. A lecture longer than the context is never cut: it is
split into overlapping chunks (chunking.py), each chunk is outlined (map), and the parts are
merged in lecture order with duplicates folded (structure.merge_outlines).
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import Any

from assistant.core.engine.events import Done, Failed, Progress, Reasoning, Token
from assistant.core.engine.protocol import ChatEngine
from assistant.core.engine.requests import Message, Sampling
from assistant.core.errors import InputError, ModelError
from assistant.core.outline.chunking import chunk_text
from assistant.core.outline.grounding import ground_outline
from assistant.core.outline.ingest import Lecture
from assistant.core.outline.prompt import finish_messages, instruction_key, outline_messages
from assistant.core.outline.structure import (
    Outline,
    OutlineParseError,
    finish_schema,
    merge_outlines,
    outline_digest,
    outline_schema,
    parse_outline,
    section_schema,
)
from assistant.core.outline.timing import assign_start_times

# Tokens kept free for the model's JSON answer, per pass.
ANSWER_TOKENS = 900
# Tokens of each chunk repeated at the start of the next.
OVERLAP_TOKENS = 120
# A pass must write at least one section per this many lecture tokens: left free, a small
# model writes two or three sections for a whole hour and leaves most topics out.
TOKENS_PER_SECTION = 600
# Reasoning models think before they answer in the schema; this caps the thinking per pass.
THINK_TOKENS = 768
# A partial outline is parsed from the streaming JSON at most this often (on_partial).
PARTIAL_INTERVAL_S = 0.25


@dataclass
class OutlineResult:
    """The outline and how it was made (for the CLI's JSON and the app's status line)."""

    outline: Outline
    chunks: int
    prompt_tokens: int
    model: str
    timings: dict[str, float] = field(default_factory=dict)
    reasoning: str = ""

    def to_json(self, lecture: Lecture) -> dict[str, Any]:
        """The `outline --json` document (docs/cli.md)."""
        source = {"chars": lecture.chars, "tokens": self.prompt_tokens, "chunks": self.chunks}
        return self.outline.to_json(source=source, model=self.model, timings=self.timings)


Report = Callable[[Progress], None]
Partial = Callable[[Outline], None]


class OutlineStopped(InterruptedError):
    """The user stopped the outline; `partial` holds what was written so far, if anything."""

    def __init__(self, partial: Outline | None) -> None:
        super().__init__("the outline was stopped")
        self.partial = partial


@dataclass
class _Live:
    """What the caller watches while the outline is written: stop flag and partial results."""

    should_stop: Callable[[], bool]
    on_partial: Partial | None
    on_reasoning: Callable[[str], None]
    on_token: Callable[[str], None]
    think_budget: int = 0
    done: list[Outline] = field(default_factory=list)
    chunked: bool = False
    title_hint: str | None = None
    title_from_lecture: bool = False

    def current(self, writing: Outline | None) -> Outline | None:
        """The outline so far: the finished chunks merged, plus the one being written."""
        parts = [*self.done, *([writing] if writing else [])]
        if not parts:
            return None
        if not self.chunked:
            return parts[0]
        return merge_outlines(parts, title_hint=self.title_hint)


def outline_lecture(
    engine: ChatEngine,
    lecture: Lecture,
    *,
    language: str = "auto",
    max_tokens: int | None = None,
    report: Report = lambda _p: None,
    on_reasoning: Callable[[str], None] = lambda _t: None,
    on_partial: Partial | None = None,
    on_token: Callable[[str], None] = lambda _t: None,
    should_stop: Callable[[], bool] = lambda: False,
) -> OutlineResult:
    """Outline the lecture with the loaded model; long lectures are chunked, never truncated.

    on_partial gets the outline so far while it is written; should_stop is checked between
    model passes (a cancel on the engine stops the pass under way); a stop raises
    OutlineStopped with the partial outline.
    """
    loaded = engine.loaded
    if loaded is None:
        raise ModelError("No model is loaded.")
    if not lecture.text.strip():
        raise InputError("The lecture is empty: paste some text or choose another file.")
    lang = lecture.language if language == "auto" else language
    if lang not in ("zh", "vi", "en"):
        raise InputError(f"Unknown output language {language!r}; use auto, zh, vi or en.")
    key = instruction_key(lang, lecture.text)
    think = THINK_TOKENS if loaded.info.is_reasoning else 0
    # What each pass needs after its prompt: the thinking (reasoning models) and the JSON.
    answer_tokens = (max_tokens or ANSWER_TOKENS) + think
    single = outline_messages(lecture.text, key)
    prompt_tokens = engine.count_tokens(messages=single)
    started = time.perf_counter()
    stats = _Stats()
    live = _Live(should_stop, on_partial, on_reasoning, on_token, think)
    if prompt_tokens + answer_tokens <= loaded.n_ctx:
        report(Progress(0, 1, "outlining"))
        schema = outline_schema(language=lang, min_sections=_min_sections(prompt_tokens, 5))
        outline = _run(engine, single, schema, lang, answer_tokens, stats, live)
        report(Progress(1, 1, "done"))
        chunks = 1
    else:
        overhead = engine.count_tokens(messages=outline_messages("", key, (1, 9)))
        budget = loaded.n_ctx - overhead - answer_tokens - 16
        if budget < 200:
            raise InputError(
                f"The context window ({loaded.n_ctx} tokens) is too small to outline with; "
                f"load the model with a larger context (--ctx)."
            )
        pieces = chunk_text(
            lecture.text, lambda t: engine.count_tokens(prompt=t), budget, OVERLAP_TOKENS
        )
        live.chunked, live.title_hint = True, lecture.title
        live.title_from_lecture = lecture.has_own_title
        for piece in pieces:
            report(Progress(piece.index, len(pieces), f"chunk {piece.index + 1} of {len(pieces)}"))
            messages = outline_messages(piece.text, key, (piece.index + 1, len(pieces)))
            live.done.append(
                _run(
                    engine,
                    messages,
                    section_schema(language=lang),
                    lang,
                    answer_tokens,
                    stats,
                    live,
                )
            )
        report(Progress(len(pieces), len(pieces), "merging"))
        outline = merge_outlines(live.done, title_hint=lecture.title)
        outline = _finish(engine, outline, key, lang, answer_tokens, stats, live)
        chunks = len(pieces)
    if lang == lecture.language:
        outline = ground_outline(outline, lecture.text)
    outline = assign_start_times(outline, lecture)
    return OutlineResult(
        outline=outline,
        chunks=chunks,
        prompt_tokens=prompt_tokens,
        model=loaded.info.name,
        timings={
            "load_s": round(loaded.load_s, 3),
            "prompt_s": round(stats.prompt_s, 3),
            "generate_s": round(stats.generate_s, 3),
            "total_s": round(time.perf_counter() - started, 3),
        },
        reasoning=stats.reasoning,
    )


@dataclass
class _Stats:
    prompt_s: float = 0.0
    generate_s: float = 0.0
    reasoning: str = ""


def _run(
    engine: ChatEngine,
    messages: list[Message],
    schema: dict[str, Any],
    lang: str,
    max_tokens: int,
    stats: _Stats,
    live: _Live,
) -> Outline:
    if live.should_stop():
        raise OutlineStopped(live.current(None))
    sampling = Sampling(
        # R1 distills loop or go silent below their recommended 0.6 (None picks it).
        temperature=None if live.think_budget else 0.3,
        repeat_penalty=1.1,
        max_tokens=max_tokens - live.think_budget,
        json_schema=schema,
        seed=7,
        think_budget=live.think_budget,
    )
    text: list[str] = []
    done: Done | None = None
    started = time.perf_counter()
    parsed_at = started
    for event in engine.chat(messages, sampling):
        if isinstance(event, Token):
            text.append(event.text)
            live.on_token(event.text)
            now = time.perf_counter()
            if live.on_partial is not None and now - parsed_at >= PARTIAL_INTERVAL_S:
                parsed_at = now
                _report_partial(live, "".join(text), lang)
        elif isinstance(event, Reasoning):
            stats.reasoning += event.text
            live.on_reasoning(event.text)
        elif isinstance(event, Done):
            done = event
        elif isinstance(event, Failed):
            raise ModelError(event.message)
    elapsed = time.perf_counter() - started
    if done is not None:
        # Time to the first token is reading the prompt; the rest is writing the answer.
        stats.prompt_s += done.timings.ttft_s
        stats.generate_s += max(0.0, elapsed - done.timings.ttft_s)
        if done.reason == "cancelled":
            raise OutlineStopped(live.current(_parse_or_none("".join(text), lang)))
    raw = "".join(text)
    try:
        return parse_outline(raw, lang)
    except OutlineParseError as exc:
        preview = json.dumps(raw[:120], ensure_ascii=False)
        raise ModelError(
            f"The model did not write a usable outline ({exc}); it wrote {preview}."
        ) from exc


def _finish(
    engine: ChatEngine,
    outline: Outline,
    key: str,
    lang: str,
    answer_tokens: int,
    stats: _Stats,
    live: _Live,
) -> Outline:
    """Title, summary and review questions for a lecture outlined in parts.

    The parts' passes only write sections, terms and tasks; one more short pass reads the
    merged outline and writes what needs the whole lecture. If it fails, the merged outline
    stands without them.
    """
    loaded = engine.loaded
    assert loaded is not None
    for per_section in (3, 1, 0):
        messages = finish_messages(outline_digest(outline, per_section), key)
        if engine.count_tokens(messages=messages) + answer_tokens <= loaded.n_ctx:
            break
    else:
        return outline  # even the headings alone do not fit: keep the merged outline
    try:
        whole = _run(engine, messages, finish_schema(), lang, answer_tokens, stats, live)
    except (ModelError, OutlineParseError):
        return outline
    return replace(
        outline,
        title=outline.title if live.title_from_lecture else whole.title or outline.title,
        summary=whole.summary or outline.summary,
        review_questions=whole.review_questions or outline.review_questions,
    )


def _min_sections(lecture_tokens: int, most: int) -> int:
    return max(1, min(most, round(lecture_tokens / TOKENS_PER_SECTION)))


def _parse_or_none(raw: str, lang: str) -> Outline | None:
    try:
        return parse_outline(raw, lang)
    except OutlineParseError:
        return None  # too little written yet to hold a title or a section


def _report_partial(live: _Live, raw: str, lang: str) -> None:
    current = live.current(_parse_or_none(raw, lang))
    if current is not None and live.on_partial is not None:
        live.on_partial(current)
