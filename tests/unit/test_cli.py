"""The study-assistant command: exit codes, one-line errors, JSON shapes (docs/cli.md)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from assistant.cli import main


def run_cli(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    """The command as a user runs it: a separate process."""
    return subprocess.run(
        [sys.executable, "-m", "assistant", *args],
        capture_output=True,
        text=True,
        input=stdin,
        timeout=120,
    )


def test_version() -> None:
    result = run_cli("--version")
    assert result.returncode == 0
    assert result.stdout.startswith("study-assistant ")


def test_usage_error_exits_2() -> None:
    result = run_cli("ask", "hi", "--max-tokens", "-5")
    assert result.returncode == 2
    assert "must be greater than 0" in result.stderr


def test_models_info_json(tiny_model: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["models", "info", str(tiny_model), "--json"]) == 0
    info = json.loads(capsys.readouterr().out)
    for key in (
        "name",
        "architecture",
        "parameters",
        "quantization",
        "context_length",
        "has_chat_template",
        "file_size",
        "files",
    ):
        assert key in info
    assert info["architecture"] == "llama"
    assert info["has_chat_template"] is True
    assert info["files"] == [str(tiny_model)]


def test_models_info_text(tiny_model: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["models", "info", str(tiny_model)]) == 0
    out = capsys.readouterr().out
    assert "architecture:" in out and "llama" in out


@pytest.mark.parametrize("content", [b"just some notes\n", b""])
def test_models_info_on_a_non_model_is_one_line_exit_3(tmp_path: Path, content: bytes) -> None:
    fake = tmp_path / "fake.gguf"
    fake.write_bytes(content)
    result = run_cli("models", "info", str(fake))
    assert result.returncode == 3
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
    assert result.stderr.startswith("study-assistant: error:")


def test_ask_streams_an_answer(tiny_model: Path) -> None:
    result = run_cli(
        "ask",
        "Hello",
        "--model",
        str(tiny_model),
        "--max-tokens",
        "8",
        "--ctx",
        "512",
        "--seed",
        "1",
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip()


def test_ask_json_shape(tiny_model: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(
        ["ask", "Hello", "--model", str(tiny_model), "--max-tokens", "6", "--ctx", "512", "--json"]
    )
    assert code == 0
    data = json.loads(capsys.readouterr().out)
    assert set(data) >= {"answer", "reasoning", "usage", "timings"}
    assert data["usage"]["completion_tokens"] >= 6
    assert data["timings"]["tokens_per_s"] > 0 and data["timings"]["ttft_s"] > 0


def test_ask_reads_stdin_and_shows_thinking(tiny_r1_model: Path) -> None:
    result = run_cli(
        "ask",
        "-",
        "--model",
        str(tiny_r1_model),
        "--max-tokens",
        "8",
        "--ctx",
        "512",
        "--show-thinking",
        stdin="Why?",
    )
    assert result.returncode == 0, result.stderr
    # The R1 template opened <think> and the tiny model never closes it: all reasoning.
    assert result.stdout.strip() == ""
    assert result.stderr.strip()


def test_ask_empty_question_is_an_input_error() -> None:
    result = run_cli("ask", "-", stdin="   \n")
    assert result.returncode == 4
    assert "empty" in result.stderr


def test_ask_prompt_too_long_is_exit_4(tiny_model: Path) -> None:
    result = run_cli("ask", "x" * 3000, "--model", str(tiny_model), "--ctx", "512")
    assert result.returncode == 4
    assert "tokens" in result.stderr and "512" in result.stderr


def test_ask_missing_model_is_exit_3() -> None:
    result = run_cli("ask", "Hello", "--model", "/no/such/model.gguf")
    assert result.returncode == 3
    assert "does not exist" in result.stderr


def test_ask_model_by_name_in_the_data_dir(
    tiny_model: Path, isolated_data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    models = isolated_data_dir / "models"
    models.mkdir(parents=True)
    (models / "my-class-model.gguf").write_bytes(tiny_model.read_bytes())
    assert main(["ask", "Hi", "--model", "class-model", "--max-tokens", "3", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["usage"]["completion_tokens"] >= 3


def test_data_dir_option_is_used(tmp_path: Path, tiny_model: Path) -> None:
    data = tmp_path / "elsewhere"
    assert (
        main(
            [
                "--data-dir",
                str(data),
                "ask",
                "Hi",
                "--model",
                str(tiny_model),
                "--max-tokens",
                "2",
                "--json",
            ]
        )
        == 0
    )
    assert (data / "logs").is_dir()
