"""Action items: the work a lecture or meeting gives out, who does it and by when (actions.py)."""

from __future__ import annotations

from pathlib import Path

from assistant.core.outline.actions import action_items
from assistant.core.outline.ingest import lecture_from_text, read_lecture
from assistant.core.outline.segment import sentences


def _items(text: str) -> list[tuple[str, str | None, str | None]]:
    lecture = lecture_from_text(text)
    return [
        (a.task, a.owner, a.deadline) for a in action_items(sentences(lecture), lecture.language)
    ]


def test_homework_with_its_label_off_and_its_deadline() -> None:
    text = (
        "提示词要说明角色、任务和格式。\n\n"
        "最后布置作业：请大家在周四下班前，用今天的框架改写一条自己常用的提示词，发到班级群里。"
    )
    assert _items(text) == [
        (
            "请大家在周四下班前，用今天的框架改写一条自己常用的提示词，发到班级群里",
            None,
            "周四下班前",
        )
    ]
    # Only the speaker's own closing words go: "改好了的" is part of the task.
    assert _items("讲完了。\n\n请大家周五前把改好了的通知发到群里，谢谢大家。") == [
        ("请大家周五前把改好了的通知发到群里", None, "周五前")
    ]
    en = "Context matters most.\n\nHomework: rewrite one prompt you use at work by Monday."
    assert _items(en) == [("Rewrite one prompt you use at work by Monday", None, "by Monday")]
    # The label alone says nothing to do: the task is the sentence after it.
    vi = (
        "Câu lệnh tốt cần nêu rõ vai trò.\n\nCuối cùng, bài tập về nhà. Mỗi người viết ba câu lệnh "
        "cho công việc của mình và mang đến buổi học thứ Năm tuần sau."
    )
    assert _items(vi) == [
        (
            "Mỗi người viết ba câu lệnh cho công việc của mình và mang đến buổi học "
            "thứ Năm tuần sau",
            None,
            "thứ Năm tuần sau",
        )
    ]


def test_a_label_names_the_deadline_its_task_does_not() -> None:
    text = (
        "Style and tone differ.\n\n"
        "Exercise for Friday: take a notice you wrote this month and add an audience."
    )
    assert _items(text) == [
        ("Take a notice you wrote this month and add an audience", None, "Friday")
    ]


def test_talk_about_work_or_homework_and_past_dates_are_no_tasks() -> None:
    zh = (
        "我们车间每天都要开班前会，班组长要讲当天的作业内容和危险点。"
        "比如今天要在二号线换水泵，要登高，要动火。"
        "截止上个月底，有效用户是两百万。"
        "家长要鼓励孩子按时完成作业，不要纠结对错。"
        "我相信今天的会为我们明天的工作带来新的机遇。"
    )
    assert _items(zh) == []
    en = (
        "Last week you saw how the model guesses. Next time you write a prompt, add context. "
        "Students will use these tools at home anyway, so next year you can start from both."
    )
    assert _items(en) == []
    # "Thứ ba" is "third" as well as "Tuesday": an ordinal opening a point is no deadline.
    vi = (
        "Thứ ba, những việc nên và không nên giao cho AI. Nên dùng AI để soạn nháp thông báo. "
        "Bài tập này giúp các bạn hiểu hàm SUMIF."
    )
    assert _items(vi) == []


def test_a_meetings_assignments_with_who_and_when_each_once() -> None:
    text = (
        "Mrs Reed: So, decisions. One: the pilot goes ahead in the science department; no pupil "
        "data goes into online tools, and Omar will write the guidance note by the end of the "
        "month. Two: Lena will report back at the March meeting. Three: Priya will draft the "
        "letter to parents. Four: the budget goes to the governors; Omar, please send me the "
        "quote by Friday. To recap, Omar writes the guidance note by the end of the month."
    )
    assert _items(text) == [
        (
            "Omar will write the guidance note by the end of the month",
            "Omar",
            "by the end of the month",
        ),
        ("Lena will report back at the March meeting", "Lena", "at the March meeting"),
        ("Priya will draft the letter to parents", "Priya", None),
        ("Omar, please send me the quote by Friday", "Omar", "by Friday"),
    ]
    vi = (
        "Chủ tọa: Vậy anh Long làm tờ trình xin thêm máy, gửi chị trước thứ Tư.\n\n"
        "Chủ tọa: Chị Mai soạn một thông báo nhắc lại quy định, gửi các tổ trong tuần này. "
        "Tổng kết lại: một là anh Long làm tờ trình trước thứ Tư; hai là chị Mai ra thông báo "
        "trong tuần."
    )
    assert _items(vi) == [
        ("Anh Long làm tờ trình xin thêm máy, gửi chị trước thứ Tư", "Anh Long", "trước thứ Tư"),
        (
            "Chị Mai soạn một thông báo nhắc lại quy định, gửi các tổ trong tuần này",
            "Chị Mai",
            "trong tuần này",
        ),
    ]
    zh = "五、下一步安排\n\n档案室在本月十五日前完成扫描。各科室负责人要在本周四前把需求报办公室。"
    assert _items(zh) == [
        ("档案室在本月十五日前完成扫描", None, "本月十五日前"),
        ("各科室负责人要在本周四前把需求报办公室", "各科室负责人", "本周四前"),
    ]


