"""Asking the library on a 10k-note library: recall@5 among distractors, time to first token.

Usage: python benchmarks/ask_bench.py [--notes 10000] [--model starter] [--questions 12]
       [--threads N] [--dir DIR]

The library is search_bench.py's synthetic one (VCSum transcripts cut into notes, Vietnamese and
English course phrases) plus the labelled set of tests/data/ask. recall@5 is measured for every
labelled question without a model; time to first token (question asked -> first answer token,
retrieval and token counting included, model load excluded) for the first N questions spread
over the three languages, with the model loaded once. Prints JSON. Run it under the CPU lock.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import time
from pathlib import Path

from assistant.core import paths
from assistant.core.engine.events import Done, Failed, Token
from assistant.core.engine.local import LocalEngine
from assistant.core.engine.requests import Sampling
from assistant.core.models.choice import resolve_model
from assistant.core.settings import Settings
from assistant.core.store.database import open_library
from assistant.core.store.notes import NotesStore
from assistant.core.store.passages import passage_count
from assistant.core.study.ask import answer_events, prepare_library_prompt
from assistant.core.study.ask_eval import evaluate, load_set

sys.path.insert(0, str(Path(__file__).resolve().parent))
from search_bench import make_notes

ASK_SET = Path(__file__).resolve().parents[1] / "tests" / "data" / "ask"


def build(path: Path, count: int) -> None:
    lib = open_library(path, backups=False)
    store = NotesStore(lib.db)
    if store.count() < count:
        notes = make_notes(count, random.Random(count))[store.count() :]
        for start in range(0, len(notes), 2000):
            store.add_many(notes[start : start + 2000])
    lib.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--notes", type=int, default=10000)
    parser.add_argument("--model", default="starter")
    parser.add_argument("--questions", type=int, default=12)
    parser.add_argument("--threads", type=int)
    parser.add_argument("--no-model", action="store_true", help="recall@5 only")
    parser.add_argument("--dir", type=Path, default=Path("/tmp/study-assistant-ask-bench"))
    args = parser.parse_args()
    args.dir.mkdir(parents=True, exist_ok=True)
    path = args.dir / f"library-{args.notes}.db"
    path.unlink(missing_ok=True)  # the labelled notes are added fresh each run
    started = time.perf_counter()
    build(path, args.notes)
    lib = open_library(path, backups=False)
    eval_set = load_set(ASK_SET, NotesStore(lib.db))
    build_s = time.perf_counter() - started
    retrieval = evaluate(lib.db, eval_set, None)["total"]
    by_lang: dict[str, list] = {}
    for q in eval_set.questions:
        by_lang.setdefault(q.lang, []).append(q)
    picked = [q for group in zip(*by_lang.values(), strict=False) for q in group]
    picked = picked[: args.questions]
    figures = {
        "notes": NotesStore(lib.db).count(),
        "passages": passage_count(lib.db),
        "build_s": round(build_s, 1),
        "recall_at_5": retrieval["recall_at_5"],
        "recall_at_5_by_lang": retrieval["recall_at_5_by_lang"],
    }
    if args.no_model:
        lib.close()
        print(json.dumps(figures, ensure_ascii=False, indent=2))
        return
    model = resolve_model(args.model, Settings())
    engine = LocalEngine(log_file=paths.logs_dir() / "engine.log")
    ttfts: list[float] = []
    prompt_tokens: list[int] = []
    search_ms: list[float] = []
    try:
        loaded = engine.load(model, Settings().load_options(n_threads=args.threads))
        for q in picked:
            asked = time.perf_counter()
            prepared = prepare_library_prompt(
                lib.db, q.text, engine.count_tokens, n_ctx=loaded.n_ctx, answer_tokens=160
            )
            search_ms.append((time.perf_counter() - asked) * 1000)
            prompt_tokens.append(prepared.prompt_tokens)
            for event in answer_events(engine, prepared, Sampling(temperature=0.2, max_tokens=24)):
                if isinstance(event, Token) and len(ttfts) < len(search_ms):
                    ttfts.append(time.perf_counter() - asked)
                if isinstance(event, (Done, Failed)):
                    break
        load_s = loaded.load_s
        threads = loaded.n_threads
    finally:
        engine.close()
        lib.close()
    print(
        json.dumps(
            {
                **figures,
                "model": model.name,
                "threads": threads,
                "load_s": round(load_s, 2),
                "questions_timed": len(ttfts),
                "retrieve_and_count_ms_median": round(statistics.median(search_ms), 1),
                "prompt_tokens_median": statistics.median(prompt_tokens),
                "ttft_s_median": round(statistics.median(ttfts), 2),
                "ttft_s_max": round(max(ttfts), 2),
                "ttft_s": [round(t, 2) for t in ttfts],
            },
            ensure_ascii=False,
            indent=2,
        )
    )


if __name__ == "__main__":
    main()
