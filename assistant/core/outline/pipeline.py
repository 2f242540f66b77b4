"""Lecture in, structured outline out: code finds the structure, the model fills small parts.

1. segment.py cuts the whole lecture into parts (its headings, its markers, else cohesion);
2. one small schema-constrained call per part writes its heading and points (sections.py);
   key terms are candidates found by code (terms.py), which a model of a billion parameters or
   more picks and defines in one more call (a smaller one gave the first candidates and their
   sentences back, so code does that without the call);
3. a closing call writes the title, summary and review questions with a
   budget of its own (closing.py); action items are the tasks the lecture gives out, found by
   code in its own words (actions.py).
All these calls are independent and run as parallel sequences when the engine can (calls.py).
Nothing shown is cut mid-phrase, nothing required is left empty (a stand-in from the lecture's
own words replaces an unusable answer), and an answer that repeats the instructions is dropped.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import Any

from assistant.core.engine.events import Progress
from assistant.core.engine.protocol import ChatEngine
from assistant.core.engine.requests import Sampling
from assistant.core.errors import ContextTooSmall, InputError, NoModelLoaded
from assistant.core.outline import closing, sections, term_candidates, terms
from assistant.core.outline.actions import action_items
from assistant.core.outline.calls import Answer, Call, Watch, run_calls
from assistant.core.outline.cohesion import condense, size, weight
from assistant.core.outline.evaluate_text import says_again, without_enumerator
from assistant.core.outline.ingest import PASTED, Lecture
from assistant.core.outline.lecture_errors import LectureEmpty
from assistant.core.outline.phrases import whole_point
from assistant.core.outline.prompt import instruction_key
from assistant.core.outline.segment import (
    HEADING_UNITS_CJK,
    HEADING_UNITS_WORDS,
    SPEAKER_LABEL,
    Part,
    Sentence,
    segment_lecture,
    sentences,
)
from assistant.core.outline.structure import KeyTerm, Outline, Section
from assistant.core.outline.textmatch import normalise
from assistant.core.outline.timing import clock
from assistant.core.text.sentences import split_sentences

# The most lecture text one part's call reads (tokens), and all of them together; a longer
# part is read by its most central sentences (cohesion.condense). Keeps a two-hour transcript
# (25,000 characters) to a few minutes on 2 cores.
READ_TOKENS = 700
TOTAL_READ_TOKENS = 6000
# The seed of a closing call asked again for its summary (the first used 7).
SUMMARY_RETRY_SEED = 13
# The most lecture text the closing call (title, summary, questions) reads, in tokens.
CLOSING_READ_TOKENS = 400
# ... and for a long lecture (closing.is_long), whose summary may say more.
LONG_CLOSING_READ_TOKENS = 800
# Reasoning models think before each small answer, at most this long.
THINK_TOKENS = 384
# A part's answer may not be asked shorter than this (--max-tokens): 2 points need room.
LEAST_ANSWER_TOKENS = 120
# A model this small (the 0.5B starter) does not get the key-term call; the catalog's smallest
# other model has 1.5B parameters.
SMALL_MODEL_PARAMETERS = 1_000_000_000
# The most one part's call may write: the app's progress bar counts a call's tokens against it.
ANSWER_TOKENS = sections.LONG_ANSWER_TOKENS


@dataclass
class OutlineResult:
    """The outline and how it was made (for the CLI's JSON and the app's status line)."""

    outline: Outline
    chunks: int  # the parts the lecture was cut into, one model call each
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
class _Job:
    """Everything the calls of one outline share."""

    engine: ChatEngine
    lecture: Lecture
    lang: str
    key: str
    n_ctx: int
    think: int
    answer_tokens: int
    grounded: bool  # the outline is in the lecture's language, so points can be checked
    parts: list[Part] = field(default_factory=list)
    slots: list[tuple[int, int | None]] = field(default_factory=list)  # (part, sub) per slot
    done: dict[int, Section] = field(default_factory=dict)
    provisional: set[int] = field(default_factory=set)  # done with stand-ins: ask again
    candidates: list[str] = field(default_factory=list)
    long_points: bool = True  # a long part may have more points (--max-tokens leaves room)
    defines_terms: bool = True  # the model chooses and defines the key terms (see _defines_terms)
    lines: list[Sentence] = field(default_factory=list)  # the lecture's, cue lines included
    sentences: list[str] = field(default_factory=list)  # their texts


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
    """Outline the lecture with the loaded model: parts found by code, filled by small calls.

    on_partial gets the outline so far each time a part is finished; a stop (should_stop, or a
    cancel on the engine) raises OutlineStopped with the parts already finished.
    """
    loaded = engine.loaded
    if loaded is None:
        raise NoModelLoaded()
    if not lecture.text.strip():
        raise LectureEmpty()
    lang = lecture.language if language == "auto" else language
    if lang not in ("zh", "vi", "en"):
        raise InputError(f"Unknown output language {language!r}; use auto, zh, vi or en.")
    started = time.perf_counter()
    answer_tokens = max(LEAST_ANSWER_TOKENS, min(max_tokens or 10**6, sections.ANSWER_TOKENS))
    job = _Job(
        engine,
        lecture,
        lang,
        instruction_key(lang, lecture.text),
        loaded.n_ctx,
        THINK_TOKENS if loaded.info.is_reasoning else 0,
        answer_tokens,
        grounded=lang == lecture.language,
        long_points=not max_tokens or max_tokens >= sections.LONG_ANSWER_TOKENS,
        defines_terms=_defines_terms(loaded.info.parameters),
    )
    job.parts = segment_lecture(lecture)
    job.lines = sentences(lecture)
    job.sentences = [s.text for s in job.lines]
    if not job.parts:
        raise LectureEmpty()
    job.candidates = term_candidates.candidates(lecture.text, lecture.language)
    plan = _plan(job)
    calls, slots = plan.calls, job.slots
    total = len(calls)
    finished = 0

    def on_answer(index: int, answer: Answer) -> None:
        nonlocal finished
        finished += 1
        slot = index - plan.parts_at
        if 0 <= slot < len(slots):
            section = _read_section(job, slot, answer, strict=True)
            if section is None:
                # The lecture's own words stand in until the part is asked once more (a
                # stand-in heading is the part's most said key term, its points its sentences).
                section = _read_section(job, slot, answer, strict=False)
                job.provisional.add(slot)
            if section is not None:
                job.done[slot] = section
                if on_partial is not None:
                    on_partial(_assemble(job, (), "", [], []))
        report(Progress(finished, total, f"part {finished} of {total}"))

    thought: list[str] = []

    def think(text: str) -> None:
        thought.append(text)
        on_reasoning(text)

    watch = Watch(on_answer, think, on_token, should_stop)
    report(Progress(0, total, f"part 1 of {total}"))
    answers = run_calls(engine, calls, watch, job.n_ctx)
    _stop_if_cancelled(job, answers)
    closing_call = calls[plan.closing_at] if plan.closing_at is not None else None
    closing_data = answers[plan.closing_at].data() if plan.closing_at is not None else None
    closing_data = _ask_again(job, plan, closing_call, closing_data, watch, on_partial)
    if job.defines_terms:
        term_answer = answers[plan.terms_at].data() if plan.terms_at is not None else None
        found_terms = terms.read_terms(term_answer, plan.term_items, lang, lecture.text)
    else:
        found_terms = terms.lecture_terms(plan.term_items, lang, lecture.text)
    tops = _top_sections(job)
    title, summary, questions = closing.read_closing(
        closing_data,
        job.key,
        tops,
        plan.reading,
        [t.term for t in found_terms],
        long=closing.is_long(lecture.text),
        lecture=lecture.text,
        defined=[
            t.term for t in found_terms if term_candidates.says_what_it_is(t.term, lecture.text)
        ],
    )
    # The lecture's own title (a heading, or a first line that is one) is the outline's.
    own = lecture.title if lecture.has_own_title else lecture.title_line
    if own:
        title = closing.short_title(own)
    elif not title:
        title = _stand_in_title(job, tops)
    outline = _assemble(job, tuple(found_terms), summary, questions, [title])
    return OutlineResult(
        outline=outline,
        chunks=len(job.parts),
        prompt_tokens=sum(c.prompt_tokens for c in calls),
        model=loaded.info.name,
        timings={
            "load_s": round(loaded.load_s, 3),
            "prompt_s": round(watch.prompt_s, 3),
            "generate_s": round(watch.generate_s, 3),
            "total_s": round(time.perf_counter() - started, 3),
        },
        reasoning="".join(thought),
    )


# --- the calls ----------------------------------------------------------------------------------


def _defines_terms(parameters: int | None) -> bool:
    """Whether the model gets the key-term call: not a model smaller than SMALL_MODEL_PARAMETERS,
    whose call only gave the candidates back (terms.lecture_terms) and took a fifth of a short
    lecture's outline time; a model of unknown size (a server's) gets it."""
    return parameters is None or parameters >= SMALL_MODEL_PARAMETERS


@dataclass
class _Plan:
    """The calls of one outline: the closing one, the parts', then the key terms'."""

    calls: list[Call]
    term_items: list[tuple[str, str]]  # (candidate, its sentence)
    terms_at: int | None  # index of the key-term call, if it fits the context
    closing_at: int | None
    reading: str  # what the closing call reads
    parts_at: int  # index of the first part's call; job.slots follow from there


def _plan(job: _Job) -> _Plan:
    # The closing call, the longest answer, starts with the parts (the engine reads the parts'
    # shared instruction once beside it) and leads their first batch: the engine keeps the
    # prompt of a batch's first sequence, so when that batch is the only one, a summary asked
    # again need not read it again.
    calls: list[Call] = []
    final = _closing_call(job)
    closing_at, reading = None, ""
    if final is not None:
        closing_at, reading = 0, final[1]
        calls.append(final[0])
    parts_at = len(calls)
    part_calls, job.slots = _section_calls(job)
    calls += part_calls
    text = job.lecture.text
    lines = [line.start for line in job.lines if line.line_start]
    items = [(t, c) for t in job.candidates if (c := terms.context(text, t, job.lang, lines))]
    terms_at = None
    if items and job.defines_terms:
        term_call, asked = _term_call(job, items)
        # Even one candidate too long for the context: the lecture's sentences define them.
        if term_call.prompt_tokens + terms.ANSWER_TOKENS + job.think <= job.n_ctx:
            terms_at, items = len(calls), asked
            calls.append(term_call)
    return _Plan(calls, items, terms_at, closing_at, reading, parts_at)


def _section_calls(job: _Job) -> tuple[list[Call], list[tuple[int, int | None]]]:
    calls: list[Call] = []
    slots: list[tuple[int, int | None]] = []
    for i, part in enumerate(job.parts):
        if part.opening:
            continue  # named by the lecture's title, its points its own sentences
        for j, piece in [(None, part), *enumerate(part.parts)]:
            if not _call_text(piece).strip() or (piece.heading and not piece.text.strip()):
                continue  # a named part whose content is all in its subsections
            if piece.parts and piece.heading and _only_heading(piece.text, piece.heading):
                continue  # "三、哪些信息不能输入任何模型", then its subsections: nothing to ask
            calls.append(_part_call(job, piece, seed=7))
            slots.append((i, j))
    return calls, slots


def _call_text(part: Part) -> str:
    """What a part's call reads: its own text, else (a part named only by its subsections'
    markers) theirs."""
    return part.text or "\n".join(sub.text for sub in part.parts)


def _only_heading(text: str, heading: str) -> bool:
    """Whether a part's own text is its marker line and nothing more."""
    return normalise(without_enumerator(text.strip())) == normalise(heading)


