"""The Practice page on a real tiny model and a real library: live check, run, stop, saved
attempts, side by side, critique, R1 guidance and prompt packs."""

from __future__ import annotations

import json
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QStyle, QStyleOptionComboBox
from pytestqt.qtbot import QtBot

from assistant.core.engine.requests import LoadOptions, Sampling
from assistant.core.settings import Settings
from assistant.core.store.practice import Attempt, PracticeStore
from assistant.ui.controllers.engine_bridge import EngineBridge
from assistant.ui.controllers.library_bridge import LibraryBridge
from assistant.ui.pages.practice_page import PracticePage
from assistant.ui.widgets.compare_view import TWO_PROMPTS, TWO_TEMPERATURES
from tests.ui.request_feed import RequestFeed

SHORT = Sampling(temperature=0.7, max_tokens=16, seed=7)
LONG = Sampling(temperature=0.7, max_tokens=4000, seed=7)


class Env:
    """An engine bridge, a library bridge, and a Practice page on them."""

    def __init__(self, qtbot: QtBot) -> None:
        self.qtbot = qtbot
        self.engine = EngineBridge(settings=Settings(n_threads=1))
        self.feed = RequestFeed(self.engine)
        self.library = LibraryBridge()
        with qtbot.waitSignal(self.library.opened, timeout=5000):
            pass
        self.page = PracticePage(self.engine, self.library, SHORT)
        qtbot.addWidget(self.page)
        self.page.resize(1100, 700)
        self.page.show()

    def load(self, model: Path) -> None:
        with self.qtbot.waitSignal(self.engine.loaded, timeout=10_000):
            self.engine.load(str(model), LoadOptions(n_threads=1))

    def store(self, job: Callable[[PracticeStore], Any]) -> Any:
        results: list[Any] = []
        self.library.run(lambda s: job(PracticeStore(s.db)), results.append)
        self.qtbot.waitUntil(lambda: bool(results), timeout=5000)
        return results[0]

    def attempts(self) -> list[Attempt]:
        return list(reversed(self.store(lambda s: s.attempts())))

    def type_prompt(self, text: str) -> None:
        with self.qtbot.waitSignal(self.page.checker.checked, timeout=5000):
            self.page.composer.set_prompt(text)


@pytest.fixture
def env(qtbot: QtBot) -> Iterator[Env]:
    threads_before = set(threading.enumerate())
    e = Env(qtbot)
    yield e
    e.page.shutdown()
    e.engine.shutdown()
    e.library.shutdown()
    qtbot.waitUntil(lambda: set(threading.enumerate()) <= threads_before, timeout=3000)


def test_feedback_updates_as_the_trainee_types(env: Env, qtbot: QtBot) -> None:
    page = env.page
    assert not page.run_button.isEnabled()  # no model yet
    page.composer.tabs.setCurrentIndex(1)
    page.composer.free_text.setFocus()
    with qtbot.waitSignal(page.checker.checked, timeout=5000) as first:
        qtbot.keyClicks(page.composer.free_text, "Write a notice about the fire drill.")
    assert first.args[0].framework == "rtf" and first.args[0].missing == ["role", "format"]
    assert "1 of 3 parts present" in page.feedback.text()
    assert "Add a role" in page.feedback.text()
    with qtbot.waitSignal(page.checker.checked, timeout=5000) as second:
        qtbot.keyClicks(page.composer.free_text, " You are an office manager. Use a table.")
    assert second.args[0].missing == [] and page.feedback.score_bar.value() == 100
    assert "“You are an office manager”" in page.feedback.text()


def test_the_form_composes_a_labelled_prompt_for_the_chosen_framework(
    env: Env, qtbot: QtBot
) -> None:
    composer = env.page.composer
    exercises = [
        composer.exercise_combo.itemData(i) for i in range(composer.exercise_combo.count())
    ]
    assert "en-notice" in exercises and "zh-notice" not in exercises  # in the UI language
    composer.choose_exercise("en-policy")
    assert composer.framework_key() == "costar"
    assert "staff keep asking" in composer.exercise_card.text()
    composer.tabs.setCurrentIndex(0)
    with qtbot.waitSignal(env.page.checker.checked, timeout=5000) as checked:
        composer.field_edit("context").setPlainText("A new remote-work policy confuses staff.")
        composer.field_edit("audience").setPlainText("all staff")
    assert (
        composer.prompt()
        == "Context: A new remote-work policy confuses staff.\nAudience: all staff"
    )
    result = checked.args[0]
    assert result.framework == "costar"
    assert {f.key for f in result.fields if f.present} >= {"context", "audience"}
    composer.tabs.setCurrentIndex(1)  # free text starts from the form's prompt
    assert composer.free_text.toPlainText() == composer.prompt()


