"""Finding the data files of resources/practice, in a source checkout and in an installed wheel.

The top-level resources/ folder is packaged as `assistant/resources` (setup.py maps it); an
editable install or a plain checkout reads it where it is.
"""

from __future__ import annotations

import json
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any

import assistant
from assistant.core.errors import StorageError

LANGUAGES = ("zh", "vi", "en")


def resource_root() -> Traversable:
    """The folder holding the app's data files."""
    packaged = resources.files(assistant) / "resources"
    if packaged.is_dir():
        return packaged
    return Path(assistant.__file__).resolve().parent.parent / "resources"


def practice_file(name: str) -> Traversable:
    """A file of resources/practice."""
    return resource_root() / "practice" / name


def load_practice_json(name: str) -> Any:
    """A JSON file of resources/practice, parsed; a missing or broken file is a broken install."""
    path = practice_file(name)
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise StorageError(
            f"The practice data file {name} is missing or damaged ({exc}). Reinstall Study "
            "Assistant."
        ) from exc
