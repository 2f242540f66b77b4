"""The model library: GGUF files in the model folders, and importing, renaming, deleting them."""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
import threading
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from assistant.core.errors import ModelError, StorageError, UsageError
from assistant.core.models.fit import FitEstimate, estimate_fit
from assistant.core.models.model_info import SPLIT_NAME, ModelInfo, read_model_info

Progress = Callable[[int, int], None]  # progress(bytes_done, bytes_total)
PART_SUFFIX = ".part"
# Files next to a model that belong to it (the starter model's verification marker, a
# download's checksum record).
SIDECAR_SUFFIXES = (".sha256",)
_BLOCK = 1 << 20
# Kept free beyond the file itself when copying, so a copy never fills the disk to the brim.
DISK_MARGIN = 64 << 20


@dataclass(frozen=True)
class LibraryEntry:
    """One model in the folders: its metadata, or why it cannot be used."""

    path: Path
    info: ModelInfo | None
    broken: str | None
    file_size: int
    folder: Path

    @property
    def name(self) -> str:
        """The model's own name, else its file name."""
        return self.info.name if self.info else SPLIT_NAME.sub("", self.path.name)

    def fit(self, n_ctx: int | None = None, available: int | None = -1) -> FitEstimate | None:
        """The memory estimate at n_ctx (None for a broken file)."""
        return estimate_fit(self.info, n_ctx, available) if self.info else None

    def to_json(self, fit: FitEstimate | None = None) -> dict[str, Any]:
        """The `models list --json` record (docs/cli.md), plus the fit when given."""
        info = self.info
        data: dict[str, Any] = {
            "path": str(self.path),
            "name": self.name,
            "architecture": info.architecture if info else None,
            "parameters": info.parameters if info else None,
            "quantization": info.quantization if info else None,
            "context_length": info.context_length if info else None,
            "file_size": self.file_size,
            "broken": self.broken,
            "has_chat_template": info.has_chat_template if info else None,
            "is_reasoning": info.is_reasoning if info else None,
            "size_label": info.size_label if info else None,
            "files": [str(p) for p in info.files] if info else [str(self.path)],
            "folder": str(self.folder),
        }
        if fit is not None:
            data["fit"] = fit.to_json()
        return data


def _gguf_files(folder: Path) -> list[Path]:
    """Every *.gguf under folder (any case), sorted; unreadable sub-folders are skipped."""
    found: list[Path] = []
    for root, dirs, files in os.walk(folder, onerror=lambda _e: None):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        found += [Path(root) / f for f in files if f.lower().endswith(".gguf")]
    return sorted(found)


def _listed_files(files: Iterable[Path]) -> list[Path]:
    """One file per model: a split model by its first part (or its lowest part present)."""
    chosen: dict[tuple[Path, str], Path] = {}
    listed: list[Path] = []
    for path in files:
        m = SPLIT_NAME.search(path.name)
        if not m:
            listed.append(path)
            continue
        key = (path.parent, path.name[: m.start()].lower() + m.group(2))
        if key not in chosen or path.name < chosen[key].name:
            chosen[key] = path
    return sorted(listed + list(chosen.values()))


def scan_folders(folders: Sequence[Path]) -> list[LibraryEntry]:
    """The models in folders (recursively); a file that cannot be read is listed as broken."""
    entries: list[LibraryEntry] = []
    seen: set[Path] = set()
    for folder in folders:
        for path in _listed_files(_gguf_files(folder)):
            key = path.resolve()
            if key in seen:
                continue
            seen.add(key)
            entries.append(_entry(path, folder))
    return entries


def _entry(path: Path, folder: Path) -> LibraryEntry:
    try:
        size = path.stat().st_size
    except OSError:
        size = 0
    try:
        info = read_model_info(path)
    except ModelError as exc:
        return LibraryEntry(path, None, str(exc), size, folder)
    except OSError as exc:  # e.g. a USB stick pulled out while reading
        return LibraryEntry(path, None, f"Cannot read {path}: {exc.strerror or exc}.", size, folder)
    return LibraryEntry(path, info, None, info.file_size, folder)


# -- import ---------------------------------------------------------------------------------------


