"""The model library: scanning folders, fit estimates, import, rename and delete."""

from __future__ import annotations

import json
import shutil
import threading
from pathlib import Path

import pytest

from assistant.cli import main
from assistant.core import machine
from assistant.core.errors import ModelError, StorageError, UsageError
from assistant.core.models.fit import FITS, TIGHT, UNKNOWN, WONT_FIT, estimate_fit, kv_cache_bytes
from assistant.core.models.library import (
    delete_model,
    import_model,
    rename_model,
    scan_folders,
)
from assistant.core.models.model_info import read_model_info
from tests.tiny_model import build_tiny_gguf
from tests.unit.test_models import write_split


@pytest.fixture
def library(tmp_path: Path, tiny_model: Path) -> Path:
    """A folder with a good model, a split model, broken files and download leftovers."""
    root = tmp_path / "lib"
    (root / "usb" / "deeper").mkdir(parents=True)
    shutil.copy(tiny_model, root / "good.gguf")
    write_split(root / "usb" / "deeper")
    (root / "empty.gguf").write_bytes(b"")
    (root / "page.GGUF").write_bytes(b"<html>not found</html>")
    truncated = tiny_model.read_bytes()[:-1000]
    (root / "usb" / "cut.gguf").write_bytes(truncated)
    (root / "coming.gguf.part").write_bytes(b"GGUF partial")
    (root / "notes.txt").write_text("not a model")
    return root


def test_scan_lists_each_model_once_and_broken_files_with_reasons(library: Path) -> None:
    entries = {e.path.relative_to(library).as_posix(): e for e in scan_folders([library])}
    assert sorted(entries) == [
        "empty.gguf",
        "good.gguf",
        "page.GGUF",
        "usb/cut.gguf",
        "usb/deeper/m-00001-of-00002.gguf",
    ]
    assert entries["good.gguf"].broken is None and entries["good.gguf"].info is not None
    split = entries["usb/deeper/m-00001-of-00002.gguf"]
    assert split.broken is None and split.info is not None and len(split.info.files) == 2
    assert split.file_size == sum(p.stat().st_size for p in split.info.files)
    assert "empty" in (entries["empty.gguf"].broken or "")
    assert "web page" in (entries["page.GGUF"].broken or "")
    assert "truncated" in (entries["usb/cut.gguf"].broken or "")


def test_split_model_without_first_part_is_listed_broken(library: Path) -> None:
    (library / "usb" / "deeper" / "m-00001-of-00002.gguf").unlink()
    [entry] = [e for e in scan_folders([library]) if "m-0000" in e.path.name]
    assert entry.path.name == "m-00002-of-00002.gguf"
    assert "missing" in (entry.broken or "")


def test_overlapping_folders_list_a_file_once(library: Path) -> None:
    entries = scan_folders([library, library / "usb", library])
    assert len(entries) == 5


