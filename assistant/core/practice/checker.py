"""The prompt checker: which fields of a framework a prompt has, with evidence, score and tips.

Deterministic and model-free. A prompt is normalised once (text.py); then two kinds of signal
are found: labelled sections ("角色：", "【任务】", "# Format", "**Role**:", "[Vai trò]") and
natural cues from the concept tables ("你是一名…" -> role, "dưới dạng bảng" -> format). A field
is present if a label names it, or if one of its concepts has a cue (outside the label words).
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field, replace
from typing import Any

from assistant.core.errors import PromptEmpty, PromptTooLongToCheck
from assistant.core.practice.catalog import PracticeCatalog
from assistant.core.practice.cues import CompiledConcept
from assistant.core.practice.frameworks import Framework, pick
from assistant.core.practice.resources import load_practice_json
from assistant.core.practice.text import PromptText, fold, unmark

MAX_PROMPT_CHARS = 20_000
_EVIDENCE_CHARS = 120
_CLAUSE_END = re.compile(r"[。，,；;！!？?\n]|\.(?!\d)")
_TRIM = " \t\n.,;:!?。，；：！？、"
_MARKUP = " \t*#_【】[]>-•·:"
_QUOTED = re.compile(r'"[^"\n]{12,}"|《[^》\n]{12,}》')
_PREFIX = (
    r"^[ \t]*(?:[-*•·>]+[ \t]*|\d{1,2}[.)、][ \t]*|[一二三四五六七八九十]{1,3}[、.][ \t]*"
    r"|\(\d{1,2}\)[ \t]*)?(?P<hash>#{1,6}[ \t]*)?(?P<b1>\*\*|__)?(?P<open>[【\[])?[ \t]*"
)
_SUFFIX = r"[ \t]*(?P<close>[】\]])?[ \t]*(?P<c1>:)?[ \t]*(?P<b2>\*\*|__)?[ \t]*(?P<c2>:)?"


@dataclass(frozen=True)
class LabelHit:
    """A label the prompt wrote for a section, e.g. "Vai trò:" (name is folded, unmarked)."""

    name: str
    start: int  # where the label line starts
    token_end: int  # end of the label and its colon or bracket
    evidence_end: int


@dataclass(frozen=True)
class FieldResult:
    """One field of the framework: present or not, and the span of the prompt that shows it."""

    key: str
    label: str
    present: bool
    evidence: str
    start: int = -1
    end: int = -1
    labelled: bool = False

    def to_json(self) -> dict[str, Any]:
        """The `practice check --json` field shape."""
        return {
            "key": self.key,
            "label": self.label,
            "present": self.present,
            "evidence": self.evidence,
        }


@dataclass(frozen=True)
class CheckResult:
    """The checker's verdict on a prompt for one framework."""

    framework: str
    framework_name: str
    language: str
    fields: tuple[FieldResult, ...]
    score: int  # 0-100: the share of the framework's fields present
    tips: tuple[str, ...]
    auto: bool = False
    reasoning_model: bool = False
    candidates: tuple[tuple[str, float], ...] = field(default=(), compare=False)

    @property
    def missing(self) -> list[str]:
        """Keys of the fields the prompt lacks."""
        return [f.key for f in self.fields if not f.present]

    def to_json(self) -> dict[str, Any]:
        """The `practice check --json` shape (docs/cli.md), plus language and auto."""
        return {
            "framework": self.framework,
            "fields": [f.to_json() for f in self.fields],
            "missing": self.missing,
            "score": self.score,
            "tips": list(self.tips),
            "language": self.language,
            "auto": self.auto,
            "reasoning_model": self.reasoning_model,
        }


@dataclass(frozen=True)
class _Signals:
    prompt: PromptText
    labels: tuple[LabelHit, ...]
    concepts: dict[str, tuple[int, int]]  # first natural cue per concept


