"""GGUF model files: header metadata without loading weights, and split parts."""

from __future__ import annotations

import errno
import os
import re
import struct
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field, fields
from pathlib import Path
from types import MappingProxyType
from typing import Any, BinaryIO

from assistant.core.errors import ModelError

# `gguf` pulls in numpy (~0.15 s), so it is imported only where its constants are needed.

SPLIT_NAME = re.compile(r"-(\d{5})-of-(\d{5})\.gguf$", re.IGNORECASE)
_R1_WORD = re.compile(r"(?<![a-z0-9])r1(?![a-z0-9])", re.IGNORECASE)
_BLOCK = 1 << 20

# GGUF value type codes (gguf.GGUFValueType) -> struct format; 8 is STRING, 9 is ARRAY.
_SCALAR_FORMATS = {0: "B", 1: "b", 2: "H", 3: "h", 4: "I", 5: "i", 6: "f", 7: "?"}
_SCALAR_FORMATS |= {10: "Q", 11: "q", 12: "d"}
_STRING, _ARRAY = 8, 9
_MAX_DIMS = 4  # GGML_MAX_DIMS
_MAX_ARRAY_NESTING = 8
_MAX_STRING = 16 << 20  # no sane key or value (chat templates included) comes near this
_NOT_JSON = ("chat_template", "metadata")
# Quantization formats of other runtimes (and "GGUF" itself): a name word, not the file's type.
_FOREIGN_FORMAT = re.compile(
    r"(?<![^\s_-])(?:AWQ|GPTQ|EXL2|GGUF|bnb|[48]-?bit|Int[48])(?![^\s_-])", re.IGNORECASE
)


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


@dataclass
class _Header:
    """One GGUF file's header: metadata, tensor totals and the bytes its tensors need."""

    metadata: dict[str, Any]
    parameters: int
    type_elements: Counter[int]
    size: int


class _HeaderReader:
    """Bounds-checked little/big-endian reads of a GGUF header from a buffered file."""

    def __init__(self, f: BinaryIO, path: Path, size: int) -> None:
        self.f, self.path, self.size, self.pos = f, path, size, 0
        self.endian = "<"

    def damaged(self, why: str) -> ModelError:
        return ModelError(f"{self.path} is damaged ({why}). Copy or download it again.")

    def read(self, n: int) -> bytes:
        if n > self.size - self.pos or len(data := self.f.read(n)) != n:
            raise self.damaged("its header runs past the end of the file")
        self.pos += n
        return data

    def skip(self, n: int) -> None:
        if n > self.size - self.pos:
            raise self.damaged("its header runs past the end of the file")
        self.f.seek(n, os.SEEK_CUR)
        self.pos += n

    def unpack(self, fmt: str) -> Any:
        return struct.unpack(self.endian + fmt, self.read(struct.calcsize(fmt)))[0]

    def count(self, what: str, min_item_size: int) -> int:
        n = int(self.unpack("Q"))
        if n * min_item_size > self.size - self.pos:
            raise self.damaged(f"it claims {n} {what}, more than the file can hold")
        return n

    def string(self) -> str:
        n = int(self.unpack("Q"))
        if n > _MAX_STRING:
            raise self.damaged(f"it claims a text of {n} bytes")
        return self.read(n).decode("utf-8", errors="replace")

    def skip_strings(self, n: int) -> None:
        """Walk n strings, e.g. a 150k-token vocabulary, through a read-ahead buffer."""
        unpack = struct.Struct(self.endian + "Q").unpack_from
        buf, i = b"", 0
        for _ in range(n):
            if len(buf) - i < 8:
                buf, i = buf[i:] + self.f.read(_BLOCK), 0
                if len(buf) < 8:
                    raise self.damaged("its header runs past the end of the file")
            length = unpack(buf, i)[0]
            if length > self.size:
                raise self.damaged(f"it claims a text of {length} bytes")
            i += 8 + length
            if i > len(buf):  # a long string: jump over it
                self.f.seek(i - len(buf), os.SEEK_CUR)
                buf, i = b"", 0
        self.f.seek(i - len(buf), os.SEEK_CUR)  # give back what was read ahead
        self.pos = self.f.tell()
        if self.pos > self.size:
            raise self.damaged("its header runs past the end of the file")

    def value(self, vtype: int, depth: int = 0) -> Any:
        """A scalar or string value; an array is walked and returned as its length."""
        if vtype in _SCALAR_FORMATS:
            return self.unpack(_SCALAR_FORMATS[vtype])
        if vtype == _STRING:
            return self.string()
        if vtype != _ARRAY:
            raise self.damaged(f"unknown value type {vtype}")
        if depth >= _MAX_ARRAY_NESTING:
            raise self.damaged("arrays nested too deeply")
        etype = int(self.unpack("I"))
        if etype in _SCALAR_FORMATS:
            item = struct.calcsize(_SCALAR_FORMATS[etype])
            n = self.count("array items", item)
            self.skip(n * item)
        elif etype == _STRING:
            n = self.count("array items", 8)
            self.skip_strings(n)
        elif etype == _ARRAY:
            n = self.count("array items", 12)
            for _ in range(n):
                self.value(_ARRAY, depth + 1)
        else:
            raise self.damaged(f"unknown array item type {etype}")
        return n


