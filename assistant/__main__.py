"""python -m assistant: the same as the study-assistant command."""

from assistant.cli import run

run()
