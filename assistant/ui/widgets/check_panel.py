"""CheckPanel: the checker's verdict (fields with evidence, score, tips) and the R1 notice."""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import QLabel, QProgressBar, QTextBrowser, QVBoxLayout, QWidget

from assistant.core.practice.checker import CheckResult

_EVIDENCE_CHARS = 80


class CheckPanel(QWidget):
    """Shows which fields a prompt has and what to add; updated as the trainee types."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.score_bar = QProgressBar(self)
        self.score_bar.setRange(0, 100)
        self.score_bar.setFormat(self.tr("%p%"))
        self.r1_notice = QLabel(self)
        self.r1_notice.setWordWrap(True)
        self.r1_notice.setObjectName("r1Notice")
        self.r1_notice.setText(
            self.tr(
                "The loaded model is a reasoning model (DeepSeek-R1 style): put everything in "
                "this one prompt, give no examples, and describe the output format."
            )
        )
        self.r1_notice.hide()
        self.details = QTextBrowser(self)
        self.details.setOpenLinks(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addWidget(self.score_bar)
        layout.addWidget(self.r1_notice)
        layout.addWidget(self.details, 1)
        self.clear()

    def clear(self) -> None:
        """Nothing to check yet."""
        self.summary.setText(self.tr("Start writing a prompt to see which parts it has."))
        self.score_bar.setValue(0)
        self.details.clear()

    def set_reasoning_model(self, reasoning: bool) -> None:
        """Show or hide the R1 notice."""
        self.r1_notice.setVisible(reasoning)

    def show_error(self, message: str) -> None:
        """The prompt could not be checked (e.g. it is too long)."""
        self.summary.setText(message)
        self.score_bar.setValue(0)
        self.details.clear()

    def show_result(self, result: CheckResult, framework_title: str) -> None:
        """Show a check result."""
        how = self.tr("best fit") if result.auto else self.tr("chosen")
        self.summary.setText(
            self.tr("{framework} ({how}): {present} of {total} parts present").format(
                framework=framework_title,
                how=how,
                present=len(result.fields) - len(result.missing),
                total=len(result.fields),
            )
        )
        self.score_bar.setValue(result.score)
        rows = []
        missing = self.tr("missing")
        for f in result.fields:
            mark = "✔" if f.present else "✘"
            color = "#2e7d32" if f.present else "#c62828"
            evidence = (
                f.evidence
                if len(f.evidence) <= _EVIDENCE_CHARS
                else (f.evidence[:_EVIDENCE_CHARS] + "…")
            )
            detail = f"“{escape(evidence)}”" if f.present else escape(missing)
            rows.append(
                f"<tr><td style='color:{color}'>{mark}</td><td><b>{escape(f.label)}</b></td>"
                f"<td>{detail}</td></tr>"
            )
        html = f"<table cellspacing='4'>{''.join(rows)}</table>"
        if result.tips:
            tips = "".join(f"<li>{escape(t)}</li>" for t in result.tips)
            heading = escape(self.tr("Tips"))
            html += f"<p><b>{heading}</b></p><ul>{tips}</ul>"
        self.details.setHtml(html)

    def text(self) -> str:
        """What the panel says, as plain text (tests read it)."""
        return f"{self.summary.text()}\n{self.details.toPlainText()}"
