"""The outline pipeline with real llama.cpp on the tiny model: parts, calls, progress, stop."""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from assistant.cli import main
from assistant.core.engine.events import Done, Progress
from assistant.core.engine.local import LocalEngine
from assistant.core.engine.requests import LoadOptions
from assistant.core.outline.calls import Call
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


STEPS = (
    "今天讲本地大模型。\n\n第一步：为什么用本地模型。数据不出本机，涉密信息不得上网。\n\n"
    "好，第二步，下载模型。到模型库下载一个GGUF文件，核对校验值。\n\n"
    "第三步，加载模型。打开软件，选中刚才的文件，内存至少8G。\n\n"
    "最后，我们来试一试。输入一个问题，看看回答。课后作业：周五前写三条提示词。"
)


def _shown(outline: Outline) -> list[str]:
    items = [outline.title, outline.summary, *outline.review_questions]
    for section in outline.sections:
        items += [section.heading, *section.points]
        for sub in section.sections:
            items += [sub.heading, *sub.points]
    items += [t.term for t in outline.key_terms] + [t.definition for t in outline.key_terms]
    return items


def test_a_short_lecture_is_filled_part_by_part(engine: LocalEngine) -> None:
    steps: list[Progress] = []
    result = outline_lecture(
        engine, lecture_from_text(LECTURE), max_tokens=300, report=steps.append
    )
    outline = result.outline
    assert isinstance(outline, Outline)  # random weights, yet every part is well formed
    assert outline.language == "zh"
    data = result.to_json(lecture_from_text(LECTURE))
    assert data["source"]["chunks"] == result.chunks >= 1
    assert data["source"]["chars"] == len(LECTURE)
    assert set(data["timings"]) >= {"load_s", "prompt_s", "generate_s"}
    assert steps[-1].done == steps[-1].total
    # Nothing required is empty, even from a model that writes noise.
    assert outline.sections and all(s.points for s in outline.sections)
    assert outline.key_terms and all(t.definition for t in outline.key_terms)
    assert len(outline.review_questions) >= 2 and outline.summary
    assert not [item for item in _shown(outline) if item.endswith(("…", "..."))]
    assert [a.deadline for a in outline.action_items] == ["周五前"]


def test_step_markers_give_one_section_per_step_in_order(engine: LocalEngine) -> None:
    result = outline_lecture(engine, lecture_from_text(STEPS), max_tokens=200)
    headings = [s.heading for s in result.outline.sections]
    assert len(headings) == 4
    assert headings[0] == "第一步：为什么用本地模型"
    assert headings[1] == "第二步：下载模型" and headings[2] == "第三步：加载模型"


def test_a_lecture_longer_than_the_context_is_read_whole_not_cut(
    make_engine: MakeEngine, tiny_model: Path
) -> None:
    eng = make_engine(tiny_model, 2048)
    steps: list[Progress] = []
    result = outline_lecture(
        eng, lecture_from_text(LONG_LECTURE), max_tokens=200, report=steps.append
    )
    assert result.chunks > 1
    assert len(result.outline.sections) == result.chunks
    assert steps[-1].message == f"part {steps[-1].total} of {steps[-1].total}"
    assert result.outline.summary and result.outline.review_questions


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


def test_cli_outline_rejects_a_damaged_or_unsupported_file(tmp_path: Path) -> None:
    slides = tmp_path / "slides.pptx"
    slides.write_bytes(b"PK\x03\x04junk")
    assert main(["outline", str(slides)]) == 4
    old = tmp_path / "slides.ppt"
    old.write_bytes(b"\xd0\xcf\x11\xe0junk")
    assert main(["outline", str(old)]) == 4


