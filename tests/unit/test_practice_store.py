"""Practice attempts in the library and each trainee's progress; schema v3 migration."""

from __future__ import annotations

from pathlib import Path

from assistant.core.store.database import open_library
from assistant.core.store.practice import Attempt, PracticeStore
from assistant.core.store.schema import SCHEMA_VERSION, migrate, schema_version


def test_attempts_are_saved_with_everything_and_progress_is_per_trainee(tmp_path: Path) -> None:
    library = open_library(tmp_path / "lib.db")
    store = PracticeStore(library.db)
    check = {"framework": "rtf", "score": 67, "missing": ["role"]}
    first = store.add_attempt(
        Attempt(
            prompt="帮我写个通知",
            framework="rtf",
            score=67,
            check_result=check,
            model="tiny.gguf",
            params={"temperature": 0.7, "seed": 42},
            trainee="Lan",
            exercise="zh-notice",
        )
    )
    store.update_output(first, "通知：……")
    store.add_attempt(Attempt(prompt="角色：…", framework="rtf", score=100, trainee="Lan"))
    store.add_attempt(Attempt(prompt="Role: …", framework="costar", score=50, trainee="Lan"))
    store.add_attempt(Attempt(prompt="x", framework="rtf", score=33, trainee="Minh"))
    store.add_attempt(Attempt(prompt="critique", framework="rtf", score=None, mode="critique"))

    saved = store.attempts("Lan")[-1]
    assert (saved.prompt, saved.output, saved.model) == ("帮我写个通知", "通知：……", "tiny.gguf")
    assert saved.check_result == check and saved.params == {"temperature": 0.7, "seed": 42}
    assert saved.exercise == "zh-notice"

    progress = store.progress("Lan")
    assert (progress.attempts, progress.average, progress.best) == (3, 72.3, 100)
    rtf = next(f for f in progress.frameworks if f.framework == "rtf")
    assert (rtf.attempts, rtf.average, rtf.best, rtf.last) == (2, 83.5, 100, 100)
    assert len(progress.by_day) == 1
    assert store.progress("Minh").attempts == 1
    assert store.trainees() == ["", "Lan", "Minh"]
    library.close()


def test_a_version_2_library_is_migrated_keeping_its_attempts(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    library = open_library(path, backups=False)
    library.db.conn.close()
    import sqlite3

    import sqlite_utils

    # Rebuild a version-2 file by hand: migrations 1 and 2 only, plus an attempt.
    path.unlink()
    conn = sqlite3.connect(path, isolation_level=None)
    db = sqlite_utils.Database(conn)
    migrate(db, target=2)
    conn.execute(
        "INSERT INTO practice_attempts (uid, framework, prompt, created) VALUES "
        "('u1', 'rtf', 'old prompt', '2025-01-01T00:00:00.000000Z')"
    )
    conn.close()

    library = open_library(path, backups=False)
    assert schema_version(library.db) == SCHEMA_VERSION >= 3
    old = PracticeStore(library.db).attempts()[0]
    assert (old.prompt, old.trainee, old.mode, old.score) == ("old prompt", "", "run", None)
    library.close()
