"""Tests for GGUF header reading and split models."""

from __future__ import annotations

import errno
import struct
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import gguf
import numpy as np
import pytest

from assistant.core.errors import ModelError
from assistant.core.models import gguf_header
from assistant.core.models import model_info as models
from assistant.core.models.model_info import ModelInfo, read_model_info
from tests.tiny_model import build_tiny_gguf

TEMPLATE = "{% for m in messages %}<|{{ m.role }}|>{{ m.content }}{% endfor %}<|assistant|>"
F32_SHAPES = {"token_embd.weight": (300, 16), "output_norm.weight": (16,), "blk.0.ffn.bias": (48,)}
Q8_SHAPE = (8, 64)  # numpy order: 8 rows of 64 -> 2 Q8_0 blocks of 32 per row
F32_PARAMS = 300 * 16 + 16 + 48
Q8_PARAMS = 8 * 64


def write_gguf(
    path: Path,
    *,
    name: str | None = "Tiny Llama",
    template: str | None = TEMPLATE,
    file_type: int | None = gguf.LlamaFileType.MOSTLY_Q8_0,
    shapes: Mapping[str, tuple[int, ...]] | None = None,
    q8: bool = True,
    extra: dict[str, Any] | None = None,
) -> Path:
    """A small llama GGUF with f32 tensors, one Q8_0 tensor and a 300-token vocabulary."""
    rng = np.random.default_rng(0)
    writer = gguf.GGUFWriter(path, "llama")
    if name is not None:
        writer.add_name(name)
    if file_type is not None:
        writer.add_file_type(file_type)
    writer.add_context_length(2048)
    writer.add_token_list([f"tok{i}" for i in range(300)])
    writer.add_token_scores([0.0] * 300)
    if template is not None:
        writer.add_chat_template(template)
    for key, value in (extra or {}).items():
        if isinstance(value, int):
            writer.add_uint16(key, value)
        else:
            writer.add_string(key, value)
    for tensor_name, shape in (F32_SHAPES if shapes is None else shapes).items():
        writer.add_tensor(tensor_name, rng.standard_normal(shape).astype(np.float32))
    if q8:
        data = rng.standard_normal(Q8_SHAPE).astype(np.float32)
        q = gguf.quants.quantize(data, gguf.GGMLQuantizationType.Q8_0)
        writer.add_tensor("blk.0.attn_q.weight", q, raw_dtype=gguf.GGMLQuantizationType.Q8_0)
    writer.write_header_to_file()
    writer.write_kv_data_to_file()
    writer.write_tensors_to_file()
    writer.close()
    return path


@pytest.fixture
def model_file(tmp_path: Path) -> Path:
    return write_gguf(tmp_path / "tiny-llama-q8_0.gguf")


def test_metadata_fields(model_file: Path) -> None:
    info = read_model_info(model_file)
    assert isinstance(info, ModelInfo)
    assert info.path == model_file
    assert info.name == "Tiny Llama"
    assert info.architecture == "llama"
    assert info.context_length == 2048
    assert info.chat_template == TEMPLATE
    assert info.has_chat_template
    assert info.file_size == model_file.stat().st_size
    assert info.files == (model_file,)
    assert not info.is_reasoning
    assert info.metadata["tokenizer.ggml.tokens"] == 300  # arrays are summarized as their length
    assert info.metadata["general.architecture"] == "llama"


def test_parameters_and_labels(model_file: Path) -> None:
    info = read_model_info(model_file)
    assert info.parameters == F32_PARAMS + Q8_PARAMS
    assert info.size_label == "5.4K"
    assert info.quantization == "Q8_0"


def test_to_json_keys(model_file: Path) -> None:
    data = read_model_info(model_file).to_json()
    assert set(data) == {
        "name", "architecture", "parameters", "quantization", "context_length",
        "has_chat_template", "file_size", "files", "path", "size_label", "is_reasoning",
    }  # fmt: skip
    assert data["files"] == [str(model_file)]
    assert data["has_chat_template"] is True


def test_quantization_falls_back_to_most_common_tensor_type(tmp_path: Path) -> None:
    info = read_model_info(write_gguf(tmp_path / "m.gguf", file_type=None, name=None))
    assert info.quantization == "F32"  # by element count: 4864 f32 elements vs 512 Q8_0
    assert info.name == "m"
    f16 = {"token_embd.weight": (4, 8)}
    info = read_model_info(write_gguf(tmp_path / "a.gguf", file_type=0, shapes=f16, q8=False))
    assert info.quantization == "F32"  # ALL_F32 has no MOSTLY_ prefix
    info = read_model_info(write_gguf(tmp_path / "b.gguf", file_type=15))
    assert info.quantization == "Q4_K_M"
    info = read_model_info(write_gguf(tmp_path / "c.gguf", file_type=4))  # dropped from gguf
    assert info.quantization == "F32"  # so: the type holding the most elements