def test_a_part_whose_heading_was_unusable_is_asked_again_without_its_key_words(
    engine: LocalEngine, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A small model's unusable heading is most often the key words put before the text, listed
    # back; the second ask leaves them out rather than repeating the same prompt.
    from assistant.core.outline import sections

    rounds = _record_rounds(monkeypatch)
    monkeypatch.setattr(sections, "read_heading", lambda *args, **kwargs: None)
    lecture = lecture_from_text(
        "表格公式可以自动求和，求和公式减少抄错。" * 8
        + "\n\n"
        + "会议纪要要写清时间地点和参会人员，纪要格式要规范。" * 8
    )
    result = outline_lecture(engine, lecture, max_tokens=200)
    first, again = _user_texts(rounds[:1]), _user_texts(rounds[1:2])
    assert any(text.startswith("关键词：") for text in first)
    assert again and not any("关键词" in text for text in again)
    # Unusable twice: the lecture's own words stand in, and no part is left without a heading.
    assert all(s.heading for s in result.outline.sections)


def test_a_part_with_one_usable_point_is_filled_from_its_own_text(
    engine: LocalEngine, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A meeting's long decisions turn came out as one point ("Agreed, and that's a good place
    # to land."): the part's own central sentences make up the rest.
    from assistant.core.outline import sections

    def one_point(data, key, part, *args, **kwargs):  # type: ignore[no-untyped-def]
        return [part.text.split("。")[-2]]

    monkeypatch.setattr(sections, "read_points", one_point)
    lecture = lecture_from_text(
        "小王：好的。\n\n"
        + "表格公式可以自动求和，求和公式减少抄错。下个月每个科室都用公式做报表。" * 4
        + "公式报表做好了吗？"
        + "\n\n"
        + "会议纪要要写清时间地点和参会人员，纪要格式要规范。纪要由办公室统一审核。" * 4
        + "纪要格式规范了吗？"
    )
    result = outline_lecture(engine, lecture, max_tokens=200)
    tops = result.outline.sections
    assert [s.points[0] for s in tops] == ["下个月每个科室都用公式做报表", "纪要由办公室统一审核"]
    for section in tops:
        assert len(section.points) == sections.MIN_POINTS, section
        assert section.points[1] in lecture.text and not section.points[1].endswith("？")
        assert "好的" not in section.points[1]  # a second point says something
        assert section.points[0] not in section.points[1]


def _record_rounds(monkeypatch: pytest.MonkeyPatch) -> list[list[Call]]:
    """The calls of every round the pipeline runs (its first batch, the asked-again ones, ...)."""
    from assistant.core.outline import pipeline

    rounds: list[list[Call]] = []
    real_run = pipeline.run_calls

    def recording_run(engine_, calls, watch, n_ctx):  # type: ignore[no-untyped-def]
        rounds.append(list(calls))
        return real_run(engine_, calls, watch, n_ctx)

    monkeypatch.setattr(pipeline, "run_calls", recording_run)
    return rounds


def _user_texts(rounds: list[list[Call]], parts_only: bool = False) -> list[str]:
    """The user message of every call of these rounds (or of the parts' calls only)."""

    def is_part(call: Call) -> bool:
        schema = call.sampling.json_schema or {}
        return "points" in schema.get("properties", {})  # the closing and term calls have none

    return [c.messages[-1]["content"] for r in rounds for c in r if not parts_only or is_part(c)]


def test_the_lectures_title_line_is_not_shown_as_its_first_parts_text(
    engine: LocalEngine, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Shown it, the model gave the lecture's title back as its first part's heading.
    rounds = _record_rounds(monkeypatch)
    text = (
        "Town library team meeting – Thursday\n\n"
        + "The chatbot demo quoted late fees from another council, so it stays off. " * 6
        + "\n\n"
        + "The reading club flyers were drafted with the assistant and checked by hand. " * 6
    )
    lecture = lecture_from_text(text)
    assert lecture.title_line == "Town library team meeting – Thursday"
    result = outline_lecture(engine, lecture, max_tokens=200)
    asked = _user_texts(rounds, parts_only=True)
    assert asked and not any("Town library team meeting" in a for a in asked)
    assert result.outline.sections[0].source[0] == 0  # the part still starts at the top


def test_a_parent_heading_line_is_not_asked_about(
    engine: LocalEngine, monkeypatch: pytest.MonkeyPatch
) -> None:
    # "三、哪些信息不能输入" then its （一）（二）: the parent's own text is its heading line, and a
    # call on it could only answer that line back as a point.
    rounds = _record_rounds(monkeypatch)
    text = (
        "一、基本情况\n\n上个月抽查了十二个科室的电脑，三个科室把内部材料复制到在线模型里。\n\n"
        "二、哪些信息不能输入任何模型\n\n"
        "（一）涉密信息。涉密信息一律不得输入任何大模型，只能在涉密计算机上处理。\n\n"
        "（二）个人信息。居民身份证号、手机号要先脱敏，再交给本地模型处理。"
    )
    result = outline_lecture(engine, lecture_from_text(text), max_tokens=200)
    asked = _user_texts(rounds)
    assert not any(a.rstrip().endswith("二、哪些信息不能输入任何模型") for a in asked)
    parent = result.outline.sections[1]
    assert parent.heading == "哪些信息不能输入任何模型"
    assert parent.points == () and len(parent.sections) == 2


def test_sections_arrive_one_by_one_as_each_part_is_finished(engine: LocalEngine) -> None:
    partials: list[Outline] = []
    tokens: list[str] = []
    result = outline_lecture(
        engine,
        lecture_from_text(STEPS),
        max_tokens=200,
        on_partial=partials.append,
        on_token=tokens.append,
    )
    assert tokens and "".join(tokens).lstrip().startswith("{")
    counts = [len(p.sections) for p in partials]
    assert counts == sorted(counts) and counts[0] == 1 and counts[-1] == 4
    assert [s.heading for s in partials[-1].sections] == [
        s.heading for s in result.outline.sections
    ]


def test_a_stop_between_calls_keeps_the_sections_already_written(
    make_engine: MakeEngine, tiny_model: Path
) -> None:
    eng = make_engine(tiny_model, 2048)
    steps: list[Progress] = []

    with pytest.raises(OutlineStopped) as stopped:
        outline_lecture(
            eng,
            lecture_from_text(STEPS),
            max_tokens=200,
            report=steps.append,
            should_stop=lambda: steps[-1].done >= 2 if steps else False,
        )
    partial = stopped.value.partial
    assert partial is not None and 1 <= len(partial.sections) < 4


def test_a_cancel_during_a_call_stops_it_and_keeps_what_was_done(engine: LocalEngine) -> None:
    seen: list[str] = []

    def cancel_after_some_tokens(text: str) -> None:
        seen.append(text)
        if len(seen) == 40:
            engine.cancel()

    with pytest.raises(OutlineStopped):
        outline_lecture(
            engine, lecture_from_text(STEPS), max_tokens=200, on_token=cancel_after_some_tokens
        )
    assert 40 <= len(seen) < 1000


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
    thinking = re.sub(r"outline: part \d+ of \d+ \([^)]*\)", "", captured.err)
    assert len(thinking.strip()) > 20  # the thinking, not only the progress lines
    assert "sections" in json.loads(captured.out)
    assert main(args) == 0
    assert all(line.startswith("outline: ") for line in capsys.readouterr().err.splitlines())


# Speech recognition without punctuation: one long "sentence" per paragraph.
UNPUNCTUATED = "\n\n".join(
    [
        "okay so today we talk about hallucination which is when the assistant writes something "
        "that sounds confident and is just not true and nobody checks it before the report",
        "so what can you do about it well first give it the source yourself paste the relevant "
        "pages and ask it to answer only from them and to say when the pages do not cover it",
        "the other thing is to know which outputs are risky anything with a number a name a "
        "date or a reference to a rule check those against the original document every time",
    ]
)


def test_a_transcript_without_punctuation_gets_no_empty_and_no_cut_section(
    engine: LocalEngine,
) -> None:
    from assistant.core.outline.evaluate_text import cut_reason

    lecture = lecture_from_text(UNPUNCTUATED)
    outline = outline_lecture(engine, lecture, max_tokens=300).outline
    assert outline.sections
    for section in outline.sections:
        assert section.points, section.heading
        for point in section.points:
            assert cut_reason(point, "en", lecture.text) is None, point


def test_a_summary_with_nothing_usable_is_asked_once_more(
    engine: LocalEngine, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The headings stand in for a summary only when the second answer has none either.
    from assistant.core.outline import closing, pipeline, sections

    rounds = _record_rounds(monkeypatch)
    checked: list[object] = []

    def first_unusable(data, *args, **kwargs):  # type: ignore[no-untyped-def]
        checked.append(data)
        return None if len(checked) == 1 else "表格公式减少抄错。"

    read: dict[int | None, int] = {}  # prompt tokens the engine evaluated, by the call's seed
    real_many = engine.generate_many

    def generate_many(requests):  # type: ignore[no-untyped-def]
        for item in real_many(requests):
            if isinstance(item.event, Done):
                seed = requests[item.index].sampling.seed
                read[seed] = item.event.timings.prompt_evaluated
            yield item

    monkeypatch.setattr(engine, "generate_many", generate_many)
    monkeypatch.setattr(closing, "model_summary", first_unusable)
    unusable_once: list[object] = []

    def heading_once(*args, **kwargs):  # type: ignore[no-untyped-def]
        unusable_once.append(args)  # the first part's heading is asked again too
        return None if len(unusable_once) == 1 else "表格公式"

    monkeypatch.setattr(sections, "read_heading", heading_once)
    result = outline_lecture(engine, lecture_from_text(LECTURE), max_tokens=300)
    # The summary and the part are asked again in one round of batched sequences, not one
    # round each.
    assert len(rounds) == 2
    assert [c.sampling.seed for c in rounds[1]] == [pipeline.SUMMARY_RETRY_SEED, 11]
    # The summary leads that round, as the closing call led the first round's last batch: the
    # engine still holds its prompt and reads only the last token or so again.
    assert rounds[1][0].messages == rounds[0][0].messages
    assert read[pipeline.SUMMARY_RETRY_SEED] <= 2
    assert result.outline.summary == "表格公式减少抄错。"

    # Usable the first time: no second call.
    rounds.clear()
    monkeypatch.setattr(sections, "read_heading", lambda *args, **kwargs: "表格公式")
    monkeypatch.setattr(closing, "model_summary", lambda *args, **kwargs: "表格公式减少抄错。")
    outline_lecture(engine, lecture_from_text(LECTURE), max_tokens=300)
    assert pipeline.SUMMARY_RETRY_SEED not in [c.sampling.seed for r in rounds for c in r]


TERMS_LECTURE = (
    "提示词就是我们交给模型的指令。好的提示词要说明角色、任务和格式。提示词写清楚，回答才可靠。\n\n"
    "RTF框架是最常用的写法：R是角色，T是任务，F是格式。用RTF框架写提示词，模型更容易听懂。\n\n"
    "上下文窗口有限：模型一次能看到的词元数量是有限的，这个上限叫上下文窗口。材料太长要分段。"
)


def test_a_small_model_gets_no_key_term_call_its_terms_are_the_first_candidates(
    engine: LocalEngine, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The 0.5B starter model picked the first candidates listed and copied their sentences as
    # definitions: a model that small costs a call for nothing, so code gives the same.
    from assistant.core.outline import term_candidates, terms

    rounds = _record_rounds(monkeypatch)
    lecture = lecture_from_text(TERMS_LECTURE)
    result = outline_lecture(engine, lecture, max_tokens=300)
    systems = [c.messages[0]["content"] for r in rounds for c in r]
    assert not [s for s in systems if s == terms.terms_messages("zh", [])[0]["content"]]
    found = result.outline.key_terms
    candidates = term_candidates.candidates(lecture.text, "zh")
    assert [t.term for t in found] == candidates[: terms.MAX_TERMS]
    for term in found:
        assert term.term in term.definition and term.definition in lecture.text


def test_a_model_of_a_billion_parameters_or_of_unknown_size_chooses_the_terms(
    engine: LocalEngine, monkeypatch: pytest.MonkeyPatch
) -> None:
    from assistant.core.outline import pipeline, terms

    assert pipeline._defines_terms(None)  # a server's model: its size is not known
    assert pipeline._defines_terms(1_500_000_000) and not pipeline._defines_terms(630_000_000)
    monkeypatch.setattr(pipeline, "SMALL_MODEL_PARAMETERS", 1)  # the tiny model counts as big
    rounds = _record_rounds(monkeypatch)
    result = outline_lecture(engine, lecture_from_text(TERMS_LECTURE), max_tokens=300)
    systems = [c.messages[0]["content"] for r in rounds for c in r]
    assert systems.count(terms.terms_messages("zh", [])[0]["content"]) == 1
    assert len(result.outline.key_terms) >= terms.MIN_TERMS


def test_a_part_without_usable_points_gets_its_own_sentences_without_a_second_round(
    engine: LocalEngine, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Asked again, the starter model's points were usable about half the time, for a round of
    # 3-6 s: the part's central sentences stand in at once. A heading is still asked again.
    from assistant.core.outline import closing, sections

    rounds = _record_rounds(monkeypatch)
    monkeypatch.setattr(sections, "read_points", lambda *args, **kwargs: [])
    monkeypatch.setattr(sections, "read_heading", lambda *args, **kwargs: "表格与纪要")
    monkeypatch.setattr(closing, "model_summary", lambda *args, **kwargs: "表格公式减少抄错。")
    lecture = lecture_from_text(
        "表格公式可以自动求和，求和公式减少抄错。下个月每个科室都用公式做报表。" * 3
        + "\n\n"
        + "会议纪要要写清时间地点和参会人员，纪要格式要规范。纪要由办公室统一审核。" * 3
    )
    result = outline_lecture(engine, lecture, max_tokens=200)
    assert len(rounds) == 1
    for section in result.outline.sections:
        assert section.points and all(p in lecture.text for p in section.points)


def test_a_part_that_introduces_a_term_is_headed_by_it_a_marked_part_is_not(
    engine: LocalEngine, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A concept talk gives each idea a part; the model's heading for the part that introduces
    # "温度" did not say it ("同一个问题问两次"), and a reader looks for the idea's name.
    from assistant.core.outline import sections

    monkeypatch.setattr(sections, "read_heading", lambda *args, **kwargs: "同一个问题问两次")
    talk = lecture_from_text(
        "大模型读进去的是一个个字和词。它看着前面的字，估计下一个字是什么，再接着写下去。" * 3
        + "\n\n"
        + "同一个问题问两次，回答不一样。挑选下一个字时按概率抽签，抽签的随意程度由一个叫"
        "“温度”的参数控制。温度低，回答稳定；温度高，回答多样。出练习题时把温度调低。" * 2
    )
    result = outline_lecture(engine, talk, max_tokens=200)
    headings = [s.heading for s in result.outline.sections]
    assert "温度：同一个问题问两次" in headings
    assert headings.count("同一个问题问两次") <= 1  # the first part introduces no term
    # A marker's own words are the author's heading: the step keeps them as they are.
    marked = outline_lecture(
        engine,
        lecture_from_text(
            "第一步：调低参数。抽签的随意程度由一个叫“温度”的参数控制，温度低回答稳定。\n\n"
            "第二步：核对回答。回答里的数字和引用要回到原文核对，核对后再用。"
        ),
        max_tokens=200,
    )
    assert [s.heading for s in marked.outline.sections][:2] == [
        "第一步：调低参数",
        "第二步：核对回答",
    ]


OPENING = (
    "大模型写年终总结\n\n"
    "各位学员，下午好。欢迎来到“AI办公实操”第五讲。今天这节课我们讲怎么用大模型帮我们写年终工作总结。"
    "每年到了十二月，"
    "大家都要交总结，很多同志觉得写总结最头疼。模型能帮很大的忙，前提是你要会给它材料。\n\n"
    "第一，先把素材整理好。"
    + "把这一年的工作台账、每月的工作记录和完成的项目先列出来。"
    * 3
    + "\n\n"
    "第二，告诉模型总结的结构。" + "写明分几个部分，每部分写什么，字数多少，语气怎样。" * 4 + "\n\n"
    "第三，生成以后逐条核对。" + "数字、日期和项目名称都要对照台账逐条检查一遍。" * 4
)


def test_a_lectures_opening_is_its_first_section_named_by_its_title_without_a_call(
    engine: LocalEngine, monkeypatch: pytest.MonkeyPatch
) -> None:
    rounds = _record_rounds(monkeypatch)
    partials: list[Outline] = []
    lecture = lecture_from_text(OPENING)
    result = outline_lecture(engine, lecture, max_tokens=200, on_partial=partials.append)
    sections = result.outline.sections
    assert sections[0].heading == result.outline.title == "大模型写年终总结"
    # Its points are its own sentences, the title line and the greeting not among them.
    assert sections[0].points and all(p in lecture.text for p in sections[0].points)
    assert not any(w in p for p in sections[0].points for w in ("下午好", "欢迎", "年终总结\n"))
    assert len(sections) == 4
    # The three marked parts are asked about; the opening is not.
    asked = _user_texts(rounds[:1], parts_only=True)
    assert len(asked) == 3 and not any("下午好" in text for text in asked)
    # Shown as the parts finish, the opening waits for the title.
    assert partials and all(p.sections[0].heading != result.outline.title for p in partials)


CLINIC = (
    "好，我们开始今天的例会，主要说一下门诊办公室试用AI助手的情况。上个月我们在门诊办公室装了"
    "本地的AI助手，主要用来回复患者的咨询留言，每条回复发出之前都要有人看过。"
    "小王统计了一下，一个月回复了三百多条留言，改动比较大的有四十条。改动多的是挂号流程和"
    "医保报销的问题，助手不知道我们医院的规定，回答得比较笼统，有的还是错的。\n\n"
    "然后第二个事情是病历资料能不能放进去。我的意见是病历和检查结果一律不放，哪怕是本地模型"
    "也不放，因为有患者隐私。留言里如果有患者的姓名电话，回复的时候先删掉再交给助手。"
    "信息科说下个月可以把医院的规定接进知识库，接上以后它回答这些问题就会准很多。"
)


@pytest.mark.parametrize(
    ("source", "stand_in"),
    [
        # A name made for the disk gives way to the first heading that names a topic.
        ("/lectures/zh-clinic-meeting.txt", True),
        ("/lectures/meeting-032.txt", True),
        # A name a person gave the file is the title.
        ("/lectures/门诊例会记录.txt", False),
    ],
)
def test_an_outline_without_a_title_of_its_own_is_not_named_by_a_disk_file_name(
    engine: LocalEngine, source: str, stand_in: bool
) -> None:
    result = outline_lecture(engine, lecture_from_text(CLINIC, source), max_tokens=200)
    outline = result.outline
    stem = Path(source).stem
    # The tiny model's title is unusable (never said in the lecture), so a stand-in is used.
    if stand_in:
        assert outline.title != stem
        assert outline.title == next(s.heading for s in outline.sections if len(s.heading) >= 4), (
            outline.title
        )
    else:
        assert outline.title == stem
