"""The engine's child process: the only module that imports llama_cpp.

Protocol: one JSON object per line. Commands arrive on stdin, events leave on stdout.
A native abort, a bad GGUF or an out-of-memory kill ends this process, never the app.

Commands:
  {"cmd": "load", "path", "n_ctx", "n_threads", "n_gpu_layers", "seed", "n_batch"}
      -> {"event": "loaded", "load_s", "n_ctx", "n_threads", "has_chat_template"}
  {"cmd": "count", "messages" | "prompt"}            -> {"event": "count", "tokens"}
  {"cmd": "generate", "id", "messages" | "prompt", "sampling", "min_answer_tokens"}
      -> {"event": "started", "prompt_tokens", "opens_think"}, token..., usage, done
  {"cmd": "cancel", "id"}   handled at once by the stdin reader, even mid-generation
  {"cmd": "exit"}
Errors: {"event": "error", "kind": "model" | "context" | "request", "message", ...}.
"""

from __future__ import annotations

import codecs
import json
import os
import queue
import random
import sys
import threading
import time
from collections.abc import Generator, Iterator
from typing import IO, Any

from assistant.core.engine.reasoning import prompt_opens_think

# Room the answer needs at least when the caller set no max_tokens.
DEFAULT_MIN_ANSWER_TOKENS = 256


class RequestError(Exception):
    """A request the worker cannot serve; the worker itself is fine."""

    def __init__(self, kind: str, message: str, **details: Any) -> None:
        super().__init__(message)
        self.kind = kind
        self.details = details


