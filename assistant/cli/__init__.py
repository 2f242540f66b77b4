"""The study-assistant command: parse, call core, print. Contract: docs/cli.md, README."""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
from collections.abc import Callable, Iterator
from typing import Any

from assistant import __version__
from assistant.cli.chat import add_chat_parser, cmd_chat
from assistant.cli.evaluation import add_eval_parser, cmd_eval_outline
from assistant.cli.models import MODELS_COMMANDS, add_models_parser, byte_progress
from assistant.cli.notes import NOTES_COMMANDS, add_notes_parser
from assistant.cli.outline import add_outline_parser, cmd_outline
from assistant.cli.practice import (
    PRACTICE_COMMANDS,
    add_practice_eval_parser,
    add_practice_parser,
    cmd_eval_practice,
)
from assistant.cli.serve import add_serve_parser, cmd_serve
from assistant.core import paths
from assistant.core.errors import InputError, StudyAssistantError, UsageError
from assistant.core.settings import Settings

log = logging.getLogger("assistant")

EXIT_INTERRUPTED = 130


class _Parser(argparse.ArgumentParser):
    """argparse that reports usage errors as one line and exit code 2."""

    def error(self, message: str) -> Any:
        self.print_usage(sys.stderr)
        self.exit(2, f"{self.prog}: error: {message}\n")


def build_parser() -> argparse.ArgumentParser:
    """The whole command line."""
    parser = _Parser(
        prog="study-assistant",
        description="Offline AI study assistant. With no command, opens the desktop app.",
    )
    parser.add_argument("--version", action="version", version=f"study-assistant {__version__}")
    parser.add_argument("--data-dir", help="data folder (default: the platform's user data dir)")
    parser.add_argument(
        "--endpoint",
        default=os.environ.get("STUDY_ASSISTANT_ENDPOINT"),
        help="use an OpenAI-compatible server (e.g. the classroom server) instead of a local model",
    )
    parser.add_argument("--api-key", default=os.environ.get("STUDY_ASSISTANT_API_KEY"))
    parser.add_argument("--debug", action="store_true", help="tracebacks and debug logs")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    gui = sub.add_parser("gui", help="open the desktop app (the default)")
    gui.add_argument("--lang", choices=["zh_CN", "vi", "en"])
    gui.add_argument("--presenter", action="store_true", help="large fonts for a projector")
    gui.add_argument("--model", help="GGUF path, 'starter' or a model name")

    add_models_parser(sub)

    ask = sub.add_parser("ask", help="one answer from the model, streamed to stdout")
    ask.add_argument("prompt", help="the question ('-' reads it from stdin)")
    _add_model_options(ask)
    ask.add_argument("--system", help="system instructions")
    ask.add_argument("--temperature", type=float)
    ask.add_argument("--seed", type=int)
    ask.add_argument("--max-tokens", type=_positive_int)
    ask.add_argument("--show-thinking", action="store_true", help="print reasoning to stderr")
    ask.add_argument("--json", action="store_true")

    add_chat_parser(sub)
    add_notes_parser(sub)
    add_outline_parser(sub)
    add_practice_eval_parser(add_eval_parser(sub))
    add_serve_parser(sub)
    add_practice_parser(sub)

    bench = sub.add_parser("bench", help="engine speed against llama-cpp-python used directly")
    _add_model_options(bench)
    bench.add_argument("--json", action="store_true")
    return parser


def _add_model_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--model", help="GGUF path, 'starter' or a model name")
    parser.add_argument("--ctx", type=_positive_int, help="context window in tokens")
    parser.add_argument("--threads", type=_positive_int, help="CPU threads (default: cores)")


def _positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if value <= 0:
        raise argparse.ArgumentTypeError(f"{text} must be greater than 0")
    return value


def main(argv: list[str] | None = None) -> int:
    """Run the command line; returns the process exit code."""
    args = build_parser().parse_args(argv)
    _setup_logging(args.debug)
    try:
        if args.data_dir:
            paths.set_data_dir(args.data_dir)
        action = (
            getattr(args, "models_command", None)
            or getattr(args, "notes_command", None)
            or getattr(args, "eval_command", None)
            or getattr(args, "practice_command", None)
        )
        handler = _COMMANDS.get((args.command, action))
        if handler is None:
            return _cmd_gui(args)
        return handler(args)
    except KeyboardInterrupt:
        print("study-assistant: interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED
    except StudyAssistantError as exc:
        if args.debug:
            log.exception("command failed")
        print(f"study-assistant: error: {_one_line(str(exc))}", file=sys.stderr)
        return exc.exit_code
    except BrokenPipeError:
        # The reader of our stdout went away (e.g. `| head`): not an error of ours.
        _silence_stdout()
        return 0


def _setup_logging(debug: bool) -> None:
    level = logging.DEBUG if debug else logging.WARNING
    logging.basicConfig(level=level, format="%(levelname)s %(name)s: %(message)s")


def _one_line(message: str) -> str:
    return " ".join(message.split())


def _silence_stdout() -> None:
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())


def _emit_json(data: Any) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")


# -- gui ------------------------------------------------------------------------------------------


def _cmd_gui(args: argparse.Namespace) -> int:
    from assistant.ui.app import run_gui  # Qt is imported only when a window is wanted

    return run_gui(
        sys.argv[:1],
        model=getattr(args, "model", None),
        lang=getattr(args, "lang", None),
        presenter=getattr(args, "presenter", False),
    )


# -- ask ------------------------------------------------------------------------------------------


