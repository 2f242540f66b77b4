"""Tests for skipping GGUF string arrays in bulk: exact on any bytes, and damage still found."""

from __future__ import annotations

import itertools
import struct
from pathlib import Path

import gguf
import numpy as np
import pytest

from assistant.core.errors import ModelError
from assistant.core.models import gguf_header
from assistant.core.models.gguf_header import walk_strings
from assistant.core.models.model_info import read_model_info

TEMPLATE = "{{ messages[0]['content'] }}"
VOCAB = [f"t{i}" for i in range(5000)]


def encode_strings(items: list[bytes], endian: str) -> bytes:
    return b"".join(struct.pack(endian + "Q", len(s)) + s for s in items)


def reference_walk(window: bytes, want: int, endian: str) -> tuple[int, int]:
    """One string at a time, as the GGUF format describes it."""
    walked, offset = 0, 0
    while walked < want and offset + 8 <= len(window):
        offset += 8 + struct.unpack_from(endian + "Q", window, offset)[0]
        walked += 1
    return walked, offset


def awkward_strings(rng: np.random.Generator, n: int) -> list[bytes]:
    """Short and long strings, empty ones, and text full of zero bytes that look like lengths."""
    items = []
    for _ in range(n):
        kind = rng.integers(0, 6)
        if kind == 0:
            items.append(b"")
        elif kind == 1:
            items.append(b"\0" * int(rng.integers(1, 20)))
        elif kind == 2:
            items.append(rng.bytes(int(rng.integers(256, 700))))
        elif kind == 3:
            items.append(bytes([int(rng.integers(1, 255))]) + b"\0" * 7 + rng.bytes(3))
        else:
            items.append(rng.bytes(int(rng.integers(1, 30))))
    return items


@pytest.mark.parametrize("endian", ["<", ">"])
@pytest.mark.parametrize("seed", range(8))
def test_walk_matches_the_one_by_one_walk(endian: str, seed: int) -> None:
    rng = np.random.default_rng(seed)
    data = encode_strings(awkward_strings(rng, 400), endian) + rng.bytes(50)
    for _ in range(20):
        window = data[: int(rng.integers(0, len(data) + 1))]  # cut anywhere, even in a length
        want = int(rng.integers(1, 450))
        expected = reference_walk(window, want, endian)
        assert walk_strings(window, want, endian, 1 << 40) == expected


def test_walk_of_a_plain_vocabulary_is_one_run() -> None:
    items = [f"tok{i}".encode() for i in range(10_000)]
    data = encode_strings(items, "<")
    assert walk_strings(data, len(items), "<", 1 << 40) == (len(items), len(data))
    assert walk_strings(data, 1234, "<", 1 << 40) == reference_walk(data, 1234, "<")


def test_walk_refuses_an_absurd_length() -> None:
    data = encode_strings([b"ab", b"c"], "<") + struct.pack("<Q", 1 << 50) + b"xyz"
    with pytest.raises(gguf_header._AbsurdLength):
        walk_strings(data, 3, "<", 1 << 30)


def write_vocab_model(path: Path, tokens: list[str], endian: gguf.GGUFEndian) -> Path:
    writer = gguf.GGUFWriter(path, "llama", endianess=endian)
    writer.add_token_list(tokens)
    writer.add_token_merges([f"{a} {b}" for a, b in itertools.pairwise(tokens)])
    writer.add_chat_template(TEMPLATE)  # read correctly only if both walks stayed in step
    writer.add_tensor("w", np.ones((4, 8), dtype=np.float32))
    writer.write_header_to_file()
    writer.write_kv_data_to_file()
    writer.write_tensors_to_file()
    writer.close()
    return path


@pytest.mark.parametrize("endian", [gguf.GGUFEndian.LITTLE, gguf.GGUFEndian.BIG])
def test_vocabulary_over_several_windows(tmp_path: Path, endian: gguf.GGUFEndian) -> None:
    rng = np.random.default_rng(1)
    # Longer than the first window's guess per string, with zero bytes, long and empty tokens.
    tokens = ["x" * int(rng.integers(20, 120)) for _ in range(30_000)]
    tokens[5] = ""
    tokens[7] = "a\0\0\0\0\0\0\0\0b"
    tokens[9] = "long " * 80
    info = read_model_info(write_vocab_model(tmp_path / "v.gguf", tokens, endian))
    assert info.metadata["tokenizer.ggml.tokens"] == 30_000
    assert info.metadata["tokenizer.ggml.merges"] == 29_999
    assert info.chat_template == TEMPLATE
    assert info.parameters == 32


def test_vocabulary_cut_short_is_damaged(tmp_path: Path) -> None:
    path = write_vocab_model(tmp_path / "v.gguf", VOCAB, gguf.GGUFEndian.LITTLE)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 3])  # inside the merges
    with pytest.raises(ModelError, match="damaged"):
        read_model_info(path)


def test_vocabulary_with_an_absurd_length_is_damaged(tmp_path: Path) -> None:
    path = write_vocab_model(tmp_path / "v.gguf", VOCAB, gguf.GGUFEndian.LITTLE)
    data = bytearray(path.read_bytes())
    where = data.index(struct.pack("<Q", 5) + b"t1000")
    data[where : where + 8] = struct.pack("<Q", 1 << 40)
    path.write_bytes(bytes(data))
    with pytest.raises(ModelError, match=f"claims a text of {1 << 40} bytes"):
        read_model_info(path)


def test_bulk_search_finds_only_short_lengths() -> None:
    data = encode_strings([b"a" * 255, b"b" * 256, b""], "<")
    starts, lengths = gguf_header._short_string_starts(np, data, "<")
    assert 0 in starts.tolist() and 263 not in starts.tolist()  # 256 does not fit in one byte
    assert lengths[starts.tolist().index(0)] == 255
