"""The structured outline: schema, parsing and repair, merging, and the renderers."""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest

from assistant.core.outline.render import (
    chinese_numeral,
    render,
    render_cornell,
    render_gongwen,
    render_markdown,
)
from assistant.core.outline.structure import (
    ActionItem,
    KeyTerm,
    Outline,
    OutlineParseError,
    Section,
    merge_outlines,
    outline_schema,
    parse_outline,
    section_schema,
)

DOCUMENT = {
    "title": "Prompt engineering basics",
    "sections": [
        {
            "heading": "What a prompt needs",
            "points": ["A role for the model", "A clear task", "An output format"],
            "sections": [{"heading": "Role", "points": ["Say who the model is"]}],
        },
        {"heading": "Frameworks", "points": ["RTF: role, task, format"], "sections": []},
    ],
    "key_terms": [{"term": "Prompt", "definition": "The instruction given to a model"}],
    "review_questions": ["What does a prompt need?"],
    "action_items": [{"task": "Write an RTF prompt", "owner": "Trainees", "deadline": "Friday"}],
    "summary": "A good prompt names a role, a task and a format.",
}


def small(language: str) -> Outline:
    texts = {
        "en": ("Prompts", "Structure", "Role and task", "Format", "Prompt", "An instruction"),
        "zh": ("提示词", "结构", "角色和任务", "格式", "提示词", "给模型的指令"),
        "vi": ("Câu lệnh", "Cấu trúc", "Vai trò và nhiệm vụ", "Định dạng", "Câu lệnh", "Chỉ dẫn"),
    }
    title, heading, point, sub, term, definition = texts[language]
    return Outline(
        title=title,
        language=language,
        sections=(Section(heading, (point,), (Section(sub, ("a|b",)),), start="00:12:05"),),
        key_terms=(KeyTerm(term, definition),),
        review_questions=("Q1",),
        action_items=(ActionItem("T", "O", "D"), ActionItem("U", None, None)),
    )


# --- schema -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "schema",
    [
        outline_schema(),
        outline_schema(language="zh", min_sections=3),
        outline_schema(max_depth=1),
        section_schema(),
    ],
)
def test_schema_compiles_with_llama_cpp(schema: dict) -> None:
    import llama_cpp

    grammar = llama_cpp.LlamaGrammar.from_json_schema(json.dumps(schema), verbose=False)
    assert "root ::=" in grammar._grammar


def test_schema_bounds_everything_and_orders_terms_before_sections() -> None:
    schema = outline_schema()
    props = schema["properties"]
    assert list(props) == [
        "title", "key_terms", "sections", "review_questions", "action_items", "summary",
    ]  # fmt: skip
    assert schema["required"] == list(props)
    assert props["title"]["maxLength"] == 80
    section = props["sections"]["items"]
    assert props["sections"]["maxItems"] == 8
    assert section["properties"]["heading"]["maxLength"] == 60
    assert section["properties"]["points"]["maxItems"] == 6
    assert section["properties"]["points"]["items"]["maxLength"] == 80
    zh = outline_schema(language="zh", min_sections=3)["properties"]["sections"]
    assert zh["items"]["properties"]["points"]["items"]["maxLength"] == 40
    assert zh["minItems"] == 3
    assert outline_schema(min_sections=20)["properties"]["sections"]["minItems"] == 8
    sub = section["properties"]["sections"]
    assert sub["maxItems"] == 4 and "sections" not in sub["items"]["properties"]
    assert props["key_terms"]["maxItems"] == 8
    assert props["key_terms"]["items"]["properties"]["definition"]["maxLength"] == 100
    assert props["review_questions"]["maxItems"] == 5
    assert props["action_items"]["maxItems"] == 5
    assert list(section_schema()["properties"]) == ["sections", "key_terms", "action_items"]


