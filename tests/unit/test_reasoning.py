"""Tests for the streaming <think>...</think> splitter."""

from __future__ import annotations

import random
from collections.abc import Iterable

import pytest

from assistant.core.engine.reasoning import (
    ANSWER,
    REASONING,
    ReasoningSplitter,
    prompt_opens_think,
    split_reasoning,
)

R1_OUTPUT = (
    "<think>\nOkay, the user asks what 2 + 3 is. Check: a < b when a=2, b=3.\n"
    "So the sum is 5.\n</think>\n\nThe answer is **5**.\n"
)
R1_REASONING = "Okay, the user asks what 2 + 3 is. Check: a < b when a=2, b=3.\nSo the sum is 5."
R1_ANSWER = "The answer is **5**.\n"

# Output after a template that already ended with "<｜Assistant｜><think>\n".
INSIDE_OUTPUT = (
    "Người dùng hỏi về 光合作用.\n</think>\n\nQuang hợp là quá trình 植物 dùng ánh sáng."
)
INSIDE_REASONING = "Người dùng hỏi về 光合作用."
INSIDE_ANSWER = "Quang hợp là quá trình 植物 dùng ánh sáng."


def run(chunks: Iterable[str], started_inside: bool = False) -> list[tuple[str, str]]:
    """Feed chunks then flush, returning every emitted piece in order."""
    splitter = ReasoningSplitter(started_inside)
    pieces: list[tuple[str, str]] = []
    for chunk in chunks:
        pieces.extend(splitter.feed(chunk))
    pieces.extend(splitter.flush())
    return pieces


def join(pieces: list[tuple[str, str]]) -> tuple[str, str]:
    """Collapse pieces into (reasoning, answer)."""
    reasoning = "".join(text for kind, text in pieces if kind == REASONING)
    answer = "".join(text for kind, text in pieces if kind == ANSWER)
    return reasoning, answer


def reference(text: str, started_inside: bool = False) -> tuple[str, str]:
    """Non-streaming statement of the rules, used as an oracle."""
    if started_inside:
        rest = text.lstrip()
        if rest.startswith("<think>"):
            rest = rest[len("<think>") :]
    else:
        stripped = text.lstrip()
        if not stripped.startswith("<think>"):
            return "", text
        rest = stripped[len("<think>") :]
    rest = rest.lstrip()
    end = rest.find("</think>")
    if end < 0:
        return rest, ""
    return rest[:end].rstrip(), rest[end + len("</think>") :].lstrip()


def assert_well_formed(pieces: list[tuple[str, str]]) -> None:
    """Pieces are non-empty, of known kinds, and reasoning never follows answer."""
    kinds = [kind for kind, _ in pieces]
    assert all(text for _, text in pieces)
    assert set(kinds) <= {REASONING, ANSWER}
    if ANSWER in kinds:
        assert REASONING not in kinds[kinds.index(ANSWER) :]


@pytest.mark.parametrize(
    ("text", "started_inside", "expected"),
    [
        (R1_OUTPUT, False, (R1_REASONING, R1_ANSWER)),
        (INSIDE_OUTPUT, True, (INSIDE_REASONING, INSIDE_ANSWER)),
        ("<think>" + INSIDE_OUTPUT, True, (INSIDE_REASONING, INSIDE_ANSWER)),
        ("\n<think>\n" + INSIDE_OUTPUT, True, (INSIDE_REASONING, INSIDE_ANSWER)),
    ],
)
def test_every_split_matches_whole(
    text: str, started_inside: bool, expected: tuple[str, str]
) -> None:
    whole = join(run([text], started_inside))
    assert whole == expected
    assert split_reasoning(text, started_inside) == expected
    by_char = run(list(text), started_inside)
    assert_well_formed(by_char)
    assert join(by_char) == expected
    for cut in range(len(text) + 1):
        pieces = run([text[:cut], text[cut:]], started_inside)
        assert_well_formed(pieces)
        assert join(pieces) == expected, cut


