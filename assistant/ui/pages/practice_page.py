"""The Practice page: compose a prompt with a framework, live feedback, run it, compare two.

The checker runs off the GUI thread (CheckerBridge) a moment after typing stops. Run, Critique
and Side by side ask the shared engine (one local model: B is asked right after A and runs when
A ends, with the same seed); every answer is saved as a practice attempt in the library. The
critique is the checker's verdict plus one model sentence per missing field (an engine job on
the engine thread); the trainee keeps or edits each before running or comparing the rewrite.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from assistant.core.engine.events import Done
from assistant.core.engine.local import LoadedModel
from assistant.core.engine.remote import RemoteModel
from assistant.core.engine.requests import Message, Sampling
from assistant.core.errors import InputError
from assistant.core.practice.catalog import PracticeCatalog
from assistant.core.practice.checker import CheckResult, PromptChecker
from assistant.core.practice.critique import Critique, critique_prompt
from assistant.core.practice.frameworks import Framework, pick
from assistant.core.store.notes import NotesStore
from assistant.core.store.practice import Attempt, PracticeStore
from assistant.ui.controllers.checker_bridge import CheckerBridge
from assistant.ui.controllers.engine_bridge import EngineBridge, EngineRequest
from assistant.ui.controllers.library_bridge import LibraryBridge
from assistant.ui.controllers.pack_transfer import PackTransfer
from assistant.ui.language import Retranslating, retranslate_tree
from assistant.ui.tasks import describe_failure
from assistant.ui.widgets.check_panel import CheckPanel
from assistant.ui.widgets.compare_view import TWO_PROMPTS, AnswerColumn, CompareView
from assistant.ui.widgets.critique_view import CritiqueView
from assistant.ui.widgets.practice_progress import PracticeProgressView
from assistant.ui.widgets.prompt_composer import PromptComposer
from assistant.ui.widgets.thinking_panel import ThinkingPanel

CHECK_DELAY_MS = 250  # after the last keystroke
RECENT_ATTEMPTS = 20


@dataclass
class _Job:
    """An answer this page asked for, and where it goes."""

    mode: str  # "run", "side_a", "side_b"
    prompt: str
    column: AnswerColumn
    sampling: Sampling
    check: CheckResult | None
    output: list[str] = field(default_factory=list)


class PracticePage(Retranslating, QWidget):
    """The practice room: exercise, framework form or free text, feedback, run, compare."""

    attempt_saved = Signal(int)
    pack_imported = Signal(str)
    message = Signal(str)  # a status sentence (also shown on the page)

    def __init__(
        self,
        engine: EngineBridge,
        library: LibraryBridge,
        sampling: Sampling | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.engine = engine
        self.library = library
        self.sampling = sampling or Sampling()
        self.checker = CheckerBridge(self)
        self.packs = PackTransfer(library, self)
        self._catalog = PracticeCatalog.builtin()
        self._model: LoadedModel | RemoteModel | None = engine.engine.loaded
        # The answers this page asked for, by their handle (whose signals carry only theirs).
        self._jobs: dict[EngineRequest, _Job] = {}
        self._result: CheckResult | None = None
        self._checked_prompt = ""
        self._critique_waiting: str | None = None
        # The critique job running: its handle, and the prompt, check and framework it is for.
        self._critique_job: tuple[EngineRequest, str, CheckResult, Framework] | None = None
        self._build()
        self._wire()
        self._reload_catalog()
        self._refresh_progress()
        self._update_controls()

    # -- construction ------------------------------------------------------------------------

    def _build(self) -> None:
        self.composer = PromptComposer(self)
        self.run_button = QPushButton(self.tr("Run"), self)
        self.run_button.setToolTip(self.tr("Send the prompt to the model (Ctrl+Enter)"))
        self.stop_button = QPushButton(self.tr("Stop"), self)
        self.critique_button = QPushButton(self.tr("Critique"), self)
        self.critique_button.setToolTip(
            self.tr("The model proposes a sentence for each missing part; you keep or edit them")
        )
        self.status_label = QLabel(self)
        self.status_label.setWordWrap(True)
        buttons = QHBoxLayout()
        for button in (self.run_button, self.stop_button, self.critique_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.composer, 1)
        left_layout.addLayout(buttons)
        left_layout.addWidget(self.status_label)

        self.feedback = CheckPanel(self)
        self.critique_view = CritiqueView(self)
        feedback_tab = QSplitter(Qt.Orientation.Vertical, self)
        feedback_tab.addWidget(self.feedback)
        feedback_tab.addWidget(self.critique_view)
        feedback_tab.setChildrenCollapsible(False)
        feedback_tab.setSizes([300, 400])
        self.thinking = ThinkingPanel(self)
        # The tab already says "Answer": a second heading inside it only repeated the word.
        self.answer_column = AnswerColumn("", self)
        answer_tab = QWidget(self)
        answer_layout = QVBoxLayout(answer_tab)
        answer_layout.setContentsMargins(0, 0, 0, 0)
        answer_layout.addWidget(self.thinking)
        answer_layout.addWidget(self.answer_column, 1)
        self.compare = CompareView(self)
        self.progress_view = PracticeProgressView(self)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(feedback_tab, self.tr("Feedback"))
        self.tabs.addTab(answer_tab, self.tr("Answer"))
        self.tabs.addTab(self.compare, self.tr("Side by side"))
        self.tabs.addTab(self.progress_view, self.tr("Progress"))

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(self.tabs)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([520, 520])
        self.splitter = splitter
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

    def _wire(self) -> None:
        self._check_timer = QTimer(self)
        self._check_timer.setSingleShot(True)
        self._check_timer.setInterval(CHECK_DELAY_MS)
        self._check_timer.timeout.connect(self.check_now)
        self.composer.changed.connect(self._check_timer.start)
        self.checker.checked.connect(self._on_checked)
        self.checker.checked_quietly.connect(self._attach_check)
        self.checker.failed.connect(self.feedback.show_error)
        self.run_button.clicked.connect(self.run)
        self.stop_button.clicked.connect(self.stop)
        self.critique_button.clicked.connect(self.critique)
        self.critique_view.run_requested.connect(self.run_rewrite)
        self.critique_view.compare_requested.connect(self.compare_rewrite)
        self.compare.run_button.clicked.connect(self.run_side_by_side)
        self.compare.copy_button.clicked.connect(
            lambda: self.compare.prompt_b.setPlainText(self.composer.prompt())
        )
        self.progress_view.trainee_changed.connect(lambda _name: self._refresh_progress())
        # Like the other pages: Ctrl+Enter runs, Esc stops (Qt ignores a hidden page's keys).
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self).activated.connect(self.run)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self).activated.connect(self.stop)
        self.message.connect(self.status_label.setText)
        self.packs.message.connect(self.message)
        self.packs.imported.connect(self.pack_imported)
        self.packs.imported.connect(lambda _name: self._reload_catalog())
        e = self.engine
        e.loaded.connect(self._on_model_loaded)
        e.busy_changed.connect(self._update_controls)

    # -- state -------------------------------------------------------------------------------

    @property
    def reasoning_model(self) -> bool:
        """Whether the loaded model is a DeepSeek-R1 style reasoning model."""
        return self._model is not None and self._model.info.is_reasoning

    def last_result(self) -> CheckResult | None:
        """The latest check result shown."""
        return self._result

    def status_text(self) -> str:
        """The page's status line."""
        return self.status_label.text()

    def _update_controls(self) -> None:
        ready = self._model is not None and not self.engine.busy
        for button in (self.run_button, self.critique_button, self.compare.run_button):
            button.setEnabled(ready)
        self.critique_view.set_model_ready(ready)
        self.stop_button.setEnabled(bool(self._jobs) or self._critique_job is not None)

    # -- checking ----------------------------------------------------------------------------

    def check_now(self) -> None:
        """Check the prompt as it stands (the page calls this shortly after typing stops)."""
        self._check_timer.stop()
        prompt = self.composer.prompt()
        if not prompt.strip():
            self._result = None
            self.feedback.clear()
            return
        self.checker.check(prompt, self.composer.framework_key(), self.reasoning_model)

    def _on_checked(self, result: CheckResult, prompt: str) -> None:
        self._result, self._checked_prompt = result, prompt
        fw = self._catalog.framework(result.framework)
        self.feedback.show_result(result, pick(fw.title, self.composer.lang))
        self._attach_check(result, prompt)
        if self._critique_waiting == prompt:
            self._critique_waiting = None
            self.critique()

    def _attach_check(self, result: CheckResult, prompt: str) -> None:
        # An answer asked for before its check arrived gets the verdict now (saved at the end).
        for job in self._jobs.values():
            if job.check is None and job.prompt == prompt:
                job.check = result

    def _check_for(self, prompt: str) -> CheckResult | None:
        """The verdict on exactly this prompt if the checker has given it, else ask for it."""
        if self._result is not None and self._checked_prompt == prompt:
            return self._result
        if prompt == self.composer.prompt():
            self.check_now()
        else:
            framework = self.composer.framework_key()
            self.checker.check(prompt, framework, self.reasoning_model, shown=False)
        return None

    # -- asking the model --------------------------------------------------------------------

    def run(self) -> None:
        """Send the prompt to the model; the answer streams into the Answer tab."""
        prompt = self._prompt_or_say()
        if prompt is None:
            return
        self._run_prompt(prompt)

    def _run_prompt(self, prompt: str) -> None:
        self.thinking.reset()
        self.tabs.setCurrentIndex(1)
        caption = self.tr("temperature {t}, seed {seed}").format(
            t=_temperature_text(self.sampling), seed=self.sampling.seed
        )
        self._ask("run", prompt, self.answer_column, self.sampling, caption)

    def critique(self) -> None:
        """The checker's verdict plus one proposed sentence per missing part, and the rewrite."""
        prompt = self._prompt_or_say()
        if prompt is None:
            return
        check = self._check_for(prompt)
        if check is None:
            self._critique_waiting = prompt  # critique() runs again when the check arrives
            return
        framework = self._catalog.framework(check.framework)
        reasoning = self.reasoning_model
        self.tabs.setCurrentIndex(0)
        self.critique_view.start(len(check.missing), reasoning)

        def job(engine: Any, stop_asked: Any, reasoning_sink: Any) -> Critique:
            return critique_prompt(
                engine,
                prompt,
                check,
                framework,
                reasoning,
                on_reasoning=lambda _index, text: reasoning_sink(text),
                should_stop=stop_asked,
            )

        request = self.engine.run_job(job, owner=self)
        request.reasoning.connect(self.critique_view.append_reasoning)
        request.succeeded.connect(self._on_critique_done)
        request.cancelled.connect(lambda: self._on_critique_done(None))
        request.failed.connect(lambda error: self._on_critique_failed(describe_failure(error)))
        self._critique_job = (request, prompt, check, framework)
        self.message.emit(self.tr("Asking the model…"))
        self._update_controls()

    def run_rewrite(self, rewrite: str) -> None:
        """Run the rewrite as the prompt (the composer keeps the trainee's own text)."""
        if rewrite.strip() and self._prompt_or_say() is not None:
            self._run_prompt(rewrite)

    def compare_rewrite(self, rewrite: str) -> None:
        """The original (A) against the rewrite (B), same seed, side by side."""
        if not rewrite.strip():
            return
        self.compare.set_mode(TWO_PROMPTS)
        self.compare.prompt_b.setPlainText(rewrite)
        self.run_side_by_side()

    def _on_critique_done(self, critique: object) -> None:
        job = self._critique_job
        if job is None:
            return
        self._critique_job = None
        _request, prompt, check, framework = job
        if isinstance(critique, Critique):
            self.critique_view.show_critique(critique, prompt, check, framework)
            self._save_critique(prompt, check, critique)
            self.message.emit("")
        else:
            self.critique_view.show_failure(self.tr("Stopped before the model wrote anything."))
        self._update_controls()

    def run_side_by_side(self) -> None:
        """Answer A, then B, on the same model with the same seed, into two columns."""
        prompt_a = self._prompt_or_say()
        if prompt_a is None:
            return
        sides = self.compare.sides(prompt_a, self.sampling)
        if sides is None:
            self.message.emit(self.tr("Write prompt B first (or copy prompt A and change it)."))
            return
        self.tabs.setCurrentWidget(self.compare)
        for side in sides:
            caption = self.tr("temperature {t}, seed {seed}").format(
                t=_temperature_text(side.sampling), seed=side.sampling.seed
            )
            self._ask(side.mode, side.prompt, side.column, side.sampling, caption)

    def stop(self) -> None:
        """Stop the answer (and any queued side); what was written is kept and saved."""
        for request in list(self._jobs):
            request.cancel()
        if self._critique_job is not None:
            self._critique_job[0].cancel()

    def _prompt_or_say(self) -> str | None:
        prompt = self.composer.prompt()
        if not prompt.strip():
            self.message.emit(self.tr("Write a prompt first."))
            return None
        if self._model is None:
            self.message.emit(self.tr("Wait for the model to load, or open one (File menu)."))
            return None
        return prompt

    def _ask(
        self,
        mode: str,
        prompt: str,
        column: AnswerColumn,
        sampling: Sampling,
        caption: str,
        messages: list[Message] | None = None,
    ) -> None:
        column.start(caption)
        request = self.engine.ask(
            messages or [{"role": "user", "content": prompt}], sampling, owner=self
        )
        self._jobs[request] = job = _Job(mode, prompt, column, sampling, None)
        job.check = self._check_for(prompt)
        request.token.connect(lambda text: self._on_token(job, text))
        if mode == "run":
            request.reasoning.connect(self.thinking.append_reasoning)
        request.succeeded.connect(lambda done: self._on_finished(request, done))
        request.cancelled.connect(lambda: self._on_finished(request, Done("cancelled")))
        request.failed.connect(lambda error: self._on_failed(request, describe_failure(error)))
        self.message.emit(self.tr("Asking the model…"))
        self._update_controls()

    def _on_token(self, job: _Job, text: str) -> None:
        job.output.append(text)
        job.column.append(text)

    def _on_finished(self, request: EngineRequest, done: Done) -> None:
        job = self._jobs.pop(request, None)
        if job is None:
            return
        stopped = done.reason == "cancelled"
        self.message.emit(self.tr("Stopped; the answer so far is kept.") if stopped else "")
        self._save(job)
        self._update_controls()

    def _on_critique_failed(self, reason: str) -> None:
        self._critique_job = None
        self.critique_view.show_failure(
            self.tr("The model stopped: {reason}").format(reason=reason)
        )
        self.message.emit(self.tr("The model stopped: {reason}").format(reason=reason))
        self._update_controls()

    def _on_failed(self, request: EngineRequest, reason: str) -> None:
        job = self._jobs.pop(request, None)
        if job is None:
            return
        self.message.emit(self.tr("The model stopped: {reason}").format(reason=reason))
        if job.output:
            self._save(job)
        self._update_controls()

    def _on_model_loaded(self, model: LoadedModel | RemoteModel) -> None:
        self._model = model
        self.feedback.set_reasoning_model(model.info.is_reasoning)
        self._update_controls()
        self.check_now()

    # -- the library -------------------------------------------------------------------------

    def _save(self, job: _Job) -> None:
        if job.check is None:
            # The answer beat its (threaded) check: a check takes milliseconds, do it here.
            try:
                job.check = PromptChecker(self._catalog).check(
                    job.prompt, self.composer.framework_key(), self.reasoning_model
                )
            except InputError:
                job.check = None  # an empty or over-long prompt has no verdict to save
        s = job.sampling
        attempt = Attempt(
            prompt=job.prompt,
            framework=job.check.framework if job.check else self.composer.framework_key(),
            score=job.check.score if job.check else None,
            check_result=job.check.to_json() if job.check else None,
            output="".join(job.output),
            model=self._model.info.name if self._model else None,
            params={
                "temperature": s.temperature,
                "top_p": s.top_p,
                "seed": s.seed,
                "max_tokens": s.max_tokens,
            },
            trainee=self.progress_view.trainee(),
            exercise=self.composer.exercise_id(),
            mode=job.mode,
        )
        self.library.run(
            lambda store: PracticeStore(store.db).add_attempt(attempt),
            self._on_saved,
            self.message.emit,
            writes=True,
            owner=self,
        )

    def _save_critique(self, prompt: str, check: CheckResult, critique: Critique) -> None:
        """The critique as a practice attempt: its output is the proposed rewrite."""
        attempt = Attempt(
            prompt=prompt,
            framework=check.framework,
            score=check.score,
            check_result={**check.to_json(), "critique": critique.to_json()},
            output=critique.rewrite,
            model=self._model.info.name if self._model else None,
            trainee=self.progress_view.trainee(),
            exercise=self.composer.exercise_id(),
            mode="critique",
        )
        self.library.run(
            lambda store: PracticeStore(store.db).add_attempt(attempt),
            self._on_saved,
            self.message.emit,
            writes=True,
            owner=self,
        )

    def _on_saved(self, attempt_id: int) -> None:
        self.attempt_saved.emit(attempt_id)
        self._refresh_progress()

    def _refresh_progress(self) -> None:
        name = self.progress_view.trainee()

        def job(store: NotesStore) -> tuple[Any, Any]:
            practice = PracticeStore(store.db)
            return practice.progress(name), practice.attempts(name, RECENT_ATTEMPTS)

        self.library.run(job, lambda result: self.progress_view.show_progress(*result), owner=self)

    def _reload_catalog(self) -> None:
        self.library.run(
            lambda store: PracticeStore(store.db).catalog(), self._set_catalog, owner=self
        )

    def _set_catalog(self, catalog: PracticeCatalog) -> None:
        self._catalog = catalog
        self.checker.set_catalog(catalog)
        self.composer.set_catalog(catalog)

    def fit_width(self, available: int) -> None:
        """Prompt and feedback side by side where they fit in available pixels, else stacked.

        At a projector's font size the two columns need more than a 1,280-pixel screen: the
        feedback then goes under the prompt instead of making the page scroll sideways.
        """
        left, right = self.splitter.widget(0), self.splitter.widget(1)
        layout = self.layout()
        if left is None or right is None or layout is None:  # Qt's stubs allow it; never so here
            return
        needed = (
            left.minimumSizeHint().width()
            + right.minimumSizeHint().width()
            + self.splitter.handleWidth()
            + 2 * layout.contentsMargins().left()
        )
        wanted = Qt.Orientation.Horizontal if needed <= available else Qt.Orientation.Vertical
        if self.splitter.orientation() != wanted:
            self.splitter.setOrientation(wanted)
            self.splitter.setSizes([1, 1])  # half each, whichever way they now stand
            self.updateGeometry()

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Re-fit whenever the room for the page changes (window, font, sidebar)."""
        super().resizeEvent(event)
        viewport = self.parentWidget()
        self.fit_width(viewport.width() if viewport is not None else self.width())

    def shutdown(self) -> None:
        """Stop the checker thread."""
        self.checker.shutdown()

    def retranslate(self) -> None:
        """This page's texts in the language just installed."""
        retranslate_tree(self)
        self._update_controls()


def _temperature_text(sampling: Sampling) -> str:
    """The temperature as shown in a caption ("0.70"; "default" when the model's own is used)."""
    t = sampling.temperature
    return f"{t:.2f}" if t is not None else "-"