def test_grammar_constrained_tiny_model_output_parses(tiny_model: Path) -> None:
    """Real llama.cpp accepts the grammar; even a random model cut by max_tokens parses."""
    import llama_cpp

    llm = llama_cpp.Llama(str(tiny_model), n_ctx=512, verbose=False, seed=1)
    grammar = llama_cpp.LlamaGrammar.from_json_schema(json.dumps(outline_schema()), verbose=False)
    result = llm.create_completion("Outline:", grammar=grammar, max_tokens=120, temperature=1.0)
    text = result["choices"][0]["text"]  # type: ignore[index]
    assert text.startswith("{")
    outline = parse_outline(text, "en")
    assert outline.title


# --- parsing ----------------------------------------------------------------------------------


def test_round_trip_of_well_formed_json() -> None:
    outline = parse_outline(json.dumps(DOCUMENT), "en")
    assert outline.title == "Prompt engineering basics"
    assert outline.sections[0].points == (
        "A role for the model",
        "A clear task",
        "An output format",
    )
    assert outline.sections[0].sections == (Section("Role", ("Say who the model is",)),)
    assert outline.key_terms == (KeyTerm("Prompt", "The instruction given to a model"),)
    assert outline.action_items == (ActionItem("Write an RTF prompt", "Trainees", "Friday"),)
    assert outline.summary.startswith("A good prompt")
    again = parse_outline(json.dumps(outline.to_json({}, "m", {})), "en")
    assert again == outline  # the summary too (an extension of cli.md's shape)


def test_code_fenced_json_with_prose_around_it() -> None:
    text = "Here is the outline:\n```json\n" + json.dumps(DOCUMENT) + "\n```\nDone."
    assert parse_outline(text, "en").title == "Prompt engineering basics"


@pytest.mark.parametrize("seed", range(3))
def test_truncated_json_keeps_what_was_complete(seed: int) -> None:
    text = json.dumps(DOCUMENT, ensure_ascii=False, indent=seed)
    full = parse_outline(text, "en")
    cuts = random.Random(seed).sample(range(len('{"title": "P'), len(text)), 10)
    for cut in cuts:
        partial = parse_outline(text[:cut], "en")
        assert partial.title
        for section in partial.sections:
            complete = [s for s in full.sections if s.heading == section.heading]
            assert complete or section.heading.endswith("…")
            for point in section.points:
                original = complete[0].points if complete else ()
                assert point in original or point.endswith("…")
        if '"review_questions"' in text[:cut]:  # every section was written completely
            assert partial.sections == full.sections


def test_truncated_inside_a_key_or_escape() -> None:
    assert parse_outline('{"title": "T", "sec', "en").title == "T"
    assert parse_outline('{"title": "T", "sections": [{"heading": "H", "points": ["a\\u00', "en")
    outline = parse_outline('{"title": "T", "sections": [{"heading": "H", "points": [', "en")
    assert outline.sections == (Section("H", ()),)


def test_nothing_usable_raises() -> None:
    for text in ("", "no json here", '{"title": ""}', '{"tit', "[1, 2]"):
        with pytest.raises(OutlineParseError):
            parse_outline(text, "en")
    assert issubclass(OutlineParseError, ValueError)


def test_duplicates_and_repeated_headings_are_removed() -> None:
    doc = {
        "title": "T",
        "sections": [
            {
                "heading": "Prompt structure",
                "points": [
                    "prompt structure",
                    "Give the model a role.",
                    "give the model a role",
                    "  Give  the model a ROLE!  ",
                    "",
                    "State the task",
                ],
            },
            {
                "heading": "提示词结构",
                "points": ["角色、任务、格式", "角色任务格式。", "提示词结构"],
            },
            {"heading": "", "points": []},
            {"heading": "  ", "points": ["  "]},
        ],
    }
    outline = parse_outline(json.dumps(doc, ensure_ascii=False), "en")
    assert [s.points for s in outline.sections] == [
        ("Give the model a role.", "State the task"),
        ("角色、任务、格式",),
    ]


