"""Everything practice knows: the built-in frameworks, cues and exercises, plus imported packs."""

from __future__ import annotations

import functools
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from assistant.core.errors import InputError
from assistant.core.practice.cues import CueTables, builtin_cues
from assistant.core.practice.exercises import Exercise, PromptExample, builtin_exercises
from assistant.core.practice.frameworks import Framework, builtin_frameworks

if TYPE_CHECKING:
    from assistant.core.practice.packs import Pack


@dataclass(frozen=True)
class PracticeCatalog:
    """Frameworks, cue tables, exercises and example prompts, built-in and imported."""

    frameworks: tuple[Framework, ...]
    cues: CueTables
    exercises: tuple[Exercise, ...]
    examples: tuple[PromptExample, ...] = ()

    @classmethod
    def builtin(cls) -> PracticeCatalog:
        """What ships with the app."""
        return _builtin()

    def framework(self, key: str) -> Framework:
        """The framework with this key, or an input error naming the known ones."""
        wanted = key.strip().lower()
        for fw in self.frameworks:
            if fw.key == wanted:
                return fw
        known = ", ".join(fw.key for fw in self.frameworks)
        raise InputError(f"There is no framework {key!r}. Choose one of: {known}, or auto.")

    def has_framework(self, key: str) -> bool:
        """True if a framework has this key."""
        return any(fw.key == key for fw in self.frameworks)

    def exercises_in(self, lang: str | None) -> list[Exercise]:
        """The exercises in one language (all if lang is None)."""
        return [e for e in self.exercises if lang is None or e.lang == lang]

    def with_packs(self, packs: Iterable[Pack]) -> PracticeCatalog:
        """This catalog with packs applied in order: same keys/ids replace, new ones add."""
        catalog = self
        for pack in packs:
            catalog = catalog._with_pack(pack)
        return catalog

    def _with_pack(self, pack: Pack) -> PracticeCatalog:
        frameworks = {fw.key: fw for fw in self.frameworks}
        for fw in pack.frameworks:
            frameworks[fw.key] = fw
        exercises = {e.id: e for e in self.exercises}
        for e in pack.exercises:
            exercises[e.id] = e
        return PracticeCatalog(
            frameworks=tuple(frameworks.values()),
            cues=self.cues.extended(pack.cues),
            exercises=tuple(exercises.values()),
            examples=(*self.examples, *pack.examples),
        )


@functools.lru_cache(maxsize=1)
def _builtin() -> PracticeCatalog:
    return PracticeCatalog(
        frameworks=tuple(builtin_frameworks()),
        cues=builtin_cues(),
        exercises=tuple(builtin_exercises()),
    )
