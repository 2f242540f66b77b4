"""Decoding in the worker: several sequences in one llama_batch, each with its own sampler.

The worker hands this module the llama_cpp module (`lib`) rather than it importing llama_cpp
itself: it runs only inside the worker process, where a native crash cannot take the app down.

Grammar sampling follows llama.cpp's common_sampler_sample: the chain (penalties, top-k,
top-p, min-p, temperature) picks a token from the raw logits, and the grammar checks only that
one token. Only when the grammar rejects it are the logits masked by the grammar (a pass over
the whole vocabulary, the slow part) and the chain run again. With greedy decoding this picks
exactly the token masking first would; with sampling the distribution is the same.
"""

from __future__ import annotations

import codecs
import ctypes
import math
import random
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from typing import Any

import numpy as np

from assistant.core.engine.sequences import (
    DEFAULT_MIN_ANSWER_TOKENS,
    RoomError,
    StopStringFilter,
    TokenTimer,
    common_prefix,
    plan_rooms,
)

__all__ = ["Decoder", "RoomError", "RunnerError"]

# The repeat-penalty window llama-cpp-python uses (Llama.last_n_tokens_size).
PENALTY_LAST_N = 64
# After a rejection the grammar first checks only this many of the model's likeliest tokens.
SHORTLIST = 512
_THINK_OPEN = "<think>\n"


class RunnerError(Exception):
    """A request the worker cannot serve; kind is "model", "context" or "request"."""

    def __init__(self, kind: str, message: str, **details: Any) -> None:
        super().__init__(message)
        self.kind = kind
        self.details = details


class Sampler:
    """One sequence's sampler chain, and its grammar kept apart for rejection sampling."""

    def __init__(
        self,
        lib: Any,
        scratch: Scratch,
        vocab: Any,
        sampling: dict[str, Any],
        grammar: tuple[str, str] | None,
        grammar_first: bool,
    ) -> None:
        self.lib = lib
        self.scratch = scratch
        self.grammar_first = grammar_first
        self.resampled = 0
        seed = sampling.get("seed")
        seed = int(seed) if seed is not None else random.randrange(2**31)
        chain = lib.llama_sampler_chain_init(lib.llama_sampler_chain_default_params())
        self.chain = chain
        self.grammar: Any = None
        add = lib.llama_sampler_chain_add
        n_vocab = lib.llama_vocab_n_tokens(vocab)
        repeat = float(sampling.get("repeat_penalty", 1.0))
        add(chain, lib.llama_sampler_init_penalties(n_vocab, PENALTY_LAST_N, repeat, 0.0, 0.0))
        temperature = float(sampling.get("temperature", 0.7))
        top_k = int(sampling.get("top_k", 40))
        # How many allowed tokens the chain can choose among (see Scratch.pick_shortlisted);
        # 0 when it could choose any (no top-k) or penalties reorder the logits first.
        self.choices = 0
        if repeat == 1.0 and temperature == 0.0:
            self.choices = 1
        elif repeat == 1.0 and temperature > 0.0 and 0 < top_k <= SHORTLIST // 2:
            self.choices = top_k
        if temperature == 0.0:
            add(chain, lib.llama_sampler_init_greedy())
        elif temperature < 0.0:
            add(chain, lib.llama_sampler_init_dist(seed))
        else:
            add(chain, lib.llama_sampler_init_top_k(top_k))
            add(chain, lib.llama_sampler_init_top_p(float(sampling.get("top_p", 0.95)), 1))
            add(chain, lib.llama_sampler_init_min_p(float(sampling.get("min_p", 0.05)), 1))
            add(chain, lib.llama_sampler_init_temp(temperature))
            add(chain, lib.llama_sampler_init_dist(seed))
        if grammar is not None:
            text, root = grammar
            self.grammar = lib.llama_sampler_init_grammar(
                vocab, text.encode("utf-8"), root.encode("utf-8")
            )
            if not self.grammar:
                self.free()
                raise RunnerError("request", "the output grammar is invalid (llama.cpp refused it)")

    def sample(self, ctx: Any, index: int, constrained: bool) -> int:
        """Pick the next token from the logits of batch row index, and accept it."""
        lib = self.lib
        if not constrained or self.grammar is None:
            # All in C: apply the chain to the logits, pick, accept into the chain.
            return int(lib.llama_sampler_sample(self.chain, ctx, index))
        s = self.scratch
        s.load(lib.llama_get_logits_ith(ctx, index))
        if self.grammar_first:
            token = s.pick(lib, self.chain, self.grammar)
        else:
            token = s.pick(lib, self.chain, None)
            if not s.allows(lib, self.grammar, token):
                self.resampled += 1
                shortlisted = s.pick_shortlisted(lib, self.chain, self.grammar, self.choices)
                if shortlisted is None:
                    s.reload()
                    token = s.pick(lib, self.chain, self.grammar)
                else:
                    token = shortlisted
        lib.llama_sampler_accept(self.grammar, token)
        lib.llama_sampler_accept(self.chain, token)
        return token

    def free(self) -> None:
        """Release the native samplers."""
        if self.chain:
            self.lib.llama_sampler_free(self.chain)
            self.chain = None
        if self.grammar:
            self.lib.llama_sampler_free(self.grammar)
            self.grammar = None


