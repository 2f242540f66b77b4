"""Serve this model to the class: start and stop the class server, show address, key, capacity."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from assistant.core import paths
from assistant.core.engine.class_server import (
    DEFAULT_PARALLEL,
    DEFAULT_PORT,
    LLAMA_SERVER,
    ClassServer,
    ServerOptions,
    find_llama_server,
    new_api_key,
    plan_server,
    trainee_urls,
)
from assistant.core.models.choice import STARTER, resolve_model
from assistant.core.settings import Settings
from assistant.ui.tasks import Task, TaskContext, run_task


class ServePanel(QWidget):
    """Starts the class server as a child process; the model keeps running if this closes."""

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        # Which model to serve: set by the dialog (the selected one, else the settings' one).
        self.model_provider: Callable[[], Path | None] = lambda: None
        self.server: ClassServer | None = None
        self._starting: Task | None = None
        # The server a start is bringing up (set on the start's thread): stopped at shutdown
        # even before the start reports, since a server in its own session outlives the app.
        self._coming_up: ClassServer | None = None

        intro = QLabel(
            self.tr(
                "Share one model with the whole class: trainees enter the address and key below "
                "in Settings (Model, Class server) and ask this computer instead of their own."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.reach_combo = QComboBox(self)
        self.reach_combo.addItem(self.tr("The classroom network"), "0.0.0.0")
        self.reach_combo.addItem(self.tr("This computer only"), "127.0.0.1")
        self.port_spin = QSpinBox(self)
        self.port_spin.setRange(1024, 65535)
        self.port_spin.setValue(DEFAULT_PORT)
        self.key_edit = QLineEdit(new_api_key(), self)
        self.new_key_button = QPushButton(self.tr("New key"), self)
        self.new_key_button.clicked.connect(lambda: self.key_edit.setText(new_api_key()))
        self.parallel_spin = QSpinBox(self)
        self.parallel_spin.setRange(1, 32)
        self.parallel_spin.setValue(DEFAULT_PARALLEL)
        key_row = QHBoxLayout()
        key_row.addWidget(self.key_edit, 1)
        key_row.addWidget(self.new_key_button)
        form = QFormLayout()
        form.addRow(self.tr("Who can connect:"), self.reach_combo)
        form.addRow(self.tr("Port:"), self.port_spin)
        form.addRow(self.tr("API key:"), key_row)
        form.addRow(self.tr("Answers at the same time:"), self.parallel_spin)

        self.start_button = QPushButton(self.tr("Start serving"), self)
        self.start_button.clicked.connect(self.toggle)
        self.status = QLabel(self.tr("Not serving."), self)
        self.status.setWordWrap(True)
        self.address_label = QLabel(self)
        big = QFont()
        big.setPointSizeF(big.pointSizeF() * 1.5)
        big.setBold(True)
        self.address_label.setFont(big)
        self.address_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.address_label.setTextFormat(Qt.TextFormat.PlainText)
        self.capacity_label = QLabel(self)
        self.capacity_label.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.start_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.status)
        layout.addWidget(self.address_label)
        layout.addWidget(self.capacity_label)
        layout.addStretch(1)

    @property
    def serving(self) -> bool:
        """Whether the class server is running."""
        return self.server is not None and self.server.running

    def toggle(self) -> None:
        """Start serving, or stop."""
        if self.server is not None or self._starting is not None:
            self.stop()
        else:
            self.start()

    def start(self) -> Task:
        """Start the server off the GUI thread (loading the model takes a while)."""
        model = self.model_provider()
        spec = str(model) if model else STARTER
        settings = self.settings
        host = str(self.reach_combo.currentData())
        port, key = self.port_spin.value(), self.key_edit.text().strip() or new_api_key()
        self.key_edit.setText(key)
        parallel = self.parallel_spin.value()

        def job(context: TaskContext) -> ClassServer:
            path = resolve_model(spec, settings)
            options = ServerOptions(path, key, host, port, parallel=parallel)
            plan = plan_server(options, find_llama_server(settings.llama_server_path))
            server = ClassServer(plan, log_file=paths.logs_dir() / "class-server.log")
            context.check()
            self._coming_up = server
            try:
                server.start()
                server.wait_ready()
                context.check()  # stopped or closing meanwhile: the server goes
            except BaseException:
                server.stop()
                raise
            finally:
                self._coming_up = None
            return server

        task = run_task(self, job, name="class server start")
        self._starting = task
        task.succeeded.connect(self._started)
        task.then(on_failed=self._start_failed)
        self._set_controls(busy=True)
        self.start_button.setText(self.tr("Starting…"))
        self.status.setText(
            self.tr("Starting the class server with {model}…").format(
                model=model.name if model else self.tr("the starter model")
            )
        )
        return task

    def _started(self, server: ClassServer) -> None:
        self._starting = None
        self.server = server
        plan = server.plan
        urls = trainee_urls(plan.options.host, plan.options.port)
        self.address_label.setText(
            self.tr("Address: {urls}\nAPI key: {key}").format(
                urls="  ".join(urls), key=plan.options.api_key
            )
        )
        if plan.kind == LLAMA_SERVER:
            kind = self.tr("llama.cpp's llama-server")
            note = self.tr(
                "Writes {n} answers at the same time; more questions wait their turn. On a "
                "2-core computer with the starter model, 16 trainees asking at once all got "
                "answers."
            ).format(n=plan.parallel)
        else:
            kind = self.tr("llama-cpp-python's server")
            note = self.tr(
                "Writes one answer at a time; the others wait their turn and none is dropped. "
                "On a 2-core computer with the starter model, with 16 trainees asking at once "
                "the last ones waited about half a minute for the first words. Install "
                "llama.cpp's llama-server for parallel answers (see the README)."
            )
        self.status.setText(
            self.tr("Serving {model} with {kind}.").format(model=plan.options.model.name, kind=kind)
        )
        self.capacity_label.setText(note)
        self.start_button.setText(self.tr("Stop serving"))
        self._set_controls(busy=False, serving=True)

    def _start_failed(self, message: str) -> None:
        self._starting = None
        self.status.setText(
            self.tr("The class server did not start: {reason}").format(reason=message)
        )
        self.start_button.setText(self.tr("Start serving"))
        self._set_controls(busy=False)

    def stop(self) -> None:
        """Stop the server (a start still running is stopped as soon as it is up)."""
        if self._starting is not None:
            # The start stops its server itself once it is up (or fails) and reports nothing.
            self._starting.cancel()
            self._starting = None
        if self.server is not None:
            self.server.stop()
            self.server = None
        self.status.setText(self.tr("Not serving."))
        self.address_label.setText("")
        self.capacity_label.setText("")
        self.start_button.setText(self.tr("Start serving"))
        self._set_controls(busy=False)

    def _set_controls(self, busy: bool, serving: bool = False) -> None:
        for widget in (
            self.reach_combo,
            self.port_spin,
            self.key_edit,
            self.new_key_button,
            self.parallel_spin,
        ):
            widget.setEnabled(not busy and not serving)

    def shutdown(self) -> None:
        """Stop the server, and one still starting: the app is closing."""
        if self._starting is not None:
            self._starting.cancel()
        coming_up = self._coming_up
        if coming_up is not None:
            coming_up.stop()  # its start fails at once and reports to nobody
        self.stop()
