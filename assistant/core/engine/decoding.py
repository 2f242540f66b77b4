"""Decoding in the worker: several sequences in one llama_batch, each with its own sampler
(token_sampling.py), stop strings, context share and think-then-schema phase.

The worker hands this module the llama_cpp module (`lib`) rather than it importing llama_cpp
itself: it runs only inside the worker process, where a native crash cannot take the app down.
"""

from __future__ import annotations

import codecs
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from typing import Any

from assistant.core.engine.sequences import (
    DEFAULT_MIN_ANSWER_TOKENS,
    RoomError,
    StopStringFilter,
    TokenTimer,
    common_prefix,
    plan_rooms,
)
from assistant.core.engine.token_sampling import RunnerError, Sampler, Scratch

__all__ = ["Decoder", "RoomError", "RunnerError"]

_THINK_OPEN = "<think>\n"


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
    ) -> Iterator[list[dict[str, Any]]]:
        """Stream every sequence's events until each is done, one list per decoding step: the
        worker writes a step's events at once, one pipe write for all its sequences."""
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
            opening: list[dict[str, Any]] = []
            for seq in seqs:
                opening.append(
                    seq.event(
                        "started", prompt_tokens=seq.prompt_tokens, opens_think=seq.opens_think
                    )
                )
                if seq.phase == "think" and not seq.opens_think:
                    # The template did not open the thinking: open it, visibly.
                    opening.append(seq.event("token", text=_THINK_OPEN))
                    seq.prompt = [*seq.prompt, *self._tokens(_THINK_OPEN)]
            yield opening
            yield from self._generate(seqs, cancel, seq_cancelled)
        finally:
            for seq in seqs:
                seq.sampler.free()
            for i in range(1, len(prompts)):
                self.lib.llama_memory_seq_rm(self.memory, i, -1, -1)

    # -- prompt reading -------------------------------------------------------------------------

    def _read_prompts(self, seqs: list[SeqState]) -> None:
        """Decode every prompt; a prefix several share is read once, a cached one not at all.

        The prompts form a tree: a batch row per distinct prefix, tagged with every sequence
        that has it, so calls with one instruction share it even beside a call with another.
        """
        lib, mem = self.lib, self.memory
        first = seqs[0].prompt
        reuse = min(common_prefix(self.cached, first), len(first) - 1)
        if reuse <= 0 or not lib.llama_memory_seq_rm(mem, 0, reuse, -1):
            lib.llama_memory_clear(mem, True)
            reuse = 0
        self.cached = first[:reuse]
        # Where each sequence starts reading: the first after its cached prefix, the others
        # after what they share of it (copied in the cache, not read).
        start = {seqs[0].index: reuse}
        for seq in seqs[1:]:
            lib.llama_memory_seq_rm(mem, seq.index, -1, -1)
            copied = min(reuse, common_prefix(first, seq.prompt), len(seq.prompt) - 1)
            if copied > 0:
                lib.llama_memory_seq_cp(mem, 0, seq.index, 0, copied)
            start[seq.index] = max(copied, 0)
        rows: list[tuple[int, int, tuple[int, ...], bool]] = []
        read = {seq.index: 0 for seq in seqs}
        node = {seq.index: 0 for seq in seqs}  # the tree node each prompt has reached
        nodes = 1
        for pos in range(max(len(s.prompt) for s in seqs) - 1):
            # Every sequence's last prompt token is left for _decode_pending, which asks logits.
            branches: dict[tuple[int, int], list[int]] = {}
            for seq in seqs:
                if pos < len(seq.prompt) - 1:
                    key = (node[seq.index], seq.prompt[pos])
                    branches.setdefault(key, []).append(seq.index)
            for (_parent, token), members in branches.items():
                for index in members:
                    node[index] = nodes
                nodes += 1
                needing = tuple(i for i in members if pos >= start[i])
                if needing:
                    rows.append((token, pos, needing, False))
                    read[needing[0]] += 1  # a shared row counts once, for its first reader
        for seq in seqs:
            seq.evaluated = read[seq.index] + 1
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
    ) -> Iterator[list[dict[str, Any]]]:
        if not cancel.is_set():
            try:
                self._read_prompts(seqs)
                self._decode_pending(seqs)
            except _Aborted:
                pass
        while True:
            events: list[dict[str, Any]] = []
            for seq in seqs:
                if seq.finished:
                    continue
                if cancel.is_set() or seq_cancelled(seq.index):
                    events += self._finish(seq, "cancelled")
                    continue
                events += self._step(seq)
            yield events
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
