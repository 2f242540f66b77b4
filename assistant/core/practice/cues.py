"""The checker's cue tables: per concept (role, task, format, ...), the labels a prompt may
write before a colon and the natural phrases that show the concept, in zh, vi and en.

The tables are data (resources/practice/cues.json, regular expressions written in lower case
with their tone marks); prompt packs add plain phrases. Each pattern set is compiled twice for
Vietnamese: with marks for prompts typed with marks, without them for prompts typed without
(where "bảng" and "bằng" look the same anyway).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from assistant.core.practice.resources import load_practice_json
from assistant.core.practice.text import PromptText, unmark

# A Latin letter or digit after folding: \b in the tables means a boundary of such a run, so
# "you are一名" still has a word end after "are" (Python's \b sees no boundary before 一).
_LETTER = r"[0-9a-z\u00c0-\u024f\u1e00-\u1eff]"
_BOUNDARY = f"(?:(?<!{_LETTER})(?={_LETTER})|(?<={_LETTER})(?!{_LETTER}))"


@dataclass(frozen=True)
class Concept:
    """What a field is made of, e.g. `audience`: its labels and its natural cues."""

    name: str
    description: str
    labels: dict[str, tuple[str, ...]]
    patterns: dict[str, tuple[str, ...]]  # regular expressions per language
    phrases: dict[str, tuple[str, ...]] = field(default_factory=dict)  # literal, from packs

    def with_phrases(self, extra: dict[str, list[str]]) -> Concept:
        """The concept with more literal phrases (a prompt pack's cues)."""
        merged = {lang: tuple(words) for lang, words in self.phrases.items()}
        for lang, words in extra.items():
            merged[lang] = (*merged.get(lang, ()), *words)
        return Concept(self.name, self.description, self.labels, self.patterns, merged)


@dataclass(frozen=True)
class CompiledConcept:
    """A concept's cues compiled for each way a prompt can be written."""

    name: str
    zh: re.Pattern[str] | None  # on PromptText.folded
    vi_marked: re.Pattern[str] | None  # on folded, for Vietnamese with tone marks
    vi_plain: re.Pattern[str] | None  # on plain, for Vietnamese without them
    en: re.Pattern[str] | None  # on folded

    def first_matches(self, prompt: PromptText) -> list[tuple[int, int]]:
        """Every (start, end) this concept's cues match in the prompt, in text order."""
        spans: list[tuple[int, int]] = []
        runs: list[tuple[re.Pattern[str] | None, str]] = [(self.zh, prompt.folded)]
        if prompt.vietnamese:
            if prompt.marked_vietnamese:
                runs.append((self.vi_marked, prompt.folded))
            else:
                runs.append((self.vi_plain, prompt.plain))
        runs.append((self.en, prompt.folded))
        for pattern, text in runs:
            if pattern is not None:
                spans.extend(m.span() for m in pattern.finditer(text) if m.end() > m.start())
        return sorted(spans)


def _expand(pattern: str, macros: dict[str, str]) -> str:
    for name, value in macros.items():
        pattern = pattern.replace(f"%{name}%", value)
    return pattern.replace(r"\b", _BOUNDARY)


def _compile(parts: list[str]) -> re.Pattern[str] | None:
    if not parts:
        return None
    return re.compile("|".join(f"(?:{p})" for p in parts), re.MULTILINE)


def compile_concept(concept: Concept, macros: dict[str, str]) -> CompiledConcept:
    """Compile a concept's patterns and phrases."""

    def parts(lang: str, strip: bool) -> list[str]:
        found = [_expand(p, macros) for p in concept.patterns.get(lang, ())]
        found += [re.escape(p.lower()) for p in concept.phrases.get(lang, ()) if p.strip()]
        return [unmark(p) for p in found] if strip else found

    return CompiledConcept(
        name=concept.name,
        zh=_compile(parts("zh", strip=False)),
        vi_marked=_compile(parts("vi", strip=False)),
        vi_plain=_compile(parts("vi", strip=True)),
        en=_compile(parts("en", strip=False)),
    )


@dataclass(frozen=True)
class CueTables:
    """All concepts and the macros their patterns use."""

    concepts: dict[str, Concept]
    macros: dict[str, str]

    def extended(self, extra: dict[str, dict[str, list[str]]]) -> CueTables:
        """The tables with a prompt pack's phrases added to known concepts."""
        concepts = dict(self.concepts)
        for name, phrases in extra.items():
            if name in concepts:
                concepts[name] = concepts[name].with_phrases(phrases)
        return CueTables(concepts, self.macros)

    def compiled(self) -> dict[str, CompiledConcept]:
        """Every concept compiled."""
        return {name: compile_concept(c, self.macros) for name, c in self.concepts.items()}


def concept_from_json(name: str, data: dict[str, Any]) -> Concept:
    """A concept from cues.json."""
    return Concept(
        name=name,
        description=str(data.get("description", "")),
        labels={lang: tuple(words) for lang, words in data.get("labels", {}).items()},
        patterns={lang: tuple(p) for lang, p in data.get("patterns", {}).items()},
    )


def builtin_cues() -> CueTables:
    """The cue tables shipped in resources/practice/cues.json."""
    data = load_practice_json("cues.json")
    concepts = {name: concept_from_json(name, c) for name, c in data["concepts"].items()}
    return CueTables(concepts, dict(data.get("macros", {})))
