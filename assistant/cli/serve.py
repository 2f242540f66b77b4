"""`study-assistant serve`: share one model with a class through an existing proven server."""

from __future__ import annotations

import argparse
import signal
import sys
import time
from types import FrameType
from typing import Any

from assistant.core.engine.class_server import (
    DEFAULT_PARALLEL,
    DEFAULT_PORT,
    DEFAULT_SLOT_CONTEXT,
    LLAMA_SERVER,
    ClassServer,
    ServerOptions,
    find_llama_server,
    new_api_key,
    plan_server,
    trainee_urls,
)
from assistant.core.errors import ModelError, UsageError


def add_serve_parser(sub: Any) -> None:
    """The serve sub-command."""
    serve = sub.add_parser(
        "serve", help="serve a model to the class as an OpenAI-compatible server (Ctrl+C stops)"
    )
    serve.add_argument("--model", help="GGUF path, 'starter' or a model name")
    serve.add_argument(
        "--host", default="127.0.0.1", help="address to listen on (0.0.0.0: the whole network)"
    )
    serve.add_argument("--port", type=int, default=DEFAULT_PORT)
    serve.add_argument("--api-key", dest="serve_key", help="the key trainees enter (default: new)")
    serve.add_argument(
        "--parallel", type=int, default=DEFAULT_PARALLEL, help="answers at once (llama-server)"
    )
    serve.add_argument(
        "--ctx", type=int, default=DEFAULT_SLOT_CONTEXT, help="context window of each answer"
    )
    serve.add_argument("--threads", type=int, help="CPU threads (default: the server's choice)")
    serve.add_argument(
        "--server",
        choices=["auto", "llama-server", "llama-cpp-python"],
        default="auto",
        help="auto: llama.cpp's llama-server if found, else llama-cpp-python's server",
    )


def cmd_serve(args: argparse.Namespace) -> int:
    """Start the server, print what trainees enter, run until Ctrl+C (exit 0)."""
    from assistant.cli.models import byte_progress
    from assistant.core import paths
    from assistant.core.models.choice import resolve_model
    from assistant.core.settings import Settings

    if args.parallel < 1 or args.ctx < 256:
        raise UsageError("--parallel must be at least 1 and --ctx at least 256.")
    settings = Settings.load()
    model = resolve_model(args.model, settings, progress=byte_progress("assembling"))
    binary = None
    if args.server != "llama-cpp-python":
        binary = find_llama_server(settings.llama_server_path)
        if binary is None and args.server == "llama-server":
            raise UsageError(
                "llama-server was not found on PATH or in the settings; see the README for "
                "how to build it, or use --server auto."
            )
    key = args.serve_key or new_api_key()
    options = ServerOptions(
        model=model,
        api_key=key,
        host=args.host,
        port=args.port,
        parallel=args.parallel,
        n_ctx=args.ctx,
        n_threads=args.threads,
    )
    plan = plan_server(options, binary)
    server = ClassServer(plan, log_file=paths.logs_dir() / "class-server.log")
    kind = "llama.cpp llama-server" if plan.kind == LLAMA_SERVER else "llama-cpp-python server"
    print(f"serve: starting {kind} with {model.name}…", file=sys.stderr)
    previous = _stop_on_termination()
    try:
        server.start()
        server.wait_ready()
        print(f"Class server running: {kind}, {plan.parallel} answer(s) at a time")
        print("Trainees enter:")
        for url in trainee_urls(args.host, args.port):
            print(f"  endpoint: {url}")
        print(f"  API key:  {key}")
        print(f"Capacity: {plan.capacity_note()}")
        if args.host == "127.0.0.1":
            print("Only this computer can connect; use --host 0.0.0.0 for the classroom network.")
        print("Press Ctrl+C to stop.", flush=True)
        while server.running:
            time.sleep(0.5)
        raise ModelError(f"The class server stopped: {server.exit_reason()}")
    except KeyboardInterrupt:
        print("serve: stopping", file=sys.stderr)
        return 0  # Ctrl+C is how a server is meant to stop: a success, not an interruption
    finally:
        server.stop()
        for signum, handler in previous.items():
            signal.signal(signum, handler)


def _stop_on_termination() -> dict[int, Any]:
    """SIGTERM/SIGHUP end the command like Ctrl+C, so the server child is stopped too; and Ctrl+C
    stops it even when whatever started it ignores SIGINT (a child inherits an ignored signal, and
    Python then leaves it ignored: the command never stopped)."""

    def interrupt(_signum: int, _frame: FrameType | None) -> None:
        raise KeyboardInterrupt

    previous: dict[int, Any] = {}
    for name in ("SIGINT", "SIGTERM", "SIGHUP"):
        signum = getattr(signal, name, None)
        if signum is not None:
            previous[signum] = signal.signal(signum, interrupt)
    return previous
