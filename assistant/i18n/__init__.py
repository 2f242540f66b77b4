"""Translations of the desktop app: Qt Linguist .ts sources and the compiled .qm files."""

from pathlib import Path

I18N_DIR = Path(__file__).resolve().parent
LANGUAGES = ("zh_CN", "vi")


def ts_file(lang: str) -> Path:
    """The Qt Linguist source of one language."""
    return I18N_DIR / f"study_assistant_{lang}.ts"


def qm_file(lang: str) -> Path:
    """The compiled translation the app loads."""
    return I18N_DIR / f"study_assistant_{lang}.qm"
