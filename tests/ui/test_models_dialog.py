"""The Models dialog: the library with a broken file, import, delete, downloads and serving."""

from __future__ import annotations

import hashlib
import shutil
import socket
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from assistant.core import paths
from assistant.core.models.model_catalog import CatalogEntry
from assistant.core.settings import Settings
from assistant.ui.dialogs.models_dialog import ModelLibraryPanel, ModelsDialog
from assistant.ui.widgets.catalog_panel import CatalogPanel
from assistant.ui.widgets.serve_panel import ServePanel
from tests.model_server import FileServer, Served, file_server


@pytest.fixture
def folder(tmp_path: Path, tiny_model: Path) -> Path:
    root = tmp_path / "usb"
    root.mkdir()
    shutil.copy(tiny_model, root / "good.gguf")
    (root / "broken.gguf").write_bytes(b"GGUF\x03\x00\x00\x00 cut short")
    return root


@pytest.fixture
def panel(qtbot: QtBot, folder: Path) -> Iterator[ModelLibraryPanel]:
    p = ModelLibraryPanel(Settings(model_dirs=[str(folder)]))
    qtbot.addWidget(p)
    yield p
    p.shutdown()


def refreshed(qtbot: QtBot, panel: ModelLibraryPanel) -> None:
    panel.entries = []
    panel.refresh()
    qtbot.waitUntil(lambda: bool(panel.entries), timeout=10000)


def rows(panel: ModelLibraryPanel) -> dict[str, int]:
    return {e.path.name: i for i, e in enumerate(panel.entries)}


def test_list_shows_a_broken_file_with_its_reason(qtbot: QtBot, panel: ModelLibraryPanel) -> None:
    refreshed(qtbot, panel)
    found = rows(panel)
    assert {"good.gguf", "broken.gguf"} <= set(found)
    memory = panel.table.item(found["broken.gguf"], 3)
    assert memory is not None and memory.text() == "Broken"
    good_fit = panel.table.item(found["good.gguf"], 3)
    assert good_fit is not None and good_fit.text() in ("Fits", "Tight", "Won't fit", "Unknown")
    assert "context" in good_fit.toolTip()
    panel.table.selectRow(found["broken.gguf"])
    assert "Cannot be used" in panel.details.text() and "damaged" in panel.details.text()
    assert not panel.load_button.isEnabled() and panel.delete_button.isEnabled()
    panel.table.selectRow(found["good.gguf"])
    with qtbot.waitSignal(panel.load_requested) as loaded:
        panel.load_button.click()
    assert loaded.args == [str(panel.entries[found["good.gguf"]].path)]


def test_import_copies_with_progress(qtbot: QtBot, panel: ModelLibraryPanel, folder: Path) -> None:
    source = folder / "good.gguf"
    panel.import_copy(source)
    assert panel.import_progress.isVisibleTo(panel) and not panel.import_button.isEnabled()
    qtbot.waitUntil(lambda: "Imported good.gguf" in panel.status.text(), timeout=10000)
    copied = paths.models_dir() / "good.gguf"
    assert copied.read_bytes() == source.read_bytes()
    assert panel.import_progress.isHidden() and panel.import_button.isEnabled()
    qtbot.waitUntil(lambda: copied in [e.path for e in panel.entries], timeout=10000)


def test_use_in_place_adds_the_folder(qtbot: QtBot, tmp_path: Path, tiny_model: Path) -> None:
    panel = ModelLibraryPanel(Settings())
    qtbot.addWidget(panel)
    other = tmp_path / "stick"
    other.mkdir()
    shutil.copy(tiny_model, other / "lesson.gguf")
    with qtbot.waitSignal(panel.settings_changed) as changed:
        panel.use_in_place(other / "lesson.gguf")
    assert str(other.resolve()) in changed.args[0].model_dirs
    assert Settings.load().model_dirs == [str(other.resolve())]


def test_delete_asks_first_and_removes_the_file(
    qtbot: QtBot, panel: ModelLibraryPanel, folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    refreshed(qtbot, panel)
    panel.table.selectRow(rows(panel)["good.gguf"])
    answers = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]
    asked: list[str] = []

    def question(_parent: object, _title: str, text: str, *_args: object) -> object:
        asked.append(text)
        return answers.pop(0)

    monkeypatch.setattr(QMessageBox, "question", question)
    panel.delete_button.click()
    assert (folder / "good.gguf").exists()  # "No" keeps it
    panel.delete_button.click()
    assert not (folder / "good.gguf").exists()
    assert "cannot be undone" in asked[0] and "good.gguf" in asked[0]
    assert (folder / "broken.gguf").exists()


