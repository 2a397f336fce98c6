"""How fast the embedder turns texts into vectors, by how many texts go to the engine in one call.

    python benchmarks/embed.py [--corpus ../shared/corpora/t17] [--texts 120]

Embedding is the largest cost of a build (benchmarks/build_t17.py, stage
"embed") and of making timelines ready where a story meets a second language.
Two kinds of text, spread over every topic: article openings cut as the build
cuts a lead (storyline.embed.MAX_CHARS), and single sentences (lines of 40 to
600 characters), as the timeline stage embeds them. Each group size is timed
over the same texts, after one warm-up call, twice: with the machine to
itself, as when timelines are made ready after the analysis, and with one
other process busy on a core, as a build's analysis workers are while the
leads are embedded. The engine is called directly, not through
storyline.embed, which groups texts itself (ENGINE_GROUP, chosen from these
figures). Output: benchmarks/results/embed.json, with the commit, the cores
and texts/s per kind, condition and group size.
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
GROUP_SIZES = (1, 8, 16, 32, 64, 0)  # 0: every text in one call


def sample(corpus: Path, count: int) -> dict[str, list[str]]:
    """``count`` article openings and ``count`` sentences, spread over every topic of the corpus."""
    openings: list[str] = []
    sentences: list[str] = []
    for path in sorted(corpus.glob("*/articles.jsonl")):
        with path.open(encoding="utf-8") as lines:
            for record in map(json.loads, lines):
                text = record.get("text", "").strip()
                if text:
                    openings.append(text[: embed.MAX_CHARS])
                    sentences += [line for line in text.splitlines()[1:4] if 40 <= len(line) <= embed.MAX_CHARS]
    if not openings:
        raise SystemExit(f"no article texts under {corpus}")
    return {"article openings": _spread(openings, count), "sentences": _spread(sentences, count)}


def _spread(texts: list[str], count: int) -> list[str]:
    return texts[:: max(1, len(texts) // count)][:count]


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
    parser.add_argument("--texts", type=int, default=120)
    args = parser.parse_args()
    kinds = sample(args.corpus, args.texts)
    embed._model().query(kinds["sentences"][:4])  # warm-up: the model's pages are read in
    alone = {kind: rates(texts) for kind, texts in kinds.items()}
    busy = multiprocessing.Process(target=_busy, daemon=True)
    busy.start()
    try:
        shared = {kind: rates(texts) for kind, texts in kinds.items()}
    finally:
        busy.terminate()
    results = {
        "commit": commit_id(),
        "corpus": str(args.corpus),
        "texts": {kind: len(texts) for kind, texts in kinds.items()},
        "mean_chars": {kind: round(sum(map(len, texts)) / len(texts)) for kind, texts in kinds.items()},
        "omp_num_threads": os.environ.get("OMP_NUM_THREADS", "engine default (every core)"),
        "cores": os.cpu_count(),
        "texts_per_second_by_group_size": {
            kind: {"machine to itself": alone[kind], "one other process busy": shared[kind]} for kind in kinds
        },
    }
    OUT.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    print(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
