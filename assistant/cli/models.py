"""`study-assistant models ...`: the model library, metadata, the starter model and downloads."""

from __future__ import annotations

import argparse
import json
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from assistant.core import paths

Handler = Callable[[argparse.Namespace], int]


def add_models_parser(sub: Any) -> None:
    """The models sub-commands."""
    models = sub.add_parser("models", help="model files: list, metadata, starter, download")
    actions = models.add_subparsers(dest="models_command", metavar="ACTION", required=True)

    lst = actions.add_parser("list", help="GGUF models found in the model folders")
    lst.add_argument(
        "--dir", action="append", type=Path, default=[], help="also scan this folder (repeatable)"
    )
    lst.add_argument("--ctx", type=int, help="context size for the memory estimate")
    lst.add_argument("--json", action="store_true")

    info = actions.add_parser("info", help="metadata read from a GGUF header")
    info.add_argument("path")
    info.add_argument("--json", action="store_true")

    starter = actions.add_parser("starter", help="assemble and verify the starter model")
    starter.add_argument("--json", action="store_true")

    catalog = actions.add_parser("catalog", help="the recommended models that can be downloaded")
    catalog.add_argument("--json", action="store_true")

    download = actions.add_parser(
        "download", help="download a catalog model or a URL, with resume and checksum"
    )
    download.add_argument("what", metavar="NAME|URL")
    download.add_argument("--sha256", help="expected SHA-256 (overrides the catalog's)")
    download.add_argument("--dir", type=Path, help="download into this folder")
    download.add_argument("--json", action="store_true")


def _emit(data: Any) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")


def _size(n: int | None) -> str:
    if not n:
        return "?"
    return f"{n / 1e9:.2f} GB" if n >= 1e9 else f"{n / 1e6:.0f} MB"


# -- list -----------------------------------------------------------------------------------------


def cmd_list(args: argparse.Namespace) -> int:
    from assistant.core.machine import available_memory
    from assistant.core.models.choice import model_folders
    from assistant.core.models.library import scan_folders
    from assistant.core.settings import Settings

    folders = model_folders(Settings.load())
    for extra in args.dir:
        resolved = extra.expanduser().resolve()
        if resolved.is_dir() and resolved not in folders:
            folders.append(resolved)
        elif not resolved.is_dir():
            print(f"study-assistant: {extra} is not a folder; skipped", file=sys.stderr)
    entries = scan_folders(folders)
    free = available_memory()
    fits = {e.path: e.fit(args.ctx, free) for e in entries}
    if args.json:
        _emit(
            {
                "models": [e.to_json(fits[e.path]) for e in entries],
                "folders": [str(f) for f in folders],
                "available_memory": free,
            }
        )
        return 0
    if not entries:
        print("No models found in " + ", ".join(str(f) for f in folders), file=sys.stderr)
        return 0
    for e in entries:
        if e.info is None:
            print(f"BROKEN  {e.path}\n        {e.broken}")
            continue
        fit = fits[e.path]
        verdict = "?"
        if fit is not None:
            verdict = {"fits": "fits", "tight": "tight", "wont_fit": "won't fit"}.get(
                fit.verdict, "unknown"
            )
            if fit.verdict in ("tight", "wont_fit") and fit.max_context:
                verdict += f" (fits up to {fit.max_context} context)"
        info = e.info
        print(
            f"{info.name}  [{info.size_label or '?'} {info.quantization}, "
            f"{_size(e.file_size)}, ctx {info.context_length or '?'}"
            f"{', reasoning' if info.is_reasoning else ''}]  memory: {verdict}\n        {e.path}"
        )
    return 0


# -- info and starter -----------------------------------------------------------------------------


def cmd_info(args: argparse.Namespace) -> int:
    from assistant.core.models.model_info import read_model_info

    info = read_model_info(args.path)
    if args.json:
        _emit(info.to_json())
        return 0
    params = f"{info.parameters:,}" if info.parameters else "unknown"
    rows = [
        ("name", info.name),
        ("architecture", info.architecture),
        ("parameters", f"{params} ({info.size_label})" if info.size_label else params),
        ("quantization", info.quantization),
        ("context length", str(info.context_length or "unknown")),
        ("chat template", "yes" if info.has_chat_template else "no (plain completion prompt)"),
        ("reasoning model", "yes" if info.is_reasoning else "no"),
        ("file size", f"{info.file_size / 2**20:,.1f} MiB"),
        ("files", "\n                 ".join(str(f) for f in info.files)),
    ]
    for key, value in rows:
        print(f"{key + ':':<16} {value}")
    return 0


