"""Update and compile the translations.

  python -m assistant.i18n update    collect tr() strings from assistant/ui into the .ts files
  python -m assistant.i18n compile   compile the .ts files into the .qm files the app loads

Translators edit the .ts files with Qt Linguist (pyside6-linguist). The compiled .qm files are
committed, so installing the package needs no Qt tools.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from assistant.i18n import I18N_DIR, LANGUAGES, qm_file, ts_file

UI_DIR = Path(__file__).resolve().parents[1] / "ui"


def _tool(name: str) -> str:
    path = shutil.which(name) or shutil.which(name, path=str(Path(sys.executable).parent))
    if path is None:
        sys.exit(f"{name} not found: it comes with PySide6 (pip install PySide6-Essentials)")
    return path


def update() -> None:
    """Add new source strings to every .ts file (and mark vanished ones obsolete)."""
    sources = sorted(str(p) for p in UI_DIR.rglob("*.py"))
    for lang in LANGUAGES:
        subprocess.run(
            [_tool("pyside6-lupdate"), *sources, "-no-obsolete", "-ts", str(ts_file(lang))],
            check=True,
        )


def compile_all() -> None:
    """Compile every .ts file into its .qm file."""
    for lang in LANGUAGES:
        subprocess.run(
            [_tool("pyside6-lrelease"), str(ts_file(lang)), "-qm", str(qm_file(lang))], check=True
        )
    # Qt's own strings where Qt ships no translation (written by hand, not by lupdate).
    for ts in sorted(I18N_DIR.glob("qt_*.ts")):
        subprocess.run(
            [_tool("pyside6-lrelease"), str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True
        )


if __name__ == "__main__":
    commands = {"update": update, "compile": compile_all}
    if len(sys.argv) != 2 or sys.argv[1] not in commands:
        sys.exit(__doc__)
    commands[sys.argv[1]]()