def test_run_streams_the_answer_and_saves_the_attempt(
    env: Env, qtbot: QtBot, tiny_model: Path
) -> None:
    env.load(tiny_model)
    page = env.page
    env.type_prompt("You are a secretary. Write the minutes as a numbered list.")
    assert page.run_button.isEnabled() and not page.stop_button.isEnabled()
    with qtbot.waitSignal(page.attempt_saved, timeout=10_000):
        qtbot.keyClick(page.run_button, Qt.Key.Key_Space)
    answer = page.answer_column.text()
    assert answer
    (attempt,) = env.attempts()
    assert attempt.mode == "run" and attempt.output == answer
    assert attempt.framework == "rtf" and attempt.score == 100
    assert attempt.check_result and attempt.check_result["missing"] == []
    assert attempt.model and attempt.params == {
        "temperature": 0.7,
        "top_p": None,
        "seed": 7,
        "max_tokens": 16,
    }
    qtbot.waitUntil(lambda: page.progress_view.by_framework.rowCount() == 1, timeout=5000)
    assert "1 scored attempt" in page.progress_view.summary.text()
    assert page.run_button.isEnabled()


def test_an_answer_asked_before_its_check_arrives_still_gets_the_verdict(
    env: Env, qtbot: QtBot, tiny_model: Path
) -> None:
    env.load(tiny_model)
    env.page.composer.set_prompt("You are a clerk. Write a memo as a table.")
    with qtbot.waitSignal(env.page.attempt_saved, timeout=10_000):
        env.page.run()  # at once: the debounced check has not run yet
    (attempt,) = env.attempts()
    assert attempt.score == 100 and attempt.framework == "rtf"


def test_stop_keeps_and_saves_the_partial_answer(env: Env, qtbot: QtBot, tiny_model: Path) -> None:
    env.load(tiny_model)
    page = env.page
    page.sampling = LONG
    env.type_prompt("Write a long report.")
    first_token = qtbot.waitSignal(env.feed.token, timeout=10_000)
    with first_token:
        page.run()
    assert page.stop_button.isEnabled()
    with qtbot.waitSignal(page.attempt_saved, timeout=10_000):
        page.stop()
    assert "Stopped" in page.status_text()
    (attempt,) = env.attempts()
    assert attempt.output and attempt.output == page.answer_column.text()


def test_side_by_side_runs_a_then_b_with_the_same_seed(
    env: Env, qtbot: QtBot, tiny_model: Path
) -> None:
    env.load(tiny_model)
    page, compare = env.page, env.page.compare
    env.type_prompt("Write a slogan.")
    compare.set_mode(TWO_PROMPTS)
    compare.prompt_b.setPlainText("You are a copywriter. Write a slogan as a list of 3 options.")
    compare.seed_spin.setValue(11)
    saved: list[int] = []
    page.attempt_saved.connect(saved.append)
    page.run_side_by_side()
    qtbot.waitUntil(lambda: len(saved) == 2, timeout=15_000)
    a, b = env.attempts()
    assert (a.mode, b.mode) == ("side_a", "side_b")
    assert a.prompt == "Write a slogan." and b.prompt.startswith("You are a copywriter")
    assert a.params and b.params and a.params["seed"] == b.params["seed"] == 11
    assert a.score is not None and b.score is not None and b.score > a.score
    assert compare.column_a.text() == a.output and compare.column_b.text() == b.output

    # One prompt at two temperatures: same prompt, the temperatures differ.
    saved.clear()
    compare.set_mode(TWO_TEMPERATURES)
    compare.temp_a.setValue(0.1)
    compare.temp_b.setValue(1.5)
    page.run_side_by_side()
    qtbot.waitUntil(lambda: len(saved) == 2, timeout=15_000)
    c, d = env.attempts()[2:]
    assert c.prompt == d.prompt == "Write a slogan."
    assert (
        c.params and d.params and (c.params["temperature"], d.params["temperature"]) == (0.1, 1.5)
    )


def test_critique_shows_the_checker_then_proposals_to_edit_and_the_rewrite(
    env: Env, qtbot: QtBot, tiny_model: Path
) -> None:
    env.load(tiny_model)
    page, view = env.page, env.page.critique_view
    prompt = "Write a notice about the fire drill."
    env.type_prompt(prompt)
    with qtbot.waitSignal(page.attempt_saved, timeout=60_000):
        page.critique()
    assert "1 of 3 parts present" in page.feedback.text()  # the verdict is the checker's
    (attempt,) = env.attempts()
    assert attempt.mode == "critique" and attempt.score == 33
    assert attempt.check_result and attempt.check_result["critique"]["rewrite"] == attempt.output
    assert prompt in view.rewrite_text().split("\n")
    # The trainee writes (or edits) the role sentence: it is kept and the rewrite follows.
    role = view.row_edit("role")
    role.clear()
    qtbot.keyClicks(role, "You are the site safety officer.")
    assert view.row_accept("role").isChecked()
    assert view.rewrite_text().startswith("Role: You are the site safety officer.\n" + prompt)
    view.row_accept("role").setChecked(False)
    assert "Role:" not in view.rewrite_text()
    view.row_accept("role").setChecked(True)
    rewrite = view.rewrite_text()
    view.copy_button.click()
    assert QGuiApplication.clipboard().text() == rewrite

    # Original against rewrite, side by side with the same seed.
    saved: list[int] = []
    page.attempt_saved.connect(saved.append)
    view.compare_button.click()
    qtbot.waitUntil(lambda: len(saved) == 2, timeout=15_000)
    a, b = env.attempts()[1:]
    assert (a.mode, a.prompt, b.mode, b.prompt) == ("side_a", prompt, "side_b", rewrite)
    assert a.params and b.params and a.params["seed"] == b.params["seed"]

    with qtbot.waitSignal(page.attempt_saved, timeout=15_000):
        view.run_button.click()
    run = env.attempts()[-1]
    assert run.mode == "run" and run.prompt == rewrite
    assert page.composer.prompt() == prompt  # the trainee's own text is untouched


