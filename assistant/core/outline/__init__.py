"""Lecture -> structured note outline (for now: one plain prompt; the full pipeline comes later)."""

from assistant.core.outline.prompt import (
    FORMATS,
    LANGUAGES,
    detect_language,
    outline_messages,
    outline_sampling,
    read_lecture_file,
)

__all__ = [
    "FORMATS",
    "LANGUAGES",
    "detect_language",
    "outline_messages",
    "outline_sampling",
    "read_lecture_file",
]
