"""PromptComposer: an exercise, a framework, and the prompt as a form or as free text."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QPlainTextEdit,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from assistant.core.practice.catalog import PracticeCatalog
from assistant.core.practice.exercises import Exercise
from assistant.core.practice.frameworks import Framework, pick
from assistant.ui.widgets.eliding_combo import ElidingComboBox

AUTO = "auto"
FORM_TAB, TEXT_TAB = 0, 1


def content_language() -> str:
    """The language of frameworks and exercises shown: the one the app is translated into."""
    code = QCoreApplication.translate(
        "PromptComposer",
        "en",
        "Language code of the practice content for this translation: zh, vi or en.",
    )
    return code if code in ("zh", "vi", "en") else "en"


def compose(framework: Framework, values: dict[str, str], lang: str) -> str:
    """The prompt a filled-in form stands for: one "Label: text" line per filled field."""
    colon = "：" if lang == "zh" else ": "
    lines = []
    for f in framework.fields:
        text = values.get(f.key, "").strip()
        if text:
            lines.append(f"{f.label(lang)}{colon}{text}")
    return "\n".join(lines)


class PromptComposer(QWidget):
    """Pick an exercise and a framework, then fill in the framework's form or write freely."""

    changed = Signal()  # the prompt, the framework or the exercise changed

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = content_language()
        self._catalog = PracticeCatalog.builtin()
        self._fields: dict[str, QPlainTextEdit] = {}
        self.exercise_combo = ElidingComboBox(self)
        self.exercise_combo.setAccessibleName(self.tr("Exercise"))
        self.framework_combo = ElidingComboBox(self)
        self.framework_combo.setAccessibleName(self.tr("Framework"))
        # Long titles must not widen the page past the window: the closed box shortens them
        # with "…" (whole in the tooltip) and the opened list shows them in full.
        for combo in (self.exercise_combo, self.framework_combo):
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(12)
        self.exercise_card = QLabel(self)
        self.exercise_card.setWordWrap(True)
        self.exercise_card.setTextFormat(Qt.TextFormat.RichText)
        self.exercise_card.setObjectName("exerciseCard")
        self.tabs = QTabWidget(self)
        self._form_host = QWidget()
        self._form = QFormLayout(self._form_host)
        self._form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self._form_host)
        self.free_text = QPlainTextEdit(self)
        self.free_text.setAccessibleName(self.tr("Prompt"))
        self.free_text.setPlaceholderText(
            self.tr("Write your prompt here; the feedback updates as you type.")
        )
        self.tabs.addTab(scroll, self.tr("Form"))
        self.tabs.addTab(self.free_text, self.tr("Free text"))

        # One row each: side by side, the framework's title ("BROKE：背景 + 角色 + …") was clipped.
        pickers = QGridLayout()
        pickers.addWidget(QLabel(self.tr("Exercise:"), self), 0, 0)
        pickers.addWidget(self.exercise_combo, 0, 1)
        pickers.addWidget(QLabel(self.tr("Framework:"), self), 1, 0)
        pickers.addWidget(self.framework_combo, 1, 1)
        pickers.setColumnStretch(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(pickers)
        layout.addWidget(self.exercise_card)
        layout.addWidget(self.tabs, 1)

        self.exercise_combo.currentIndexChanged.connect(self._exercise_chosen)
        self.framework_combo.currentIndexChanged.connect(self._framework_chosen)
        self.free_text.textChanged.connect(self.changed)
        self.tabs.currentChanged.connect(self._tab_changed)
        self.set_catalog(self._catalog)

    # -- content ---------------------------------------------------------------------------------

    def set_catalog(self, catalog: PracticeCatalog) -> None:
        """Show these exercises and frameworks (keeping the current choices if they still exist)."""
        self._catalog = catalog
        exercise, framework = self.exercise_id(), self.framework_key()
        for combo in (self.exercise_combo, self.framework_combo):
            combo.blockSignals(True)
            combo.clear()
        self.exercise_combo.addItem(self.tr("Free practice (no exercise)"), None)
        for e in catalog.exercises_in(self.lang):
            self.exercise_combo.addItem(e.title, e.id)
        self.framework_combo.addItem(self.tr("Best fit (auto)"), AUTO)
        for fw in catalog.frameworks:
            self.framework_combo.addItem(pick(fw.title, self.lang), fw.key)
        for combo, value in ((self.exercise_combo, exercise), (self.framework_combo, framework)):
            index = combo.findData(value)
            combo.setCurrentIndex(max(index, 0))
            combo.blockSignals(False)
        self._show_exercise()
        self._build_form()
        self.changed.emit()

    def exercise(self) -> Exercise | None:
        """The chosen exercise, if any."""
        wanted = self.exercise_id()
        return next((e for e in self._catalog.exercises if e.id == wanted), None)

    def exercise_id(self) -> str | None:
        """The chosen exercise's id."""
        data = self.exercise_combo.currentData()
        return str(data) if data else None

    def framework_key(self) -> str:
        """The chosen framework's key, or "auto"."""
        return str(self.framework_combo.currentData() or AUTO)

    def set_framework(self, key: str) -> None:
        """Choose a framework ("auto" for the best fit)."""
        index = self.framework_combo.findData(key)
        if index >= 0:
            self.framework_combo.setCurrentIndex(index)

    def choose_exercise(self, exercise_id: str) -> None:
        """Choose an exercise by id."""
        index = self.exercise_combo.findData(exercise_id)
        if index >= 0:
            self.exercise_combo.setCurrentIndex(index)

    def field_edit(self, key: str) -> QPlainTextEdit:
        """The form's editor of one field (tests and the page fill it)."""
        return self._fields[key]

    def prompt(self) -> str:
        """The prompt as it stands: the form's composition or the free text."""
        if self.tabs.currentIndex() == FORM_TAB:
            fw = self._framework()
            return compose(fw, self._values(), self.lang) if fw else ""
        return self.free_text.toPlainText()

    def set_prompt(self, text: str) -> None:
        """Put text in the free-text editor and show it."""
        self.tabs.setCurrentIndex(TEXT_TAB)
        self.free_text.setPlainText(text)

    # -- behaviour -------------------------------------------------------------------------------

    def _framework(self) -> Framework | None:
        key = self.framework_key()
        return None if key == AUTO else self._catalog.framework(key)

    def _values(self) -> dict[str, str]:
        return {key: edit.toPlainText() for key, edit in self._fields.items()}

    def _exercise_chosen(self) -> None:
        exercise = self.exercise()
        self._show_exercise()
        if exercise is not None and self._catalog.has_framework(exercise.framework):
            self.set_framework(exercise.framework)
        self.changed.emit()

    def _framework_chosen(self) -> None:
        # Still too long for a narrow window: the whole title shows on hover.
        self.framework_combo.setToolTip(self.framework_combo.currentText())
        self._build_form()
        self.changed.emit()

    def _tab_changed(self, index: int) -> None:
        # Moving from the form to free text carries the composed prompt over to edit further.
        if index == TEXT_TAB and not self.free_text.toPlainText().strip():
            fw = self._framework()
            if fw is not None:
                self.free_text.setPlainText(compose(fw, self._values(), self.lang))
        self.changed.emit()

    def _show_exercise(self) -> None:
        e = self.exercise()
        if e is None:
            self.exercise_card.setText(
                self.tr("Write any prompt, or pick an exercise for a scenario to practise on.")
            )
            return
        items = "".join(f"<li>{escape(item)}</li>" for item in e.good_answer)
        heading = escape(self.tr("A good prompt has:"))
        self.exercise_card.setText(
            f"<b>{escape(e.title)}</b><br>{escape(e.scenario)}<br><i>{escape(e.goal)}</i>"
            + (f"<br>{heading}<ul>{items}</ul>" if items else "")
        )

    def _build_form(self) -> None:
        old = self._values()
        while self._form.rowCount():
            self._form.removeRow(0)
        self._fields.clear()
        fw = self._framework()
        if fw is None:
            hint = QLabel(self.tr("Choose a framework above to fill in its form."))
            hint.setWordWrap(True)
            self._form.addRow(hint)
            return
        for f in fw.fields:
            edit = QPlainTextEdit()
            edit.setPlaceholderText(pick(f.description, self.lang))
            edit.setAccessibleName(f.label(self.lang))
            edit.setTabChangesFocus(True)
            edit.setFixedHeight(edit.fontMetrics().lineSpacing() * 3 + 12)
            edit.setPlainText(old.get(f.key, ""))
            edit.textChanged.connect(self.changed)
            label = QLabel(f.label(self.lang))
            label.setToolTip(pick(f.description, self.lang))
            self._form.addRow(label, edit)
            self._fields[f.key] = edit