def test_an_unpunctuated_transcript_gives_the_task_clause_without_thanks() -> None:
    text = (
        "right so to sum up always give it the source and ask it to say when it does not know "
        "and check every figure before anything leaves your desk and um for next week if you "
        "can each bring one answer the assistant got wrong we'll look at them together thanks"
    )
    assert _items(text) == [
        (
            "For next week if you can each bring one answer the assistant got wrong",
            None,
            "next week",
        )
    ]


def test_a_long_task_keeps_the_clauses_before_its_deadline() -> None:
    text = (
        "Hàm SUMIF cộng theo điều kiện.\n\n## Bài tập\n\nDùng bảng lương mẫu mà cô đã gửi trong "
        "nhóm Zalo của lớp hôm thứ Hai vừa rồi: nhờ AI viết công thức tính tổng tiền lương của "
        "từng phòng ban bằng hàm SUMIF, tự kiểm tra lại kết quả trên mười dòng đầu tiên của "
        "bảng, rồi nộp ảnh chụp kết quả trước buổi học sau."
    )
    [(task, _owner, deadline)] = _items(text)
    assert task.startswith("Nhờ AI viết công thức") and task.endswith("trước buổi học sau")
    assert deadline == "trước buổi học sau"


def test_traditional_chinese_tasks_keep_their_characters() -> None:
    text = "提示詞要寫清楚。\n\n最後布置作業：請大家在週五前寫三條提示詞，發到班級群裡。"
    assert _items(text) == [("請大家在週五前寫三條提示詞，發到班級群裡", None, "週五前")]


def test_subtitle_cues_of_one_task_are_read_together(tmp_path: Path) -> None:
    cues = [
        ("00:00:01,000", "00:00:04,000", "记住三样东西：时间、地点、人"),
        ("00:00:05,000", "00:00:08,000", "最后，布置一个练习"),
        ("00:00:08,500", "00:00:12,000", "请大家找一份自己写过的通知"),
        ("00:00:12,500", "00:00:16,000", "下周二上课前交给班长，我们课上一起看"),
    ]
    srt = "\n".join(f"{n}\n{a} --> {b}\n{t}\n" for n, (a, b, t) in enumerate(cues, 1))
    path = tmp_path / "lesson.srt"
    path.write_text(srt, encoding="utf-8")
    lecture = read_lecture(path)
    items = action_items(sentences(lecture), lecture.language)
    assert [(a.task, a.deadline) for a in items] == [
        ("请大家找一份自己写过的通知，下周二上课前交给班长", "下周二上课前")
    ]
    # Without the label, the cue that hands work in is read with the cue that says who does it.
    vtt = (
        "WEBVTT\n\n00:00:01.000 --> 00:00:04.000\ntuần này mỗi tổ cử hai bạn hỏi AI ba câu\n\n"
        "00:00:04.500 --> 00:00:08.000\nghi lại câu trả lời\n\n"
        "00:00:08.500 --> 00:00:12.000\nthứ Sáu nộp cho anh Bình nha cảm ơn các bạn\n"
    )
    path = tmp_path / "briefing.vtt"
    path.write_text(vtt, encoding="utf-8")
    lecture = read_lecture(path)
    items = action_items(sentences(lecture), lecture.language)
    assert [(a.task, a.deadline) for a in items] == [
        (
            "Tuần này mỗi tổ cử hai bạn hỏi AI ba câu, ghi lại câu trả lời, "
            "thứ Sáu nộp cho anh Bình",
            "thứ Sáu",
        )
    ]