def _open_error(path: Path, exc: OSError) -> ModelError:
    if isinstance(exc, FileNotFoundError):
        return ModelError(f"Model file {path} does not exist. Check the path and try again.")
    if isinstance(exc, IsADirectoryError):
        return ModelError(f"{path} is a folder, not a model file. Choose a .gguf file.")
    if isinstance(exc, PermissionError):
        return ModelError(f"Cannot read {path}: permission denied. Check the file's permissions.")
    why = exc.strerror or str(exc)
    return ModelError(f"Cannot read {path}: {why}. Copy it to this computer and try again.")


def _not_gguf(path: Path, head: bytes) -> ModelError:
    if not head:
        return ModelError(f"{path} is empty, not a GGUF model file. Copy or download it again.")
    if head.startswith(b"version https://git-lfs"):
        why = "it is a Git LFS pointer, not the model itself"
        return ModelError(f"{path} is not a GGUF model file: {why}. Download the real file.")
    if head.lstrip().startswith(b"<"):
        why = "it looks like a web page"
        return ModelError(f"{path} is not a GGUF model file: {why}. Use the file's download link.")
    return ModelError(f"{path} is not a GGUF model file. Choose a .gguf model file.")


def _read_header(path: Path) -> _Header:
    """Parse one GGUF file's header and check the file holds all of its tensor data."""
    import gguf

    try:
        if path.is_dir():
            raise IsADirectoryError(errno.EISDIR, "is a directory", str(path))
        with open(path, "rb") as f:
            return _parse(_HeaderReader(f, path, os.fstat(f.fileno()).st_size), gguf)
    except OSError as exc:
        raise _open_error(path, exc) from exc


