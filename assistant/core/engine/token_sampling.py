"""Sampling one token in the worker: a sequence's sampler chain, and its grammar kept apart.

The worker hands this module the llama_cpp module (`lib`) rather than it importing llama_cpp
itself: it runs only inside the worker process, where a native crash cannot take the app down.

Grammar sampling follows llama.cpp's common_sampler_sample: the chain (penalties, top-k,
top-p, min-p, temperature) picks a token from the raw logits, and the grammar checks only that
one token. Only when the grammar rejects it are the logits masked by the grammar and the chain
run again. With greedy decoding this picks exactly the token masking first would; with
sampling the distribution is the same.
"""

from __future__ import annotations

import ctypes
import math
import random
from typing import Any

import numpy as np

# The repeat-penalty window llama-cpp-python uses (Llama.last_n_tokens_size).
PENALTY_LAST_N = 64
# After a rejection the grammar first checks only this many of the model's likeliest tokens.
SHORTLIST = 512


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
        grammar = self.grammar if constrained else None
        # Greedy without penalties is an argmax over the row, read in place: llama.cpp's chain
        # would first copy all 151,936 candidates (about 0.15 ms a token for the starter
        # model). The greedy sampler keeps the first of equal logits, as argmax does.
        greedy = self.choices == 1 and not self.grammar_first
        if grammar is None and not greedy:
            # All in C: apply the chain to the logits, pick, accept into the chain.
            return int(lib.llama_sampler_sample(self.chain, ctx, index))
        s = self.scratch
        s.point(lib.llama_get_logits_ith(ctx, index))
        if self.grammar_first:
            s.reload()
            token = s.pick(lib, self.chain, grammar)
        else:
            if greedy:
                token = s.argmax()
            else:
                s.reload()
                token = s.pick(lib, self.chain, None)
            if grammar is not None and not s.allows(lib, grammar, token):
                self.resampled += 1
                shortlisted = s.pick_shortlisted(lib, self.chain, grammar, self.choices)
                if shortlisted is None:
                    s.reload()
                    token = s.pick(lib, self.chain, grammar)
                else:
                    token = shortlisted
        if grammar is not None:
            lib.llama_sampler_accept(grammar, token)
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

    def point(self, logits_ptr: Any) -> None:
        """Look at one row of logits in place (reload copies it into the candidates)."""
        self.logits = np.ctypeslib.as_array(logits_ptr, shape=(self.n_vocab,))

    def argmax(self) -> int:
        """The likeliest token of the row: the first one if several share the top logit."""
        return int(np.argmax(self.logits))

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
