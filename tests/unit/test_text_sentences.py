"""Sentence ends in Chinese, Vietnamese and English: full stops that are not ends stay inside."""

from __future__ import annotations

import itertools

import pytest

from assistant.core.text.sentences import sentence_spans, split_sentences


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "大家好。今天讲三件事！第一，数据；第二，模型。",
            ["大家好。", "今天讲三件事！", "第一，数据；", "第二，模型。"],
        ),
        (
            "1. Context. Tell the model who reads it.",
            ["1. Context.", "Tell the model who reads it."],
        ),
        (
            "Mr. Patel said e.g. fractions. Then we voted.",
            ["Mr. Patel said e.g. fractions.", "Then we voted."],
        ),
        (
            "Thứ nhất là TP. Hồ Chí Minh. Thứ hai là dữ liệu.",
            ["Thứ nhất là TP. Hồ Chí Minh.", "Thứ hai là dữ liệu."],
        ),
        ("Section 4.7 is invented. It read well.", ["Section 4.7 is invented.", "It read well."]),
        ("I wrote it in 2015. Nobody noticed.", ["I wrote it in 2015.", "Nobody noticed."]),
        (
            "Ask J. Smith, etc. and wait... Then check.",
            ["Ask J. Smith, etc. and wait...", "Then check."],
        ),
        ('He said "stop." Then he left.', ['He said "stop."', "Then he left."]),
        ("a line\nanother line", ["a line", "another line"]),
        ("no end mark at all", ["no end mark at all"]),
    ],
)
def test_sentences_end_where_a_reader_would_end_them(text: str, expected: list[str]) -> None:
    assert split_sentences(text) == expected


def test_spans_cover_the_range_without_gaps() -> None:
    text = "Intro. First, privacy. Second, cost.\n\n结束。"
    spans = list(sentence_spans(text, 7, len(text)))
    assert spans[0][0] == 7 and spans[-1][1] == len(text)
    assert all(a[1] == b[0] for a, b in itertools.pairwise(spans))
