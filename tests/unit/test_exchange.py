"""Export to Markdown/HTML/JSON and import back: file names, front matter, no duplicates, safety."""

from __future__ import annotations

import errno
import json
import random
import re
import unicodedata
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from assistant.core.errors import InputError, StorageError
from assistant.core.store import exchange, frontmatter
from assistant.core.store.database import open_library
from assistant.core.store.exchange import (
    MAX_NAME_BYTES,
    MAX_NAME_CHARS,
    ExportTexts,
    export_html,
    export_json,
    export_markdown,
    import_path,
    render_html,
    safe_filename,
)
from assistant.core.store.notes import NotesStore
from assistant.core.store.records import SearchFilters

RESERVED = (
    {"CON", "PRN", "AUX", "NUL"}
    | {f"COM{i}" for i in range(1, 10)}
    | {f"LPT{i}" for i in range(1, 10)}
)


def _open(path: Path) -> Iterator[NotesStore]:
    lib = open_library(path)
    yield NotesStore(lib.db)
    lib.close()


@pytest.fixture
def store(tmp_path: Path) -> Iterator[NotesStore]:
    yield from _open(tmp_path / "library.db")


@pytest.fixture
def other(tmp_path: Path) -> Iterator[NotesStore]:
    """A second, empty library to import into."""
    yield from _open(tmp_path / "other" / "library.db")


@pytest.fixture
def filled(store: NotesStore) -> NotesStore:
    """Notes in Chinese, Vietnamese and English, with the awkward characters users type."""
    store.add(
        "第一课：提示词框架",
        "# 角色\n\n你是一名公文写作助手。\n\n- 任务：写通知\n- 格式：公文\n",
        course="AI 办公",
        lesson="第1课",
        tags=["提示词", "框架, RTF"],
        source="lecture-01.txt",
        model="qwen2.5-0.5b",
        params={"temperature": 0.6, "top_p": 0.95},
        kind="outline",
    )
    store.add(
        "Bài 2: Viết prompt",
        "Tiếng Việt có dấu: **ươ ệ ữ**.\n",
        course="Khóa học AI",
        tags=["tiếng việt"],
    )
    store.add("Lesson 3: prompts", "Plain note without a course.\n\n---\n\nafter a rule")
    store.add("Lesson 3: prompts", "Same title, other body.")
    return store


def _notes(store: NotesStore) -> dict[str, dict[str, Any]]:
    """Notes by uid, without the library-specific id."""
    out = {}
    for note in store.iter_notes():
        data = note.to_json()
        data.pop("id")
        out[note.uid] = data
    return out


# -- safe_filename ------------------------------------------------------------------------------


def test_safe_filename_keeps_chinese_and_vietnamese_letters() -> None:
    assert safe_filename("第一课：提示词", ".md") == "第一课：提示词.md"
    assert safe_filename("Tiếng Việt bài 1", ".md") == "Tiếng Việt bài 1.md"


def test_safe_filename_makes_decomposed_vietnamese_composed() -> None:
    decomposed = unicodedata.normalize("NFD", "Tiếng Việt")
    assert safe_filename(decomposed, ".md") == unicodedata.normalize("NFC", "Tiếng Việt.md")


@pytest.mark.parametrize("char", [*'<>:"/\\|?*', "\x00", "\x01", "\x1b", "\x7f"])
def test_safe_filename_replaces_characters_windows_or_linux_refuse(char: str) -> None:
    assert safe_filename(f"a{char}b", ".md") == "a_b.md"


def test_safe_filename_turns_line_breaks_and_tabs_into_spaces() -> None:
    assert safe_filename("one\ntwo\tthree\r\nfour", ".md") == "one two three four.md"


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("notes.", "notes.md"),
        ("notes. . ", "notes.md"),
        ("  padded  ", "padded.md"),
        (".hidden", "hidden.md"),
        ("", "Untitled.md"),
        ("   ", "Untitled.md"),
        (".", "Untitled.md"),
        ("..", "Untitled.md"),
        ("...", "Untitled.md"),
    ],
)
def test_safe_filename_strips_dots_and_spaces_at_the_ends(title: str, expected: str) -> None:
    assert safe_filename(title, ".md") == expected