def test_no_template(tmp_path: Path) -> None:
    info = read_model_info(write_gguf(tmp_path / "base.gguf", template=None))
    assert info.chat_template is None
    assert not info.has_chat_template


def test_string_arrays_long_items_and_big_endian(tmp_path: Path) -> None:
    writer = gguf.GGUFWriter(tmp_path / "be.gguf", "llama", endianess=gguf.GGUFEndian.BIG)
    writer.add_token_list(["a", "b" * (3 << 20), *(f"t{i}" for i in range(5000))])
    writer.add_array("test.nested", [[1, 2], [3], ["x", "yz"]])
    writer.add_chat_template(TEMPLATE)  # read correctly only if the walks above stayed in step
    writer.add_tensor("w", np.ones((4, 8), dtype=np.float32))
    writer.write_header_to_file()
    writer.write_kv_data_to_file()
    writer.write_tensors_to_file()
    writer.close()
    info = read_model_info(tmp_path / "be.gguf")
    assert info.chat_template == TEMPLATE
    assert info.metadata["tokenizer.ggml.tokens"] == 5002
    assert info.metadata["test.nested"] == 3
    assert info.parameters == 32


def test_truncated_file(model_file: Path) -> None:
    data = model_file.read_bytes()
    model_file.write_bytes(data[:-100])
    with pytest.raises(ModelError, match="truncated") as exc:
        read_model_info(model_file)
    assert f"{len(data) - 100:,} bytes" in str(exc.value)


def test_cut_inside_header(model_file: Path) -> None:
    model_file.write_bytes(model_file.read_bytes()[:600])
    with pytest.raises(ModelError, match="damaged"):
        read_model_info(model_file)


def test_text_file_is_not_gguf(tmp_path: Path) -> None:
    path = tmp_path / "x.gguf"
    path.write_text("this is just some text, not a model\n", encoding="utf-8")
    with pytest.raises(ModelError, match="not a GGUF model file") as exc:
        read_model_info(path)
    assert str(path) in str(exc.value)


def test_lfs_pointer_and_web_page(tmp_path: Path) -> None:
    lfs = tmp_path / "lfs.gguf"
    lfs.write_text("version https://git-lfs.github.com/spec/v1\noid sha256:abc\n")
    with pytest.raises(ModelError, match="Git LFS pointer"):
        read_model_info(lfs)
    page = tmp_path / "page.gguf"
    page.write_text("<!DOCTYPE html><html><body>Hugging Face</body></html>")
    with pytest.raises(ModelError, match="web page"):
        read_model_info(page)


@pytest.mark.parametrize("seed", range(20))
def test_random_bytes_after_magic(tmp_path: Path, seed: int) -> None:
    rng = np.random.default_rng(seed)
    path = tmp_path / "garbage.gguf"
    path.write_bytes(b"GGUF" + struct.pack("<I", 3) + rng.bytes(64 * 1024))
    with pytest.raises(ModelError):  # and never a hang: pytest-timeout ends one
        read_model_info(path)


def test_absurd_string_length(tmp_path: Path) -> None:
    path = tmp_path / "absurd.gguf"
    header = b"GGUF" + struct.pack("<IQQ", 3, 1, 1) + struct.pack("<Q", 2**62)
    path.write_bytes(header + b"\0" * 100)
    with pytest.raises(ModelError, match="damaged"):
        read_model_info(path)


def test_unsupported_version(tmp_path: Path) -> None:
    path = tmp_path / "old.gguf"
    path.write_bytes(b"GGUF" + struct.pack("<IQQ", 1, 0, 0))
    with pytest.raises(ModelError, match="version 1"):
        read_model_info(path)


def test_empty_file(tmp_path: Path) -> None:
    path = tmp_path / "empty.gguf"
    path.touch()
    with pytest.raises(ModelError, match="empty"):
        read_model_info(path)


def test_missing_file_and_folder(tmp_path: Path) -> None:
    with pytest.raises(ModelError, match="does not exist"):
        read_model_info(tmp_path / "nope.gguf")
    with pytest.raises(ModelError, match="folder"):
        read_model_info(tmp_path)


