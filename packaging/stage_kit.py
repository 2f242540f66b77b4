"""Put the models and the prompt pack into a built kit, write kit.json, and make the archive.

Run by packaging/build after PyInstaller (it needs the project installed with the starter
extra). `--check` only validates the class model and pack, so a wrong file is refused before the
long build. Every model is hashed here, once, so the app only checks sizes when it starts.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import platform
import shutil
import sys
import tarfile
import zipfile
from datetime import UTC, datetime
from pathlib import Path

from assistant import __version__
from assistant.core.errors import StudyAssistantError
from assistant.core.models import kit
from assistant.core.models.model_info import read_model_info
from assistant.core.models.starter import STARTER_SHA256, ensure_starter_model
from assistant.core.practice.frameworks import BUILTIN_FIELDS
from assistant.core.practice.packs import read_pack_file

PACKS_FOLDER = "packs"
LINK_AT_BYTES = 64 << 20


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as f:
        while block := f.read(1 << 20):
            digest.update(block)
    return digest.hexdigest()


def _place(source: Path, dest: Path) -> Path:
    """Hard-link a model to dest where the disk allows (no second copy of gigabytes), else copy.

    Small files are always copied, so they get ordinary permissions (a pack may be private).
    """
    dest.parent.mkdir(parents=True, exist_ok=True)
    dest.unlink(missing_ok=True)
    if source.stat().st_size >= LINK_AT_BYTES:
        try:
            os.link(source, dest)
            return dest
        except OSError:
            pass
    shutil.copyfile(source, dest)
    return dest


def check_inputs(model: Path | None, pack: Path | None) -> list[Path]:
    """The class model's files (all split parts), after checking the model and the pack."""
    files: list[Path] = []
    if model is not None:
        info = read_model_info(model)  # refuses a file that is not a complete GGUF model
        files = [Path(f) for f in info.files]
        print(f"class model: {info.name} ({info.parameters}, {info.quantization})", file=sys.stderr)
    if pack is not None:
        read_pack_file(pack, set(BUILTIN_FIELDS))  # packs may also add frameworks of their own
        print(f"prompt pack: {pack.name}", file=sys.stderr)
    return files


def stage(contents: Path, cache: Path, model: Path | None, pack: Path | None) -> dict[str, object]:
    """Fill contents/kit/ and write its kit.json; returns the manifest."""
    root = contents / kit.KIT_FOLDER
    if root.exists():
        shutil.rmtree(root)
    models = root / kit.MODELS_FOLDER
    print("joining and verifying the starter model", file=sys.stderr)
    joined = ensure_starter_model(cache)  # verified once; a marker skips hashing on rebuilds
    starter = _place(joined, models / joined.name)
    manifest: dict[str, object] = {
        "version": __version__,
        "built": datetime.now(UTC).isoformat(timespec="seconds"),
        "platform": f"{sys.platform}-{platform.machine()}",
        "starter": kit.manifest_entry(starter, root, STARTER_SHA256),
        "class_model": None,
        "class_pack": None,
    }
    model_files = check_inputs(model, pack)
    if model_files:
        placed = [_place(f, models / f.name) for f in model_files]
        print(f"hashing {placed[0].name}", file=sys.stderr)
        manifest["class_model"] = kit.manifest_entry(placed[0], root, _sha256(placed[0]))
    if pack is not None:
        copied = _place(pack, root / PACKS_FOLDER / pack.name)
        manifest["class_pack"] = kit.manifest_entry(copied, root, _sha256(copied))
    (root / kit.MANIFEST_NAME).write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")
    return manifest


def make_archive(folder: Path) -> Path:
    """A .zip on Windows, else a .tar.gz (keeps symlinks and modes); models stored, not squeezed."""
    name = f"{folder.name}-{__version__}-{sys.platform}-{platform.machine().lower()}"
    if sys.platform == "win32":
        out = folder.parent / f"{name}.zip"
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, allowZip64=True) as z:
            for path in sorted(folder.rglob("*")):
                stored = path.suffix == ".gguf"  # quantized weights do not compress
                z.write(
                    path,
                    path.relative_to(folder.parent),
                    zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED,
                )
        return out
    out = folder.parent / f"{name}.tar.gz"
    # Level 1: GGUF weights barely compress, so a higher level costs minutes for nothing.
    with tarfile.open(out, "w:gz", compresslevel=1) as tar:
        tar.add(folder, arcname=folder.name)
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("folder", type=Path, nargs="?", help="the built dist/StudyAssistant")
    parser.add_argument("--with-model", type=Path, help="a bigger GGUF model for the class")
    parser.add_argument("--with-pack", type=Path, help="the instructor's prompt pack (JSON)")
    parser.add_argument("--cache", type=Path, default=Path("build/kit-cache"))
    parser.add_argument("--check", action="store_true", help="only check the model and pack")
    parser.add_argument("--archive", action="store_true", help="also write the archive")
    args = parser.parse_args()
    try:
        if args.check:
            check_inputs(args.with_model, args.with_pack)
            return 0
        if args.folder is None:
            parser.error("give the built folder")
        contents = args.folder / "_internal"  # PyInstaller's contents folder (sys._MEIPASS)
        if sys.platform == "darwin" and not contents.is_dir():
            contents = args.folder / "Contents" / "Frameworks"
        if not contents.is_dir():
            raise SystemExit(f"{args.folder} is not a PyInstaller one-folder build")
        stage(contents, args.cache, args.with_model, args.with_pack)
        if args.archive:
            print(make_archive(args.folder))
        return 0
    except StudyAssistantError as exc:
        print(f"packaging: error: {exc}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
