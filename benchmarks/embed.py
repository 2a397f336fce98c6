"""How fast the embedder turns texts into vectors, by how many texts go to the engine in one call.

    python benchmarks/embed.py [--corpus ../shared/corpora/t17] [--texts 160]

Embedding is the largest cost of a build (benchmarks/build_t17.py, stage
"embed"). The texts are Timeline17 article openings cut as the build cuts a
lead (storyline.embed.MAX_CHARS), every n-th article of every topic. Each
group size is timed over the same texts, after one warm-up call, twice: with
the machine to itself, and with one other process busy on a core, as a
build's analysis workers are while the leads are embedded. Output:
benchmarks/results/embed.json, with the commit, the cores and texts/s per
group size in each condition.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import time
from pathlib import Path

from provenance import ROOT, commit_id

from storyline import embed

DEFAULT_CORPUS = ROOT.parent / "shared" / "corpora" / "t17"
OUT = ROOT / "benchmarks" / "results" / "embed.json"
GROUP_SIZES = (1, 4, 16, 64, 0)  # 0: every text in one call


def sample(corpus: Path, count: int) -> list[str]:
    """``count`` article openings spread over every topic of the corpus."""
    texts = []
    for path in sorted(corpus.glob("*/articles.jsonl")):
        with path.open(encoding="utf-8") as lines:
            texts += [record.get("text", "").strip()[: embed.MAX_CHARS] for record in map(json.loads, lines)]
    texts = [text for text in texts if text]
    if not texts:
        raise SystemExit(f"no article texts under {corpus}")
    step = max(1, len(texts) // count)
    return texts[::step][:count]


def rates(texts: list[str]) -> dict[str, float]:
    """Texts per second for each group size."""
    model = embed._model()
    found = {}
    for size in GROUP_SIZES:
        step = size or len(texts)
        started = time.perf_counter()
        for start in range(0, len(texts), step):
            model.query(texts[start:start + step])
        found["all in one call" if not size else str(size)] = round(len(texts) / (time.perf_counter() - started), 2)
    return found


def _busy() -> None:
    while True:
        pass


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--texts", type=int, default=160)
    args = parser.parse_args()
    texts = sample(args.corpus, args.texts)
    embed._model().query(texts[:4])  # warm-up: the model's pages are read in
    alone = rates(texts)
    busy = multiprocessing.Process(target=_busy, daemon=True)
    busy.start()
    try:
        shared = rates(texts)
    finally:
        busy.terminate()
    results = {
        "commit": commit_id(),
        "corpus": str(args.corpus),
        "texts": len(texts),
        "mean_chars": round(sum(map(len, texts)) / len(texts)),
        "omp_num_threads": os.environ.get("OMP_NUM_THREADS", "engine default (every core)"),
        "cores": os.cpu_count(),
        "texts_per_second_by_group_size": {"machine to itself": alone, "one other process busy": shared},
    }
    OUT.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    print(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
