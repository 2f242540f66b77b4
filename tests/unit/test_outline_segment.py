"""Finding a lecture's parts without the model: headings, markers, subtitle cues, cohesion."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.core.outline.cohesion import condense, size, weight
from assistant.core.outline.ingest import lecture_from_text, read_lecture
from assistant.core.outline.markers import announced_topic, label_sentence
from assistant.core.outline.segment import (
    PART_SIZE,
    TITLE_UNITS,
    Part,
    new_voices,
    segment_lecture,
    sentences,
)


def _headings(parts: list[Part]) -> list[tuple[str | None, str | None]]:
    return [(p.marker, p.heading) for p in parts]


def test_chinese_steps_give_one_part_each_in_order() -> None:
    text = (
        "今天讲本地大模型。我们分四步。\n\n第一步：为什么用本地模型。数据不出本机。\n\n"
        "好，第二步，下载模型。到模型库下载一个文件。\n\n第三步，加载模型。打开软件。\n\n"
        "最后，我们来试一试。输入一个问题。"
    )
    parts = segment_lecture(lecture_from_text(text))
    assert _headings(parts) == [
        ("第一步", "为什么用本地模型"),
        ("第二步", "下载模型"),
        ("第三步", "加载模型"),
        (None, None),  # "最后" closes the steps; the model names that part
    ]
    assert parts[0].text.startswith("今天讲本地大模型")  # a short preamble joins the first part
    assert parts[3].text.startswith("最后")


def test_an_opening_that_says_what_the_lecture_is_about_is_a_part_of_its_own() -> None:
    opening = (
        "This session introduces BROKE, a five-part framework for prompts you will reuse at "
        "work. Each letter is one thing the model needs from you. We will build one prompt "
        "together: a monthly sales report for a regional office.\n\n"
    )
    detail = "Two or three sentences are enough, and the model writes for your office. "
    steps = (
        f"First, background. Say who you are and what the report is for. {detail * 3}\n\n"
        f"Second, the role. Tell the model to act as a sales analyst. {detail * 3}\n\n"
        f"Third, the objective. Ask for a one-page report with three findings. {detail * 3}"
    )
    parts = segment_lecture(lecture_from_text(opening + steps))
    assert parts[0].opening and parts[0].heading is None
    assert [p.heading for p in parts[1:]] == ["Background", "The role", "The objective"]
    # A greeting and a sentence of topic is no section: it joins the first step.
    short = segment_lecture(lecture_from_text("Good morning. Today: prompts.\n\n" + steps))
    assert not any(p.opening for p in short) and short[0].text.startswith("Good morning")


def test_steps_in_subtitle_cues_without_punctuation(tmp_path: Path) -> None:
    cues = [
        ("00:00:01,000", "大家好今天讲表格"),
        ("00:00:04,000", "第一步打开表格"),
        ("00:00:08,000", "选中要汇总的数据区域"),
        ("00:01:10,000", "第二步插入数据透视表"),
        ("00:01:14,000", "把部门拖到行里"),
        ("00:02:20,000", "第三步检查结果"),
        ("00:02:24,000", "和原表的合计核对一下"),
    ]
    srt = "\n".join(
        f"{i}\n{start} --> {start[:-3]}900\n{text}\n" for i, (start, text) in enumerate(cues, 1)
    )
    path = tmp_path / "表格.srt"
    path.write_text(srt, encoding="utf-8")
    parts = segment_lecture(read_lecture(path))
    assert [p.marker for p in parts] == ["第一步", "第二步", "第三步"]
    assert [p.start_s for p in parts] == [1.0, 70.0, 140.0]


def test_vietnamese_and_english_ordinals() -> None:
    vi = (
        "Hôm nay chúng ta học về mô hình chạy cục bộ.\n"
        "Thứ nhất: Vì sao nên dùng mô hình cục bộ: dữ liệu của cơ quan không ra khỏi máy.\n"
        "Thứ hai, cài đặt phần mềm. Tải tệp về và mở ra.\n"
        "Thứ ba, viết câu lệnh. Câu lệnh cần rõ vai trò và nhiệm vụ.\n"
        "Cuối cùng, bài tập về nhà: viết ba câu lệnh."
    )
    parts = segment_lecture(lecture_from_text(vi))
    assert [p.heading for p in parts] == [
        "Vì sao nên dùng mô hình cục bộ",
        "Cài đặt phần mềm",
        "Viết câu lệnh",
        "Bài tập về nhà",
    ]
    en = (
        "Welcome to the spreadsheet class.\n\nFirst, we open the file and check the columns.\n\n"
        "Next, we add a SUM formula for each month.\n\nFinally, we print the report."
    )
    assert len(segment_lecture(lecture_from_text(en))) == 3
    # A how-to lesson's steps without numbers: "Đầu tiên… Tiếp theo… Sau đó là… Cuối cùng".
    steps = (
        "Hôm nay mình học cách dùng trợ lý AI để soạn giáo án cho một tiết học.\n"
        "Đầu tiên, nói rõ bài dạy là bài gì, lớp mấy và thời lượng bao nhiêu phút.\n"
        "Tiếp theo, yêu cầu AI chia giáo án thành các hoạt động có thời gian cụ thể.\n"
        "Sau đó là kiểm tra lại từng bài tập và đổi ví dụ cho gần gũi với học sinh.\n"
        "Cuối cùng, lưu lại câu lệnh đã dùng tốt để lần sau dùng lại."
    )
    assert [p.heading for p in segment_lecture(lecture_from_text(steps))][1:] == [
        "Yêu cầu AI chia giáo án thành các hoạt động có thời gian cụ thể",
        "Kiểm tra lại từng bài tập và đổi ví dụ cho gần gũi với học sinh",
        "Lưu lại câu lệnh đã dùng tốt để lần sau dùng lại",
    ]
    # "Tiếp theo là" before a marker is the speaker's lead ("Tiếp theo là bước hai"); before
    # anything else it is the next step.
    said = steps.replace("Tiếp theo, yêu cầu", "Tiếp theo là yêu cầu")
    assert len(segment_lecture(lecture_from_text(said))) == 4
    # "最后这一句很重要" is no part; the "最后，" after the last step closes the steps.
    body = "这一段讲具体的做法和要注意的地方。"
    zh = (
        f"第一步，打开表格。{body}\n第二步，写提示词。最后这一句很重要。{body}\n"
        f"第三步，核对结果。{body}\n最后布置作业：写三条提示词。{body}"
    )
    assert [p.marker for p in segment_lecture(lecture_from_text(zh))] == [
        "第一步",
        "第二步",
        "第三步",
        None,
    ]


_ZH_BODY = "这方面要讲的内容比较多，大家回去要认真学习，结合本单位的实际抓好落实。" * 2
_VI_BODY = "Phần này cần nắm kỹ để áp dụng vào công việc hằng ngày ở cơ quan của mình. " * 2
_EN_BODY = "This matters in everyday office work and you will see it again in the exercise. " * 3


@pytest.mark.parametrize(
    ("lines", "body", "headings"),
    [
        (
            [
                "同志们，今天我讲三点意见。",
                "一是提高思想认识。",
                "二是完善制度规范。",
                "三是抓好工作落实。",
            ],
            _ZH_BODY,
            ["提高思想认识", "完善制度规范", "抓好工作落实"],
        ),
        (
            ["下面讲几条规定。", "第一条，涉密材料不得输入模型。", "第二条，个人信息要脱敏。"],
            _ZH_BODY,
            ["涉密材料不得输入模型", "个人信息要脱敏"],
        ),
        (
            ["培训分两个阶段。", "第一阶段，熟悉软件界面。", "第二阶段，练习写提示词。"],
            _ZH_BODY,
            ["熟悉软件界面", "练习写提示词"],
        ),
        (
            ["今天讲两点。", "第一个是数据安全。", "第二个是人工审核。"],
            _ZH_BODY,
            ["数据安全", "人工审核"],
        ),
        (
            [
                "Chào các anh chị.",
                "Một là, phân loại tài liệu trước khi dùng.",
                "Hai là, không đưa dữ liệu cá nhân lên mạng.",
                "Ba là, kiểm tra lại kết quả.",
            ],
            _VI_BODY,
            [
                "Phân loại tài liệu trước khi dùng",
                "Không đưa dữ liệu cá nhân lên mạng",
                "Kiểm tra lại kết quả",
            ],
        ),
        (
            [
                "Chào các anh chị.",
                "Ý thứ nhất là phân loại tài liệu.",
                "Ý thứ hai là bảo mật dữ liệu.",
            ],
            _VI_BODY,
            ["Phân loại tài liệu", "Bảo mật dữ liệu"],
        ),
        (
            [
                "Chào các anh chị.",
                "Điều thứ nhất là phân loại tài liệu.",
                "Điều thứ hai là bảo mật dữ liệu.",
            ],
            _VI_BODY,
            ["Phân loại tài liệu", "Bảo mật dữ liệu"],
        ),
        (
            [
                "Good morning. Today we look at using the assistant safely.",
                "The first thing is to give it the source.",
                "The second thing is to check every number.",
            ],
            _EN_BODY,
            ["Give it the source", "Check every number"],
        ),
        (  # traditional characters: matched as simplified, kept as written
            [
                "各位同仁好。",
                "第一節，什麼是提示詞。",
                "第二節，RTF框架。",
                "第三節，常見錯誤。",
                "最後，布置作業：寫三條提示詞。",
            ],
            "這一點大家在工作中要特別注意，不能馬虎，回去以後要認真練習。" * 2,
            ["什麼是提示詞", "RTF框架", "常見錯誤", "布置作業"],
        ),
        (
            ["Welcome.", "Topic 1: Safe prompts.", "Topic 2: Checking answers."],
            _EN_BODY,
            ["Safe prompts", "Checking answers"],
        ),
    ],
)
def test_how_officials_and_trainers_number_their_points(
    lines: list[str], body: str, headings: list[str]
) -> None:
    opening, *marked = lines
    text = opening + "\n" + "\n".join(f"{line} {body}" for line in marked)
    assert [p.heading for p in segment_lecture(lecture_from_text(text))] == headings


def test_a_list_inside_a_sentence_is_one_points_items() -> None:
    # "一是…；二是…" inside a sentence lists one point's items: no parts, no subsections.
    inline = (
        "第一部分，常见错误。一是要求模糊，没有说清楚字数；二是没有说明读者；三是任务太多。"
        f"{_ZH_BODY}\n第二部分，作业。{_ZH_BODY}"
    )
    parts = segment_lecture(lecture_from_text(inline))
    assert [p.heading for p in parts] == ["常见错误", "作业"]
    assert parts[0].parts == ()


def test_a_topic_announced_in_traditional_chinese() -> None:
    assert announced_topic("還有就是那個安全規程的問答。你們手機上", "zh", 20) == "安全規程的問答"
    assert announced_topic("好，最後說一下這週的安排。", "zh", 20) == "這週的安排"
    assert announced_topic("有些同志問能不能讓它寫。", "zh", 20) is None


def test_gongwen_levels_nest_and_markdown_headings_win() -> None:
    text = (
        "关于公文写作的培训\n\n一、公文的种类\n（一）通知。通知用于发布要求。\n"
        "（二）报告。报告用于向上级汇报工作。\n二、公文的格式\n公文格式要规范，落款不能少。"
    )
    parts = segment_lecture(lecture_from_text(text))
    assert [p.heading for p in parts] == ["公文的种类", "公文的格式"]
    assert [p.heading for p in parts[0].parts] == ["通知", "报告"]
    markdown = "# 课程\n\n## 甲\n\n第一步，做甲。\n\n## 乙\n\n第二步，做乙。\n\n## 丙\n\n做丙。"
    assert [p.heading for p in segment_lecture(lecture_from_text(markdown))] == ["甲", "乙", "丙"]


def test_an_inline_list_or_one_speakers_ordinals_are_not_the_plan() -> None:
    inline = (
        "今天讲三件事。首先，A。其次，B。最后，C。" + "后面是很长的讨论，讲了很多别的内容。" * 80
    )
    parts = segment_lecture(lecture_from_text(inline))
    assert all(p.marker is None for p in parts)
    assert len(parts) == round(size(inline) / PART_SIZE)


def test_agenda_items_inside_a_paragraph_and_a_speakers_late_list() -> None:
    """English and Vietnamese prose is cut into sentences, so an agenda item said mid-turn opens
    a part; a list one speaker makes late in the meeting ("Two points. First, privacy…") does
    not become the meeting's plan."""
    talk = "We discussed the maths trial at length and the answer keys were checked by hand. " * 6
    text = (
        "Chair: Right, let's start. "
        + talk
        + "\n\n"
        + "Mr Byrne: Two points. First, privacy. The laptops run the model locally. "
        + "Second, cost. Ten new laptops would be needed for the whole department. " * 2
        + "\n\nChair: Agreed. "
        + talk.replace("maths", "English")
    )
    parts = segment_lecture(lecture_from_text(text))
    assert all(p.heading is None and p.marker is None for p in parts)
    agenda = (
        "Chủ tọa: Mời các anh chị ổn định. Sáng nay có hai việc. Việc đầu tiên là thí điểm trợ lý. "
        + "Anh Minh: Bên em dùng trợ lý soạn thư trả lời, thời gian giảm nhiều. " * 3
        + "\n\nChủ tọa: Đồng ý. Việc thứ hai là mở rộng sang văn thư. "
        + "Anh Tuấn: Bên em muốn lập danh mục hồ sơ, nhưng máy cấu hình yếu. " * 3
    )
    parts = segment_lecture(lecture_from_text(agenda))
    assert [p.heading for p in parts] == ["Thí điểm trợ lý", "Mở rộng sang văn thư"]


