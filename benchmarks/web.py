"""Latency of the web app under concurrent readers: the story page and the timeline API.

    python benchmarks/web.py [--db /tmp/storyline-t17.db] [--corpus ../shared/corpora/t17]
                             [--clients 20] [--requests 2000] [--stories 20]

The database is built from Timeline17 first if it does not exist (as
``benchmarks/build_t17.py`` builds it). The app is served by uvicorn in its
own process on loopback, as ``storyline serve`` serves it. Each page is read
once before timing: the build kept each story's timeline, ranking and reports,
so a first read only loads and renders them, and the server keeps what it
rendered until the story changes; that first read is reported apart (``first_reads``). Then ``--clients``
clients send ``--requests`` requests in all, alternating the story page and
the timeline API (``?dates=20&per_date=2``, the budget a reader asks for) over
the ``--stories`` largest stories. Targets: p95 under 50 ms, p99 under 100 ms, every first read
within 200 ms.

Figures go to ``benchmarks/results/web.json`` with the commit id.
"""

from __future__ import annotations

import argparse
import json
import os
import socket
import statistics
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx
from provenance import ROOT, commit_id

from storyline import Collection

DEFAULT_CORPUS = ROOT.parent / "shared" / "corpora" / "t17"
#: Issue 18's targets: a first read within 200 ms; under load p95 under 50 ms and p99 under 100 ms.
FIRST_READ_TARGET_S = 0.2


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def summary(latencies: list[float]) -> dict[str, float]:
    return {"requests": len(latencies), "p50_ms": round(1000 * statistics.median(latencies), 1),
            "p95_ms": round(1000 * percentile(latencies, 0.95), 1), "p99_ms": round(1000 * percentile(latencies, 0.99), 1),
            "max_ms": round(1000 * max(latencies), 1)}


def serve(db: Path, port: int) -> subprocess.Popen:
    command = [sys.executable, "-m", "storyline", "serve", "--db", str(db), "--port", str(port)]
    server = subprocess.Popen(command, stdout=subprocess.DEVNULL, env={**os.environ, "PYTHONUNBUFFERED": "1"})
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            httpx.get(f"http://127.0.0.1:{port}/openapi.json", timeout=1).raise_for_status()
            return server
        except httpx.HTTPError:
            time.sleep(0.2)
    server.kill()
    raise RuntimeError("the server did not start")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, default=Path("/tmp/storyline-t17.db"))
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--requests", type=int, default=2000)
    parser.add_argument("--stories", type=int, default=20)
    parser.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "results" / "web.json")
    args = parser.parse_args()

    with Collection(args.db) as collection:
        if not collection.stories():
            print(f"building {args.db} from {args.corpus}", file=sys.stderr)
            collection.build(sorted(args.corpus.glob("*/articles.jsonl")))
        stories = [s.id for s in collection.stories()[: args.stories]]

    port = free_port()
    server = serve(args.db, port)
    base = f"http://127.0.0.1:{port}"
    try:
        paths = [path for story in stories
                 for path in (f"/stories/{story}", f"/api/stories/{story}/timeline?dates=20&per_date=2")]
        first: list[float] = []
        with httpx.Client(base_url=base, timeout=600) as client:
            for path in paths:
                began = time.perf_counter()
                client.get(path).raise_for_status()
                first.append(time.perf_counter() - began)

        def fetch(n: int) -> tuple[str, float]:
            path = paths[n % len(paths)]
            began = time.perf_counter()
            response = clients[n % len(clients)].get(path)
            response.raise_for_status()
            return path, time.perf_counter() - began

        clients = [httpx.Client(base_url=base, timeout=60) for _ in range(args.clients)]
        began = time.perf_counter()
        with ThreadPoolExecutor(args.clients) as pool:
            timed = list(pool.map(fetch, range(args.requests)))
        wall = time.perf_counter() - began
        for client in clients:
            client.close()
    finally:
        server.terminate()
        server.wait(10)

    pages = [t for path, t in timed if path.startswith("/stories/")]
    api = [t for path, t in timed if path.startswith("/api/")]
    result = {
        "commit": commit_id(),
        "db": str(args.db),
        "clients": args.clients,
        "stories": len(stories),
        "requests_per_second": round(len(timed) / wall, 1),
        "story_page": summary(pages),
        "timeline_api": summary(api),
        "all": summary(pages + api),
        "first_reads": {"pages": len(first), "total_s": round(sum(first), 2), "max_s": round(max(first), 2),
                        "within_200_ms": sum(t <= FIRST_READ_TARGET_S for t in first)},
        "targets": {"p95_ms": 50, "p99_ms": 100, "first_read_ms": 1000 * FIRST_READ_TARGET_S},
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=2) + "\n")
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
