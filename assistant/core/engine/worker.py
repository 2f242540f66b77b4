"""The engine's child process: the only module that imports llama_cpp.

Protocol: one JSON object per line. Commands arrive on stdin, events leave on stdout (a
decoding step's events in one write, and fast tokens a few steps at a time: see stream()).
A native abort, a bad GGUF or an out-of-memory kill ends this process, never the app.

Commands:
  {"cmd": "load", "path", "n_ctx", "n_threads", "n_gpu_layers", "seed", "n_batch"}
      -> {"event": "loaded", "load_s", "n_ctx", "n_threads", "has_chat_template"}
  {"cmd": "count", "messages" | "prompt"}            -> {"event": "count", "tokens"}
  {"cmd": "generate", "id", "sequences": [{"messages" | "prompt", "sampling"}, ...],
   "min_answer_tokens"}
      -> per sequence i: {"event": "started", "seq": i, "prompt_tokens", "opens_think"},
         {"event": "token", "seq": i, "text"}..., {"event": "usage", "seq": i, ...},
         {"event": "done", "seq": i, "reason", "timings", "resampled"}
  {"cmd": "cancel", "id", "seq"?}  handled at once by the stdin reader, even mid-generation;
      without "seq" every sequence of the request stops
  {"cmd": "exit"}
Errors: {"event": "error", "kind": "model" | "context" | "request", "message", ...}; a
"context" error comes before anything started and names the sequence ("seq").
"""

from __future__ import annotations

import json
import os
import queue
import sys
import threading
import time
from collections.abc import Callable, Iterator
from typing import IO, Any

from assistant.core.engine.decoding import Decoder, RoomError, RunnerError
from assistant.core.engine.reasoning import prompt_opens_think
from assistant.core.engine.requests import MAX_SEQUENCES
from assistant.core.engine.sequences import TokenTimer

# Tokens written faster than this go to the parent together, a few per pipe write: at 60
# tokens/s about three a write, which nobody reading the stream can see; slower models' tokens
# go one by one as before.
WRITE_INTERVAL_S = 0.04


class RequestError(RunnerError):
    """A request the worker cannot serve; the worker itself is fine."""


