"""Prompt frameworks (RTF, BROKE, CO-STAR, ...) as data: fields, labels in zh/vi/en, tips."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from assistant.core.practice.resources import LANGUAGES, load_practice_json

# The built-in frameworks and their field keys: scripts and class packs rely on these names.
BUILTIN_FIELDS: dict[str, tuple[str, ...]] = {
    "rtf": ("role", "task", "format"),
    "rtrf": ("role", "task", "requirements", "format"),
    "broke": ("background", "role", "objectives", "key_results", "evolve"),
    "costar": ("context", "objective", "style", "tone", "audience", "response"),
    "icio": ("instruction", "context", "input", "output"),
    "crispe": ("capacity_role", "insight", "statement", "personality", "experiment"),
    "rtcco": ("role", "task", "context", "constraints", "output"),
    "needs": ("goal", "scenario", "expectation", "concern"),
}

Localized = dict[str, str]  # {"zh": ..., "vi": ..., "en": ...}


def pick(texts: Localized, lang: str) -> str:
    """The text in lang, else English, else any."""
    return texts.get(lang) or texts.get("en") or next(iter(texts.values()), "")


@dataclass(frozen=True)
class FrameworkField:
    """One field of a framework, e.g. RTF's `role`."""

    key: str
    labels: Localized
    synonyms: dict[str, tuple[str, ...]]
    description: Localized
    tip: Localized
    cues: tuple[str, ...]  # the checker's concepts that show this field (cues.json)

    def label(self, lang: str) -> str:
        """The field's name in lang."""
        return pick(self.labels, lang)

    def names(self) -> list[str]:
        """Every label and synonym in every language: what a prompt may write before a colon."""
        names = list(self.labels.values())
        for words in self.synonyms.values():
            names.extend(words)
        return names

    def to_json(self) -> dict[str, Any]:
        """The field as stored in frameworks.json and prompt packs."""
        return {
            "key": self.key,
            "labels": dict(self.labels),
            "synonyms": {lang: list(words) for lang, words in self.synonyms.items()},
            "description": dict(self.description),
            "tip": dict(self.tip),
            "cues": list(self.cues),
        }


@dataclass(frozen=True)
class Framework:
    """A prompt framework: its fields in order, and an example prompt per language."""

    key: str
    name: str
    title: Localized
    summary: Localized
    fields: tuple[FrameworkField, ...]
    example: Localized
    source: str = field(default="built-in", compare=False)  # or the prompt pack's name

    @property
    def field_keys(self) -> tuple[str, ...]:
        """The keys of the fields, in order."""
        return tuple(f.key for f in self.fields)

    def get_field(self, key: str) -> FrameworkField:
        """The field with this key."""
        for f in self.fields:
            if f.key == key:
                return f
        raise KeyError(key)

    def to_json(self) -> dict[str, Any]:
        """The framework as stored in frameworks.json and prompt packs."""
        return {
            "key": self.key,
            "name": self.name,
            "title": dict(self.title),
            "summary": dict(self.summary),
            "fields": [f.to_json() for f in self.fields],
            "example": dict(self.example),
        }

    def to_cli_json(self) -> dict[str, Any]:
        """The `practice frameworks --json` shape (docs/cli.md), plus localized extras."""
        return {
            "key": self.key,
            "name": self.name,
            "title": dict(self.title),
            "source": self.source,
            "fields": [
                {
                    "key": f.key,
                    "labels": {lang: f.label(lang) for lang in LANGUAGES},
                    "description": pick(f.description, "en"),
                    "descriptions": {lang: pick(f.description, lang) for lang in LANGUAGES},
                }
                for f in self.fields
            ],
        }


def _localized(data: Any) -> Localized:
    return {lang: str(text) for lang, text in (data or {}).items()}


def field_from_json(data: dict[str, Any]) -> FrameworkField:
    """A field from its JSON form (already validated against the pack schema)."""
    return FrameworkField(
        key=data["key"],
        labels=_localized(data["labels"]),
        synonyms={lang: tuple(words) for lang, words in (data.get("synonyms") or {}).items()},
        description=_localized(data.get("description")),
        tip=_localized(data.get("tip")),
        cues=tuple(data.get("cues") or ()),
    )


def framework_from_json(data: dict[str, Any], source: str = "built-in") -> Framework:
    """A framework from its JSON form (already validated against the pack schema)."""
    return Framework(
        key=data["key"],
        name=data["name"],
        title=_localized(data.get("title")),
        summary=_localized(data.get("summary")),
        fields=tuple(field_from_json(f) for f in data["fields"]),
        example=_localized(data.get("example")),
        source=source,
    )


def builtin_frameworks() -> list[Framework]:
    """The frameworks shipped in resources/practice/frameworks.json, in their order."""
    data = load_practice_json("frameworks.json")
    return [framework_from_json(item) for item in data["frameworks"]]
