"""Stories on a mixed, growing collection: purity, cross-lingual joining, stream agreement, cost.

    python benchmarks/stories.py [--t17 ../shared/corpora/t17] [--crisis ../shared/corpora/ml-crisis/fr]
                                 [--seeds examples/mosul-2017] [--batch 100] [--no-stream]

One collection holds all of Timeline17 (English), ML-Crisis French and the
Mosul seeds. Each article is labelled with its topic: the T17 topic, the
ML-Crisis topic, "mosul" for the seeds; ML-Crisis syria/libya/egypt and T17
SyrianCrisis/LibyaWar/EgyptianProtest are the same conflicts and share a label.

1. Batch build: everything in one ``build``. Reported: BCubed precision and
   recall of stories against topic labels (stories are finer than topics, so
   precision is the target, >= 0.97), the share of French articles whose story
   also holds English articles of their topic (one, and at least five), whether the four seeds share one
   story, story count, size distribution and the largest stories' titles.
2. Stream: a fresh collection fed the same documents in date order, 100 at a
   time (undated ones last). Reported: adjusted Rand index against the batch
   stories (>= 0.95) and seconds per batch of 100 at the stored sizes reached
   (1k, 5k, 10k when the corpora hold that many).

Figures go to ``benchmarks/results/stories.json`` with the commit id.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

from provenance import ROOT, commit_id
from sklearn.metrics import adjusted_rand_score

from storyline import Collection
from storyline.model import Document, ReadProblem, Story
from storyline.read import read_paths

DEFAULT_T17 = ROOT.parent / "shared" / "corpora" / "t17"
DEFAULT_CRISIS = ROOT.parent / "shared" / "corpora" / "ml-crisis" / "fr"
DEFAULT_SEEDS = ROOT / "examples" / "mosul-2017"
#: ML-Crisis and T17 names of the same conflict, and the label both get.
SHARED_TOPICS = {"syria": "syria", "SyrianCrisis": "syria", "libya": "libya", "LibyaWar": "libya",
                 "egypt": "egypt", "EgyptianProtest": "egypt"}
CHECKPOINTS = (1000, 5000, 10000)
LARGEST_SHOWN = 15
JOINED_SHOWN = 5
#: English articles of its topic a French article's story must hold to count as told in both languages.
BOTH_LANGUAGES_MIN = 5


def topic_of(source_path: str, t17: Path, crisis: Path, seeds: Path) -> str:
    """The topic label of a document, from the corpus folder it comes from."""
    path = Path(source_path)
    for root in (t17, crisis):
        if path.is_relative_to(root):
            name = path.relative_to(root).parts[0]
            return SHARED_TOPICS.get(name, name)
    if path.is_relative_to(seeds):
        return "mosul"
    raise ValueError(f"{source_path} is in none of the corpora")


def corpus_files(t17: Path, crisis: Path, seeds: Path | None = None) -> list[Path]:
    """Article files only: T17's articles.jsonl, ML-Crisis topic folders (not its reference timelines), seeds."""
    crisis_topics = [p for p in sorted(crisis.iterdir()) if p.is_dir() and p.name != "reference"]
    return sorted(t17.glob("*/articles.jsonl")) + crisis_topics + ([seeds] if seeds else [])


def bcubed(stories: Iterable[list[str]]) -> tuple[float, float]:
    """BCubed precision and recall of stories (lists of labels) against the labels."""
    stories = [labels for labels in stories if labels]
    per_label = Counter(label for labels in stories for label in labels)
    precision = recall = 0.0
    items = 0
    for labels in stories:
        tally = Counter(labels)
        for label in labels:
            precision += tally[label] / len(labels)
            recall += tally[label] / per_label[label]
            items += 1
    return precision / items, recall / items


def size_distribution(sizes: list[int]) -> dict[str, int]:
    buckets = {"1": 0, "2-4": 0, "5-19": 0, "20-99": 0, "100-499": 0, "500+": 0}
    for size in sizes:
        key = ("1" if size == 1 else "2-4" if size < 5 else "5-19" if size < 20 else "20-99" if size < 100
               else "100-499" if size < 500 else "500+")
        buckets[key] += 1
    return buckets


def describe(stories: list[Story], labels: dict[str, str], languages: dict[str, str | None]) -> dict:
    """Purity, joining and granularity of one collection's stories."""
    members = {s.id: [a for a in s.article_ids if a in labels] for s in stories}
    precision, recall = bcubed([labels[a] for a in ids] for ids in members.values())
    french = [a for a in labels if languages[a] == "fr"]
    story_of = {a: sid for sid, ids in members.items() for a in ids}
    english_topics = {sid: {labels[a] for a in ids if languages[a] == "en"} for sid, ids in members.items()}
    joined = [a for a in french if labels[a] in english_topics[story_of[a]]]
    # One English article makes a French story "joined"; a story told in both languages has several.
    english_counts = {sid: Counter(labels[a] for a in ids if languages[a] == "en") for sid, ids in members.items()}
    told_in_both = [a for a in french if english_counts[story_of[a]][labels[a]] >= BOTH_LANGUAGES_MIN]
    seeds = {story_of[a] for a in labels if labels[a] == "mosul"}
    ordered = sorted(stories, key=lambda s: -len(members[s.id]))

    def face(story: Story) -> dict:
        ids = members[story.id]
        return {"id": story.id, "title": story.title, "articles": len(ids),
                "topics": dict(Counter(labels[a] for a in ids).most_common()),
                "languages": dict(Counter(languages[a] for a in ids).most_common()),
                "span": [story.first.value if story.first else None, story.last.value if story.last else None]}

    cross = [s for s in ordered if {"en", "fr"} <= {languages[a] for a in members[s.id]}]
    sizes = sorted((len(ids) for ids in members.values()), reverse=True)
    return {
        "articles": len(labels),
        "stories": len(stories),
        "bcubed_precision": round(precision, 4),
        "bcubed_recall": round(recall, 4),
        "french_articles": len(french),
        "french_joined_with_english_of_their_topic": round(len(joined) / len(french), 4) if french else None,
        f"french_with_{BOTH_LANGUAGES_MIN}_english_of_their_topic": (round(len(told_in_both) / len(french), 4)
                                                                    if french else None),
        "seeds_in_one_story": len(seeds) == 1,
        "size_distribution": size_distribution(sizes),
        "largest_sizes": sizes[:10],
        "largest_stories": [face(s) for s in ordered[:LARGEST_SHOWN]],
        "joined_stories": [face(s) for s in cross[:JOINED_SHOWN]],
    }


