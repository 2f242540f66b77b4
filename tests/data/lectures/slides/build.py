"""Rebuild the .pptx lectures of tests/data/lectures from the slide texts in this folder.

The slides live here as JSON text so a reviewer can read and diff them; python-pptx writes the
decks the outline pipeline reads. Run from anywhere: `python tests/data/lectures/slides/build.py`.
"""

from __future__ import annotations

import json
from pathlib import Path

from pptx import Presentation
from pptx.util import Pt

HERE = Path(__file__).resolve().parent
LECTURES = HERE.parent


def build(name: str) -> Path:
    """LECTURES/NAME.pptx from NAME.json: a title slide, then title + bullets + speaker notes."""
    spec = json.loads((HERE / f"{name}.json").read_text(encoding="utf-8"))
    deck = Presentation()
    title_layout, content_layout = deck.slide_layouts[0], deck.slide_layouts[1]
    first = deck.slides.add_slide(title_layout)
    first.shapes.title.text = spec["title"]
    first.placeholders[1].text = spec["subtitle"]
    if spec.get("notes"):
        first.notes_slide.notes_text_frame.text = spec["notes"]
    for slide_spec in spec["slides"]:
        slide = deck.slides.add_slide(content_layout)
        slide.shapes.title.text = slide_spec["title"]
        body = slide.placeholders[1].text_frame
        for i, bullet in enumerate(slide_spec["bullets"]):
            paragraph = body.paragraphs[0] if i == 0 else body.add_paragraph()
            paragraph.text = bullet
            paragraph.font.size = Pt(20)
        slide.notes_slide.notes_text_frame.text = slide_spec["notes"]
    deck.core_properties.author = "Study Assistant evaluation set"
    out = LECTURES / f"{name}.pptx"
    deck.save(str(out))
    return out


if __name__ == "__main__":
    for spec_path in sorted(HERE.glob("*.json")):
        print(build(spec_path.stem))
