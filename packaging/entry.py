"""The class kit's executable: the desktop app and the command line, or its own engine worker.

A frozen app has no `python -m ...`: the engine starts its worker as this executable with
--engine-worker (assistant/core/engine/launch.py). That flag is handled here before anything else
is imported, so a worker never loads Qt, and the app process never loads llama.cpp (only the
worker does), which keeps clear of the Qt-before-llama.dll crash of llama-cpp-python#2029.
"""

import sys

if __name__ == "__main__":
    if sys.argv[1:2] == ["--engine-worker"]:
        from assistant.core.engine.worker import main

        main()
    else:
        from assistant.cli import run

        run()