@pytest.mark.parametrize("repeat", [3, 30])
def test_cohesion_splits_by_topic_within_the_length_bound(repeat: int) -> None:
    topics = [
        "表格公式可以自动求和，求和公式减少抄错。" * repeat,
        "会议纪要要写清时间地点和参会人员，纪要格式要规范。" * repeat,
        "保密规定要求涉密文件不得上网，保密检查每月一次。" * repeat,
    ]
    text = "\n\n".join(topics)
    parts = segment_lecture(lecture_from_text(text))
    assert 1 <= len(parts) <= max(1, round(size(text) / PART_SIZE))
    assert "".join(p.text for p in parts).replace("\n", "") == text.replace("\n", "")
    if len(parts) == 3:
        assert [p.text[:4] for p in parts] == ["表格公式", "会议纪要", "保密规定"]


def test_condense_keeps_the_central_sentences_in_order() -> None:
    text = "提示词要写清角色。天气很好。提示词要写清任务。提示词要写清格式。午饭吃面。"
    short = condense(text, 30)
    assert weight(short) <= 30
    assert "天气很好" not in short and short.index("角色") < short.index("任务")
    assert condense(text, 1000) == text


def test_a_worked_example_and_homework_after_the_last_marker_are_parts_of_their_own() -> None:
    steps = "\n\n".join(
        f"{n}. {name}. " + f"Say what the {name.lower()} is and why the model needs it. " * 3
        for n, name in enumerate(["Context", "Objective", "Style", "Tone"], 1)
    )
    text = (
        "A handout on prompts.\n\n"
        + steps
        + "\n\nA worked example: a notice for the night shift with the four parts filled in."
        + "\n\nExercise for Thursday: rewrite one prompt of yours with all four parts."
    )
    parts = segment_lecture(lecture_from_text(text))
    assert [p.heading for p in parts] == [
        "Context",
        "Objective",
        "Style",
        "Tone",
        "A worked example",
        "Exercise for Thursday",
    ]
    assert parts[3].text.startswith("4. Tone") and "worked example" not in parts[3].text


