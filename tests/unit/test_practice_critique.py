"""The critique (issue 18): proposal checks, the assembled rewrite, the calls on a real model."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest

from assistant.core.engine.local import LocalEngine
from assistant.core.engine.requests import LoadOptions, Sampling
from assistant.core.practice import proposal_checks as checks
from assistant.core.practice.checker import check_prompt, default_checker
from assistant.core.practice.critique import (
    TRIES,
    Critique,
    Proposal,
    critique_prompt,
    field_example,
    field_stem,
    instruction_texts,
    proposal_messages,
    proposal_schema,
    with_edits,
)
from assistant.core.practice.rewrite import assemble_rewrite
from assistant.core.practice.sequences import ChatRequest, run_requests

CATALOG = default_checker().catalog
PROPOSALS = {
    "zh": "我们社区有三千户居民，下个月开始推行垃圾分类。",
    "vi": "Chúng tôi là xưởng may có 300 công nhân ở Bình Dương.",
    "en": "We are a town hall of 80 staff moving to paperless filing.",
}
BARE = {"zh": "帮我写一份通知。", "vi": "Viết giúp tôi một thông báo.", "en": "Write a notice."}


# -- is a sentence usable? ----------------------------------------------------------------------


def test_the_issues_looping_suggestion_counts_as_repeating() -> None:
    looping = "建议增加“目标明确，目标具体，目标具体，目标具体”"
    assert checks.max_repeats(looping) == 3 and checks.repeats_itself(looping)
    assert not checks.repeats_itself("我们社区有三千户居民，下个月开始推行垃圾分类。")
    words = "plan the plan the plan the plan the day"
    assert checks.repeats_itself(words)  # words, not letters, for Latin scripts
    assert checks.problem(looping, "zh", "写宣传稿", []) == checks.REPEATS


def test_copying_the_prompt_or_the_instructions_is_caught() -> None:
    prompt = "你是一名社区网格员。目标是写一份垃圾分类宣传稿。"
    assert checks.problem("你是一名社区网格员，目标是写一份垃圾分类宣传稿", "zh", prompt, []) == (
        checks.COPIES_PROMPT
    )
    # Reusing a few of the task's words is what a good sentence does.
    good = "我们社区有三千户居民，大多是老人，垃圾分类宣传稿要让他们一看就懂。"
    assert checks.problem(good, "zh", prompt, []) is None
    tip = "先交代背景，例如“我们是一家300人的制造企业，下个月要迎接安全检查”。"
    copied = "我们是一家300人的制造企业，下个月要迎接安全检查。"
    assert checks.problem(copied, "zh", prompt, [tip]) == checks.COPIES_INSTRUCTIONS
    en_tip = "Add a role, e.g. “You are an office manager with ten years' experience.”"
    assert checks.copies_any(
        "You are an office manager with ten years' experience.", [en_tip], False
    )
    assert not checks.copies_any("You are a union representative at a car plant.", [en_tip], False)


@pytest.mark.parametrize(
    ("text", "language", "prompt", "ok"),
    [
        ("我们社区有三千户居民。", "zh", "写宣传稿", True),
        ("我們社區有三千戶居民，這次會議要說明。", "zh", "寫宣傳稿", True),
        ("我們社區有三千戶居民，這次會議要說明。", "zh", "写宣传稿，这个会议", False),
        ("We are a community of 3,000 homes.", "zh", "写宣传稿", False),
        ("Chúng tôi là xưởng may có 300 công nhân.", "vi", "Viết thư mời", True),
        ("chung toi la xuong may co 300 cong nhan", "vi", "viet thu moi", True),
        ("We are a garment factory.", "vi", "Viết thư mời", False),
        ("We are a garment factory with 300 workers.", "en", "Write a letter", True),
        ("Hiện nay là ngày 25 tháng 10, năm 2023.", "vi", "Viết thông báo", True),
        ("The meeting is on 12/10/2025 at 08:30 in room 2-101.", "en", "Write a notice", True),
        ("#$%& @@ ~~ ^^ a1 b2 c3", "en", "Write a notice", False),
        ("Chúng tôi là xưởng may có 300 công nhân.", "en", "Write a letter", False),
        ("We are 工会 members.", "en", "Write a letter", False),
        ("你是一名T7d҈̴\x7f߆]ބ\x1a'王����Q+ٟҁ錞Ċ.", "zh", "帮我写个通知", False),
    ],
)
def test_language_and_script(text: str, language: str, prompt: str, ok: bool) -> None:
    assert checks.in_language(text, language, prompt) is ok


# -- the rewrite ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("framework", "language"),
    list(itertools.product([fw.key for fw in CATALOG.frameworks], ["zh", "vi", "en"])),
)
def test_every_framework_rewrite_is_complete_and_keeps_the_prompt(
    framework: str, language: str
) -> None:
    prompt = BARE[language]
    result = check_prompt(prompt, framework)
    fw = CATALOG.framework(framework)
    proposals = {key: PROPOSALS[language] for key in result.missing}
    rewrite = assemble_rewrite(prompt, result, fw, proposals)
    assert prompt in rewrite.split("\n")
    assert check_prompt(rewrite, framework).missing == []


def test_the_rewrite_follows_the_framework_order_around_the_trainees_lines() -> None:
    prompt = "你是一名社区网格员。目标是写一份垃圾分类宣传稿。"
    result = check_prompt(prompt, "broke")
    assert result.missing == ["background", "key_results", "evolve"]
    rewrite = assemble_rewrite(
        prompt,
        result,
        CATALOG.framework("broke"),
        {"background": "我们社区有三千户。", "key_results": "", "evolve": "写完后自查一遍。"},
    )
    assert rewrite.split("\n") == [
        "背景：我们社区有三千户。",
        prompt,
        "改进：写完后自查一遍。",
    ]


def test_labelled_prompts_keep_their_sections_and_bracket_style() -> None:
    prompt = "【角色】资深人力资源专员\n\n【格式】邮件格式，含主题行"
    result = check_prompt(prompt, "rtf")
    rewrite = assemble_rewrite(
        prompt, result, CATALOG.framework("rtf"), {"task": "写一封新员工入职欢迎邮件。"}
    )
    assert rewrite.split("\n") == [
        "【角色】资深人力资源专员",
        "",
        "【任务】写一封新员工入职欢迎邮件。",
        "【格式】邮件格式，含主题行",
    ]
    en = "Role: You are a warehouse supervisor.\nTask: Write a checklist."
    rewrite = assemble_rewrite(
        en, check_prompt(en, "rtrf"), CATALOG.framework("rtrf"), {"format": "Use a table."}
    )
    assert rewrite.endswith("Task: Write a checklist.\nFormat: Use a table.")


def test_a_complete_prompt_needs_no_call_and_edits_rebuild_the_rewrite() -> None:
    fw = CATALOG.framework("rtf")
    whole = "Role: You are a clerk.\nTask: Write a notice.\nFormat: Three lines."
    critique = critique_prompt(None, whole, check_prompt(whole, "rtf"), fw)
    assert critique.proposals == () and critique.calls == 0 and critique.rewrite == whole
    prompt = "Write a notice."
    result = check_prompt(prompt, "rtf")
    proposed = Critique(
        "rtf",
        "en",
        (Proposal("role", "Role", "You are a clerk."), Proposal("format", "Format", "")),
        "",
    )
    edited = with_edits(proposed, result, fw, prompt, {"format": "Three short lines."})
    assert edited.rewrite == "Role: You are a clerk.\nWrite a notice.\nFormat: Three short lines."


# -- the requests --------------------------------------------------------------------------------


def test_requests_are_in_the_prompts_language_with_the_fields_description() -> None:
    fw = CATALOG.framework("broke")
    background = fw.get_field("background")
    prompt = "你是一名社区网格员。目标是写一份垃圾分类宣传稿。"
    system, message = proposal_messages(prompt, background, "zh", reasoning_model=False)
    assert system["role"] == "system" and message["role"] == "user"
    text = message["content"]
    assert prompt in text and "背景" in text and "来龙去脉" in text and "简体中文" in text
    # The model copies a quoted example, so only a late try quotes it.
    example = field_example(background, "zh")
    assert example not in text
    quoting = [i for i, t in enumerate(TRIES) if t.example]
    assert quoting and quoting[0] > 0
    _, late = proposal_messages(prompt, background, "zh", False, attempt=quoting[0])
    assert example in late["content"] and prompt in late["content"]
    for attempt in range(len(TRIES)):
        (r1,) = proposal_messages(prompt, background, "zh", True, attempt)
        assert r1["role"] == "user"  # R1: everything in the user turn
        assert example not in r1["content"]  # and no few-shot
    _, retry = proposal_messages(prompt, background, "zh", False, attempt=1)
    assert prompt in retry["content"] and example not in retry["content"]
    _, vi = proposal_messages("Viết thư mời", background, "vi", reasoning_model=False)
    assert "Bối cảnh" in vi["content"] and "tiếng Việt" in vi["content"]
    schema = proposal_schema("背景", "zh", "我们")
    assert schema["required"] == ["背景"]
    assert schema["properties"]["背景"]["pattern"].startswith("^我们")
    assert any("来龙去脉" in t for t in instruction_texts(fw, "zh", prompt))


@pytest.fixture(scope="module")
def engine(tiny_model: Path) -> LocalEngine:
    engine = LocalEngine()
    engine.load(tiny_model, LoadOptions(n_ctx=2048, n_threads=1))
    yield engine  # type: ignore[misc]
    engine.close()


class ChatOnly:
    """The real engine seen through `chat` alone, like an engine without parallel sequences."""

    def __init__(self, engine: LocalEngine) -> None:
        self.chat = engine.chat


@pytest.mark.timeout(60)
@pytest.mark.parametrize("parallel", [True, False])
def test_independent_requests_each_get_their_answer(engine: LocalEngine, parallel: bool) -> None:
    schema = proposal_schema("Role", "en", "You are")
    requests = [
        ChatRequest(
            [{"role": "user", "content": f"Say hi {i}"}],
            Sampling(max_tokens=40, seed=i, json_schema=schema),
        )
        for i in range(3)
    ]
    outcomes = run_requests(engine if parallel else ChatOnly(engine), requests)
    assert len(outcomes) == 3
    expected = '{"Role":"Youare'
    for outcome in outcomes:
        # The grammar holds each sequence to the schema and its stem, however few tokens came.
        assert outcome.reason in ("stop", "length")
        compact = "".join(outcome.text.split())
        assert compact.startswith(expected) or expected.startswith(compact)


@pytest.mark.timeout(120)
def test_a_critique_on_a_real_model_asks_again_then_shows_what_was_left_out(
    engine: LocalEngine,
) -> None:
    # Random weights write no usable sentence: each field is asked on every try, then left out.
    prompt = "你是一名社区网格员。目标是写一份垃圾分类宣传稿。"
    result = check_prompt(prompt, "broke")
    critique = critique_prompt(engine, prompt, result, CATALOG.framework("broke"))
    assert [p.field for p in critique.proposals] == result.missing
    for p in critique.proposals:
        if p.left_out:
            assert len(p.dropped) == len(TRIES) and all(p.dropped)
        else:
            assert (
                checks.problem(
                    p.text,
                    "zh",
                    prompt,
                    instruction_texts(CATALOG.framework("broke"), "zh", prompt),
                )
                is None
            )
    # A field is asked until a try is usable: one call per dropped try, one for the kept one.
    assert critique.calls == sum(len(p.dropped) + (not p.left_out) for p in critique.proposals)
    assert prompt in critique.rewrite.split("\n")
    data = critique.to_json()
    assert set(data) >= {"proposals", "rewrite"}
    assert all(set(p) >= {"field", "text"} for p in data["proposals"])


@pytest.mark.timeout(60)
def test_stop_before_the_calls_asks_nothing(engine: LocalEngine) -> None:
    prompt = "Write a notice."
    result = check_prompt(prompt, "rtf")
    critique = critique_prompt(
        engine, prompt, result, CATALOG.framework("rtf"), should_stop=lambda: True
    )
    assert critique.calls == 0 and critique.stopped and critique.rewrite == prompt
    assert all(p.left_out for p in critique.proposals)


@pytest.mark.timeout(60)
def test_stop_between_tries_asks_no_more(engine: LocalEngine) -> None:
    prompt = "Write a notice."
    result = check_prompt(prompt, "rtf")
    asked = iter([False])  # the first try runs, then the trainee stops
    critique = critique_prompt(
        engine,
        prompt,
        result,
        CATALOG.framework("rtf"),
        should_stop=lambda: next(asked, True),
    )
    assert critique.stopped
    assert critique.calls == len(result.missing)  # no second try
    assert all(len(p.dropped) <= 1 for p in critique.proposals)


def test_every_built_in_field_has_two_sentence_stems_in_every_language() -> None:
    for fw in CATALOG.frameworks:
        for f in fw.fields:
            for language in ("zh", "vi", "en"):
                stem, other = field_stem(f.key, language), field_stem(f.key, language, other=True)
                assert stem and other and stem != other, (fw.key, f.key, language)
                for opening in (stem, other):
                    assert checks.in_language(
                        opening + PROPOSALS[language], language, BARE[language]
                    )
                    # The request names the opening: a longer one would count every sentence
                    # that starts with it as copied instruction text.
                    run = checks.COPY_RUN["zh" if language == "zh" else "latin"]
                    assert len(checks.units(opening)) < run, opening


def test_each_try_asks_in_another_way() -> None:
    fw = CATALOG.framework("rtf")
    role = fw.get_field("role")
    for language, prompt in BARE.items():
        asks = {
            proposal_messages(prompt, role, language, False, a)[1]["content"]
            for a in range(len(TRIES))
        }
        assert len(asks) == len(TRIES)
        openings = {field_stem("role", language, t.other_stem) for t in TRIES}
        assert len(openings) == 2