@pytest.mark.parametrize(
    "title",
    ["CON", "con", "Prn", "aux", "NUL", "COM1", "com9", "LPT1", "lpt9", "CON.txt", "nul.tar.gz",
     "Aux .txt", "COM¹", "CONIN$"],
)  # fmt: skip
def test_safe_filename_avoids_reserved_windows_names(title: str) -> None:
    for suffix in (".md", ""):
        name = safe_filename(title, suffix)
        stem = name.split(".")[0].rstrip(" ").upper()
        assert stem not in RESERVED | {"COM¹", "CONIN$"}, name
        assert name.endswith(suffix)


@pytest.mark.parametrize("title", ["CONSOLE", "COM10", "LPT0", "nullable", "icon"])
def test_safe_filename_leaves_names_that_only_look_reserved(title: str) -> None:
    assert safe_filename(title, ".md") == f"{title}.md"


def test_safe_filename_caps_length_by_characters_keeping_the_extension() -> None:
    name = safe_filename("a" * 500, ".md")
    assert len(name) == MAX_NAME_CHARS
    assert name.endswith("aaa.md")


def test_safe_filename_stays_within_the_byte_limit_of_linux_file_systems() -> None:
    for char in ("中", "ệ", "😀"):
        name = safe_filename(char * 300, ".md")
        assert name.endswith(".md")
        assert len(name) <= MAX_NAME_CHARS
        assert len(name.encode()) <= MAX_NAME_BYTES
        assert set(name[:-3]) == {char}


def test_safe_filename_does_not_end_in_a_dot_after_cutting() -> None:
    name = safe_filename("x" * 116 + ". . . tail", ".md")
    assert not name[:-3].endswith((".", " "))


def test_safe_filename_numbers_collisions_case_insensitively() -> None:
    taken: set[str] = set()
    names = [safe_filename(t, ".md", taken) for t in ("Note", "note", "NOTE", "Note")]
    assert names == ["Note.md", "note (2).md", "NOTE (3).md", "Note (4).md"]


def test_safe_filename_numbers_long_collisions_within_the_limit() -> None:
    taken: set[str] = set()
    first = safe_filename("长" * 200, ".md", taken)
    second = safe_filename("长" * 200, ".md", taken)
    assert second.endswith(" (2).md")
    assert len(second.encode()) <= MAX_NAME_BYTES and len(second) <= MAX_NAME_CHARS
    assert first != second


def test_safe_filename_names_can_all_be_created(tmp_path: Path) -> None:
    rng = random.Random(7)
    alphabet = (
        list('<>:"/\\|?* .\t\n\x00\x1f\x7f') + list("abcXYZ中文课ệươ😀-_()") + ["CON", "lpt1"]
    )
    taken: set[str] = set()
    for _ in range(300):
        title = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 180)))
        name = safe_filename(title, ".md", taken)
        assert name.endswith(".md")
        assert not re.search(r'[<>:"/\\|?*\x00-\x1f\x7f]', name)
        assert name[:-3] and not name[:-3].endswith((".", " ")) and not name.startswith((".", " "))
        assert name.split(".")[0].rstrip(" ").upper() not in RESERVED
        assert len(name) <= MAX_NAME_CHARS and len(name.encode()) <= MAX_NAME_BYTES
        (tmp_path / name).write_text("x", encoding="utf-8")
    assert len(list(tmp_path.iterdir())) == 300


# -- front matter -------------------------------------------------------------------------------

TRICKY = [
    "Lesson 3: prompts",
    "ends with colon:",
    "#hashtag",
    "C# basics",
    "text #comment",
    "- dash",
    "? question",
    '"quoted"',
    "it's",
    "back\\slash",
    "中文：冒号",
    "Tiếng Việt",
    "yes",
    "No",
    "null",
    "~",
    "123",
    "1.5",
    "0x1F",
    "",
    " leading",
    "trailing ",
    "[x]",
    "{y}",
    "a, b",
    "multi\nline",
    "tab\there",
    "@at",
    "`tick`",
    "%pct",
    "!bang",
    "&anchor",
    "*alias",
    "| pipe",
    "> gt",
    "url http://a.b/c?d=1#e",
    "line\u2028separator",
    "del\x7fchar",
    "bom\ufeffinside",
    "2026-11-22",
]


@pytest.mark.parametrize("value", TRICKY)
def test_front_matter_reads_back_every_scalar_exactly(value: str) -> None:
    block = frontmatter.dump({"title": value, "tags": [value, "plain"]})
    fields, body = frontmatter.split(block + "\nbody")
    assert fields["title"] == value
    assert fields["tags"] == [value, "plain"]
    assert body == "body"