def _cmd_ask(args: argparse.Namespace) -> int:
    from assistant.core.engine.events import Done, Failed, Reasoning, Token, Usage
    from assistant.core.engine.requests import Sampling
    from assistant.core.errors import ModelError

    prompt = sys.stdin.read() if args.prompt == "-" else args.prompt
    if not prompt.strip():
        raise InputError("The question is empty. Type a question or pipe one in with '-'.")
    messages = [{"role": "user", "content": prompt}]
    if args.system:
        messages.insert(0, {"role": "system", "content": args.system})
    settings = Settings.load()
    sampling = Sampling(
        temperature=args.temperature if args.temperature is not None else settings.temperature,
        top_p=settings.top_p,
        max_tokens=args.max_tokens or settings.max_tokens,
        seed=args.seed,
    )
    answer: list[str] = []
    reasoning: list[str] = []
    usage: Usage | None = None
    done: Done | None = None
    stream_out = not args.json
    for event in _answer_stream(args, settings, messages, sampling):
        if isinstance(event, Token):
            answer.append(event.text)
            if stream_out:
                sys.stdout.write(event.text)
                sys.stdout.flush()
        elif isinstance(event, Reasoning):
            reasoning.append(event.text)
            if args.show_thinking:
                sys.stderr.write(event.text)
                sys.stderr.flush()
        elif isinstance(event, Usage):
            usage = event
        elif isinstance(event, Done):
            done = event
        elif isinstance(event, Failed):
            if stream_out and answer:
                sys.stdout.write("\n")
            raise ModelError(event.message)
    if args.show_thinking and reasoning:
        sys.stderr.write("\n")
    if stream_out:
        sys.stdout.write("\n")
        return 0 if done is None or done.reason != "cancelled" else EXIT_INTERRUPTED
    timings = done.timings if done else None
    _emit_json(
        {
            "answer": "".join(answer),
            "reasoning": "".join(reasoning),
            "usage": {
                "prompt_tokens": usage.prompt_tokens if usage else 0,
                "completion_tokens": usage.completion_tokens if usage else 0,
            },
            "finish_reason": done.reason if done else None,
            "timings": {
                "ttft_s": round(timings.ttft_s, 4) if timings else None,
                "tokens_per_s": round(timings.tokens_per_s, 2) if timings else None,
                "prompt_tokens_per_s": round(timings.prompt_tokens_per_s, 2) if timings else None,
                "load_s": round(timings.load_s, 4) if timings else None,
            },
        }
    )
    return 0


def _answer_stream(
    args: argparse.Namespace, settings: Settings, messages: list[dict[str, str]], sampling: Any
) -> Iterator[Any]:
    """Events of the answer, from the classroom server (--endpoint) or the local engine."""
    from assistant.cli.local_model import chat_engine

    with chat_engine(args, settings, byte_progress("assembling")) as engine:
        yield from engine.chat(messages, sampling)


# -- bench ----------------------------------------------------------------------------------------


def _cmd_bench(args: argparse.Namespace) -> int:
    from assistant.core.engine.bench import default_bench_settings, run_benchmark
    from assistant.core.models.choice import resolve_model

    if args.endpoint:
        raise UsageError("bench measures the local engine; run it without --endpoint.")
    settings = Settings.load()
    path = resolve_model(args.model, settings, progress=byte_progress("assembling"))
    figures = run_benchmark(
        default_bench_settings(path, args.threads or settings.n_threads, args.ctx),
        report=lambda message: print(f"bench: {message}", file=sys.stderr),
    )
    if args.json:
        _emit_json(figures)
        return 0
    print(
        f"model {figures['model']}, {figures['threads']} threads, "
        f"prompt {figures['prompt_tokens']} tokens"
    )
    for side in ("raw", "engine"):
        f = figures[side]
        print(
            f"{side:>6}: load {f['load_s']:.2f} s, first token {f['ttft_s']:.2f} s, "
            f"prompt {f['prompt_tokens_per_s']:.1f} tok/s, generation {f['tokens_per_s']:.1f} tok/s"
        )
    print(
        f"engine/raw: generation {figures['generation_ratio_vs_raw']:.3f}, "
        f"prompt {figures['prompt_ratio_vs_raw']:.3f}"
    )
    print(
        f"follow-up in a {figures['followup_prompt_tokens']}-token conversation: first token in "
        f"{figures['followup_ttft_s']:.2f} s ({figures['followup_evaluated_tokens']} tokens read)"
    )
    print(
        f"JSON schema: {figures['constrained']['tokens_per_s']:.1f} tok/s against "
        f"{figures['free']['tokens_per_s']:.1f} free "
        f"(ratio {figures['constrained_ratio_vs_free']:.3f})"
    )
    par = figures["parallel"]
    print(
        f"{par['sequences']} sequences together: {par['total_tokens_per_s']:.1f} tok/s in total "
        f"against {par['single_tokens_per_s']:.1f} for one (ratio {par['ratio']:.3f})"
    )
    return 0


_COMMANDS: dict[tuple[str | None, str | None], Callable[[argparse.Namespace], int]] = {
    ("ask", None): _cmd_ask,
    ("chat", None): cmd_chat,
    ("bench", None): _cmd_bench,
    ("serve", None): cmd_serve,
    ("outline", None): cmd_outline,
    ("eval", "outline"): cmd_eval_outline,
    **{("models", name): handler for name, handler in MODELS_COMMANDS.items()},
    ("eval", "practice"): cmd_eval_practice,
    **{("notes", name): handler for name, handler in NOTES_COMMANDS.items()},
    **{("practice", name): handler for name, handler in PRACTICE_COMMANDS.items()},
}


def run() -> None:
    """Console-script entry point."""
    sys.exit(main())
