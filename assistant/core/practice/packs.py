"""Class prompt packs: one JSON file of frameworks, exercises, example prompts and cues.

A pack is checked completely before anything is stored: size, JSON, the schema
(resources/practice/pack.schema.json), then the rules a schema cannot say (unique keys, known
frameworks and concepts, built-in frameworks keep their field keys). The first problem is
reported with the path of the bad field.
"""

from __future__ import annotations

import functools
import json
import os
import tempfile
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from assistant.core.errors import InputError, PackNotWritten
from assistant.core.practice.catalog import PracticeCatalog
from assistant.core.practice.exercises import (
    Exercise,
    PromptExample,
    example_from_json,
    exercise_from_json,
)
from assistant.core.practice.frameworks import (
    BUILTIN_FIELDS,
    Framework,
    framework_from_json,
)
from assistant.core.practice.resources import load_practice_json
from assistant.core.practice.schemacheck import SchemaChecker

PACK_FORMAT = "study-assistant-prompt-pack"
PACK_VERSION = 1
MAX_PACK_BYTES = 5 * 1024 * 1024


class PackError(InputError):
    """A prompt pack that cannot be imported; the message says what is wrong and where."""

    kind = "pack"


@dataclass(frozen=True)
class Pack:
    """A validated prompt pack."""

    name: str
    description: str
    author: str
    frameworks: tuple[Framework, ...]
    exercises: tuple[Exercise, ...]
    examples: tuple[PromptExample, ...]
    cues: dict[str, dict[str, list[str]]]
    document: dict[str, Any]  # the pack as read, stored as is

    def summary(self) -> str:
        """What the pack holds, in one line."""
        return (
            f"{len(self.frameworks)} frameworks, {len(self.exercises)} exercises, "
            f"{len(self.examples)} example prompts"
        )


@functools.lru_cache(maxsize=1)
def pack_schema() -> dict[str, Any]:
    """The prompt pack JSON schema."""
    schema: dict[str, Any] = load_practice_json("pack.schema.json")
    return schema


def read_pack_file(path: Path, known_frameworks: set[str] | None = None) -> Pack:
    """Read and validate a pack file; PackError says what is wrong."""
    try:
        size = path.stat().st_size
        if size > MAX_PACK_BYTES:
            raise PackError(
                f"{path.name} is {size / 2**20:.1f} MB; a prompt pack may be at most 5 MB. "
                "Ask your instructor for a smaller pack."
            )
        raw = path.read_bytes()
    except OSError as exc:
        raise PackError(f"Cannot read {path}: {exc.strerror}.") from exc
    return parse_pack(raw, path.name, known_frameworks)


def parse_pack(raw: bytes, source: str = "pack", known_frameworks: set[str] | None = None) -> Pack:
    """Validate pack bytes (JSON) and build the pack."""
    if len(raw) > MAX_PACK_BYTES:
        raise PackError(f"{source} is larger than 5 MB, the limit for a prompt pack.")
    try:
        document = json.loads(raw.decode("utf-8-sig"))
    except UnicodeDecodeError as exc:
        raise PackError(f"{source} is not UTF-8 text, so it is not a prompt pack.") from exc
    except ValueError as exc:
        raise PackError(
            f"{source} is not valid JSON (line {getattr(exc, 'lineno', '?')}, column "
            f"{getattr(exc, 'colno', '?')}: {getattr(exc, 'msg', exc)})."
        ) from exc
    if isinstance(document, dict) and document.get("format") not in (None, PACK_FORMAT):
        raise PackError(
            f"{source} is not a Study Assistant prompt pack (its format is "
            f"{str(document.get('format'))[:60]!r})."
        )
    version = document.get("version") if isinstance(document, dict) else None
    if isinstance(version, int) and version > PACK_VERSION:
        raise PackError(
            f"{source} is a version {version} prompt pack; this Study Assistant reads version "
            f"{PACK_VERSION}. Update the app to import it."
        )
    violation = SchemaChecker(pack_schema()).first_violation(document)
    if violation:
        raise PackError(f"{source} does not match the prompt pack schema: {violation}.")
    return _build(document, known_frameworks or set(BUILTIN_FIELDS))


