"""The lecture's language and script (which instructions an outline gets), reading a text file."""

from __future__ import annotations

from pathlib import Path

from assistant.core.errors import InputError
from assistant.core.text.language import chinese_script

LANGUAGES: tuple[str, ...] = ("auto", "zh", "vi", "en")
TEXT_SUFFIXES = (".txt", ".md", ".markdown")
# A lecture transcript is rarely over 1 MB; a file far larger is the wrong file, and loading it
# into a text box would freeze the window.


def instruction_key(lang: str, lecture_text: str) -> str:
    """Which instructions to use: the output language, and for Chinese the lecture's script."""
    if lang == "zh" and chinese_script(lecture_text) == "traditional":
        return "zh-traditional"
    return lang


def read_lecture_file(path: str | Path) -> str:
    """The text of a lecture file: .txt/.md as they are, other supported types as read_lecture."""
    from assistant.core.outline import ingest  # here: ingest imports this module

    path = Path(path)
    suffix = path.suffix.lower()
    if suffix in TEXT_SUFFIXES:
        return ingest.read_text_file(path)
    if suffix in ingest.SUPPORTED_SUFFIXES:
        return ingest.read_lecture(path).text
    kind = f"{suffix} files" if suffix else f"{path.name} (a file without an extension)"
    raise InputError(
        f"Opening {kind} is not supported yet; paste the text instead "
        "(.txt, .md, .srt, .vtt, .docx, .pptx and .pdf files open)."
    )
