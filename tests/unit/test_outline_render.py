"""The outline's records and renderers: Markdown, 公文, Cornell and the JSON document."""

from __future__ import annotations

import json

import pytest

from assistant.core.outline.render import (
    chinese_numeral,
    render,
    render_cornell,
    render_gongwen,
    render_markdown,
)
from assistant.core.outline.structure import ActionItem, KeyTerm, Outline, Section


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


def test_a_gongwen_opening_comes_before_its_first_number() -> None:
    # The pipeline names the lecture's opening by its title; a 公文's opening paragraph (导语)
    # is not numbered, and the document's own 一、 stays 一、.
    opening = Section("数据安全要求", ("近期各科室开始用大模型起草材料", "现将有关情况通报如下。"))
    outline = Outline(
        "数据安全要求", "zh", (opening, Section("基本情况", ("抽查了十二个科室",))), (), (), ()
    )
    assert render_gongwen(outline).splitlines() == [
        "数据安全要求",
        "",
        "近期各科室开始用大模型起草材料。现将有关情况通报如下。",
        "",
        "一、基本情况",
        "（一）抽查了十二个科室",
    ]


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
