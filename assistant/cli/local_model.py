"""The local model for one command: resolved, loaded with the user's settings, always closed."""

from __future__ import annotations

import argparse
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from assistant.core import paths
from assistant.core.engine.local import LocalEngine
from assistant.core.engine.protocol import ChatEngine
from assistant.core.models.choice import resolve_model
from assistant.core.settings import Settings


@contextmanager
def loaded_engine(
    args: argparse.Namespace,
    settings: Settings,
    progress: Callable[[int, int], None] | None = None,
) -> Iterator[LocalEngine]:
    """The --model (or settings, or starter) model loaded with --ctx/--threads; Ctrl+C stops it."""
    path = resolve_model(args.model, settings, progress=progress)
    engine = LocalEngine(log_file=paths.logs_dir() / "engine.log")
    try:
        engine.load(path, settings.load_options(n_ctx=args.ctx, n_threads=args.threads))
        yield engine
    except KeyboardInterrupt:
        # Ctrl+C: stop the model, keep what was written; the caller exits 130.
        engine.cancel()
        raise
    finally:
        engine.close()


@contextmanager
def chat_engine(
    args: argparse.Namespace,
    settings: Settings,
    progress: Callable[[int, int], None] | None = None,
) -> Iterator[ChatEngine]:
    """The classroom server when --endpoint (or the settings' endpoint) is set, else the local
    model, loaded as loaded_engine() does."""
    endpoint = getattr(args, "endpoint", None) or settings.endpoint
    if endpoint:
        from assistant.core.engine.remote import RemoteEngine

        key = getattr(args, "api_key", None) or settings.api_key
        remote = RemoteEngine(
            endpoint,
            api_key=key,
            model=getattr(args, "model", None),
            n_ctx=getattr(args, "ctx", None),
        )
        remote.connect()  # a wrong address or key is one clear error before any work
        try:
            yield remote
        except KeyboardInterrupt:
            remote.cancel()
            raise
        return
    with loaded_engine(args, settings, progress) as engine:
        yield engine
