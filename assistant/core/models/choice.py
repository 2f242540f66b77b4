"""Which model file a request means: a path, "starter", a name in the model folders, or the
one chosen in the settings."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from assistant.core import paths
from assistant.core.errors import ModelError
from assistant.core.models import kit
from assistant.core.models.starter import ensure_starter_model
from assistant.core.settings import Settings

STARTER = "starter"


def model_folders(settings: Settings) -> list[Path]:
    """Folders scanned for *.gguf: the checkout's models/, the kit's, the data dir's, the user's."""
    folders = [paths.checkout_models_dir(), kit.kit_models_dir(), paths.models_dir()]
    folders += [Path(d).expanduser() for d in settings.model_dirs]
    unique: list[Path] = []
    for folder in folders:
        if folder is not None and folder.is_dir() and folder.resolve() not in unique:
            unique.append(folder.resolve())
    return unique


def starter_model(progress: Callable[[int, int], None] | None = None) -> Path:
    """The starter model: the class kit's copy, else joined once into the data dir."""
    return kit.kit_starter_model() or ensure_starter_model(paths.models_dir(), progress=progress)


def resolve_model(
    spec: str | None,
    settings: Settings,
    progress: Callable[[int, int], None] | None = None,
) -> Path:
    """The GGUF file for --model SPEC (path, "starter" or name), else the settings, else starter."""
    if not spec:
        if settings.model_path:
            chosen = Path(settings.model_path).expanduser()
            if not chosen.exists():
                raise ModelError(
                    f"The model chosen in the settings, {chosen}, is missing. Open another model "
                    f"or use --model starter."
                )
            return chosen
        spec = STARTER
    if spec == STARTER:
        return starter_model(progress)
    path = Path(spec).expanduser()
    if path.exists() or path.suffix.lower() == ".gguf" or "/" in spec or "\\" in spec:
        if not path.exists():
            raise ModelError(f"Model file {path} does not exist. Check the path.")
        return path
    return _find_by_name(spec, model_folders(settings))


def _find_by_name(name: str, folders: list[Path]) -> Path:
    wanted = name.lower()
    candidates = [p for folder in folders for p in sorted(folder.rglob("*.gguf"))]
    exact = [p for p in candidates if p.stem.lower() == wanted]
    partial = [p for p in candidates if wanted in p.stem.lower()]
    matches = exact or partial
    if len(matches) == 1:
        return matches[0]
    where = ", ".join(str(f) for f in folders) or "no model folders"
    if not matches:
        raise ModelError(
            f"No model named {name!r} in {where}. Give a path to a .gguf file or use "
            f"--model starter."
        )
    names = ", ".join(p.name for p in matches[:5])
    raise ModelError(f"{name!r} matches several models ({names}); give the full file name.")
