"""Dropping the lines of an answer that repeat the prompt's own lines, as the answer streams.

A 0.5B model sometimes answers by copying "Question: …" or the instructions back. A line is held
back only while it could still be such a copy (its words so far begin one of the prompt's
lines); as soon as it differs it is shown, so the first token of a real answer is not delayed.
"""

from __future__ import annotations

from assistant.core.outline.textmatch import normalise

# A held line that covers this share of a prompt line when the answer ends is a copy of it.
COPY_SHARE = 0.8
# Prompt lines shorter than this (after normalising) are too common to call a copy.
MIN_LINE = 6


class EchoFilter:
    """Removes answer lines that copy a line of the prompt (the question, the instructions)."""

    def __init__(self, prompt_lines: list[str]) -> None:
        self._echoes = [n for n in (normalise(line) for line in prompt_lines) if len(n) >= MIN_LINE]
        self._held = ""  # the current line, held while it may be a copy
        self._released = False  # the current line was shown: the rest of it goes straight out

    def _could_copy(self, line: str) -> bool:
        flat = normalise(line)
        return any(echo.startswith(flat) for echo in self._echoes)

    def _is_copy(self, line: str) -> bool:
        flat = normalise(line)
        return bool(flat) and any(
            echo.startswith(flat) and len(flat) >= COPY_SHARE * len(echo) for echo in self._echoes
        )

    def feed(self, text: str) -> str:
        """The part of text that can be shown now."""
        out: list[str] = []
        for piece in text.splitlines(keepends=True):
            ends = piece.endswith("\n")
            if self._released:
                out.append(piece)
            else:
                self._held += piece
                if ends:
                    if not self._is_copy(self._held):
                        out.append(self._held)
                    self._held = ""
                elif not self._could_copy(self._held):
                    out.append(self._held)
                    self._held = ""
                    self._released = True
            if ends:
                self._released = False
        return "".join(out)

    def finish(self) -> str:
        """What is still held when the answer ends (nothing, if it was a copy)."""
        held, self._held, self._released = self._held, "", False
        return "" if self._is_copy(held) else held