@pytest.fixture
def server() -> Iterator[FileServer]:
    with file_server() as s:
        yield s


def entry_for(server: FileServer, data: bytes) -> CatalogEntry:
    server.files["/tiny.gguf"] = Served(data)
    return CatalogEntry(
        id="tiny",
        name="Tiny",
        file_name="tiny.gguf",
        urls=(server.url("/missing.gguf"), server.url("/tiny.gguf")),
        sha256=hashlib.sha256(data).hexdigest(),
        size=len(data),
        approx_size=len(data),
        quantization="F32",
    )


def test_download_from_the_local_server_with_progress(
    qtbot: QtBot, server: FileServer, tiny_model: Path, tmp_path: Path
) -> None:
    data = tiny_model.read_bytes()
    panel = CatalogPanel([entry_for(server, data)], dest_dir=tmp_path / "dl")
    qtbot.addWidget(panel)
    panel.refresh()
    assert panel.button("tiny").text() == "Download"
    got: list[Path] = []
    panel.downloaded.connect(got.append)
    panel.button("tiny").click()
    qtbot.waitUntil(lambda: bool(got), timeout=10000)
    assert got[0].read_bytes() == data
    assert panel.state_text("tiny") == "Downloaded and verified"
    assert panel.progress_bar("tiny").value() == 1000
    assert not panel.button("tiny").isVisibleTo(panel)


def test_pause_survives_a_restart_then_resumes(
    qtbot: QtBot, server: FileServer, tiny_model: Path, tmp_path: Path
) -> None:
    data = tiny_model.read_bytes()
    entry = entry_for(server, data)
    server.files["/tiny.gguf"].slow_after = 200_000
    dest = tmp_path / "dl"
    panel = CatalogPanel([entry], dest_dir=dest)
    qtbot.addWidget(panel)
    panel.refresh()
    panel.start(entry)
    qtbot.waitUntil(lambda: panel.progress_bar("tiny").value() > 0, timeout=10000)
    assert panel.button("tiny").text() == "Pause"
    panel.button("tiny").click()
    qtbot.waitUntil(lambda: "Paused at" in panel.state_text("tiny"), timeout=10000)
    server.release.set()
    # A new panel, as after restarting the app, finds the paused download.
    server.files["/tiny.gguf"].slow_after = None
    again = CatalogPanel([entry], dest_dir=dest)
    qtbot.addWidget(again)
    again.refresh()
    assert "Paused at" in again.state_text("tiny") and again.button("tiny").text() == "Resume"
    got: list[Path] = []
    again.downloaded.connect(got.append)
    again.button("tiny").click()
    qtbot.waitUntil(lambda: bool(got), timeout=10000)
    assert (dest / "tiny.gguf").read_bytes() == data
    assert server.requests[-1]["range"].startswith("bytes=")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_serve_panel_starts_and_stops_the_class_server(qtbot: QtBot, tiny_model: Path) -> None:
    pytest.importorskip("llama_cpp.server")
    panel = ServePanel(Settings())
    qtbot.addWidget(panel)
    panel.model_provider = lambda: tiny_model
    panel.reach_combo.setCurrentIndex(panel.reach_combo.findData("127.0.0.1"))
    port = _free_port()
    panel.port_spin.setValue(port)
    panel.key_edit.setText("room-key")
    panel.start()
    qtbot.waitUntil(lambda: panel._starting is None, timeout=60000)
    try:
        assert panel.serving, panel.status.text()
        assert f"http://127.0.0.1:{port}/v1" in panel.address_label.text()
        assert "room-key" in panel.address_label.text()
        assert "one answer at a time" in panel.capacity_label.text()
        with pytest.raises(urllib.error.HTTPError) as refused:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/v1/models", timeout=5)
        assert refused.value.code == 401
    finally:
        panel.stop()
    assert not panel.serving and panel.start_button.text() == "Start serving"


def test_dialog_has_the_three_parts(qtbot: QtBot, folder: Path) -> None:
    dialog = ModelsDialog(Settings(model_dirs=[str(folder)]))
    qtbot.addWidget(dialog)
    assert [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())] == [
        "On this computer",
        "Download",
        "Serve to the class",
    ]
    dialog.show()
    qtbot.waitUntil(lambda: len(dialog.library.entries) >= 2, timeout=10000)
    assert dialog.catalog.table.rowCount() >= 1  # the built-in catalog
    dialog.shutdown()
