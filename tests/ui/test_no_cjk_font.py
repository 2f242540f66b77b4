"""A fresh machine without a Chinese font: the app warns, and still quits when its window closes.

Qt reads the fonts once per process, so the app runs in a child process whose fontconfig sees
only a Latin font folder, however many fonts this machine has.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

# The child closes the main window while the notice is still open; before the fix, app.exec()
# never returned. faulthandler turns a hang into a stack dump and an exit code.
CHILD = textwrap.dedent(
    """
    import faulthandler, sys
    faulthandler.dump_traceback_later(60, exit=True)
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox
    from assistant.ui import app as app_module
    from assistant.ui.main_window import MainWindow

    qt = QApplication(sys.argv)
    seen = []

    def close_window_while_notice_is_open():
        shown = [w for w in qt.topLevelWidgets() if w.isVisible()]
        windows = [w for w in shown if isinstance(w, MainWindow)]
        notices = [w for w in shown if isinstance(w, QMessageBox)]
        if not (windows and notices):
            QTimer.singleShot(50, close_window_while_notice_is_open)
            return
        seen.append(notices[0].windowTitle())
        windows[0].close()

    QTimer.singleShot(0, close_window_while_notice_is_open)
    code = app_module.run_gui(["study-assistant"], model=sys.argv[1], lang="en")
    print("cjk-font:", app_module.has_cjk_font())
    print("notice:", seen)
    sys.exit(code)
    """
)


def latin_only_fontconfig(folder: Path) -> Path:
    """A fontconfig file listing one folder that holds at most a Latin font."""
    fonts = folder / "fonts"
    fonts.mkdir()
    for candidate in (
        Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"),
        Path("/usr/share/fonts/TTF/DejaVuSans.ttf"),
    ):
        if candidate.is_file():
            shutil.copy(candidate, fonts)
            break
    config = folder / "fonts.conf"
    config.write_text(
        "<?xml version='1.0'?>\n<!DOCTYPE fontconfig SYSTEM 'fonts.dtd'>\n"
        f"<fontconfig><dir>{fonts}</dir><cachedir>{folder / 'cache'}</cachedir></fontconfig>\n",
        encoding="utf-8",
    )
    return config


@pytest.mark.skipif(sys.platform != "linux", reason="fontconfig selects the fonts on Linux only")
def test_app_without_a_chinese_font_warns_and_quits_when_its_window_closes(
    tmp_path: Path, tiny_model: Path, isolated_data_dir: Path
) -> None:
    env = dict(os.environ)
    env.update(
        FONTCONFIG_FILE=str(latin_only_fontconfig(tmp_path)),
        QT_QPA_PLATFORM="offscreen",
        STUDY_ASSISTANT_DATA_DIR=str(isolated_data_dir),
        PYTHONPATH=str(Path(__file__).resolve().parents[2]),
    )
    try:
        done = subprocess.run(
            [sys.executable, "-c", CHILD, str(tiny_model)],
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
        )
    except subprocess.TimeoutExpired as exc:
        pytest.fail(f"the app did not quit when its window closed:\n{exc.stdout}\n{exc.stderr}")
    output = done.stdout + done.stderr
    assert done.returncode == 0, output
    assert "cjk-font: False" in done.stdout, output
    assert "notice: ['Chinese text cannot be shown']" in done.stdout, output
    # Said once: the next start shows no notice.
    assert (isolated_data_dir / "cjk-font-warning-shown").exists()
