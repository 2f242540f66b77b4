"""The model's rubric-based critique of a prompt: the messages to send to the engine.

The checker finds which fields are there; the model judges how good they are (0-2 per field),
gives at most three changes and a rewritten prompt. The request is written in the prompt's
language so a small model answers in it too.
"""

from __future__ import annotations

from assistant.core.engine.requests import Message
from assistant.core.practice.checker import CheckResult
from assistant.core.practice.frameworks import Framework, pick
from assistant.core.practice.resources import load_practice_json


def critique_messages(prompt: str, result: CheckResult, framework: Framework) -> list[Message]:
    """System and user messages asking for scores, advice and a rewrite (R1: see requests.py)."""
    templates = load_practice_json("guidance.json")["critique"]
    lang = result.language
    fields = "\n".join(f"- {f.label(lang)}: {pick(f.description, lang)}" for f in framework.fields)
    none = pick(templates["none"], lang)
    sep = "、" if lang == "zh" else ", "
    present = sep.join(r.label for r in result.fields if r.present) or none
    missing = sep.join(r.label for r in result.fields if not r.present) or none
    values = {
        "framework": framework.name,
        "fields": fields,
        "present": present,
        "missing": missing,
        "prompt": prompt.strip(),
    }
    return [
        {"role": "system", "content": pick(templates["system"], lang).format(**values)},
        {"role": "user", "content": pick(templates["user"], lang).format(**values)},
    ]
