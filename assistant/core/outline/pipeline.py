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
from dataclasses import dataclass, field
from typing import Any

from assistant.core.engine.events import Done, Failed, Progress, Reasoning, Token
from assistant.core.engine.protocol import ChatEngine
from assistant.core.engine.requests import Message, Sampling
from assistant.core.errors import InputError, ModelError
from assistant.core.outline.chunking import chunk_text
from assistant.core.outline.ingest import Lecture
from assistant.core.outline.structure import (
    Outline,
    OutlineParseError,
    merge_outlines,
    outline_schema,
    parse_outline,
    section_schema,
)

# Tokens kept free for the model's JSON answer, per pass.
ANSWER_TOKENS = 900
# Tokens of each chunk repeated at the start of the next.
OVERLAP_TOKENS = 120

_INSTRUCTIONS = {
    "zh": (
        "你是认真的学习助手。把下面的讲课内容整理成结构化的笔记大纲，用 JSON 输出。"
        "要点用你自己的简短话语概括，不要照抄原文段落；每个要点不超过一句话。"
        "有作业、任务、负责人或截止时间就写进 action_items。全部用中文。"
    ),
    "vi": (
        "Bạn là trợ lý học tập cẩn thận. Hãy sắp xếp nội dung bài giảng dưới đây thành dàn ý "
        "ghi chú có cấu trúc, xuất ra JSON. Tóm tắt ý chính bằng câu ngắn của bạn, không chép "
        "nguyên đoạn; mỗi ý tối đa một câu. Nếu có bài tập, nhiệm vụ, người phụ trách hay hạn "
        "chót thì ghi vào action_items. Viết hoàn toàn bằng tiếng Việt."
    ),
    "en": (
        "You are a careful study assistant. Turn the lecture below into a structured note "
        "outline, written as JSON. Summarise points in your own short words, do not copy "
        "paragraphs; one sentence per point at most. Put homework, tasks, owners and deadlines "
        "in action_items. Write in English."
    ),
}
_PART = {
    "zh": "这是一堂长课的第 {i} 部分（共 {n} 部分），只整理这一部分。",
    "vi": "Đây là phần {i} trên {n} của một bài giảng dài; chỉ xử lý phần này.",
    "en": "This is part {i} of {n} of a long lecture; outline this part only.",
}


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
        """The `outline --json` document (shared/cli.md)."""
        source = {"chars": lecture.chars, "tokens": self.prompt_tokens, "chunks": self.chunks}
        return self.outline.to_json(source=source, model=self.model, timings=self.timings)


Report = Callable[[Progress], None]


def outline_lecture(
    engine: ChatEngine,
    lecture: Lecture,
    *,
    language: str = "auto",
    max_tokens: int | None = None,
    report: Report = lambda _p: None,
    on_reasoning: Callable[[str], None] = lambda _t: None,
) -> OutlineResult:
    """Outline the lecture with the loaded model; long lectures are chunked, never truncated."""
    loaded = engine.loaded
    if loaded is None:
        raise ModelError("No model is loaded.")
    if not lecture.text.strip():
        raise InputError("The lecture is empty: paste some text or choose another file.")
    lang = lecture.language if language == "auto" else language
    if lang not in _INSTRUCTIONS:
        raise InputError(f"Unknown output language {language!r}; use auto, zh, vi or en.")
    answer_tokens = max_tokens or ANSWER_TOKENS
    single = _messages(lecture.text, lang, None)
    prompt_tokens = engine.count_tokens(messages=single)
    started = time.perf_counter()
    stats = _Stats()
    if prompt_tokens + answer_tokens <= loaded.n_ctx:
        report(Progress(0, 1, "outlining"))
        outline = _run(engine, single, outline_schema(), lang, answer_tokens, stats, on_reasoning)
        report(Progress(1, 1, "done"))
        chunks = 1
    else:
        overhead = engine.count_tokens(messages=_messages("", lang, (1, 9)))
        budget = loaded.n_ctx - overhead - answer_tokens - 16
        if budget < 200:
            raise InputError(
                f"The context window ({loaded.n_ctx} tokens) is too small to outline with; "
                f"load the model with a larger context (--ctx)."
            )
        pieces = chunk_text(
            lecture.text, lambda t: engine.count_tokens(prompt=t), budget, OVERLAP_TOKENS
        )
        parts: list[Outline] = []
        for piece in pieces:
            report(Progress(piece.index, len(pieces), f"chunk {piece.index + 1} of {len(pieces)}"))
            messages = _messages(piece.text, lang, (piece.index + 1, len(pieces)))
            parts.append(
                _run(engine, messages, section_schema(), lang, answer_tokens, stats, on_reasoning)
            )
        report(Progress(len(pieces), len(pieces), "merging"))
        outline = merge_outlines(parts, title_hint=lecture.title)
        chunks = len(pieces)
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


def _messages(text: str, lang: str, part: tuple[int, int] | None) -> list[Message]:
    system = _INSTRUCTIONS[lang]
    if part is not None:
        system += " " + _PART[lang].format(i=part[0], n=part[1])
    return [{"role": "system", "content": system}, {"role": "user", "content": text}]


def _run(
    engine: ChatEngine,
    messages: list[Message],
    schema: dict[str, Any],
    lang: str,
    max_tokens: int,
    stats: _Stats,
    on_reasoning: Callable[[str], None],
) -> Outline:
    sampling = Sampling(
        temperature=0.3, repeat_penalty=1.1, max_tokens=max_tokens, json_schema=schema, seed=7
    )
    text: list[str] = []
    done: Done | None = None
    started = time.perf_counter()
    for event in engine.chat(messages, sampling):
        if isinstance(event, Token):
            text.append(event.text)
        elif isinstance(event, Reasoning):
            stats.reasoning += event.text
            on_reasoning(event.text)
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
            raise InterruptedError("the outline was stopped")
    raw = "".join(text)
    try:
        return parse_outline(raw, lang)
    except OutlineParseError as exc:
        preview = json.dumps(raw[:120], ensure_ascii=False)
        raise ModelError(
            f"The model did not write a usable outline ({exc}); it wrote {preview}."
        ) from exc
