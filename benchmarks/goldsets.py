"""What the hand-annotated benchmarks share: reading a gold folder, matching names, and scoring by halves.

Used by figures.py and quotes.py, which run as ``python benchmarks/<name>.py``
and so find this module next to them.
"""

from __future__ import annotations

import argparse
import json
import time
from collections.abc import Callable
from pathlib import Path

import regex
from provenance import commit_id

from storyline.stopwords import stopwords

_WORD = regex.compile(r"[\p{L}\p{N}]+")

Scorer = Callable[[list[tuple[int, dict]], dict[int, list]], dict]


def read_gold(folder: Path) -> list[dict]:
    """Every record of every ``*.jsonl`` file in the folder, files in name order."""
    records = []
    for path in sorted(folder.glob("*.jsonl")):
        with path.open(encoding="utf-8") as lines:
            records += [json.loads(line) for line in lines if line.strip()]
    return records


def same_name(gold: str | None, predicted: str | None, language: str) -> bool:
    """Whether two names of a source or speaker share a content word (both missing counts as the same)."""
    if not gold or not predicted:
        return not gold and not predicted
    return bool(content_words(gold, language) & content_words(predicted, language))


def content_words(text: str, language: str) -> set[str]:
    words = {w.lower() for w in _WORD.findall(text)}
    return words - stopwords(language) or words


def ratio(part: int, whole: int) -> float:
    return round(part / whole, 4) if whole else 0.0


def run(description: str, default_gold: Path, out: Path, predict: Callable[[dict], list], score: Scorer) -> dict:
    """Read ``--gold``, predict every record, score all, each half (even: tuned on; odd: unseen) and each language,
    and write the figures to ``out``."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--gold", type=Path, default=default_gold)
    args = parser.parse_args()
    records = read_gold(args.gold)
    started = time.perf_counter()
    predictions = {i: predict(record) for i, record in enumerate(records)}
    seconds = time.perf_counter() - started
    indexed = list(enumerate(records))
    results = {
        "commit": commit_id(),
        "gold": str(args.gold),
        "records": len(records),
        "seconds": round(seconds, 2),
        "all": score(indexed, predictions),
        "even (tuned on)": score(indexed[0::2], predictions),
        "odd (unseen)": score(indexed[1::2], predictions),
        "languages": {lang: score([(i, r) for i, r in indexed if r["language"] == lang], predictions)
                      for lang in sorted({r["language"] for r in records})},
    }
    out.write_text(json.dumps(results, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return results
