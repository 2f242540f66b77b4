"""`study-assistant eval outline DIR`: outline every lecture that has a reference, and score it."""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path
from typing import Any

from assistant.core.errors import InputError, StorageError

# Per lecture, the human-readable report lists at most this many cut, repeated or ungrounded items.
SHOWN_EXAMPLES = 3


def add_eval_parser(sub: Any) -> Any:
    """The eval sub-command (outline quality on a folder of lectures); returns its actions."""
    parser = sub.add_parser("eval", help="score outlines against reference headings and terms")
    actions = parser.add_subparsers(dest="eval_command", metavar="WHAT", required=True)
    outline = actions.add_parser(
        "outline", help="outline every lecture in DIR that has NAME.reference.json"
    )
    outline.add_argument("dir", type=Path)
    outline.add_argument("--model", help="GGUF path, 'starter' or a model name")
    outline.add_argument("--ctx", type=int, help="context window in tokens")
    outline.add_argument("--threads", type=int, help="CPU threads (default: cores)")
    outline.add_argument("--max-tokens", type=int, help="longest answer per model pass")
    outline.add_argument("--limit", type=int, help="only the first N lectures (by name)")
    outline.add_argument(
        "--only", help="only lectures whose name contains one of these (comma-separated)"
    )
    outline.add_argument("--keep", type=Path, help="also write each outline to DIR/NAME.json")
    outline.add_argument(
        "--outlines",
        type=Path,
        help="score the outlines saved in this folder (by --keep) instead of generating them",
    )
    outline.add_argument("--json", action="store_true", help="the report as one JSON document")
    return actions


def cmd_eval_outline(args: argparse.Namespace) -> int:
    """Outline (or read) each lecture's outline, score it, print per-lecture and set figures."""
    from assistant.core.outline.evaluate import lecture_pairs, read_reference, summarise

    if not args.dir.is_dir():
        raise InputError(f"{args.dir} is not a folder; give the folder that holds the lectures.")
    only = [part.strip() for part in (args.only or "").split(",") if part.strip()]
    pairs = lecture_pairs(args.dir, only)[: args.limit or None]
    if not pairs:
        raise InputError(
            f"{args.dir} has no lecture with a NAME.reference.json beside it"
            + (f" whose name contains {args.only}" if only else "")
            + "; see tests/data/lectures/README.md for the layout."
        )
    for _, reference in pairs:
        try:
            read_reference(reference)
        except (ValueError, UnicodeDecodeError) as exc:
            raise InputError(f"{reference} is not a reference file: {exc}.") from exc
    if args.outlines is not None and not args.outlines.is_dir():
        raise InputError(f"{args.outlines} is not a folder of saved outlines.")
    if args.keep is not None:
        try:
            args.keep.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StorageError(f"Cannot create {args.keep}: {exc.strerror}.") from exc

    if args.outlines is not None:
        scores, skipped = _score_all(args, pairs, None)
    else:
        from assistant.cli.local_model import chat_engine
        from assistant.core.settings import Settings

        with chat_engine(args, Settings.load()) as engine:
            scores, skipped = _score_all(args, pairs, engine)
    report: dict[str, Any] = {
        "lectures": [s.to_json() for s in scores],
        "skipped": skipped,
        "total": summarise(scores, len(skipped)),
    }
    if args.json:
        sys.stdout.write(json.dumps(report, ensure_ascii=False, indent=2) + "\n")
    else:
        _print_report(scores, skipped, report["total"])
    return 0


def _score_all(
    args: argparse.Namespace, pairs: list[tuple[Path, Path]], engine: Any
) -> tuple[list[Any], list[dict[str, str]]]:
    from assistant.core.outline.evaluate import read_reference, score_outline
    from assistant.core.outline.ingest import read_lecture

    scores, skipped = [], []
    for i, (path, reference_path) in enumerate(pairs, 1):
        print(f"eval: {i}/{len(pairs)} {path.name}", file=sys.stderr)
        try:
            lecture = read_lecture(path)
        except InputError as exc:
            skipped.append({"name": path.name, "reason": str(exc)})
            continue
        reference = read_reference(reference_path)
        language = reference.language or lecture.language
        stem = reference_path.name[: -len(".reference.json")]
        if engine is None:
            doc, seconds = _saved_outline(args.outlines / f"{stem}.json")
            chunks = int(doc.get("source", {}).get("chunks") or 1)
        else:
            from assistant.core.outline.pipeline import outline_lecture

            started = time.monotonic()
            result = outline_lecture(engine, lecture, max_tokens=args.max_tokens)
            seconds = time.monotonic() - started
            doc, chunks = result.to_json(lecture), result.chunks
            if args.keep is not None:
                _write(args.keep / f"{stem}.json", {**doc, "wall_s": round(seconds, 2)})
        scores.append(
            score_outline(
                path.name,
                doc,
                reference,
                lecture.text,
                language,
                seconds,
                chunks,
                cue_text=lecture.cue_text,
            )
        )
    return scores, skipped


