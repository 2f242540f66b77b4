"""Search speed of the notes library at 10k and 100k notes; prints JSON.

Usage: python benchmarks/search_bench.py [--sizes 10000,100000] [--dir DIR] [--repeat N]

Notes are built from the real Chinese meeting transcripts in shared/data/vcsum-dev (MIT, VCSum,
Wu et al. 2023), cut into note-sized pieces, mixed with Vietnamese and English notes made from
course phrases. The libraries are kept in --dir so a second run only measures.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import time
from pathlib import Path

from assistant.core.store.database import open_library
from assistant.core.store.notes import NotesStore
from assistant.core.store.records import SearchFilters

VCSUM = Path(__file__).resolve().parents[2] / "shared" / "data" / "vcsum-dev"
VI_PHRASES = [
    "Học cách viết câu lệnh rõ ràng cho trợ lý AI",
    "biên bản cuộc họp của phòng hành chính",
    "kế hoạch đào tạo cán bộ công chức",
    "tóm tắt chính sách mới về chuyển đổi số",
    "Bình dân học AI: bài giảng tiếng Việt",
    "đề cương ôn tập cuối khóa",
    "vai trò, nhiệm vụ, ngữ cảnh, ràng buộc, đầu ra",
    "soạn thông báo gửi người lao động",
]
EN_PHRASES = [
    "Prompt frameworks: role, task and format",
    "meeting minutes of the training committee",
    "a study plan for adult learners",
    "CO-STAR adds context, objective, style and audience",
    "spreadsheet formulas for the monthly report",
    "how to summarise a policy document",
    "review questions for lesson three",
    "action items with owners and deadlines",
]
QUERIES = [
    "课程",
    "会议",
    "纪要",
    "区块链",
    "人工智能",
    "数据",
    "课",
    "这个问题",
    "发展",
    "tieng viet",
    "tiếng Việt",
    "bien ban",
    "chuyển đổi số",
    "de cuong",
    "prompt",
    "frame",
    '"study plan"',
    "audience",
    "deadlines",
    "xyzzy-not-there",
    "大学生创业",
]


def chinese_pieces() -> list[str]:
    pieces: list[str] = []
    for path in sorted(VCSUM.glob("meeting-*.txt")):
        text = path.read_text(encoding="utf-8")
        for start in range(0, len(text), 600):
            pieces.append(text[start : start + 600])
    if not pieces:
        sys.exit(f"no transcripts in {VCSUM}")
    return pieces


def make_notes(count: int, rng: random.Random) -> list[dict[str, object]]:
    zh = chinese_pieces()
    notes: list[dict[str, object]] = []
    for i in range(count):
        roll = rng.random()
        if roll < 0.7:
            body = zh[i % len(zh)]
            title = body[:12]
            course = f"AI办公 第{i % 12 + 1}期"
        elif roll < 0.85:
            body = ". ".join(rng.sample(VI_PHRASES, 4)) + f". Ghi chú số {i}."
            title = rng.choice(VI_PHRASES)
            course = "Bình dân học AI"
        else:
            body = ". ".join(rng.sample(EN_PHRASES, 4)) + f". Note number {i}."
            title = rng.choice(EN_PHRASES)
            course = "AI for office work"
        notes.append(
            {
                "title": title,
                "body": body,
                "course": course,
                "tags": [f"week{i % 10}"],
                "kind": "note" if i % 5 else "outline",
            }
        )
    return notes


def build(path: Path, count: int) -> float:
    lib = open_library(path, backups=False)
    store = NotesStore(lib.db)
    have = store.count()
    started = time.perf_counter()
    if have < count:
        notes = make_notes(count, random.Random(count))[have:]
        for start in range(0, len(notes), 2000):
            store.add_many(notes[start : start + 2000])
    lib.close()
    return time.perf_counter() - started


def measure(path: Path, repeat: int) -> dict[str, object]:
    lib = open_library(path, backups=False)
    store = NotesStore(lib.db)
    for query in QUERIES:  # warm the page cache, as a library in daily use is
        store.search(query)
    times: list[float] = []
    per_query: dict[str, float] = {}
    for query in QUERIES:
        runs = []
        for _ in range(repeat):
            started = time.perf_counter()
            store.search(query, limit=20)
            runs.append((time.perf_counter() - started) * 1000)
        times += runs
        per_query[query] = round(statistics.median(runs), 2)
    filtered = []
    for _ in range(repeat):
        started = time.perf_counter()
        store.search("会议", SearchFilters(kind="outline", tag="week3"), limit=20)
        filtered.append((time.perf_counter() - started) * 1000)
    notes = store.count()
    lib.close()
    times.sort()
    return {
        "notes": notes,
        "file_mb": round(path.stat().st_size / 2**20, 1),
        "queries": len(times),
        "p50_ms": round(statistics.median(times), 2),
        "p95_ms": round(times[int(len(times) * 0.95) - 1], 2),
        "max_ms": round(times[-1], 2),
        "filtered_p50_ms": round(statistics.median(filtered), 2),
        "median_ms_per_query": per_query,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", default="10000,100000")
    parser.add_argument("--dir", type=Path, default=Path("/tmp/study-assistant-search-bench"))
    parser.add_argument("--repeat", type=int, default=10)
    args = parser.parse_args()
    args.dir.mkdir(parents=True, exist_ok=True)
    results = []
    for size in (int(s) for s in args.sizes.split(",")):
        path = args.dir / f"library-{size}.db"
        build_s = build(path, size)
        print(f"built {size} notes in {build_s:.1f} s", file=sys.stderr)
        results.append({"build_s": round(build_s, 1), **measure(path, args.repeat)})
    print(json.dumps({"search": results}, ensure_ascii=False, indent=2))


if __name__ == "__main__":
    main()
