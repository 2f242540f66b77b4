"""PracticeStore: practice attempts, each trainee's progress, and imported prompt packs."""

from __future__ import annotations

import json
import uuid
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import sqlite_utils

from assistant.core.practice.catalog import PracticeCatalog
from assistant.core.practice.frameworks import BUILTIN_FIELDS
from assistant.core.practice.packs import Pack, parse_pack, read_pack_file
from assistant.core.store.records import now_iso
from assistant.core.store.transactions import transaction

MODES = ("run", "side_a", "side_b", "critique", "check")


@dataclass(frozen=True)
class Attempt:
    """One practice attempt: the prompt, the checker's verdict, the model's output."""

    prompt: str
    framework: str | None
    score: int | None
    check_result: dict[str, Any] | None = None
    output: str = ""
    model: str | None = None
    params: dict[str, Any] | None = None
    trainee: str = ""
    exercise: str | None = None
    mode: str = "run"
    id: int = 0
    created: str = ""

    def to_json(self) -> dict[str, Any]:
        """The attempt as a JSON-safe dict."""
        return {
            "id": self.id,
            "created": self.created,
            "trainee": self.trainee,
            "framework": self.framework,
            "exercise": self.exercise,
            "mode": self.mode,
            "score": self.score,
            "prompt": self.prompt,
            "check_result": self.check_result,
            "output": self.output,
            "model": self.model,
            "params": self.params,
        }


@dataclass(frozen=True)
class FrameworkProgress:
    """A trainee's attempts with one framework."""

    framework: str
    attempts: int
    average: float
    best: int
    last: int


@dataclass(frozen=True)
class Progress:
    """How a trainee is doing: counts, average and best scores, per framework and per day."""

    trainee: str
    attempts: int
    average: float
    best: int
    frameworks: tuple[FrameworkProgress, ...]
    by_day: tuple[tuple[str, float], ...] = field(default=())  # (YYYY-MM-DD, average score)

    def to_json(self) -> dict[str, Any]:
        """The progress as a JSON-safe dict."""
        return {
            "trainee": self.trainee,
            "attempts": self.attempts,
            "average": self.average,
            "best": self.best,
            "frameworks": [f.__dict__ for f in self.frameworks],
            "by_day": [{"day": d, "average": a} for d, a in self.by_day],
        }


_COLUMNS = (
    "id, prompt, framework, score, check_result, output, model, params, trainee, exercise, mode, "
    "created"
)


