"""Print the notes' HTML export to an A4 PDF with Qt, also from the CLI with no display."""

from __future__ import annotations

import os
import re
import sys
import unicodedata
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QSizeF
from PySide6.QtGui import (
    QFont,
    QGuiApplication,
    QPageLayout,
    QPageSize,
    QPdfWriter,
    QTextDocument,
)
from PySide6.QtWidgets import QApplication

from assistant.core.errors import PdfNotProduced, StorageError
from assistant.core.store.exchange import write_atomic

# Tried in order for each character: Latin and Vietnamese from the first fonts, Chinese from the
# CJK ones (Windows, macOS, Linux with fonts-noto-cjk). Digits drawn from Noto Sans CJK vanish
# from the PDF's text layer, so a Latin font must come first.
FONT_FAMILIES = [
    "Segoe UI",
    "Arial",
    "Noto Sans",
    "DejaVu Sans",
    "Microsoft YaHei",
    "PingFang SC",
    "Noto Sans CJK SC",
    "Source Han Sans SC",
    "WenQuanYi Micro Hei",
]
MARGIN_MM = 18.0
BASE_POINT_SIZE = 10.5

_app: QGuiApplication | None = None  # kept alive for the process when we had to create it


def ensure_gui_application() -> QGuiApplication:
    """The running Qt GUI application, or a new one (offscreen when there is no display)."""
    global _app
    app = QGuiApplication.instance()
    if isinstance(app, QGuiApplication):
        return app
    if app is not None:
        raise StorageError("PDF export needs a Qt GUI application, but a console one is running.")
    headless = not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    if headless and sys.platform not in ("win32", "darwin"):
        # A CLI export on a server or over SSH: render without a window system.
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    # A QApplication, not a bare QGuiApplication: whatever runs later in this process (the
    # desktop window, a test) may build widgets, which abort on a GUI-only application.
    _app = QApplication([sys.argv[0] if sys.argv and sys.argv[0] else "study-assistant"])
    return _app


def export_pdf(html: str, dest: Path) -> Path:
    """Render html (exchange.render_html) to an A4 PDF at dest (a folder gets notes.pdf)."""
    ensure_gui_application()
    dest = Path(dest)
    path = dest / "notes.pdf" if dest.is_dir() else dest
    data = render_pdf(html)
    if not data.startswith(b"%PDF"):
        raise PdfNotProduced(path=str(path))
    write_atomic(path, data)
    return path


def render_pdf(html: str) -> bytes:
    """The PDF bytes for html, laid out on A4 pages with margins and page numbers."""
    ensure_gui_application()
    array = QByteArray()
    buffer = QBuffer(array)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setCreator("Study Assistant")
    writer.setResolution(300)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
            QPageLayout.Unit.Millimeter,
        )
    )
    document = QTextDocument()
    font = QFont()
    font.setFamilies(FONT_FAMILIES)
    font.setPointSizeF(BASE_POINT_SIZE)
    document.setDefaultFont(font)
    document.setHtml(html)
    # The PDF's own title (what viewers show) is the HTML's: in the language of the export.
    title = document.metaInformation(QTextDocument.MetaInformation.DocumentTitle)
    writer.setTitle(title or "Study notes")
    # Lay out on the printable area in points, so the CSS point sizes come out true to size.
    page = writer.pageLayout().paintRect(QPageLayout.Unit.Point)
    document.setPageSize(QSizeF(page.width(), page.height()))
    document.print_(writer)
    del writer  # finishes the PDF into the buffer
    buffer.close()
    return fix_text_layer(bytes(array.data()))