class Scratch:
    """A numpy-backed llama_token_data_array over the whole vocabulary, reused every token."""

    def __init__(self, lib: Any, n_vocab: int) -> None:
        self.n_vocab = n_vocab
        # The same layout as llama_token_data {int32 id; float logit; float p;}.
        layout = [("id", np.intc), ("logit", np.single), ("p", np.single)]
        self.data = np.zeros(n_vocab, dtype=layout)
        self.ids = np.arange(n_vocab, dtype=np.intc)
        self.logits: Any = None
        self.array = lib.llama_token_data_array(
            data=self.data.ctypes.data_as(lib.llama_token_data_p),
            size=n_vocab,
            selected=-1,
            sorted=False,
        )
        self.one = (lib.llama_token_data * 1)()
        self.one_array = lib.llama_token_data_array(
            data=ctypes.cast(self.one, lib.llama_token_data_p), size=1, selected=-1, sorted=False
        )

    def load(self, logits_ptr: Any) -> None:
        """Point at one row of logits and copy it in."""
        self.logits = np.ctypeslib.as_array(logits_ptr, shape=(self.n_vocab,))
        self.reload()

    def reload(self) -> None:
        """Fresh candidates from the row of logits (the samplers sort and cut them in place)."""
        self.data["id"] = self.ids
        self.data["logit"] = self.logits
        self.data["p"] = 0.0
        self.array.size = self.n_vocab
        self.array.selected = -1
        self.array.sorted = False

    def pick(self, lib: Any, chain: Any, grammar: Any) -> int:
        """Apply the grammar (if given) then the chain; the chain's choice."""
        ref = ctypes.byref(self.array)
        if grammar is not None:
            lib.llama_sampler_apply(grammar, ref)
            if not np.isfinite(self.data["logit"][: self.array.size]).any():
                raise RunnerError("request", "the output grammar allows no next token")
        lib.llama_sampler_apply(chain, ref)
        return int(self.array.data[self.array.selected].id)

    def pick_shortlisted(self, lib: Any, chain: Any, grammar: Any, choices: int) -> int | None:
        """The chain's choice among the allowed tokens of the SHORTLIST likeliest, or None.

        Exact when at least `choices` of them are allowed: the chain (greedy, or top-k with
        k = choices first) would keep only the likeliest allowed tokens of the whole vocabulary,
        and every allowed token outside the shortlist is less likely than all of these. So the
        grammar looks at 512 tokens instead of 150,000.
        """
        if choices <= 0:
            return None
        logits = self.logits
        m = min(SHORTLIST, self.n_vocab)
        top = np.argpartition(logits, -m)[-m:] if m < self.n_vocab else np.arange(m)
        top = top[np.argsort(-logits[top], kind="stable")]
        n = len(top)
        self.data["id"][:n] = top
        self.data["logit"][:n] = logits[top]
        self.data["p"][:n] = 0.0
        self.array.size = n
        self.array.selected = -1
        self.array.sorted = False
        lib.llama_sampler_apply(grammar, ctypes.byref(self.array))
        allowed = np.isfinite(self.data["logit"][:n])
        kept = int(allowed.sum())
        if kept < choices:
            return None
        self.data[:kept] = self.data[:n][allowed]
        self.array.size = kept
        self.array.selected = -1
        self.array.sorted = False
        lib.llama_sampler_apply(chain, ctypes.byref(self.array))
        return int(self.array.data[self.array.selected].id)

    def allows(self, lib: Any, grammar: Any, token: int) -> bool:
        """Whether the grammar accepts this one token next (a one-element check)."""
        self.one[0].id = token
        self.one[0].logit = 1.0
        self.one[0].p = 0.0
        self.one_array.size = 1
        self.one_array.selected = -1
        self.one_array.sorted = False
        lib.llama_sampler_apply(grammar, ctypes.byref(self.one_array))
        return not math.isinf(self.one[0].logit)


