"""Where in the recording each outline section starts, from a subtitle lecture's cue times.

Found by matching, not asked of the model: a 0.5B model copies or invents times, while the
words of a section's heading and points are easy to find again in the lecture, in order.
"""

from __future__ import annotations

from dataclasses import replace

from assistant.core.outline.ingest import Lecture
from assistant.core.outline.structure import Outline, Section
from assistant.core.outline.textmatch import match_units

# A section is placed only where this share of its words (or bigrams) occurs in the lecture.
MIN_OVERLAP = 0.3
# Segments matched as one stretch: a point is often spread over a few short cues.
WINDOW = 3
# The earliest stretch scoring this share of the best one wins: a later stretch that repeats
# the words (a recap) must not push the section, and all after it, too far.
NEAR_BEST = 0.8


def clock(seconds: float) -> str:
    """Seconds as "00:12:05"."""
    total = int(seconds)
    return f"{total // 3600:02d}:{total % 3600 // 60:02d}:{total % 60:02d}"


def _section_units(section: Section) -> set[str]:
    units = match_units(section.heading)
    for point in section.points:
        units |= match_units(point)
    return units


def assign_start_times(outline: Outline, lecture: Lecture) -> Outline:
    """The outline with each top-level section's start time, when the lecture has cue times."""
    timed = [(i, s) for i, s in enumerate(lecture.segments) if s.start_s is not None]
    if not timed:
        return outline
    singles = [match_units(seg.text) for _, seg in timed]
    windows = [set().union(*singles[k : k + WINDOW]) for k in range(len(singles))]
    sections: list[Section] = []
    floor = 0  # sections follow the lecture's order: look only after the previous one's start
    for section in outline.sections:
        units = _section_units(section)
        scores = [len(units & w) / len(units) if units else 0.0 for w in windows[floor:]]
        top = max(scores, default=0.0)
        if top < MIN_OVERLAP:
            # The model had no times to copy: any it wrote are invented.
            sections.append(replace(section, start=None))
            continue
        floor += next(k for k, score in enumerate(scores) if score >= top * NEAR_BEST)
        # The stretch is found; the section starts at its segment that matches best.
        stretch = singles[floor : floor + WINDOW]
        floor += max(range(len(stretch)), key=lambda j: (len(units & stretch[j]), -j))
        start = timed[floor][1].start_s or 0.0
        sections.append(replace(section, start=clock(start)))
    return replace(outline, sections=tuple(sections))
