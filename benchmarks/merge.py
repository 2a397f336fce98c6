"""How long a story's timeline takes to merge: the largest stories of a built collection, merged again.

    python benchmarks/merge.py --db /tmp/t17.db [--stories 6] [--out FILE]

A build ends by merging the timeline of every story it changed
(storyline.pipeline.ready_stories); the largest stories cost the most, and
more the larger they grow. Each of the ``--stories`` largest stories of the
collection (built beforehand, e.g. by benchmarks/build_t17.py) is merged
again from its stored articles and sentence vectors, read-only, and timed;
reading its articles is timed apart. Output: benchmarks/results/merge.json,
with the commit, per story its articles, entries and seconds.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from provenance import ROOT, commit_id

from storyline.pipeline import _members, merged_timeline
from storyline.store import open_store

OUT = ROOT / "benchmarks" / "results" / "merge.json"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--db", required=True)
    parser.add_argument("--stories", type=int, default=6)
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    store = open_store(args.db, read_only=True)
    rows = []
    for story in store.stories()[: args.stories]:
        started = time.perf_counter()
        articles = _members(store, story.id)
        read = time.perf_counter() - started
        started = time.perf_counter()
        entries = merged_timeline(articles, store)
        rows.append({"story": story.id, "articles": len(articles), "entries": len(entries),
                     "read_seconds": round(read, 2), "merge_seconds": round(time.perf_counter() - started, 2)})
    store.close()
    result = {"commit": commit_id(), "db": str(args.db), "stories": rows,
              "total_merge_seconds": round(sum(r["merge_seconds"] for r in rows), 2)}
    args.out.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
