"""Timeline summarisation benchmark: storyline's own budgeted timelines against gold timelines.

    python benchmarks/tls.py ../shared/corpora/t17
    python benchmarks/tls.py ../shared/corpora/ml-crisis/fr [--topics egypt,libya]

Protocol of Gholipour Ghalandari & Ifrim (2020), see ../shared/docs/BENCHMARKS.md:
for each topic, the topic's articles are built into a collection of their
own; for each of the topic's gold timelines, storyline's timeline of the
whole collection is cut, as ``Collection.timeline(budget=...)`` cuts it
(main line of the articles first, then salience), with a budget of the gold timeline's number of dates
``l``, its mean number of sentences per date ``k`` (rounded, at least one)
and its first and last day, at day precision. The topic keywords are not
used. Scores come from the ``tilse`` package (Perl ROUGE-1.5.5, which needs
Debian's libxml-parser-perl): alignment-based ROUGE-1 and ROUGE-2 F1 with
date-content costs, many-to-one (AR-1, AR-2), and date F1, averaged over
timelines. Two topics are built and scored at once (``--jobs``), each with one
build job, and each (prediction, gold) pair goes through the Perl script once.

Two corpus layouts are read: Timeline17's ``<topic>/articles.jsonl`` with
``<topic>/timelines.jsonl``, and ML-Crisis's ``<topic>/<YYYY-MM-DD>/*.txt``
with ``reference/<topic>.txt`` (a date line, its sentences, a line of dashes).
Figures go to ``benchmarks/results/tls-<corpus>.json`` with the commit id.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import multiprocessing
import os
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from provenance import commit_id
from tilse.data.timelines import GroundTruth
from tilse.data.timelines import Timeline as TilseTimeline
from tilse.evaluation import rouge

from storyline import Budget, Collection, Precision
from storyline.model import TimelineEntry
from storyline.timeline import apply_budget

ROOT = Path(__file__).resolve().parents[1]
#: Published results on Timeline17 (ACL 2020, table 4): AR-1, AR-2, date F1.
PUBLISHED_T17 = {
    "CLUST": (0.082, 0.020, 0.407),
    "Martschat & Markert 2018": (0.105, 0.030, 0.544),
    "DATEWISE": (0.120, 0.035, 0.544),
}

GoldTimeline = dict[dt.date, list[str]]


def read_t17_gold(topic: Path) -> list[GoldTimeline]:
    timelines = []
    for line in (topic / "timelines.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            timelines.append(
                {dt.date.fromisoformat(day): [s.strip() for s in sentences] for day, sentences in json.loads(line)}
            )
    return timelines


def read_crisis_gold(path: Path) -> GoldTimeline:
    timeline: GoldTimeline = {}
    day: dt.date | None = None
    for line in path.read_text(encoding="utf-8").splitlines():
        text = line.strip()
        if not text or set(text) == {"-"}:
            day = None
        elif day is None:
            day = dt.date.fromisoformat(text)
            timeline.setdefault(day, [])
        else:
            timeline[day].append(text)
    return {day: sentences for day, sentences in timeline.items() if sentences}


def topics_of(corpus: Path) -> dict[str, tuple[Path, list[GoldTimeline]]]:
    """Each topic's article path and gold timelines, for either layout."""
    if (corpus / "reference").is_dir():
        return {
            gold.stem: (corpus / gold.stem, [read_crisis_gold(gold)])
            for gold in sorted((corpus / "reference").glob("*.txt"))
            if (corpus / gold.stem).is_dir()
        }
    return {
        topic.name: (topic / "articles.jsonl", read_t17_gold(topic))
        for topic in sorted(corpus.iterdir())
        if (topic / "articles.jsonl").is_file() and (topic / "timelines.jsonl").is_file()
    }


def budget_for(gold: GoldTimeline) -> Budget:
    days = sorted(gold)
    sentences = sum(len(s) for s in gold.values()) / len(gold)
    return Budget(
        dates=len(days), per_date=max(1, round(sentences)), start=days[0], end=days[-1], coarsest=Precision.DAY
    )


def as_tilse(entries: list[TimelineEntry]) -> TilseTimeline:
    days: dict[dt.date, list[str]] = {}
    for entry in entries:
        days.setdefault(entry.date.start, []).append(entry.text)
    return TilseTimeline(days)


def date_f1(predicted: set[dt.date], gold: set[dt.date]) -> float:
    shared = len(predicted & gold)
    if not shared:
        return 0.0
    precision, recall = shared / len(predicted), shared / len(gold)
    return 2 * precision * recall / (precision + recall)


def score(entries: list[TimelineEntry], gold: GoldTimeline, evaluator: rouge.TimelineRougeEvaluator) -> dict:
    predicted = as_tilse(entries)
    reference = GroundTruth([TilseTimeline(gold)])
    scores = evaluator.evaluate_align_date_content_costs_many_to_one(predicted, reference)
    return {
        "ar1_f1": scores["rouge_1"]["f_score"],
        "ar2_f1": scores["rouge_2"]["f_score"],
        "date_f1": date_f1(set(predicted.get_dates()), set(gold)),
    }