def _build(document: dict[str, Any], known: set[str]) -> Pack:
    name = document["name"].strip()
    if not name:
        raise PackError("$.name must not be blank.")
    concepts = set(load_practice_json("cues.json")["concepts"])
    frameworks = []
    seen: set[str] = set()
    for i, data in enumerate(document.get("frameworks", [])):
        path = f"$.frameworks[{i}]"
        key = data["key"]
        if key in seen:
            raise PackError(f"{path}.key: the framework {key!r} appears twice in the pack.")
        seen.add(key)
        field_keys = [f["key"] for f in data["fields"]]
        if len(set(field_keys)) != len(field_keys):
            raise PackError(f"{path}.fields: a field key appears twice in {key!r}.")
        builtin = BUILTIN_FIELDS.get(key)
        if builtin is not None and tuple(field_keys) != builtin:
            raise PackError(
                f"{path}.fields: the built-in framework {key!r} must keep its fields "
                f"{', '.join(builtin)}; use a new key for a different framework."
            )
        labels: dict[str, str] = {}
        for j, f in enumerate(data["fields"]):
            for cue in f.get("cues", []):
                if cue not in concepts:
                    raise PackError(
                        f"{path}.fields[{j}].cues: unknown cue {cue!r}; known: "
                        f"{', '.join(sorted(concepts))}."
                    )
            names = list(f["labels"].values()) + [
                w for ws in f.get("synonyms", {}).values() for w in ws
            ]
            for n in names:
                owner = labels.setdefault(n.strip().lower(), f["key"])
                if owner != f["key"]:
                    raise PackError(
                        f"{path}.fields[{j}]: the label {n!r} is used by both {owner!r} and "
                        f"{f['key']!r}; the checker could not tell them apart."
                    )
        frameworks.append(framework_from_json(data, source=name))
    known = known | seen
    exercises = []
    ids: set[str] = set()
    for i, data in enumerate(document.get("exercises", [])):
        if data["id"] in ids:
            raise PackError(f"$.exercises[{i}].id: {data['id']!r} appears twice in the pack.")
        ids.add(data["id"])
        _known_framework(data["framework"], known, f"$.exercises[{i}].framework")
        exercises.append(exercise_from_json(data, source=name))
    examples = []
    for i, data in enumerate(document.get("examples", [])):
        _known_framework(data["framework"], known, f"$.examples[{i}].framework")
        examples.append(example_from_json(data))
    cues = document.get("cues", {})
    for concept in cues:
        if concept not in concepts:
            raise PackError(
                f"$.cues[{concept!r}]: unknown cue; known: {', '.join(sorted(concepts))}."
            )
    return Pack(
        name=name,
        description=document.get("description", ""),
        author=document.get("author", ""),
        frameworks=tuple(frameworks),
        exercises=tuple(exercises),
        examples=tuple(examples),
        cues={c: {lang: list(words) for lang, words in v.items()} for c, v in cues.items()},
        document=document,
    )


def _known_framework(key: str, known: set[str], path: str) -> None:
    if key not in known:
        raise PackError(
            f"{path}: there is no framework {key!r} (neither built in nor in the pack)."
        )


def pack_document(catalog: PracticeCatalog, name: str, description: str = "") -> dict[str, Any]:
    """A pack holding everything in the catalog (a start for an instructor's own pack)."""
    cues: dict[str, dict[str, list[str]]] = {}
    for concept in catalog.cues.concepts.values():
        extra = {lang: list(words) for lang, words in concept.phrases.items() if words}
        if extra:
            cues[concept.name] = extra
    document: dict[str, Any] = {
        "format": PACK_FORMAT,
        "version": PACK_VERSION,
        "name": name,
        "description": description,
        "created": datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "frameworks": [fw.to_json() for fw in catalog.frameworks],
        "exercises": [e.to_json() for e in catalog.exercises],
        "examples": [e.to_json() for e in catalog.examples],
    }
    if cues:
        document["cues"] = cues
    return document


def write_pack(document: dict[str, Any], path: Path) -> Path:
    """Write a pack file atomically (a temporary file renamed into place)."""
    data = json.dumps(document, ensure_ascii=False, indent=1) + "\n"
    path = path.expanduser()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".pack-", suffix=".json", dir=path.parent)
    except OSError as exc:
        raise PackNotWritten(path=str(path), reason=exc.strerror or str(exc)) from exc
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise PackNotWritten(path=str(path), reason=exc.strerror or str(exc)) from exc
    return path
