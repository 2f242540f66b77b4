"""Class server load test: N trainees ask at once; prints JSON figures.

Starts the server the app starts (`study-assistant serve`: llama.cpp's llama-server if found,
else llama-cpp-python's server without interruption) on 127.0.0.1 with the starter model, then
for each round of 1, 4 and 16 concurrent clients streams one chat completion per client
(48-token answers) and measures time to the first token (p50/p95), total tokens per second and
how many clients got an answer. Loopback only; every request has a time-out.

Usage: python benchmarks/class_server_bench.py [--model M] [--server auto|llama-server|
llama-cpp-python] [--clients 1,4,16] [--max-tokens 48] [--parallel 4] [--ctx 1024]
"""

from __future__ import annotations

import argparse
import json
import socket
import statistics
import sys
import tempfile
import threading
import time
import urllib.request
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from assistant.core.engine.class_server import (
    ClassServer,
    ServerOptions,
    find_llama_server,
    new_api_key,
    plan_server,
)
from assistant.core.models.choice import resolve_model
from assistant.core.settings import Settings

TOPICS = [
    "photosynthesis", "inflation", "a prompt framework", "the water cycle", "supply and demand",
    "machine learning", "a spreadsheet", "cloud computing", "a meeting agenda", "email etiquette",
    "project planning", "data privacy", "renewable energy", "public speaking", "a budget",
    "customer service",
]  # fmt: skip
REQUEST_TIMEOUT_S = 600.0


@dataclass
class ClientResult:
    first_token_s: float | None = None
    tokens: int = 0
    finished: bool = False
    error: str | None = None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _ask(url: str, key: str, topic: str, max_tokens: int, result: ClientResult) -> None:
    body = {
        "model": "class",
        "messages": [{"role": "user", "content": f"Explain {topic} to a beginner."}],
        "max_tokens": max_tokens,
        "temperature": 0.7,
        "stream": True,
    }
    request = urllib.request.Request(
        url + "/v1/chat/completions",
        data=json.dumps(body).encode(),
        headers={"Content-Type": "application/json", "Authorization": f"Bearer {key}"},
    )
    started = time.perf_counter()
    try:
        with urllib.request.urlopen(request, timeout=REQUEST_TIMEOUT_S) as response:
            for raw in response:
                line = raw.decode("utf-8", "replace").strip()
                if not line.startswith("data:"):
                    continue
                data = line[5:].strip()
                if data == "[DONE]":
                    break
                for choice in json.loads(data).get("choices") or []:
                    delta = choice.get("delta") or {}
                    if delta.get("content") or delta.get("reasoning_content"):
                        if result.first_token_s is None:
                            result.first_token_s = time.perf_counter() - started
                        result.tokens += 1
                    if choice.get("finish_reason"):
                        result.finished = True
    except Exception as exc:  # a benchmark reports every failure instead of stopping
        result.error = f"{type(exc).__name__}: {exc}"


def _percentile(values: list[float], q: float) -> float | None:
    if not values:
        return None
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def run_round(url: str, key: str, clients: int, max_tokens: int) -> dict[str, Any]:
    results = [ClientResult() for _ in range(clients)]
    threads = [
        threading.Thread(
            target=_ask, args=(url, key, TOPICS[i % len(TOPICS)], max_tokens, results[i])
        )
        for i in range(clients)
    ]
    started = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join(REQUEST_TIMEOUT_S + 10)
    wall = time.perf_counter() - started
    firsts = [r.first_token_s for r in results if r.first_token_s is not None]
    tokens = sum(r.tokens for r in results)
    answered = sum(1 for r in results if r.tokens > 0 and r.finished and r.error is None)
    return {
        "clients": clients,
        "answered": answered,
        "first_token_p50_s": round(statistics.median(firsts), 2) if firsts else None,
        "first_token_p95_s": round(_percentile(firsts, 0.95) or 0.0, 2) if firsts else None,
        "total_tokens": tokens,
        "wall_s": round(wall, 2),
        "tokens_per_s": round(tokens / wall, 2) if wall > 0 else None,
        "errors": sorted({r.error for r in results if r.error}),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", default="starter")
    parser.add_argument("--server", choices=["auto", "llama-server", "llama-cpp-python"])
    parser.add_argument("--clients", default="1,4,16")
    parser.add_argument("--max-tokens", type=int, default=48)
    parser.add_argument("--parallel", type=int, default=4)
    parser.add_argument("--ctx", type=int, default=1024, help="context of each answer")
    args = parser.parse_args()
    settings = Settings.load()
    model = resolve_model(args.model, settings)
    binary = None if args.server == "llama-cpp-python" else find_llama_server()
    if args.server == "llama-server" and binary is None:
        parser.error("llama-server not found on PATH")
    key = new_api_key()
    options = ServerOptions(
        model, key, "127.0.0.1", _free_port(), parallel=args.parallel, n_ctx=args.ctx
    )
    plan = plan_server(options, binary)
    log = Path(tempfile.gettempdir()) / "class_server_bench.log"
    server = ClassServer(plan, log_file=log)
    server.start()
    try:
        server.wait_ready()
        rounds = []
        for n in (int(c) for c in args.clients.split(",")):
            print(f"bench: {n} client(s)…", file=sys.stderr)
            rounds.append(run_round(server.local_url, key, n, args.max_tokens))
    finally:
        server.stop()
    figures = {
        "server": plan.kind,
        "parallel": plan.parallel,
        "model": model.name,
        "max_tokens": args.max_tokens,
        "ctx_per_answer": args.ctx,
        "rounds": rounds,
    }
    print(json.dumps(figures, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