def _parse(r: _HeaderReader, gguf: Any) -> _Header:
    head = r.f.read(32)
    if head[:4] != b"GGUF":
        raise _not_gguf(r.path, head)
    r.f.seek(4)
    r.pos = 4
    raw = r.read(4)
    version = struct.unpack("<I", raw)[0]
    if version not in (2, 3) and struct.unpack(">I", raw)[0] in (2, 3):
        r.endian, version = ">", struct.unpack(">I", raw)[0]  # a big-endian GGUF
    if version > 100:
        raise r.damaged(f"its version number is {version}")
    if version not in (2, 3):
        hint = "Convert it again with a current llama.cpp." if version < 2 else "Update the app."
        raise ModelError(
            f"{r.path} uses GGUF version {version}, which this app cannot read. {hint}"
        )
    tensor_count = int(r.unpack("Q"))
    if tensor_count > 2**31 or tensor_count * 32 > r.size:
        raise r.damaged(f"it claims {tensor_count} tensors")
    kv_count = r.count("metadata entries", 13)

    metadata: dict[str, Any] = {}
    for _ in range(kv_count):
        key = r.string()
        metadata[key] = r.value(int(r.unpack("I")))

    tensors = []
    for _ in range(tensor_count):
        r.string()  # tensor name
        n_dims = int(r.unpack("I"))
        if n_dims > _MAX_DIMS:
            raise r.damaged(f"a tensor has {n_dims} dimensions")
        dims = [int(r.unpack("Q")) for _ in range(n_dims)]
        tensors.append((dims, int(r.unpack("I")), int(r.unpack("Q"))))

    alignment = metadata.get("general.alignment", gguf.GGUF_DEFAULT_ALIGNMENT)
    if not isinstance(alignment, int) or alignment <= 0 or alignment & (alignment - 1):
        raise r.damaged(f"invalid alignment {alignment!r}")
    data_start = -(-r.pos // alignment) * alignment

    parameters, needed, type_elements = 0, data_start, Counter[int]()
    for dims, ggml_type, offset in tensors:
        elements = 1
        for d in dims:
            elements *= d
        parameters += elements
        type_elements[ggml_type] += elements
        block, type_size = gguf.GGML_QUANT_SIZES.get(ggml_type, (1, 0))  # unknown type: size 0
        needed = max(needed, data_start + offset + -(-elements // block) * type_size)
    if needed > r.size:
        raise ModelError(
            f"{r.path} is truncated: it has {r.size:,} bytes but its tensors need {needed:,}. "
            "Copy or download it again."
        )
    return _Header(metadata, parameters, type_elements, r.size)


def _split_files(path: Path) -> tuple[Path, ...]:
    """All parts of a split model in order, given any part ((path,) if it is not split)."""
    m = SPLIT_NAME.search(path.name)
    if not m:
        return (path,)
    index, total = int(m.group(1)), int(m.group(2))
    if not 1 <= index <= total:
        raise ModelError(f"{path} has an invalid split-part name. Rename it as it was downloaded.")
    prefix, suffix = path.name[: m.start()], m.group(0)[-5:]
    files = tuple(
        path.with_name(f"{prefix}-{i:05d}-of-{m.group(2)}{suffix}") for i in range(1, total + 1)
    )
    for part in files:
        if not part.is_file():
            raise ModelError(
                f"Part {part.name} of the split model {path.name} is missing. "
                f"Put all {total} parts in {path.parent}."
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
    """Read a GGUF model's metadata (all split parts) without loading its weights."""
    import gguf

    path = Path(path)
    if not path.exists():
        raise _open_error(path, FileNotFoundError(errno.ENOENT, "not found", str(path)))
    files = _split_files(path)
    first = _read_header(files[0])
    meta = first.metadata
    split_count = meta.get("split.count")
    if isinstance(split_count, int) and split_count > 1 and split_count != len(files):
        if len(files) == 1:
            raise ModelError(
                f"{path} is part of a model split into {split_count} files, but its name does not "
                "end in -00001-of-000NN.gguf. Restore the parts' original names."
            )
        raise ModelError(
            f"{files[0]} says the model has {split_count} parts, but its name says {len(files)}. "
            "Download the parts again."
        )
    headers = [first] + [_read_header(p) for p in files[1:]]
    for i, (part, header) in enumerate(zip(files, headers, strict=True)):
        no = header.metadata.get("split.no")
        if len(files) > 1 and isinstance(no, int) and no != i:
            raise ModelError(f"{part} says it is part {no + 1}, not {i + 1}. Download it again.")

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
    return ModelInfo(
        path=path,
        name=name.strip(),
        architecture=arch,
        parameters=parameters,
        size_label=label,
        quantization=_quantization(meta, type_elements, gguf),
        context_length=ctx if isinstance(ctx, int) and not isinstance(ctx, bool) else None,
        chat_template=template,
        file_size=sum(h.size for h in headers),
        files=files,
        is_reasoning=reasoning,
        metadata=MappingProxyType(dict(meta)),
    )


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
