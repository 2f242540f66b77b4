"""`study-assistant notes ...` as scripts and instructors use it (docs/cli.md)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from assistant.cli import main


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def add(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    body: str,
    *args: str,
) -> int:
    monkeypatch.setattr("sys.stdin", __import__("io").StringIO(body))
    code, out, _ = run(capsys, "notes", "add", *args)
    assert code == 0
    return int(out.strip())


def test_add_list_show_search_delete(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    first = add(
        capsys,
        monkeypatch,
        "本次会议讨论课程进度。",
        "--title",
        "会议纪要",
        "--course",
        "AI办公",
        "--lesson",
        "第一课",
        "--tags",
        "会议,作业",
    )
    second = add(
        capsys,
        monkeypatch,
        "Học tiếng Việt cơ bản.",
        "--title",
        "Bài 1",
        "--course",
        "Bình dân học AI",
    )

    code, out, _ = run(capsys, "notes", "list", "--json")
    listed = json.loads(out)["notes"]
    assert {n["id"] for n in listed} == {first, second}
    assert set(listed[0]) == {"id", "title", "course", "lesson", "tags", "kind", "updated"}

    code, out, _ = run(capsys, "notes", "list", "--course", "AI办公")
    assert "会议纪要" in out and "Bài 1" not in out

    code, out, _ = run(capsys, "notes", "show", str(first), "--json")
    note = json.loads(out)
    assert note["tags"] == ["会议", "作业"] or sorted(note["tags"]) == ["会议", "作业"]
    assert note["body"] == "本次会议讨论课程进度。"

    code, out, _ = run(capsys, "notes", "search", "tieng viet", "--json")
    found = json.loads(out)
    assert found["query"] == "tieng viet"
    assert [r["id"] for r in found["results"]] == [second]
    assert set(found["results"][0]) == {
        "id",
        "title",
        "snippet",
        "course",
        "lesson",
        "kind",
        "score",
    }
    code, out, _ = run(capsys, "notes", "search", "纪要")
    assert "会议纪要" in out

    assert run(capsys, "notes", "delete", str(first))[0] == 0
    code, _, err = run(capsys, "notes", "show", str(first))
    assert code == 4 and "no note" in err.lower()


def test_add_from_a_gbk_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "讲义.txt"
    source.write_bytes("第二课：提示词的结构".encode("gb18030"))
    code, out, _ = run(capsys, "notes", "add", "--title", "讲义", "--file", str(source))
    assert code == 0
    code, out, _ = run(capsys, "notes", "show", out.strip(), "--json")
    assert json.loads(out)["body"] == "第二课：提示词的结构"


def test_add_from_a_big5_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The same decoder as lecture files: traditional Chinese saved as Big5 is not garbled."""
    source = tmp_path / "講義.txt"
    source.write_bytes("今天我們學習提示詞的寫法".encode("big5"))
    code, out, _ = run(capsys, "notes", "add", "--title", "講義", "--file", str(source))
    assert code == 0
    code, out, _ = run(capsys, "notes", "show", out.strip(), "--json")
    assert json.loads(out)["body"] == "今天我們學習提示詞的寫法"


def test_storage_error_exit_code(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    blocker = tmp_path / "file-not-folder"
    blocker.write_text("x")
    code, _, err = run(capsys, "--data-dir", str(blocker / "data"), "notes", "list")
    assert code == 5
    assert err.startswith("study-assistant: error:")


def test_bad_date_is_an_input_error(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "notes", "list", "--since", "last week")
    assert code == 4 and "YYYY-MM-DD" in err


def test_export_and_import_round_trip(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    add(
        capsys,
        monkeypatch,
        "本次会议讨论课程进度。",
        "--title",
        "会议纪要：第1课",
        "--course",
        "AI办公",
        "--lesson",
        "第一课",
        "--tags",
        "会议",
    )
    add(capsys, monkeypatch, "Học tiếng Việt.", "--title", "Bài 1", "--course", "Bình dân học AI")

    code, out, _ = run(
        capsys, "notes", "export", "--format", "json", "--out", str(tmp_path / "all.json")
    )
    assert code == 0 and Path(out.strip()).is_file()
    code, out, _ = run(capsys, "notes", "export", "--format", "md", "--out", str(tmp_path / "md"))
    assert code == 0
    assert sorted(p.name for p in (tmp_path / "md").rglob("*.md")) == [
        "Bài 1.md",
        "会议纪要：第1课.md",
    ]
    code, out, _ = run(capsys, "notes", "export", "--format", "html", "--out", str(tmp_path))
    assert code == 0 and out.strip().endswith("notes.html")
    assert "会议纪要" in Path(out.strip()).read_text(encoding="utf-8")

    # Into a second, empty library: the JSON export twice adds the notes once.
    other = ["--data-dir", str(tmp_path / "laptop2")]
    code, out, _ = run(capsys, *other, "notes", "import", str(tmp_path / "all.json"))
    assert code == 0 and out.startswith("added 2,")
    code, out, _ = run(capsys, *other, "notes", "import", str(tmp_path / "all.json"))
    assert out.startswith("added 0,")
    code, out, _ = run(capsys, *other, "notes", "search", "hoc tieng viet", "--json")
    assert [r["title"] for r in json.loads(out)["results"]] == ["Bài 1"]


def test_import_of_an_unsupported_file_is_an_input_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "slides.pptx"
    bad.write_bytes(b"PK\x03\x04")
    code, _, err = run(capsys, "notes", "import", str(bad))
    assert code == 4 and err.startswith("study-assistant: error:")


def test_export_pdf_without_a_display(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    add(capsys, monkeypatch, "提示词的结构：角色、任务、格式。", "--title", "提示词")
    code, _out, _ = run(
        capsys, "notes", "export", "--format", "pdf", "--out", str(tmp_path / "notes.pdf")
    )
    assert code == 0
    assert (tmp_path / "notes.pdf").read_bytes().startswith(b"%PDF")