def test_over_long_items_are_capped_at_a_boundary() -> None:
    long_point = "Short sentence here. " + "word " * 60
    doc = {
        "title": "x" * 200,
        "sections": [{"heading": "h " * 50, "points": [long_point, "长" * 70 + "。" + "句" * 200]}],
        "key_terms": [{"term": "t", "definition": "d" * 500}],
    }
    outline = parse_outline(json.dumps(doc, ensure_ascii=False), "en")
    assert len(outline.title) == 80 and outline.title.endswith("…")
    section = outline.sections[0]
    assert len(section.heading) <= 60 and section.heading.endswith("h…")
    assert section.points[0] == "Short sentence here" + "…" or section.points[0].endswith("word…")
    assert section.points[1] == "长" * 70 + "…"
    assert all(len(p) <= 120 for p in section.points)
    assert len(outline.key_terms[0].definition) == 120


def test_counts_are_capped_and_placeholders_dropped() -> None:
    doc = {
        "title": "T",
        "sections": [
            {"heading": f"H{i}", "points": [f"p{j} {i}" for j in range(20)]} for i in range(20)
        ],
        "action_items": [{"task": "Read", "owner": "null", "deadline": "无"}],
    }
    outline = parse_outline(json.dumps(doc, ensure_ascii=False), "zh")
    assert len(outline.sections) == 8 and all(len(s.points) == 6 for s in outline.sections)
    assert outline.action_items == (ActionItem("Read", None, None),)


# --- merging ----------------------------------------------------------------------------------


def test_merge_keeps_lecture_order_and_dedupes() -> None:
    def part(sections: list[Section], terms: list[str], questions: list[str]) -> Outline:
        return Outline(
            "",
            "zh",
            tuple(sections),
            tuple(KeyTerm(t, "") for t in terms),
            tuple(questions),
            (ActionItem("交作业", None, "周五"),),
        )

    parts = [
        part([Section("提示词的结构", ("角色", "任务"))], ["提示词", "RTF"], ["什么是提示词？"]),
        part(
            [Section("提示词结构", ("任务", "格式")), Section("常见框架", ("RTF",))],
            ["提示词 "],
            ["什么是提示词?"],
        ),
        part(
            [Section("常见的框架", ("BROKE",)), Section("课后练习", ("写提示词",))], ["BROKE"], []
        ),
    ]
    merged = merge_outlines(parts, title_hint="提示词工程")
    assert merged.title == "提示词工程"
    assert [s.heading for s in merged.sections] == ["提示词的结构", "常见框架", "课后练习"]
    assert merged.sections[0].points == ("角色", "任务", "格式")
    assert merged.sections[1].points == ("RTF", "BROKE")
    assert [t.term for t in merged.key_terms] == ["提示词", "RTF", "BROKE"]
    assert merged.review_questions == ("什么是提示词？",)
    assert merged.action_items == (ActionItem("交作业", None, "周五"),)


def test_merge_caps_sections_by_content_in_lecture_order() -> None:
    sections = [
        Section(f"Topic number {i} alpha{i}", tuple(f"point {i}.{j}" for j in range(1 + i % 3)))
        for i in range(20)
    ]
    parts = [Outline("T", "en", (s,), (), (), ()) for s in sections]
    merged = merge_outlines(parts, None)
    assert merged.title == "T" and len(merged.sections) == 12
    headings = [s.heading for s in merged.sections]
    assert headings == sorted(headings, key=lambda h: int(h.split()[2]))


def test_repeats_and_cut_points_are_cleaned() -> None:
    cut = "科幻是一个重要的催化剂，因为中国的进步、中国的强大，老百姓对中国的科学技术有了很"
    raw = {
        "title": "科幻",
        "sections": [
            {"heading": "科幻与文化融合的挑战", "points": [cut, "流浪地球是现象级作品"]},
            {"heading": "科幻与文化融合的挑战与机遇", "points": ["流浪地球是现象级作品。"]},
            {"heading": "机遇", "points": ["流浪地球是现象级作品！"]},
        ],
    }
    outline = parse_outline(json.dumps(raw, ensure_ascii=False), "zh")
    # The point repeated under other headings appears once (a section left empty goes); the
    # point the 40-character grammar cut mid-word ends at its last clause.
    assert [s.heading for s in outline.sections] == ["科幻与文化融合的挑战"]
    assert outline.sections[0].points == (
        "科幻是一个重要的催化剂，因为中国的进步、中国的强大…",
        "流浪地球是现象级作品",
    )