def test_front_matter_keeps_chinese_and_vietnamese_readable() -> None:
    block = frontmatter.dump({"title": "提示词：角色", "course": "Khóa học", "tags": ["中文"]})
    assert "提示词：角色" in block and "Khóa học" in block and "中文" in block
    assert "\\u" not in block


def test_front_matter_leaves_own_timestamps_plain() -> None:
    block = frontmatter.dump({"updated": "2026-11-22T01:30:00.123456Z"})
    assert "updated: 2026-11-22T01:30:00.123456Z\n" in block


def test_front_matter_reads_hand_written_yaml() -> None:
    text = (
        "---\n"
        "title: 'It''s mine'   \n"
        "# a comment\n"
        "tags:\n"
        "  - one\n"
        '  - "two, three"\n'
        "course: Plain text # trailing comment\n"
        "empty:\n"
        "...\n"
        "Body here\n"
    )
    fields, body = frontmatter.split(text)
    assert fields["title"] == "It's mine"
    assert fields["tags"] == ["one", "two, three"]
    assert fields["course"] == "Plain text"
    assert fields["empty"] is None
    assert body == "Body here\n"


def test_a_leading_horizontal_rule_is_not_front_matter() -> None:
    text = "---\n\nJust a rule above a paragraph.\n\n---\n"
    assert frontmatter.split(text) == ({}, text)


def test_text_without_closing_fence_has_no_front_matter() -> None:
    text = "---\ntitle: never closed\n"
    assert frontmatter.split(text) == ({}, text)


# -- Markdown export ----------------------------------------------------------------------------


def test_markdown_export_lays_out_course_and_lesson_folders(
    filled: NotesStore, tmp_path: Path
) -> None:
    dest = tmp_path / "out"
    written = export_markdown(filled, dest)
    relative = sorted(p.relative_to(dest).as_posix() for p in written)
    assert relative == [
        "AI 办公/第1课/第一课：提示词框架.md",
        "Khóa học AI/Bài 2_ Viết prompt.md",
        "Lesson 3_ prompts (2).md",
        "Lesson 3_ prompts.md",
    ]
    text = (dest / "AI 办公" / "第1课" / "第一课：提示词框架.md").read_text(encoding="utf-8")
    assert text.startswith("---\ntitle: 第一课：提示词框架\n")
    assert 'tags: [提示词, "框架, RTF"]' in text
    assert "course: AI 办公\nlesson: 第1课\n" in text
    assert text.endswith(
        "---\n\n# 角色\n\n你是一名公文写作助手。\n\n- 任务：写通知\n- 格式：公文\n"
    )
    assert not list(dest.rglob(".*.tmp"))


def test_markdown_export_filters_by_course(filled: NotesStore, tmp_path: Path) -> None:
    written = export_markdown(filled, tmp_path / "out", SearchFilters(course="Khóa học AI"))
    assert [p.name for p in written] == ["Bài 2_ Viết prompt.md"]


def test_markdown_export_keeps_courses_whose_names_clean_alike_apart(
    store: NotesStore, tmp_path: Path
) -> None:
    store.add("one", "1", course="A:B")
    store.add("two", "2", course="A?B")
    store.add("three", "3", course="A:B")
    written = export_markdown(store, tmp_path / "out")
    assert [p.parent.name for p in written] == ["A_B", "A_B (2)", "A_B"]


def test_markdown_round_trip_keeps_every_field(
    filled: NotesStore, other: NotesStore, tmp_path: Path
) -> None:
    export_markdown(filled, tmp_path / "out")
    report = import_path(other, tmp_path / "out")
    assert (report.added, report.updated, report.skipped, report.errors) == (4, 0, 0, [])
    assert _notes(other) == _notes(filled)


def test_importing_the_same_markdown_folder_twice_adds_nothing(
    filled: NotesStore, other: NotesStore, tmp_path: Path
) -> None:
    export_markdown(filled, tmp_path / "out")
    import_path(other, tmp_path / "out")
    again = import_path(other, tmp_path / "out")
    assert (again.added, again.updated, again.skipped) == (0, 0, 4)
    assert other.count() == 4
    into_source = import_path(filled, tmp_path / "out")
    assert (into_source.added, into_source.skipped) == (0, 4)


# -- JSON export --------------------------------------------------------------------------------


def test_json_export_has_the_documented_shape(filled: NotesStore, tmp_path: Path) -> None:
    path = export_json(filled, tmp_path / "notes.json")
    raw = path.read_text(encoding="utf-8")
    assert "第一课：提示词框架" in raw and "\\u" not in raw
    document = json.loads(raw)
    assert document["format"] == "study-assistant-notes"
    assert document["version"] == 1
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT.*Z", document["exported"])
    assert [n["title"] for n in document["notes"]] == [n.title for n in filled.iter_notes()]
    assert document["notes"][0]["params"] == {"temperature": 0.6, "top_p": 0.95}