def test_cli_models_list_json_shape(library: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["models", "list", "--dir", str(library), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    by_name = {Path(m["path"]).name: m for m in data["models"]}
    good = by_name["good.gguf"]
    for key in (
        "path",
        "name",
        "architecture",
        "parameters",
        "quantization",
        "context_length",
        "file_size",
        "broken",
    ):
        assert key in good
    assert good["broken"] is None and good["architecture"] == "llama"
    assert good["fit"]["verdict"] in (FITS, TIGHT, WONT_FIT, UNKNOWN)
    assert by_name["empty.gguf"]["broken"] and by_name["empty.gguf"]["architecture"] is None
    assert str(library) in data["folders"]


def test_cli_models_list_text_marks_broken_files(
    library: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["models", "list", "--dir", str(library)]) == 0
    out = capsys.readouterr().out
    assert "BROKEN" in out and "Tiny Test Llama" in out and "memory:" in out


# -- fit ------------------------------------------------------------------------------------------


def test_kv_cache_follows_the_header(tiny_model: Path) -> None:
    info = read_model_info(tiny_model)
    # 2 layers x 4 KV heads x (16 + 16) values x 2 bytes (f16) = 512 bytes per token
    assert kv_cache_bytes(info, 1000) == 512_000


def test_fit_verdicts_and_largest_context(tiny_model: Path) -> None:
    info = read_model_info(tiny_model)
    needed = estimate_fit(info, 4096, available=10**12).needed_bytes
    assert estimate_fit(info, 4096, available=needed * 2).verdict == FITS
    assert estimate_fit(info, 4096, available=int(needed / 0.9)).verdict == TIGHT
    short = estimate_fit(info, 4096, available=needed - 1)
    assert short.verdict == WONT_FIT
    assert short.max_context is not None and 512 <= short.max_context < 4096
    assert estimate_fit(info, short.max_context, available=needed - 1).verdict != WONT_FIT
    assert estimate_fit(info, 4096, available=None).verdict == UNKNOWN
    assert estimate_fit(info, 4096, available=1000).max_context is None


def test_available_memory_reads_the_os() -> None:
    free = machine.available_memory()
    total = machine.total_memory()
    if free is None or total is None:
        pytest.skip("this OS does not report memory")
    assert 0 < free <= total


def test_meminfo_parsing(tmp_path: Path) -> None:
    meminfo = tmp_path / "meminfo"
    meminfo.write_text("MemTotal:       16000 kB\nMemAvailable:    8000 kB\n")
    assert machine._meminfo_bytes("MemAvailable", meminfo) == 8000 * 1024
    assert machine._meminfo_bytes("Missing", meminfo) is None


# -- import, rename, delete -----------------------------------------------------------------------


def test_import_copies_with_progress_and_refuses_clashes(tiny_model: Path, tmp_path: Path) -> None:
    dest = tmp_path / "models"
    seen: list[int] = []
    path = import_model(tiny_model, dest, progress=lambda d, _t: seen.append(d))
    assert path == dest / tiny_model.name and path.read_bytes() == tiny_model.read_bytes()
    assert seen[-1] == tiny_model.stat().st_size
    assert not list(dest.glob("*.part"))
    assert import_model(path, dest) == path  # importing a file onto itself is a no-op
    (tmp_path / "other").mkdir()
    other = build_tiny_gguf(tmp_path / "other" / tiny_model.name, seed=3)
    with pytest.raises(UsageError, match="already exists"):
        import_model(other, dest)


def test_import_a_split_model_and_cancel_leaves_nothing(tmp_path: Path) -> None:
    src = tmp_path / "usb"
    src.mkdir()
    first, _second = write_split(src)
    dest = tmp_path / "models"
    cancel = threading.Event()
    cancel.set()
    with pytest.raises(InterruptedError):
        import_model(first, dest, cancel=cancel)
    assert list(dest.iterdir()) == []
    path = import_model(first, dest)
    assert len(read_model_info(path).files) == 2


def test_import_refuses_a_broken_file(tmp_path: Path) -> None:
    bad = tmp_path / "bad.gguf"
    bad.write_bytes(b"GGUF")
    with pytest.raises(ModelError):
        import_model(bad, tmp_path / "models")
    assert not (tmp_path / "models").exists() or not list((tmp_path / "models").iterdir())


def test_import_checks_free_space(
    tiny_model: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    class Usage:
        free = 10

    monkeypatch.setattr("assistant.core.models.library.shutil.disk_usage", lambda _p: Usage())
    with pytest.raises(StorageError, match="free"):
        import_model(tiny_model, tmp_path / "models")


def test_rename_moves_every_part_and_sidecar(tmp_path: Path) -> None:
    first, second = write_split(tmp_path)
    (tmp_path / (first.name + ".sha256")).write_text("{}")
    new = rename_model(first, "Lesson model")
    assert new == tmp_path / "Lesson model-00001-of-00002.gguf"
    assert (tmp_path / "Lesson model-00002-of-00002.gguf").exists()
    assert (tmp_path / "Lesson model-00001-of-00002.gguf.sha256").exists()
    assert not first.exists() and not second.exists()
    assert len(read_model_info(new).files) == 2


def test_rename_refuses_bad_names_and_clashes(tiny_model: Path, tmp_path: Path) -> None:
    a = shutil.copy(tiny_model, tmp_path / "a.gguf")
    shutil.copy(tiny_model, tmp_path / "b.gguf")
    for bad in ("", "x/y", "..", "c-00001-of-00002"):
        with pytest.raises(UsageError):
            rename_model(Path(a), bad)
    with pytest.raises(UsageError, match="already exists"):
        rename_model(Path(a), "b.gguf")
    assert rename_model(Path(a), "c") == tmp_path / "c.gguf"


def test_delete_removes_all_parts_and_keeps_neighbours(tiny_model: Path, tmp_path: Path) -> None:
    first, second = write_split(tmp_path)
    keep = shutil.copy(tiny_model, tmp_path / "keep.gguf")
    deleted = delete_model(first)
    assert set(deleted) == {first, second}
    assert Path(keep).exists()
    broken = tmp_path / "broken.gguf"
    broken.write_bytes(b"junk")
    assert delete_model(broken) == [broken]