class SeqState:
    """Where one sequence is: its phase, its position in the KV cache, what it has written."""

    def __init__(
        self,
        index: int,
        prompt: list[int],
        stops: list[str],
        opens_think: bool,
        sampling: dict[str, Any],
        sampler: Sampler,
        cap: int,
        started: float,
    ) -> None:
        self.index = index
        self.prompt = prompt
        self.prompt_tokens = len(prompt)  # as counted; a "<think>" opener we add is not
        self.sampler = sampler
        self.cap = cap
        max_tokens = sampling.get("max_tokens")
        self.limit = int(max_tokens) if max_tokens else cap
        self.stops = [s for s in [*(sampling.get("stop") or []), *stops] if s]
        self.opens_think = opens_think
        constrained = sampler.grammar is not None
        self.think_budget = int(sampling.get("think_budget") or 0) if constrained else 0
        self.phase = "think" if self.think_budget > 0 else "answer"
        self.timer = TokenTimer(started)
        self.written = 0
        self.filter = StopStringFilter(["</think>"] if self.phase == "think" else self.stops)
        self.text = codecs.getincrementaldecoder("utf-8")(errors="replace")
        self.n_past = 0  # positions of this sequence in the KV cache
        self.pending: list[int] = []  # tokens to decode in the next batch
        self.row = -1  # the batch row holding this sequence's next logits
        self.finished = False
        self.evaluated = 0

    def event(self, kind: str, **fields: Any) -> dict[str, Any]:
        """An event tagged with this sequence's index."""
        return {"event": kind, "seq": self.index, **fields}