def test_every_three_way_split_matches_whole() -> None:
    text = " <think>\n a\n</think>\n\n b</think> <think>"
    expected = ("a", "b</think> <think>")
    assert split_reasoning(text) == expected
    for i in range(len(text) + 1):
        for j in range(i, len(text) + 1):
            assert join(run([text[:i], text[i:j], text[j:]])) == expected, (i, j)


@pytest.mark.parametrize(
    "chunks",
    [
        ["<th", "ink>", "hmm", "</", "think", ">", "\n\n", "ok"],
        ["<", "t", "h", "i", "n", "k", ">", "hmm", "<", "/", "think>", "ok"],
        ["<think>hmm</thi", "nk>\n", "\nok"],
    ],
)
def test_tag_cut_across_tokens(chunks: list[str]) -> None:
    assert join(run(chunks)) == ("hmm", "ok")


def test_reasoning_streams_without_waiting_for_lines() -> None:
    splitter = ReasoningSplitter()
    assert splitter.feed("<th") == []
    assert splitter.feed("ink>\n") == []
    assert splitter.in_reasoning
    assert splitter.feed("L") == [(REASONING, "L")]
    # Whitespace may be held until we know it is not right before </think>.
    assert splitter.feed(" ") == []
    assert splitter.feed("e") == [(REASONING, " e")]
    assert splitter.feed("<") == []
    assert splitter.feed("b") == [(REASONING, "<b")]
    assert splitter.feed(" </") == []
    assert splitter.feed("think>") == []
    assert not splitter.in_reasoning
    assert splitter.feed("\n\nHi") == [(ANSWER, "Hi")]
    assert splitter.feed(" there") == [(ANSWER, " there")]
    assert splitter.flush() == []


def test_started_inside_without_redundant_open() -> None:
    splitter = ReasoningSplitter(started_inside=True)
    assert splitter.in_reasoning
    assert splitter.feed("\nThinking") == [(REASONING, "Thinking")]
    assert splitter.feed("</think>\n\nDone") == [(ANSWER, "Done")]
    assert splitter.flush() == []


def test_started_inside_with_redundant_open_is_dropped_once() -> None:
    assert split_reasoning("<think>\nx</think>y", started_inside=True) == ("x", "y")
    assert split_reasoning("<think><think>x</think>y", started_inside=True) == (
        "<think>x",
        "y",
    )
    assert join(run(["<", "thi", "nk>", "\n", "x", "</think>", "y"], True)) == ("x", "y")


def test_started_inside_partial_open_that_is_not_a_tag() -> None:
    assert split_reasoning("<thinking about it</think>ok", started_inside=True) == (
        "<thinking about it",
        "ok",
    )


def test_no_tags_is_all_answer_and_emitted_immediately() -> None:
    text = "Plain answer, no reasoning. 1 < 2 and <table> is HTML.\n"
    splitter = ReasoningSplitter()
    emitted = ""
    for char in text:
        emitted += "".join(piece for _, piece in splitter.feed(char))
        assert emitted == text[: len(emitted)]
    assert emitted == text
    assert splitter.flush() == []


@pytest.mark.parametrize("text", ["<", "Hello <", "  <thi", "\n"])
def test_only_a_possible_tag_start_is_held_and_flush_releases_it(text: str) -> None:
    splitter = ReasoningSplitter()
    emitted = [piece for _, piece in splitter.feed(text)]
    held = text[len("".join(emitted)) :]
    assert held in ("", text)
    assert held == "" or held.lstrip() == "" or "<think>".startswith(held.lstrip())
    assert splitter.flush() == ([(ANSWER, held)] if held else [])
    assert split_reasoning(text) == ("", text)


@pytest.mark.parametrize(
    "text",
    ["a < b", "<table><tr><td>1</td></tr></table>", "x<y>z", "<", "<<<", "< think>", "<Think>"],
)
def test_angle_brackets_in_ordinary_answer_are_not_stuck(text: str) -> None:
    assert split_reasoning(text) == ("", text)
    assert join(run(list(text))) == ("", text)


