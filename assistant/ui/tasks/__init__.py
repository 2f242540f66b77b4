"""The one way the GUI runs work off its thread: tasks tied to an owner, lanes, one shutdown.

- run_task(owner, fn): fn(context) on a thread of its own; returns a Task (see task.py).
- SerialLane(name, on_start, on_stop).submit(owner, fn): one thread for one resource.
- registry().on_shutdown(owner, step, phase, name) and registry().shutdown(timeout).
- EngineBridge requests (ui/engine_bridge.py) return Task subclasses with the model's events.
"""

from assistant.ui.tasks.registry import SHUTDOWN_TIMEOUT_S, Phase, TaskRegistry, registry
from assistant.ui.tasks.runners import SerialLane, run_progress_job, run_task
from assistant.ui.tasks.task import Task, TaskCancelled, TaskContext, describe_failure

__all__ = [
    "SHUTDOWN_TIMEOUT_S",
    "Phase",
    "SerialLane",
    "Task",
    "TaskCancelled",
    "TaskContext",
    "TaskRegistry",
    "describe_failure",
    "registry",
    "run_progress_job",
    "run_task",
]