def _sampling(job: _Job, schema: dict[str, Any], max_tokens: int, seed: int) -> Sampling:
    return Sampling(
        # R1 distills loop or go silent below their recommended 0.6 (None picks it).
        temperature=None if job.think else 0.2,
        repeat_penalty=1.1,
        max_tokens=max_tokens,
        json_schema=schema,
        seed=seed,
        think_budget=job.think,
    )


def _most_points(job: _Job, text: str) -> int:
    """A long part's extra points, unless --max-tokens leaves no room for them."""
    most = sections.most_points(text)
    return most if job.long_points else min(most, sections.MAX_POINTS)


def _part_call(job: _Job, part: Part, seed: int, keywords: bool = True) -> Call:
    """The call of one part; keywords: lead its text with its key words (see section_messages)."""
    # The lecture's title line names the lecture, not its first part: shown it, the model gave
    # it back as that part's heading ("Town Library Team Meeting - Thursday").
    text = _without_title_line(job, part, _call_text(part))
    most = _most_points(job, text)
    answer = job.answer_tokens + (most - sections.MAX_POINTS) * sections.POINT_TOKENS
    schema = sections.section_schema(job.lang, part.heading is None, most)
    sampling = _sampling(job, schema, answer, seed)
    calls = sum(1 + len(p.parts) for p in job.parts)
    share = max(200, TOTAL_READ_TOKENS // max(calls, 1))
    budget = min(READ_TOKENS, share, job.n_ctx - answer - job.think - 160)
    if budget < 100:
        raise ContextTooSmall(n_ctx=job.n_ctx)
    shown = (
        []
        if part.heading or not keywords
        else term_candidates.telling(text, job.lecture.text, job.lecture.language)
    )
    while True:
        reading = condense(text, budget)
        messages = sections.section_messages(job.key, part.heading, reading, shown, most)
        tokens = job.engine.count_tokens(messages=messages)
        if tokens + answer + job.think <= job.n_ctx or budget < 100:
            return Call(messages, sampling, tokens)
        budget = int(budget * 0.75)  # the estimate was short of the real token count


def _term_call(job: _Job, items: list[tuple[str, str]]) -> tuple[Call, list[tuple[str, str]]]:
    """The call choosing and defining terms, with as many candidates as fit the context."""
    room = job.n_ctx - terms.ANSWER_TOKENS - job.think
    while True:
        messages = terms.terms_messages(job.key, items)
        tokens = job.engine.count_tokens(messages=messages)
        if tokens <= room or len(items) <= 1:
            break
        items = items[: len(items) - 1]
    schema = terms.terms_schema([t for t, _ in items], job.lang)
    return Call(messages, _sampling(job, schema, terms.ANSWER_TOKENS, 7), tokens), items


def _closing_call(job: _Job) -> tuple[Call, str] | None:
    """The closing call over the lecture's central sentences, and what it reads; None when not
    even a short reading fits (the stand-ins are used)."""
    long = closing.is_long(job.lecture.text)
    answer = closing.LONG_ANSWER_TOKENS if long else closing.ANSWER_TOKENS
    wanted = LONG_CLOSING_READ_TOKENS if long else CLOSING_READ_TOKENS
    budget = min(wanted, job.n_ctx - answer - job.think - 160)
    while budget >= 60:
        reading = condense(job.lecture.text, budget)
        messages = closing.closing_messages(job.key, reading, long)
        tokens = job.engine.count_tokens(messages=messages)
        if tokens + answer + job.think <= job.n_ctx:
            schema = closing.closing_schema(job.lang, long)
            sampling = _sampling(job, schema, answer, 7)
            return Call(messages, sampling, tokens), reading
        budget = int(budget * 0.75)
    return None


def _piece(job: _Job, slot: int) -> Part:
    i, j = job.slots[slot]
    return job.parts[i] if j is None else job.parts[i].parts[j]


def _read_section(job: _Job, slot: int, answer: Answer, strict: bool) -> Section | None:
    """The part's section; strict: None when the answer is unusable (it may be asked again),
    else the lecture's own words stand in for an unusable heading or points."""
    part = _piece(job, slot)
    data = answer.data()
    keywords = term_candidates.telling(part.text, job.lecture.text, job.lecture.language)
    lecture = job.lecture.cue_text  # what a copied heading or point is judged whole by
    heading = part.heading or sections.read_heading(data, job.key, part, keywords, lecture)
    i, j = job.slots[slot]
    parent = job.parts[i].heading if j is not None else None
    if heading and parent and heading != part.heading and says_again(heading, [parent], job.lang):
        heading = None  # a subsection named as its part says nothing of its own
    if heading is None and strict:
        return None
    if heading is None:
        heading = sections.fallback_heading(part, job.key, keywords or job.candidates)
    if part.marker and not heading.startswith(part.marker):
        heading = f"{part.marker}：{heading}" if job.lang == "zh" else f"{part.marker}: {heading}"
    # Only a part whose call was shown key words can list them back.
    shown = () if part.heading else keywords
    most = _most_points(job, _call_text(part))
    points = sections.read_points(data, job.key, part, heading, job.grounded, shown, lecture, most)
    needs_points = bool(part.text.strip()) or not part.parts
    if not points and needs_points:
        # The part's own central sentences stand in at once when its heading is usable: asked
        # again, the model's points were usable about half the time, and the second round took
        # 3-6 s of a short lecture's ~25 (a heading is asked again: its stand-in is one word).
        points = list(_lecture_points(job, part, heading))
        if not points and strict:
            return None
    elif len(points) < sections.MIN_POINTS and needs_points:
        # One usable point leaves a long part thin (a meeting's decisions noted as "Agreed"):
        # the part's own central sentences fill it.
        points += _lecture_points(job, part, heading, points)
    start = clock(part.start_s) if part.start_s is not None else None
    return Section(_named_idea(job, part, heading), tuple(points), (), start, _span(job, slot))


def _named_idea(job: _Job, part: Part, heading: str) -> str:
    """The heading, led by the term the part introduces when it does not say it ("上下文窗口：
    模型会忘事", "Temperature: the same question asked twice"). Headings the lecture wrote and
    markers' own words are the author's and stay as they are."""
    if part.marker or (part.heading and not part.spoken):
        return heading
    lecture = job.lecture
    before = lecture.text[: part.start]
    title = lecture.title_line or ""
    term = term_candidates.introduced_term(part.text, before, title, job.lang, job.candidates)
    if term is None or term_candidates.occurrences(term).search(heading):
        return heading
    if job.lang == "zh":
        named = f"{term}：{heading}"
        return named if len(named) <= HEADING_UNITS_CJK else heading
    named = f"{term[:1].upper()}{term[1:]}: {heading}"
    return named if len(named.split()) <= HEADING_UNITS_WORDS else heading


def _span(job: _Job, slot: int) -> tuple[int, int]:
    """The part's stretch of the lecture text: from its start to the next part's."""
    i, j = job.slots[slot]
    tops = job.parts
    end = tops[i + 1].start if i + 1 < len(tops) else len(job.lecture.text)
    if j is None:
        return tops[i].start, end
    subs = tops[i].parts
    return subs[j].start, subs[j + 1].start if j + 1 < len(subs) else end


def _ask_again(
    job: _Job,
    plan: _Plan,
    closing_call: Call | None,
    closing_data: dict[str, Any] | None,
    watch: Watch,
    on_partial: Partial | None,
) -> dict[str, Any] | None:
    """What the first round left unusable, asked once more in one round of batched sequences:
    the summary (warmer, another seed; else the headings stand in for it) and each part whose
    answer was unusable (else its stand-in stays). The closing data, with the new summary when
    it is usable.

    One round, not one for the summary and one for the parts: on two cores a second sequence
    costs far less than a round of its own (a lecture that needed both took 13.4 s for them).
    """
    long = closing.is_long(job.lecture.text)
    text = job.lecture.text
    retry_summary = (
        closing_call is not None
        and closing.model_summary(closing_data, job.key, plan.reading, text, long) is None
    )
    again: list[Call] = []
    if closing_call is not None and retry_summary:
        # First in the round: when the first round fit one batch (up to 7 parts), the engine
        # still holds the closing call's prompt, that batch's first, and does not read it again.
        warmer = replace(_warmer(closing_call), seed=SUMMARY_RETRY_SEED)
        again.append(replace(closing_call, sampling=warmer))
    skip = len(again)
    missing = sorted(job.provisional)
    # A part is asked again differently: a small model's unusable heading is most often its key
    # words listed back ("幻觉、出现、写出"), and the same prompt, warmer, lists them again.
    for slot in missing:
        call = _part_call(job, _piece(job, slot), seed=11, keywords=False)
        again.append(replace(call, sampling=_warmer(call)))
    if not again:
        return closing_data

    def on_answer(index: int, answer: Answer) -> None:
        if index < skip:
            return  # the summary is read when the round is done
        slot = missing[index - skip]
        section = _read_section(job, slot, answer, strict=True)
        if section is not None:
            job.done[slot] = section
            job.provisional.discard(slot)
            if on_partial is not None:
                on_partial(_assemble(job, (), "", [], []))

    retry_watch = Watch(on_answer, watch.on_reasoning, watch.on_token, watch.should_stop)
    answers = run_calls(job.engine, again, retry_watch, job.n_ctx)
    watch.prompt_s += retry_watch.prompt_s
    watch.generate_s += retry_watch.generate_s
    _stop_if_cancelled(job, answers)
    if not retry_summary:
        return closing_data
    summary = closing.model_summary(answers[0].data(), job.key, plan.reading, text, long)
    if summary is None:
        return closing_data
    # Only the summary is taken: the first answer's title and questions may be the better ones.
    return {**(closing_data or {}), "summary": summary}


def _warmer(call: Call) -> Sampling:
    temperature = call.sampling.temperature
    return replace(call.sampling, temperature=None if temperature is None else 0.6)


def _lecture_points(
    job: _Job, part: Part, heading: str = "", have: list[str] | None = None
) -> tuple[str, ...]:
    """The part's most central sentences, whole, when the model gave no usable point (or too
    few: then as many more as make MIN_POINTS, saying nothing the heading or those `have` say);
    in a transcript without punctuation (one long "sentence"), its cue lines, clauses, or else
    stretches of a point's length ended on a word that may end a phrase."""
    have = have or []
    said = [heading, *have] if heading else have
    wanted = sections.MIN_POINTS - len(have)
    limit = sections.POINT_CHARS[job.lang]
    central = condense(part.text, max(40, weight(part.text) // 3))
    pieces = split_sentences(central)
    pieces += [s for s in job.sentences if s in part.text and s not in pieces]
    pieces += [c for c in re.split(r"[，,；;：:]", central) if c.strip()]
    pieces += _stretches(part.text, job.lang)
    found: list[str] = []
    for piece in pieces:
        if have:
            # A second point must say something: no speaker's label, no "Yes, a positive one."
            piece = SPEAKER_LABEL.sub("", piece.strip())
            if size(piece) < TOP_UP_SIZE:
                continue
        whole = whole_point(piece.strip(), limit, job.lang, job.lecture.cue_text)
        if (
            whole
            and len(whole) >= 4
            and whole not in found
            and not sections.notes_nothing(whole, job.lang)  # "Mei, anything from the SEN side?"
            and not says_again(whole, [*said, *found], job.lang)
        ):
            found.append(whole)
        if len(found) == wanted:
            break
    return tuple(found)


# A point added to a part's one usable point is at least this long (size(): ~Chinese characters,
# two per English or Vietnamese word), and loses a speaker's label ("Ms Huang: …", "小王：…").
TOP_UP_SIZE = 10


# A stand-in point cut from unpunctuated speech is about this long (words; Chinese characters).
STRETCH_WORDS = 10
STRETCH_CHARS = 16


def _stretches(text: str, lang: str) -> list[str]:
    """Each line's last stretch of a point's length: a copy that ends where the lecture's line
    ends does not read as cut off (evaluate_text rule 5), one that stops mid-line does."""
    found = []
    for line in (line.strip() for line in text.splitlines()):
        if lang == "zh":
            flat = re.sub(r"\s+", "", line)
            found.append(flat[-STRETCH_CHARS:])
        else:
            found.append(" ".join(line.split()[-STRETCH_WORDS:]))
    return [f for f in found if f]


def _stop_if_cancelled(job: _Job, answers: list[Answer]) -> None:
    if any(a.reason == "cancelled" for a in answers):
        partial = _assemble(job, (), "", [], []) if job.done else None
        raise OutlineStopped(partial)


# --- assembling ---------------------------------------------------------------------------------


def _top_sections(job: _Job, title: str | None = None) -> list[Section]:
    """The outline's sections; the lecture's opening among them once its title is known."""
    return _without_repeats(_sections_in_order(job, title), job.lang)


def _without_repeats(found: list[Section], lang: str) -> list[Section]:
    """Each point once in the outline, and none that only repeats a heading (a parent's own
    call and its subsections' calls read the same lines; a long part's extra points often say
    its heading again)."""
    headings = [normalise(s.heading) for top in found for s in (top, *top.sections)]
    seen: list[str] = []

    def fresh(point: str, own: str) -> bool:
        flat = normalise(point)
        if any(flat and flat in heading for heading in headings):
            return False
        if says_again(point, [own, *seen], lang):
            return False
        seen.append(point)
        return True

    def clean(section: Section) -> Section:
        points = tuple(p for p in section.points if fresh(p, section.heading))
        subs = tuple(clean(sub) for sub in section.sections)
        # A parent whose content is all in its subsections needs no point of its own (its
        # call read only its heading line, and answered it back); any other section keeps one.
        kept = points or (() if subs else section.points[:1])
        return replace(section, points=kept, sections=subs)

    return [clean(section) for section in found]


def _sections_in_order(job: _Job, title: str | None) -> list[Section]:
    found: list[Section] = []
    for i, part in enumerate(job.parts):
        if part.opening:
            if title:
                found.append(_opening_section(job, i, title))
            continue
        own = next((s for slot, s in job.done.items() if job.slots[slot] == (i, None)), None)
        subs = tuple(
            s
            for slot, s in sorted(job.done.items())
            if job.slots[slot][0] == i and job.slots[slot][1] is not None
        )
        if own is None and part.heading and subs:
            own = Section(part.heading, (), (), clock(part.start_s) if part.start_s else None)
        if own is None:
            continue
        found.append(replace(own, sections=subs))
    return found


# A file name made for the disk, not for a reader: "zh-menzhen-meeting", "meeting-032",
# "lecture_3".
_DISK_NAME = re.compile(r"^[A-Za-z0-9]+(?:[-_.][A-Za-z0-9]+)+$|^[A-Za-z]*\d+$")


def _stand_in_title(job: _Job, tops: list[Section]) -> str:
    """The title when the lecture has none of its own and the model's was unusable: the file's
    name ("第三讲 提示词", "Buổi 2 - An toàn lao động") or the pasted text's first line; a file
    name made for the disk gives way to the first heading that names a topic, which says what
    the lecture opens with."""
    name = closing.short_title(job.lecture.title)
    if job.lecture.source == PASTED or not _DISK_NAME.match(name):
        return name
    if any(part.opening for part in job.parts):
        return name  # the opening section is named by the title: it would repeat the next one
    for section in tops:
        heading = section.heading
        if without_enumerator(heading) != heading:
            continue  # "第一步：调低参数" names a step, not the lecture
        if job.lang == "zh":
            if len(normalise(heading)) >= sections.MIN_HEADING_CHARS:
                return heading
        elif len(heading.split()) >= sections.MIN_HEADING_WORDS:
            return heading
    return name


def _without_title_line(job: _Job, part: Part, text: str) -> str:
    """The part's text without the lecture's title line, when the part starts with it."""
    title = job.lecture.title_line
    if title and part.start == 0 and text.lstrip().startswith(title):
        return text.lstrip()[len(title) :].lstrip() or text
    return text


def _opening_section(job: _Job, i: int, title: str) -> Section:
    """The lecture's opening as its first section: the title names it (what the opening says the
    lecture is about), its most central sentences are its points."""
    part = job.parts[i]
    # The title line is no point, nor is a greeting (sections.notes_nothing).
    text = _without_title_line(job, part, part.text)
    points = _lecture_points(job, replace(part, text=text), title)
    end = job.parts[i + 1].start if i + 1 < len(job.parts) else len(job.lecture.text)
    start = clock(part.start_s) if part.start_s is not None else None
    return Section(title, points, (), start, (part.start, end))


def _assemble(
    job: _Job,
    key_terms: tuple[KeyTerm, ...],
    summary: str,
    questions: list[str],
    title: list[str],
) -> Outline:
    return Outline(
        title=title[0] if title else job.lecture.title,
        language=job.lang,
        sections=tuple(_top_sections(job, title[0] if title else None)),
        key_terms=key_terms,
        review_questions=tuple(questions),
        action_items=tuple(action_items(job.lines, job.lecture.language)),
        summary=summary,
    )
