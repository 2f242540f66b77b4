"""What GGUF headers said, remembered per file (path, size, mtime) in memory and in the data dir.

A model's header does not change while its file does not, and the app, `models list` and every
load read the same few files again and again: a remembered header costs a stat per file instead
of a parse. The file on disk is a convenience only: damaged, stale or from another version, it is
ignored and written again.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import threading
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any, TypeGuard

from assistant.core import paths
from assistant.core.errors import StudyAssistantError

log = logging.getLogger(__name__)

CACHE_FILENAME = "model-info-cache.json"
# Bumped whenever what is stored, or how a header is read, changes: older entries are ignored.
CACHE_VERSION = 1
MAX_ENTRIES = 128
# A file changed this recently may still be being written, or may change again within the
# timestamp's granularity (2 s on FAT, a few ms on ext4) keeping its size: it is read every time.
SETTLE_NS = 3_000_000_000

Stamp = list[int]  # [size, mtime_ns] of one file
Record = dict[str, Any]


def file_stamps(files: Sequence[Path]) -> list[Stamp] | None:
    """Each file's [size, mtime_ns], or None if one cannot be examined."""
    try:
        stats = [os.stat(f) for f in files]
    except OSError:
        return None
    return [[st.st_size, st.st_mtime_ns] for st in stats]


def _settled(stamps: list[Stamp]) -> bool:
    now = time.time_ns()
    return all(now - mtime_ns >= SETTLE_NS for _size, mtime_ns in stamps)  # future: unsettled


class ModelInfoCache:
    """Header records keyed by a model's first file, valid while every file's stamp is unchanged."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._memory: dict[str, tuple[list[Stamp], Record]] = {}
        self._disk_read: set[Path] = set()

    def get(self, key: Path, stamps: list[Stamp]) -> Record | None:
        """The record stored for key with exactly these stamps, else None."""
        name = os.path.abspath(key)
        with self._lock:
            self._read_disk_once()
            hit = self._memory.get(name)
        if hit is None or hit[0] != stamps:
            return None
        return hit[1]

    def put(self, key: Path, stamps: list[Stamp], record: Record) -> None:
        """Remember record for key if its files have settled, here and in the data dir."""
        if not _settled(stamps):
            return
        name = os.path.abspath(key)
        with self._lock:
            self._memory[name] = (stamps, record)
            self._write_disk(name, stamps, record)

    def clear_memory(self) -> None:
        """Forget what was read in this process (the file in the data dir stays)."""
        with self._lock:
            self._memory.clear()
            self._disk_read.clear()

    # -- the file in the data dir ------------------------------------------------------------------

    def _file(self) -> Path | None:
        try:
            return paths.data_dir() / CACHE_FILENAME
        except StudyAssistantError:
            return None  # no usable data dir: remember in memory only

    def _read_disk_once(self) -> None:
        file = self._file()
        if file is None or file in self._disk_read:
            return
        self._disk_read.add(file)
        for name, (stamps, record) in _read_entries(file).items():
            self._memory.setdefault(name, (stamps, record))

    def _write_disk(self, name: str, stamps: list[Stamp], record: Record) -> None:
        file = self._file()
        if file is None:
            return
        # Read again just before writing: another process (the CLI beside the app) may have
        # added entries since.
        entries = _read_entries(file)
        entries.pop(name, None)
        entries[name] = (stamps, record)  # last in: dropped last
        kept = dict(list(entries.items())[-MAX_ENTRIES:])
        data = {
            "version": CACHE_VERSION,
            "entries": {k: {"stamps": s, "record": r} for k, (s, r) in kept.items()},
        }
        tmp = file.with_name(f"{file.name}.{os.getpid()}.{threading.get_ident()}.tmp")
        try:
            tmp.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
            os.replace(tmp, file)
        except OSError as exc:  # a full or read-only disk: the cache is only a convenience
            log.info("could not write the model info cache %s: %s", file, exc)
            with contextlib.suppress(OSError):
                tmp.unlink()


def _read_entries(file: Path) -> dict[str, tuple[list[Stamp], Record]]:
    """The well-formed entries of the cache file; anything damaged is left out."""
    try:
        data = json.loads(file.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    except (OSError, ValueError) as exc:
        log.info("ignoring the unreadable model info cache %s: %s", file, exc)
        return {}
    if not isinstance(data, dict) or data.get("version") != CACHE_VERSION:
        return {}
    raw = data.get("entries")
    entries: dict[str, tuple[list[Stamp], Record]] = {}
    for name, entry in raw.items() if isinstance(raw, dict) else ():
        stamps = entry.get("stamps") if isinstance(entry, dict) else None
        record = entry.get("record") if isinstance(entry, dict) else None
        if _valid_stamps(stamps) and isinstance(record, dict):
            entries[name] = (stamps, record)
    return entries


def _valid_stamps(stamps: Any) -> TypeGuard[list[Stamp]]:
    return (
        isinstance(stamps, list)
        and bool(stamps)
        and all(
            isinstance(s, list) and len(s) == 2 and all(type(v) is int for v in s) for s in stamps
        )
    )