def test_the_close_of_an_unmarked_talk_is_its_own_part() -> None:
    topics = [
        "表格公式可以自动求和，求和公式减少抄错。" * 6,
        "会议纪要要写清时间地点和参会人员，纪要格式要规范。" * 6,
        "保密规定要求涉密文件不得上网，保密检查每月一次。" * 6,
        "好，最后说一下这周的安排。每个组长周五前交一份纪要，安全员汇总以后挑出写得好的，"
        "下周一的大会上表扬。有问题随时找我或者找安全员。",
    ]
    parts = segment_lecture(lecture_from_text("\n\n".join(topics)))
    assert parts[-1].text.startswith("好，最后说一下这周的安排")
    assert all("最后" not in p.text for p in parts[:-1])


@pytest.mark.parametrize(
    "close",
    [
        "明白了这几点，我们用模型的原则也就清楚了：起草交给它，事实由我们核对，长材料分段给。"
        "下次活动请各组带一份用模型写的教案，我们一起看看效果。",
        "综上，表格、纪要和保密三件事都要按规定办，拿不准的先问科长。"
        "下周一我们再检查一遍，各组把这周做的表格和纪要交上来，写得好的在大会上表扬。",
    ],
    ids=["having-understood-these-points", "in-sum"],
)
def test_a_wrap_up_in_other_words_is_its_own_part(close: str) -> None:
    topics = [
        "表格公式可以自动求和，求和公式减少抄错。" * 6,
        "会议纪要要写清时间地点和参会人员，纪要格式要规范。" * 6,
        "保密规定要求涉密文件不得上网，保密检查每月一次。" * 6,
        close,
    ]
    parts = segment_lecture(lecture_from_text("\n\n".join(topics)))
    assert parts[-1].text == close