def test_json_round_trip_and_second_import_adds_nothing(
    filled: NotesStore, other: NotesStore, tmp_path: Path
) -> None:
    path = export_json(filled, tmp_path / "notes.json")
    first = import_path(other, path)
    assert (first.added, first.errors) == (4, [])
    assert _notes(other) == _notes(filled)
    second = import_path(other, path)
    assert (second.added, second.updated, second.skipped) == (0, 0, 4)
    assert other.count() == 4


def test_newer_import_updates_and_older_is_skipped(
    filled: NotesStore, other: NotesStore, tmp_path: Path
) -> None:
    path = export_json(filled, tmp_path / "notes.json")
    import_path(other, path)
    document = json.loads(path.read_text(encoding="utf-8"))
    newer, older = document["notes"][0], document["notes"][1]
    newer.update(body="改过的内容", updated="2099-01-01T00:00:00.000000Z", tags=["新"])
    newer["params"] = {"temperature": 0.2}
    older.update(body="stale", updated="2000-01-01T00:00:00.000000Z")
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")

    report = import_path(other, path)
    assert (report.added, report.updated, report.skipped) == (0, 1, 3)
    changed = other.get(other.find_uid(newer["uid"]) or 0)
    assert changed.body == "改过的内容"
    assert changed.tags == ("新",)
    assert changed.updated == "2099-01-01T00:00:00.000000Z"
    assert changed.params == {"temperature": 0.2}
    assert other.get(other.find_uid(older["uid"]) or 0).body != "stale"
    assert len(other.versions(changed.id)) == 1  # the replaced text stays in the history
    assert import_path(other, path).updated == 0


def test_import_normalises_timestamps_to_utc(other: NotesStore, tmp_path: Path) -> None:
    note = {"uid": "u1", "title": "t", "body": "b", "created": "2026-01-02T03:04:05+08:00"}
    path = tmp_path / "n.json"
    path.write_text(json.dumps({"format": "study-assistant-notes", "version": 1, "notes": [note]}))
    import_path(other, path)
    stored = other.get(other.find_uid("u1") or 0)
    assert stored.created == "2026-01-01T19:04:05.000000Z"
    assert stored.updated == stored.created


def test_bad_entries_are_reported_and_the_rest_imported(other: NotesStore, tmp_path: Path) -> None:
    notes = [
        {"title": "good", "body": "ok"},
        {"title": "bad kind", "body": "x", "kind": "poem"},
        "not a note",
        {"title": "also good", "body": "fine", "course": "C", "lesson": "L"},
    ]
    path = tmp_path / "n.json"
    path.write_text(json.dumps({"format": "study-assistant-notes", "version": 1, "notes": notes}))
    report = import_path(other, path)
    assert report.added == 2
    assert len(report.errors) == 2
    assert "note 2" in report.errors[0] and "poem" in report.errors[0]
    assert "note 3" in report.errors[1]
    assert [(n.course, n.lesson) for n in other.iter_notes()] == [(None, None), ("C", "L")]


# -- Markdown import ----------------------------------------------------------------------------


def test_markdown_without_uid_is_skipped_when_title_and_body_exist(
    store: NotesStore, tmp_path: Path
) -> None:
    store.add("会议纪要", "内容一\n")
    (tmp_path / "same.md").write_text("---\ntitle: 会议纪要\n---\n\n内容一\n", encoding="utf-8")
    (tmp_path / "changed.md").write_text("---\ntitle: 会议纪要\n---\n\n内容二\n", encoding="utf-8")
    assert import_path(store, tmp_path / "same.md").skipped == 1
    assert import_path(store, tmp_path / "changed.md").added == 1
    assert import_path(store, tmp_path / "changed.md").skipped == 1
    assert store.count() == 2


