"""Both stores (SQLite and PostgreSQL) keep every model object intact and survive interrupted writes."""

from __future__ import annotations

import sqlite3

import numpy as np
import psycopg
import pytest

from storyline.dates import PartialDate
from storyline.model import (
    Article,
    Citation,
    DateSource,
    Mention,
    Sentence,
    Story,
    TimeExpression,
    TimelineEntry,
    TimexType,
)
from storyline.store import open_store


def _article(aid: str, text: str) -> Article:
    sentence = Sentence(
        0,
        text,
        0,
        len(text),
        timexes=[TimeExpression("17. oktober", 50, 61, TimexType.DATE, "2016-10-17", PartialDate.day(2016, 10, 17))],
        mentions=[Mention("Mosul", 40, 45)],
    )
    return Article(
        id=aid,
        source_path=f"/tmp/{aid}.txt",
        content_hash=aid * 4,
        text=text,
        title="Offensiven",
        language="da",
        published=PartialDate.month(2017, 3),
        published_source=DateSource.HEADER,
        clutter=["Log ind"],
        sentences=[sentence],
    )


def test_articles_stories_and_timelines_round_trip(store_db: str) -> None:
    store = open_store(store_db)
    article = _article("abc", "Offensiven, der har til formål at tilbageerobre Mosul, begyndte 17. oktober.")
    with store.transaction():
        store.add_article(article, np.ones(384, dtype=np.float32))
        store.add_sentence_vectors({("abc", 0): np.full(384, 0.5, dtype=np.float32)})
    entry = TimelineEntry(PartialDate.day(2016, 10, 17), article.sentences[0].text, [Citation("abc", 0, "x", "da", "17. oktober")])
    with store.transaction():
        store.save_story(Story("sabc", "Mosul", ["abc"], PartialDate.month(2017, 3), PartialDate.month(2017, 3), ["da"], []))
        store.save_timeline("sabc", [entry])

    loaded = store.article("ab")
    assert loaded == Article(**{**article.__dict__, "story_id": "sabc"})
    assert store.known_hashes(["abcabcabcabc", "nope"]) == {"abcabcabcabc"}
    assert store.sentence_vectors([("abc", 0), ("abc", 1)])[("abc", 0)][0] == pytest.approx(0.5)
    assert store.story("sab").article_ids == ["abc"]
    assert store.timeline("sabc") == [entry]
    ids, vectors = store.article_vectors()
    assert ids == ["abc"] and vectors.shape == (1, 384)


def test_a_failed_batch_leaves_nothing_half_written(store_db: str) -> None:
    store = open_store(store_db)
    with store.transaction():
        store.add_article(_article("one", "First article text here."), np.ones(384, dtype=np.float32))
    with pytest.raises((sqlite3.IntegrityError, psycopg.IntegrityError)):
        with store.transaction():
            store.add_article(_article("two", "Second article text here."), np.ones(384, dtype=np.float32))
            store.add_article(_article("one", "Duplicate id fails the batch."), np.ones(384, dtype=np.float32))
    store.close()
    reopened = open_store(store_db)
    assert [a.id for a in reopened.articles()] == ["one"]


def test_line_counts_accumulate_across_documents(store_db: str) -> None:
    store = open_store(store_db)
    with store.transaction():
        for _ in range(3):
            store.count_lines({"menu", "article"})
        store.count_lines({"menu"})
    assert store.frequent_lines(4) == {"menu"}
    assert store.frequent_lines(3) == {"menu", "article"}


def test_articles_can_be_read_without_their_sentences(seeds_db) -> None:  # type: ignore[no-untyped-def]
    from storyline import Collection

    with Collection(seeds_db) as collection:
        full = collection.articles()
        listed = collection.articles(sentences=False)
    assert [a.id for a in listed] == [a.id for a in full]
    assert [(a.title, a.language, a.published) for a in listed] == [(a.title, a.language, a.published) for a in full]
    assert all(a.sentences for a in full) and not any(a.sentences for a in listed)


