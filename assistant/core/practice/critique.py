"""The critique: the checker scores, the model proposes one sentence per missing field.

A 0.5B model asked to score, advise and rewrite in one go loops and teaches the wrong thing
(issue 18). So it gets small jobs: for each field the checker finds missing, one short
schema-constrained call writes ONE sentence that fills it for this prompt's task, in the
prompt's language. The calls are independent (parallel sequences when the engine has them). A
sentence that loops, echoes the prompt, copies the instructions or drifts into another language
is dropped and asked for again, each time in another way (TRIES); after the last try it is left
out, and the trainee sees why. The rewrite is assembled from the trainee's text and the
sentences (rewrite.py), never generated.
"""

from __future__ import annotations

import json
import re
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from dataclasses import field as dataclass_field
from typing import Any

from assistant.core.engine.requests import Message, Sampling
from assistant.core.practice import proposal_checks as checks
from assistant.core.practice.checker import CheckResult
from assistant.core.practice.frameworks import Framework, FrameworkField, pick
from assistant.core.practice.resources import load_practice_json
from assistant.core.practice.rewrite import assemble_rewrite
from assistant.core.practice.sequences import ChatRequest, OnReasoning, Outcome, run_requests
from assistant.core.text.language import chinese_script

# One sentence: Chinese counted in characters, Vietnamese and English in words. The schema's
# maxLength (characters) bounds what the grammar lets through; max_tokens bounds the call.
MIN_CHARS = 4
FIRST_SENTENCE_UNITS = 6  # "我们是。" is no sentence to stop at
# The stemmed string is unbounded in the grammar (a bounded repeat makes every token's grammar
# check walk dozens of nested optional rules): max_tokens bounds it, and a sentence the bound cut
# keeps its whole first sentence.
ANSWER_TOKENS = 80
R1_THINK_TOKENS = 200  # an R1 model thinks first (into the thinking panel), then answers
SEED = 7
_QUOTED = re.compile(r"[“\"]([^”\"]{4,})[”\"]")
_SENTENCE_END = re.compile(r"[。！？!?]|\.(?=\s|$)")
_REGEX_SPECIAL = frozenset(".^$*+?()[]{}|\\")
_TRIM = " \t\n\"'“”‘’「」『』【】[]()（）:：-–—•*#"


@dataclass(frozen=True)
class Try:
    """How one round of asking words its request: each round differs, so one failure mode
    (the model copying what it was shown, or echoing the prompt) does not repeat itself."""

    template: str  # "user" (with the field's description) or "retry" (the label alone)
    other_stem: bool  # open the sentence with the field's second opening
    temperature: float
    example: bool = False  # quote the field's example (never for an R1 model: no few-shot)


# The 0.5B starter model copied a quoted example into 50 of 105 first tries (the sentence then
# fits another task and is dropped), so the example comes late. A dropped sentence mostly echoes
# the prompt; another opening and a warmer temperature move it off that path. A later try runs
# only for the fields still without a sentence, so it costs time only when it is needed.
TRIES = (
    Try("user", other_stem=False, temperature=0.5),
    Try("retry", other_stem=False, temperature=0.8),
    Try("user", other_stem=True, temperature=0.8),
    Try("user", other_stem=True, temperature=0.9, example=True),
    Try("retry", other_stem=True, temperature=1.0),
)


@dataclass(frozen=True)
class Proposal:
    """The sentence proposed for one missing field ("" if every try was dropped)."""

    field: str
    label: str
    text: str
    dropped: tuple[str, ...] = ()  # why each dropped try was dropped (proposal_checks keys)

    @property
    def left_out(self) -> bool:
        """Whether no usable sentence came back."""
        return not self.text


@dataclass(frozen=True)
class Critique:
    """The proposals for a checked prompt and the rewrite assembled from them."""

    framework: str
    language: str
    proposals: tuple[Proposal, ...]
    rewrite: str
    seconds: float = 0.0
    calls: int = 0
    reasoning: str = ""
    stopped: bool = False

    def to_json(self) -> dict[str, Any]:
        """The `practice check --json` critique shape: {proposals:[{field, text}], rewrite}."""
        return {
            "proposals": [
                {"field": p.field, "label": p.label, "text": p.text}
                for p in self.proposals
                if not p.left_out
            ],
            "left_out": [
                {"field": p.field, "label": p.label, "reasons": list(p.dropped)}
                for p in self.proposals
                if p.left_out
            ],
            "rewrite": self.rewrite,
            "seconds": round(self.seconds, 2),
            "stopped": self.stopped,
        }


@dataclass
class _Ask:
    """One missing field being asked for, with what its tries gave."""

    field: FrameworkField
    dropped: list[str] = dataclass_field(default_factory=list)
    text: str = ""


