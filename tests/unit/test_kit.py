"""The class kit's contents as the frozen app finds them (kit.json beside the bundled app)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from assistant.core.engine import launch
from assistant.core.models import kit
from assistant.core.models.choice import model_folders, resolve_model
from assistant.core.models.starter import STARTER_FILENAME, STARTER_SHA256, STARTER_SIZE
from assistant.core.settings import Settings


def _make_kit(root: Path, starter_size: int = STARTER_SIZE) -> Path:
    models = root / kit.MODELS_FOLDER
    models.mkdir(parents=True)
    starter = models / STARTER_FILENAME
    with open(starter, "wb") as f:  # sparse: the size is what a start checks
        f.truncate(starter_size)
    manifest = {"starter": kit.manifest_entry(starter, root, STARTER_SHA256)}
    if starter_size != STARTER_SIZE:
        manifest["starter"]["size"] = STARTER_SIZE  # the build saw the whole file
    (root / kit.MANIFEST_NAME).write_text(json.dumps(manifest), encoding="utf-8")
    return starter


def test_not_frozen_means_no_kit() -> None:
    assert kit.kit_root() is None
    assert kit.load_kit() is None
    assert launch.worker_argv()[1:] == ["-m", "assistant.core.engine.worker"]


def test_frozen_app_starts_itself_as_the_worker(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("sys.frozen", True, raising=False)
    assert launch.worker_argv()[1:] == [launch.ENGINE_WORKER_FLAG]


def test_starter_comes_from_the_kit_without_hashing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    starter = _make_kit(tmp_path)
    monkeypatch.setattr(kit, "kit_root", lambda: tmp_path)
    # A sparse file does not match the checksum: only a re-hash would notice, and none happens.
    assert resolve_model("starter", Settings()) == starter
    assert tmp_path / kit.MODELS_FOLDER in model_folders(Settings())


def test_a_cut_short_kit_starter_is_not_used(tmp_path: Path) -> None:
    _make_kit(tmp_path, starter_size=1000)
    loaded = kit.load_kit(tmp_path)
    assert loaded is not None and loaded.starter is not None
    assert kit.kit_starter_model(loaded) is None


def test_a_damaged_manifest_is_ignored(tmp_path: Path) -> None:
    (tmp_path / kit.MANIFEST_NAME).write_text("{not json", encoding="utf-8")
    assert kit.load_kit(tmp_path) is None
