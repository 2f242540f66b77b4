"""Model downloads: resumable (HTTP Range), mirror fallback, SHA-256 check, atomic finish.

A download writes `NAME.part` beside a small `NAME.part.json` (the URL, the total size, the
server's ETag/Last-Modified, the expected checksum), so it can resume after a pause, a lost
connection or a restart of the app, and notices when the file on the server changed. Only a
complete file whose checksum matches (or, with no known checksum, whose GGUF header reads) is
renamed to NAME, so a partial or corrupt download is never listed as a model.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import json
import os
import re
import shutil
import threading
import urllib.error
import urllib.request
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from http.client import HTTPException, HTTPResponse
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlparse

from assistant import __version__
from assistant.core.errors import (
    DownloadDiskFull,
    DownloadNoSpace,
    DownloadWriteFailed,
    ModelError,
    StorageError,
)

PART_SUFFIX = ".part"
STATE_SUFFIX = ".part.json"
RECORD_SUFFIX = ".sha256"
_BLOCK = 1 << 20
# Left free beyond the download itself: a full disk breaks more than the download.
DISK_MARGIN = 64 << 20
DEFAULT_TIMEOUT_S = 30.0
# Rounds over the mirror list while each round still gets bytes (a flaky connection resumes).
MAX_ROUNDS = 5
_CONTENT_RANGE = re.compile(r"bytes\s+(\d+)-(\d+)/(\d+|\*)", re.IGNORECASE)

# progress(bytes_done, bytes_total or 0 if unknown, what is happening: "checking"/"downloading")
DownloadProgress = Callable[[int, int, str], None]


class DownloadError(ModelError):
    """A download failed; the message says why and whether running it again resumes it."""

    kind = "download"


class DownloadFailedEverywhere(DownloadError):
    kind = "download_failed_everywhere"
    template = "Could not download {file} from any mirror ({notes})."


class DownloadFailedPartKept(DownloadError):
    kind = "download_failed_part_kept"
    template = (
        "Could not download {file} from any mirror ({notes}). {kept} bytes are kept; run the "
        "download again to resume."
    )


class DownloadExistsDifferent(DownloadError):
    kind = "download_exists_different"
    template = (
        "{path} already exists but is a different file (SHA-256 {actual}…, expected "
        "{expected}…). Rename or delete it, then download again."
    )


class DownloadNotGguf(DownloadError):
    kind = "download_not_gguf"
    template = (
        "What {host} sent for {file} is not a usable GGUF model, so it was deleted ({reason})."
    )


class DownloadFolderNotCreated(StorageError):
    kind = "download_folder_not_created"
    template = "Cannot create {path}: {reason}."


class DownloadNotRenamed(StorageError):
    kind = "download_not_renamed"
    template = "Cannot rename the download to {path}: {reason}."


class ChecksumMismatch(DownloadError):
    """The downloaded file is not the one expected (its SHA-256 differs)."""

    kind = "download_checksum"
    template = (
        "{file} from {host} does not match its checksum (expected SHA-256 {expected}…, got "
        "{actual}…). The damaged download was deleted; try again, or another mirror."
    )


@dataclass(frozen=True)
class DownloadSpec:
    """What to download: a file name, the URLs to try in order, and what it should be."""

    file_name: str
    urls: tuple[str, ...]
    sha256: str | None = None
    size: int | None = None

    @classmethod
    def from_url(cls, url: str, sha256: str | None = None) -> DownloadSpec:
        """A single URL; the file is named after the last part of its path."""
        name = Path(unquote(urlparse(url).path)).name
        if not name:
            raise DownloadError(f"{url} does not end in a file name. Give the file's own URL.")
        return cls(name, (url,), sha256.lower() if sha256 else None)


@dataclass(frozen=True)
class DownloadResult:
    """How a download ended: "done" (path is the model) or "paused" (resume later)."""

    status: str
    path: Path
    sha256: str | None = None
    verified: bool = False  # the checksum was known and matched
    url: str | None = None
    size: int = 0
    already: bool = False  # the file was there before; nothing was downloaded
    notes: tuple[str, ...] = ()  # mirrors that failed on the way, for the log and the user


@dataclass
class _State:
    """The sidecar of a partial download."""

    url: str
    size: int | None = None
    etag: str | None = None
    last_modified: str | None = None
    sha256: str | None = None

    @classmethod
    def load(cls, path: Path) -> _State | None:
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
            return cls(
                **{k: raw.get(k) for k in ("url", "size", "etag", "last_modified", "sha256")}
            )
        except (OSError, ValueError, TypeError):
            return None

    def save(self, path: Path) -> None:
        tmp = path.with_name(path.name + ".tmp")
        tmp.write_text(json.dumps(asdict(self), indent=1) + "\n", encoding="utf-8")
        os.replace(tmp, path)

    def validator(self) -> str | None:
        """The If-Range value: a strong ETag, else Last-Modified."""
        if self.etag and not self.etag.startswith("W/"):
            return self.etag
        return self.last_modified


@dataclass
class _Transfer:
    """The running download: the part file, its hash so far, and what the server said."""

    part: Path
    state_path: Path
    spec: DownloadSpec
    state: _State | None
    done: int = 0
    restarts: int = 0
    digest: Any = field(default_factory=hashlib.sha256)

    def restart(self) -> None:
        try:
            self.part.write_bytes(b"")
        except OSError as exc:
            raise _disk_error(exc, self) from exc
        self.restarts += 1
        self.done = 0
        self.digest = hashlib.sha256()


def partial_download(dest_dir: Path, file_name: str) -> tuple[int, int | None] | None:
    """Bytes already downloaded and the total, if a paused download of file_name exists."""
    part = dest_dir / (file_name + PART_SUFFIX)
    if not part.is_file():
        return None
    state = _State.load(dest_dir / (file_name + STATE_SUFFIX))
    return part.stat().st_size, state.size if state else None


def download(
    spec: DownloadSpec,
    dest_dir: Path,
    progress: DownloadProgress | None = None,
    cancel: threading.Event | None = None,
    timeout: float = DEFAULT_TIMEOUT_S,
) -> DownloadResult:
    """Download spec into dest_dir, resuming a partial download; see the module docstring."""
    report = progress or (lambda _d, _t, _s: None)
    dest = dest_dir / spec.file_name
    try:
        dest_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise DownloadFolderNotCreated(path=str(dest_dir), reason=exc.strerror or str(exc)) from exc
    if dest.exists():
        return _existing(dest, spec, report)
    transfer = _resume_state(dest, spec, report)
    notes: list[str] = []
    for _round in range(MAX_ROUNDS):
        before = (transfer.done, transfer.restarts)
        for url in _mirror_order(spec.urls, transfer.state):
            if cancel is not None and cancel.is_set():
                return _paused(transfer, notes)
            try:
                finished = _fetch(url, transfer, report, cancel, timeout)
            except _MirrorFailed as exc:
                notes.append(f"{_host(url)}: {exc}")
                continue
            if not finished:
                return _paused(transfer, notes)
            return _finish(dest, transfer, url, tuple(notes))
        if transfer.done <= before[0] and transfer.restarts == before[1]:
            break  # a whole round without a byte: the mirrors are down, not flaky
    why = "; ".join(notes[-4:])
    if transfer.done:
        raise DownloadFailedPartKept(file=spec.file_name, notes=why, kept=f"{transfer.done:,}")
    raise DownloadFailedEverywhere(file=spec.file_name, notes=why)


def _paused(transfer: _Transfer, notes: list[str]) -> DownloadResult:
    return DownloadResult("paused", transfer.part, size=transfer.done, notes=tuple(notes))


def _existing(dest: Path, spec: DownloadSpec, report: DownloadProgress) -> DownloadResult:
    """A file of that name is already there: keep it, and say whether it is the right one."""
    if spec.sha256 is None:
        return DownloadResult("done", dest, None, False, size=dest.stat().st_size, already=True)
    actual = _file_sha256(dest, report)
    if actual != spec.sha256:
        raise DownloadExistsDifferent(path=str(dest), actual=actual[:12], expected=spec.sha256[:12])
    return DownloadResult("done", dest, actual, True, size=dest.stat().st_size, already=True)


def _resume_state(dest: Path, spec: DownloadSpec, report: DownloadProgress) -> _Transfer:
    """Pick up a partial download if its sidecar matches this one, else start from zero."""
    part = dest.with_name(dest.name + PART_SUFFIX)
    state_path = dest.with_name(dest.name + STATE_SUFFIX)
    state = _State.load(state_path) if part.is_file() else None
    transfer = _Transfer(part, state_path, spec, state)
    same = state is not None and state.sha256 == spec.sha256
    same = same and (spec.size is None or state is None or state.size in (None, spec.size))
    if not same:
        transfer.state = None
        transfer.restart()
        return transfer
    # Hash what is there already, so the checksum covers the whole file without reading it twice
    # at the end.
    size = part.stat().st_size
    with open(part, "rb") as f:
        while block := f.read(_BLOCK):
            transfer.digest.update(block)
            transfer.done += len(block)
            report(transfer.done, size, "checking")
    return transfer


def _mirror_order(urls: Sequence[str], state: _State | None) -> list[str]:
    """The mirror a partial download came from first (its validator is for that server)."""
    ordered = list(urls)
    if state is not None and state.url in ordered:
        ordered.remove(state.url)
        ordered.insert(0, state.url)
    return ordered


class _MirrorFailed(Exception):
    """This mirror cannot deliver now; the next one is tried."""


def _host(url: str) -> str:
    return urlparse(url).netloc or url


def _open(url: str, transfer: _Transfer, timeout: float) -> HTTPResponse:
    headers = {"User-Agent": f"study-assistant/{__version__}", "Accept-Encoding": "identity"}
    state = transfer.state
    if transfer.done and state is not None:
        headers["Range"] = f"bytes={transfer.done}-"
        validator = state.validator() if state.url == url else None
        if validator:
            headers["If-Range"] = validator
    request = urllib.request.Request(url, headers=headers)
    try:
        response: HTTPResponse = urllib.request.urlopen(request, timeout=timeout)
        return response
    except urllib.error.HTTPError as exc:
        exc.close()
        if exc.code == 416:
            raise _RangePastEnd(exc.headers.get("Content-Range", "") or "") from exc
        raise _MirrorFailed(f"HTTP {exc.code} {exc.reason}") from exc
    except (urllib.error.URLError, OSError, HTTPException) as exc:
        raise _MirrorFailed(str(getattr(exc, "reason", exc))) from exc


class _RangePastEnd(Exception):
    """HTTP 416: the part may already hold the whole file."""


def _fetch(
    url: str,
    transfer: _Transfer,
    report: DownloadProgress,
    cancel: threading.Event | None,
    timeout: float,
) -> bool:
    """Download from one mirror into the part file; True when complete, False if cancelled."""
    try:
        response = _open(url, transfer, timeout)
    except _RangePastEnd as exc:
        return _complete_after_416(str(exc), transfer)
    try:
        total = _start(url, response, transfer)
        _check_disk(transfer, total)
        return _stream(response, transfer, total, report, cancel)
    finally:
        with contextlib.suppress(OSError):
            response.close()


def _complete_after_416(content_range: str, transfer: _Transfer) -> bool:
    """Range past the end: the part is complete if its size is the file's; else start again."""
    match = re.search(r"/(\d+)", content_range)
    total = transfer.state.size if transfer.state else None
    if match:
        total = int(match.group(1))
    if total is not None and transfer.done == total:
        return True
    transfer.restart()
    raise _MirrorFailed("the server refused to resume; the download starts again")


