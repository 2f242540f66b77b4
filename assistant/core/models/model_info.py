"""GGUF model files: header metadata without loading weights, and split parts."""

from __future__ import annotations

import errno
import os
import re
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field, fields
from pathlib import Path
from types import MappingProxyType
from typing import Any

from assistant.core.errors import (
    ModelError,
    ModelFileMissing,
    ModelFileUnreadable,
    ModelPathIsFolder,
)
from assistant.core.models.file_errors import (
    SplitCountMismatch,
    SplitNameLost,
    SplitPartBadName,
    SplitPartMissing,
    SplitPartNumber,
)
from assistant.core.models.gguf_header import Header, parse_header
from assistant.core.models.model_info_cache import ModelInfoCache, Record, file_stamps

SPLIT_NAME = re.compile(r"-(\d{5})-of-(\d{5})\.gguf$", re.IGNORECASE)
_R1_WORD = re.compile(r"(?<![a-z0-9])r1(?![a-z0-9])", re.IGNORECASE)
_NOT_JSON = ("chat_template", "metadata")
# Quantization formats of other runtimes (and "GGUF" itself): a name word, not the file's type.
_FOREIGN_FORMAT = re.compile(
    r"(?<![^\s_-])(?:AWQ|GPTQ|EXL2|GGUF|bnb|[48]-?bit|Int[48])(?![^\s_-])", re.IGNORECASE
)
# What a cached record holds, with the types each field may have (a damaged cache is ignored).
_RECORD_TYPES: dict[str, tuple[type, ...]] = {
    "name": (str,),
    "architecture": (str,),
    "parameters": (int, type(None)),
    "size_label": (str, type(None)),
    "quantization": (str,),
    "context_length": (int, type(None)),
    "chat_template": (str, type(None)),
    "file_size": (int,),
    "is_reasoning": (bool,),
    "metadata": (dict,),
}
_cache = ModelInfoCache()


@dataclass(frozen=True)
class ModelInfo:
    """What a GGUF model is, read from its header(s) without loading weights."""

    path: Path
    name: str
    architecture: str
    parameters: int | None
    size_label: str | None
    quantization: str
    context_length: int | None
    chat_template: str | None
    file_size: int
    files: tuple[Path, ...]
    is_reasoning: bool
    metadata: Mapping[str, Any] = field(repr=False, compare=False, hash=False)

    @property
    def display_name(self) -> str:
        """The name to show: the header's, without words naming another quantization format.

        Converters copy the source repository's name into the header, so a Q4_K_M GGUF made
        from an AWQ upload calls itself "... Instruct AWQ" beside its real type, Q4_K_M.
        """
        cleaned = " ".join(_FOREIGN_FORMAT.sub(" ", self.name).split()).strip(" -_")
        return cleaned or self.name

    @property
    def has_chat_template(self) -> bool:
        """Whether the model carries its own chat template."""
        return bool(self.chat_template)

    def to_json(self) -> dict[str, Any]:
        """The fields shown by `models info --json`."""
        data = {f.name: getattr(self, f.name) for f in fields(self) if f.name not in _NOT_JSON}
        data |= {"path": str(self.path), "files": [str(p) for p in self.files]}
        return data | {"has_chat_template": self.has_chat_template}


def _open_error(path: Path, exc: OSError) -> ModelError:
    if isinstance(exc, FileNotFoundError):
        return ModelFileMissing(path=path)
    if isinstance(exc, IsADirectoryError):
        return ModelPathIsFolder(path=path)
    if isinstance(exc, PermissionError):
        return ModelFileUnreadable(path=path, reason="permission denied")
    return ModelFileUnreadable(path=path, reason=exc.strerror or str(exc))


def _read_header(path: Path) -> Header:
    """Parse one GGUF file's header and check the file holds all of its tensor data."""
    try:
        if path.is_dir():
            raise IsADirectoryError(errno.EISDIR, "is a directory", str(path))
        with open(path, "rb") as f:
            return parse_header(f, path, os.fstat(f.fileno()).st_size)
    except OSError as exc:
        raise _open_error(path, exc) from exc


def _split_files(path: Path) -> tuple[Path, ...]:
    """All parts of a split model in order, given any part ((path,) if it is not split)."""
    m = SPLIT_NAME.search(path.name)
    if not m:
        return (path,)
    index, total = int(m.group(1)), int(m.group(2))
    if not 1 <= index <= total:
        raise SplitPartBadName(path=str(path))
    prefix, suffix = path.name[: m.start()], m.group(0)[-5:]
    files = tuple(
        path.with_name(f"{prefix}-{i:05d}-of-{m.group(2)}{suffix}") for i in range(1, total + 1)
    )
    for part in files:
        if not part.is_file():
            raise SplitPartMissing(
                part=part.name, name=path.name, total=total, folder=str(path.parent)
            )
    return files


def _size_label(parameters: int) -> str:
    for scale, suffix in ((1e12, "T"), (1e9, "B"), (1e6, "M"), (1e3, "K")):
        if parameters >= scale:
            value = parameters / scale
            return f"{value:.1f}{suffix}" if value < 10 else f"{value:.0f}{suffix}"
    return str(parameters)


def _quantization(metadata: Mapping[str, Any], type_elements: Counter[int], gguf: Any) -> str:
    file_type = metadata.get("general.file_type")
    if isinstance(file_type, int) and file_type in set(gguf.LlamaFileType) - {1024}:  # GUESSED
        return str(gguf.LlamaFileType(file_type).name).removeprefix("MOSTLY_").removeprefix("ALL_")
    if not type_elements:
        return "unknown"
    ggml_type = type_elements.most_common(1)[0][0]  # by element count, not tensor count
    try:
        return str(gguf.GGMLQuantizationType(ggml_type).name)
    except ValueError:
        return f"type {ggml_type}"


