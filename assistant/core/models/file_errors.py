"""Errors reading a model file: a split model's parts, and a GGUF header."""

from __future__ import annotations

from assistant.core.errors import ModelError


class SplitPartBadName(ModelError):
    kind = "split_part_bad_name"
    template = "{path} has an invalid split-part name. Rename it as it was downloaded."


class SplitPartMissing(ModelError):
    kind = "split_part_missing"
    template = (
        "Part {part} of the split model {name} is missing. Put all {total} parts in {folder}."
    )


class SplitNameLost(ModelError):
    kind = "split_name_lost"
    template = (
        "{path} is part of a model split into {split_count} files, but its name does not end in "
        "-00001-of-000NN.gguf. Restore the parts' original names."
    )


class SplitCountMismatch(ModelError):
    kind = "split_count_mismatch"
    template = (
        "{path} says the model has {split_count} parts, but its name says {named}. Download the "
        "parts again."
    )


class SplitPartNumber(ModelError):
    kind = "split_part_number"
    template = "{path} says it is part {says}, not {expected}. Download it again."


class ModelFileDamaged(ModelError):
    kind = "model_file_damaged"
    template = "{path} is damaged ({why}). Copy or download it again."


class ModelFileTruncated(ModelError):
    kind = "model_file_truncated"
    template = (
        "{path} is truncated: it has {size} bytes but its tensors need {needed}. Copy or "
        "download it again."
    )


class GgufVersionTooOld(ModelError):
    kind = "gguf_version_too_old"
    template = (
        "{path} uses GGUF version {version}, which this app cannot read. Convert it again with a "
        "current llama.cpp."
    )


class GgufVersionTooNew(ModelError):
    kind = "gguf_version_too_new"
    template = "{path} uses GGUF version {version}, which this app cannot read. Update the app."
