"""Lecture -> structured note outline: ingest, chunk, map/reduce with a JSON schema, render."""

from assistant.core.outline.prompt import LANGUAGES, read_lecture_file
from assistant.core.text.language import chinese_script, detect_language

__all__ = ["LANGUAGES", "chinese_script", "detect_language", "read_lecture_file"]
