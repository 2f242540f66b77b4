"""Review cards: made from outlines and selections, scheduled by FSRS through the library."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import fsrs
import pytest

from assistant.core.errors import InputError
from assistant.core.store.cards import CardsStore, DamagedCardError
from assistant.core.store.database import open_library
from assistant.core.store.notes import NotesStore
from assistant.core.study.cards import cloze_card_for_text, outline_cards, parse_outline

Lib = tuple[NotesStore, CardsStore]
NOW = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)
OUTLINE_ZH = """# 数据安全要求

## 本地模型的优点（00:03:10）

- 本地模型运行时不联网，输入的内容不会离开这台机器
- 起草通知、整理会议记录完全够用

## 不能输入模型的信息

- 涉密信息一律不得输入任何大模型
- 身份证号、手机号要先做脱敏处理

## 关键术语

- **本地模型**：装在自己电脑或单位内网服务器上的模型
- **脱敏**：用“张某”代替真实信息

## 复习题

1. 为什么推荐使用本地模型？
2. 哪些信息不能输入大模型？

## 待办事项

- [ ] 本周五前报送使用情况
"""


@pytest.fixture
def library(tmp_path: Path) -> Lib:
    db = open_library(tmp_path / "lib.db", backups=False).db
    # No fuzzing: the test compares due times, which fuzzing would jitter.
    return NotesStore(db), CardsStore(db, fsrs.Scheduler(enable_fuzzing=False))


def test_outline_parts_are_read_from_the_saved_markdown() -> None:
    parts = parse_outline(OUTLINE_ZH)
    assert [s.heading for s in parts.sections] == ["本地模型的优点", "不能输入模型的信息"]
    assert parts.terms[1] == ("脱敏", "用“张某”代替真实信息")
    assert parts.questions == ["为什么推荐使用本地模型？", "哪些信息不能输入大模型？"]


def test_question_cards_are_answered_from_their_section(library: Lib) -> None:
    notes, _ = library
    note = notes.get(notes.add("数据安全", OUTLINE_ZH, kind="outline", course="机关办公"))
    drafts = outline_cards(note)
    assert [d.kind for d in drafts] == ["term", "term", "question", "question"]
    first, second = drafts[2], drafts[3]
    assert first.back.startswith("本地模型的优点") and "不联网" in first.back
    assert second.back.startswith("不能输入模型的信息")
    assert all(d.language == "zh" and d.note_id == note.id for d in drafts)


def test_one_outline_never_makes_duplicates(library: Lib) -> None:
    notes, cards = library
    note = notes.get(notes.add("数据安全", OUTLINE_ZH, kind="outline", course="机关办公"))
    first = cards.add(outline_cards(note), now=NOW)
    again = cards.add(outline_cards(note), now=NOW)
    assert len(first.added) == 4 and first.already_there == 0
    assert again.added == [] and again.already_there == 4
    assert len(cards.all_cards()) == 4


def test_scheduling_round_trips_through_the_database(library: Lib, tmp_path: Path) -> None:
    notes, cards = library
    note = notes.get(notes.add("数据安全", OUTLINE_ZH, kind="outline", course="机关办公"))
    [card_id, *_] = cards.add(outline_cards(note), now=NOW).added
    reviewed = cards.review(card_id, 3, now=NOW)
    assert reviewed.due > cards.get(card_id + 1).due
    # A new connection (a restarted app) reads the same schedule and continues from it.
    reopened = CardsStore(
        open_library(tmp_path / "lib.db", backups=False).db, fsrs.Scheduler(enable_fuzzing=False)
    )
    assert reopened.get(card_id).due == reviewed.due
    later = datetime.fromisoformat(reviewed.due.replace("Z", "+00:00"))
    again = reopened.review(card_id, 4, now=later)
    assert again.due > reviewed.due
    assert reopened.reviewed_today(now=later) >= 1
    rows = reopened.db.execute("SELECT rating FROM card_reviews ORDER BY id").fetchall()
    assert [r[0] for r in rows] == [3, 4]


def test_due_order_is_longest_overdue_first_and_by_course(library: Lib) -> None:
    notes, cards = library
    a = notes.get(notes.add("A", OUTLINE_ZH, kind="outline", course="机关办公"))
    b = notes.get(notes.add("B", OUTLINE_ZH.replace("脱敏", "匿名化"), kind="outline"))
    ids_a = cards.add(outline_cards(a), now=NOW).added
    ids_b = cards.add(outline_cards(b), now=NOW + timedelta(minutes=5)).added
    cards.review(ids_a[0], 4, now=NOW)  # Easy: days away, no longer due
    due = cards.due(now=NOW + timedelta(hours=1))
    assert [c.id for c in due] == ids_a[1:] + ids_b
    assert [c.id for c in cards.due(course="机关办公", now=NOW + timedelta(hours=1))] == ids_a[1:]
    assert cards.due_counts(now=NOW + timedelta(hours=1)) == {None: 4, "机关办公": 3}


def test_a_card_outlives_its_note_and_says_whose_it_was(library: Lib) -> None:
    notes, cards = library
    note_id = notes.add("数据安全", OUTLINE_ZH, kind="outline")
    [card_id, *_] = cards.add(outline_cards(notes.get(note_id)), now=NOW).added
    notes.delete(note_id)
    card = cards.get(card_id)
    assert card.note_id is None and card.note_title == "数据安全"
    assert cards.review(card_id, 3, now=NOW).note_id is None


def test_a_damaged_card_row_is_a_clear_error_and_can_be_reset(library: Lib) -> None:
    notes, cards = library
    note = notes.get(notes.add("数据安全", OUTLINE_ZH, kind="outline"))
    [card_id, *_] = cards.add(outline_cards(note), now=NOW).added
    cards.db.execute("UPDATE cards SET fsrs = '{broken' WHERE id = ?", [card_id])
    with pytest.raises(DamagedCardError, match=f"review reset {card_id}"):
        cards.review(card_id, 3, now=NOW)
    assert cards.db.execute("SELECT count(*) FROM card_reviews").fetchone()[0] == 0
    cards.reset(card_id, now=NOW)
    assert cards.review(card_id, 3, now=NOW).id == card_id


def test_cloze_hides_the_selection_in_its_sentence(library: Lib) -> None:
    notes, cards = library
    note = notes.get(
        notes.add("Safety", "Intro line.\nEvery machine guard is checked before the shift. End.")
    )
    draft = cloze_card_for_text(note, "machine guard")
    assert draft.front == "Every [...] is checked before the shift.".replace("[...]", "[…]")
    assert draft.back.startswith("machine guard")
    assert len(cards.add([draft, draft], now=NOW).added) == 1
    with pytest.raises(InputError, match="does not contain"):
        cloze_card_for_text(note, "forklift")


def test_a_plain_note_has_no_outline_cards(library: Lib) -> None:
    notes, _ = library
    note = notes.get(notes.add("Plain", "Just a sentence."))
    with pytest.raises(InputError, match="cloze"):
        outline_cards(note)


def test_stored_schedule_is_fsrs_json(library: Lib) -> None:
    notes, cards = library
    note = notes.get(notes.add("数据安全", OUTLINE_ZH, kind="outline"))
    [card_id, *_] = cards.add(outline_cards(note), now=NOW).added
    cards.review(card_id, 1, now=NOW)
    stored = cards.db.execute("SELECT fsrs FROM cards WHERE id = ?", [card_id]).fetchone()[0]
    restored = fsrs.Card.from_json(stored)
    assert restored.last_review == NOW and json.loads(stored)["state"] == fsrs.State.Learning


def test_cli_review_cards_due_rate_and_anki_export(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from assistant.cli import main

    monkeypatch.setattr("sys.stdin", __import__("io").StringIO(OUTLINE_ZH))
    assert main(["notes", "add", "--title", "数据安全", "--course", "机关办公"]) == 0
    note_id = capsys.readouterr().out.strip()
    assert main(["review", "cards", "--from-note", note_id, "--json"]) == 0
    assert len(json.loads(capsys.readouterr().out)["added"]) == 4
    assert main(["review", "cards", "--from-note", note_id, "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == {"added": [], "already_there": 4}
    assert main(["review", "due", "--course", "机关办公", "--json"]) == 0
    due = json.loads(capsys.readouterr().out)["cards"]
    assert {"id", "front", "back", "note_id", "course", "due"} <= set(due[0])
    assert main(["review", "rate", str(due[0]["id"]), "4"]) == 0
    capsys.readouterr()
    assert main(["review", "due", "--json"]) == 0
    assert len(json.loads(capsys.readouterr().out)["cards"]) == 3
    out = tmp_path / "cards.tsv"
    assert main(["review", "export", "--format", "tsv", "--out", str(out)]) == 0
    rows = [line.split("\t") for line in out.read_text("utf-8").splitlines()]
    assert rows[0] == ["#separator:tab"]
    assert all(len(row) == 3 for row in rows[3:]) and len(rows) == 7
    assert "<br>" in rows[5][1]  # a section's points, one per line, as Anki shows them
    assert main(["review", "cards", "--from-note", "999"]) == 4


def test_overlap_hint_names_the_parts_not_covered() -> None:
    from assistant.core.study.answer_check import overlap_hint

    hint = overlap_hint(
        "本地模型不联网",
        "本地模型的优点\n• 本地模型运行时不联网\n• 起草通知、整理会议记录完全够用",
    )
    assert hint.missing == ["起草通知、整理会议记录完全够用"]  # a point is one part
    english = overlap_hint("checked before the shift", "Every guard is checked before the shift.")
    assert english.missing == [] and english.covered == 0.57  # 4 of its 7 words
    assert overlap_hint("", "Guards are checked.").missing == ["Guards are checked."]


RATER = """
import sys
from assistant.core.store.cards import CardsStore
from assistant.core.store.database import open_library
cards = CardsStore(open_library(sys.argv[1], backups=False).db)
for card in cards.all_cards():
    cards.review(card.id, 3)
    print(card.id, flush=True)  # what the Review page would now show as saved