class Decoder:
    """Reads prompts and writes answers for up to n_seq sequences in one llama_batch."""

    def __init__(self, lib: Any, model: Any, ctx: Any, n_batch: int, n_seq: int) -> None:
        self.lib = lib
        self.model = model
        self.ctx = ctx
        self.n_batch = n_batch
        self.n_seq = n_seq
        self.vocab = model.vocab
        self.scratch = Scratch(lib, lib.llama_vocab_n_tokens(self.vocab))
        self.batch = lib.llama_batch_init(n_batch, 0, n_seq)
        self.memory = lib.llama_get_memory(ctx.ctx)
        # Tokens of sequence 0 in the KV cache: a follow-up turn re-reads only what is new.
        self.cached: list[int] = []

    def run(
        self,
        rendered: Sequence[tuple[list[int], list[str], bool]],
        samplings: Sequence[dict[str, Any]],
        grammars: Sequence[tuple[str, str] | None],
        min_answer: int | None,
        cancel: threading.Event,
        seq_cancelled: Callable[[int], bool],
        grammar_first: bool = False,
    ) -> Iterator[dict[str, Any]]:
        """Stream events of every sequence until each is done."""
        n_ctx = self.ctx.n_ctx()
        prompts = [list(tokens) for tokens, _stops, _think in rendered]
        rooms = plan_rooms(
            [len(p) for p in prompts], samplings, n_ctx, min_answer or DEFAULT_MIN_ANSWER_TOKENS
        )
        started = time.perf_counter()
        seqs: list[SeqState] = []
        try:
            for i, ((_tokens, stops, opens), sampling, grammar, room) in enumerate(
                zip(rendered, samplings, grammars, rooms, strict=True)
            ):
                sampler = Sampler(
                    self.lib, self.scratch, self.vocab, sampling, grammar, grammar_first
                )
                seqs.append(
                    SeqState(i, prompts[i], stops, opens, sampling, sampler, room.cap, started)
                )
            for seq in seqs:
                yield seq.event(
                    "started", prompt_tokens=seq.prompt_tokens, opens_think=seq.opens_think
                )
                if seq.phase == "think" and not seq.opens_think:
                    # The template did not open the thinking: open it, visibly.
                    yield seq.event("token", text=_THINK_OPEN)
                    seq.prompt = [*seq.prompt, *self._tokens(_THINK_OPEN)]
            yield from self._generate(seqs, cancel, seq_cancelled)
        finally:
            for seq in seqs:
                seq.sampler.free()
            for i in range(1, len(prompts)):
                self.lib.llama_memory_seq_rm(self.memory, i, -1, -1)

    # -- prompt reading -------------------------------------------------------------------------

    def _read_prompts(self, seqs: list[SeqState]) -> None:
        """Decode every prompt; a prefix shared by all is read once, a cached one not at all."""
        lib, mem = self.lib, self.memory
        first = seqs[0].prompt
        reuse = min(common_prefix(self.cached, first), len(first) - 1)
        if reuse <= 0 or not lib.llama_memory_seq_rm(mem, 0, reuse, -1):
            lib.llama_memory_clear(mem, True)
            reuse = 0
        self.cached = first[:reuse]
        shared = 0
        if len(seqs) > 1:
            shared = min(len(s.prompt) for s in seqs) - 1
            for seq in seqs[1:]:
                shared = min(shared, common_prefix(first, seq.prompt))
                lib.llama_memory_seq_rm(mem, seq.index, -1, -1)
        copied = min(reuse, shared)
        if copied > 0:
            for seq in seqs[1:]:
                lib.llama_memory_seq_cp(mem, 0, seq.index, 0, copied)
        everyone = tuple(s.index for s in seqs)
        rows: list[tuple[int, int, tuple[int, ...], bool]] = [
            (first[pos], pos, everyone, False) for pos in range(copied, shared)
        ]
        for seq in seqs:
            start = max(reuse, shared) if seq.index == 0 else shared
            # The shared prefix counts once, for the first sequence.
            seq.evaluated = len(seq.prompt) - (reuse if seq.index == 0 else shared)
            own = range(start, len(seq.prompt) - 1)
            rows += [(seq.prompt[p], p, (seq.index,), False) for p in own]
        # Every sequence's last prompt token goes in the last batch: logits of earlier batches
        # are overwritten by later ones.
        while rows:
            chunk, rows = rows[: self.n_batch], rows[self.n_batch :]
            self._decode(chunk)
        for seq in seqs:
            seq.pending = [seq.prompt[-1]]
            seq.n_past = len(seq.prompt) - 1
        self.cached = first[:-1]

    # -- generation -----------------------------------------------------------------------------

    def _generate(
        self,
        seqs: list[SeqState],
        cancel: threading.Event,
        seq_cancelled: Callable[[int], bool],
    ) -> Iterator[dict[str, Any]]:
        if not cancel.is_set():
            try:
                self._read_prompts(seqs)
                self._decode_pending(seqs)
            except _Aborted:
                pass
        while True:
            for seq in seqs:
                if seq.finished:
                    continue
                if cancel.is_set() or seq_cancelled(seq.index):
                    yield from self._finish(seq, "cancelled")
                    continue
                yield from self._step(seq)
            live = [s for s in seqs if not s.finished]
            if not live:
                return
            try:
                self._decode_pending(live)
            except _Aborted:
                continue  # the next round finishes every sequence as cancelled

    def _step(self, seq: SeqState) -> Iterator[dict[str, Any]]:
        """Sample one token of a sequence and stream what it adds to the text."""
        lib = self.lib
        answering = seq.phase == "answer"
        token = seq.sampler.sample(self.ctx.ctx, seq.row, constrained=answering)
        end_of_text = lib.llama_vocab_is_eog(self.vocab, token)
        seq.timer.tick(answer_token=not end_of_text)
        if end_of_text:
            if answering:
                yield from self._finish(seq, "stop")
            else:
                yield from self._end_thinking(seq, [], stopped=False)
            return
        seq.written += 1
        piece = seq.text.decode(self.model.detokenize([token], special=False))
        visible, stopped = seq.filter.feed(piece)
        if visible:
            yield seq.event("token", text=visible)
        full = seq.n_past + 2 > seq.cap
        if not answering:
            if stopped:
                yield seq.event("token", text="</think>")
                yield from self._end_thinking(seq, [token], stopped=True)
            elif seq.written >= seq.think_budget or full:
                yield from self._end_thinking(seq, [token], stopped=False)
            else:
                seq.pending = [token]
            return
        if stopped:
            yield from self._finish(seq, "stop")
        elif seq.written >= seq.limit or full:
            yield from self._finish(seq, "length")
        else:
            seq.pending = [token]

    def _end_thinking(
        self, seq: SeqState, last: list[int], stopped: bool
    ) -> Iterator[dict[str, Any]]:
        """Close the thinking (the model's own </think> or ours) and start the schema answer."""
        closer = "\n\n" if stopped else "\n</think>\n\n"
        if not stopped:
            rest = seq.filter.flush(seq.text.decode(b"", final=True))
            if rest:
                yield seq.event("token", text=rest)
            yield seq.event("token", text=closer)
        seq.pending = [*last, *self._tokens(closer)]
        seq.phase = "answer"
        seq.written = 0
        seq.filter = StopStringFilter(seq.stops)
        seq.text = codecs.getincrementaldecoder("utf-8")(errors="replace")

    def _finish(self, seq: SeqState, reason: str) -> Iterator[dict[str, Any]]:
        seq.finished = True
        if reason != "stop":
            rest = seq.filter.flush(seq.text.decode(b"", final=True))
            if rest:
                yield seq.event("token", text=rest)
        yield seq.event("usage", prompt_tokens=seq.prompt_tokens, completion_tokens=seq.timer.count)
        yield seq.event(
            "done",
            reason=reason,
            timings=seq.timer.timings(seq.evaluated),
            resampled=seq.sampler.resampled,
        )

    # -- llama_decode -----------------------------------------------------------------------------

    def _decode_pending(self, seqs: list[SeqState]) -> None:
        """Decode each sequence's pending tokens in one batch; each gets a row of logits."""
        rows: list[tuple[int, int, tuple[int, ...], bool]] = []
        for seq in seqs:
            for k, token in enumerate(seq.pending):
                rows.append((token, seq.n_past + k, (seq.index,), k == len(seq.pending) - 1))
        self._decode(rows)
        row = 0
        for seq in seqs:
            if seq.index == 0 and len(self.cached) == seq.n_past:
                self.cached += seq.pending
            seq.n_past += len(seq.pending)
            row += len(seq.pending)
            seq.row = row - 1
            seq.pending = []

    def _decode(self, rows: list[tuple[int, int, tuple[int, ...], bool]]) -> None:
        b = self.batch
        b.n_tokens = len(rows)
        for j, (token, pos, seq_ids, logits) in enumerate(rows):
            b.token[j] = token
            b.pos[j] = pos
            b.n_seq_id[j] = len(seq_ids)
            for k, seq_id in enumerate(seq_ids):
                b.seq_id[j][k] = seq_id
            b.logits[j] = logits
        rc = self.lib.llama_decode(self.ctx.ctx, b)
        if rc == 0:
            return
        # The KV cache may hold part of the batch: forget it rather than trust it.
        self.lib.llama_memory_clear(self.memory, True)
        self.cached = []
        if rc == 2:  # the abort callback: cancel was pressed mid-batch
            raise _Aborted
        raise RunnerError("model", f"llama.cpp could not decode the batch (code {rc})")

    def _tokens(self, text: str) -> list[int]:
        return list(self.model.tokenize(text.encode("utf-8"), add_bos=False, special=True))


class _Aborted(Exception):
    pass