class PromptChecker:
    """Checks prompts against the frameworks of a catalog (compile once, check many)."""

    def __init__(self, catalog: PracticeCatalog) -> None:
        self.catalog = catalog
        self._concepts: dict[str, CompiledConcept] = catalog.cues.compiled()
        self._names = self._label_names()
        self._line_label, self._inline_label = self._label_patterns()
        guidance = load_practice_json("guidance.json")
        self._r1: dict[str, dict[str, str]] = guidance["r1"]
        self._few_shot = [re.compile(p, re.MULTILINE) for p in guidance["few_shot_patterns"]]

    # -- labels ---------------------------------------------------------------------------------

    def _label_names(self) -> set[str]:
        names: set[str] = set()
        for fw in self.catalog.frameworks:
            for f in fw.fields:
                names.update(_label_key(n) for n in f.names())
        for concept in self.catalog.cues.concepts.values():
            for words in concept.labels.values():
                names.update(_label_key(w) for w in words)
        names.discard("")
        return names

    def _label_patterns(self) -> tuple[re.Pattern[str], re.Pattern[str]]:
        ordered = sorted(self._names, key=len, reverse=True)
        lexicon = "|".join(re.escape(n) for n in ordered)
        cjk = "|".join(re.escape(n) for n in ordered if not n.isascii())
        line = re.compile(f"{_PREFIX}(?P<label>{lexicon}){_SUFFIX}", re.MULTILINE)
        # Mid-line "…。任务：写…" or "…. Format: …": a colon is then required.
        # "【角色】…【任务】…" on one line: the lenticular brackets mark a label anywhere.
        inline = re.compile(
            f"(?:(?<=[。；;.!?！？,，\\s])|(?<=的))(?P<label>{cjk or '(?!)'})"
            r"[ \t]*:"
            f"|(?<=[。；;.!?！？,，][ \\t])(?P<latin>{lexicon})[ \\t]*:"
            f"|【[ \\t]*(?P<bracket>{lexicon})[ \\t]*】[ \\t]*:?"
        )
        return line, inline

    def _find_labels(self, prompt: PromptText) -> list[LabelHit]:
        text = prompt.plain
        hits: dict[int, LabelHit] = {}
        for m in self._line_label.finditer(text):
            colon = m.group("c1") or m.group("c2")
            bracket = m.group("open") and m.group("close")
            rest_blank = not text[m.end() : _line_end(text, m.end())].strip(_MARKUP)
            header = (m.group("hash") or (m.group("b1") and m.group("b2"))) and rest_blank
            if colon or bracket or header:
                start = m.start("label") - (1 if m.group("open") else 0)
                hits[m.start("label")] = self._hit(text, m.group("label"), start, m.end())
        for m in self._inline_label.finditer(text):
            group = next(g for g in ("label", "latin", "bracket") if m.group(g))
            key = m.start(group)
            if key not in hits:
                start = key - 1 if group == "bracket" else key
                hits[key] = self._hit(text, m.group(group), start, m.end())
        ordered = [hits[k] for k in sorted(hits)]
        # Several labels on one line: a section's evidence ends where the next label starts.
        return [
            replace(hit, evidence_end=min(hit.evidence_end, nxt.start))
            if nxt is not None and nxt.start > hit.token_end
            else hit
            for hit, nxt in zip(ordered, [*ordered[1:], None], strict=False)
        ]

    def _hit(self, text: str, name: str, start: int, token_end: int) -> LabelHit:
        end = _line_end(text, token_end)
        if not text[token_end:end].strip(_MARKUP):  # "# Role\nsenior editor": take the next line
            nxt = end + 1
            while nxt < len(text) and text[nxt] == "\n":
                nxt += 1
            end = _line_end(text, nxt) if nxt < len(text) else end
        end = min(end, start + _EVIDENCE_CHARS)
        return LabelHit(_label_key(name), start, token_end, end)

    # -- signals --------------------------------------------------------------------------------

    def _signals(self, prompt: PromptText) -> _Signals:
        labels = tuple(self._find_labels(prompt))
        tokens = [(h.start, h.token_end) for h in labels]
        # Quoted material is what the prompt works on, not what it asks for.
        quoted = [m.span() for m in _QUOTED.finditer(prompt.folded)]
        concepts: dict[str, tuple[int, int]] = {}
        for name, compiled in self._concepts.items():
            skip = tokens if name == "input" else tokens + quoted
            for start, end in compiled.first_matches(prompt):
                if not any(a <= start < b for a, b in skip):
                    concepts[name] = (start, end)
                    break
        return _Signals(prompt, labels, concepts)

    # -- checking -------------------------------------------------------------------------------

    def check(
        self, prompt: str, framework: str = "auto", reasoning_model: bool = False
    ) -> CheckResult:
        """Check prompt against a framework key, or the best-fitting one for "auto"."""
        if not prompt.strip():
            raise PromptEmpty()
        if len(prompt) > MAX_PROMPT_CHARS:
            raise PromptTooLongToCheck(chars=f"{len(prompt):,}", limit=f"{MAX_PROMPT_CHARS:,}")
        signals = self._signals(PromptText.of(prompt))
        if framework.strip().lower() in ("", "auto"):
            scored = sorted(
                ((self._fit(fw, signals), i, fw) for i, fw in enumerate(self.catalog.frameworks)),
                key=lambda item: (-item[0], item[1]),
            )
            best = scored[0][2]
            candidates = tuple((fw.key, round(fit, 2)) for fit, _, fw in scored)
            return self._result(best, signals, reasoning_model, auto=True, candidates=candidates)
        return self._result(self.catalog.framework(framework), signals, reasoning_model)

    def _field_results(self, fw: Framework, signals: _Signals) -> list[FieldResult]:
        prompt = signals.prompt
        own = {f.key: {_label_key(n) for n in f.names()} for f in fw.fields}
        taken = set().union(*own.values())
        results = []
        for f in fw.fields:
            lang_label = f.label(prompt.language)
            span: tuple[int, int] | None = None
            labelled = False
            primary = self.catalog.cues.concepts.get(f.cues[0]) if f.cues else None
            primary_labels = (
                {_label_key(w) for words in primary.labels.values() for w in words}
                if primary
                else set()
            )
            for hit in signals.labels:
                if hit.name in own[f.key] or (hit.name in primary_labels and hit.name not in taken):
                    span, labelled = (hit.start, hit.evidence_end), True
                    break
            if span is None:
                # The field's own concept first: R-T-C-C-O's constraints show best as a rule.
                found = [signals.concepts[c] for c in f.cues if c in signals.concepts]
                if found:
                    start, end = found[0]
                    span = (start, _clause_end(prompt.text, start, end))
            if span is None:
                results.append(FieldResult(f.key, lang_label, False, ""))
                continue
            start, end = _trim(prompt.text, *span)
            results.append(
                FieldResult(f.key, lang_label, True, prompt.text[start:end], start, end, labelled)
            )
        return results

    def _fit(self, fw: Framework, signals: _Signals) -> float:
        """How well the prompt fits fw: its labels first, then the fields present."""
        results = self._field_results(fw, signals)
        present = sum(1 for r in results if r.present)
        missing = len(results) - present
        if len(signals.labels) < 2:
            return present - 0.5 * missing
        # A labelled prompt names its framework's fields: fit the labels, fields second.
        unlabelled = sum(1 for r in results if not r.labelled)
        own_names = {f.key: {_label_key(n) for n in f.names()} for f in fw.fields}
        primary = {_label_key(n) for f in fw.fields for n in f.labels.values()}
        label_points = 0.0
        unexplained = 0
        for hit in signals.labels:
            if hit.name in primary:
                label_points += 2
            elif any(hit.name in names for names in own_names.values()):
                label_points += 1
            else:
                unexplained += 1
        return label_points - 1.5 * unexplained - unlabelled + 0.1 * present

    def _result(
        self,
        fw: Framework,
        signals: _Signals,
        reasoning_model: bool,
        auto: bool = False,
        candidates: tuple[tuple[str, float], ...] = (),
    ) -> CheckResult:
        results = self._field_results(fw, signals)
        lang = signals.prompt.language
        present = sum(1 for r in results if r.present)
        score = round(100 * present / len(results)) if results else 0
        tips = [pick(fw.get_field(r.key).tip, lang) for r in results if not r.present]
        if reasoning_model:
            tips = self._r1_tips(signals.prompt, lang) + tips
        return CheckResult(
            framework=fw.key,
            framework_name=fw.name,
            language=lang,
            fields=tuple(results),
            score=score,
            tips=tuple(tips),
            auto=auto,
            reasoning_model=reasoning_model,
            candidates=candidates,
        )

    def _r1_tips(self, prompt: PromptText, lang: str) -> list[str]:
        has_examples = any(p.search(prompt.text) for p in self._few_shot)
        keys = ["all_in_user_prompt", "has_few_shot" if has_examples else "no_few_shot"]
        keys.append("describe_format")
        return [pick(self._r1[k], lang) for k in keys]


def _label_key(name: str) -> str:
    return " ".join(unmark(fold(name)).split())


def _line_end(text: str, i: int) -> int:
    end = text.find("\n", i)
    return len(text) if end < 0 else end


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in _TRIM:
        start += 1
    while end > start and text[end - 1] in _TRIM:
        end -= 1
    return start, end


def _clause_end(text: str, start: int, end: int) -> int:
    m = _CLAUSE_END.search(text, end, min(len(text), start + _EVIDENCE_CHARS))
    return m.start() if m else min(len(text), max(end, start + _EVIDENCE_CHARS // 2))


@functools.lru_cache(maxsize=1)
def default_checker() -> PromptChecker:
    """A checker for the built-in catalog."""
    return PromptChecker(PracticeCatalog.builtin())


def check_prompt(
    prompt: str,
    framework: str = "auto",
    reasoning_model: bool = False,
    checker: PromptChecker | None = None,
) -> CheckResult:
    """Check a prompt (built-in catalog unless a checker is given)."""
    return (checker or default_checker()).check(prompt, framework, reasoning_model)