def _start(url: str, response: HTTPResponse, transfer: _Transfer) -> int | None:
    """Check what the server sent against the part; restart from zero when they disagree."""
    etag = response.headers.get("ETag")
    last_modified = response.headers.get("Last-Modified")
    length = response.headers.get("Content-Length")
    state = transfer.state
    if response.status == 206:
        match = _CONTENT_RANGE.search(response.headers.get("Content-Range", "") or "")
        if not match or int(match.group(1)) != transfer.done:
            raise _MirrorFailed("the server sent the wrong part of the file")
        total = int(match.group(3)) if match.group(3) != "*" else None
        changed = state is not None and (
            (state.size is not None and total is not None and state.size != total)
            or (state.url == url and bool(state.etag) and bool(etag) and state.etag != etag)
        )
        if changed:
            # The file on the server is not the one the part came from: the bytes already here
            # belong to another file. Start again; this response is dropped.
            transfer.restart()
            transfer.state = None
            raise _MirrorFailed("the file on the server changed; the download starts again")
    elif response.status == 200:
        if transfer.done:  # Range ignored, or If-Range said the file changed: start from zero
            transfer.restart()
        total = int(length) if length and length.isdigit() else None
    else:
        raise _MirrorFailed(f"HTTP {response.status}")
    if transfer.spec.size is not None and total is not None and total != transfer.spec.size:
        raise _MirrorFailed(
            f"the server's file has {total:,} bytes, not the {transfer.spec.size:,} expected"
        )
    transfer.state = _State(
        url, total or transfer.spec.size, etag, last_modified, transfer.spec.sha256
    )
    try:
        transfer.state.save(transfer.state_path)
    except OSError as exc:
        raise _disk_error(exc, transfer) from exc
    return total or transfer.spec.size


