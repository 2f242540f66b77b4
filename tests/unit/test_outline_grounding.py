"""Owners, deadlines, tasks and key terms the lecture does not contain are dropped."""

from __future__ import annotations

from assistant.core.outline.grounding import ground_outline
from assistant.core.outline.structure import ActionItem, KeyTerm, Outline, Section

ZH = (
    "今天讲提示词的 RTF 框架：角色、任务、格式。王老师布置作业：下周五之前，"
    "每人用 RTF 框架改写三条工作中的提示词，交给班长李明。"
)
EN = "Homework: rewrite three prompts with the CO-STAR framework before Friday, Anna collects them."


def outline(language: str, terms: list[KeyTerm], actions: list[ActionItem]) -> Outline:
    return Outline("T", language, (Section("S", ("p",)),), tuple(terms), (), tuple(actions))


def test_chinese_owner_and_deadline_stay_only_when_the_lecture_names_them() -> None:
    result = ground_outline(
        outline(
            "zh",
            [KeyTerm("RTF 框架", "角色任务格式"), KeyTerm("思维链", "一步一步推理")],
            [
                ActionItem("用RTF框架改写三条提示词", "李明", "下周五之前"),
                ActionItem("改写提示词", "张三", "2024年3月1日"),  # invented owner and date
                ActionItem("准备期末考试", "全体学员", "月底"),  # an invented task
            ],
        ),
        ZH,
    )
    assert [t.term for t in result.key_terms] == ["RTF 框架"]
    assert result.action_items == (
        ActionItem("用RTF框架改写三条提示词", "李明", "下周五之前"),
        ActionItem("改写提示词", None, None),
    )


def test_english_is_matched_by_words_case_and_punctuation_aside() -> None:
    result = ground_outline(
        outline(
            "en",
            [KeyTerm("co-star framework", ""), KeyTerm("Few-shot prompting", "")],
            [ActionItem("Rewrite three prompts using CO-STAR", "anna", "before friday")],
        ),
        EN,
    )
    assert [t.term for t in result.key_terms] == ["co-star framework"]
    assert result.action_items[0].owner == "anna" and result.action_items[0].deadline
