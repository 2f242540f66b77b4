"""`study-assistant practice ...` and `eval practice`: frameworks, the checker, exercises, packs."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from assistant.cli.notes import library_db
from assistant.core.errors import InputError

Handler = Callable[[argparse.Namespace], int]


def add_practice_parser(sub: Any) -> None:
    """The practice sub-commands."""
    practice = sub.add_parser("practice", help="prompt practice: frameworks, checker, packs")
    actions = practice.add_subparsers(dest="practice_command", metavar="ACTION", required=True)

    frameworks = actions.add_parser("frameworks", help="the prompt frameworks and their fields")
    frameworks.add_argument("--json", action="store_true")

    check = actions.add_parser("check", help="which fields of a framework a prompt has")
    check.add_argument("prompt", nargs="?", help="the prompt (default: read stdin; '-' too)")
    check.add_argument("--framework", default="auto", help="framework key, or auto (default)")
    check.add_argument("--r1", action="store_true", help="tips for a DeepSeek-R1 reasoning model")
    check.add_argument(
        "--critique",
        action="store_true",
        help="the model proposes a sentence for each missing field; print the assembled rewrite",
    )
    check.add_argument("--model", help="GGUF path, 'starter' or a model name (for --critique)")
    check.add_argument("--ctx", type=int, help="context window in tokens")
    check.add_argument("--threads", type=int, help="CPU threads (default: cores)")
    check.add_argument("--save", action="store_true", help="save the attempt to the library")
    check.add_argument("--trainee", default="", help="whose attempt it is (with --save)")
    check.add_argument("--exercise", help="the exercise id the prompt answers (with --save)")
    check.add_argument("--json", action="store_true")

    exercises = actions.add_parser("exercises", help="built-in and imported exercises")
    exercises.add_argument("--lang", choices=["zh", "vi", "en"])
    exercises.add_argument("--json", action="store_true")

    progress = actions.add_parser("progress", help="a trainee's saved attempts and scores")
    progress.add_argument("--trainee", default="")
    progress.add_argument("--json", action="store_true")

    export = actions.add_parser("export", help="write a prompt pack (one JSON file)")
    export.add_argument("path", type=Path)
    export.add_argument("--name", default="Study Assistant prompt pack", help="the pack's name")
    export.add_argument("--description", default="")

    imp = actions.add_parser("import", help="import a prompt pack (one JSON file)")
    imp.add_argument("path", type=Path)


def add_practice_eval_parser(eval_actions: Any) -> None:
    """`eval practice DIR`: the checker's accuracy on labelled prompts."""
    ev = eval_actions.add_parser("practice", help="checker accuracy on labelled prompts in DIR")
    ev.add_argument("dir", type=Path, help="folder of .jsonl labelled prompts")
    ev.add_argument("--errors", action="store_true", help="list the wrong fields too")
    ev.add_argument(
        "--critique",
        action="store_true",
        help="judge the critique instead: proposals and rewrites on the model",
    )
    ev.add_argument("--model", help="GGUF path, 'starter' or a model name (for --critique)")
    ev.add_argument("--ctx", type=int, help="context window in tokens")
    ev.add_argument("--threads", type=int, help="CPU threads (default: cores)")
    ev.add_argument("--r1", action="store_true", help="treat the model as a DeepSeek-R1 model")
    ev.add_argument("--json", action="store_true")


def _emit(data: Any) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")


@contextmanager
def _store() -> Iterator[Any]:
    from assistant.core.store.practice import PracticeStore

    with library_db() as db:
        yield PracticeStore(db)


def _catalog() -> Any:
    with _store() as store:
        return store.catalog()


def cmd_frameworks(args: argparse.Namespace) -> int:
    catalog = _catalog()
    if args.json:
        _emit({"frameworks": [fw.to_cli_json() for fw in catalog.frameworks]})
        return 0
    for fw in catalog.frameworks:
        source = "" if fw.source == "built-in" else f"  (from {fw.source})"
        print(f"{fw.key:<8} {fw.title.get('en', fw.name)}{source}")
        for f in fw.fields:
            labels = " / ".join(f.label(lang) for lang in ("zh", "vi", "en"))
            print(f"         {f.key:<14} {labels}")
    return 0


