"""Section start times found in a subtitle lecture's cues."""

from __future__ import annotations

from pathlib import Path

from assistant.core.outline.ingest import Lecture, lecture_from_text, read_lecture
from assistant.core.outline.render import render_markdown
from assistant.core.outline.structure import Outline, Section
from assistant.core.outline.timing import assign_start_times, clock

SRT = """1
00:00:02,000 --> 00:00:06,000
Hôm nay chúng ta học cách viết câu lệnh cho trí tuệ nhân tạo.

2
00:03:10,500 --> 00:03:15,000
Phần một: khung RTF gồm vai trò, nhiệm vụ và định dạng.

3
00:03:15,000 --> 00:03:20,000
Vai trò cho mô hình biết nó là ai.

4
00:21:40,000 --> 00:21:45,000
Phần hai: những lỗi thường gặp khi viết câu lệnh quá mơ hồ.

5
00:35:00,000 --> 00:35:04,000
Bài tập về nhà: viết lại ba câu lệnh theo khung RTF.
"""


def outline(*sections: Section) -> Outline:
    return Outline("Bài giảng", "vi", sections, (), (), ())


def srt_lecture(tmp_path: Path) -> Lecture:
    path = tmp_path / "lesson.srt"
    path.write_text(SRT, encoding="utf-8")
    return read_lecture(path)


def test_sections_get_the_time_their_words_are_spoken(tmp_path: Path) -> None:
    lecture = srt_lecture(tmp_path)
    result = assign_start_times(
        outline(
            Section("Khung RTF", ("Vai trò, nhiệm vụ và định dạng", "Mô hình biết nó là ai")),
            Section("Lỗi thường gặp", ("Câu lệnh quá mơ hồ",), start="00:00:01"),  # invented
            Section("Ẩm thực Hà Nội", ("Phở và bún chả",)),  # not in the lecture
            Section("Bài tập về nhà", ("Viết lại ba câu lệnh",)),
        ),
        lecture,
    )
    assert [s.start for s in result.sections] == ["00:03:10", "00:21:40", None, "00:35:00"]
    assert "## Khung RTF (00:03:10)" in render_markdown(result)


def test_sections_keep_the_lectures_order(tmp_path: Path) -> None:
    # Matching starts after the previous section's place: a recap at the end does not pull a
    # later section before an earlier one.
    lecture = srt_lecture(tmp_path)
    result = assign_start_times(
        outline(Section("Lỗi thường gặp", ("câu lệnh quá mơ hồ",)), Section("Khung RTF", ())),
        lecture,
    )
    assert result.sections[0].start == "00:21:40"
    assert result.sections[1].start in (None, "00:35:00")


def test_a_lecture_without_cue_times_is_left_alone() -> None:
    plain = outline(Section("Khung RTF", ("vai trò",), start="00:01:00"))
    assert assign_start_times(plain, lecture_from_text("Khung RTF: vai trò.")) is plain


def test_clock() -> None:
    assert clock(0) == "00:00:00"
    assert clock(3725.9) == "01:02:05"
