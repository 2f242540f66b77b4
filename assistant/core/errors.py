"""Errors the user can act on, each mapped to the CLI's documented exit code."""

from __future__ import annotations


class StudyAssistantError(Exception):
    """Base of errors shown to the user as one clear sentence (no traceback)."""

    exit_code = 1


class UsageError(StudyAssistantError):
    """The command line or a request was malformed."""

    exit_code = 2


class ModelError(StudyAssistantError):
    """The model is missing, unreadable, not GGUF, does not fit, or its worker died."""

    exit_code = 3


class InputError(StudyAssistantError):
    """The user's input cannot be used: unreadable, unsupported, empty or too long."""

    exit_code = 4


class StorageError(StudyAssistantError):
    """The library or data folder cannot be read or written."""

    exit_code = 5
