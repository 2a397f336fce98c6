"""Which timeline candidates need sentence vectors, on the seeds."""

from __future__ import annotations

from pathlib import Path

from storyline.clean import clean_documents
from storyline.model import Article
from storyline.pipeline import analyse, content_hash
from storyline.read import read_paths
from storyline.timeline import comparable, select_candidates


def _seed_articles(seeds: Path) -> list[Article]:
    documents = list(read_paths([seeds]))
    return [analyse(d, c, content_hash(d)) for d, c in zip(documents, clean_documents(documents))]


def test_an_article_alone_has_nothing_to_compare(seeds: Path) -> None:
    for article in _seed_articles(seeds):
        assert select_candidates(article)
        assert comparable(select_candidates(article)) == []


def test_candidates_compatible_with_another_article_are_compared(seeds: Path) -> None:
    candidates = [c for a in _seed_articles(seeds) for c in select_candidates(a)]
    chosen = comparable(candidates)
    texts = [c.text for c in chosen]
    # The offensive's start in Danish and English, and the caliphate's declaration, can be joined ...
    assert any("17. oktober" in t for t in texts)
    assert any("Last October" in t for t in texts)
    assert any("caliphate" in t and c.date.start.year == 2014 for t, c in zip(texts, chosen))
    # ... while a candidate is left out only when no other article dates anything compatibly.
    for left in set(candidates) - set(chosen):
        assert not any(
            other.article_id != left.article_id
            and other.date.compatible(left.date)
            for other in candidates
        )
    assert len(chosen) < len(candidates)
