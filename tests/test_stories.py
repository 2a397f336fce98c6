"""Stories keep unrelated topics apart and grow without starting over."""

from __future__ import annotations

import json
from pathlib import Path

from storyline import Collection


def _sample(corpora: Path, topics: list[str], per_topic: int, out: Path) -> dict[str, str]:
    """Write the first articles of each T17 topic to one JSONL file; return record id -> topic."""
    labels: dict[str, str] = {}
    with out.open("w", encoding="utf-8") as handle:
        for topic in topics:
            lines = (corpora / "t17" / topic / "articles.jsonl").read_text(encoding="utf-8").splitlines()
            records = [json.loads(line) for line in lines]
            for record in [r for r in records if r["text"].strip()][:per_topic]:
                labels[record["id"]] = topic
                handle.write(json.dumps(record) + "\n")
    return labels


def test_no_story_mixes_unrelated_topics(tmp_path: Path, corpora: Path) -> None:
    labels = _sample(corpora, ["haiti", "H1N1", "MJ"], 20, tmp_path / "mixed.jsonl")
    with Collection(tmp_path / "t17.db") as collection:
        collection.build([tmp_path / "mixed.jsonl"])
        topic_of = {a.id: labels[a.record_id] for a in collection.articles()}
        stories = collection.stories()
    assert len(topic_of) == 60
    for story in stories:
        assert len({topic_of[a] for a in story.article_ids}) == 1, story.title
    # Stories are real groupings, not one story per article.
    assert len(stories) < 45


def test_a_second_build_extends_stories_and_keeps_their_ids(tmp_path: Path, seeds: Path) -> None:
    first, second = tmp_path / "first", tmp_path / "second"
    first.mkdir()
    second.mkdir()
    for path in sorted(seeds.iterdir()):
        target = first if path.name[:3] in ("000", "002") else second
        target.joinpath(path.name).write_bytes(path.read_bytes())
    with Collection(tmp_path / "grow.db") as collection:
        collection.build([first])
        (before,) = collection.stories()
        report = collection.build([second])
        (after,) = collection.stories()
    assert report.added == 2
    assert after.id == before.id
    assert set(before.article_ids) < set(after.article_ids) and len(after.article_ids) == 4


def test_the_lead_skips_sentences_shared_with_many_documents() -> None:
    from storyline.clean import line_key
    from storyline.model import Article
    from storyline.segment import split_sentences
    from storyline.stories.features import lead_text

    text = (
        "Your essential source for the latest news on the intersection of Wall Street and Washington .\n"
        "BP says its costs for containing the spill are running at $ 6 million a day ."
    )
    article = Article("a", "feed.jsonl", "a" * 64, text, sentences=split_sentences(text, "en"))
    furniture = {line_key("Your essential source for the latest news on the intersection of Wall Street and Washington .")}
    assert lead_text(article, furniture) == "BP says its costs for containing the spill are running at $ 6 million a day ."
    assert lead_text(article).startswith("Your essential source")
