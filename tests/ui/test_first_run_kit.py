"""The welcome dialog offers what the instructor's class kit carries: a model and a pack."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from assistant.core.models.kit import Kit, KitFile
from assistant.ui.dialogs.first_run import FirstRunDialog


def _kit(tmp_path: Path) -> Kit:
    model = KitFile(tmp_path / "class-model.gguf", 10, "0" * 64)
    pack = KitFile(tmp_path / "week-1.json", 10, "0" * 64)
    return Kit(root=tmp_path, starter=None, class_model=model, class_pack=pack)


def test_class_model_is_the_default_and_the_pack_is_offered(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = FirstRunDialog(kit=_kit(tmp_path))
    qtbot.addWidget(dialog)
    assert dialog.class_button is not None and dialog.class_button.isDefault()
    assert dialog.pack_box is not None and "week-1" in dialog.pack_box.text()
    assert dialog.pack_to_import() is None  # nothing chosen yet
    dialog.class_button.click()
    assert dialog.choice() == ("file", str(tmp_path / "class-model.gguf"))
    assert dialog.pack_to_import() == tmp_path / "week-1.json"


def test_an_unticked_pack_is_not_imported(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = FirstRunDialog(kit=_kit(tmp_path))
    qtbot.addWidget(dialog)
    assert dialog.pack_box is not None
    dialog.pack_box.setChecked(False)
    dialog.starter_button.click()
    assert dialog.choice() == ("starter", None)
    assert dialog.pack_to_import() is None


def test_without_a_kit_nothing_extra_is_offered(qtbot: QtBot) -> None:
    dialog = FirstRunDialog()
    qtbot.addWidget(dialog)
    assert dialog.class_button is None and dialog.pack_box is None
    assert dialog.starter_button.isDefault()