def test_angle_brackets_in_reasoning_are_not_stuck() -> None:
    text = "<think>if a < b then <table> </th> </thin k> ok</think>done"
    expected = ("if a < b then <table> </th> </thin k> ok", "done")
    assert split_reasoning(text) == expected
    assert join(run(list(text))) == expected


def test_later_think_in_answer_stays_answer() -> None:
    text = "Models write <think> before reasoning and </think> after it."
    assert split_reasoning(text) == ("", text)
    closed = "<think>r</think>\n\nUse <think> then </think>."
    assert split_reasoning(closed) == ("r", "Use <think> then </think>.")


def test_empty_reasoning_block() -> None:
    assert split_reasoning("<think>\n\n</think>\n\nHi") == ("", "Hi")
    assert run(["<think>\n\n</think>\n\nHi"]) == [(ANSWER, "Hi")]


def test_whitespace_handling() -> None:
    # Leading and trailing whitespace of the reasoning and the answer's leading "\n\n" go;
    # inner whitespace stays.
    text = "<think>\n\n  a  \n\n b \n</think>\n\n  x \n\n y \n"
    assert split_reasoning(text) == ("a  \n\n b", "x \n\n y \n")
    # Without a reasoning block, leading whitespace is ordinary answer text.
    assert split_reasoning("  Hi") == ("", "  Hi")


def test_unterminated_reasoning_stays_reasoning() -> None:
    text = "<think>\nStill thinking when max_tokens hit. a <"
    expected = ("Still thinking when max_tokens hit. a <", "")
    assert split_reasoning(text) == expected
    pieces = run(list(text))
    assert pieces and all(kind == REASONING for kind, _ in pieces)
    assert join(pieces) == expected
    assert split_reasoning("Half a thought </thi", started_inside=True) == (
        "Half a thought </thi",
        "",
    )


def test_chinese_and_vietnamese() -> None:
    text = "<think>\n用户问的是什么？Tôi cần suy nghĩ.\n</think>\n\n答案是：Xin chào!"
    expected = ("用户问的是什么？Tôi cần suy nghĩ.", "答案是：Xin chào!")
    assert split_reasoning(text) == expected
    assert join(run(list(text))) == expected


def test_flush_is_idempotent() -> None:
    splitter = ReasoningSplitter()
    splitter.feed("<thi")
    assert splitter.flush() == [(ANSWER, "<thi")]
    assert splitter.flush() == []


def test_random_streams_match_reference() -> None:
    rng = random.Random(1234)
    alphabet = ["<", "/", ">", "t", "h", "i", "n", "k", " ", "\n", "a", "<think>", "</think>"]
    for _ in range(1500):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 25)))
        started_inside = rng.random() < 0.5
        expected = reference(text, started_inside)
        assert split_reasoning(text, started_inside) == expected, (text, started_inside)
        cuts = sorted(rng.sample(range(len(text) + 1), k=min(len(text) + 1, rng.randint(0, 6))))
        chunks = [text[a:b] for a, b in zip([0, *cuts], [*cuts, len(text)], strict=True)]
        pieces = run(chunks, started_inside)
        assert_well_formed(pieces)
        assert join(pieces) == expected, (chunks, started_inside)


@pytest.mark.parametrize(
    ("prompt", "expected"),
    [
        ("<｜User｜>Hi<｜Assistant｜><think>\n", True),
        ("<｜User｜>Hi<｜Assistant｜><think>", True),
        ("<|im_start|>assistant\n<think>\n\n", True),
        ("<|im_start|>assistant\n<think>\n\n</think>\n\n", False),
        ("<｜User｜>Hi<｜Assistant｜>", False),
        ("Explain <think> tags.<|im_start|>assistant\n", False),
        ("<think> then text", False),
        ("", False),
    ],
)
def test_prompt_opens_think(prompt: str, expected: bool) -> None:
    assert prompt_opens_think(prompt) is expected
