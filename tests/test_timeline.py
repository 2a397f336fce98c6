"""Timeline candidates on the seeds: which need e5 vectors, and how a budget cuts the timeline."""

from __future__ import annotations

from pathlib import Path

from storyline.analyse import analyse
from storyline.clean import clean_documents
from storyline.model import Article
from storyline.pipeline import content_hash
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


def test_a_budget_keeps_the_most_reported_dates(seeds_db: Path) -> None:
    from storyline import Budget, Collection

    with Collection(seeds_db) as collection:
        story = collection.stories()[0]
        full = collection.timeline(story.id)
        cut = collection.timeline(story.id, budget=Budget(dates=2, per_date=1))
    assert len(full) > 10
    # The caliphate's declaration (000, 001, 003) and the mosque's recapture (001, 003) are the most reported.
    assert [e.date.label() for e in cut] == ["July 2014", "29 June 2017"]
    assert len(cut[0].article_ids) == 3


def test_a_budget_keeps_a_period_and_a_precision(seeds_db: Path) -> None:
    import datetime as dt

    from storyline import Budget, Collection, Precision

    with Collection(seeds_db) as collection:
        story = collection.stories()[0]
        budget = Budget(start=dt.date(2016, 1, 1), end=dt.date(2017, 3, 31), coarsest=Precision.DAY)
        cut = collection.timeline(story.id, budget=budget)
    assert cut and all(e.date.precision is Precision.DAY for e in cut)
    assert {e.date.label() for e in cut} >= {"17 October 2016", "14 March 2017"}
    assert all(dt.date(2016, 1, 1) <= e.date.start <= dt.date(2017, 3, 31) for e in cut)


def test_a_query_timeline_reads_across_the_collection(seeds_db: Path) -> None:
    from storyline import Collection

    with Collection(seeds_db) as collection:
        entries = collection.timeline(query="minaret")
        everything = collection.timeline(query="Mosul")
    cited = {a for e in entries for a in e.article_ids}
    assert cited and len(cited) < 4
    assert {a for e in everything for a in e.article_ids} > cited


def test_a_year_in_one_language_does_not_make_every_day_of_it_worth_embedding() -> None:
    """ "17. oktober" meets "Last October" across languages, but a bare "2016" meets only "2016"."""
    from storyline.dates import PartialDate
    from storyline.timeline import needs_vector
    from storyline.timeline.candidates import Candidate

    def candidate(key: str, language: str, date: PartialDate) -> Candidate:
        return Candidate(key, 0, f"sentence {key}", language, date, None, False)

    day_da = candidate("da-day", "da", PartialDate.day(2016, 10, 17))
    month_en = candidate("en-month", "en", PartialDate.month(2016, 10))
    year_fr = candidate("fr-year", "fr", PartialDate.year(2016))
    day_en = candidate("en-day", "en", PartialDate.day(2016, 3, 2))
    year_en = candidate("en-year", "en", PartialDate.year(2016))
    chosen = {c.article_id for c in needs_vector([day_da, month_en, year_fr, day_en, year_en])}
    assert chosen == {"da-day", "en-month", "fr-year", "en-year"}