# Qt writes each glyph's Unicode value as the lowest code point the font maps to it. CJK fonts
# share glyphs between ideographs and radicals, so "示" would be copied or searched as the radical
# "⽰" (U+2F70). Kangxi radicals go back by NFKC; for the CJK Radicals Supplement and CJK Strokes,
# Unicode's EquivalentUnifiedIdeograph.txt (entries with a BMP ideograph) gives the character.
_EQUIVALENT = """
2E81:5382 2E82:4E5B 2E83:4E5A 2E84:4E59 2E85:4EBB 2E86:5182 2E88:5200 2E89:5202 2E8A:535C
2E8B:353E 2E8C:5C0F 2E8D:5C0F 2E8E:5140 2E8F:5C23 2E90:5C22 2E92:5DF3 2E93:5E7A 2E94:5F51
2E95:5F50 2E96:5FC4 2E97:5FC3 2E98:624C 2E99:6535 2E9B:65E1 2E9C:65E5 2E9D:6708 2E9E:6B7A
2E9F:6BCD 2EA0:6C11 2EA1:6C35 2EA2:6C3A 2EA3:706C 2EA4:722B 2EA5:722B 2EA6:4E2C 2EA7:725B
2EA8:72AD 2EA9:738B 2EAB:76EE 2EAC:793A 2EAD:793B 2EAF:7CF9 2EB0:7E9F 2EB1:7F53 2EB2:7F52
2EB3:34C1 2EB4:5197 2EB6:7F8A 2EB9:8002 2EBA:8080 2EBB:807F 2EBC:8089 2EBE:8279 2EBF:8279
2EC0:8279 2EC1:864E 2EC2:8864 2EC3:8980 2EC4:897F 2EC5:89C1 2EC6:89D2 2EC8:8BA0 2EC9:8D1D
2ECB:8F66 2ECC:8FB6 2ECD:8FB6 2ECE:8FB6 2ECF:9091 2ED0:9485 2ED1:9577 2ED2:9578 2ED3:957F
2ED4:95E8 2ED6:961D 2ED7:96E8 2ED8:9752 2ED9:97E6 2EDA:9875 2EDB:98CE 2EDC:98DE 2EDD:98DF
2EDF:98E0 2EE0:9963 2EE2:9A6C 2EE3:9AA8 2EE4:9B3C 2EE5:9C7C 2EE6:9E1F 2EE7:5364 2EE8:9EA6
2EE9:9EC4 2EEA:9EFE 2EEB:6589 2EEC:9F50 2EED:6B6F 2EEE:9F7F 2EEF:7ADC 2EF0:9F99 2EF1:9F9C
2EF2:4E80 2EF3:9F9F 31CF:4E40 31D0:4E00 31D1:4E28 31D2:4E3F 31D3:4E3F 31D4:4E36 31D6:4E5B
31DA:4E85 31DD:4E40 31DF:4E5A 31E0:4E59
"""
IDEOGRAPH_FOR = {int(a, 16): int(b, 16) for a, b in re.findall(r"(\w{4}):(\w{4})", _EQUIVALENT)}
IDEOGRAPH_FOR |= {cp: ord(unicodedata.normalize("NFKC", chr(cp))) for cp in range(0x2F00, 0x2FD6)}
_BFRANGE = re.compile(rb"beginbfrange.*?endbfrange", re.DOTALL)
_BFCHAR = re.compile(rb"beginbfchar.*?endbfchar", re.DOTALL)
_RANGE_ENTRY = re.compile(rb"<(\w{4})>\s*<(\w{4})>\s*(\[[^\]]*\]|<\w{4}>)")
_CHAR_ENTRY = re.compile(rb"(<\w{4}>\s*)(<\w{4}>)")
_CODE = re.compile(rb"<([0-9A-Fa-f]{4})>")


def fix_text_layer(pdf: bytes) -> bytes:
    """pdf with radicals in its ToUnicode maps replaced by the ideographs that were drawn."""

    def code(match: re.Match[bytes]) -> bytes:
        value = int(match.group(1), 16)
        return b"<%04X>" % IDEOGRAPH_FOR.get(value, value)

    def range_entry(match: re.Match[bytes]) -> bytes:
        first, last, target = match.groups()
        if target.startswith(b"<") and first != last:
            return match.group(0)  # a run of consecutive code points: not a lone radical
        return match.group(0)[: match.start(3) - match.start(0)] + _CODE.sub(code, target)

    def char_entry(match: re.Match[bytes]) -> bytes:
        return match.group(1) + _CODE.sub(code, match.group(2))

    # Same-length edits: object offsets, stream lengths and the xref table stay valid.
    fixed = _BFRANGE.sub(lambda m: _RANGE_ENTRY.sub(range_entry, m.group(0)), pdf)
    fixed = _BFCHAR.sub(lambda m: _CHAR_ENTRY.sub(char_entry, m.group(0)), fixed)
    return fixed if len(fixed) == len(pdf) else pdf
