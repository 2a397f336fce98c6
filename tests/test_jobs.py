"""A build shared among processes stores exactly what a one-job build stores."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import storyline.pipeline as pipeline
from storyline import Collection


def _collection_state(db: Path) -> dict:
    """Everything a reader sees: articles with their sentences' analysis, stories, timelines, figures and quotes."""
    with Collection(db, read_only=True) as collection:
        articles = [(a.id, a.outlet, a.language, [(s.text, [t.value for t in s.timexes],
                                                   [(m.text, m.label) for m in s.entities], len(s.figures))
                                                  for s in a.sentences], [q.text for q in a.quotes])
                    for a in collection.articles()]
        stories = sorted((s.title, sorted(s.article_ids)) for s in collection.stories())
        timelines = {s.id: [(e.date.value, e.text, [c.article_id for c in e.citations])
                            for e in collection.timeline(s.id)] for s in collection.stories()}
    return {"articles": sorted(articles), "stories": stories, "timelines": json.dumps(timelines, sort_keys=True)}


def _built(folder: Path, db: Path, jobs: int) -> dict:
    with Collection(db) as collection:
        report = collection.build([folder], jobs=jobs)
    assert report.stages.keys() >= {"read", "clean", "analyse", "embed", "store", "stories"}
    return {**_collection_state(db), "problems": [str(p) for p in report.problems]}


def test_the_seeds_built_by_two_processes_are_the_seeds_built_by_one(seeds: Path, tmp_path: Path,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pipeline, "BATCH_SIZE", 1)  # four batches, so the worker has work
    assert _built(seeds, tmp_path / "two.db", jobs=2) == _built(seeds, tmp_path / "one.db", jobs=1)


@pytest.mark.slow
def test_a_timeline17_topic_built_by_two_processes_is_the_one_built_by_one(corpora: Path, tmp_path: Path) -> None:
    topic = corpora / "t17" / "MJ" / "articles.jsonl"
    assert _built(topic, tmp_path / "two.db", jobs=2) == _built(topic, tmp_path / "one.db", jobs=1)


def test_a_failing_document_is_one_problem_in_a_worker_too() -> None:
    from storyline import workers

    outcomes = workers.analyse_batch([(object(), object(), "0" * 64)])  # type: ignore[list-item]
    assert len(outcomes) == 1 and isinstance(outcomes[0], str) and "AttributeError" in outcomes[0]
