"""Where Study Assistant keeps its data: the data dir, model folders and logs."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

from assistant.core.errors import DataFolderUnusable

APP_NAME = "StudyAssistant"
DATA_DIR_ENV = "STUDY_ASSISTANT_DATA_DIR"

# Set by --data-dir; wins over the environment and the platform default.
_override: Path | None = None


def set_data_dir(path: str | os.PathLike[str] | None) -> None:
    """Use this data dir for the rest of the process (the --data-dir option)."""
    global _override
    _override = Path(path).expanduser().resolve() if path else None


def data_dir() -> Path:
    """The data dir: --data-dir, else $STUDY_ASSISTANT_DATA_DIR, else the platform default."""
    if _override is not None:
        path = _override
    elif os.environ.get(DATA_DIR_ENV):
        path = Path(os.environ[DATA_DIR_ENV]).expanduser().resolve()
    else:
        path = Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    return _ensure_folder(path)


def _ensure_folder(path: Path) -> Path:
    try:
        path.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise DataFolderUnusable(path=path, reason=exc.strerror) from exc
    return path


def models_dir() -> Path:
    """The data dir's models folder, where the starter model and imported models live."""
    return _ensure_folder(data_dir() / "models")


def checkout_models_dir() -> Path | None:
    """The models/ folder beside the package in a source checkout, if there is one."""
    path = Path(__file__).resolve().parents[2] / "models"
    return path if path.is_dir() else None


def logs_dir() -> Path:
    """Where the app and the engine worker write their logs."""
    return _ensure_folder(data_dir() / "logs")


def settings_file() -> Path:
    """The settings JSON file."""
    return data_dir() / "settings.json"
