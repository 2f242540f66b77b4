"""Every core error kind has GUI text, in Chinese and Vietnamese too (ui/error_text.py)."""

from __future__ import annotations

import importlib
import pkgutil
import string
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication

import assistant.core
from assistant.core.errors import ModelStopped, PromptTooLongError, StudyAssistantError
from assistant.core.outline.ingest import read_lecture
from assistant.ui.app import install_translators
from assistant.ui.error_text import CATEGORY_TEXTS, KIND_TEXTS, describe

FLAG = "--"


def error_classes() -> list[type[StudyAssistantError]]:
    """Every StudyAssistantError subclass in core (each module imported, so all are defined)."""
    for module in pkgutil.walk_packages(assistant.core.__path__, "assistant.core."):
        if not module.name.endswith("__main__"):
            importlib.import_module(module.name)
    found: list[type[StudyAssistantError]] = []
    todo = [StudyAssistantError]
    while todo:
        cls = todo.pop()
        found.append(cls)
        todo.extend(cls.__subclasses__())
    return found


def fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def values(template: str) -> dict[str, object]:
    """A recognisable value per parameter: a number where the template formats one."""
    return {
        name: 7.5 if spec else f"<{name}>"
        for _, name, spec, _ in string.Formatter().parse(template)
        if name
    }


def sample(cls: type[StudyAssistantError]) -> StudyAssistantError:
    """An instance with every parameter its English template names."""
    error = cls.__new__(cls)
    StudyAssistantError.__init__(error, **values(cls.template))
    return error


def test_every_kind_and_category_has_gui_text() -> None:
    classes = error_classes()
    assert len(classes) > 10
    for cls in classes:
        if cls.template:
            assert "kind" in vars(cls), f"{cls.__name__} has a template but no kind of its own"
            assert cls.kind in KIND_TEXTS, f"no GUI text for {cls.__name__} ({cls.kind})"
            # The GUI text says everything the English sentence does, from the same facts.
            assert fields(cls.template) == fields(KIND_TEXTS[cls.kind]()), cls.__name__
        else:
            assert cls.kind in CATEGORY_TEXTS, f"no GUI lead for {cls.__name__} ({cls.kind})"
    kinds = [cls.kind for cls in classes if cls.template]
    assert len(kinds) == len(set(kinds)), "two error classes share a kind"


def test_gui_text_names_no_command_line_flag() -> None:
    for text in [*KIND_TEXTS.values(), *CATEGORY_TEXTS.values()]:
        assert FLAG not in text(), text()
    too_long = PromptTooLongError(prompt_tokens=5000, n_ctx=4096, answer_tokens=512)
    assert "--ctx" in too_long.english()  # the command line names its option...
    assert "--ctx" not in describe(too_long)  # ...the window names the Settings item
    assert "Context size" in describe(too_long) and "1416" in describe(too_long)


def test_an_unexpected_error_is_one_sentence() -> None:
    assert describe(KeyError("x")) == (
        "An unexpected error (KeyError) occurred; the log file has the details."
    )
    assert describe(ModelStopped(reason="out of memory")) == "The model stopped: out of memory"


@pytest.mark.parametrize("lang", ["zh_CN", "vi"])
def test_every_kind_reads_in_the_ui_language(qapp: QCoreApplication, lang: str) -> None:
    classes = error_classes()
    english = {cls: describe(sample(cls)) for cls in classes}
    try:
        install_translators(qapp, lang)
        for cls in classes:
            shown = describe(sample(cls))
            assert shown != english[cls], f"{cls.__name__} is not translated to {lang}"
            for name, value in values(cls.template).items():
                assert str(value) in shown, f"{cls.__name__} in {lang} drops {name}"
    finally:
        install_translators(qapp, "en")


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("zh_CN", "无法打开 notes.doc：不支持 .doc 文件"),
        ("vi", "Không mở được notes.doc: chưa hỗ trợ tệp .doc"),
    ],
)
def test_a_lecture_file_the_app_cannot_open_is_explained_in_the_ui_language(
    qapp: QCoreApplication, tmp_path: Path, lang: str, expected: str
) -> None:
    lecture = tmp_path / "notes.doc"
    lecture.write_bytes(b"\xd0\xcf\x11\xe0 an old Word file")
    with pytest.raises(StudyAssistantError) as caught:
        read_lecture(lecture)
    assert "save it as .docx or PDF" in str(caught.value)  # what the command line prints
    try:
        install_translators(qapp, lang)
        assert describe(caught.value).startswith(expected)
    finally:
        install_translators(qapp, "en")
