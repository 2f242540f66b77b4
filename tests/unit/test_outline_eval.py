"""Outline evaluation: every metric on hand-made outlines (no model), and `eval outline`."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from assistant.cli import main
from assistant.core.outline.evaluate import (
    Reference,
    lecture_pairs,
    match_terms,
    read_reference,
    score_outline,
    summarise,
    term_coverage,
    units,
)
from assistant.core.outline.evaluate_text import cut_reason
from assistant.core.outline.ingest import SUPPORTED_SUFFIXES, read_lecture
from assistant.core.outline.structure import KeyTerm, Outline, Section

LECTURES = Path(__file__).resolve().parents[1] / "data" / "lectures"

ZH_LECTURE = (
    "第一步，准备文字稿。先通读一遍，把人名、单位名称和数字改对。\n\n"
    "第二步，写清楚提示词。说明会议的名称、时间和参会人，不要添加记录里没有的内容。\n\n"
    "最后，布置练习：整理一份会议纪要，下周三交给班长。"
)


def outline(
    sections: list[dict[str, Any]],
    key_terms: list[dict[str, str]] | None = None,
    questions: list[str] | None = None,
    **extra: Any,
) -> dict[str, Any]:
    """An `outline --json` document with what a test needs."""
    return {
        "title": extra.pop("title", "整理会议纪要"),
        "language": "zh",
        "sections": sections,
        "key_terms": [{"term": "会议纪要", "definition": "会议的记录"}]
        if key_terms is None
        else key_terms,
        "review_questions": ["整理纪要分几步？"] if questions is None else questions,
        "action_items": [],
        "summary": "",
        **extra,
    }


def section(heading: str, *points: str, **extra: Any) -> dict[str, Any]:
    return {"heading": heading, "points": list(points), "sections": [], **extra}


def score(doc: dict[str, Any], reference: Reference | None = None, **kw: Any) -> Any:
    ref = reference or Reference(headings=(), key_terms=())
    return score_outline("x.txt", doc, ref, kw.pop("lecture", ZH_LECTURE), kw.pop("lang", "zh"))


# --- units and coverage -------------------------------------------------------------------------


def test_units_suit_each_language() -> None:
    assert units("会议纪要", "zh") == {"会议", "议纪", "纪要"}
    assert units("RTF框架", "zh") == {"rtf", "框架"}  # Latin words inside Chinese count too
    assert units("Câu lệnh", "vi") == {"cau", "lenh"}  # tone marks optional, like search
    assert units("The role of a prompt", "en") == {"role", "prompt"}
    assert units("prompts, planning, policies, CO-STAR", "en") == {
        "prompt",
        "plan",
        "policy",
        "co",
        "star",
    }


def test_coverage_is_the_mean_share_of_each_term() -> None:
    text = "会议纪要的写法：说明角色"
    assert term_coverage(["会议纪要", "角色"], text, "zh") == 1.0
    assert term_coverage(["会议纪要", "大学生"], text, "zh") == 0.5
    assert term_coverage(["prompt frameworks"], "frameworks for office work", "en") == 0.5


def test_a_key_term_counts_when_it_names_a_reference_term() -> None:
    reference = ("大模型", "trợ lý AI", "câu trả lời", "purchasing manual")
    assert match_terms(["模型", "AI"], reference, "zh") == (("模型", "大模型"), ("AI", None))
    # The one word a key term shares with a reference term does not make it that term.
    assert match_terms(["AI", "câu trả lời", "trả lời"], reference, "vi") == (
        ("AI", None),
        ("câu trả lời", "câu trả lời"),
        ("trả lời", "câu trả lời"),  # units are syllables: two of three is the term
    )
    assert match_terms(["manual", "purchasing manuals"], reference, "en") == (
        ("manual", "purchasing manual"),
        ("purchasing manuals", "purchasing manual"),
    )


# --- references and the set ---------------------------------------------------------------------


def test_reference_files_new_old_and_vcsum(tmp_path: Path) -> None:
    new = tmp_path / "a.reference.json"
    new.write_text(
        json.dumps(
            {
                "language": "vi",
                "markers": True,
                "sections": [{"headline": "Kiểm tra kết quả"}],
                "key_terms": ["trợ lý AI"],
            }
        ),
        encoding="utf-8",
    )
    old = tmp_path / "b.reference.json"
    old.write_text(json.dumps({"key_terms": ["提示词"]}), encoding="utf-8")
    vcsum = tmp_path / "c.reference.json"
    vcsum.write_text(
        json.dumps({"sections": [{"headline": "公链的瓶颈", "summary": "…"}]}), encoding="utf-8"
    )
    assert read_reference(new) == Reference(("Kiểm tra kết quả",), ("trợ lý AI",), "vi", True)
    assert read_reference(old) == Reference((), ("提示词",))
    assert read_reference(vcsum) == Reference(("公链的瓶颈",), ())


def test_lecture_pairs_and_only(tmp_path: Path) -> None:
    for name in ("meeting-032.txt", "meeting-166.txt", "slides.pptx", "lone.txt"):
        (tmp_path / name).write_text("x", encoding="utf-8")
    for stem in ("meeting-032", "meeting-166", "slides", "no-lecture"):
        (tmp_path / f"{stem}.reference.json").write_text("{}", encoding="utf-8")
    names = [lecture.name for lecture, _ in lecture_pairs(tmp_path)]
    assert names == ["meeting-032.txt", "meeting-166.txt", "slides.pptx"]
    only = lecture_pairs(tmp_path, ["032", "slides"])
    assert [lecture.name for lecture, _ in only] == ["meeting-032.txt", "slides.pptx"]


def test_the_set_has_references_for_every_lecture() -> None:
    """At least 15 lectures, 5 per language, each with headings and terms the lecture uses."""
    pairs = lecture_pairs(LECTURES)
    languages = [read_reference(ref).language for _, ref in pairs]
    assert len(pairs) >= 15 and all(languages.count(lang) >= 5 for lang in ("zh", "vi", "en"))
    for _, ref in pairs:
        reference = read_reference(ref)
        assert reference.headings and reference.key_terms, ref.name


# --- section recall and marked parts ------------------------------------------------------------

STEPS = Reference(("准备文字稿", "写清楚提示词", "布置练习"), (), "zh", markers=True)


def test_section_recall_matches_headings_one_to_one() -> None:
    doc = outline(
        [
            section("准备会议文字稿", "通读一遍"),  # 准备, 文字, 字稿: 3 of 4 pairs
            section("提示词", "说明参会人"),  # 提示, 示词: 2 of 5 pairs, below 0.5
        ]
    )
    result = score(doc, STEPS)
    assert result.section_recall == pytest.approx(1 / 3)
    assert result.matches[0] == ("准备文字稿", "准备会议文字稿")
    assert result.matches[1][1] is None

    # One heading that names two parts is matched to one of them only.
    both = outline([section("准备文字稿和写清楚提示词", "通读一遍")])
    assert score(both, STEPS).section_recall == pytest.approx(1 / 3)


def test_subsection_headings_count_for_recall_but_not_for_parts() -> None:
    nested = outline(
        [
            {
                "heading": "准备文字稿",
                "points": ["通读一遍"],
                "sections": [
                    section("写清楚提示词", "说明参会人"),
                    section("布置练习", "交给班长"),
                ],
            }
        ]
    )
    result = score(nested, STEPS)
    assert result.section_recall == 1.0
    assert result.parts_in_order is False  # 第二步 nested under 第一步 is not one section per step


def test_parts_in_order() -> None:
    steps = [
        section("准备文字稿", "通读"),
        section("写清楚提示词", "说明"),
        section("布置练习", "交"),
    ]
    assert score(outline(steps), STEPS).parts_in_order is True
    with_intro = [section("课程介绍", "本讲内容"), *steps]
    assert score(outline(with_intro), STEPS).parts_in_order is True  # an extra intro is fine
    swapped = [steps[1], steps[0], steps[2]]
    assert score(outline(swapped), STEPS).parts_in_order is False
    assert score(outline([section("会议纪要", "四个步骤")]), STEPS).parts_in_order is False
    unmarked = Reference(STEPS.headings, (), "zh", markers=False)
    assert score(outline(steps), unmarked).parts_in_order is None


# --- cut items ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("item", "language", "why"),
    [
        ("第一步：为什么要用本地大模型…", "zh", "ends with '…'"),
        ("Check the totals...", "en", "ends with '...'"),
        ("三个要素：", "zh", "ends with '：'"),
        ("角色、任务、", "zh", "ends with '、'"),
        ("Thứ nhất: Vì sao nên dùng mô hình chạy cục bộ: dữ liệu của", "vi", "ends with 'của'"),
        ("Check facts, figures and", "en", "ends with 'and'"),
        # Copied from an unpunctuated transcript, stopped inside the next clause.
        ("It's not a search engine, and a very", "en", "ends with 'very'"),
        ("用RTF框架写提示词（角色、任务", "zh", "'（' left open"),
        ("《中华人民共和国个人信息保护法", "zh", "'《' left open"),
        ('Say "answer only from the text', "en", "'\"' left open"),
        ("把文字稿交给班长的", "zh", "ends with '的'"),
        ("请示和报告的区别在于", "zh", "ends with '于'"),
        ("模型生成的材料因为", "zh", "ends with '因为'"),
        ("模型生成的材料因為", "zh", "ends with '因为'"),  # traditional dangles as simplified
        ("核對內部資料與", "zh", "ends with '与'"),
        # Rule 7: it starts where its subject was left out.
        ("Is just not true", "en", "starts with 'is'"),
        ("Weren't checked by anyone", "en", 'starts with "weren\'t"'),
        ("Là công cụ hỗ trợ soạn thảo", "vi", "starts with 'là'"),
        ("的情况要写清楚", "zh", "starts with '的'"),
        ("A plausible thing to write after the word 'section", "en", '"\'" left open'),
    ],
)
def test_cut_items(item: str, language: str, why: str) -> None:
    assert cut_reason(item, language) == why


def test_a_number_or_the_lectures_own_sentence_ends_an_item() -> None:
    assert cut_reason("The manual stops at 4.5", "en") is None
    lecture = "We can't send it to a company we have no agreement with. Next item."
    assert (
        cut_reason("We can't send it to a company we have no agreement with.", "en", lecture)
        is None
    )
    # Without its full stop, or not the lecture's sentence, it still dangles.
    assert cut_reason("We can't send it to a company we have no agreement with", "en", lecture)
    assert cut_reason("Check facts, figures and.", "en", lecture) == "ends with 'and'"


def test_a_copy_of_an_unpunctuated_transcript_is_cut_where_its_clause_goes_on() -> None:
    talk = (
        "so to wrap up give it the source and check every number before anything leaves your "
        "desk and um for next session if you can each bring one example where it got something "
        "wrong that would be great it's not a search engine it's predicting the next word"
    )
    cut = "Before anything leaves your desk and um for next session if you can each bring"
    assert cut_reason(cut, "en", talk) == "stops mid-sentence in the lecture"
    # The model's commas do not hide the copy.
    assert cut_reason("For next session, if you can each bring", "en", talk) is not None
    # The next words start a clause: a conjunction, a filler, a subject pronoun.
    for whole in (
        "Give it the source",
        "Check every number before anything leaves your desk",
        "If you can each bring one example where it got something wrong",
        "It's not a search engine",
    ):
        assert cut_reason(whole, "en", talk) is None, whole
    captions = "rồi cái thứ hai là khi có sự cố hay tai nạn thì làm gì các bạn đừng có ngồi gõ"
    assert cut_reason("Khi có sự cố hay tai nạn thì làm gì", "vi", captions) is None
    assert cut_reason("Rồi cái thứ hai là khi có sự cố hay", "vi", captions) is not None
    # A few stray marks do not make it punctuated: the next word still tells.
    talk += " and the manual stops at 4.5 but it looked right so nobody checked it and um " * 3
    assert cut_reason("but it looked right so nobody", "en", talk) is not None
    assert cut_reason("The manual stops at 4.5 but it looked right", "en", talk) is None


@pytest.mark.parametrize(
    ("item", "language"),
    [
        ("明确发文目的", "zh"),  # 目的 is a word, not a dangling 的
        ("逐字核对", "zh"),
        ("选准文种", "zh"),
        ("Log in", "en"),  # phrasal verbs end in particles
        ("The teachers' workshop", "en"),
        ('Say "hello"', "en"),
        ("Mô hình chạy cục bộ", "vi"),
        ("Tham dự kỳ thi", "vi"),  # "thi" (exam) is not "thì" (then)
        ("角色、任务等", "zh"),
        ("員工的行為", "zh"),  # 行為 is a word, as 行为 is
        ("A", "en"),
        ("Is the answer true?", "en"),  # a question starts with its verb
        ("Islands of data", "en"),
        ("Lá chắn an toàn", "vi"),
        ("的确要核对", "zh"),  # 的确 is a word
        ("Don't ask it to judge a supplier", "en"),
        ("The students' work is checked", "en"),
        ("The word 'section' sounds plausible", "en"),
    ],
)
def test_whole_items_are_not_cut(item: str, language: str) -> None:
    assert cut_reason(item, language) is None


def test_a_long_copy_that_stops_where_the_lecture_goes_on_is_cut() -> None:
    lecture = "涉密信息一律不得输入任何大模型，包括本地模型。Hãy soạn thông báo lịch tiếp công dân."
    assert cut_reason("涉密信息一律不得输入任何", "zh", lecture) == (
        "stops mid-sentence in the lecture"
    )
    assert cut_reason("涉密信息一律不得输入任何大模型", "zh", lecture) is None  # ends at "，"
    assert cut_reason("不得输入任何", "zh", lecture) is None  # too short to judge
    assert cut_reason("Hãy soạn thông báo lịch tiếp", "vi", lecture) is not None
    assert cut_reason("Hãy soạn thông báo lịch tiếp công dân", "vi", lecture) is None


def test_a_copy_that_stops_inside_a_word_the_lecture_keeps_saying_is_cut() -> None:
    lecture = (
        "现在的指数会比现在更高。现在大家都看指数，心理咨询机构很多，心理咨询机构要规范，"
        "机构要备案。心理健康很重要，心理健康发展，心理健康发展，心理健康发展。"
    )
    assert cut_reason("指数会比现", "zh", lecture) == "ends inside '现在'"
    assert cut_reason("心理咨询机", "zh", lecture) == "ends inside '机构'"
    assert cut_reason("心理健康", "zh", lecture) is None  # "健康" is said more than "康发"
    assert cut_reason("指数会比现在更高", "zh", lecture) is None


def test_the_lectures_own_title_is_not_cut_whatever_its_last_word() -> None:
    lecture = "# 大模型是怎么“写”出一段话的\n\n老师们好。今天聊大模型怎样写出一段话的过程。"
    assert cut_reason("大模型是怎么“写”出一段话的", "zh", lecture) is None
    assert cut_reason("大模型写出一段话的", "zh", lecture) == "ends with '的'"


def test_a_copy_that_ends_a_sentence_line_or_unpunctuated_speech_is_whole() -> None:
    docx = "Three functions to learn first\n\nSUM adds a range. Next, VLOOKUP finds a value."
    assert cut_reason("Three functions to learn first", "en", docx) is None  # a line end
    assert cut_reason("SUM adds a range of cells.", "en", "SUM adds a range of cells. Then") is None
    # Unpunctuated speech: whole where the next word starts a clause ("so").
    speech = "so um give it the source yourself so instead of asking what do our rules say you"
    assert cut_reason("give it the source yourself", "en", speech) is None
    assert cut_reason("instead of asking what do our rules", "en", speech) is not None


def test_an_item_that_ends_with_a_copy_stopped_where_the_lecture_goes_on_is_cut() -> None:
    speech = (
        "well the first thing is give it the source yourself so instead of asking what do our "
        "purchasing rules say you paste the pages in"
    )
    # The model's own words before a copied clause do not make the copy whole.
    item = "First, give it the source yourself so instead of asking what do our purchasing"
    assert cut_reason(item, "en", speech) == "stops mid-sentence in the lecture"
    assert cut_reason("First, give it the source yourself", "en", speech) is None
    lecture = "事故报告是可以让它帮忙整理语句，但是经过必须是你自己核实过的事实。"
    assert cut_reason("可以让AI帮忙整理事故报告的语句", "zh", lecture) is None  # not a copy
    assert cut_reason("报告可以让它帮忙整理语句，但是经过必须是你", "zh", lecture) is not None
    # A copy's end shorter than a copy is judged by rules 4 and 6 only.
    assert cut_reason("Paste in what do our purchasing", "en", speech) is None
    # The model drops the articles of what it copies: the copy is still found.
    minutes = "Anna: I used the assistant on the office computer to draft the reading club flyers."
    dropped = "Joan agreed to use the assistant on the office computer to draft reading club"
    assert cut_reason(dropped, "en", minutes) == "stops mid-sentence in the lecture"
    assert (
        cut_reason("Anna used the office computer to draft reading club flyers", "en", minutes)
        is None
    )
    # A copy that stops where the lecture joins another clause is whole; one that stops
    # where it joins another noun is not.
    task = "Merge the payroll table with the attendance sheet using VLOOKUP and send it to Mr. Li."
    assert cut_reason("Merge payroll table with attendance sheet using VLOOKUP", "en", task) is None
    tone = "A reminder about an unpaid invoice and a thank-you note can share a style."
    assert cut_reason("A reminder about an unpaid invoice", "en", tone) is not None


def test_a_copy_that_ends_with_a_subtitle_cue_is_whole(tmp_path: Path) -> None:
    srt = (
        "1\n00:00:01,000 --> 00:00:03,000\n第一步，准备会议录音的文字稿\n\n"
        "2\n00:00:03,000 --> 00:00:06,000\n现在的录音笔和手机都能把录音转成文字\n\n"
        "3\n00:00:06,000 --> 00:00:09,000\n但是转出来的稿子错字多，没有标点。\n"
    )
    path = tmp_path / "meeting.srt"
    path.write_text(srt, encoding="utf-8")
    lecture = read_lecture(path)
    assert "文字稿现在" in lecture.text  # Chinese captions are joined without a mark
    assert cut_reason("第一步：准备会议录音的文字稿", "zh", lecture.text) is not None
    assert cut_reason("第一步：准备会议录音的文字稿", "zh", lecture.cue_text) is None
    # A copy across two cues is still found, and judged where it stops.
    item = "现在的录音笔和手机都能把录音转成文字但是转出来的稿子"
    assert cut_reason(item, "zh", lecture.cue_text) == "stops mid-sentence in the lecture"


def test_cut_items_are_counted_over_everything_shown() -> None:
    doc = outline(
        [section("准备文字稿…", "通读一遍，", "把数字改对")],
        key_terms=[{"term": "纪要", "definition": "会议的"}],
        questions=["为什么要核对数字？"],
        summary="整理纪要要先通读",
    )
    result = score(doc)
    assert [item for item, _ in result.cut_items] == ["准备文字稿…", "通读一遍，", "会议的"]


# --- empty parts, grounding, repeats ------------------------------------------------------------


def test_empty_sections_and_parts() -> None:
    doc = outline(
        [section("准备文字稿"), {"heading": "提示词", "points": [], "sections": [section("角色")]}],
        key_terms=[{"term": "纪要", "definition": ""}],
        questions=[],
    )
    result = score(doc)
    assert result.empty_sections == 2  # 准备文字稿 and 角色; 提示词 has a subsection
    assert result.empty_parts == ("review_questions",)
    assert result.undefined_terms == 1
    assert score(outline([section("a", "b")], key_terms=[])).empty_parts == ("key_terms",)


def test_points_are_grounded_against_the_lecture_without_section_sources() -> None:
    doc = outline(
        [section("准备文字稿", "把人名和数字改对", "人名：一个人或事物的名称")],
    )
    result = score(doc)
    assert (result.points, result.grounded_points) == (2, 1)
    assert result.ungrounded == ("人名：一个人或事物的名称",)
    assert result.grounded_against == "lecture"


def test_points_are_grounded_against_their_own_section_source() -> None:
    first = ZH_LECTURE.index("第二步")
    doc = outline(
        [
            # Said in the lecture, but in step 2, not in this section's text: not grounded here.
            section("准备文字稿", "说明会议名称和参会人", source={"start": 0, "end": first}),
            section("写清楚提示词", "说明会议名称和参会人", source=ZH_LECTURE[first:]),
        ]
    )
    result = score(doc)
    assert result.grounded_points == 1 and result.grounded_against == "section"
    half = outline(
        [
            section("准备文字稿", "通读一遍", source=[{"text": ZH_LECTURE[:first]}]),
            section("最后", "整理会议纪要"),
        ]
    )
    assert score(half).grounded_against == "mixed"
    assert score(half).grounded_points == 2


def test_duplicate_points_and_points_that_repeat_their_heading() -> None:
    doc = outline(
        [
            section("第一步：准备文字稿", "步骤1：准备文字稿", "把人名和数字改对"),
            section("第二步：写提示词", "把人名、数字改对", "说明参会人"),
        ]
    )
    assert score(doc).duplicate_points == ("步骤1：准备文字稿", "把人名、数字改对")
    distinct = outline([section("提示词", "说明角色", "说明任务", "说明格式")])
    assert score(distinct).duplicate_points == ()


def test_language_and_script() -> None:
    simplified = outline([section("准备文字稿", "把人名和数字改对")])
    traditional = outline(
        [section("準備文字稿", "這一步要把說話的人名和數字改對")],
        key_terms=[{"term": "會議紀要", "definition": "會議的記錄"}],
        questions=["為什麼要核對數字？"],
        title="整理會議紀要",
    )
    assert score(simplified).script_match is True
    assert score(traditional).script_match is False
    assert score(traditional).language_match is True
    english = outline([section("Prepare the transcript", "Correct names and numbers")])
    english.update(key_terms=[], review_questions=["Why check numbers?"], title="Minutes")
    assert score(english).language_match is False
    vi = score(english, lecture="Chào các anh chị, hôm nay học bài ba.", lang="vi")
    assert vi.script_match is None and not vi.language_match


def test_an_outline_record_scores_like_its_json() -> None:
    record = Outline(
        title="提示词",
        language="zh",
        sections=(Section("三要素", ("说明角色", "说明任务" * 30)), Section("空的", ())),
        key_terms=(KeyTerm("提示词", "给模型的指令"),),
        review_questions=(),
        action_items=(),
    )
    result = score_outline("x.txt", record, Reference((), ("提示词", "角色")), "提示词", "zh")
    assert result.term_coverage == 1.0
    assert result.term_precision == 1.0 and result.terms_matched == (("提示词", "提示词"),)
    assert result.empty_sections == 1 and result.long_points == 1
    assert result.language_match and result.depth == 1


def test_summary_of_a_set() -> None:
    good = score_outline(
        "a.txt",
        outline([section("准备文字稿", "通读一遍"), section("写清楚提示词", "说明参会人")]),
        STEPS,
        ZH_LECTURE,
        "zh",
        seconds=10.0,
    )
    bad = score_outline(
        "b.txt",
        outline([section("会议纪要…", "通读一遍", "通读一遍吧")], questions=[]),
        STEPS,
        ZH_LECTURE * 30,
        "zh",
        seconds=90.0,
    )
    total = summarise([good, bad], skipped=1)
    assert total["section_recall"] == pytest.approx((2 / 3 + 0) / 2, abs=0.001)
    assert total["headings_found"] == "2/6" and total["parts_in_order"] == "0/2"
    assert total["cut_items"] == 1 and total["empty_parts"] == 1
    assert total["duplicate_points"] == 1 and total["grounded_points"] == 1.0
    assert total["median_seconds"] == 50.0 and total["median_seconds_short"] == 10.0
    assert total["skipped"] == 1 and total["lectures"] == 2


# --- the command --------------------------------------------------------------------------------


def run_eval(folder: Path, capsys: pytest.CaptureFixture[str], *args: str) -> dict[str, Any]:
    """`eval outline FOLDER ... --json`; the parsed report."""
    code = main(["eval", "outline", str(folder), *args, "--json"])
    out, err = capsys.readouterr()
    assert code == 0, err
    return dict(json.loads(out))


def tiny_args(model: Path) -> list[str]:
    return ["--model", str(model), "--ctx", "4096", "--threads", "1", "--max-tokens", "120"]


def test_eval_scores_saved_outlines_without_a_model(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    lectures, saved = tmp_path / "lectures", tmp_path / "saved"
    lectures.mkdir()
    saved.mkdir()
    (lectures / "steps.txt").write_text(ZH_LECTURE, encoding="utf-8")
    (lectures / "steps.reference.json").write_text(
        json.dumps(
            {
                "language": "zh",
                "markers": True,
                "sections": [{"headline": h} for h in STEPS.headings],
                "key_terms": ["会议纪要"],
            },
            ensure_ascii=False,
        ),
        encoding="utf-8",
    )
    (lectures / "broken.docx").write_bytes(b"not a zip")
    (lectures / "broken.reference.json").write_text("{}", encoding="utf-8")
    doc = outline([section("准备文字稿", "通读一遍"), section("布置练习…", "交给班长")])
    (saved / "steps.json").write_text(json.dumps({**doc, "wall_s": 12.5}), encoding="utf-8")

    report = run_eval(lectures, capsys, "--outlines", str(saved))
    (lecture,) = report["lectures"]
    assert lecture["section_recall"] == pytest.approx(0.667, abs=0.001)
    assert lecture["cut_items"] == [{"item": "布置练习…", "why": "ends with '…'"}]
    assert lecture["seconds"] == 12.5 and lecture["grounded_against"] == "lecture"
    assert [s["name"] for s in report["skipped"]] == ["broken.docx"]
    assert report["total"]["lectures"] == 1 and report["total"]["skipped"] == 1

    assert main(["eval", "outline", str(lectures), "--outlines", str(saved)]) == 0
    out = capsys.readouterr().out
    assert "recall 0.67 (2/3)" in out and "PARTS" in out
    assert "cut (ends with '…'): 布置练习…" in out and "broken.docx" in out
    assert "section recall 0.67" in out

    (saved / "steps.json").unlink()
    assert main(["eval", "outline", str(lectures), "--outlines", str(saved)]) == 4
    assert "run eval with --keep" in capsys.readouterr().err


def test_eval_outline_needs_references(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["eval", "outline", str(tmp_path)]) == 4
    assert "NAME.reference.json" in capsys.readouterr().err
    (tmp_path / "a.txt").write_text("x", encoding="utf-8")
    (tmp_path / "a.reference.json").write_text("[1, 2]", encoding="utf-8")
    assert main(["eval", "outline", str(tmp_path)]) == 4
    assert "not a reference file" in capsys.readouterr().err


def test_eval_outline_with_a_model_keeps_its_outlines(
    tiny_model: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "lesson.txt").write_text("今天学习提示词的角色、任务和格式。", encoding="utf-8")
    (tmp_path / "lesson.reference.json").write_text(
        json.dumps({"key_terms": ["提示词", "格式"]}, ensure_ascii=False), encoding="utf-8"
    )
    (tmp_path / "no-reference.txt").write_text("ignored", encoding="utf-8")
    kept = tmp_path / "kept"
    report = run_eval(tmp_path, capsys, *tiny_args(tiny_model), "--keep", str(kept))
    assert [s["name"] for s in report["lectures"]] == ["lesson.txt"]
    assert 0.0 <= report["total"]["term_coverage"] <= 1.0
    again = run_eval(tmp_path, capsys, "--outlines", str(kept))
    assert again["lectures"][0]["term_coverage"] == report["lectures"][0]["term_coverage"]


def test_the_projects_evaluation_set_reads_and_scores(
    tiny_model: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Every lecture of tests/data/lectures goes through (a format the ingest lacks is skipped)."""
    expected, unsupported = {}, set()
    for lecture, reference in lecture_pairs(LECTURES):
        if lecture.suffix in SUPPORTED_SUFFIXES:
            expected[lecture.name] = read_reference(reference).language
        else:
            unsupported.add(lecture.name)
    report = run_eval(LECTURES, capsys, *tiny_args(tiny_model))
    assert {s["name"]: s["language"] for s in report["lectures"]} == expected
    assert {s["name"] for s in report["skipped"]} == unsupported


def test_vcsum_layout_scores_headlines(
    tiny_model: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A VCSum folder (meeting-NNN.txt + headline references) is scored by its headlines."""
    folder = LECTURES.parent / "vcsum"
    report = run_eval(folder, capsys, *tiny_args(tiny_model), "--only", "224")
    (meeting,) = report["lectures"]
    assert meeting["name"] == "meeting-224.txt" and meeting["language"] == "zh"
    assert meeting["term_coverage"] is None  # VCSum references have headlines only
    assert 0.0 <= meeting["headline_coverage"] <= 1.0
    assert [m["reference"] for m in meeting["matches"]] == [
        "流浪地球能够获得成功的原因",
        "流浪地球获得成功的意义",
    ]
    assert report["total"]["headline_coverage"] == meeting["headline_coverage"]