def _read_prompt(args: argparse.Namespace) -> str:
    if args.prompt is None or args.prompt == "-":
        if sys.stdin.isatty():
            raise InputError("Give a prompt to check, or pipe one in.")
        return sys.stdin.read()
    return str(args.prompt)


def _reasoning_model(args: argparse.Namespace) -> bool:
    if args.r1 or not args.model or args.endpoint:
        return bool(args.r1)
    from assistant.core.models.choice import resolve_model
    from assistant.core.models.model_info import read_model_info
    from assistant.core.settings import Settings

    return read_model_info(resolve_model(args.model, Settings.load())).is_reasoning


def cmd_check(args: argparse.Namespace) -> int:
    from assistant.core.practice.checker import PromptChecker

    prompt = _read_prompt(args)
    with _store() as store:
        catalog = store.catalog()
        result = PromptChecker(catalog).check(prompt, args.framework, _reasoning_model(args))
        if args.save:
            from assistant.core.store.practice import Attempt

            store.add_attempt(
                Attempt(
                    prompt=prompt,
                    framework=result.framework,
                    score=result.score,
                    check_result=result.to_json(),
                    trainee=args.trainee,
                    exercise=args.exercise,
                    mode="check",
                )
            )
    critique = _critique(args, prompt, result, catalog) if args.critique else None
    if args.json:
        data = result.to_json()
        if critique is not None:
            data["critique"] = critique.to_json()
        _emit(data)
        return 0
    if not args.critique:
        _print_result(result)
    return 0


def _print_result(result: Any) -> None:
    how = " (auto)" if result.auto else ""
    print(f"framework: {result.framework_name}{how}    score: {result.score}/100")
    for f in result.fields:
        mark = "+" if f.present else "-"
        evidence = f"  «{f.evidence}»" if f.present else ""
        print(f"  {mark} {f.key:<14} {f.label}{evidence}")
    for tip in result.tips:
        print(f"tip: {tip}")


def _critique(args: argparse.Namespace, prompt: str, result: Any, catalog: Any) -> Any:
    """Ask the model for the missing fields' sentences; print them and the rewrite (not --json)."""
    from assistant.cli.local_model import chat_engine
    from assistant.cli.models import byte_progress
    from assistant.core.practice.critique import critique_prompt
    from assistant.core.settings import Settings

    if not args.json:
        _print_result(result)
    with chat_engine(args, Settings.load(), byte_progress("assembling")) as engine:
        loaded = engine.loaded
        reasoning = result.reasoning_model or bool(loaded and loaded.info.is_reasoning)

        def thinking(_index: int, text: str) -> None:
            if not args.json:
                sys.stderr.write(text)

        critique = critique_prompt(
            engine, prompt, result, catalog.framework(result.framework), reasoning, thinking
        )
    if not args.json:
        _print_critique(critique)
    return critique


def _print_critique(critique: Any) -> None:
    print()
    if not critique.proposals:
        print("proposals: none needed, every field is there")
    else:
        print(f"proposals ({critique.seconds:.1f} s):")
    for p in critique.proposals:
        if p.left_out:
            why = ", ".join(_REASONS.get(r, r) for r in dict.fromkeys(p.dropped)) or "stopped"
            print(f"  ! {p.field:<14} left out: {why}; write this one yourself")
        else:
            print(f"  + {p.field:<14} {p.label}: {p.text}")
    print()
    print("rewrite:")
    print(critique.rewrite)


_REASONS = {
    "empty": "empty answer",
    "cut": "cut off",
    "repeats": "repeated itself",
    "copies_prompt": "repeated the prompt",
    "copies_instructions": "copied the instructions",
    "wrong_language": "not in the prompt's language",
}


def cmd_exercises(args: argparse.Namespace) -> int:
    exercises = _catalog().exercises_in(args.lang)
    if args.json:
        _emit({"exercises": [{**e.to_json(), "source": e.source} for e in exercises]})
        return 0
    for e in exercises:
        print(f"{e.id:<16} [{e.lang}] {e.framework:<7} {e.title}")
        print(f"{'':16} {e.scenario}")
    return 0