def import_model(
    source: Path,
    dest_dir: Path,
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
) -> Path:
    """Copy a model (all its split parts) into dest_dir; each part appears only when complete.

    Returns the new path of the first part. A cancelled or failed copy leaves nothing behind.
    """
    info = read_model_info(source)  # refuse a broken file before copying gigabytes
    dest_dir.mkdir(parents=True, exist_ok=True)
    targets = [dest_dir / p.name for p in info.files]
    if all(t.exists() and _same_file(s, t) for s, t in zip(info.files, targets, strict=True)):
        return targets[0]
    clash = next((t for t in targets if t.exists()), None)
    if clash is not None:
        raise UsageError(
            f"{clash} already exists. Rename one of the two models, or use the one already there."
        )
    total = info.file_size
    free = shutil.disk_usage(dest_dir).free
    if free < total + DISK_MARGIN:
        raise StorageError(
            f"{dest_dir} has {free / 2**30:.1f} GB free but {info.path.name} needs "
            f"{total / 2**30:.1f} GB. Free some space or use the model where it is."
        )
    done = 0
    copied: list[Path] = []
    try:
        for src, target in zip(info.files, targets, strict=True):
            done = _copy_file(src, target, done, total, progress, cancel)
            copied.append(target)
    except BaseException:
        for target in copied:  # a half-imported split model would show as broken
            target.unlink(missing_ok=True)
        raise
    return targets[0]


def _same_file(a: Path, b: Path) -> bool:
    with contextlib.suppress(OSError):
        return a.samefile(b)
    return False


def _copy_file(
    src: Path,
    target: Path,
    done: int,
    total: int,
    progress: Progress | None,
    cancel: threading.Event | None,
) -> int:
    part = target.with_name(target.name + PART_SUFFIX)
    try:
        with open(src, "rb") as fin, open(part, "wb") as fout:
            while block := fin.read(_BLOCK):
                if cancel is not None and cancel.is_set():
                    raise InterruptedError("the import was cancelled")
                fout.write(block)
                done += len(block)
                if progress:
                    progress(done, total)
            fout.flush()
            os.fsync(fout.fileno())
        os.replace(part, target)
    except BaseException as exc:
        part.unlink(missing_ok=True)
        if isinstance(exc, OSError) and not isinstance(exc, InterruptedError):
            if exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
                raise StorageError(
                    f"The disk holding {target.parent} is full. Free some space and try again."
                ) from exc
            raise StorageError(
                f"Cannot copy {src.name} to {target.parent}: {exc.strerror or exc}."
            ) from exc
        raise
    return done


# -- rename and delete ----------------------------------------------------------------------------


def model_files(path: Path) -> list[Path]:
    """The files that make up the model at path: its parts and the sidecars beside them."""
    try:
        parts = list(read_model_info(path).files)
    except ModelError:
        parts = [path]  # a broken file is still the user's to delete or rename
    sidecars = [
        p.with_name(p.name + suffix)
        for p in parts
        for suffix in SIDECAR_SUFFIXES
        if p.with_name(p.name + suffix).exists()
    ]
    return parts + sidecars


def rename_model(path: Path, new_name: str) -> Path:
    """Give a model a new file name in its folder (all split parts); returns the new path."""
    stem = new_name.strip().removesuffix(".gguf").removesuffix(".GGUF").strip()
    if not stem or stem in (".", "..") or any(c in stem for c in '/\\:*?"<>|'):
        raise UsageError(f"{new_name!r} cannot be a file name. Use letters, digits, - and _.")
    if SPLIT_NAME.search(stem + ".gguf"):
        raise UsageError("A new name must not end in -0000N-of-0000M: the app adds that itself.")
    files = model_files(path)
    m = SPLIT_NAME.search(path.name)
    old_stem = path.name[: m.start()] if m else path.name.removesuffix(path.suffix)
    renames = [(f, f.with_name(stem + f.name[len(old_stem) :])) for f in files]
    if all(src == dst for src, dst in renames):
        return path
    for src, dst in renames:
        if dst.exists() and not _same_file(src, dst):
            raise UsageError(f"{dst.name} already exists in {dst.parent}. Choose another name.")
    done: list[tuple[Path, Path]] = []
    try:
        for src, dst in renames:
            os.rename(src, dst)
            done.append((src, dst))
    except OSError as exc:
        for src, dst in reversed(done):  # put back what was renamed: all or nothing
            with contextlib.suppress(OSError):
                os.rename(dst, src)
        raise StorageError(f"Cannot rename {path.name}: {exc.strerror or exc}.") from exc
    return renames[0][1]


def delete_model(path: Path) -> list[Path]:
    """Delete a model's files (all split parts and sidecars); returns what was deleted.

    The caller asks the user first. Parts are deleted last to first, so an interrupted delete
    leaves a model that lists as broken (a part missing), never one that looks whole.
    """
    files = model_files(path)
    deleted: list[Path] = []
    for f in reversed(files):
        try:
            f.unlink()
        except FileNotFoundError:
            continue
        except OSError as exc:
            raise StorageError(f"Cannot delete {f}: {exc.strerror or exc}.") from exc
        deleted.append(f)
    return deleted