def field_example(f: FrameworkField, language: str) -> str:
    """The example sentence quoted in the field's tip ("例如“…”"), or ""."""
    m = _QUOTED.search(pick(f.tip, language))
    return m.group(1).strip() if m else ""


def proposal_key(f: FrameworkField, language: str) -> str:
    """The JSON key the answer is written under: the field's own label primes its content."""
    return f.label(language)


def proposal_messages(
    prompt: str,
    f: FrameworkField,
    language: str,
    reasoning_model: bool,
    attempt: int = 0,
) -> list[Message]:
    """The request for f's sentence on the given try: the prompt, the field's description.

    What a small model copies is what it was shown, so the example is quoted only on the last
    try (TRIES). An R1 model gets DeepSeek's guidance: one user turn, no example. Other models
    get a one-line system turn, or the chat template adds its own ("You are Qwen, created by
    Alibaba Cloud"), which the model then proposes as the prompt's background.
    """
    how = TRIES[attempt]
    templates = load_practice_json("guidance.json")["proposal"]
    example = field_example(f, language)
    example_line = ""
    if example and how.example and not reasoning_model:
        example_line = pick(templates["example"], language).format(example=example)
    script = templates["script"][chinese_script(prompt)] if language == "zh" else ""
    stem = field_stem(f.key, language, how.other_stem)
    stem_text = pick(templates["stem"], language).format(stem=stem) if stem else ""
    template = templates[how.template]
    text = pick(template, language).format(
        prompt=prompt.strip(),
        label=f.label(language),
        description=pick(f.description, language).rstrip("。."),
        example=example_line,
        stem=stem_text,
        script=script,
    )
    user: Message = {"role": "user", "content": text}
    if reasoning_model:
        return [user]
    return [{"role": "system", "content": pick(templates["system"], language)}, user]


def may_repeat_prompt(key: str) -> bool:
    """Whether the field naturally names what the prompt works on (ICIO's input: "以下是…")."""
    return key in load_practice_json("guidance.json")["proposal"]["may_repeat_prompt"]


def field_stem(key: str, language: str, other: bool = False) -> str:
    """How the field's sentence starts ("你是一名…", "We …"), or "" for fields without one.

    A 0.5B model that must continue "你是一名" writes a role; asked for "a role sentence" it
    often restates the instructions instead. other: the second opening ("请你扮演…"), for a
    later try after the first opening led the model to echo the prompt.
    """
    guidance = load_practice_json("guidance.json")["proposal"]
    stems = guidance["other_stems" if other else "stems"].get(key)
    if not stems and other:
        stems = guidance["stems"].get(key)
    return pick(stems, language) if stems else ""


def proposal_schema(key: str, language: str, stem: str = "") -> dict[str, Any]:
    """One string under key, one sentence long, starting with stem if given."""
    # One line, no quotes: the stem, a space after a Latin one, then the rest of the sentence.
    gap = "" if language == "zh" or not stem else " "
    rest = f'[^"\\\\\\n]{{{MIN_CHARS},}}'
    return {
        "type": "object",
        "properties": {key: {"type": "string", "pattern": f"^{_literal(stem)}{gap}{rest}$"}},
        "required": [key],
        "additionalProperties": False,
    }


def proposal_sampling(
    key: str, language: str, reasoning_model: bool, seed: int, attempt: int = 0, stem: str = ""
) -> Sampling:
    """Sampling for one proposal: constrained by the schema, a fresh seed on each try."""
    think = R1_THINK_TOKENS if reasoning_model else 0
    temperature = None if reasoning_model else TRIES[attempt].temperature
    return Sampling(
        temperature=temperature,  # None: R1 gets DeepSeek's 0.6
        top_p=0.9 if not reasoning_model else None,
        repeat_penalty=1.15,
        max_tokens=ANSWER_TOKENS + think,
        seed=seed,
        json_schema=proposal_schema(key, language, stem),
        think_budget=think,
    )