def test_critique_with_r1_guidance_and_thinking_for_a_reasoning_model(
    env: Env, qtbot: QtBot, tiny_r1_model: Path
) -> None:
    page = env.page
    env.type_prompt("帮我写个通知")
    assert page.feedback.r1_notice.isHidden()
    with qtbot.waitSignal(page.checker.checked, timeout=10_000) as rechecked:
        env.load(tiny_r1_model)
    assert page.reasoning_model and not page.feedback.r1_notice.isHidden()
    assert "R1" in rechecked.args[0].tips[0]
    with qtbot.waitSignal(page.attempt_saved, timeout=120_000):
        page.critique()
    (attempt,) = env.attempts()
    assert attempt.mode == "critique" and attempt.output == page.critique_view.rewrite_text()
    view = page.critique_view
    assert not view.thinking.isHidden()  # the thinking has its panel, apart from the proposals
    for p in attempt.check_result["critique"]["proposals"]:  # type: ignore[index]
        assert p["text"] not in view.thinking.text()


def test_stop_during_a_critique_ends_it(env: Env, qtbot: QtBot, tiny_model: Path) -> None:
    env.load(tiny_model)
    page = env.page
    env.type_prompt("Write a notice.")
    page.critique()
    assert page.stop_button.isEnabled()
    page.stop()
    qtbot.waitUntil(lambda: page.critique_button.isEnabled(), timeout=15_000)
    assert page.critique_view.status.text()


def test_run_results_are_rendered_markdown_and_labels_are_not_repeated(
    env: Env, qtbot: QtBot
) -> None:
    page = env.page
    column = page.answer_column
    column.start("caption")
    column.append("### 摘要\n\n**5. 会议结束**")
    assert column.text() == "### 摘要\n\n**5. 会议结束**"  # saved as the model wrote it
    shown = column.shown_text()
    assert "摘要" in shown and "5. 会议结束" in shown and "#" not in shown and "**" not in shown
    # "Answer" is the tab's name only, not repeated as a heading inside it.
    assert column.title() == "" and page.tabs.tabText(1) == "Answer"
    compare = page.compare
    compare.set_mode(TWO_PROMPTS)
    label = compare._temp_labels[0]
    assert not label.isHidden() and not compare.temp_a.isHidden()
    assert label.text() == "Temperature:"
    combo = page.composer.framework_combo
    for i in range(combo.count()):
        combo.setCurrentIndex(i)
        qtbot.wait(1)
        room = combo.style().subControlRect(
            QStyle.ComplexControl.CC_ComboBox,
            _combo_option(combo),
            QStyle.SubControl.SC_ComboBoxEditField,
            combo,
        )
        assert combo.fontMetrics().horizontalAdvance(combo.currentText()) <= room.width()


def _combo_option(combo: Any) -> QStyleOptionComboBox:
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    return option


def test_prompt_packs_import_with_errors_shown_and_export(
    env: Env, qtbot: QtBot, tmp_path: Path
) -> None:
    page = env.page
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "study-assistant-prompt-pack", "version": 1}', encoding="utf-8")
    page.packs.import_pack(bad)
    qtbot.waitUntil(lambda: "not imported" in page.status_text(), timeout=5000)
    assert "$.name is missing" in page.status_text()

    good = tmp_path / "class.json"
    good.write_text(
        json.dumps(
            {
                "format": "study-assistant-prompt-pack",
                "version": 1,
                "name": "Class 7",
                "exercises": [
                    {
                        "id": "c7-memo",
                        "lang": "en",
                        "title": "Canteen memo",
                        "scenario": "The canteen changes its hours.",
                        "goal": "Write the memo.",
                        "framework": "rtf",
                    }
                ],
            }
        ),
        encoding="utf-8",
    )
    with qtbot.waitSignal(page.pack_imported, timeout=5000):
        page.packs.import_pack(good)
    combo = page.composer.exercise_combo
    qtbot.waitUntil(lambda: combo.findData("c7-memo") >= 0, timeout=5000)

    out = tmp_path / "export.json"
    page.packs.export_pack(out)
    qtbot.waitUntil(lambda: "Exported" in page.status_text(), timeout=5000)
    exported = json.loads(out.read_text(encoding="utf-8"))
    assert any(e["id"] == "c7-memo" for e in exported["exercises"])
    assert len(exported["frameworks"]) == 8
