"""Settings, paths, machine facts, request preparation and the event wire format."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from assistant.core import paths
from assistant.core.engine.events import (
    Done,
    Failed,
    Reasoning,
    Timings,
    Token,
    Usage,
    event_from_dict,
    event_to_dict,
)
from assistant.core.engine.local import describe_exit
from assistant.core.engine.requests import Sampling, default_context, prepare_messages
from assistant.core.engine.sequences import StopStringFilter
from assistant.core.engine.worker import plain_chat_prompt
from assistant.core.errors import ModelError
from assistant.core.machine import physical_cores
from assistant.core.models.choice import resolve_model
from assistant.core.settings import Settings


def test_data_dir_comes_from_the_environment(isolated_data_dir: Path) -> None:
    assert paths.data_dir() == isolated_data_dir.resolve()
    assert paths.models_dir().parent == isolated_data_dir.resolve()


def test_data_dir_option_wins(tmp_path: Path) -> None:
    paths.set_data_dir(tmp_path / "opt")
    try:
        assert paths.data_dir() == (tmp_path / "opt").resolve()
    finally:
        paths.set_data_dir(None)


def test_settings_round_trip_and_damaged_file(isolated_data_dir: Path) -> None:
    settings = Settings(n_ctx=2048, model_dirs=["/models"], ui_language="vi")
    settings.save()
    assert Settings.load() == settings
    paths.settings_file().write_text("{not json", encoding="utf-8")
    assert Settings.load() == Settings()
    # The damaged file is kept aside, not deleted.
    assert (paths.data_dir() / "settings.json.damaged").read_text() == "{not json"


def test_settings_ignore_unknown_keys() -> None:
    paths.settings_file().write_text(json.dumps({"n_ctx": 1024, "future": 1}), "utf-8")
    assert Settings.load().n_ctx == 1024


def test_physical_cores_is_sane() -> None:
    assert 1 <= physical_cores() <= 512


def test_r1_defaults_and_plain_defaults() -> None:
    r1 = Sampling().resolved(reasoning_model=True)
    assert (r1.temperature, r1.top_p) == (0.6, 0.95)
    plain = Sampling(temperature=0.2).resolved(reasoning_model=False)
    assert plain.temperature == 0.2


def test_r1_gets_the_system_prompt_folded_into_the_first_user_turn() -> None:
    msgs = [
        {"role": "system", "content": "Answer in Vietnamese."},
        {"role": "user", "content": "What is RTF?"},
        {"role": "assistant", "content": "..."},
        {"role": "user", "content": "More?"},
    ]
    folded = prepare_messages(msgs, reasoning_model=True)
    assert [m["role"] for m in folded] == ["user", "assistant", "user"]
    assert folded[0]["content"] == "Answer in Vietnamese.\n\nWhat is RTF?"
    assert prepare_messages(msgs, reasoning_model=False) == msgs
    only_system = prepare_messages([{"role": "system", "content": "S"}], reasoning_model=True)
    assert only_system == [{"role": "user", "content": "S"}]


def test_default_context_caps_at_8192() -> None:
    assert default_context(32768) == 8192
    assert default_context(2048) == 2048
    assert default_context(None) == 4096


@pytest.mark.parametrize(
    "event",
    [
        Token("你好"),
        Reasoning("hmm"),
        Usage(3, 4),
        Failed("the model stopped: x"),
        Done("stop", Timings(load_s=1.0, ttft_s=0.5, tokens_per_s=20.0)),
    ],
)
def test_events_survive_the_wire(event: object) -> None:
    assert event_from_dict(json.loads(json.dumps(event_to_dict(event)))) == event  # type: ignore[arg-type]


def test_stop_strings_are_held_back_then_cut() -> None:
    f = StopStringFilter(["<|im_end|>"])
    assert f.feed("Hello <|im") == ("Hello ", False)
    assert f.feed("_end|> tail") == ("", True)
    g = StopStringFilter(["\nUser:"])
    assert g.feed("a\nUs") == ("a", False)
    assert g.feed("eful") == ("\nUseful", False)
    assert g.flush("!") == "!"


def test_plain_prompt_for_base_models() -> None:
    text = plain_chat_prompt([{"role": "user", "content": "Hi"}])
    assert text == "User: Hi\nAssistant:"


def test_exit_descriptions_say_what_happened() -> None:
    assert "killed" in describe_exit(-9)
    assert "aborted" in describe_exit(-6)
    assert "exit code 3221225477" in describe_exit(3221225477)


def test_model_choice(tiny_model: Path, isolated_data_dir: Path) -> None:
    assert resolve_model(str(tiny_model), Settings()) == tiny_model
    with pytest.raises(ModelError, match="No model named"):
        resolve_model("nothing-like-this", Settings())
    missing = Settings(model_path=str(isolated_data_dir / "gone.gguf"))
    with pytest.raises(ModelError, match="missing"):
        resolve_model(None, missing)
