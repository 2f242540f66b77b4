"""The class kit: what a frozen build (packaging/) carries beside the app, found at run time.

packaging/build joins and verifies the starter model into the kit and, for a class, adds the
instructor's model and prompt pack. It writes kit.json describing them. The kit folder may be
read-only (a USB stick, Program Files): nothing is ever written there; the user's data goes to
the data dir as always. The build hashed every model, so a start only checks sizes.
"""

from __future__ import annotations

import json
import logging
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from assistant.core.models.starter import STARTER_FILENAME, STARTER_SIZE

log = logging.getLogger(__name__)

KIT_FOLDER = "kit"  # inside the bundle's contents folder (sys._MEIPASS)
MANIFEST_NAME = "kit.json"
MODELS_FOLDER = "models"


@dataclass(frozen=True)
class KitFile:
    """A file the kit carries, with the size and SHA-256 it had when the kit was built."""

    path: Path
    size: int
    sha256: str

    def intact(self) -> bool:
        """True if the file is there with its built size (a cut-short copy is not)."""
        try:
            return self.path.stat().st_size == self.size
        except OSError:
            return False


@dataclass(frozen=True)
class Kit:
    """The contents of a class kit."""

    root: Path
    starter: KitFile | None
    class_model: KitFile | None
    class_pack: KitFile | None


def kit_root() -> Path | None:
    """The folder holding kit.json when running from a frozen build, else None."""
    bundle = getattr(sys, "_MEIPASS", None) if getattr(sys, "frozen", False) else None
    return Path(bundle) / KIT_FOLDER if bundle else None


def load_kit(root: Path | None = None) -> Kit | None:
    """The kit around this app (or at root), or None; a damaged kit.json is logged and ignored."""
    root = root if root is not None else kit_root()
    if root is None:
        return None
    try:
        raw = json.loads((root / MANIFEST_NAME).read_text(encoding="utf-8"))
        return Kit(
            root=root,
            starter=_kit_file(root, raw.get("starter")),
            class_model=_kit_file(root, raw.get("class_model")),
            class_pack=_kit_file(root, raw.get("class_pack")),
        )
    except FileNotFoundError:
        return None
    except (OSError, ValueError, TypeError, KeyError, AttributeError) as exc:
        log.warning("the kit's %s is unreadable: %s", MANIFEST_NAME, exc)
        return None


def _kit_file(root: Path, entry: dict[str, Any] | None) -> KitFile | None:
    if not entry:
        return None
    return KitFile(path=root / entry["path"], size=int(entry["size"]), sha256=str(entry["sha256"]))


def kit_starter_model(kit: Kit | None = None) -> Path | None:
    """The starter model the kit carries, if it is there whole."""
    kit = kit if kit is not None else load_kit()
    starter = kit.starter if kit is not None else None
    if starter is None:
        return None
    if starter.path.name == STARTER_FILENAME and starter.size == STARTER_SIZE and starter.intact():
        return starter.path
    log.warning("the kit's starter model %s is missing or incomplete", starter.path)
    return None


def kit_models_dir(kit: Kit | None = None) -> Path | None:
    """The kit's models folder (starter and class model), scanned like any model folder."""
    kit = kit if kit is not None else load_kit()
    folder = kit.root / MODELS_FOLDER if kit is not None else None
    return folder if folder is not None and folder.is_dir() else None


def manifest_entry(path: Path, root: Path, sha256: str) -> dict[str, Any]:
    """kit.json's record of a file the build put in the kit (packaging/stage_kit.py)."""
    return {
        "path": path.relative_to(root).as_posix(),
        "size": path.stat().st_size,
        "sha256": sha256,
    }
