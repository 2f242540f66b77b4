"""`study-assistant chat`: a conversation on the command line, one question per line of stdin.

The model runs in the engine's worker process for the whole conversation. If the worker dies
(a native crash, an out-of-memory kill), the question is reported as failed and the next one is
answered by a restarted worker with the conversation kept: scripts (and the kit's smoke test)
rely on that.
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

from assistant.core.errors import StudyAssistantError
from assistant.core.settings import Settings

EXIT_MODEL = 3


def add_chat_parser(sub: Any) -> None:
    """The chat sub-command."""
    chat = sub.add_parser(
        "chat", help="a conversation: one question per line of stdin, answers on stdout"
    )
    chat.add_argument("--model", help="GGUF path, 'starter' or a model name")
    chat.add_argument("--ctx", type=int, help="context window in tokens")
    chat.add_argument("--threads", type=int, help="CPU threads (default: cores)")
    chat.add_argument("--system", help="system instructions")
    chat.add_argument("--max-tokens", type=int, help="longest answer, in tokens")


def cmd_chat(args: argparse.Namespace) -> int:
    """Answer each line of stdin in one conversation; exit 3 if the last question failed."""
    from assistant.cli.local_model import chat_engine
    from assistant.cli.models import byte_progress
    from assistant.core.engine.events import Done, Failed, Token
    from assistant.core.engine.requests import Sampling

    settings = Settings.load()
    sampling = Sampling(
        temperature=settings.temperature,
        top_p=settings.top_p,
        max_tokens=args.max_tokens or settings.max_tokens,
    )
    history: list[dict[str, str]] = []
    if args.system:
        history.append({"role": "system", "content": args.system})
    interactive = sys.stdin.isatty()
    last_failed = False
    with chat_engine(args, settings, byte_progress("assembling")) as engine:
        while True:
            if interactive:
                print("> ", end="", file=sys.stderr, flush=True)
            line = sys.stdin.readline()
            if not line:
                break
            question = line.strip()
            if not question:
                continue
            turn = [*history, {"role": "user", "content": question}]
            answer: list[str] = []
            out = _AnswerWriter()
            failure: str | None = None
            try:
                for event in engine.chat(turn, sampling):
                    if isinstance(event, Token):
                        answer.append(event.text)
                        out.write(event.text)
                    elif isinstance(event, Failed):
                        failure = event.message
                    elif isinstance(event, Done):
                        break
            except StudyAssistantError as exc:  # e.g. the conversation outgrew the context
                failure = exc.english()
            out.end()
            last_failed = failure is not None
            if failure is not None:
                # The unanswered question is left out of the conversation; the next one goes on.
                print(f"study-assistant: error: {' '.join(failure.split())}", file=sys.stderr)
                continue
            history = [*turn, {"role": "assistant", "content": "".join(answer)}]
    return EXIT_MODEL if last_failed else 0


class _AnswerWriter:
    """Streams an answer to stdout so that an empty line always means "the answer ended".

    A blank line inside the answer (a paragraph break) is written as a line holding one space,
    so a script reading answers up to the next empty line never splits one.
    """

    def __init__(self) -> None:
        self._at_line_start = True

    def write(self, text: str) -> None:
        pieces = []
        for char in text:
            if char == "\n" and self._at_line_start:
                pieces.append(" ")
            pieces.append(char)
            self._at_line_start = char == "\n"
        sys.stdout.write("".join(pieces))
        sys.stdout.flush()

    def end(self) -> None:
        sys.stdout.write("\n" if self._at_line_start else "\n\n")
        sys.stdout.flush()