def test_a_paragraph_long_line_is_counted_in_either_store(store_db: str) -> None:
    """PostgreSQL's index holds keys of at most 2,704 bytes; a scraped page's one-line paragraph is longer."""
    from storyline.clean.keys import line_key

    paragraph = "Les forces irakiennes ont repris la vieille ville de Mossoul, " * 60
    key = line_key(paragraph)
    assert key == line_key(paragraph.upper()) and key != line_key(paragraph + " encore")
    assert line_key("Lire aussi") == "lire aussi"  # a furniture line's key stays as written
    store = open_store(store_db)
    with store.transaction():
        store.count_lines({key, "lire aussi"})
        store.count_lines({key})
    assert store.line_counts([key, "lire aussi"]) == {key: 2, "lire aussi": 1}
    store.close()


def test_a_story_read_for_a_page_agrees_with_the_whole_read(seeds_db) -> None:  # type: ignore[no-untyped-def]
    """A page reads entities without their mentions, their counts, the names of the sentences it cites and
    only the quotes it shows; each must say what the whole read says."""
    from storyline import Collection
    from storyline.entities.views import by_sentence, entry_entities

    with Collection(seeds_db) as collection:
        (story,) = collection.stories()
        full = collection.entities(story.id)
        listed = collection.entities(story.id, mentions=False)
        entries = collection.timeline(story.id)
        named = collection.entry_entities(story.id, entries)
        whole, cut = collection.reported(story.id), collection.reported(story.id, quotes=1)
        counts = collection.mention_counts(story.id)
        versions = collection.story_version(story.id[:6]), collection.story_version("s-no-such-story")
    assert versions == ((story.id, len(story.article_ids)), None)
    assert [(e.id, e.name, e.aliases, e.articles) for e in listed] == [(e.id, e.name, e.aliases, e.articles) for e in full]
    assert not any(e.mentions for e in listed)
    assert counts == {e.id: len(e.mentions) for e in full if e.mentions}
    expected = entry_entities(entries, by_sentence(full))
    assert [[e.id for e in found] for found in named] == [[e.id for e in found] for found in expected]
    assert sum(map(len, named)) > len(entries)  # the seeds' entries name Mosul, al-Abadi, the Islamic State...
    assert whole is not None and cut is not None and len(whole.quotes) > 1
    assert cut.quotes == whole.quotes[:1] and cut.more_quotes == len(whole.quotes) - 1
    assert (cut.figures, cut.disagreements) == (whole.figures, whole.disagreements)


def test_reports_kept_as_one_json_array_are_still_read() -> None:
    """A collection built before reports were kept a record a line holds each list as one JSON array."""
    from storyline.model import Disagreement, DisagreementSide
    from storyline.store.codec import records_from_lines, records_to_lines

    side = DisagreementSide("blamed a U.S. airstrike", [Citation("a1", 3, "The Islamic State blamed...", "en")], ["IS"])
    records = [Disagreement("claim", "who destroyed the mosque", [side], PartialDate.day(2017, 6, 21)),
               Disagreement("figures", "killed", [])]
    lines = records_to_lines(records)
    array = "[" + ",".join(lines.splitlines()) + "]"
    assert records_from_lines(Disagreement, lines) == (records, 2)
    assert records_from_lines(Disagreement, array, 1) == (records[:1], 2)


def test_opening_a_collection_while_another_process_writes_does_not_wait_for_it(tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """A second build opens the file while the first is inside a batch: opening must not need a write."""
    import storyline.store.sqlite as sqlite_store

    path = str(tmp_path / "busy.db")
    open_store(path).close()  # a collection with its whole schema
    writer = sqlite3.connect(path, isolation_level=None)
    writer.execute("BEGIN IMMEDIATE")
    writer.execute("INSERT INTO meta VALUES ('busy', 'yes')")
    monkeypatch.setattr(sqlite_store, "BUSY_WAIT", 0.0)  # any write while opening now fails at once
    try:
        second = open_store(path)
        assert "quotes" in second.columns("articles")
        second.close()
    finally:
        writer.execute("ROLLBACK")
        writer.close()