def test_permission_denied(model_file: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def denied(*args: Any, **kwargs: Any) -> Any:
        raise PermissionError(errno.EACCES, "Permission denied", str(model_file))

    monkeypatch.setattr(models, "open", denied, raising=False)  # chmod does not stop root
    with pytest.raises(ModelError, match="permission denied"):
        read_model_info(model_file)


def write_split(tmp_path: Path) -> tuple[Path, Path]:
    first = write_gguf(tmp_path / "m-00001-of-00002.gguf", extra={"split.no": 0, "split.count": 2})
    shapes = {"blk.1.ffn.weight": (10, 16)}
    second = write_gguf(
        tmp_path / "m-00002-of-00002.gguf",
        shapes=shapes,
        q8=False,
        extra={"split.no": 1, "split.count": 2},
    )
    return first, second


@pytest.mark.parametrize("which", [0, 1])
def test_split_model(tmp_path: Path, which: int) -> None:
    parts = write_split(tmp_path)
    info = read_model_info(parts[which])
    assert info.files == parts
    assert info.parameters == F32_PARAMS + Q8_PARAMS + 160
    assert info.file_size == sum(p.stat().st_size for p in parts)
    assert info.name == "Tiny Llama"


def test_split_written_by_gguf_writer(tmp_path: Path) -> None:
    writer = gguf.GGUFWriter(tmp_path / "w.gguf", "llama", split_max_tensors=2)
    writer.add_name("Split Llama")
    for i in range(5):
        writer.add_tensor(f"t{i}", np.zeros((i + 1, 32), dtype=np.float32))
    writer.write_header_to_file()
    writer.write_kv_data_to_file()
    writer.write_tensors_to_file()
    writer.close()
    parts = tuple(tmp_path / f"w-{i:05d}-of-00003.gguf" for i in (1, 2, 3))
    info = read_model_info(parts[2])
    assert info.files == parts
    assert info.name == "Split Llama"
    assert info.parameters == 32 * (1 + 2 + 3 + 4 + 5)
    assert info.metadata["split.count"] == 3


def test_split_model_missing_part(tmp_path: Path) -> None:
    first, second = write_split(tmp_path)
    second.unlink()
    with pytest.raises(ModelError, match=r"m-00002-of-00002\.gguf"):
        read_model_info(first)


def test_split_part_truncated(tmp_path: Path) -> None:
    first, second = write_split(tmp_path)
    second.write_bytes(second.read_bytes()[:-100])
    with pytest.raises(ModelError, match="truncated"):
        read_model_info(first)


def test_split_count_without_split_name(tmp_path: Path) -> None:
    path = write_gguf(tmp_path / "renamed.gguf", extra={"split.no": 0, "split.count": 3})
    with pytest.raises(ModelError, match="split into 3 files"):
        read_model_info(path)


@pytest.mark.parametrize(
    ("filename", "name", "template", "expected"),
    [
        ("DeepSeek-R1-Distill-Qwen-1.5B-Q4_K_M.gguf", None, TEMPLATE, True),
        ("model.gguf", "DeepSeek R1 Distill Qwen 7B", TEMPLATE, True),
        ("model.gguf", "Qwen2.5 7B", "{{ '<｜Assistant｜><think>\\n' }}", True),
        ("r10-model.gguf", "Qwen2.5 7B", TEMPLATE, False),
        ("r1chat.gguf", "Qwen2.5 7B", None, False),
    ],
)
def test_is_reasoning(
    tmp_path: Path, filename: str, name: str | None, template: str | None, expected: bool
) -> None:
    info = read_model_info(write_gguf(tmp_path / filename, name=name, template=template))
    assert info.is_reasoning is expected


def test_value_type_codes_match_gguf() -> None:
    for vtype in gguf.GGUFValueType:
        if vtype in (gguf.GGUFValueType.STRING, gguf.GGUFValueType.ARRAY):
            continue
        fmt = gguf_header.SCALAR_FORMATS[int(vtype)]
        assert vtype.name in {
            "B": "UINT8", "b": "INT8", "H": "UINT16", "h": "INT16", "I": "UINT32", "i": "INT32",
            "f": "FLOAT32", "?": "BOOL", "Q": "UINT64", "q": "INT64", "d": "FLOAT64",
        }[fmt]  # fmt: skip
    assert gguf_header.STRING == gguf.GGUFValueType.STRING
    assert gguf_header.ARRAY == gguf.GGUFValueType.ARRAY


@pytest.mark.parametrize(
    ("header_name", "shown"),
    [
        ("Qwen2.5 Coder 0.5B Instruct AWQ", "Qwen2.5 Coder 0.5B Instruct"),
        ("Qwen2.5-7B-Instruct-GPTQ-Int4", "Qwen2.5-7B-Instruct"),
        ("DeepSeek R1 Distill Qwen 1.5B", "DeepSeek R1 Distill Qwen 1.5B"),
        ("Hawqx 4bitter", "Hawqx 4bitter"),  # only whole words are formats
    ],
)
def test_display_name_drops_other_quantization_formats(
    tmp_path: Path, header_name: str, shown: str
) -> None:
    info = read_model_info(build_tiny_gguf(tmp_path / "m.gguf", name=header_name))
    assert info.display_name == shown
    assert info.name == header_name  # the CLI's JSON keeps the header's own name