def test_plain_markdown_takes_title_from_heading_or_file_name(
    other: NotesStore, tmp_path: Path
) -> None:
    folder = tmp_path / "notes"
    (folder / "AI 办公" / "第2课").mkdir(parents=True)
    (folder / "AI 办公" / "第2课" / "x.md").write_text(
        "intro\n# 提示词 #\n\ntext", encoding="utf-8"
    )
    (folder / "AI 办公" / "总结.md").write_text("no heading", encoding="utf-8")
    (folder / "root.markdown").write_text("## not level one\n", encoding="utf-8")
    deep = folder / "a" / "b" / "c"
    deep.mkdir(parents=True)
    (deep / "deep.md").write_text("deep", encoding="utf-8")
    (folder / ".obsidian").mkdir()
    (folder / ".obsidian" / "hidden.md").write_text("ignored", encoding="utf-8")
    (folder / "notes.txt").write_text("not part of a folder import", encoding="utf-8")

    report = import_path(other, folder)
    assert (report.added, report.errors) == (4, [])
    got = {n.title: (n.course, n.lesson, n.body) for n in other.iter_notes()}
    assert got == {
        "提示词": ("AI 办公", "第2课", "intro\n# 提示词 #\n\ntext"),
        "总结": ("AI 办公", None, "no heading"),
        "root": (None, None, "## not level one\n"),
        "deep": (None, None, "deep"),
    }


def test_front_matter_course_wins_over_folders(other: NotesStore, tmp_path: Path) -> None:
    folder = tmp_path / "in" / "Folder course"
    folder.mkdir(parents=True)
    (folder / "n.md").write_text(
        "---\ntitle: T\ncourse: Real course\ntags: a, b\n---\nbody", encoding="utf-8"
    )
    import_path(other, tmp_path / "in")
    (note,) = other.iter_notes()
    assert (note.course, note.lesson, note.tags, note.body) == (
        "Real course",
        None,
        ("a", "b"),
        "body",
    )


@pytest.mark.parametrize(
    "encoding", ["utf-8", "utf-8-sig", "gb18030", "gbk", "utf-16", "utf-16-le", "utf-16-be"]
)
def test_markdown_import_reads_office_encodings(
    other: NotesStore, tmp_path: Path, encoding: str
) -> None:
    text = "# 会议纪要\r\n\r\n下周提交大纲。\r\n"
    data = text.encode(encoding)
    if encoding in ("utf-16-le", "utf-16-be"):
        data = ("\ufeff" + text).encode(encoding)  # Notepad's "Unicode" always has a BOM
    (tmp_path / "n.txt").write_bytes(data)
    report = import_path(other, tmp_path / "n.txt")
    assert report.added == 1
    (note,) = other.iter_notes()
    assert note.title == "会议纪要"
    assert note.body == "# 会议纪要\n\n下周提交大纲。\n"


def test_unreadable_file_in_a_folder_is_reported_not_fatal(
    other: NotesStore, tmp_path: Path
) -> None:
    (tmp_path / "good.md").write_text("fine", encoding="utf-8")
    (tmp_path / "binary.md").write_bytes(b"\xff\xff\xff\x00\x81")
    report = import_path(other, tmp_path)
    assert report.added == 1
    assert len(report.errors) == 1 and "binary.md" in report.errors[0]
    with pytest.raises(InputError, match="not a text file"):
        import_path(other, tmp_path / "binary.md")


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("x.json", "{not json", "not valid JSON"),
        ("x.json", '{"format": "something-else", "notes": []}', "not a Study Assistant"),
        ("x.json", "[1, 2]", "not a Study Assistant"),
        ("x.json", '{"format": "study-assistant-notes", "version": 9, "notes": []}', "newer"),
        ("x.json", '{"format": "study-assistant-notes", "version": 1}', "no list of notes"),
        ("x.json", '{"format": "study-assistant-notes", "notes": []}', "no valid format version"),
        ("x.docx", "PK", "cannot be imported"),
    ],
)
def test_bad_input_is_an_input_error(
    other: NotesStore, tmp_path: Path, name: str, content: str, message: str
) -> None:
    (tmp_path / name).write_text(content, encoding="utf-8")
    with pytest.raises(InputError, match=message):
        import_path(other, tmp_path / name)
    assert other.count() == 0


def test_missing_path_and_empty_folder_are_input_errors(other: NotesStore, tmp_path: Path) -> None:
    with pytest.raises(InputError, match="does not exist"):
        import_path(other, tmp_path / "nowhere.md")
    (tmp_path / "empty").mkdir()
    (tmp_path / "empty" / "readme.txt").write_text("not markdown", encoding="utf-8")
    with pytest.raises(InputError, match="no Markdown"):
        import_path(other, tmp_path / "empty")


# -- HTML export --------------------------------------------------------------------------------


