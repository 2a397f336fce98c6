"""The issue's acceptance on the Mosul seeds: one story, its timeline, cited in both languages."""

from __future__ import annotations

from pathlib import Path

import pytest

from storyline import Collection, PartialDate, Precision, TimelineEntry
from storyline.model import DateSource


@pytest.fixture(scope="module")
def collection(seeds_db: Path):
    with Collection(seeds_db) as opened:
        yield opened


@pytest.fixture(scope="module")
def by_seed(collection: Collection) -> dict[str, str]:
    """Article id of each seed file, keyed by its number (000-003)."""
    return {Path(a.source_path).name[:3]: a.id for a in collection.articles()}


@pytest.fixture(scope="module")
def entries(collection: Collection) -> list[TimelineEntry]:
    (story,) = collection.stories()
    return collection.timeline(story.id)


def _entries_citing(entries: list[TimelineEntry], article_id: str, *words: str) -> list[TimelineEntry]:
    return [
        e
        for e in entries
        if any(c.article_id == article_id and all(w.lower() in c.text.lower() for w in words) for c in e.citations)
    ]


def test_articles_languages_and_publication_dates(collection: Collection, by_seed: dict[str, str]) -> None:
    articles = {Path(a.source_path).name[:3]: a for a in collection.articles()}
    assert [articles[n].language for n in ("000", "001", "002", "003")] == ["en", "en", "da", "en"]
    assert articles["000"].published == PartialDate.day(2017, 3, 14)
    assert articles["001"].published == PartialDate.day(2017, 6, 29)
    assert articles["002"].published == PartialDate.month(2017, 3)
    assert articles["002"].published_source is DateSource.HEADER
    # 003's header gives no date: the date it gets is marked as inferred, with its reason.
    assert articles["003"].published_source is DateSource.INFERRED
    assert by_seed["001"] in articles["003"].published_reason


def test_undated_seed_is_dated_from_its_story(collection: Collection, by_seed: dict[str, str]) -> None:
    article = collection.article(by_seed["003"])
    assert article.published == PartialDate.day(2017, 6, 29)
    assert article.published_confidence and article.published_confidence > 0.5
    assert "Thursday" in article.published_reason


def test_clutter_is_gone_and_paragraphs_kept(collection: Collection, by_seed: dict[str, str]) -> None:
    stv = collection.article(by_seed["000"])
    for clutter in ("password", "e-mail", "This field is required", "ShowHide", "vote", "comment", "MySTV"):
        assert clutter.lower() not in stv.text.lower()
    caption = "Iraqi troops have come within sight of the Nuri mosque's minaret."
    assert stv.text.count(caption) == 1
    assert "ITV News" not in stv.text
    for paragraph in (
        "Iraq's army lost at least 500 people in the bloody battle to capture east Mosul.",
        "As they abandoned their homes today they can only be wondering",
        "Empty plinths were all that remained of statues",
    ):
        assert paragraph in stv.text
    post = collection.article(by_seed["003"])
    assert "subscribe" not in post.text.lower() and "password" not in post.text.lower()
    assert post.text.rstrip().endswith("U.S.-led coalition spokesman Col. Ryan Dillon told reporters at the Pentagon that victory in Mosul was “imminent.”")
    assert any("password" in line for line in post.clutter)


def test_one_story_holds_all_four(collection: Collection, by_seed: dict[str, str]) -> None:
    (story,) = collection.stories()
    assert sorted(story.article_ids) == sorted(by_seed.values())
    assert story.languages == ["da", "en"]
    assert story.title == "Iraqi troops close in on 'caliphate' mosque in Mosul" or "Mosul" in story.title


def test_is_seizes_mosul_in_june_2014(entries: list[TimelineEntry], by_seed: dict[str, str]) -> None:
    (entry,) = _entries_citing(entries, by_seed["001"], "seized Mosul")
    assert entry.date == PartialDate.month(2014, 6)


def test_caliphate_declared_is_one_entry_from_three_articles(entries: list[TimelineEntry], by_seed: dict[str, str]) -> None:
    (entry,) = _entries_citing(entries, by_seed["003"], "July 2014")
    assert entry.date == PartialDate.month(2014, 7)
    assert {by_seed["000"], by_seed["001"], by_seed["003"]} <= set(entry.article_ids)
    assert _entries_citing(entries, by_seed["001"], "caliphate in 2014") == [entry]


def test_offensive_begins_joins_english_and_danish(entries: list[TimelineEntry], by_seed: dict[str, str]) -> None:
    (entry,) = _entries_citing(entries, by_seed["002"], "17. oktober")
    assert entry.date == PartialDate.day(2016, 10, 17)
    assert by_seed["001"] in entry.article_ids
    assert {c.language for c in entry.citations} == {"da", "en"}


def test_government_buildings_stay_at_month_precision(entries: list[TimelineEntry], by_seed: dict[str, str]) -> None:
    # 002 is dated only "2017-03": "natten til tirsdag" is a Tuesday in March, not a guessed day.
    (entry,) = _entries_citing(entries, by_seed["002"], "natten til tirsdag")
    assert entry.date == PartialDate.weekday_in_month(2017, 3, 2)
    assert entry.date.precision is Precision.MONTH
    assert entry.date.label() == "a Tuesday in March 2017"


def test_troops_in_sight_of_the_minaret(entries: list[TimelineEntry], by_seed: dict[str, str]) -> None:
    (entry,) = _entries_citing(entries, by_seed["000"], "within sight")
    assert entry.date == PartialDate.day(2017, 3, 14)
    assert entry.article_ids == [by_seed["000"]]


def test_mosque_retaken_and_end_of_caliphate(entries: list[TimelineEntry], by_seed: dict[str, str]) -> None:
    (entry,) = _entries_citing(entries, by_seed["003"], "declared an end")
    assert entry.date == PartialDate.day(2017, 6, 29)
    assert by_seed["001"] in entry.article_ids
    (seized,) = _entries_citing(entries, by_seed["001"], "seized the remains")
    assert seized.date == entry.date


def test_mosque_blown_up_in_the_week_before(entries: list[TimelineEntry], by_seed: dict[str, str]) -> None:
    (entry,) = _entries_citing(entries, by_seed["003"], "blew up the mosque")
    assert entry.date == PartialDate.week(2017, 25)


def test_background_is_not_an_entry(entries: list[TimelineEntry]) -> None:
    texts = [c.text for e in entries for c in e.citations]
    assert not any("560 kilometers" in t for t in texts)
    assert not any("Mosul's location is of paramount importance" in t for t in texts)


def test_entries_are_in_date_order_and_never_after_the_last_publication(entries: list[TimelineEntry]) -> None:
    starts = [e.date.start for e in entries]
    assert starts == sorted(starts)
    assert all(e.date.end <= PartialDate.day(2017, 6, 29).end for e in entries)


def test_second_build_adds_nothing(tmp_path, seeds: Path, seeds_db: Path) -> None:
    copy = tmp_path / "again.db"
    copy.write_bytes(seeds_db.read_bytes())
    with Collection(copy) as collection:
        report = collection.build([seeds])
        assert (report.added, report.duplicates) == (0, 4)
        assert len(collection.stories()) == 1