def critique_prompt(
    engine: Any,
    prompt: str,
    result: CheckResult,
    framework: Framework,
    reasoning_model: bool = False,
    on_reasoning: OnReasoning | None = None,
    should_stop: Callable[[], bool] | None = None,
) -> Critique:
    """Propose a sentence for each field result lacks and assemble the rewrite."""
    started = time.perf_counter()
    language = result.language
    asks = [_Ask(framework.get_field(key)) for key in result.missing]
    instructions = instruction_texts(framework, language, prompt, reasoning_model)
    thought: list[str] = []
    calls = 0
    stopped = False
    for attempt in range(len(TRIES)):  # each later try only for the fields still without one
        pending = [a for a in asks if not a.text]
        if not pending:
            break
        if should_stop is not None and should_stop():
            stopped = True  # the trainee stopped before this try: its fields stay left out
            break
        requests = [_request(prompt, a, language, reasoning_model, attempt) for a in pending]
        outcomes = run_requests(engine, requests, on_reasoning)
        calls += len(requests)
        for ask, outcome in zip(pending, outcomes, strict=True):
            thought.append(outcome.reasoning)
            if outcome.reason in ("cancelled", "failed"):
                stopped = stopped or outcome.reason == "cancelled"
                if outcome.reason == "failed":
                    ask.dropped.append(outcome.error or "failed")
                continue
            text, reason = _judge(outcome, ask, language, prompt, instructions)
            if reason is None:
                ask.text = text
            else:
                ask.dropped.append(reason)
        if stopped:
            break
    proposals = tuple(
        Proposal(a.field.key, a.field.label(language), a.text, tuple(a.dropped)) for a in asks
    )
    rewrite = assemble_rewrite(prompt, result, framework, {p.field: p.text for p in proposals})
    return Critique(
        framework=framework.key,
        language=language,
        proposals=proposals,
        rewrite=rewrite,
        seconds=time.perf_counter() - started,
        calls=calls,
        reasoning="".join(thought),
        stopped=stopped,
    )


def with_edits(
    critique: Critique,
    result: CheckResult,
    framework: Framework,
    prompt: str,
    texts: dict[str, str],
) -> Critique:
    """The critique with the trainee's edited or accepted sentences (field key -> text)."""
    proposals = tuple(
        replace(p, text=texts.get(p.field, p.text).strip()) for p in critique.proposals
    )
    rewrite = assemble_rewrite(prompt, result, framework, {p.field: p.text for p in proposals})
    return replace(critique, proposals=proposals, rewrite=rewrite)


def _request(
    prompt: str, ask: _Ask, language: str, reasoning_model: bool, attempt: int
) -> ChatRequest:
    messages = proposal_messages(prompt, ask.field, language, reasoning_model, attempt)
    key = proposal_key(ask.field, language)
    stem = field_stem(ask.field.key, language, TRIES[attempt].other_stem)
    seed = SEED + 101 * attempt
    sampling = proposal_sampling(key, language, reasoning_model, seed, attempt, stem)
    return ChatRequest(messages, sampling)


def _judge(
    outcome: Outcome, ask: _Ask, language: str, prompt: str, instructions: Sequence[str]
) -> tuple[str, str | None]:
    """The cleaned sentence and why it cannot be used (None if it can)."""
    key = proposal_key(ask.field, language)
    text = _clean(_answer_value(outcome.text, key), ask.field)
    first = _first_sentence(text)
    if outcome.reason == "length" and first == text and not _SENTENCE_END.search(text[-1:]):
        return "", checks.CUT  # the bound cut the only sentence mid-phrase
    echo_ok = may_repeat_prompt(ask.field.key)
    return first, checks.problem(first, language, prompt, instructions, echo_ok)


def _answer_value(raw: str, key: str) -> str:
    try:
        data = json.loads(raw)
    except ValueError:
        # Cut before the closing quote: keep what the string holds so far.
        m = re.search(r'"[^"]*"\s*:\s*"((?:[^"\\]|\\.)*)', raw)
        return m.group(1) if m else ""
    if isinstance(data, dict):
        value = data.get(key, next(iter(data.values()), ""))
        return value if isinstance(value, str) else ""
    return ""


def _clean(text: str, f: FrameworkField) -> str:
    text = " ".join(text.split()).strip(_TRIM)
    # "背景：我们是…": the label is added by the rewrite, not repeated in the sentence.
    for name in sorted(f.names(), key=len, reverse=True):
        if text.casefold().startswith(name.casefold()):
            rest = text[len(name) :]
            if rest[:1] in (":", "：", "】"):
                text = rest.strip(_TRIM)
                break
    return text


def _literal(text: str) -> str:
    """text as a regex literal; not re.escape, whose escaped spaces llama.cpp's converter keeps."""
    return "".join(f"\\{c}" if c in _REGEX_SPECIAL else c for c in text)


def _first_sentence(text: str) -> str:
    """One sentence: text up to the first sentence end that leaves a real sentence."""
    for m in _SENTENCE_END.finditer(text):
        head = text[: m.end()].strip()
        if len(checks.units(head)) >= FIRST_SENTENCE_UNITS:
            return head
    return text


def instruction_texts(
    framework: Framework, language: str, prompt: str, reasoning_model: bool = False
) -> list[str]:
    """What the requests say besides the prompt: a proposal must not be copied from it."""
    texts = []
    for f in framework.fields:
        for attempt in range(len(TRIES)):
            for message in proposal_messages(prompt, f, language, reasoning_model, attempt):
                texts.append(message["content"].replace(prompt.strip(), "\n"))
        texts += [pick(f.description, language), pick(f.tip, language)]
    return texts