@pytest.mark.parametrize(
    ("ending", "moves"),
    [
        ("那会议纪要应该怎么写呢？", True),
        ("Chị Lan, bên văn thư thì sao?", True),
        ("大家明白了吗？", False),
        ("表格就讲到这里，对吧？", False),
    ],
    ids=["question", "handover", "check", "tag"],
)
def test_a_question_before_a_cut_opens_the_next_part(ending: str, moves: bool) -> None:
    first = "表格公式可以自动求和，求和公式减少抄错。" * 7 + ending
    second = "会议纪要要写清时间地点和参会人员，纪要格式要规范。" * 7
    parts = segment_lecture(lecture_from_text(first + "\n\n" + second))
    assert len(parts) == 2
    assert parts[1].text.startswith(ending) is moves
    assert parts[0].text.endswith(ending) is not moves


def test_cohesion_cuts_where_a_paragraph_starts() -> None:
    # The first paragraph's last sentences already use the second's words: the words alone
    # would cut before them, the paragraph break says where the speaker turned.
    first = "模型读进去的是词元，模型按概率挑下一个词元。" * 7
    first += "温度控制随意程度，温度低就稳定。" * 2
    second = "温度控制模型挑词元的随意程度，温度低模型就稳定。" * 7
    parts = segment_lecture(lecture_from_text(first + "\n\n" + second))
    assert len(parts) == 2
    assert parts[1].text.startswith("温度控制")