def _date_key(document: Document) -> tuple:
    return (document.published is None, document.published.start if document.published else None,
            document.source_path, document.record_id or "")


class StageClock:
    """Seconds spent per build stage: the time up to each progress call goes to the stage it names."""

    def __init__(self) -> None:
        self.seconds: Counter[str] = Counter()
        self.last = time.perf_counter()

    def __call__(self, stage: str, done: int, total: int) -> None:
        now = time.perf_counter()
        self.seconds[stage] += now - self.last
        self.last = now


def stream(documents: list[Document], db: Path, batch: int) -> tuple[list[Story], list[dict]]:
    """Feed the documents in date order, ``batch`` at a time; the stories and each batch's cost.

    A batch's seconds are split into reading its own documents in ("analyse and embed") and
    placing them and describing the stories they joined ("stories").
    """
    ordered = sorted(documents, key=_date_key)
    costs = []
    with Collection(db) as collection:
        for start in range(0, len(ordered), batch):
            clock = StageClock()
            began = clock.last
            report = collection.add(ordered[start:start + batch], clock)
            costs.append({"stored_before": start, "added": report.added,
                          "seconds": round(time.perf_counter() - began, 2),
                          **{stage: round(seconds, 2) for stage, seconds in clock.seconds.items()}})
            print(f"  stream: {start + batch} fed, {costs[-1]['seconds']} s", file=sys.stderr)
        return collection.stories(), costs


def batch_cost_at(costs: list[dict], batch: int, part: str = "seconds") -> dict[str, float | None]:
    """Seconds (or one stage's seconds) per ``batch`` articles added with about 1k, 5k and 10k stored
    (None when not reached)."""
    result: dict[str, float | None] = {}
    for checkpoint in CHECKPOINTS:
        near = [c for c in costs if c["stored_before"] >= checkpoint and c["added"]][:3]
        result[str(checkpoint)] = (round(sum(c.get(part, 0.0) * batch / c["added"] for c in near) / len(near), 2)
                                   if near else None)
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--t17", type=Path, default=DEFAULT_T17)
    parser.add_argument("--crisis", type=Path, default=DEFAULT_CRISIS)
    parser.add_argument("--seeds", type=Path, default=DEFAULT_SEEDS)
    parser.add_argument("--batch", type=int, default=100)
    parser.add_argument("--no-stream", action="store_true", help="only the batch build")
    parser.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "results" / "stories.json")
    args = parser.parse_args()
    t17, crisis, seeds = args.t17.resolve(), args.crisis.resolve(), args.seeds.resolve()

    items = list(read_paths(corpus_files(t17, crisis, seeds)))
    documents = [d for d in items if isinstance(d, Document)]
    problems = [str(p) for p in items if isinstance(p, ReadProblem)]
    result: dict = {"commit": commit_id(), "corpora": [str(t17), str(crisis), str(seeds)],
                    "documents_read": len(documents), "read_problems": len(problems)}
    with tempfile.TemporaryDirectory() as scratch:
        began = time.perf_counter()
        with Collection(Path(scratch) / "batch.db") as collection:
            report = collection.build(corpus_files(t17, crisis, seeds))
            seconds = time.perf_counter() - began
            articles = collection.articles()
            labels = {a.id: topic_of(a.source_path, t17, crisis, seeds) for a in articles}
            languages = {a.id: a.language for a in articles}
            batch_stories = collection.stories()
        result["batch"] = {"wall_seconds": round(seconds, 1), "articles_per_second": round(report.added / seconds, 2),
                           **describe(batch_stories, labels, languages)}
        print(json.dumps({k: v for k, v in result["batch"].items() if "stories" not in k or k == "stories"}),
              file=sys.stderr)
        if not args.no_stream:
            stream_stories, costs = stream(documents, Path(scratch) / "stream.db", args.batch)
            batch_of = {a: s.id for s in batch_stories for a in s.article_ids}
            stream_of = {a: s.id for s in stream_stories for a in s.article_ids}
            common = sorted(set(batch_of) & set(stream_of))
            result["stream"] = {
                "batch_size": args.batch,
                "adjusted_rand_index": round(adjusted_rand_score([batch_of[a] for a in common],
                                                                 [stream_of[a] for a in common]), 4),
                "seconds_per_batch_at_stored": batch_cost_at(costs, args.batch),
                "stories_seconds_per_batch_at_stored": batch_cost_at(costs, args.batch, "stories"),
                "total_seconds": round(sum(c["seconds"] for c in costs), 1),
                **describe(stream_stories, labels, languages),
                "batches": costs,
            }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n")
    print(json.dumps({k: v for k, v in result.items() if k not in ("batch", "stream")}, indent=2))
    for part in ("batch", "stream"):
        if part in result:
            shown = {k: v for k, v in result[part].items() if k not in ("largest_stories", "joined_stories", "batches")}
            print(part, json.dumps(shown, indent=2))


if __name__ == "__main__":
    main()
