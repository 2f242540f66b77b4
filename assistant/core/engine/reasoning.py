"""Streaming split of DeepSeek-R1-style ``<think>...</think>`` output into reasoning and answer."""

from __future__ import annotations

from enum import Enum, auto
from typing import Final

REASONING: Final = "reasoning"
ANSWER: Final = "answer"

OPEN_TAG: Final = "<think>"
CLOSE_TAG: Final = "</think>"


class _Phase(Enum):
    """Where the splitter is in the stream."""

    OPENING = auto()  # Start of the answer: an opening <think> may still come.
    REASONING_LEAD = auto()  # Just inside <think>: strip whitespace, maybe a redundant <think>.
    REASONING = auto()  # Reasoning body: only </think> is special.
    ANSWER_LEAD = auto()  # Just after </think>: strip whitespace.
    ANSWER = auto()  # Plain answer text: no tag is special any more.


def _partial_tag_len(text: str, tag: str) -> int:
    """Return the length of the longest suffix of text that is a proper prefix of tag."""
    for k in range(min(len(text), len(tag) - 1), 0, -1):
        if text.endswith(tag[:k]):
            return k
    return 0


class ReasoningSplitter:
    """Splits a token stream into reasoning and answer text around <think>...</think>."""

    def __init__(self, started_inside: bool = False) -> None:
        """Start in answer mode, or in reasoning mode if the prompt already opened <think>."""
        self._phase = _Phase.REASONING_LEAD if started_inside else _Phase.OPENING
        # Templates that open the tag themselves still sometimes get it echoed by the model.
        self._allow_redundant_open = started_inside
        self._held = ""

    @property
    def in_reasoning(self) -> bool:
        """Return whether text fed now would count as reasoning."""
        return self._phase in (_Phase.REASONING_LEAD, _Phase.REASONING)

    def feed(self, text: str) -> list[tuple[str, str]]:
        """Consume one chunk; return the (kind, text) pieces that are now certain, in order."""
        self._held += text
        out: list[tuple[str, str]] = []
        while self._step(out):
            pass
        return out

    def flush(self) -> list[tuple[str, str]]:
        """Emit whatever is still held at end of stream as text of the current kind."""
        held, self._held = self._held, ""
        out: list[tuple[str, str]] = []
        # A partial tag that never completed is ordinary text; whitespace held before a
        # possible </think> in unterminated reasoning stays part of that reasoning.
        _emit(out, REASONING if self.in_reasoning else ANSWER, held)
        return out

    def _step(self, out: list[tuple[str, str]]) -> bool:
        """Advance the state machine once; return True if it should run again."""
        buf = self._held
        if self._phase is _Phase.OPENING:
            stripped = buf.lstrip()
            if stripped.startswith(OPEN_TAG):
                # Whitespace before the opening tag belongs to neither part.
                self._held = stripped[len(OPEN_TAG) :]
                self._phase = _Phase.REASONING_LEAD
                return True
            if OPEN_TAG.startswith(stripped):
                # Only whitespace or a partial "<thi" so far: cannot decide yet.
                return False
            # Anything else means this reply has no reasoning block; later tags are text.
            self._phase = _Phase.ANSWER
            return True

        if self._phase is _Phase.REASONING_LEAD:
            # Whitespace right after <think> is stripped, so it can be dropped immediately.
            buf = self._held = buf.lstrip()
            if not buf:
                return False
            if self._allow_redundant_open and buf.startswith(OPEN_TAG):
                self._held = buf[len(OPEN_TAG) :]
                self._allow_redundant_open = False
                return True
            if buf.startswith(CLOSE_TAG):
                # Empty reasoning block, e.g. "<think>\n\n</think>".
                self._held = buf[len(CLOSE_TAG) :]
                self._phase = _Phase.ANSWER_LEAD
                return True
            if CLOSE_TAG.startswith(buf) or (
                self._allow_redundant_open and OPEN_TAG.startswith(buf)
            ):
                return False
            self._allow_redundant_open = False
            self._phase = _Phase.REASONING
            return True

        if self._phase is _Phase.REASONING:
            end = buf.find(CLOSE_TAG)
            if end >= 0:
                # Everything before the tag is still held or unseen, so rstrip is exact.
                _emit(out, REASONING, buf[:end].rstrip())
                self._held = buf[end + len(CLOSE_TAG) :]
                self._phase = _Phase.ANSWER_LEAD
                return True
            # Hold a partial "</thi" plus the whitespace before it, so trailing whitespace of
            # the reasoning can be dropped if the tag completes; emit the rest right away.
            keep = len(buf) - _partial_tag_len(buf, CLOSE_TAG)
            while keep > 0 and buf[keep - 1].isspace():
                keep -= 1
            _emit(out, REASONING, buf[:keep])
            self._held = buf[keep:]
            return False

        if self._phase is _Phase.ANSWER_LEAD:
            # R1 puts "\n\n" after </think>; it is not part of the answer.
            self._held = buf.lstrip()
            if not self._held:
                return False
            self._phase = _Phase.ANSWER
            return True

        # _Phase.ANSWER: nothing can be a tag any more, so nothing is held back.
        _emit(out, ANSWER, buf)
        self._held = ""
        return False


def _emit(out: list[tuple[str, str]], kind: str, text: str) -> None:
    """Append a non-empty piece, merging it with a preceding piece of the same kind."""
    if not text:
        return
    if out and out[-1][0] == kind:
        out[-1] = (kind, out[-1][1] + text)
    else:
        out.append((kind, text))


def split_reasoning(text: str, started_inside: bool = False) -> tuple[str, str]:
    """Split a complete reply into (reasoning, answer) exactly as streaming would."""
    splitter = ReasoningSplitter(started_inside)
    parts: dict[str, list[str]] = {REASONING: [], ANSWER: []}
    for kind, piece in [*splitter.feed(text), *splitter.flush()]:
        parts[kind].append(piece)
    return "".join(parts[REASONING]), "".join(parts[ANSWER])


def prompt_opens_think(prompt: str) -> bool:
    """Return whether a rendered prompt ends with an open <think> tag (trailing space allowed)."""
    # Ending with the open tag means no </think> can follow it.
    return prompt.rstrip().endswith(OPEN_TAG)