# --- renderers --------------------------------------------------------------------------------


def test_chinese_numerals() -> None:
    expected = {1: "一", 9: "九", 10: "十", 11: "十一", 19: "十九", 20: "二十", 21: "二十一"}
    expected |= {
        55: "五十五",
        90: "九十",
        99: "九十九",
        100: "一百",
        101: "一百零一",
        110: "一百一十",
    }
    for n, text in expected.items():
        assert chinese_numeral(n) == text
    assert len({chinese_numeral(n) for n in range(1, 100)}) == 99


MARKDOWN = {
    "zh": """# 提示词

## 结构（00:12:05）

- 角色和任务

### 格式

- a|b

## 关键术语

- **提示词**：给模型的指令

## 复习题

1. Q1

## 待办事项

- [ ] T（O，D）
- [ ] U
""",
    "en": """# Prompts

## Structure (00:12:05)

- Role and task

### Format

- a|b

## Key terms

- **Prompt**: An instruction

## Review questions

1. Q1

## Action items

- [ ] T (O, D)
- [ ] U
""",
}


def test_render_markdown() -> None:
    for language, golden in MARKDOWN.items():
        assert render_markdown(small(language)) == golden
    vi = render_markdown(small("vi"))
    assert "## Thuật ngữ chính" in vi and "## Câu hỏi ôn tập" in vi and "## Việc cần làm" in vi


def test_render_gongwen() -> None:
    assert render_gongwen(small("zh")) == (
        # One sequence per depth, points and subsections alike (GB/T 9704): 一、 （一） 1. （1）
        "提示词\n\n一、结构（00:12:05）\n（一）角色和任务\n（二）格式\n1. a|b\n"
        "二、关键术语\n（一）提示词：给模型的指令\n三、复习思考题\n（一）Q1\n"
        "四、工作安排\n（一）T（O，D）\n（二）U\n"
    )
    en = render_gongwen(small("en"))
    assert en.startswith("Prompts\n\n一、Structure (00:12:05)\n（一）Role and task\n（二）Format\n")
    assert "二、Key terms\n" in en and "#" not in en and "**" not in en
    assert "四、Việc cần làm\n（一）T (O, D)\n" in render_gongwen(small("vi"))
    deep = Section("甲", ("p",), (Section("乙", ("q",), (Section("丙", ("r",)),)),))
    lines = render_gongwen(Outline("T", "zh", (deep,), (), (), ())).splitlines()
    assert lines[2:] == ["一、甲", "（一）p", "（二）乙", "1. q", "2. 丙", "（1）r"]
    many = Outline("T", "zh", tuple(Section(f"S{i}", ()) for i in range(12)), (), (), ())
    assert render_gongwen(many).splitlines()[-1] == "十二、S11"


def test_render_cornell() -> None:
    assert render_cornell(small("zh")) == (
        "# 提示词\n\n| 线索 | 笔记 |\n| --- | --- |\n"
        "| 结构有哪些要点？ | 角色和任务；**格式**：a\\|b |\n"
        "| **提示词** | 给模型的指令 |\n\n## 总结\n\n结构\n\n"
        "## 待办事项\n\n- [ ] T（O，D）\n- [ ] U\n"
    )
    en = render_cornell(small("en"))
    assert "| Cues | Notes |" in en and "| Structure? | Role and task; **Format**: a\\|b |" in en
    assert "<br>" not in en
    assert "## Summary\n\nStructure\n" in en
    vi = render_cornell(replace_questions(small("vi"), ("Cấu trúc của câu lệnh gồm gì?",)))
    assert "| Gợi ý | Ghi chép |" in vi and "| Cấu trúc của câu lệnh gồm gì? |" in vi
    assert "## Tóm tắt" in vi


def replace_questions(outline: Outline, questions: tuple[str, ...]) -> Outline:
    return Outline(**{**outline.__dict__, "review_questions": questions})


