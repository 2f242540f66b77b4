"""YAML-style front matter for exported Markdown notes, written and read without PyYAML.

Only the subset the exporter writes (and common hand-written front matter) is supported:
`key: scalar`, `key: [a, b]` flow lists, `key:` followed by `- item` block lists, plain,
'single'- and "double"-quoted scalars. Anything the writer quotes is a valid YAML string.
"""

from __future__ import annotations

import json
import re
from typing import Any

FENCE = "---"
_END_FENCES = ("---", "...")
# Plain scalars YAML would read as something other than a string, or that start with a
# character YAML gives a meaning to.
_NOT_STRINGS = re.compile(
    r"^(?:~|null|true|false|yes|no|on|off|y|n|[-+]?(?:\d[\d_]*)?\.?\d+(?:e[-+]?\d+)?|"
    r"[-+]?\.(?:inf|nan)|0x[0-9a-f]+|0o[0-7]+)$",
    re.IGNORECASE,
)
_SPECIAL_START = tuple("-?:,[]{}#&*!|>'\"%@`")
_TIMESTAMP = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?(?:Z|[+-]\d\d:\d\d)?$")
_KEY_LINE = re.compile(r"^([A-Za-z_][\w-]*)\s*:(?:\s+(.*)|)$")
_JSON_GAPS = {"\x85": "\\N", "\u2028": "\\L", "\u2029": "\\P", "\ufeff": "\\uFEFF", "\x7f": "\\x7F"}
_YAML_ESCAPES = {"0": "\0", "a": "\a", "b": "\b", "t": "\t", "n": "\n", "v": "\v", "f": "\f",
                 "r": "\r", "e": "\x1b", " ": " ", '"': '"', "/": "/", "\\": "\\", "N": "\x85",
                 "_": "\xa0", "L": "\u2028", "P": "\u2029"}  # fmt: skip


def needs_quotes(value: str, *, in_list: bool = False) -> bool:
    """Whether value must be quoted to read back as exactly this string."""
    if value == "" or value != value.strip() or _NOT_STRINGS.match(value):
        return True
    if _TIMESTAMP.match(value):
        return False  # our own timestamps stay plain and readable
    if value.startswith(_SPECIAL_START) or ": " in value or value.endswith(":"):
        return True
    if " #" in value or ":" in value or "\\" in value or '"' in value or "'" in value:
        return True
    if in_list and any(c in value for c in ",[]{}"):
        return True
    return any(ord(c) < 32 or ord(c) == 127 or c in "\x85\u2028\u2029\ufeff" for c in value)


def quote(value: str, *, in_list: bool = False) -> str:
    """value as a YAML scalar: plain when safe, else double-quoted (JSON escapes are YAML's)."""
    if not needs_quotes(value, in_list=in_list):
        return value
    text = json.dumps(value, ensure_ascii=False)
    # JSON leaves these unescaped; YAML readers would treat them as line breaks or a BOM.
    for char, escape in _JSON_GAPS.items():
        text = text.replace(char, escape)
    return text


def dump(fields: dict[str, Any]) -> str:
    """The front matter block for fields (None values left out), ending with a newline."""
    lines = [FENCE]
    for key, value in fields.items():
        if value is None:
            continue
        if isinstance(value, list | tuple):
            items = ", ".join(quote(str(v), in_list=True) for v in value)
            lines.append(f"{key}: [{items}]")
        elif isinstance(value, dict):
            lines.append(f"{key}: {json.dumps(value, ensure_ascii=False, sort_keys=True)}")
        else:
            lines.append(f"{key}: {quote(str(value))}")
    lines.append(FENCE)
    return "\n".join(lines) + "\n"