def test_a_slides_notes_saying_finally_stay_with_that_slide() -> None:
    text = (
        "# Deck\n\n## Local models\n\nThey run offline on the office laptop.\n\n"
        "## Data classes\n\nPublic, internal and secret data are handled differently.\n\n"
        "## Responsibility\n\nYou check every output.\n\n"
        "Finally, the person who sends a text answers for it."
    )
    parts = segment_lecture(lecture_from_text(text))
    assert [p.heading for p in parts] == ["Local models", "Data classes", "Responsibility"]


def test_a_meetings_agenda_as_its_chair_announces_it() -> None:
    turn = "Anh Minh: Bên em dùng trợ lý soạn thư trả lời, thời gian soạn giảm nhiều. " * 3
    text = (
        "Chủ tọa: Sáng nay họp ba việc.\n\n"
        # Eight words, fifteen syllables: the chair's own name for the item is its heading.
        "Việc đầu tiên là đánh giá một tháng thí điểm dùng trợ lý AI ở bộ phận một cửa.\n\n"
        + turn
        + "\n\n"
        "Việc thứ hai là mở rộng sang văn thư.\n\n"
        + turn.replace("thư trả lời", "danh mục")
        + "\n\n"
        "Việc thứ ba là bảo mật dữ liệu.\n\n"
        + turn.replace("thư trả lời", "hồ sơ của dân")
        + "\n\n"
        "Tổng kết lại: một là kèm nguồn tra cứu, hai là làm tờ trình nâng cấp máy, ba là nhắc lại "
        "quy định bảo mật cho toàn bộ cán bộ trong tuần này."
    )
    parts = segment_lecture(lecture_from_text(text))
    assert [p.heading for p in parts] == [
        "Đánh giá một tháng thí điểm dùng trợ lý AI ở bộ phận một cửa",
        "Mở rộng sang văn thư",
        "Bảo mật dữ liệu",
        "Tổng kết lại",
    ]


