"""The web app under load from many clients: errors, throughput, latency and the server's memory.

    python benchmarks/load.py [--db DB] [--requests 2000] [--clients 50] [--stories 20]

Serves ``--db`` (built from ``examples/mosul-2017`` into a temporary folder
when not given) with ``python -m storyline serve``, read-only, on loopback,
as ``benchmarks/web.py`` does. Each story page is read once first (a story's
timeline is merged on its first read) and reported apart (``first_reads``).
Then ``--clients`` clients send ``--requests`` requests in all, in turn the
story list, a story page, the timeline API and the article API, over the
``--stories`` largest stories; the timeline requests spread over 150
budgets (``dates`` 1 to 50, ``per_date`` 1 to 3), as clients that each ask
their own would, so the server's response cache must hold to its bounds.
Reported: errors (non-2xx answers and failed requests), requests/s,
p50/p95/p99 latency by kind of request, and the server's resident memory
before, after and at its peak.

Figures go to ``benchmarks/results/load.json`` with the commit id.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import threading
import time
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx
from provenance import ROOT, commit_id
from web import free_port, percentile, serve, summary

from storyline import Collection

SEEDS = ROOT / "examples" / "mosul-2017"
KINDS = ("story list", "story page", "timeline API", "article API")


def rss_mb(pid: int, field: str = "VmRSS") -> float:
    """A process's resident memory (VmRSS) or its peak (VmHWM), in MB, from Linux's /proc."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith(f"{field}:"):
            return round(int(line.split()[1]) / 1024, 1)
    raise RuntimeError(f"/proc/{pid}/status gives no {field}")


def seeds_db(folder: Path) -> Path:
    """A collection of the example corpus, for a run without --db."""
    db = folder / "mosul.db"
    with Collection(db) as collection:
        collection.build([SEEDS])
    return db


def request_paths(stories: list[str], articles: list[str], count: int) -> list[tuple[str, str]]:
    """(kind, path) of each request, the kinds in turn, the timeline ones each with its own budget."""
    def path(n: int) -> tuple[str, str]:
        kind, story, article = KINDS[n % 4], stories[n // 4 % len(stories)], articles[n // 4 % len(articles)]
        budget = n // 4 % 150
        return kind, {
            "story list": "/",
            "story page": f"/stories/{story}",
            "timeline API": f"/api/stories/{story}/timeline?dates={budget % 50 + 1}&per_date={budget // 50 + 1}",
            "article API": f"/api/articles/{article}",
        }[kind]

    return [path(n) for n in range(count)]


def timed_run(base: str, paths: list[tuple[str, str]], clients: int) -> tuple[list[tuple[str, float, str]], float]:
    """(kind, seconds, outcome) of each request, outcome a status code or the exception's name; the wall time."""
    local = threading.local()

    def fetch(item: tuple[str, str]) -> tuple[str, float, str]:
        if not hasattr(local, "client"):
            local.client = httpx.Client(base_url=base, timeout=120)
        kind, path = item
        began = time.perf_counter()
        try:
            outcome = str(local.client.get(path).status_code)
        except httpx.HTTPError as error:
            outcome = type(error).__name__
        return kind, time.perf_counter() - began, outcome

    began = time.perf_counter()
    with ThreadPoolExecutor(clients) as pool:
        timed = list(pool.map(fetch, paths))
    return timed, time.perf_counter() - began


def latency(seconds: list[float]) -> dict[str, float]:
    return {**summary(seconds), "p99_ms": round(1000 * percentile(seconds, 0.99), 1)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, help="a built collection (default: the example corpus, built now)")
    parser.add_argument("--requests", type=int, default=2000)
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--stories", type=int, default=20)
    parser.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "results" / "load.json")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as folder:
        db = args.db or seeds_db(Path(folder))
        with Collection(db, read_only=True) as collection:
            stories = collection.stories()[: args.stories]
        port = free_port()
        server = serve(db, port)
        base = f"http://127.0.0.1:{port}"
        try:
            rss_before = rss_mb(server.pid)
            with httpx.Client(base_url=base, timeout=600) as client:
                began = time.perf_counter()
                for story in stories:
                    client.get(f"/stories/{story.id}").raise_for_status()
                first_reads = time.perf_counter() - began
            articles = [a for story in stories for a in story.article_ids[:5]]
            paths = request_paths([s.id for s in stories], articles, args.requests)
            timed, wall = timed_run(base, paths, args.clients)
            rss_after, rss_peak = rss_mb(server.pid), rss_mb(server.pid, "VmHWM")
        finally:
            server.terminate()
            server.wait(10)

    failed = Counter(outcome for _, _, outcome in timed if not outcome.startswith("2"))
    result = {
        "commit": commit_id(),
        "db": str(args.db) if args.db else f"{SEEDS.relative_to(ROOT)} (built for the run)",
        "requests": len(timed),
        "clients": args.clients,
        "stories": len(stories),
        "errors": {"count": sum(failed.values()), "by_outcome": dict(failed)},
        "requests_per_second": round(len(timed) / wall, 1),
        "latency": {"all": latency([t for _, t, _ in timed]),
                    **{kind: latency([t for k, t, _ in timed if k == kind]) for kind in KINDS}},
        "first_reads": {"pages": len(stories), "total_s": round(first_reads, 2)},
        "server_rss_mb": {"before": rss_before, "after": rss_after, "peak": rss_peak},
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=2) + "\n")
    print(json.dumps(result, indent=2))
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
