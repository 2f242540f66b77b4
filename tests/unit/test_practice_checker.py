"""The prompt checker: labels, natural cues, evidence, auto choice, tips, R1 guidance, accuracy."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.core.errors import InputError
from assistant.core.practice.accuracy import evaluate, labelled_files, read_labelled
from assistant.core.practice.catalog import PracticeCatalog
from assistant.core.practice.checker import MAX_PROMPT_CHARS, check_prompt
from assistant.core.practice.frameworks import BUILTIN_FIELDS
from assistant.core.practice.text import PromptText

DATA = Path(__file__).resolve().parent.parent / "data" / "practice"


def present(prompt: str, framework: str) -> dict[str, str]:
    result = check_prompt(prompt, framework)
    return {f.key: f.evidence for f in result.fields if f.present}


def test_builtin_frameworks_have_the_contract_keys_and_three_languages() -> None:
    catalog = PracticeCatalog.builtin()
    assert {fw.key: fw.field_keys for fw in catalog.frameworks} == BUILTIN_FIELDS
    for fw in catalog.frameworks:
        assert set(fw.example) == {"zh", "vi", "en"}
        for f in fw.fields:
            for texts in (f.labels, f.description, f.tip):
                assert all(texts.get(lang, "").strip() for lang in ("zh", "vi", "en")), f.key
            assert f.cues and all(c in catalog.cues.concepts for c in f.cues)
        # Every example prompt passes its own framework completely.
        for lang, example in fw.example.items():
            result = check_prompt(example, fw.key)
            assert result.missing == [], (fw.key, lang, result.missing)
            assert result.language == lang


@pytest.mark.parametrize(
    ("prompt", "key"),
    [
        ("角色：办公室主任\n任务：写通知\n格式：表格", "role"),
        ("【角色】资深HR\n【任务】写欢迎邮件", "role"),
        ("**Role**: data analyst\n**Task**: explain", "role"),
        ("# Role\nsenior editor\n# Task\nproofread", "role"),
        ("[Vai trò] Nhân viên\n[Nhiệm vụ] Lập bảng", "role"),
        ("ＲＯＬＥ：ｅｄｉｔｏｒ\nTask: fix grammar", "role"),  # full-width letters and colon
        ("vai tro: thu ky\nnhiem vu: viet bien ban", "role"),  # no tone marks
        ("1. 角色：讲师\n2. 任务：设计大纲", "role"),
        ("背景介绍完毕。任务：写一份通知。", "task"),  # mid-line label after a sentence
    ],
)
def test_labelled_fields(prompt: str, key: str) -> None:
    result = check_prompt(prompt, "rtf")
    field = next(f for f in result.fields if f.key == key)
    assert field.present and field.labelled
    assert field.evidence and field.evidence in PromptText.of(prompt).text


@pytest.mark.parametrize(
    ("prompt", "framework", "key", "evidence"),
    [
        ("你是一名工会干事，请写通知", "rtf", "role", "你是一名工会干事"),
        (
            "Bạn là trưởng phòng nhân sự. Hãy viết email.",
            "rtf",
            "role",
            "Bạn là trưởng phòng nhân sự",
        ),
        (
            "Act as a trainer and explain VLOOKUP.",
            "rtf",
            "role",
            "Act as a trainer and explain VLOOKUP",
        ),
        ("请以表格形式输出本周值班表", "rtf", "format", "以表格形式输出本周值班表"),
        ("Hãy liệt kê và trình bày dưới dạng bảng.", "rtf", "format", "trình bày dưới dạng bảng"),
        ("List the steps as a numbered list.", "rtf", "format", "as a numbered list"),
        ("写一份通知，不超过200字", "rtrf", "requirements", "不超过200字"),
        ("Viết thư mời, không quá 300 từ.", "rtrf", "requirements", "không quá 300 từ"),
        ("Write a memo under 100 words.", "rtrf", "requirements", "under 100 words"),
        ("写一份汇报材料，面向市领导", "costar", "audience", "面向市领导"),
        ("Write a post for young parents.", "costar", "audience", "for young parents"),
        (
            "Viết bài đăng cho phụ huynh về lịch tiêm.",
            "costar",
            "audience",
            "cho phụ huynh về lịch tiêm",
        ),
        ("写倡议书，语气温和亲切", "costar", "tone", "语气温和亲切"),
        (
            "我们公司下个月要推行无纸化办公，请写一篇文章。",
            "costar",
            "context",
            "我们公司下个月要推行无纸化办公",
        ),
        ("我要写告知书，但是担心家长不看。", "needs", "concern", "担心家长不看"),
    ],
)
def test_natural_cues_with_exact_evidence(
    prompt: str, framework: str, key: str, evidence: str
) -> None:
    assert present(prompt, framework).get(key) == evidence


def test_unmarked_vietnamese_is_vietnamese_and_ambiguous_words_do_not_mislead() -> None:
    result = check_prompt("ban la chuyen gia excel. viet cong thuc tinh tong doanh thu", "rtf")
    assert result.language == "vi"
    assert result.missing == ["format"]
    assert result.tips[0].startswith("Nêu định dạng")
    # "bằng" (by) is not "bảng" (table) when the marks are there.
    assert "format" not in present("Giải thích hàm XLOOKUP, minh họa bằng ví dụ.", "rtf")


def test_quoted_material_is_not_the_prompts_own_context() -> None:
    prompt = 'Dịch đoạn email sau: "Công ty chúng tôi xin xác nhận lịch họp vào thứ Hai."'
    found = present(prompt, "icio")
    assert "input" in found and "context" not in found


def test_clock_times_and_ordinary_words_are_not_formats() -> None:
    assert "format" not in present("明天下午三点开会，请写个通知", "rtf")
    assert "response" not in present("我们要开展垃圾分类宣传，请写倡议书", "costar")


def test_score_missing_and_one_tip_per_missing_field_in_the_prompts_language() -> None:
    result = check_prompt("帮我总结一下会议要点，分条列出。", "rtf")
    assert result.missing == ["role"]
    assert result.score == 67
    assert result.tips == (PracticeCatalog.builtin().framework("rtf").get_field("role").tip["zh"],)
    assert check_prompt("Write a thank-you note.", "rtf").tips[0].startswith("Add a role")


def test_auto_picks_the_framework_whose_labels_the_prompt_uses() -> None:
    rtf = "Role: HR coordinator\nTask: Write a reminder\nFormat: A short email with three bullets"
    assert check_prompt(rtf).framework == "rtf"  # "short email" must not tip it to RTRF
    rtrf = "角色：主任\n任务：写通知\n要求：300字以内\n格式：分条列出"
    assert check_prompt(rtrf).framework == "rtrf"
    rtcco = (
        "Vai trò: thư ký\nNhiệm vụ: viết biên bản\nNgữ cảnh: họp quý\nRàng buộc: ngắn\nĐầu ra: bảng"
    )
    assert check_prompt(rtcco).framework == "rtcco"
    needs = "我要做：年终总结提纲\n给谁用：领导\n希望达到：一眼看到数据\n但担心：太长"
    assert check_prompt(needs).framework == "needs"
    result = check_prompt("你是一名HR，帮我写招聘启事，用表格列出岗位和要求")
    assert result.auto and result.framework == "rtf"
    assert result.candidates[0][0] == "rtf"


def test_auto_on_natural_prompts_prefers_the_framework_that_explains_most() -> None:
    prompt = "我要写一份给家长看的安全教育告知书，希望家长配合，但是担心写得太长。"
    assert check_prompt(prompt).framework == "needs"
    assert check_prompt("帮我总结一下会议要点，分条列出。").framework == "rtf"


def test_r1_guidance_comes_first_and_notices_few_shot_examples() -> None:
    plain = check_prompt("帮我写个通知", "rtf", reasoning_model=True)
    assert plain.reasoning_model and "系统提示" in plain.tips[0]
    assert "不要给示例" in plain.tips[1] and "输出格式" in plain.tips[2]
    with_examples = check_prompt("Write slogans.\nExample: Safety first!", "rtf", True)
    assert "contains examples" in with_examples.tips[1]
    assert len(with_examples.tips) == 3 + len(with_examples.missing)


def test_empty_and_huge_prompts_are_refused() -> None:
    with pytest.raises(InputError, match="empty"):
        check_prompt("  \n")
    with pytest.raises(InputError, match="at most"):
        check_prompt("x" * (MAX_PROMPT_CHARS + 1))
    with pytest.raises(InputError, match="no framework 'nope'"):
        check_prompt("hello", "nope")


def test_nfd_input_gives_evidence_from_the_nfc_text() -> None:
    import unicodedata

    prompt = unicodedata.normalize("NFD", "Bạn là thư ký. Hãy viết biên bản dưới dạng bảng.")
    result = check_prompt(prompt, "rtf")
    assert result.missing == []
    assert result.fields[0].evidence == unicodedata.normalize("NFC", "Bạn là thư ký")


def test_field_accuracy_on_the_labelled_set() -> None:
    items = read_labelled(labelled_files(DATA))
    assert len(items) >= 60 and {i.lang for i in items} == {"zh", "vi", "en"}
    report = evaluate(items)
    assert report["overall"]["accuracy"] >= 0.95
    assert report["part"]["holdout"]["accuracy"] >= 0.95
    assert report["style"]["labelled"]["accuracy"] == 1.0
    assert all(t["accuracy"] == 1.0 for t in report["auto_framework_on_labelled"].values())


def test_several_labels_on_one_line_each_keep_their_own_span() -> None:
    zh = (
        "【角色】你是市政府办公室的文字秘书【任务】起草一份关于防汛工作的通知"
        "【要求】不超过500字【格式】公文格式"
    )
    result = check_prompt(zh, "auto")
    assert result.framework == "rtrf" and result.missing == []
    evidence = {f.key: f.evidence for f in result.fields}
    assert evidence["task"] == "【任务】起草一份关于防汛工作的通知"
    assert evidence["format"] == "【格式】公文格式"

    vi = "Bối cảnh: công ty sắp tổ chức hội thảo. Nhiệm vụ: viết thư mời khách hàng."
    fields = {f.key: f for f in check_prompt(vi, "rtcco").fields}
    assert fields["context"].evidence.startswith("Bối cảnh: công ty sắp tổ chức hội thảo")
    assert "Nhiệm vụ" not in fields["context"].evidence
    assert fields["task"].evidence.startswith("Nhiệm vụ: viết thư mời")