def test_a_meeting_has_a_part_for_each_person_the_chair_calls_on() -> None:
    report = {
        "Ravi": "The chatbot demo answered opening hours well but quoted late fees from another "
        "council, so members would get wrong answers about money. ",
        "Anna": "The assistant drafted five reading club flyers in a minute, but two invented "
        "authors, so I rewrote the book list and kept the layout. ",
        "Leo": "The two-hour course runs on the November staff day in the large room, and "
        "everyone should book a seat by Friday. ",
    }
    text = (
        "Library team meeting\n\nPresent: Joan (manager), Ravi, Anna, Leo.\n\n"
        "Joan (manager): Thanks for coming. We have a few reports today. Ravi, the chatbot?\n\n"
        f"Ravi: {report['Ravi'] * 8}\n\n"
        "Joan: Good. Anna, you did the flyers, I think.\n\n"
        f"Anna: {report['Anna'] * 8}\n\n"
        "Joan: Leo, the training day?\n\n"
        f"Leo: {report['Leo'] * 8}\n\n"
        "Joan: So, decisions. The chatbot waits until our own fee policy is loaded and someone "
        "checks its answers for a month. The flyers go out next week with the corrected book "
        "list. Everyone books a seat on the course by Friday. Thanks, everyone."
    )
    starts = [p.text[:12] for p in segment_lecture(lecture_from_text(text))]
    # Each person called on opens a part with the chair's short hand-over, and the chair's
    # decisions close it; by length alone, each long report was cut in two.
    assert starts[1:] == ["Joan: Good. ", "Joan: Leo, t", "Joan: So, de"]
    # A handout's labelled lines are no meeting: most of its paragraphs open no turn.
    handout = "\n\n".join(
        [
            "Formulas save time.",
            "Note: a formula starts with an equals sign.",
            "SUM adds a column.",
            "Example: =SUM(B2:B9) adds the fees.",
            "IF checks a condition.",
            "Tip: test the formula on one row.",
            "VLOOKUP finds a value by its key.",
            "Note: use FALSE for an exact match.",
        ]
    )
    assert new_voices(sentences(lecture_from_text(handout)))[1] == 0


@pytest.mark.parametrize(
    ("sentence", "lang", "topic"),
    [
        ("还有就是那个安全规程的问答。", "zh", "安全规程的问答"),
        ("好，最后说一下这周的安排。", "zh", "这周的安排"),
        ("这就解释了第一个现象：模型没有在“查资料”。", "zh", "模型没有在查资料"),
        ("Now let's talk about approved tools.", "en", "Approved tools"),
        # A meeting's agenda items: "第二个事情是…", "第三件事是…".
        ("然后第二个事情是病历资料能不能放进去", "zh", "病历资料能不能放进去"),
        ("第三件事是下周的培训安排。", "zh", "下周的培训安排"),
        (
            "rồi cái thứ hai là khi có sự cố hay tai nạn thì làm gì",
            "vi",
            "Khi có sự cố hay tai nạn",
        ),
        ("Tiếp theo là cách đặt câu hỏi cho rõ.", "vi", "Cách đặt câu hỏi cho rõ"),
        # Remarks, not topics: who speaks, what points back, a whole sentence.
        ("那个，先说一下为什么要搞这个事情。", "zh", None),
        ("再一个就是，呃，有些同志问能不能把事故报告也让它写。", "zh", None),
        ("so what can you actually do about it well", "en", None),
        ("ờ thêm một chuyện nữa là các bạn đừng chụp ảnh bản vẽ", "vi", None),
        (
            "the other thing is to know which kinds of output are risky um anything with numbers "
            "dates names references quotes",
            "en",
            None,
        ),
        ("今天我们说一下。", "zh", None),
    ],
)
def test_the_topic_a_speaker_announces(sentence: str, lang: str, topic: str | None) -> None:
    assert announced_topic(sentence, lang, TITLE_UNITS[lang]) == topic


