"""Practice exercises (office-work scenarios) and example prompts."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from assistant.core.practice.resources import load_practice_json


@dataclass(frozen=True)
class Exercise:
    """A scenario to write a prompt for, the framework to use and what a good answer has."""

    id: str
    lang: str
    title: str
    scenario: str
    goal: str
    framework: str
    good_answer: tuple[str, ...]
    source: str = field(default="built-in", compare=False)

    def to_json(self) -> dict[str, Any]:
        """The exercise as stored in exercises.json and prompt packs."""
        return {
            "id": self.id,
            "lang": self.lang,
            "title": self.title,
            "scenario": self.scenario,
            "goal": self.goal,
            "framework": self.framework,
            "good_answer": list(self.good_answer),
        }


@dataclass(frozen=True)
class PromptExample:
    """A worked example prompt an instructor shares in a pack."""

    framework: str
    lang: str
    title: str
    prompt: str
    note: str = ""

    def to_json(self) -> dict[str, Any]:
        """The example as stored in prompt packs."""
        return {
            "framework": self.framework,
            "lang": self.lang,
            "title": self.title,
            "prompt": self.prompt,
            "note": self.note,
        }


def exercise_from_json(data: dict[str, Any], source: str = "built-in") -> Exercise:
    """An exercise from its JSON form (already validated)."""
    return Exercise(
        id=data["id"],
        lang=data["lang"],
        title=data["title"],
        scenario=data["scenario"],
        goal=data["goal"],
        framework=data["framework"],
        good_answer=tuple(data.get("good_answer") or ()),
        source=source,
    )


def example_from_json(data: dict[str, Any]) -> PromptExample:
    """An example prompt from its JSON form (already validated)."""
    return PromptExample(
        framework=data["framework"],
        lang=data["lang"],
        title=data["title"],
        prompt=data["prompt"],
        note=data.get("note", ""),
    )


def builtin_exercises() -> list[Exercise]:
    """The exercises shipped in resources/practice/exercises.json."""
    data = load_practice_json("exercises.json")
    return [exercise_from_json(item) for item in data["exercises"]]
