"""Layering rules (docs/design.md): core is Qt-free; only the worker imports llama_cpp."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "assistant"


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def test_core_never_imports_qt() -> None:
    offenders = [
        str(p)
        for p in (PACKAGE / "core").rglob("*.py")
        if any(m.split(".")[0] == "PySide6" for m in imported_modules(p))
    ]
    assert offenders == []


def test_only_the_worker_imports_llama_cpp() -> None:
    offenders = [
        str(p.relative_to(PACKAGE))
        for p in PACKAGE.rglob("*.py")
        if any(m.split(".")[0] == "llama_cpp" for m in imported_modules(p))
    ]
    assert offenders == ["core/engine/worker.py"]


def test_cli_commands_import_no_qt_and_no_llama() -> None:
    """Sub-commands work with no display: importing the CLI and core loads neither."""
    code = (
        "import sys, assistant.cli, assistant.core.engine.local, assistant.core.engine.bench;"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'llama_cpp')))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
