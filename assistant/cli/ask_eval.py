"""`study-assistant eval ask DIR`: how well asking the library finds and cites its sources."""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path
from typing import Any

from assistant.core.errors import InputError


def add_ask_eval_parser(eval_actions: Any) -> None:
    """`eval ask DIR`: recall@5, citation shares and first-token time on a labelled set."""
    ev = eval_actions.add_parser(
        "ask", help="ask-my-library on labelled questions: recall@5, citations, first token"
    )
    ev.add_argument("dir", type=Path, help="folder with library.json and questions.json")
    ev.add_argument("--model", help="GGUF path, 'starter' or a model name")
    ev.add_argument("--ctx", type=int, help="context window in tokens")
    ev.add_argument("--threads", type=int, help="CPU threads (default: cores)")
    ev.add_argument(
        "--retrieval-only", action="store_true", help="measure recall@5 only, without a model"
    )
    ev.add_argument("--only", help="only these question ids or languages (comma-separated)")
    ev.add_argument("--prompt-budget", type=int, help="tokens the prompt may take (default 480)")
    ev.add_argument("--json", action="store_true", help="the report as one JSON document")


def cmd_eval_ask(args: argparse.Namespace) -> int:
    """Build the set's library in a scratch folder, ask every question, print the figures."""
    from assistant.core.store.database import open_library
    from assistant.core.store.notes import NotesStore
    from assistant.core.study.ask_eval import load_set

    if not args.dir.is_dir():
        raise InputError(f"{args.dir} is not a folder; give the folder with questions.json.")
    with tempfile.TemporaryDirectory(prefix="ask-eval-") as scratch:
        library = open_library(Path(scratch) / "library.db", backups=False)
        try:
            eval_set = load_set(args.dir, NotesStore(library.db))
            only = {part.strip() for part in (args.only or "").split(",") if part.strip()}
            if only:
                eval_set.questions = [
                    q for q in eval_set.questions if q.id in only or q.lang in only
                ]
            print(
                f"eval: {eval_set.notes} notes, {len(eval_set.questions)} questions",
                file=sys.stderr,
            )
            report = _run(args, library.db, eval_set)
        finally:
            library.close()
    report["total"]["notes"] = eval_set.notes
    if args.json:
        sys.stdout.write(json.dumps(report, ensure_ascii=False, indent=2) + "\n")
        return 0
    for q in report["questions"]:
        rank = q["hit_rank"] or "-"
        line = f"{q['id']:<6} rank {rank}"
        if q["answer"] is not None:
            line += (
                f"  cited {q['cited']} {'ok' if q['cited_correct'] else 'WRONG'}"
                f"{' (by overlap)' if q['attributed'] else ''}  first token {q['ttft_s']} s"
                f"  {' '.join(q['answer'].split())[:80]}"
            )
        print(line)
    print("total: " + ", ".join(f"{k} {v}" for k, v in report["total"].items()))
    return 0


def _run(args: argparse.Namespace, db: Any, eval_set: Any) -> dict[str, Any]:
    from assistant.core.study.ask_eval import evaluate

    def progress(message: str) -> None:
        print(f"eval: {message}", file=sys.stderr)

    if args.retrieval_only:
        return evaluate(db, eval_set, None, progress=progress)
    from assistant.cli.local_model import chat_engine
    from assistant.core.settings import Settings

    with chat_engine(args, Settings.load()) as engine:
        return evaluate(db, eval_set, engine, prompt_budget=args.prompt_budget, progress=progress)
