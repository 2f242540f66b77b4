"""packaging/stage_kit.py: a class model or pack that would not work is refused before a build."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from types import ModuleType

import pytest

from assistant.core.errors import StudyAssistantError

ROOT = Path(__file__).resolve().parents[2]


def _stage_kit() -> ModuleType:
    spec = importlib.util.spec_from_file_location("stage_kit", ROOT / "packaging" / "stage_kit.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_a_good_model_and_pack_pass(tiny_model: Path, tmp_path: Path) -> None:
    from assistant.cli import main

    pack = tmp_path / "week1.json"
    assert main(["practice", "export", str(pack), "--name", "Week 1"]) == 0
    assert _stage_kit().check_inputs(tiny_model, pack) == [tiny_model]


def test_a_text_file_is_not_a_class_model(tmp_path: Path) -> None:
    fake = tmp_path / "model.gguf"
    fake.write_text("not a model", encoding="utf-8")
    with pytest.raises(StudyAssistantError, match="GGUF"):
        _stage_kit().check_inputs(fake, None)


def test_an_invalid_pack_is_refused(tmp_path: Path) -> None:
    pack = tmp_path / "pack.json"
    pack.write_text(json.dumps({"name": "x"}), encoding="utf-8")
    with pytest.raises(StudyAssistantError):
        _stage_kit().check_inputs(None, pack)
