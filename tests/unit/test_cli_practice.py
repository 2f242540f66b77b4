"""`study-assistant practice ...` and `eval practice` as scripts and instructors use them."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from assistant.cli import main

DATA = Path(__file__).resolve().parent.parent / "data" / "practice"


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_frameworks_json_has_the_contract_shape(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "practice", "frameworks", "--json")
    assert code == 0
    frameworks = json.loads(out)["frameworks"]
    assert [f["key"] for f in frameworks] == [
        "rtf",
        "rtrf",
        "broke",
        "costar",
        "icio",
        "crispe",
        "rtcco",
        "needs",
    ]
    field = frameworks[0]["fields"][0]
    assert field["key"] == "role" and set(field["labels"]) == {"zh", "vi", "en"}
    assert isinstance(field["description"], str) and field["description"]
    code, out, _ = run(capsys, "practice", "frameworks")
    assert code == 0 and "costar" in out and "Giọng điệu" in out


def test_check_reads_stdin_and_prints_the_contract_json(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO("你是一名HR，帮我写招聘启事，用表格列出岗位"))
    code, out, _ = run(capsys, "practice", "check", "--json")
    assert code == 0
    data = json.loads(out)
    assert {"framework", "fields", "missing", "score", "tips"} <= set(data)
    assert data["framework"] == "rtf" and data["score"] == 100 and data["missing"] == []
    assert data["fields"][0] == {
        "key": "role",
        "label": "角色",
        "present": True,
        "evidence": "你是一名HR",
    }
    code, out, _ = run(
        capsys, "practice", "check", "Write a poster slogan", "--framework", "costar"
    )
    assert code == 0 and "score: 17/100" in out and "tip: Add context" in out


def test_check_errors_have_documented_exit_codes(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    code, _, err = run(capsys, "practice", "check", "hi", "--framework", "nope")
    assert code == 4 and "Choose one of: rtf" in err
    monkeypatch.setattr("sys.stdin", io.StringIO("   "))
    code, _, err = run(capsys, "practice", "check")
    assert code == 4 and "empty" in err
    with pytest.raises(SystemExit) as exit_info:
        main(["practice", "exercises", "--lang", "fr"])
    assert exit_info.value.code == 2


def test_check_with_an_r1_model_gives_r1_guidance(
    capsys: pytest.CaptureFixture[str], tiny_r1_model: Path
) -> None:
    code, out, _ = run(
        capsys, "practice", "check", "帮我写个通知", "--model", str(tiny_r1_model), "--json"
    )
    assert code == 0
    data = json.loads(out)
    assert data["reasoning_model"] is True and "R1" in data["tips"][0]


def test_check_critique_prints_proposals_and_the_assembled_rewrite(
    capsys: pytest.CaptureFixture[str], tiny_model: Path
) -> None:
    args = ["practice", "check", "Write a slogan", "--framework", "rtf", "--critique"]
    code, out, _ = run(capsys, *args, "--model", str(tiny_model), "--json")
    assert code == 0
    data = json.loads(out)
    critique = data["critique"]
    assert data["framework"] == "rtf" and data["missing"] == ["role", "format"]
    assert set(critique) >= {"proposals", "rewrite"}
    # Every missing field is either proposed or listed as left out, with the reasons.
    proposed = [p["field"] for p in critique["proposals"]]
    left_out = [p["field"] for p in critique["left_out"]]
    assert sorted(proposed + left_out) == ["format", "role"]
    assert all(p["text"] for p in critique["proposals"])
    assert all(p["reasons"] for p in critique["left_out"])
    assert "Write a slogan" in critique["rewrite"].split("\n")
    code, out, _ = run(capsys, *args, "--model", str(tiny_model))
    assert code == 0 and "proposals (" in out
    assert "Write a slogan" in out.split("rewrite:")[1]
    assert ("left out:" in out) == bool(left_out)


def test_exercises_progress_export_import_and_eval(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    code, out, _ = run(capsys, "practice", "exercises", "--lang", "vi", "--json")
    exercises = json.loads(out)["exercises"]
    assert code == 0 and len(exercises) >= 8 and {e["lang"] for e in exercises} == {"vi"}

    for score_prompt in ("帮我写个通知", "角色：主任\n任务：写通知\n格式：表格"):
        code, _, _ = run(
            capsys,
            "practice",
            "check",
            score_prompt,
            "--framework",
            "rtf",
            "--save",
            "--trainee",
            "Lan",
        )
        assert code == 0
    code, out, _ = run(capsys, "practice", "progress", "--trainee", "Lan", "--json")
    progress = json.loads(out)
    assert (progress["attempts"], progress["best"], progress["average"]) == (2, 100, 66.5)

    pack = tmp_path / "pack.json"
    code, out, _ = run(capsys, "practice", "export", str(pack), "--name", "Class 3")
    assert code == 0 and Path(out.strip()) == pack
    document = json.loads(pack.read_text(encoding="utf-8"))
    document["exercises"] = [dict(document["exercises"][0], id="class3-extra")]
    pack.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    code, out, _ = run(capsys, "practice", "import", str(pack))
    assert code == 0 and "imported prompt pack 'Class 3'" in out
    code, out, _ = run(capsys, "practice", "exercises", "--json")
    assert any(e["id"] == "class3-extra" for e in json.loads(out)["exercises"])

    bad = tmp_path / "bad.json"
    bad.write_text("not json", encoding="utf-8")
    code, _, err = run(capsys, "practice", "import", str(bad))
    assert code == 4 and "not valid JSON" in err

    code, out, _ = run(capsys, "eval", "practice", str(DATA), "--json")
    report = json.loads(out)
    assert code == 0 and report["prompts"] >= 60 and report["overall"]["accuracy"] >= 0.95


def test_eval_practice_critique_reports_the_issue_figures(
    capsys: pytest.CaptureFixture[str], tiny_model: Path, tmp_path: Path
) -> None:
    rows = [
        {
            "id": "a",
            "lang": "en",
            "style": "natural",
            "framework": "rtf",
            "present": ["task"],
            "prompt": "Write a notice.",
        },
        {
            "id": "b",
            "lang": "zh",
            "style": "natural",
            "framework": "broke",
            "present": ["role"],
            "prompt": "你是一名社区网格员。",
        },
    ]
    (tmp_path / "mine.jsonl").write_text(
        "\n".join(json.dumps(r, ensure_ascii=False) for r in rows), encoding="utf-8"
    )
    args = ["eval", "practice", str(tmp_path), "--critique", "--model", str(tiny_model)]
    code, out, err = run(capsys, *args, "--json")
    assert code == 0 and "a: " in err
    report = json.loads(out)
    assert report["prompts"] == 2 and [i["id"] for i in report["items"]] == ["a", "b"]
    for key in ("complete_rewrites", "repeated", "copied_instructions", "in_language"):
        assert key in report
    assert report["median_seconds"] >= 0 and set(report["by_language"]) == {"en", "zh"}
    for item in report["items"]:
        assert item["complete"] == (item["rewrite_missing"] == [])
    code, out, _ = run(capsys, *args)
    assert code == 0 and out.startswith("2 prompts: complete rewrites")