def test_html_shows_raw_html_in_notes_as_text(store: NotesStore) -> None:
    store.add(
        "Model <b>output</b>",
        'Hi <script>alert(1)</script>\n\n<img src=http://x>\n\n<div onclick="x()">\nblock\n</div>\n'
        "\n[click](javascript:alert(1)) [ok](https://example.org) ![pic](http://x/y.png)\n",
        course="<i>course</i>",
        tags=["<tag>"],
    )
    page = render_html(store)
    assert "<script" not in page.lower()
    assert "<img" not in page.lower()
    assert "<div onclick" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "&lt;img src=http://x&gt;" in page
    assert "javascript:" not in page
    assert '<a href="https://example.org">ok</a>' in page
    assert "http://x/y.png" in page and 'src="http' not in page  # a link, never loaded
    assert "Model &lt;b&gt;output&lt;/b&gt;" in page
    assert "&lt;i&gt;course&lt;/i&gt;" in page and "&lt;tag&gt;" in page


def test_html_is_one_self_contained_document(filled: NotesStore, tmp_path: Path) -> None:
    path = export_html(filled, tmp_path / "notes.html")
    page = path.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>")
    assert '<meta charset="utf-8">' in page
    assert re.search(r'<html lang="(zh-CN|vi|en)">', page)
    assert "Noto Sans CJK SC" in page and "Microsoft YaHei" in page
    assert not re.search(r"<link|<script|@import|url\(|src=", page)
    for index in range(1, 5):
        assert f'href="#note-{index}"' in page and f'id="note-{index}"' in page
    assert "<table>" not in page or "<th>" in page
    # Note headings sit below the note title (h2), so "# 角色" becomes h3.
    assert "<h3>角色</h3>" in page
    assert '<div class="note" lang="zh-CN">' in page and '<div class="note" lang="vi">' in page


def test_html_renders_tables_and_fenced_code(store: NotesStore) -> None:
    store.add("t", "| a | b |\n|---|---|\n| 1 | 2 |\n\n```python\nprint('<b>')\n```\n")
    page = render_html(store)
    assert "<table>" in page and "<td>1</td>" in page
    assert "<pre><code class=\"language-python\">print('&lt;b&gt;')</code></pre>" in page


def test_html_and_json_into_a_folder_get_default_names(store: NotesStore, tmp_path: Path) -> None:
    store.add("t", "b")
    assert export_html(store, tmp_path) == tmp_path / "notes.html"
    assert export_json(store, tmp_path) == tmp_path / "notes.json"


def test_html_of_an_empty_library_is_still_a_document(store: NotesStore) -> None:
    assert "0 notes" in render_html(store)


# -- failures while writing ---------------------------------------------------------------------


def test_full_disk_is_a_storage_error_and_leaves_the_old_file(
    store: NotesStore, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store.add("t", "b")
    target = tmp_path / "notes.json"
    target.write_text("previous export", encoding="utf-8")

    def full(fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(exchange.os, "fsync", full)
    with pytest.raises(StorageError, match="disk is full"):
        export_json(store, target)
    assert target.read_text(encoding="utf-8") == "previous export"
    assert [p.name for p in tmp_path.iterdir() if p.suffix == ".tmp"] == []


def test_permission_error_is_a_storage_error(
    store: NotesStore, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store.add("t", "b")

    def refuse(src: str, dst: str) -> None:
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(exchange.os, "replace", refuse)
    with pytest.raises(StorageError, match="permission"):
        export_markdown(store, tmp_path / "out")
    assert not [p for p in (tmp_path / "out").rglob("*") if p.is_file()]


def test_markdown_export_onto_a_file_is_a_storage_error(store: NotesStore, tmp_path: Path) -> None:
    store.add("t", "b", course="c")
    (tmp_path / "file").write_text("x", encoding="utf-8")
    with pytest.raises(StorageError, match="could not be written"):
        export_markdown(store, tmp_path / "file")


def test_html_says_one_note_and_takes_the_words_of_the_ui_language(store: NotesStore) -> None:
    store.add("会议纪要", "内容")
    page = render_html(store)
    assert "1 note · exported " in page and "1 notes" not in page
    assert "<title>Study notes</title>" in page and "<h2>Contents</h2>" in page
    texts = ExportTexts("学习笔记", "目录", "共 1 条笔记 · 导出于 {date}", "共 {count} 条笔记")
    page = render_html(store, texts=texts)
    assert "<title>学习笔记</title>" in page and "<h2>目录</h2>" in page
    assert "共 1 条笔记 · 导出于 20" in page
    assert "Contents" not in page and "exported" not in page
