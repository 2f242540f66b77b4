"""The catalog of recommended class models (models/catalog.json) and what a download name means.

An instructor can add entries, e.g. a copy on the classroom's own web server, with a
catalog.json in the data dir's models folder: its entries come first and replace built-in
entries with the same id.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

import assistant
from assistant.core import paths
from assistant.core.errors import UsageError
from assistant.core.models.downloads import DownloadSpec

log = logging.getLogger(__name__)

CATALOG_NAME = "catalog.json"
_HEX = set("0123456789abcdef")


@dataclass(frozen=True)
class CatalogEntry:
    """One recommended model: what it is and where to get it."""

    id: str
    name: str
    file_name: str
    urls: tuple[str, ...]
    sha256: str | None
    size: int | None
    approx_size: int | None
    quantization: str = ""
    reasoning: bool = False
    licence: str = ""

    @property
    def display_size(self) -> int | None:
        """The exact size if known, else the approximate one."""
        return self.size or self.approx_size

    def spec(self) -> DownloadSpec:
        """What the downloader needs."""
        return DownloadSpec(self.file_name, self.urls, self.sha256, self.size)

    def to_json(self) -> dict[str, Any]:
        """The entry as plain data."""
        return {
            "id": self.id,
            "name": self.name,
            "file_name": self.file_name,
            "size": self.size,
            "approx_size": self.approx_size,
            "sha256": self.sha256,
            "urls": list(self.urls),
            "quantization": self.quantization,
            "reasoning": self.reasoning,
            "licence": self.licence,
        }


def catalog_files() -> list[Path]:
    """Catalog files in the order they are read: the data dir's, then the built-in one.

    The built-in one is models/catalog.json in a checkout, or the copy an installed wheel
    carries as assistant/catalog/catalog.json (setup.py).
    """
    found = [paths.models_dir() / CATALOG_NAME]
    checkout = paths.checkout_models_dir()
    if checkout is not None:
        found.append(checkout / CATALOG_NAME)
    else:
        found.append(Path(str(resources.files(assistant) / "catalog" / CATALOG_NAME)))
    return [p for p in found if p.is_file()]


def load_catalog(files: list[Path] | None = None) -> list[CatalogEntry]:
    """Every usable entry; a damaged catalog file or entry is logged and skipped."""
    entries: dict[str, CatalogEntry] = {}
    for path in catalog_files() if files is None else files:
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
            items = raw["models"] if isinstance(raw, dict) else raw
        except (OSError, ValueError, KeyError, TypeError) as exc:
            log.warning("catalog %s is unreadable: %s", path, exc)
            continue
        for item in items if isinstance(items, list) else []:
            try:
                entry = _entry(item)
            except (KeyError, TypeError, ValueError) as exc:
                log.warning("skipping a catalog entry in %s: %s", path, exc)
                continue
            entries.setdefault(entry.id, entry)
    return list(entries.values())


def _entry(item: dict[str, Any]) -> CatalogEntry:
    sha = item.get("sha256")
    if sha is not None:
        sha = str(sha).lower()
        if len(sha) != 64 or not set(sha) <= _HEX:
            raise ValueError(f"{item.get('id')}: sha256 is not 64 hex digits")
    urls = tuple(str(u) for u in item["urls"])
    if not urls:
        raise ValueError(f"{item.get('id')}: no URLs")
    size = item.get("size")
    approx = item.get("approx_size")
    return CatalogEntry(
        id=str(item["id"]),
        name=str(item.get("name") or item["id"]),
        file_name=str(item["file_name"]),
        urls=urls,
        sha256=sha,
        size=int(size) if size is not None else None,
        approx_size=int(approx) if approx is not None else None,
        quantization=str(item.get("quantization") or ""),
        reasoning=bool(item.get("reasoning")),
        licence=str(item.get("licence") or ""),
    )


def valid_sha256(text: str) -> str:
    """text as a lower-case SHA-256 hex digest, or a UsageError."""
    sha = text.strip().lower()
    if len(sha) != 64 or not set(sha) <= _HEX:
        raise UsageError(f"{text!r} is not a SHA-256 checksum (64 hexadecimal digits).")
    return sha


def download_spec(name_or_url: str, sha256: str | None = None) -> DownloadSpec:
    """The download for a catalog id or name, or a URL; --sha256 overrides the catalog's."""
    expected = valid_sha256(sha256) if sha256 else None
    if "://" in name_or_url:
        if not name_or_url.lower().startswith(("http://", "https://")):
            raise UsageError(f"{name_or_url} is not an http(s) address.")
        return DownloadSpec.from_url(name_or_url, expected)
    wanted = name_or_url.strip().lower()
    catalog = load_catalog()
    matches = [
        e
        for e in catalog
        if wanted in (e.id.lower(), e.name.lower(), e.file_name.lower())
        or e.file_name.lower().removesuffix(".gguf") == wanted
    ]
    if not matches:
        names = ", ".join(e.id for e in catalog) or "none (the catalog is missing)"
        raise UsageError(f"No model {name_or_url!r} in the catalog. Known: {names}; or give a URL.")
    spec = matches[0].spec()
    if expected:
        spec = DownloadSpec(spec.file_name, spec.urls, expected, spec.size)
    return spec