def test_to_json_matches_cli_contract() -> None:
    outline = small("en")
    doc = outline.to_json({"chars": 120, "tokens": 40, "chunks": 1}, "tiny.gguf", {"load_s": 0.5})
    assert list(doc) == [
        "title", "language", "sections", "key_terms", "review_questions", "action_items",
        "summary", "source", "model", "timings",
    ]  # fmt: skip
    assert doc["sections"][0] == {
        "heading": "Structure",
        "points": ["Role and task"],
        "sections": [{"heading": "Format", "points": ["a|b"], "sections": []}],
        "start": "00:12:05",
    }
    assert doc["key_terms"] == [{"term": "Prompt", "definition": "An instruction"}]
    assert doc["action_items"][1] == {"task": "U", "owner": None, "deadline": None}
    assert doc["source"] == {"chars": 120, "tokens": 40, "chunks": 1}
    assert doc["timings"] == {"load_s": 0.5, "prompt_s": 0.0, "generate_s": 0.0}
    assert json.loads(render(outline, "json", model="tiny.gguf"))["model"] == "tiny.gguf"
    with pytest.raises(ValueError):
        render(outline, "html")


def test_heading_matching_uses_whole_words_outside_chinese() -> None:
    from assistant.core.outline.textmatch import same_topic

    assert same_topic("Introduction", "Introduction to frameworks")
    assert same_topic("The role field", "Role field")
    assert not same_topic("AI", "Email")
    assert not same_topic("Key points", "Key terms")
    assert same_topic("Vai trò", "vai trò của mô hình")


def test_schema_words_and_json_debris_are_not_points() -> None:
    from assistant.core.outline.structure import parse_outline

    raw = (
        '{"title": "提示词", "sections": [{"heading": "要点", "points": '
        '["说明角色", "action_items", "sections]: [{", "说明格式"], "sections": []}], '
        '"key_terms": [], "review_questions": [], "action_items": [], "summary": ""}'
    )
    outline = parse_outline(raw, "zh")
    assert outline.sections[0].points == ("说明角色", "说明格式")


def test_headings_lose_their_own_numbering_and_copied_length() -> None:
    long_heading = "那为以后的线上各种教研活动的开展提供了坚实的基础，这是第二个"  # 30 characters
    raw = {
        "title": "T",
        "sections": [
            {"heading": "一、疫情带来的影响", "points": ["停课不停学"]},
            {"heading": "第二部分：线上教研", "points": ["电子题库"]},
            {"heading": long_heading, "points": ["教研基础"]},
        ],
    }
    outline = parse_outline(json.dumps(raw, ensure_ascii=False), "zh")
    assert [s.heading for s in outline.sections][:2] == ["疫情带来的影响", "线上教研"]
    cut = outline.sections[2].heading
    assert len(cut) <= 24 and cut.startswith("那为以后的线上") and cut.endswith("…")
    en = parse_outline(
        '{"title": "T", "sections": [{"heading": "Part 2: Roles", "points": []}]}', "en"
    )
    assert en.sections[0].heading == "Roles"
    schema = outline_schema(language="zh")["properties"]["sections"]["items"]
    assert schema["properties"]["heading"]["maxLength"] == 24


def test_json_debris_is_cut_from_review_questions() -> None:
    raw = {
        "title": "T",
        "sections": [{"heading": "H", "points": ["p"]}],
        "review_questions": ["苏总您如何看现在的产业状况？”]} {", "]} {"],
    }
    outline = parse_outline(json.dumps(raw, ensure_ascii=False), "zh")
    assert outline.review_questions == ("苏总您如何看现在的产业状况？",)


def test_terms_and_questions_are_required_and_schema_words_are_not_questions() -> None:
    props = outline_schema(language="zh")["properties"]
    assert props["key_terms"]["minItems"] == 3 and props["review_questions"]["minItems"] == 2
    assert props["key_terms"]["items"]["properties"]["term"]["maxLength"] == 12
    assert section_schema()["properties"]["key_terms"]["minItems"] == 2
    raw = {
        "title": "T",
        "sections": [{"heading": "H", "points": ["p"]}],
        "review_questions": ["什么是 RTF 框架？", "action_items"],
    }
    assert parse_outline(json.dumps(raw), "zh").review_questions == ("什么是 RTF 框架？",)
