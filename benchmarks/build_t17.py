"""Build the whole Timeline17 corpus and record speed, memory and story purity.

    python benchmarks/build_t17.py [--corpus ../shared/corpora/t17] [--db /tmp/t17.db] [--jobs N]

Writes benchmarks/results/build-t17.json: wall time, articles/s, the jobs and
cores used, seconds per stage, peak memory (this process, and the largest
worker), database size, story and entity counts, and every story that mixes two T17
topics (there should be none).
The topic of an article is the corpus folder its articles.jsonl sits in.
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import time
from collections import Counter
from pathlib import Path

from provenance import commit_id

from storyline import Collection
from storyline.workers import default_jobs

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpora" / "t17"


def topic_of(source_path: str) -> str:
    return Path(source_path).parent.name


def bcubed_precision(stories: dict[str, list[str]]) -> float:
    """Mean over articles of the share of their story that has their topic."""
    total, count = 0.0, 0
    for topics in stories.values():
        tally = Counter(topics)
        for topic in topics:
            total += tally[topic] / len(topics)
            count += 1
    return total / count if count else 0.0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--db", type=Path, default=Path("/tmp/storyline-t17.db"))
    parser.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "results" / "build-t17.json")
    parser.add_argument("--jobs", type=int, default=default_jobs(), help="processes sharing the analysis")
    args = parser.parse_args()
    if not any(args.corpus.glob("*/articles.jsonl")):  # else a wrong path "builds" nothing and writes zeros
        raise SystemExit(f"{args.corpus}: no <topic>/articles.jsonl here; give the Timeline17 folder with --corpus")
    for suffix in ("", "-wal", "-shm"):
        Path(str(args.db) + suffix).unlink(missing_ok=True)

    started = time.perf_counter()
    with Collection(args.db) as collection:
        report = collection.build([args.corpus], jobs=args.jobs)
        seconds = time.perf_counter() - started
        peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        workers_peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        articles = {a.id: a for a in collection.articles()}
        topics = {aid: topic_of(a.source_path) for aid, a in articles.items()}
        members = {s.id: s.article_ids for s in collection.stories()}
        stories = {sid: [topics[a] for a in ids] for sid, ids in members.items()}
        titles = {s.id: s.title for s in collection.stories()}
        entities = len(collection.entities())
    database_mb = sum(Path(str(args.db) + suffix).stat().st_size for suffix in ("", "-wal")
                      if Path(str(args.db) + suffix).exists()) / 1e6

    mixed = []
    for sid, labels in stories.items():
        tally = Counter(labels)
        if len(tally) > 1:
            main = tally.most_common(1)[0][0]
            # The records outside the story's main topic, to read and judge by hand.
            strays = [articles[a].record_id for a in members[sid] if topics[a] != main]
            mixed.append({"story": sid, "title": titles[sid], "topics": dict(tally), "strays": strays[:10]})
    sizes = sorted((len(m) for m in stories.values()), reverse=True)
    result = {
        "commit": commit_id(),
        "corpus": str(args.corpus),
        "articles": report.added,
        "problems": [str(p) for p in report.problems],
        "wall_seconds": round(seconds, 1),
        "articles_per_second": round(report.added / seconds, 2),
        "jobs": args.jobs,
        "cores": default_jobs(),
        "seconds_per_stage": {stage: round(value, 1) for stage, value in report.stages.items()},
        "peak_memory_mb": round(peak_mb),
        "peak_worker_memory_mb": round(workers_peak_mb),  # the largest worker process
        "database_mb": round(database_mb, 1),
        "entities": entities,
        "stories": len(stories),
        "largest_stories": sizes[:10],
        "singleton_stories": sum(1 for s in sizes if s == 1),
        "bcubed_precision": round(bcubed_precision(stories), 4),
        "stories_mixing_topics": mixed,
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=2) + "\n")
    json.dump({k: v for k, v in result.items() if k != "stories_mixing_topics"}, sys.stdout, indent=2)
    print(f"\nstories mixing topics: {len(mixed)}")


if __name__ == "__main__":
    main()