class PracticeStore:
    """Reads and writes practice attempts and prompt packs; every write is one transaction."""

    def __init__(self, db: sqlite_utils.Database) -> None:
        self.db = db

    # -- attempts -------------------------------------------------------------------------------

    def add_attempt(self, attempt: Attempt) -> int:
        """Save an attempt; returns its id."""
        if attempt.mode not in MODES:
            raise ValueError(f"unknown practice mode {attempt.mode!r}")
        with transaction(self.db):
            cursor = self.db.execute(
                "INSERT INTO practice_attempts (uid, framework, prompt, check_result, output, "
                "model, params, trainee, exercise, score, mode, created) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    uuid.uuid4().hex,
                    attempt.framework,
                    attempt.prompt,
                    _dump(attempt.check_result),
                    attempt.output,
                    attempt.model,
                    _dump(attempt.params),
                    attempt.trainee.strip(),
                    attempt.exercise,
                    attempt.score,
                    attempt.mode,
                    now_iso(),
                ],
            )
        return int(cursor.lastrowid or 0)

    def update_output(self, attempt_id: int, output: str) -> None:
        """Store the model's output of an attempt saved before the model answered."""
        with transaction(self.db):
            self.db.execute(
                "UPDATE practice_attempts SET output = ? WHERE id = ?", [output, attempt_id]
            )

    def attempts(self, trainee: str | None = None, limit: int = 100) -> list[Attempt]:
        """The newest attempts first (one trainee's if given)."""
        where, params = (
            ("WHERE trainee = ?", [trainee.strip()]) if trainee is not None else ("", [])
        )
        rows = self.db.execute(
            f"SELECT {_COLUMNS} FROM practice_attempts {where} ORDER BY created DESC, id DESC "
            "LIMIT ?",
            [*params, limit],
        ).fetchall()
        return [_attempt(row) for row in rows]

    def trainees(self) -> list[str]:
        """Everyone with attempts, by name ("" is the unnamed trainee)."""
        rows = self.db.execute("SELECT DISTINCT trainee FROM practice_attempts ORDER BY trainee")
        return [r[0] for r in rows.fetchall()]

    def progress(self, trainee: str = "") -> Progress:
        """A trainee's progress over the scored attempts (checks and runs)."""
        rows = self.db.execute(
            "SELECT framework, score, created FROM practice_attempts "
            "WHERE trainee = ? AND score IS NOT NULL AND mode IN ('run', 'check', 'side_a', "
            "'side_b') ORDER BY created, id",
            [trainee.strip()],
        ).fetchall()
        scores = [int(r[1]) for r in rows]
        per_framework: dict[str, list[int]] = defaultdict(list)
        per_day: dict[str, list[int]] = defaultdict(list)
        for framework, score, created in rows:
            per_framework[framework or ""].append(int(score))
            per_day[created[:10]].append(int(score))
        return Progress(
            trainee=trainee.strip(),
            attempts=len(scores),
            average=_mean(scores),
            best=max(scores, default=0),
            frameworks=tuple(
                FrameworkProgress(fw, len(s), _mean(s), max(s), s[-1])
                for fw, s in sorted(per_framework.items())
            ),
            by_day=tuple((day, _mean(s)) for day, s in sorted(per_day.items())),
        )

    # -- packs ----------------------------------------------------------------------------------

    def save_pack(self, pack: Pack) -> bool:
        """Store a pack (replacing one of the same name) in one transaction; True if replaced."""
        with transaction(self.db):
            replaced = self.db.execute(
                "DELETE FROM practice_packs WHERE name = ?", [pack.name]
            ).rowcount
            self.db.execute(
                "INSERT INTO practice_packs (name, version, content, imported) VALUES (?, ?, ?, ?)",
                [
                    pack.name,
                    int(pack.document.get("version", 1)),
                    json.dumps(pack.document, ensure_ascii=False),
                    now_iso(),
                ],
            )
        return bool(replaced)

    def packs(self) -> list[Pack]:
        """The imported packs, oldest import first (later packs override earlier ones)."""
        rows = self.db.execute(
            "SELECT name, content FROM practice_packs ORDER BY imported, id"
        ).fetchall()
        known: set[str] = set()
        packs = []
        for name, content in rows:
            pack = parse_pack(content.encode("utf-8"), name, set(BUILTIN_FIELDS) | known)
            known.update(fw.key for fw in pack.frameworks)
            packs.append(pack)
        return packs

    def import_pack(self, path: Path) -> tuple[Pack, bool]:
        """Validate a pack file and store it; (the pack, whether it replaced one of its name)."""
        known = set(BUILTIN_FIELDS) | {fw.key for p in self.packs() for fw in p.frameworks}
        pack = read_pack_file(path, known)
        return pack, self.save_pack(pack)

    def catalog(self) -> PracticeCatalog:
        """The built-in frameworks and exercises with the imported packs applied."""
        return PracticeCatalog.builtin().with_packs(self.packs())

    def delete_pack(self, name: str) -> bool:
        """Remove an imported pack; True if there was one."""
        with transaction(self.db):
            return bool(
                self.db.execute("DELETE FROM practice_packs WHERE name = ?", [name]).rowcount
            )


def _dump(value: Any) -> str | None:
    return None if value is None else json.dumps(value, ensure_ascii=False)


def _load(text: str | None) -> Any:
    return None if text is None else json.loads(text)


def _mean(values: list[int]) -> float:
    return round(sum(values) / len(values), 1) if values else 0.0


def _attempt(row: Any) -> Attempt:
    (id_, prompt, framework, score, check, output, model, params, trainee, exercise, mode,
     created) = row  # fmt: skip
    return Attempt(
        id=id_,
        prompt=prompt,
        framework=framework,
        score=score,
        check_result=_load(check),
        output=output or "",
        model=model,
        params=_load(params),
        trainee=trainee,
        exercise=exercise,
        mode=mode,
        created=created,
    )
