"""Downloads against a real HTTP server on 127.0.0.1 serving a tiny GGUF."""

from __future__ import annotations

import errno
import hashlib
import json
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from assistant.cli import main
from assistant.core.errors import StorageError
from assistant.core.models import downloads
from assistant.core.models.downloads import (
    ChecksumMismatch,
    DownloadError,
    DownloadSpec,
    download,
    partial_download,
)
from assistant.core.models.library import scan_folders
from tests.model_server import FileServer, Served, file_server
from tests.tiny_model import build_tiny_gguf

NAME = "tiny-download.gguf"


@pytest.fixture(scope="module")
def gguf_bytes(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    return build_tiny_gguf(tmp_path_factory.mktemp("src") / NAME).read_bytes()


@pytest.fixture
def server() -> Iterator[FileServer]:
    with file_server() as s:
        yield s


def sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def spec(server: FileServer, data: bytes, *paths: str, checksum: bool = True) -> DownloadSpec:
    return DownloadSpec(
        NAME, tuple(server.url(p) for p in paths), sha(data) if checksum else None, len(data)
    )


def test_plain_download_is_verified_and_listed(
    server: FileServer, gguf_bytes: bytes, tmp_path: Path
) -> None:
    server.files["/m.gguf"] = Served(gguf_bytes)
    seen: list[tuple[int, int, str]] = []
    result = download(
        spec(server, gguf_bytes, "/m.gguf"), tmp_path, lambda d, t, s: seen.append((d, t, s))
    )
    assert result.status == "done" and result.verified
    assert result.path.read_bytes() == gguf_bytes
    assert seen[-1] == (len(gguf_bytes), len(gguf_bytes), "downloading")
    assert not (tmp_path / (NAME + ".part")).exists()
    assert not (tmp_path / (NAME + ".part.json")).exists()
    record = json.loads((tmp_path / (NAME + ".sha256")).read_text())
    assert record["sha256"] == sha(gguf_bytes) and record["verified"] is True
    [entry] = scan_folders([tmp_path])
    assert entry.broken is None and entry.path == result.path
    # A second run finds the finished file and downloads nothing.
    again = download(spec(server, gguf_bytes, "/m.gguf"), tmp_path)
    assert again.already and again.verified and len(server.requests) == 1


def test_interrupted_transfer_resumes_with_range(
    server: FileServer, gguf_bytes: bytes, tmp_path: Path
) -> None:
    server.files["/m.gguf"] = Served(gguf_bytes, cut_after=100_000)
    result = download(spec(server, gguf_bytes, "/m.gguf"), tmp_path)
    assert result.verified and result.path.read_bytes() == gguf_bytes
    assert [r["range"] for r in server.requests] == ["", "bytes=100000-"]
    assert server.requests[1]["if_range"] == '"v1"'
    assert "connection ended" in result.notes[0]


def test_pause_then_resume_after_restart(
    server: FileServer, gguf_bytes: bytes, tmp_path: Path
) -> None:
    server.files["/m.gguf"] = Served(gguf_bytes, slow_after=150_000)
    cancel = threading.Event()

    def pause_midway(done: int, _total: int, _stage: str) -> None:
        if done >= 150_000:
            cancel.set()

    paused = download(spec(server, gguf_bytes, "/m.gguf"), tmp_path, pause_midway, cancel)
    assert paused.status == "paused" and paused.size == 150_000
    server.release.set()
    # What a restarted app sees: a partial file whose sidecar knows the total.
    assert partial_download(tmp_path, NAME) == (150_000, len(gguf_bytes))
    assert scan_folders([tmp_path]) == []  # a partial download is never a model
    server.files["/m.gguf"].slow_after = None
    stages: list[str] = []
    result = download(
        spec(server, gguf_bytes, "/m.gguf"), tmp_path, lambda _d, _t, s: stages.append(s)
    )
    assert result.verified and result.path.read_bytes() == gguf_bytes
    assert server.requests[-1]["range"] == "bytes=150000-"
    assert stages[0] == "checking"  # the kept bytes were hashed, not downloaded again


def test_server_that_ignores_range_restarts_from_zero(
    server: FileServer, gguf_bytes: bytes, tmp_path: Path
) -> None:
    server.files["/m.gguf"] = Served(gguf_bytes, cut_after=200_000, ignore_range=True)
    result = download(spec(server, gguf_bytes, "/m.gguf"), tmp_path)
    assert result.verified and result.path.read_bytes() == gguf_bytes
    assert server.requests[1]["range"] == "bytes=200000-"  # asked, got 200 with everything


def test_changed_remote_file_restarts_instead_of_mixing(
    server: FileServer, gguf_bytes: bytes, tmp_path: Path
) -> None:
    old = bytearray(gguf_bytes)
    old[-1] ^= 0xFF  # version 1 of the file differs from version 2 in its last byte
    server.files["/m.gguf"] = Served(bytes(old), slow_after=100_000)
    cancel = threading.Event()
    paused = download(
        spec(server, gguf_bytes, "/m.gguf"),
        tmp_path,
        lambda done, _t, _s: cancel.set() if done >= 100_000 else None,
        cancel,
    )
    assert paused.status == "paused"
    server.release.set()
    server.files["/m.gguf"] = Served(gguf_bytes, etag='"v2"')
    result = download(spec(server, gguf_bytes, "/m.gguf"), tmp_path)
    assert result.verified and result.path.read_bytes() == gguf_bytes
    # The resume asked for the rest of version 1; the server sent all of version 2.
    assert server.requests[-1] == {"path": "/m.gguf", "range": "bytes=100000-", "if_range": '"v1"'}


def test_wrong_checksum_deletes_the_part_and_exits_3(
    server: FileServer, gguf_bytes: bytes, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    server.files["/m.gguf"] = Served(gguf_bytes)
    wrong = "0" * 64
    code = main(
        ["models", "download", server.url("/m.gguf"), "--sha256", wrong, "--dir", str(tmp_path)]
    )
    assert code == 3
    err = capsys.readouterr().err
    assert "does not match its checksum" in err and "Traceback" not in err
    assert list(tmp_path.iterdir()) == []
    with pytest.raises(ChecksumMismatch):
        download(DownloadSpec(NAME, (server.url("/m.gguf"),), wrong), tmp_path)


def test_404_mirror_then_a_good_one(server: FileServer, gguf_bytes: bytes, tmp_path: Path) -> None:
    server.files["/good.gguf"] = Served(gguf_bytes)
    server.files["/broken.gguf"] = Served(gguf_bytes, status=503)
    result = download(
        spec(server, gguf_bytes, "/gone.gguf", "/broken.gguf", "/good.gguf"), tmp_path
    )
    assert result.verified and result.url == server.url("/good.gguf")
    assert "HTTP 404" in result.notes[0] and "HTTP 503" in result.notes[1]


def test_no_mirror_works_is_a_clear_error(
    server: FileServer, gguf_bytes: bytes, tmp_path: Path
) -> None:
    with pytest.raises(DownloadError, match=r"from any mirror.*HTTP 404"):
        download(spec(server, gguf_bytes, "/gone.gguf"), tmp_path)
    assert len(server.requests) == 1  # a dead mirror is not hammered


def test_disk_full_mid_download_keeps_the_part(
    server: FileServer, gguf_bytes: bytes, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    server.files["/m.gguf"] = Served(gguf_bytes)
    written = {"n": 0}
    real_write = downloads._write

    def fill_up(out: Any, block: bytes) -> None:
        if written["n"] >= 200_000:
            raise OSError(errno.ENOSPC, "No space left on device")
        written["n"] += len(block)
        real_write(out, block)

    monkeypatch.setattr(downloads, "_write", fill_up)
    with pytest.raises(StorageError, match=r"disk is full.*kept"):
        download(spec(server, gguf_bytes, "/m.gguf"), tmp_path)
    kept = partial_download(tmp_path, NAME)
    assert kept is not None and kept[0] == written["n"]
    monkeypatch.setattr(downloads, "_write", real_write)
    result = download(spec(server, gguf_bytes, "/m.gguf"), tmp_path)
    assert result.verified and server.requests[-1]["range"] == f"bytes={written['n']}-"


def test_not_enough_free_space_refuses_before_writing(
    server: FileServer, gguf_bytes: bytes, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    server.files["/m.gguf"] = Served(gguf_bytes)

    class Usage:
        free = 1000

    monkeypatch.setattr(downloads.shutil, "disk_usage", lambda _p: Usage())
    with pytest.raises(StorageError, match="Not enough free disk space"):
        download(spec(server, gguf_bytes, "/m.gguf"), tmp_path)
    assert not (tmp_path / NAME).exists()


def test_unknown_checksum_is_recorded_not_claimed(
    server: FileServer, gguf_bytes: bytes, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    server.files["/m.gguf"] = Served(gguf_bytes)
    code = main(["models", "download", server.url("/m.gguf"), "--dir", str(tmp_path), "--json"])
    assert code == 0
    captured = capsys.readouterr()
    out = json.loads(captured.out)
    assert out["verified"] is False and out["sha256"] == sha(gguf_bytes)
    assert "could not be verified" in captured.err


def test_a_web_page_instead_of_a_model_is_not_kept(server: FileServer, tmp_path: Path) -> None:
    page = b"<html><body>Please log in</body></html>"
    server.files["/m.gguf"] = Served(page)
    with pytest.raises(DownloadError, match="not a usable GGUF"):
        download(DownloadSpec.from_url(server.url("/m.gguf")), tmp_path)
    assert list(tmp_path.iterdir()) == []


def test_a_different_finished_file_is_never_overwritten(
    server: FileServer, gguf_bytes: bytes, tmp_path: Path
) -> None:
    server.files["/m.gguf"] = Served(gguf_bytes)
    (tmp_path / NAME).write_bytes(b"the user's own file")
    with pytest.raises(DownloadError, match="already exists"):
        download(spec(server, gguf_bytes, "/m.gguf"), tmp_path)
    assert (tmp_path / NAME).read_bytes() == b"the user's own file"