class ModelRunner:
    """One loaded llama.cpp model, kept for the worker's life so its KV cache is reused."""

    def __init__(
        self, cancel: threading.Event, seq_cancelled: Callable[[int], bool] = lambda _i: False
    ) -> None:
        self.model: Any = None
        self.ctx: Any = None
        self.formatter: Any = None
        self.decoder: Decoder | None = None
        self.cancel = cancel
        self.seq_cancelled = seq_cancelled
        # ctypes keeps only a weak hold on callbacks: this reference keeps it alive.
        self._abort_cb: Any = None

    def load(self, cmd: dict[str, Any]) -> dict[str, Any]:
        """Load the GGUF named in the command and report what was loaded."""
        import llama_cpp
        from llama_cpp._internals import LlamaContext, LlamaModel
        from llama_cpp.llama_chat_format import Jinja2ChatFormatter

        started = time.perf_counter()
        n_threads = cmd.get("n_threads") or (os.cpu_count() or 1)
        n_batch = cmd.get("n_batch") or 512
        from llama_cpp._logger import set_verbose

        set_verbose(False)
        llama_cpp.llama_backend_init()
        model_params = llama_cpp.llama_model_default_params()
        model_params.n_gpu_layers = cmd.get("n_gpu_layers") or 0
        ctx_params = llama_cpp.llama_context_default_params()
        ctx_params.n_ctx = cmd["n_ctx"]
        ctx_params.n_batch = min(cmd["n_ctx"], n_batch)
        ctx_params.n_ubatch = min(cmd["n_ctx"], n_batch)
        ctx_params.n_threads = n_threads
        ctx_params.n_threads_batch = n_threads
        # Several sequences share one KV cache of n_ctx cells (each gets its share of it);
        # unified, a lone sequence still has the whole window.
        ctx_params.n_seq_max = MAX_SEQUENCES
        ctx_params.kv_unified = True
        ctx_params.flash_attn_type = llama_cpp.LLAMA_FLASH_ATTN_TYPE_DISABLED
        try:
            self.model = LlamaModel(path_model=cmd["path"], params=model_params, verbose=False)
            self.ctx = LlamaContext(model=self.model, params=ctx_params, verbose=False)
        except (ValueError, RuntimeError, OSError) as exc:
            raise RequestError("model", f"llama.cpp could not load the model ({exc})") from exc
        load_s = time.perf_counter() - started

        template = self.model.metadata().get("tokenizer.chat_template")
        if template:
            eos_id, bos_id = self.model.token_eos(), self.model.token_bos()
            self.formatter = Jinja2ChatFormatter(
                template=template,
                eos_token=self.model.token_get_text(eos_id) if eos_id != -1 else "",
                bos_token=self.model.token_get_text(bos_id) if bos_id != -1 else "",
            )
        # Lets cancel stop a long prompt read mid-batch, not only between tokens. The Python
        # callback runs once per graph node: ~0.3 us x ~560 nodes, about 0.7% of a token of
        # the 0.5B model, and it lets a 7B model's slow tokens stop at once too.
        self._abort_cb = llama_cpp.ggml_abort_callback(lambda _data: self.cancel.is_set())
        llama_cpp.llama_set_abort_callback(self.ctx.ctx, self._abort_cb, None)
        self.decoder = Decoder(llama_cpp, self.model, self.ctx, ctx_params.n_batch, MAX_SEQUENCES)
        return {
            "event": "loaded",
            "load_s": load_s,
            "n_ctx": self.ctx.n_ctx(),
            "n_threads": n_threads,
            "has_chat_template": bool(template),
        }

    def render(self, cmd: dict[str, Any]) -> tuple[list[int], list[str], bool]:
        """Turn messages (through the GGUF's chat template) or a raw prompt into tokens."""
        if self.model is None:
            raise RequestError("request", "no model is loaded")
        stop: list[str] = []
        if cmd.get("messages") is not None:
            if self.formatter is not None:
                try:
                    result = self.formatter(messages=cmd["messages"])
                except Exception as exc:  # the template is the model author's Jinja code
                    raise RequestError(
                        "model", f"the model's chat template failed ({exc})"
                    ) from exc
                text = result.prompt
                stop = [s for s in (result.stop or []) if s]
            else:
                text = plain_chat_prompt(cmd["messages"])
                stop = ["\nUser:", "\nSystem:"]
        else:
            text = cmd.get("prompt") or ""
        tokens = self.tokenize(text)
        return tokens, stop, prompt_opens_think(text)

    def tokenize(self, text: str) -> list[int]:
        """Tokens of a rendered prompt, with BOS when the model wants one and it is missing."""
        bos_id = self.model.token_bos()
        tokens: list[int] = self.model.tokenize(text.encode("utf-8"), add_bos=False, special=True)
        if bos_id != -1 and self.model.add_bos_token() and (not tokens or tokens[0] != bos_id):
            tokens.insert(0, bos_id)
        return tokens

    def generate(self, cmd: dict[str, Any]) -> Iterator[dict[str, Any]]:
        """Stream every sequence's answer as events tagged "seq"; stops early on cancel."""
        for step in self.generate_steps(cmd):
            yield from step

    def generate_steps(self, cmd: dict[str, Any]) -> Iterator[list[dict[str, Any]]]:
        """The events of generate(), one list per decoding step."""
        import llama_cpp

        specs = cmd.get("sequences")
        if specs is None:  # one prompt in the command itself
            specs = [cmd]
        if not 1 <= len(specs) <= MAX_SEQUENCES:
            raise RequestError(
                "request", f"a request takes 1 to {MAX_SEQUENCES} sequences, not {len(specs)}"
            )
        assert self.decoder is not None
        rendered = [self.render(spec) for spec in specs]
        for i, (tokens, _stops, _think) in enumerate(rendered):
            if not tokens:
                raise RequestError(
                    "request", "the prompt is empty: there is nothing to answer", seq=i
                )
        grammars: list[tuple[str, str] | None] = []
        for i, spec in enumerate(specs):
            sampling = spec.get("sampling") or {}
            try:
                if sampling.get("json_schema") is not None:
                    g = llama_cpp.LlamaGrammar.from_json_schema(
                        json.dumps(sampling["json_schema"]), verbose=False
                    )
                elif sampling.get("grammar"):
                    g = llama_cpp.LlamaGrammar.from_string(sampling["grammar"], verbose=False)
                else:
                    g = None
            except (ValueError, RuntimeError) as exc:
                raise RequestError(
                    "request", f"the output grammar is invalid ({exc})", seq=i
                ) from exc
            grammars.append((g._grammar, g._root) if g is not None else None)
        try:
            yield from self.decoder.run(
                rendered,
                [dict(spec.get("sampling") or {}) for spec in specs],
                grammars,
                cmd.get("min_answer_tokens"),
                self.cancel,
                self.seq_cancelled,
                grammar_first=bool(cmd.get("grammar_first")),
            )
        except RoomError as exc:
            raise RequestError(
                "context",
                "prompt too long",
                seq=exc.index,
                prompt_tokens=exc.prompt_tokens,
                n_ctx=exc.n_ctx,
                answer_tokens=exc.answer_tokens,
            ) from exc


