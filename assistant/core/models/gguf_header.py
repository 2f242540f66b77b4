"""Parsing one GGUF header: metadata and the tensor table, never the weights.

A vocabulary is an array of ~150k length-prefixed strings (and its merges as many again). Stepping
over them one Python call at a time took 100-250 ms, holding the GIL the GUI thread needs, so
string arrays are skipped in bulk: numpy finds every short string's length field in a block of
bytes at once, and only the few places where that does not line up are stepped over one by one.
"""

from __future__ import annotations

import os
import struct
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from assistant.core.errors import (
    ModelError,
    ModelFileEmpty,
    ModelFileLfsPointer,
    ModelFileWebPage,
    NotGgufFile,
)
from assistant.core.models.file_errors import (
    GgufVersionTooNew,
    GgufVersionTooOld,
    ModelFileDamaged,
    ModelFileTruncated,
)

# `gguf` and numpy take ~0.15 s to import, so they are imported only when a header is parsed.

# GGUF value type codes (gguf.GGUFValueType) -> struct format; 8 is STRING, 9 is ARRAY.
SCALAR_FORMATS = {0: "B", 1: "b", 2: "H", 3: "h", 4: "I", 5: "i", 6: "f", 7: "?"}
SCALAR_FORMATS |= {10: "Q", 11: "q", 12: "d"}
STRING, ARRAY = 8, 9
_MAX_DIMS = 4  # GGML_MAX_DIMS
_MAX_ARRAY_NESTING = 8
_MAX_STRING = 16 << 20  # no sane key or value (chat templates included) comes near this
# Strings up to this long are found in bulk (their 8-byte length has 7 zero bytes); a longer one,
# rare in a vocabulary, is stepped over on its own.
_BULK_MAX_LENGTH = 255
_MIN_WINDOW, _MAX_WINDOW = 64 << 10, 8 << 20
_FIRST_GUESS_BYTES_PER_STRING = 16  # 8 for the length plus a typical token


@dataclass
class Header:
    """One GGUF file's header: metadata, tensor totals and the file's size."""

    metadata: dict[str, Any]
    parameters: int
    type_elements: Counter[int]
    size: int


class _AbsurdLength(Exception):
    def __init__(self, length: int) -> None:
        super().__init__(length)
        self.length = length