def split(text: str) -> tuple[dict[str, Any], str]:
    """The front matter fields and the body of a Markdown text ({} and text when it has none)."""
    text = text.removeprefix("\ufeff")
    lines = text.split("\n")
    if not lines or lines[0].rstrip() != FENCE:
        return {}, text
    end = next((i for i in range(1, len(lines)) if lines[i].rstrip() in _END_FENCES), None)
    if end is None:
        return {}, text
    fields = _parse(lines[1:end])
    if not fields:
        return {}, text  # a Markdown horizontal rule, not front matter
    body = "\n".join(lines[end + 1 :])
    # The writer puts one empty line between the block and the body.
    return fields, body.removeprefix("\n")


def _parse(lines: list[str]) -> dict[str, Any]:
    fields: dict[str, Any] = {}
    last_key: str | None = None
    for line in lines:
        stripped = line.strip()
        if not stripped or stripped.startswith("#"):
            continue
        if stripped.startswith("- ") or stripped == "-":
            if last_key is not None and isinstance(fields.get(last_key), list):
                fields[last_key].append(_scalar(stripped[1:].strip()))
            continue
        match = _KEY_LINE.match(line)
        if not match:
            continue
        key, raw = match.group(1), (match.group(2) or "").strip()
        last_key = key
        if not raw:
            fields[key] = []  # a block list may follow; an empty value reads as "none"
        elif raw.startswith("["):
            fields[key] = _flow_list(raw)
        elif raw.startswith("{"):
            try:
                fields[key] = json.loads(raw)
            except ValueError:
                fields[key] = raw
        else:
            fields[key] = _scalar(raw)
    return {k: (None if v == [] and k not in ("tags",) else v) for k, v in fields.items()}


def _scalar(raw: str) -> str:
    """One scalar: quoted forms unquoted, plain ones without a trailing # comment."""
    if raw.startswith('"'):
        value, _ = _double_quoted(raw, 0)
        return value
    if raw.startswith("'"):
        value, _ = _single_quoted(raw, 0)
        return value
    return re.split(r"\s+#", raw, maxsplit=1)[0].strip()


def _double_quoted(raw: str, start: int) -> tuple[str, int]:
    """The string in a "double-quoted" scalar starting at start, and the index after it."""
    out: list[str] = []
    i = start + 1
    while i < len(raw):
        char = raw[i]
        if char == '"':
            return "".join(out), i + 1
        if char == "\\" and i + 1 < len(raw):
            code = raw[i + 1]
            widths = {"x": 2, "u": 4, "U": 8}
            if code in widths:
                digits = raw[i + 2 : i + 2 + widths[code]]
                try:
                    out.append(chr(int(digits, 16)))
                    i += 2 + widths[code]
                    continue
                except ValueError:
                    pass
            out.append(_YAML_ESCAPES.get(code, code))
            i += 2
            continue
        out.append(char)
        i += 1
    return "".join(out), i


def _single_quoted(raw: str, start: int) -> tuple[str, int]:
    """The string in a 'single-quoted' scalar ('' is a quote), and the index after it."""
    out: list[str] = []
    i = start + 1
    while i < len(raw):
        if raw[i] == "'":
            if raw[i + 1 : i + 2] == "'":
                out.append("'")
                i += 2
                continue
            return "".join(out), i + 1
        out.append(raw[i])
        i += 1
    return "".join(out), i


def _flow_list(raw: str) -> list[str]:
    """The items of a `[a, "b, c", 'd']` flow list."""
    items: list[str] = []
    i, n = 1, len(raw)
    while i < n:
        while i < n and raw[i] in " \t":
            i += 1
        if i >= n or raw[i] == "]":
            break
        if raw[i] in "\"'":
            reader = _double_quoted if raw[i] == '"' else _single_quoted
            value, i = reader(raw, i)
            items.append(value)
            while i < n and raw[i] not in ",]":
                i += 1
        else:
            j = i
            while j < n and raw[j] not in ",]":
                j += 1
            value = raw[i:j].strip()
            if value:
                items.append(value)
            i = j
        if i < n and raw[i] == ",":
            i += 1
    return items