def plain_chat_prompt(messages: list[dict[str, str]]) -> str:
    """A completion prompt for base models that have no chat template."""
    names = {"system": "System", "user": "User", "assistant": "Assistant"}
    lines = [f"{names.get(m['role'], m['role'].title())}: {m['content']}" for m in messages]
    return "\n".join(lines) + "\nAssistant:"


class Worker:
    """Reads commands, runs them one at a time, and lets cancel through at any moment."""

    def __init__(self, inp: IO[str], out: IO[str]) -> None:
        self.inp = inp
        self.out = out
        self.commands: queue.Queue[dict[str, Any] | None] = queue.Queue()
        self.cancel = threading.Event()
        self.current_id: Any = None
        self.cancelled_ids: set[Any] = set()
        # Sequences cancelled one by one, by request id (a cancel may overtake its request).
        self.cancelled_seqs: dict[Any, set[int]] = {}
        self.runner = ModelRunner(self.cancel, self._seq_cancelled)
        self._out_lock = threading.Lock()

    def _seq_cancelled(self, index: int) -> bool:
        return index in self.cancelled_seqs.get(self.current_id, ())

    def send(self, message: dict[str, Any]) -> None:
        """Write one event line and flush it so the parent sees it at once."""
        line = json.dumps(message, ensure_ascii=False)
        with self._out_lock:
            self.out.write(line + "\n")
            self.out.flush()

    def stream(self, steps: Iterator[list[dict[str, Any]]]) -> None:
        """Send each decoding step's events, holding back plain tokens that come faster than
        WRITE_INTERVAL_S so that the parent wakes up less often (each wake-up takes CPU from
        llama.cpp's threads). A step with anything but tokens (started, done, an answer's first
        token) goes out at once with what was held, so first tokens and ends are never late."""
        held: list[dict[str, Any]] = []
        written_at = 0.0
        first_tokens = True
        try:
            for events in steps:
                held += events
                now = time.perf_counter()
                only_tokens = all(e["event"] == "token" for e in events)
                if first_tokens and any(e["event"] == "token" for e in events):
                    first_tokens, only_tokens = False, False
                if not only_tokens or now - written_at >= WRITE_INTERVAL_S:
                    self.send_all(held)
                    held, written_at = [], now
        finally:
            self.send_all(held)

    def send_all(self, messages: list[dict[str, Any]]) -> None:
        """Write several event lines in one write: a step of four sequences wakes the parent
        once, not four times, and every wake-up takes CPU from llama.cpp's threads."""
        if not messages:
            return
        lines = "".join(json.dumps(m, ensure_ascii=False) + "\n" for m in messages)
        with self._out_lock:
            self.out.write(lines)
            self.out.flush()

    def read_commands(self) -> None:
        """Stdin reader thread: cancel acts at once; everything else queues for the main loop."""
        for line in self.inp:
            line = line.strip()
            if not line:
                continue
            try:
                cmd = json.loads(line)
            except ValueError:
                self.send({"event": "error", "kind": "request", "message": "bad command line"})
                continue
            if cmd.get("cmd") == "cancel":
                if cmd.get("seq") is not None:
                    self.cancelled_seqs.setdefault(cmd.get("id"), set()).add(int(cmd["seq"]))
                    continue
                # A cancel may overtake its own generate command (still queued): remember it.
                if cmd.get("id") is not None:
                    self.cancelled_ids.add(cmd["id"])
                if cmd.get("id") is None or cmd.get("id") == self.current_id:
                    self.cancel.set()
                continue
            self.commands.put(cmd)
        self.commands.put(None)  # the parent closed our stdin: time to go

    def run(self) -> None:
        """Serve commands until told to exit or stdin closes."""
        threading.Thread(target=self.read_commands, daemon=True).start()
        self.send({"event": "ready", "pid": os.getpid()})
        while True:
            cmd = self.commands.get()
            if cmd is None or cmd.get("cmd") == "exit":
                return
            self.handle(cmd)

    def handle(self, cmd: dict[str, Any]) -> None:
        """Run one command, turning request problems into error events."""
        try:
            match cmd.get("cmd"):
                case "load":
                    self.send(self.runner.load(cmd))
                case "count":
                    tokens, _stop, _think = self.runner.render(cmd)
                    self.send({"event": "count", "tokens": len(tokens)})
                case "generate":
                    self.current_id = cmd.get("id")
                    self.cancel.clear()
                    if self.current_id in self.cancelled_ids:
                        self.cancel.set()
                    try:
                        self.stream(self.runner.generate_steps(cmd))
                    finally:
                        self.cancelled_ids.discard(self.current_id)
                        self.cancelled_seqs.pop(self.current_id, None)
                        self.current_id = None
                        self.cancel.clear()
                case other:
                    raise RequestError("request", f"unknown command {other!r}")
        except RunnerError as exc:
            self.send({"event": "error", "kind": exc.kind, "message": str(exc), **exc.details})