def _saved_outline(path: Path) -> tuple[dict[str, Any], float]:
    """An `outline --json` document saved by --keep, and its wall time."""
    try:
        doc = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise InputError(f"{path} is missing; run eval with --keep {path.parent} first.") from exc
    except (OSError, ValueError) as exc:
        raise InputError(f"{path} is not a saved outline: {exc}.") from exc
    if not isinstance(doc, dict):
        raise InputError(f"{path} is not a saved outline: it holds no JSON object.")
    timings = doc.get("timings") or {}
    fallback = sum(float(v or 0) for v in timings.values()) if isinstance(timings, dict) else 0.0
    return doc, float(doc.get("wall_s") or fallback)


def _write(path: Path, doc: dict[str, Any]) -> None:
    try:
        path.write_text(json.dumps(doc, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    except OSError as exc:
        raise StorageError(f"Cannot write {path}: {exc.strerror}.") from exc


def _share(value: float | None) -> str:
    return "  -  " if value is None else f"{value:.2f}"


def _print_report(scores: list[Any], skipped: list[dict[str, str]], total: dict[str, Any]) -> None:
    for s in scores:
        found = sum(1 for _, got in s.matches if got is not None)
        parts = (
            "" if s.parts_in_order is None else ("parts ok  " if s.parts_in_order else "PARTS  ")
        )
        script = "" if s.script_match in (None, True) else " SCRIPT"
        print(
            f"{s.name:<30} recall {_share(s.section_recall)} ({found}/{len(s.matches)})  "
            f"{parts}terms {_share(s.term_coverage)} (key terms {_share(s.term_precision)})  "
            f"headlines {_share(s.headline_coverage)}  "
            f"cut {len(s.cut_items)}  empty {s.empty_sections + len(s.empty_parts)}  "
            f"grounded {s.grounded_points}/{s.points}  dup {len(s.duplicate_points)}  "
            f"language {'ok' if s.language_match else 'WRONG'}{script}  {s.seconds:.0f} s"
        )
        details = [f"cut ({why}): {item}" for item, why in s.cut_items]
        details += [f"empty: {part}" for part in s.empty_parts]
        details += [f"repeated: {point}" for point in s.duplicate_points]
        details += [f"not in its source: {point}" for point in s.ungrounded]
        details += [f"missing heading: {ref}" for ref, got in s.matches if got is None]
        details += [f"key term not in the reference: {t}" for t, ref in s.terms_matched if not ref]
        for line in details[:SHOWN_EXAMPLES] + (["…"] if len(details) > SHOWN_EXAMPLES else []):
            print(f"    {line}")
    for item in skipped:
        print(f"{item['name']:<30} skipped: {item['reason']}")
    print(
        f"total: {total['lectures']} lectures ({total['skipped']} skipped); section recall "
        f"{_share(total.get('section_recall'))} ({total.get('headings_found')} headings), parts "
        f"in order {total.get('parts_in_order')}, term coverage "
        f"{_share(total.get('term_coverage'))} (key terms that are reference terms "
        f"{_share(total.get('term_precision'))}), headline coverage "
        f"{_share(total.get('headline_coverage'))}"
    )
    if not scores:
        return
    grounded = total["grounded_points"]
    print(
        f"       cut items {total['cut_items']}, empty sections {total['empty_sections']}, "
        f"empty key terms or questions {total['empty_parts']}, grounded points "
        f"{'-' if grounded is None else f'{grounded:.0%}'} (against "
        f"{'/'.join(total['grounded_against'])} text), duplicate points "
        f"{total['duplicate_points']}, language match {total['language_match']:.0%}"
        + ("" if total["script_match"] is None else f", script match {total['script_match']:.0%}")
    )
    short = total["median_seconds_short"]
    print(
        f"       time {total['seconds']:.0f} s in all, median {total['median_seconds']:.0f} s"
        + ("" if short is None else f", median {short:.0f} s for lectures ≤ 2,000 characters")
    )