import time
time.sleep(60)
"""


def test_a_killed_process_loses_no_rating_it_reported_saved(library: Lib, tmp_path: Path) -> None:
    import os
    import signal
    import subprocess
    import sys

    notes, cards = library
    note = notes.get(notes.add("数据安全", OUTLINE_ZH, kind="outline"))
    made = cards.add(outline_cards(note), now=NOW).added
    proc = subprocess.Popen(
        [sys.executable, "-c", RATER, str(tmp_path / "lib.db")], stdout=subprocess.PIPE, text=True
    )
    assert proc.stdout is not None
    reported = [int(proc.stdout.readline()) for _ in made]
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    reopened = open_library(tmp_path / "lib.db", backups=False)
    rows = reopened.db.execute("SELECT card_id FROM card_reviews ORDER BY id").fetchall()
    assert [row[0] for row in rows] == reported == made
    reopened.close()


def test_a_card_follows_its_note_into_another_course(library: Lib) -> None:
    notes, cards = library
    note_id = notes.add("数据安全", OUTLINE_ZH, kind="outline", course="机关办公")
    [card_id, *_] = cards.add(outline_cards(notes.get(note_id)), now=NOW).added
    notes.update(note_id, course="保密培训", title="数据安全要求")
    card = cards.get(card_id)
    assert (card.course, card.note_title) == ("保密培训", "数据安全要求")
    assert set(cards.due_counts(now=NOW)) == {"保密培训"}
    notes.delete(note_id)
    orphan = cards.get(card_id)
    assert (orphan.course, orphan.note_title) == ("保密培训", "数据安全要求")
