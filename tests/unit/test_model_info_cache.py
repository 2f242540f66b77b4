"""Tests for remembering model headers per (path, size, mtime), in memory and in the data dir."""

from __future__ import annotations

import json
import os
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from assistant.core.errors import ModelError
from assistant.core.models import model_info as models
from assistant.core.models import model_info_cache
from assistant.core.models.model_info import read_model_info
from tests.unit.test_models import write_gguf, write_split

AN_HOUR_AGO = time.time() - 3600


def settle(*files: Path, when: float = AN_HOUR_AGO) -> None:
    """Date the files back, as a model copied long ago is."""
    for f in files:
        os.utime(f, (when, when))


@pytest.fixture(autouse=True)
def fresh_cache() -> Iterator[None]:
    models._cache.clear_memory()
    yield
    models._cache.clear_memory()


@pytest.fixture
def parses(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """The files whose headers are parsed from now on."""
    seen: list[Path] = []
    real = models._read_header

    def counting(path: Path) -> models.Header:
        seen.append(path)
        return real(path)

    monkeypatch.setattr(models, "_read_header", counting)
    return seen


def cache_file(data_dir: Path) -> Path:
    return data_dir / model_info_cache.CACHE_FILENAME


def test_an_unchanged_model_is_read_once(
    tmp_path: Path, isolated_data_dir: Path, parses: list[Path]
) -> None:
    path = write_gguf(tmp_path / "m.gguf")
    settle(path)
    first = read_model_info(path)
    again = read_model_info(path)
    assert parses == [path]
    assert again == first
    assert dict(again.metadata) == dict(first.metadata)
    assert cache_file(isolated_data_dir).is_file()
    models._cache.clear_memory()  # a new process: the data dir's file answers
    assert read_model_info(path) == first
    assert parses == [path]


def test_a_changed_model_is_read_again(tmp_path: Path, parses: list[Path]) -> None:
    path = write_gguf(tmp_path / "m.gguf", name="Before")
    settle(path)
    assert read_model_info(path).name == "Before"
    write_gguf(path, name="After!")  # same size, new time
    settle(path, when=AN_HOUR_AGO + 60)
    assert read_model_info(path).name == "After!"
    assert len(parses) == 2


def test_a_file_just_written_is_not_remembered(tmp_path: Path, parses: list[Path]) -> None:
    path = write_gguf(tmp_path / "m.gguf", name="Before")
    read_model_info(path)
    # Same size and, on a coarse clock, the same mtime: only not remembering it is safe.
    mtime = path.stat().st_mtime_ns
    write_gguf(path, name="After!")
    os.utime(path, ns=(mtime, mtime))
    assert read_model_info(path).name == "After!"
    assert len(parses) == 2


def test_damage_after_caching_is_found(tmp_path: Path) -> None:
    path = write_gguf(tmp_path / "m.gguf")
    settle(path)
    read_model_info(path)
    path.write_bytes(path.read_bytes()[:-100])
    with pytest.raises(ModelError, match="truncated"):
        read_model_info(path)


def test_split_model_is_checked_part_by_part(tmp_path: Path, parses: list[Path]) -> None:
    first, second = write_split(tmp_path)
    settle(first, second)
    info = read_model_info(second)
    assert read_model_info(first).files == info.files == (first, second)
    assert read_model_info(first).path == first
    assert len(parses) == 2  # both parts once
    settle(second, when=AN_HOUR_AGO + 60)
    read_model_info(first)
    assert len(parses) == 4
    second.unlink()
    with pytest.raises(ModelError, match="missing"):
        read_model_info(first)


@pytest.mark.parametrize(
    "content",
    [
        "not json {",
        json.dumps({"version": 999, "entries": {}}),
        json.dumps({"version": model_info_cache.CACHE_VERSION, "entries": ["x"]}),
        "BAD-ENTRY",
    ],
)
def test_a_damaged_cache_is_ignored(
    tmp_path: Path, isolated_data_dir: Path, parses: list[Path], content: str
) -> None:
    path = write_gguf(tmp_path / "m.gguf")
    settle(path)
    expected = read_model_info(path)
    file = cache_file(isolated_data_dir)
    if content == "BAD-ENTRY":  # well-formed JSON, wrong types inside the record
        data = json.loads(file.read_text(encoding="utf-8"))
        (entry,) = data["entries"].values()
        entry["record"]["parameters"] = "many"
        content = json.dumps(data)
    file.write_text(content, encoding="utf-8")
    models._cache.clear_memory()
    assert read_model_info(path) == expected
    assert len(parses) == 2
    models._cache.clear_memory()
    assert read_model_info(path) == expected  # the damaged file was replaced by a good one
    assert len(parses) == 2


def test_cache_keeps_a_bounded_number_of_models(
    tmp_path: Path, isolated_data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(model_info_cache, "MAX_ENTRIES", 3)
    for i in range(5):
        path = write_gguf(tmp_path / f"m{i}.gguf")
        settle(path)
        read_model_info(path)
    data = json.loads(cache_file(isolated_data_dir).read_text(encoding="utf-8"))
    assert [Path(k).name for k in data["entries"]] == ["m2.gguf", "m3.gguf", "m4.gguf"]


def test_unwritable_data_dir_still_reads(tmp_path: Path, isolated_data_dir: Path) -> None:
    cache_file(isolated_data_dir).mkdir(parents=True)  # a folder where the file should be
    path = write_gguf(tmp_path / "m.gguf")
    settle(path)
    assert read_model_info(path).name == "Tiny Llama"
    assert read_model_info(path).name == "Tiny Llama"
