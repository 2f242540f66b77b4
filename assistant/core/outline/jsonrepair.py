"""Reading the model's JSON outline even when max_tokens cut it off or a code fence wraps it."""

from __future__ import annotations

import json
import re
from typing import Any


class OutlineParseError(ValueError):
    """The model's output holds no usable outline."""


_FENCE = re.compile(r"```[a-zA-Z]*\s*\n?(.*?)(?:```|$)", re.DOTALL)


def _repair(text: str) -> str:
    """A truncated JSON document closed after its last complete value (or open string value)."""
    stack: list[str] = []
    safe_stack: list[str]
    safe, safe_stack = 0, []
    in_string = is_key = escape = False
    expecting_key = False
    start = 0
    for i, ch in enumerate(text):
        if in_string:
            if escape:
                escape = False
            elif ch == "\\":
                escape = True
            elif ch == '"':
                in_string = False
                if not is_key:
                    safe, safe_stack = i + 1, list(stack)
            continue
        if ch == '"':
            in_string, start = True, i
            is_key = bool(stack) and stack[-1] == "{" and expecting_key
        elif ch in "{[":
            stack.append(ch)
            expecting_key = ch == "{"
            safe, safe_stack = i + 1, list(stack)
        elif ch in "}]":
            if stack:
                stack.pop()
            safe, safe_stack = i + 1, list(stack)
        elif ch == ",":
            safe, safe_stack = i, list(stack)
            expecting_key = bool(stack) and stack[-1] == "{"
        elif ch == ":":
            expecting_key = False
    body = re.sub(r"\\u[0-9a-fA-F]{0,3}$", "", text[start:]) if in_string else ""
    if (len(body) - len(body.rstrip("\\"))) % 2:
        body = body[:-1]
    if in_string and not is_key and body[1:].strip():
        # Keep what was written of the last value, marked as cut off like a capped one.
        return text[:start] + body.rstrip() + '…"' + _closers(stack)
    return text[:safe] + _closers(safe_stack)


def _closers(stack: list[str]) -> str:
    return "".join("}" if opener == "{" else "]" for opener in reversed(stack))


def load_json(text: str) -> dict[str, Any]:
    fenced = _FENCE.search(text)
    body = fenced.group(1) if fenced else text
    begin = body.find("{")
    if begin < 0:
        raise OutlineParseError("The model's answer holds no JSON outline.")
    body = body[begin:]
    decoder = json.JSONDecoder(strict=False)
    try:
        data = decoder.raw_decode(body)[0]
    except json.JSONDecodeError:
        try:
            data = decoder.raw_decode(_repair(body))[0]
        except json.JSONDecodeError as exc:
            raise OutlineParseError("The model's JSON outline cannot be read.") from exc
    if not isinstance(data, dict):
        raise OutlineParseError("The model's JSON outline is not an object.")
    return data