def cmd_starter(args: argparse.Namespace) -> int:
    from assistant.core.models.choice import starter_model
    from assistant.core.models.starter import STARTER_SHA256

    path = starter_model(progress=byte_progress("assembling"))
    if args.json:
        _emit({"path": str(path), "sha256": STARTER_SHA256, "size": path.stat().st_size})
    else:
        print(path)
    return 0


def byte_progress(label: str) -> Callable[[int, int], None]:
    """Progress lines for assembling the starter model, every 10 %."""
    shown = {"pct": -1}

    def report(done: int, total: int) -> None:
        pct = int(done * 100 / total) if total else 100
        if pct != shown["pct"] and (pct % 10 == 0 or pct == 100):
            shown["pct"] = pct
            print(f"{label} starter model: {pct}%", file=sys.stderr)

    return report


# -- catalog and download -------------------------------------------------------------------------


def cmd_catalog(args: argparse.Namespace) -> int:
    from assistant.core.models.model_catalog import load_catalog

    entries = load_catalog()
    if args.json:
        _emit({"models": [e.to_json() for e in entries]})
        return 0
    for e in entries:
        check = "SHA-256 known" if e.sha256 else "no checksum: verify on first download"
        print(f"{e.id:<32} {e.name} {e.quantization}, {_size(e.display_size)}, {check}")
    return 0


def cmd_download(args: argparse.Namespace) -> int:
    from assistant.core.models.downloads import download
    from assistant.core.models.model_catalog import download_spec

    spec = download_spec(args.what, args.sha256)
    dest_dir = (args.dir.expanduser() if args.dir else paths.models_dir()).resolve()
    cancel = threading.Event()
    try:
        progress = _download_progress(spec.file_name)
        result = download(spec, dest_dir, progress=progress, cancel=cancel)
    except KeyboardInterrupt:
        cancel.set()
        print(
            f"study-assistant: download paused; run the same command again to resume "
            f"({dest_dir / (spec.file_name + '.part')})",
            file=sys.stderr,
        )
        raise
    for note in result.notes:
        print(f"download: tried {note}", file=sys.stderr)
    if result.already:
        print(f"download: {result.path} is already here", file=sys.stderr)
    if result.sha256 and not result.verified:
        print(
            f"download: no checksum was known for {spec.file_name}, so it could not be verified; "
            f"its SHA-256 is {result.sha256} (compare it with the publisher's)",
            file=sys.stderr,
        )
    if args.json:
        _emit(
            {
                "path": str(result.path),
                "sha256": result.sha256,
                "verified": result.verified,
                "size": result.size,
                "url": result.url,
                "already": result.already,
            }
        )
    else:
        print(result.path)
    return 0


def _download_progress(name: str) -> Callable[[int, int, str], None]:
    last: dict[str, Any] = {"at": 0.0, "stage": "", "base": None}
    started = time.monotonic()

    def report(done: int, total: int, stage: str) -> None:
        nonlocal started
        now = time.monotonic()
        if stage == "downloading" and last["base"] is None:
            last["base"], started = done, now  # resumed bytes do not count towards the speed
        final = total and done >= total
        if now - last["at"] < 1.0 and stage == last["stage"] and not final:
            return
        last["at"], last["stage"] = now, stage
        pct = f"{done * 100 / total:.0f}% " if total else ""
        rate = (done - (last["base"] or 0)) / (now - started) / 1e6 if now > started else 0.0
        verb = "checking" if stage == "checking" else "downloading"
        speed = f", {rate:.1f} MB/s" if stage == "downloading" else ""
        print(
            f"{verb} {name}: {pct}{_size(done)} of {_size(total or None)}{speed}", file=sys.stderr
        )

    return report


MODELS_COMMANDS: dict[str, Handler] = {
    "list": cmd_list,
    "info": cmd_info,
    "starter": cmd_starter,
    "catalog": cmd_catalog,
    "download": cmd_download,
}