def _check_disk(transfer: _Transfer, total: int | None) -> None:
    """Refuse to start when the rest of the file cannot fit on the disk."""
    if total is None:
        return
    needed = total - transfer.done
    free = shutil.disk_usage(transfer.part.parent).free
    if free < needed + DISK_MARGIN:
        raise DownloadNoSpace(
            folder=transfer.part.parent,
            file=transfer.spec.file_name,
            needed_gb=needed / 2**30,
            free_gb=free / 2**30,
        )


def _stream(
    response: HTTPResponse,
    transfer: _Transfer,
    total: int | None,
    report: DownloadProgress,
    cancel: threading.Event | None,
) -> bool:
    try:
        with open(transfer.part, "ab") as out:
            while True:
                if cancel is not None and cancel.is_set():
                    return False
                try:
                    # read1: what has arrived, so a Pause is seen at once on a slow connection
                    block = response.read1(_BLOCK // 4)
                except (OSError, HTTPException) as exc:
                    raise _MirrorFailed(f"the connection broke ({exc})") from exc
                if not block:
                    break
                try:
                    _write(out, block)
                except OSError as exc:
                    raise _disk_error(exc, transfer) from exc
                transfer.digest.update(block)
                transfer.done += len(block)
                report(transfer.done, total or 0, "downloading")
            out.flush()
            os.fsync(out.fileno())
    except OSError as exc:  # opening, flushing or syncing the part file
        raise _disk_error(exc, transfer) from exc
    if total is not None and transfer.done != total:
        raise _MirrorFailed(f"the connection ended after {transfer.done:,} of {total:,} bytes")
    return True


def _write(out: Any, block: bytes) -> None:
    """Append a block to the part file (a seam: tests make it fail as a full disk would)."""
    out.write(block)


def _disk_error(exc: OSError, transfer: _Transfer) -> StorageError:
    if exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
        return DownloadDiskFull(file=transfer.spec.file_name, done=transfer.done)
    return DownloadWriteFailed(path=transfer.part, reason=exc.strerror or str(exc))


def _finish(dest: Path, transfer: _Transfer, url: str, notes: tuple[str, ...]) -> DownloadResult:
    """Verify the complete part and rename it into place."""
    from assistant.core.models.model_info import check_gguf_file

    actual = transfer.digest.hexdigest()
    expected = transfer.spec.sha256
    if expected is not None and actual != expected:
        _discard(transfer)
        raise ChecksumMismatch(
            file=dest.name, host=_host(url), expected=expected[:12], actual=actual[:12]
        )
    if expected is None and dest.suffix.lower() == ".gguf":
        try:
            check_gguf_file(transfer.part)
        except ModelError as exc:
            _discard(transfer)
            raise DownloadNotGguf(host=_host(url), file=dest.name, reason=str(exc)) from exc
    try:
        os.replace(transfer.part, dest)
    except OSError as exc:
        raise DownloadNotRenamed(path=str(dest), reason=exc.strerror or str(exc)) from exc
    transfer.state_path.unlink(missing_ok=True)
    record = {"sha256": actual, "size": transfer.done, "url": url, "verified": bool(expected)}
    with contextlib.suppress(OSError):  # the record is a convenience, the model is what counts
        dest.with_name(dest.name + RECORD_SUFFIX).write_text(json.dumps(record) + "\n", "utf-8")
    return DownloadResult(
        "done", dest, actual, expected is not None, url, transfer.done, notes=notes
    )


def _discard(transfer: _Transfer) -> None:
    transfer.part.unlink(missing_ok=True)
    transfer.state_path.unlink(missing_ok=True)


def _file_sha256(path: Path, report: DownloadProgress) -> str:
    digest, done, total = hashlib.sha256(), 0, path.stat().st_size
    with open(path, "rb") as f:
        while block := f.read(_BLOCK):
            digest.update(block)
            done += len(block)
            report(done, total, "checking")
    return digest.hexdigest()