class CachedRouge:
    """The Perl ROUGE scorer with each (prediction, references) pair scored once.

    The many-to-one alignment scores a predicted date against its aligned gold
    date once for precision and again for recall, and the empty summaries of
    unmatched dates again and again: each pair's counts are the same every time,
    so they are kept (the figures are the Perl script's, unchanged).
    """

    def __init__(self, rouge_: object) -> None:
        self.rouge = rouge_
        self.scores: dict[tuple, dict] = {}
        self.calls = 0

    def score_summary(self, summary: list[list[str]], references: dict[str, list[list[str]]]) -> dict:
        self.calls += 1
        key = (tuple(map(tuple, summary)), tuple(sorted((name, tuple(map(tuple, sentences)))
                                                        for name, sentences in references.items())))
        if key not in self.scores:
            self.scores[key] = self.rouge.score_summary(summary, references)
        return self.scores[key]


def score_topic(name: str, articles: Path, golds: list[GoldTimeline], db: Path) -> list[dict]:
    """Build one topic's collection on its own (one job: topics already run side by side) and score its timelines."""
    evaluator = rouge.TimelineRougeEvaluator(measures={"rouge_1", "rouge_2"})
    evaluator.rouge = cached = CachedRouge(evaluator.rouge)
    for suffix in ("", "-wal", "-shm"):
        Path(str(db) + suffix).unlink(missing_ok=True)
    with Collection(db) as collection:
        built = time.perf_counter()
        report = collection.build([articles], jobs=1)
        build_seconds = time.perf_counter() - built
        entries = collection.timeline()
        members = collection.articles()
    results = []
    for number, gold in enumerate(golds):
        budget = budget_for(gold)
        scored = time.perf_counter()
        figures = score(apply_budget(entries, budget, members), gold, evaluator)
        results.append(
            {"topic": name, "timeline": number, "dates": budget.dates, "per_date": budget.per_date,
             "articles": report.added, "build_seconds": round(build_seconds, 1),
             "score_seconds": round(time.perf_counter() - scored, 1), **figures}  # fmt: skip
        )
        print(f"{name}#{number}: AR-1 {figures['ar1_f1']:.3f}  AR-2 {figures['ar2_f1']:.3f}  "
              f"date F1 {figures['date_f1']:.3f}  (l={budget.dates}, k={budget.per_date})", flush=True)  # fmt: skip
    for result in results:
        result["rouge_calls"], result["rouge_runs"] = cached.calls, len(cached.scores)  # per topic
    return results


def run(corpus: Path, topics: list[str] | None, workdir: Path, jobs: int = 1) -> dict:
    """Every topic scored, ``jobs`` topics at a time in their own processes (largest first, so that the
    last to finish is small); with one job, in this process."""
    chosen = {name: value for name, value in topics_of(corpus).items() if not topics or name in topics}
    order = sorted(chosen, key=lambda name: -sum(1 for _ in chosen[name][0].rglob("*") if _.is_file()))
    started = time.perf_counter()

    def arguments(name: str) -> tuple:
        return (name, *chosen[name], workdir / f"{corpus.name}-{name}.db")

    if jobs <= 1:
        results = [result for name in chosen for result in score_topic(*arguments(name))]
    else:
        with ProcessPoolExecutor(max_workers=jobs, mp_context=multiprocessing.get_context("spawn")) as pool:
            futures = {name: pool.submit(score_topic, *arguments(name)) for name in order}
            results = [result for name in chosen for result in futures[name].result()]
    mean = {key: sum(r[key] for r in results) / len(results) for key in ("ar1_f1", "ar2_f1", "date_f1")}
    return {
        "commit": commit_id(),
        "corpus": str(corpus),
        "timelines": len(results),
        "jobs": jobs,
        "wall_seconds": round(time.perf_counter() - started, 1),
        "mean": mean,
        "per_timeline": results,
    }


def print_table(summary: dict, corpus_name: str) -> None:
    rows = [("storyline", tuple(summary["mean"][k] for k in ("ar1_f1", "ar2_f1", "date_f1")))]
    if corpus_name == "t17":
        rows += list(PUBLISHED_T17.items())
    print(f"\n{'method':<28}{'AR-1':>8}{'AR-2':>8}{'date F1':>9}")
    for method, (ar1, ar2, dates) in rows:
        print(f"{method:<28}{ar1:>8.3f}{ar2:>8.3f}{dates:>9.3f}")
    print(f"{summary['timelines']} timelines, {summary['wall_seconds']:.0f} s")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--topics", help="comma-separated topic names (default: all)")
    parser.add_argument("--workdir", type=Path, default=Path("/tmp"))
    parser.add_argument("--jobs", type=int, default=min(2, os.cpu_count() or 1),
                        help="topics scored at once (default: two, or one on a single core)")
    parser.add_argument("--out", type=Path)
    args = parser.parse_args()
    corpus = args.corpus.resolve()
    name = corpus.name if corpus.parent.name != "ml-crisis" else f"ml-crisis-{corpus.name}"
    summary = run(corpus, args.topics.split(",") if args.topics else None, args.workdir, args.jobs)
    out = args.out or ROOT / "benchmarks" / "results" / f"tls-{name}.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(summary, indent=2) + "\n", encoding="utf-8")
    print_table(summary, name)


if __name__ == "__main__":
    main()