def protocol_streams() -> tuple[IO[str], IO[str]]:
    """Keep the real stdout for the protocol and send fd 1 to stderr, so that C code printing to
    stdout (llama.cpp and its backends sometimes do) cannot corrupt the JSON lines."""
    proto_fd = os.dup(1)
    os.dup2(2, 1)
    sys.stdout = sys.stderr
    out = os.fdopen(proto_fd, "w", encoding="utf-8", buffering=1)
    inp = open(sys.stdin.fileno(), encoding="utf-8", closefd=False)  # noqa: SIM115
    return inp, out


class RawBaseline:
    """llama-cpp-python used directly in this process: the baseline `bench` compares against.

    It times runs exactly as the engine does (TokenTimer), so the two sides are comparable.
    """

    def __init__(self, path: str, n_ctx: int, n_threads: int, seed: int) -> None:
        import llama_cpp

        self._llama_cpp = llama_cpp
        self.seed = seed
        started = time.perf_counter()
        self.llm = llama_cpp.Llama(
            model_path=path,
            n_ctx=n_ctx,
            n_threads=n_threads,
            n_threads_batch=n_threads,
            seed=seed,
            verbose=False,
        )
        self.load_s = time.perf_counter() - started

    def run(self, prompt: str, max_tokens: int) -> dict[str, float]:
        """Greedy completion of the prompt: ttft_s, prompt_tokens_per_s, tokens_per_s."""
        tokens = self.llm.tokenize(prompt.encode("utf-8"), add_bos=True, special=True)
        timer = TokenTimer()
        for _chunk in self.llm.create_completion(
            prompt=tokens,
            max_tokens=max_tokens,
            temperature=0.0,
            seed=self.seed,
            stopping_criteria=self._llama_cpp.StoppingCriteriaList([timer.on_sampled]),
            stream=True,
        ):
            pass
        return {**timer.timings(len(tokens)), "prompt_tokens": len(tokens)}

    def close(self) -> None:
        """Free the model."""
        self.llm.close()


def main() -> None:
    """Entry point of `python -m assistant.core.engine.worker`."""
    inp, out = protocol_streams()
    Worker(inp, out).run()


if __name__ == "__main__":
    main()
