"""The outline pipeline with real llama.cpp on the tiny model: schema, chunking, progress."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from assistant.cli import main
from assistant.core.engine.events import Progress
from assistant.core.engine.local import LocalEngine
from assistant.core.engine.requests import LoadOptions
from assistant.core.outline.ingest import lecture_from_text
from assistant.core.outline.pipeline import OutlineStopped, outline_lecture
from assistant.core.outline.structure import Outline

LECTURE = (
    "今天我们学习怎样给大模型写提示词。好的提示词要说明角色、任务和格式。\n\n"
    "第二部分讲常见错误：要求太模糊，没有说明读者。课后作业：周五前写三条提示词。"
)


# 120 short paragraphs: longer than a 2048-token context, so outlined in parts.
LONG_LECTURE = "\n\n".join(f"第{i}段：提示词要说明角色、任务和格式。" for i in range(120))

MakeEngine = Callable[[Path, int], LocalEngine]


@pytest.fixture
def make_engine() -> Iterator[MakeEngine]:
    """Engines loaded with a model and a context size, closed after the test."""
    made: list[LocalEngine] = []

    def make(model: Path, n_ctx: int) -> LocalEngine:
        eng = LocalEngine()
        made.append(eng)
        eng.load(model, LoadOptions(n_ctx=n_ctx, n_threads=1, seed=3))
        return eng

    yield make
    for eng in made:
        eng.close()


@pytest.fixture
def engine(make_engine: MakeEngine, tiny_model: Path) -> LocalEngine:
    return make_engine(tiny_model, 4096)


def test_a_short_lecture_is_one_schema_constrained_pass(engine: LocalEngine) -> None:
    steps: list[Progress] = []
    result = outline_lecture(
        engine, lecture_from_text(LECTURE), max_tokens=300, report=steps.append
    )
    assert isinstance(result.outline, Outline)  # random weights, yet well-formed JSON
    assert result.chunks == 1
    assert result.outline.language == "zh"
    data = result.to_json(lecture_from_text(LECTURE))
    assert data["source"]["chunks"] == 1 and data["source"]["chars"] == len(LECTURE)
    assert set(data["timings"]) >= {"load_s", "prompt_s", "generate_s"}
    assert steps[-1].done == steps[-1].total


def test_a_lecture_longer_than_the_context_is_chunked_not_cut(
    make_engine: MakeEngine, tiny_model: Path
) -> None:
    eng = make_engine(tiny_model, 2048)
    steps: list[Progress] = []
    result = outline_lecture(
        eng, lecture_from_text(LONG_LECTURE), max_tokens=200, report=steps.append
    )
    assert result.chunks > 1
    chunk_steps = [s for s in steps if s.message.startswith("chunk")]
    assert len(chunk_steps) == result.chunks
    assert chunk_steps[-1].message == f"chunk {result.chunks} of {result.chunks}"
    # The parts write sections only; one last pass over the merged outline writes what
    # needs the whole lecture (random weights, yet schema-shaped).
    assert result.outline.summary or result.outline.review_questions


def test_cli_outline_json_and_save(
    tiny_model: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    lecture = tmp_path / "lecture.txt"
    lecture.write_text(LECTURE, encoding="gb18030")  # a GBK file from an office PC
    code = main(
        [
            "outline",
            str(lecture),
            "--model",
            str(tiny_model),
            "--ctx",
            "4096",
            "--threads",
            "1",
            "--max-tokens",
            "200",
            "--json",
            "--save",
            "--course",
            "AI办公",
        ]
    )
    out, err = capsys.readouterr()
    assert code == 0, err
    data = json.loads(out)
    assert {
        "title",
        "language",
        "sections",
        "key_terms",
        "review_questions",
        "action_items",
        "summary",
        "source",
        "model",
        "timings",
    } <= set(data)
    assert "saved as note" in err
    assert main(["notes", "list", "--kind", "outline", "--json"]) == 0
    notes = json.loads(capsys.readouterr().out)["notes"]
    assert len(notes) == 1 and notes[0]["course"] == "AI办公"


def test_cli_outline_rejects_an_unsupported_file(tmp_path: Path) -> None:
    slides = tmp_path / "slides.pptx"
    slides.write_bytes(b"PK\x03\x04junk")
    assert main(["outline", str(slides)]) == 4


def test_partial_outlines_arrive_while_the_outline_is_written(engine: LocalEngine) -> None:
    partials: list[Outline] = []
    tokens: list[str] = []
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr("assistant.core.outline.pipeline.PARTIAL_INTERVAL_S", 0.0)
        result = outline_lecture(
            engine,
            lecture_from_text(LECTURE),
            max_tokens=300,
            on_partial=partials.append,
            on_token=tokens.append,
        )
    assert tokens and "".join(tokens).lstrip().startswith("{")
    assert partials, "no partial outline was reported while the JSON streamed"
    assert all(isinstance(p, Outline) for p in partials)
    # A title still being written is shown cut off ("…"); what is shown is the final's start.
    assert result.outline.title.startswith(partials[-1].title.rstrip("…"))


def test_a_stop_between_passes_keeps_the_chunks_already_outlined(
    make_engine: MakeEngine, tiny_model: Path
) -> None:
    eng = make_engine(tiny_model, 2048)
    steps: list[Progress] = []

    def stop_after_two_chunks() -> bool:
        return sum(s.message.startswith("chunk") for s in steps) > 2

    with pytest.raises(OutlineStopped) as stopped:
        outline_lecture(
            eng,
            lecture_from_text(LONG_LECTURE),
            max_tokens=200,
            report=steps.append,
            should_stop=stop_after_two_chunks,
        )
    assert stopped.value.partial is not None  # the two finished chunks, merged
    chunk_steps = [s.message for s in steps if s.message.startswith("chunk")]
    assert chunk_steps[-1].startswith("chunk 3 of")


def test_a_cancel_during_a_pass_stops_it_and_keeps_what_was_written(engine: LocalEngine) -> None:
    seen: list[str] = []

    def cancel_after_some_tokens(text: str) -> None:
        seen.append(text)
        if len(seen) == 40:
            engine.cancel()

    with pytest.raises(OutlineStopped):
        outline_lecture(
            engine, lecture_from_text(LECTURE), max_tokens=600, on_token=cancel_after_some_tokens
        )
    assert 40 <= len(seen) < 600


def test_a_reasoning_model_thinks_first_then_answers_in_the_schema(
    make_engine: MakeEngine, tiny_r1_model: Path
) -> None:
    eng = make_engine(tiny_r1_model, 4096)
    thinking: list[str] = []
    tokens: list[str] = []
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr("assistant.core.outline.pipeline.THINK_TOKENS", 60)
        result = outline_lecture(
            eng,
            lecture_from_text(LECTURE),
            max_tokens=300,
            on_reasoning=thinking.append,
            on_token=tokens.append,
        )
    # Random weights never close </think> by themselves: the budget closes it, and the
    # answer after it is schema-constrained JSON.
    assert thinking and result.reasoning == "".join(thinking)
    assert "".join(tokens).lstrip().startswith("{")
    assert isinstance(result.outline, Outline)


def test_cli_outline_shows_a_reasoning_models_thinking_on_request(
    tiny_r1_model: Path, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    lecture = tmp_path / "lecture.txt"
    lecture.write_text(LECTURE, encoding="utf-8")
    args = ["outline", str(lecture), "--model", str(tiny_r1_model), "--ctx", "4096"]
    args += ["--threads", "1", "--max-tokens", "150", "--json"]
    assert main([*args, "--show-thinking"]) == 0
    captured = capsys.readouterr()
    thinking = captured.err.replace("outline: outlining", "").replace("outline: done", "")
    assert len(thinking.strip()) > 20  # the thinking, not only the progress lines
    assert "sections" in json.loads(captured.out)
    assert main(args) == 0
    assert all(line.startswith("outline: ") for line in capsys.readouterr().err.splitlines())