class ModelRunner:
    """One loaded llama.cpp model, kept for the worker's life so its KV cache is reused."""

    def __init__(self, cancel: threading.Event) -> None:
        self.llm: Any = None
        self.formatter: Any = None
        self.cancel = cancel
        # ctypes keeps only a weak hold on callbacks: this reference keeps it alive.
        self._abort_cb: Any = None

    def load(self, cmd: dict[str, Any]) -> dict[str, Any]:
        """Load the GGUF named in the command and report what was loaded."""
        import llama_cpp
        from llama_cpp.llama_chat_format import Jinja2ChatFormatter

        started = time.perf_counter()
        n_threads = cmd.get("n_threads") or (os.cpu_count() or 1)
        try:
            self.llm = llama_cpp.Llama(
                model_path=cmd["path"],
                n_ctx=cmd["n_ctx"],
                n_threads=n_threads,
                n_threads_batch=n_threads,
                n_gpu_layers=cmd.get("n_gpu_layers") or 0,
                n_batch=cmd.get("n_batch") or 512,
                seed=cmd["seed"] if cmd.get("seed") is not None else llama_cpp.LLAMA_DEFAULT_SEED,
                verbose=False,
            )
        except (ValueError, RuntimeError, OSError) as exc:
            raise RequestError("model", f"llama.cpp could not load the model ({exc})") from exc
        load_s = time.perf_counter() - started

        template = self.llm.metadata.get("tokenizer.chat_template")
        if template:
            model = self.llm._model
            eos_id, bos_id = self.llm.token_eos(), self.llm.token_bos()
            self.formatter = Jinja2ChatFormatter(
                template=template,
                eos_token=model.token_get_text(eos_id) if eos_id != -1 else "",
                bos_token=model.token_get_text(bos_id) if bos_id != -1 else "",
            )
        # Lets cancel stop a long prompt read mid-batch, not only between tokens. The Python
        # callback runs once per graph node: ~0.3 us x ~560 nodes, about 0.7% of a token of
        # the 0.5B model, and it lets a 7B model's slow tokens stop at once too.
        self._abort_cb = llama_cpp.ggml_abort_callback(lambda _data: self.cancel.is_set())
        llama_cpp.llama_set_abort_callback(self.llm._ctx.ctx, self._abort_cb, None)
        return {
            "event": "loaded",
            "load_s": load_s,
            "n_ctx": self.llm.n_ctx(),
            "n_threads": n_threads,
            "has_chat_template": bool(template),
        }

    def render(self, cmd: dict[str, Any]) -> tuple[list[int], list[str], bool]:
        """Turn messages (through the GGUF's chat template) or a raw prompt into tokens."""
        if self.llm is None:
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
        model = self.llm._model
        bos_id = self.llm.token_bos()
        tokens: list[int] = self.llm.tokenize(text.encode("utf-8"), add_bos=False, special=True)
        if bos_id != -1 and model.add_bos_token() and (not tokens or tokens[0] != bos_id):
            tokens.insert(0, bos_id)
        return tokens

    def check_room(self, prompt_tokens: int, max_tokens: int | None, min_answer: int) -> None:
        """Refuse a prompt that leaves too little room for the answer; never truncate it."""
        n_ctx = self.llm.n_ctx()
        needed = max_tokens if max_tokens else min(min_answer, n_ctx // 4)
        if prompt_tokens + needed > n_ctx:
            raise RequestError(
                "context",
                "prompt too long",
                prompt_tokens=prompt_tokens,
                n_ctx=n_ctx,
                answer_tokens=needed,
            )

    def generate(self, cmd: dict[str, Any]) -> Iterator[dict[str, Any]]:
        """Stream one answer as events; stops early when the cancel flag is set."""
        import llama_cpp

        tokens, stop, opens_think = self.render(cmd)
        sampling = dict(cmd.get("sampling") or {})
        max_tokens = sampling.get("max_tokens")
        constrained = sampling.get("json_schema") is not None or bool(sampling.get("grammar"))
        think_budget = int(sampling.get("think_budget") or 0) if constrained else 0
        self.check_room(
            len(tokens),
            max_tokens + think_budget if max_tokens else None,
            cmd.get("min_answer_tokens", DEFAULT_MIN_ANSWER_TOKENS),
        )
        grammar = None
        try:
            if sampling.get("json_schema") is not None:
                grammar = llama_cpp.LlamaGrammar.from_json_schema(
                    json.dumps(sampling["json_schema"]), verbose=False
                )
            elif sampling.get("grammar"):
                grammar = llama_cpp.LlamaGrammar.from_string(sampling["grammar"], verbose=False)
        except (ValueError, RuntimeError) as exc:
            raise RequestError("request", f"the output grammar is invalid ({exc})") from exc

        cached = self.cached_prefix(tokens)
        prompt_tokens = len(tokens)
        yield {"event": "started", "prompt_tokens": prompt_tokens, "opens_think": opens_think}
        if sampling.get("seed") is not None:
            self.llm.set_seed(int(sampling["seed"]))
        else:
            self.llm.set_seed(random.randrange(2**31))
        stops = [s for s in [*(sampling.get("stop") or []), *stop] if s]
        n_ctx = self.llm.n_ctx()
        limit = max_tokens if max_tokens else n_ctx
        timer = TokenTimer()
        if grammar is not None and think_budget > 0:
            # A reasoning model thinks first, free; only its answer follows the grammar. The
            # thinking stays in the context, so the answer is read on top of it.
            thought: list[int] = []
            if not opens_think:
                opener = self.llm.tokenize(b"<think>\n", add_bos=False, special=True)
                yield {"event": "token", "text": "<think>\n"}
                tokens = [*tokens, *opener]
            reason = yield from self._sample(
                tokens, None, think_budget, ["</think>"], sampling, timer, thought
            )
            closer = "\n\n" if reason == "stop" else "\n</think>\n\n"
            if reason != "cancelled":
                if reason != "stop":
                    yield {"event": "token", "text": closer}
                ids = self.llm.tokenize(closer.encode("utf-8"), add_bos=False, special=True)
                tokens = [*tokens, *thought, *ids]
        if not self.cancel.is_set():
            reason = yield from self._sample(tokens, grammar, limit, stops, sampling, timer, None)
        else:
            reason = "cancelled"
        yield {"event": "usage", "prompt_tokens": prompt_tokens, "completion_tokens": timer.count}
        yield {"event": "done", "reason": reason, "timings": timer.timings(prompt_tokens - cached)}

    def _sample(
        self,
        tokens: list[int],
        grammar: Any,
        limit: int,
        stops: list[str],
        sampling: dict[str, Any],
        timer: TokenTimer,
        keep: list[int] | None,
    ) -> Generator[dict[str, Any], None, str]:
        """Stream tokens after the prompt tokens until the end, a stop string, limit or cancel.

        Returns the reason: "stop", "length" or "cancelled". With keep, the sampled token ids
        are appended to it and a stop string is shown too (it ends the thinking).
        """
        import llama_cpp

        text_out = StopStringFilter(stops)
        decoder = codecs.getincrementaldecoder("utf-8")(errors="replace")
        vocab = self.llm._model.vocab
        n_ctx = self.llm.n_ctx()
        written = 0
        reason = "length"
        stream = self.llm.generate(
            tokens,
            temp=sampling.get("temperature", 0.7),
            top_p=sampling.get("top_p", 0.95),
            top_k=sampling.get("top_k", 40),
            min_p=sampling.get("min_p", 0.05),
            repeat_penalty=sampling.get("repeat_penalty", 1.0),
            grammar=grammar,
        )
        try:
            for token in stream:
                end_of_text = llama_cpp.llama_vocab_is_eog(vocab, token)
                timer.tick(answer_token=not end_of_text)
                if end_of_text:
                    reason = "stop"
                    break
                written += 1
                if keep is not None:
                    keep.append(token)
                piece = decoder.decode(self.llm.detokenize([token]))
                visible, stopped = text_out.feed(piece)
                if visible:
                    yield {"event": "token", "text": visible}
                if stopped:
                    if keep is not None:
                        yield {"event": "token", "text": stops[0]}
                    reason = "stop"
                    break
                if self.cancel.is_set():
                    break
                if written >= limit or len(tokens) + written >= n_ctx:
                    break
        except RuntimeError:
            # llama_decode returns "aborted" when the cancel flag stops a prompt read.
            if not self.cancel.is_set():
                raise
        finally:
            stream.close()
        if self.cancel.is_set():
            reason = "cancelled"
        if reason != "stop":
            rest = text_out.flush(decoder.decode(b"", final=True))
            if rest:
                yield {"event": "token", "text": rest}
        return reason

    def cached_prefix(self, tokens: list[int]) -> int:
        """Leading prompt tokens already in the KV cache (llama-cpp-python reuses them)."""
        n = 0
        cached = self.llm.input_ids[: self.llm.n_tokens]
        for a, b in zip(cached, tokens, strict=False):
            if a != b:
                break
            n += 1
        # llama-cpp-python re-reads the last token when the whole prompt is cached.
        return min(n, len(tokens) - 1) if tokens else 0


class TokenTimer:
    """Counts answer tokens and times the first and the last one."""

    def __init__(self) -> None:
        self.count = 0
        self.started = time.perf_counter()
        self.first_at = 0.0
        self.last_at = 0.0

    def tick(self, answer_token: bool = True) -> None:
        """A token was sampled (end-of-text tokens are not part of the answer)."""
        self.last_at = time.perf_counter()
        self.count += answer_token
        if not self.first_at:
            self.first_at = self.last_at

    def on_sampled(self, _input_ids: Any, _logits: Any) -> bool:
        """A stopping criterion llama-cpp-python calls once per sampled token: it only times."""
        self.tick()
        return False

    def timings(self, prompt_evaluated: int) -> dict[str, float]:
        """Time to the first token, prompt reading speed and generation speed."""
        end = self.last_at or time.perf_counter()
        ttft = (self.first_at or end) - self.started
        gen_s = end - self.first_at
        return {
            "ttft_s": ttft,
            "prompt_tokens_per_s": prompt_evaluated / ttft if self.first_at and ttft > 0 else 0.0,
            "tokens_per_s": (self.count - 1) / gen_s if self.count > 1 and gen_s > 0 else 0.0,
            "prompt_evaluated": prompt_evaluated,
        }


class StopStringFilter:
    """Passes answer text through, holding back only what could be the start of a stop string."""

    def __init__(self, stops: list[str]) -> None:
        self.stops = stops
        self.pending = ""

    def feed(self, text: str) -> tuple[str, bool]:
        """Text safe to show now, and whether a stop string was reached."""
        self.pending += text
        if not self.stops:
            out, self.pending = self.pending, ""
            return out, False
        hits = [i for i in (self.pending.find(s) for s in self.stops) if i != -1]
        if hits:
            out, self.pending = self.pending[: min(hits)], ""
            return out, True
        hold = 0
        for stop in self.stops:
            for n in range(min(len(stop) - 1, len(self.pending)), 0, -1):
                if self.pending.endswith(stop[:n]):
                    hold = max(hold, n)
                    break
        cut = len(self.pending) - hold
        out, self.pending = self.pending[:cut], self.pending[cut:]
        return out, False

    def flush(self, tail: str = "") -> str:
        """Everything still held, at the end of the answer."""
        out, self.pending = self.pending + tail, ""
        return out


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
        self.runner = ModelRunner(self.cancel)
        self._out_lock = threading.Lock()

    def send(self, message: dict[str, Any]) -> None:
        """Write one event line and flush it so the parent sees it at once."""
        line = json.dumps(message, ensure_ascii=False)
        with self._out_lock:
            self.out.write(line + "\n")
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
                        for event in self.runner.generate(cmd):
                            self.send(event)
                    finally:
                        self.cancelled_ids.discard(self.current_id)
                        self.current_id = None
                        self.cancel.clear()
                case other:
                    raise RequestError("request", f"unknown command {other!r}")
        except RequestError as exc:
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
