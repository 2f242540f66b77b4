"""Will a model fit in this computer's memory? An estimate made before loading it."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from assistant.core.engine.requests import default_context
from assistant.core.machine import available_memory
from assistant.core.models.model_info import ModelInfo, attention_shape

FITS, TIGHT, WONT_FIT, UNKNOWN = "fits", "tight", "wont_fit", "unknown"
# Beyond weights and KV cache llama.cpp needs compute buffers, the logits of a batch and the
# program itself: an allowance (a base plus a tenth of the KV cache), not a measurement.
BASE_OVERHEAD = 256 << 20
# Below this share of the available memory a model "fits": the rest is left to the OS, the app
# and the user's other programs (a browser with the course page, a video call).
COMFORT = 0.8
MIN_CONTEXT = 512
_STEP = 256


@dataclass(frozen=True)
class FitEstimate:
    """Memory a model needs at one context size against what this computer has free."""

    n_ctx: int
    weights_bytes: int
    kv_bytes: int
    overhead_bytes: int
    available_bytes: int | None
    verdict: str  # FITS, TIGHT, WONT_FIT or UNKNOWN (the OS did not say how much is free)
    max_context: int | None  # largest context that is not WONT_FIT (None: unknown or none)

    @property
    def needed_bytes(self) -> int:
        """Weights, KV cache and overhead together."""
        return self.weights_bytes + self.kv_bytes + self.overhead_bytes

    def to_json(self) -> dict[str, Any]:
        """The fit as plain data (models list --json)."""
        return {
            "verdict": self.verdict,
            "n_ctx": self.n_ctx,
            "needed_bytes": self.needed_bytes,
            "available_bytes": self.available_bytes,
            "max_context": self.max_context,
        }


def kv_cache_bytes(info: ModelInfo, n_ctx: int) -> int:
    """The f16 KV cache for n_ctx tokens; 0 if the header lacks the attention shape."""
    shape = attention_shape(info)
    return shape.kv_bytes_per_token() * n_ctx if shape else 0


def overhead_bytes(info: ModelInfo, n_ctx: int) -> int:
    """Compute buffers and the rest: a base plus a share that grows with the context."""
    return BASE_OVERHEAD + kv_cache_bytes(info, n_ctx) // 10


def estimate_fit(
    info: ModelInfo, n_ctx: int | None = None, available: int | None = -1
) -> FitEstimate:
    """Estimate the memory info needs at n_ctx (default: the app's default context).

    available: free memory in bytes; -1 asks the OS, None means unknown.
    """
    ctx = n_ctx or default_context(info.context_length)
    free = available_memory() if available == -1 else available
    weights = info.file_size
    kv = kv_cache_bytes(info, ctx)
    extra = overhead_bytes(info, ctx)
    needed = weights + kv + extra
    if free is None:
        verdict = UNKNOWN
    elif needed <= free * COMFORT:
        verdict = FITS
    elif needed <= free:
        verdict = TIGHT
    else:
        verdict = WONT_FIT
    return FitEstimate(ctx, weights, kv, extra, free, verdict, _max_context(info, free))


def _max_context(info: ModelInfo, free: int | None) -> int | None:
    """The largest context (a multiple of 256, at most the model's) that is not WONT_FIT."""
    if free is None:
        return None
    limit = info.context_length or 4096

    def needed(ctx: int) -> int:
        return info.file_size + kv_cache_bytes(info, ctx) + overhead_bytes(info, ctx)

    if needed(min(MIN_CONTEXT, limit)) > free:
        return None
    if needed(limit) <= free:
        return limit
    lo, hi = min(MIN_CONTEXT, limit), limit  # needed(lo) fits, needed(hi) does not
    while hi - lo > _STEP:
        mid = (lo + hi) // 2
        lo, hi = (mid, hi) if needed(mid) <= free else (lo, mid)
    return max(min(MIN_CONTEXT, limit), lo // _STEP * _STEP)