class HeaderReader:
    """Bounds-checked little/big-endian reads of a GGUF header from a buffered file."""

    def __init__(self, f: BinaryIO, path: Path, size: int) -> None:
        self.f, self.path, self.size, self.pos = f, path, size, 0
        self.endian = "<"

    def damaged(self, why: str) -> ModelError:
        return ModelFileDamaged(path=str(self.path), why=why)

    def past_end(self) -> ModelError:
        return self.damaged("its header runs past the end of the file")

    def read(self, n: int) -> bytes:
        if n > self.size - self.pos or len(data := self.f.read(n)) != n:
            raise self.past_end()
        self.pos += n
        return data

    def skip(self, n: int) -> None:
        if n > self.size - self.pos:
            raise self.past_end()
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
        """Step over n strings (e.g. a 150k-token vocabulary) a block of bytes at a time."""
        bytes_per_string = _FIRST_GUESS_BYTES_PER_STRING
        done = 0
        while done < n:
            want = n - done
            guess = int(want * bytes_per_string * 1.1) + 8
            window_start = self.pos
            window = self.f.read(
                min(self.size - self.pos, max(_MIN_WINDOW, min(_MAX_WINDOW, guess)))
            )
            try:
                walked, offset = walk_strings(window, want, self.endian, self.size)
            except _AbsurdLength as exc:
                raise self.damaged(f"it claims a text of {exc.length} bytes") from None
            if not walked:  # fewer than 8 bytes left: not even one length fits
                raise self.past_end()
            done += walked
            self.pos = window_start + offset
            if self.pos > self.size:
                raise self.past_end()
            self.f.seek(self.pos)
            bytes_per_string = max(8, offset // walked)

    def value(self, vtype: int, depth: int = 0) -> Any:
        """A scalar or string value; an array is walked and returned as its length."""
        if vtype in SCALAR_FORMATS:
            return self.unpack(SCALAR_FORMATS[vtype])
        if vtype == STRING:
            return self.string()
        if vtype != ARRAY:
            raise self.damaged(f"unknown value type {vtype}")
        if depth >= _MAX_ARRAY_NESTING:
            raise self.damaged("arrays nested too deeply")
        etype = int(self.unpack("I"))
        if etype in SCALAR_FORMATS:
            item = struct.calcsize(SCALAR_FORMATS[etype])
            n = self.count("array items", item)
            self.skip(n * item)
        elif etype == STRING:
            n = self.count("array items", 8)
            self.skip_strings(n)
        elif etype == ARRAY:
            n = self.count("array items", 12)
            for _ in range(n):
                self.value(ARRAY, depth + 1)
        else:
            raise self.damaged(f"unknown array item type {etype}")
        return n


def walk_strings(window: bytes, want: int, endian: str, max_length: int) -> tuple[int, int]:
    """Step over up to want length-prefixed strings at the start of window.

    Returns (strings stepped over, offset just past the last one). Stops early where the next
    length field is not wholly inside window; the offset may lie beyond window's end when the
    last string's text does. Exact whatever the bytes are: the bulk search only proposes where
    strings start, and a run is taken only where each string ends exactly where the next
    proposed one starts.
    """
    import numpy as np

    starts, lengths = _short_string_starts(np, window, endian)
    ends = starts + 8 + lengths
    # Indexes i where string i does not end where string i + 1 starts: the end of an in-step run.
    breaks = np.append(np.flatnonzero(ends[:-1] != starts[1:]), len(starts) - 1)
    unpack = struct.Struct(endian + "Q").unpack_from
    walked, offset = 0, 0
    while walked < want and offset + 8 <= len(window):
        i = int(np.searchsorted(starts, offset))
        if i < len(starts) and starts[i] == offset:
            last = int(breaks[np.searchsorted(breaks, i)])
            take = min(last - i + 1, want - walked)
            offset = int(ends[i + take - 1])
            walked += take
        else:  # a long string, or text with zero bytes in it
            length = unpack(window, offset)[0]
            if length > max_length:
                raise _AbsurdLength(length)
            offset += 8 + length
            walked += 1
    return walked, offset


def _short_string_starts(np: Any, window: bytes, endian: str) -> tuple[Any, Any]:
    """Offsets in window whose 8 bytes read as a length up to 255, and those lengths."""
    data = np.frombuffer(window, dtype=np.uint8)
    if len(data) < 8:
        empty = np.zeros(0, dtype=np.int64)
        return empty, empty
    zero = data == 0
    # zero7[q]: the 7 bytes from q on are all zero (pairs, then fours, then two fours overlapping)
    zero2 = zero[:-1] & zero[1:]
    zero4 = zero2[:-2] & zero2[2:]
    zero7 = zero4[:-3] & zero4[3:]
    if endian == "<":  # the low byte first, then 7 zero bytes
        starts = np.flatnonzero(zero7[1:])
        lengths = data[starts]
    else:  # 7 zero bytes, then the low byte
        starts = np.flatnonzero(zero7[:-1])
        lengths = data[starts + 7]
    return starts, lengths.astype(np.int64)


def not_gguf(path: Path, head: bytes) -> ModelError:
    """Why a file that does not start with the GGUF magic is not a model, in the user's words."""
    if not head:
        return ModelFileEmpty(path=path)
    if head.startswith(b"version https://git-lfs"):
        return ModelFileLfsPointer(path=path)
    if head.lstrip().startswith(b"<"):
        return ModelFileWebPage(path=path)
    return NotGgufFile(path=path)


def parse_header(f: BinaryIO, path: Path, size: int) -> Header:
    """Parse one GGUF file's header and check the file holds all of its tensor data."""
    import gguf

    r = HeaderReader(f, path, size)
    head = r.f.read(32)
    if head[:4] != b"GGUF":
        raise not_gguf(r.path, head)
    r.f.seek(4)
    r.pos = 4
    raw = r.read(4)
    version = struct.unpack("<I", raw)[0]
    if version not in (2, 3) and struct.unpack(">I", raw)[0] in (2, 3):
        r.endian, version = ">", struct.unpack(">I", raw)[0]  # a big-endian GGUF
    if version > 100:
        raise r.damaged(f"its version number is {version}")
    if version not in (2, 3):
        if version < 2:
            raise GgufVersionTooOld(path=str(r.path), version=version)
        raise GgufVersionTooNew(path=str(r.path), version=version)
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

    quant_sizes = {int(t): size for t, size in gguf.GGML_QUANT_SIZES.items()}
    parameters, needed, type_elements = 0, data_start, Counter[int]()
    for dims, ggml_type, offset in tensors:
        elements = 1
        for d in dims:
            elements *= d
        parameters += elements
        type_elements[ggml_type] += elements
        block, type_size = quant_sizes.get(ggml_type, (1, 0))  # unknown type: size 0
        needed = max(needed, data_start + offset + -(-elements // block) * type_size)
    if needed > r.size:
        raise ModelFileTruncated(path=str(r.path), size=f"{r.size:,}", needed=f"{needed:,}")
    return Header(metadata, parameters, type_elements, r.size)