@pytest.mark.parametrize(
    ("sentence", "lang", "label"),
    [
        ("So, decisions.", "en", "Decisions"),
        ("Last item, training.", "en", "Training"),
        ("Okay, next steps:", "en", "Next steps"),
        ("Rồi, kết luận.", "vi", "Kết luận"),
        # Answers, thanks, whole sentences and questions name no part.
        ("So, yes.", "en", None),
        ("Okay, thanks.", "en", None),
        ("So, we agree on the budget and the room.", "en", None),
        ("So, the flyers?", "en", None),
        ("Decisions.", "en", None),  # no word that moves on: a reply, a fragment
        ("然后李总。", "zh", None),
    ],
)
def test_a_speakers_short_label_for_what_comes_next(
    sentence: str, lang: str, label: str | None
) -> None:
    assert label_sentence(sentence, lang) == label


def test_a_chairs_label_after_a_reply_names_the_closing_turn() -> None:
    report = (
        "The pilot saved two hours a week, but one answer in ten had a wrong key, so every "
        "question is now checked before it goes out. "
    )
    text = (
        "Staff meeting\n\n"
        "Mrs Okafor: Let's start. David, the maths pilot?\n\n"
        f"Mr Patel: {report * 8}\n\n"
        "Mrs Okafor: Thanks. Sara, the English side?\n\n"
        f"Ms Lindqvist: {report * 8}\n\n"
        "Mr Patel: One more thing about the answer keys, if I may.\n\n"
        "Mrs Okafor: Agreed, and that's a good place to land. So, decisions. Staff may use the "
        "local assistant on school devices from September. Tom writes the guidance note by the "
        "end of the month. Thanks, everyone."
    )
    parts = segment_lecture(lecture_from_text(text))
    # The turn's speaker label and the reply before the label are not the topic.
    assert parts[-1].text.startswith("Mrs Okafor: Agreed")
    assert parts[-1].heading == "Decisions" and parts[-1].spoken


def test_an_unmarked_talk_names_a_part_by_its_announced_topic() -> None:
    topics = [
        "表格公式可以自动求和，求和公式减少抄错。" * 9,
        "还有就是那个会议纪要的格式。" + "会议纪要要写清时间地点和参会人员，纪要格式要规范。" * 7,
        "保密规定要求涉密文件不得上网，保密检查每月一次。" * 9,
    ]
    parts = segment_lecture(lecture_from_text("\n\n".join(topics)))
    named = [p for p in parts if p.heading]
    assert [p.heading for p in named] == ["会议纪要的格式"]
    assert named[0].text.startswith("还有就是那个会议纪要的格式。")


def test_a_long_parts_first_subsection_is_not_named_again_by_the_parts_announcement() -> None:
    body1 = "数字人文本身是一个工具型的领域，涉及人文艺术和计算机。" * 30
    body1 += "研究生教育要培养挖掘数据的能力，促进新的知识生产。" * 30
    body2 = "历史学这个学科怎么面对这些数字文本，是要认真考虑的问题。" * 30
    body2 += "人口学的研究范式发生了转变，理论基础进一步完善。" * 30
    text = "第一个问题，数字人文和新文科建设的关系。" + body1
    text += "\n\n第二个问题就是数字人文是不是新文科。" + body2
    parts = segment_lecture(lecture_from_text(text))
    assert [p.heading for p in parts] == ["数字人文和新文科建设的关系", "数字人文是不是新文科"]
    assert all(len(p.parts) > 1 for p in parts)
    assert all(sub.heading is None for p in parts for sub in p.parts)
