"""Timeline candidates on the seeds: which need e5 vectors, and how a budget cuts the timeline."""

from __future__ import annotations

from pathlib import Path

from storyline.clean import clean_documents
from storyline.model import Article
from storyline.pipeline import analyse, content_hash
from storyline.read import read_paths
from storyline.timeline import needs_vector, select_candidates


def _seed_articles(seeds: Path) -> list[Article]:
    documents = list(read_paths([seeds]))
    return [analyse(d, c, content_hash(d)) for d, c in zip(documents, clean_documents(documents))]


def test_sentences_in_one_language_need_no_vectors(seeds: Path) -> None:
    english = [a for a in _seed_articles(seeds) if a.language == "en"]
    candidates = [c for a in english for c in select_candidates(a)]
    assert len(candidates) > 10
    assert needs_vector(candidates) == []


def test_sentences_that_meet_another_language_need_vectors(seeds: Path) -> None:
    candidates = [c for a in _seed_articles(seeds) for c in select_candidates(a)]
    chosen = needs_vector(candidates)
    texts = [c.text for c in chosen]
    # The offensive's start, told in Danish and in English, can only be joined by e5 ...
    assert any("17. oktober" in t for t in texts)
    assert any("Last October" in t for t in texts)
    # ... while a sentence is left out only when no other-language sentence has a compatible date.
    for left in set(candidates) - set(chosen):
        assert not any(
            other.language != left.language and other.date.compatible(left.date) for other in candidates
        )
    assert len(chosen) < len(candidates)