def cmd_progress(args: argparse.Namespace) -> int:
    with _store() as store:
        progress = store.progress(args.trainee)
    if args.json:
        _emit(progress.to_json())
        return 0
    who = progress.trainee or "(no name)"
    print(
        f"{who}: {progress.attempts} scored attempts, average {progress.average}, "
        f"best {progress.best}"
    )
    for f in progress.frameworks:
        print(
            f"  {f.framework:<8} {f.attempts:>3} attempts  average {f.average:>5}  best {f.best:>3}"
            f"  last {f.last:>3}"
        )
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from assistant.core.practice.packs import pack_document, write_pack

    document = pack_document(_catalog(), args.name, args.description)
    print(write_pack(document, args.path))
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    with _store() as store:
        pack, replaced = store.import_pack(args.path)
    verb = "replaced" if replaced else "imported"
    print(f"{verb} prompt pack {pack.name!r}: {pack.summary()}")
    return 0


def cmd_eval_practice(args: argparse.Namespace) -> int:
    from assistant.core.practice.accuracy import evaluate, labelled_files, read_labelled

    if not args.dir.is_dir():
        raise InputError(f"{args.dir} is not a folder of labelled prompts.")
    if args.critique:
        return _eval_critique(args, read_labelled(labelled_files(args.dir)))
    report = evaluate(read_labelled(labelled_files(args.dir)), _checker())
    if not args.errors:
        report.pop("errors")
    if args.json:
        _emit(report)
        return 0
    overall = report["overall"]
    print(f"{report['prompts']} prompts, field accuracy {overall['accuracy']:.3f}")
    for group in ("part", "language", "style"):
        line = ", ".join(f"{k} {v['accuracy']:.3f}" for k, v in report[group].items())
        print(f"  by {group}: {line}")
    for error in report.get("errors", []):
        wrong = ", ".join(
            f"{w['field']} ({'missed' if w['expected'] else 'false alarm'})" for w in error["wrong"]
        )
        print(f"  {error['id']}: {wrong}")
    return 0


def _eval_critique(args: argparse.Namespace, items: list[Any]) -> int:
    from assistant.cli.local_model import chat_engine
    from assistant.cli.models import byte_progress
    from assistant.core.practice.critique_eval import evaluate_critiques
    from assistant.core.settings import Settings

    if not items:
        raise InputError(f"{args.dir} has no .jsonl prompts.")

    def progress(record: dict[str, Any]) -> None:
        done = "complete" if record["complete"] else f"missing {record['rewrite_missing']}"
        print(f"{record['id']}: {record['seconds']:.1f} s, rewrite {done}", file=sys.stderr)

    with chat_engine(args, Settings.load(), byte_progress("assembling")) as engine:
        loaded = engine.loaded
        reasoning = args.r1 or bool(loaded and loaded.info.is_reasoning)
        report = evaluate_critiques(items, engine, _checker(), reasoning, progress)
    if args.json:
        _emit(report)
        return 0
    print(
        f"{report['prompts']} prompts: complete rewrites {report['complete_rewrites']:.3f}, "
        f"{report['proposals']} proposals ({report['left_out']} left out), "
        f"repeated {report['repeated']}, copied instructions {report['copied_instructions']}, "
        f"in the prompt's language {report['in_language']:.3f}, "
        f"median {report['median_seconds']:.1f} s"
    )
    for lang, figures in report["by_language"].items():
        print(
            f"  {lang}: {figures['prompts']} prompts, complete {figures['complete_rewrites']:.3f},"
            f" median {figures['median_seconds']:.1f} s"
        )
    return 0


def _checker() -> Any:
    from assistant.core.practice.checker import PromptChecker

    return PromptChecker(_catalog())


PRACTICE_COMMANDS: dict[str, Handler] = {
    "frameworks": cmd_frameworks,
    "check": cmd_check,
    "exercises": cmd_exercises,
    "progress": cmd_progress,
    "export": cmd_export,
    "import": cmd_import,
}