def read_model_info(path: str | os.PathLike[str]) -> ModelInfo:
    """Read a GGUF model's metadata (all split parts) without loading its weights.

    Remembered per file (path, size, mtime): reading an unchanged model again costs a stat.
    """
    path = Path(path)
    if not path.exists():
        raise _open_error(path, FileNotFoundError(errno.ENOENT, "not found", str(path)))
    files = _split_files(path)
    stamps = file_stamps(files)
    if stamps is not None and (record := _cache.get(files[0], stamps)) is not None:
        info = _info_from_record(path, files, record)
        if info is not None:
            return info
    record = _read_record(path, files)
    if stamps is not None and stamps == file_stamps(files):  # unchanged while it was read
        _cache.put(files[0], stamps, record)
    info = _info_from_record(path, files, record)
    assert info is not None  # a record just read has the right types
    return info


def _read_record(path: Path, files: tuple[Path, ...]) -> Record:
    """Parse the headers of all parts and summarise them as ModelInfo's fields (but paths)."""
    import gguf

    first = _read_header(files[0])
    meta = first.metadata
    split_count = meta.get("split.count")
    if isinstance(split_count, int) and split_count > 1 and split_count != len(files):
        if len(files) == 1:
            raise SplitNameLost(path=str(path), split_count=split_count)
        raise SplitCountMismatch(path=str(files[0]), split_count=split_count, named=len(files))
    headers = [first] + [_read_header(p) for p in files[1:]]
    for i, (part, header) in enumerate(zip(files, headers, strict=True)):
        no = header.metadata.get("split.no")
        if len(files) > 1 and isinstance(no, int) and no != i:
            raise SplitPartNumber(path=str(part), says=no + 1, expected=i + 1)

    type_elements: Counter[int] = Counter()
    for header in headers:
        type_elements.update(header.type_elements)
    parameters = sum(h.parameters for h in headers) or None
    arch = str(meta.get("general.architecture") or "unknown")
    name = meta.get("general.name")
    if not isinstance(name, str) or not name.strip():
        name = SPLIT_NAME.sub("", files[0].name).removesuffix(".gguf").removesuffix(".GGUF")
    label = meta.get("general.size_label")
    if not isinstance(label, str) or not label:
        label = _size_label(parameters) if parameters else None
    ctx = meta.get(f"{arch}.context_length")
    template = meta.get("tokenizer.chat_template")
    template = template if isinstance(template, str) and template else None
    names = (name, str(meta.get("general.basename") or ""), files[0].name)
    reasoning = any(map(_R1_WORD.search, names)) or "<think>" in (template or "")
    return {
        "name": name.strip(),
        "architecture": arch,
        "parameters": parameters,
        "size_label": label,
        "quantization": _quantization(meta, type_elements, gguf),
        "context_length": ctx if isinstance(ctx, int) and not isinstance(ctx, bool) else None,
        "chat_template": template,
        "file_size": sum(h.size for h in headers),
        "is_reasoning": reasoning,
        "metadata": meta,
    }


def _info_from_record(path: Path, files: tuple[Path, ...], record: Record) -> ModelInfo | None:
    """The ModelInfo a record describes, or None if the record is not well formed."""
    if set(record) != set(_RECORD_TYPES) or any(
        not isinstance(record[k], types) or (bool not in types and isinstance(record[k], bool))
        for k, types in _RECORD_TYPES.items()
    ):
        return None
    scalars = {k: v for k, v in record.items() if k != "metadata"}
    # The record's own dict is shared read-only: nothing may change what the cache holds.
    meta = MappingProxyType(record["metadata"])
    return ModelInfo(path=path, files=files, metadata=meta, **scalars)


def check_gguf_file(path: str | os.PathLike[str]) -> None:
    """Raise ModelError unless path is one readable, complete GGUF file (a single split part)."""
    _read_header(Path(path))


@dataclass(frozen=True)
class AttentionShape:
    """What the KV cache of one token costs: layers, KV heads and the key/value widths."""

    n_layer: int
    n_head_kv: int
    key_length: int
    value_length: int

    def kv_bytes_per_token(self, bytes_per_value: int = 2) -> int:
        """Bytes of K and V cache one token takes (f16 values by default, as llama.cpp uses)."""
        width = self.key_length + self.value_length
        return self.n_layer * self.n_head_kv * width * bytes_per_value


def _positive_int(value: Any) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) and value > 0 else None


def attention_shape(info: ModelInfo) -> AttentionShape | None:
    """The model's attention shape from its header, or None if the header does not say."""
    meta, arch = info.metadata, info.architecture
    n_layer = _positive_int(meta.get(f"{arch}.block_count"))
    n_head = _positive_int(meta.get(f"{arch}.attention.head_count"))
    n_embd = _positive_int(meta.get(f"{arch}.embedding_length"))
    if n_layer is None or n_head is None or n_embd is None:
        return None
    # A per-layer array (rare) reads as its length here: still a usable order of magnitude.
    n_head_kv = _positive_int(meta.get(f"{arch}.attention.head_count_kv")) or n_head
    key_length = _positive_int(meta.get(f"{arch}.attention.key_length")) or n_embd // n_head
    value_length = _positive_int(meta.get(f"{arch}.attention.value_length")) or n_embd // n_head
    return AttentionShape(n_layer, n_head_kv, key_length, value_length)
