"""Whether a build's cost per article stays flat as the collection grows: 1k, 2k, 4k articles and everything.

    python benchmarks/growth.py [--t17 ../shared/corpora/t17] [--crisis ../shared/corpora/ml-crisis/fr]
                                [--sizes 1000 2000 4000 0] [--jobs N] [--out FILE]

The documents of Timeline17 and ML-Crisis French are read once and put in
date order (undated ones last); each size is then built from scratch, in a
fresh collection, from the first N of them (0: all), as ``storyline build``
builds: per-document analysis on ``--jobs`` processes, placement, stories,
timelines and reports made ready. The embedder and the gazetteer are loaded
once before the first size (a process pays that once, whatever the size);
each build still starts its own worker processes. Reported per size: wall seconds, seconds
per 1,000 articles in all and per stage, and stories; overall, the peak
memory of this process.
Flat seconds per 1,000 articles from the smallest size to the largest is the
target (issue 18); the last line says how the largest size compares with
the smallest. Output: benchmarks/results/growth.json (or ``--out``), with the commit.
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import tempfile
import time
from pathlib import Path

from provenance import ROOT, commit_id
from stories import DEFAULT_CRISIS, DEFAULT_T17, StageClock, _date_key, corpus_files

from storyline import Collection
from storyline.embed import embed
from storyline.geo.gazetteer import gazetteer
from storyline.model import Document
from storyline.read import read_paths
from storyline.workers import default_jobs

OUT = ROOT / "benchmarks" / "results" / "growth.json"


def build_size(documents: list[Document], jobs: int) -> dict:
    """Build a fresh collection of the documents and say what it cost."""
    clock = StageClock()
    with tempfile.TemporaryDirectory() as scratch, Collection(Path(scratch) / "growth.db") as collection:
        began = clock.last
        report = collection.add(documents, clock, jobs=jobs, ready=True)
        seconds = time.perf_counter() - began
        stories = len(collection.stories())
    per_thousand = 1000 / max(report.added, 1)
    return {
        "articles": report.added,
        "wall_seconds": round(seconds, 1),
        "seconds_per_1000_articles": round(seconds * per_thousand, 1),
        "seconds_per_1000_by_stage": {stage: round(s * per_thousand, 1) for stage, s in clock.seconds.items()},
        "stories": stories,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--t17", type=Path, default=DEFAULT_T17)
    parser.add_argument("--crisis", type=Path, default=DEFAULT_CRISIS)
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 2000, 4000, 0], help="0: every document")
    parser.add_argument("--jobs", type=int, default=default_jobs())
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    paths = corpus_files(args.t17.resolve(), args.crisis.resolve())
    documents = sorted((d for d in read_paths(paths) if isinstance(d, Document)), key=_date_key)
    if not documents:
        raise SystemExit(f"no documents under {args.t17} or {args.crisis}")
    embed(["warm-up"]), gazetteer()  # one-off loads, not a cost of any size
    result: dict = {"commit": commit_id(), "corpora": [str(args.t17), str(args.crisis)],
                    "documents": len(documents), "jobs": args.jobs, "sizes": []}
    for size in args.sizes:
        figures = build_size(documents[: size or len(documents)], args.jobs)
        result["sizes"].append(figures)
        print(json.dumps(figures), file=sys.stderr)
    first, last = result["sizes"][0], result["sizes"][-1]
    result["peak_memory_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024
    result["largest_over_smallest"] = round(last["seconds_per_1000_articles"] / first["seconds_per_1000_articles"], 2)
    args.out.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
