"""How well an article's own text dates it: undated-article inference measured on Timeline17.

    python benchmarks/dating.py [--corpus ../shared/corpora/t17]

Every T17 article has a publication date. Each is tagged as if it had none
(so only absolute dates are read), its date is guessed with
:func:`storyline.dating.date_from_own_text`, and the guess is compared with
the real date. Writes benchmarks/results/dating-t17.json: how many articles
get a guess, and how many guesses fall on the day, within a day, within a
week; the same for the latest full date instead of the first, the
alternative the rule was chosen against.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import statistics
import time
from pathlib import Path

from provenance import ROOT, commit_id

from storyline.analyse.segment import split_sentences
from storyline.analyse.timex import tag_sentences
from storyline.dates import Precision
from storyline.dating import date_from_own_text

DEFAULT_CORPUS = ROOT.parent / "shared" / "corpora" / "t17"
WINDOWS = (0, 1, 7)  # days off the real date a guess may be and still count


def _agreement(errors: list[int], articles: int) -> dict:
    """Coverage and the share of guesses within each window, over the articles that got one."""
    return {
        "guessed": len(errors),
        "coverage": round(len(errors) / articles, 4) if articles else 0.0,
        **{f"within_{days}_days": round(sum(e <= days for e in errors) / len(errors), 4) if errors else 0.0
           for days in WINDOWS},
        "median_days_off": statistics.median(errors) if errors else None,
    }


def run(corpus: Path) -> dict:
    guessed: list[int] = []
    latest: list[int] = []
    articles = 0
    started = time.perf_counter()
    for path in sorted(corpus.glob("*/articles.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            record = json.loads(line)
            real = dt.date.fromisoformat(record["time"][:10])
            sentences = [s.text for s in split_sentences(record["text"], "en")]
            timexes = [t for tagged in tag_sentences(sentences, "en", None) for t in tagged]
            articles += 1
            guess = date_from_own_text(timexes)
            if guess is None:
                continue
            guessed.append(abs((guess[0].start - real).days))
            days = [t.date.start for t in timexes if t.date is not None and t.date.precision is Precision.DAY]
            latest.append(abs((max(days) - real).days))
    return {
        "commit": commit_id(),
        "corpus": str(corpus),
        "articles": articles,
        "wall_seconds": round(time.perf_counter() - started, 1),
        "first_full_date": _agreement(guessed, articles),
        "latest_full_date": _agreement(latest, articles),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    args = parser.parse_args()
    summary = run(args.corpus)
    out = ROOT / "benchmarks" / "results" / "dating-t17.json"
    out.write_text(json.dumps(summary, indent=2) + "\n", encoding="utf-8")
    print(json.dumps(summary, indent=2))


if __name__ == "__main__":
    main()
