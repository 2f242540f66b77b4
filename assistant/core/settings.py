"""The user's settings: one typed dataclass, saved as JSON in the data dir."""

from __future__ import annotations

import contextlib
import json
import logging
import os
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import Any

from assistant.core import paths
from assistant.core.engine.requests import LoadOptions
from assistant.core.errors import SettingsNotSaved

log = logging.getLogger(__name__)


@dataclass
class Settings:
    """Everything the user can set; unknown keys in the file are ignored, missing ones default."""

    model_path: str | None = None
    model_dirs: list[str] = field(default_factory=list)
    n_threads: int | None = None  # None: the machine's physical cores
    n_ctx: int | None = None  # None: min(the model's context length, 8192)
    n_gpu_layers: int = 0
    temperature: float | None = None  # None: the model's recommended default
    top_p: float | None = None
    max_tokens: int | None = None
    ui_language: str | None = None  # None: follow the system (zh_CN, vi or en)
    font_size: int = 11
    theme: str = "light"
    # Classroom: answer from an OpenAI-compatible server instead of the local model (None: local)
    endpoint: str | None = None
    api_key: str | None = None
    # llama.cpp's llama-server for "Serve to the class" (None: look on PATH, else the built-in)
    llama_server_path: str | None = None
    # The window's library sidebar: its width in pixels (None: by the font) and whether shown
    sidebar_width: int | None = None
    sidebar_visible: bool = True
    # Asking the library: when no note matches, answer from general knowledge (marked as such)
    library_general_answers: bool = False

    def load_options(self, n_ctx: int | None = None, n_threads: int | None = None) -> LoadOptions:
        """How to load a model with these settings (the app and the command line alike).

        n_ctx and n_threads, when given (--ctx, --threads), win over the saved values.
        """
        return LoadOptions(
            n_ctx=n_ctx or self.n_ctx,
            n_threads=n_threads or self.n_threads,
            n_gpu_layers=self.n_gpu_layers,
        )

    @classmethod
    def load(cls, path: Path | None = None) -> Settings:
        """Read the settings file; a missing or damaged file gives defaults (and is kept aside)."""
        path = path or paths.settings_file()
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
            if not isinstance(raw, dict):
                raise ValueError("settings file does not hold a JSON object")
        except FileNotFoundError:
            return cls()
        except (OSError, ValueError) as exc:
            aside = path.with_name(path.name + ".damaged")
            log.warning(
                "settings file %s is unreadable (%s); using defaults, kept as %s", path, exc, aside
            )
            with contextlib.suppress(OSError):
                os.replace(path, aside)
            return cls()
        known = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in raw.items() if k in known})

    def save(self, path: Path | None = None) -> None:
        """Write the settings atomically (a crash mid-write keeps the old file)."""
        path = path or paths.settings_file()
        tmp = path.with_name(path.name + ".tmp")
        try:
            tmp.write_text(json.dumps(asdict(self), ensure_ascii=False, indent=2), "utf-8")
            os.replace(tmp, path)
        except OSError as exc:
            raise SettingsNotSaved(path=path, reason=exc.strerror) from exc

    def as_dict(self) -> dict[str, Any]:
        """The settings as a plain dict."""
        return asdict(self)
