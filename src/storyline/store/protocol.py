"""What a storyline store must do, independent of the database behind it."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import AbstractContextManager
from typing import Protocol

import numpy as np

from storyline.dates import PartialDate
from storyline.model import (
    Article,
    DateRanking,
    Disagreement,
    Entity,
    FigurePoint,
    Story,
    StoryQuote,
    TimelineEntry,
)
from storyline.stories.profile import StoryProfile

#: What a story's sources report, as kept: its figure points, quotes and disagreements.
StoryReports = tuple[list[FigurePoint], list[StoryQuote], list[Disagreement]]
#: The same as read back, with how many quotes a cut read left out of the list.
KeptReports = tuple[list[FigurePoint], list[StoryQuote], list[Disagreement], int]

SentenceKey = tuple[str, int]


class StoreError(Exception):
    """The store cannot be opened or used as asked; the message says which file and why."""


class StoreBusy(StoreError):
    """Another process holds the writer lock and did not let go in time."""


class Store(Protocol):
    """Articles, their vectors, stories and timelines, persisted atomically."""

    read_only: bool
    """Opened for reading only: nothing is ever written, and :meth:`writer` refuses."""

    path: str
    """How messages name the database: a file's path, or a server's URL without its password."""

    def writer(
        self, timeout: float | None = None, on_wait: Callable[[], None] | None = None
    ) -> AbstractContextManager[None]:
        """The one right to change the collection, across processes; a build holds it from start to end.

        Placing articles into stories reads and rewrites story state, so two
        writers at once would each count the other's articles again. A second
        writer waits (``on_wait`` is told first); after ``timeout`` seconds it
        gets StoreBusy.
        """

    def transaction(self) -> AbstractContextManager[None]:
        """All writes inside commit together or not at all."""

    def known_hashes(self, hashes: Iterable[str]) -> set[str]:
        """The subset of content hashes already stored."""

    def add_article(self, article: Article, vector: np.ndarray) -> None:
        """Store an analysed article with its lead vector."""

    def update_dates(self, article: Article) -> None:
        """Rewrite an article's publication date fields and its sentences' time expressions."""

    def articles_without_reports(self) -> list[str]:
        """Ids of articles stored before figures and quotes were found (their columns are empty), oldest first."""

    def save_reports(self, article: Article) -> None:
        """Rewrite an article's quotes and its sentences' figures; its story's kept reports are forgotten."""

    def add_sentence_vectors(self, vectors: Mapping[SentenceKey, np.ndarray]) -> None:
        """Store vectors of individual sentences, keyed by (article id, sentence index)."""

    def sentence_vectors(self, keys: Iterable[SentenceKey]) -> dict[SentenceKey, np.ndarray]:
        """Stored vectors for the keys that have one."""

    def article(self, article_id: str) -> Article | None:
        """One article with its sentences; a unique id prefix is accepted."""

    def articles(self, ids: Iterable[str] | None = None, sentences: bool = True) -> Iterator[Article]:
        """Articles, all of them when ``ids`` is None; with their sentences unless ``sentences`` is False
        (a listing needs only the metadata, and reading sentences is most of the cost)."""

    def search_articles(self, query: str) -> list[str]:
        """Ids of the articles whose title or text holds every word of ``query``, in any case."""

    def search_sentences(self, query: str, limit: int) -> list[tuple[str, int, str]]:
        """(article id, sentence index, text) of up to ``limit`` sentences holding all the query's words."""

    def article_vectors(self, ids: Iterable[str] | None = None) -> tuple[list[str], np.ndarray]:
        """Ids and lead vectors of the given articles (all when None), in insertion order."""

    def nearest_placed(self, vector: np.ndarray, count: int) -> list[tuple[str, float, str | None, PartialDate | None]]:
        """(story id, cosine, language, date) of the placed articles nearest ``vector``, through a vector index.

        Up to ``count`` articles are looked at; those without a story yet are left out.
        """

    def unplaced_articles(self) -> list[str]:
        """Ids of the articles that have no story yet, in insertion order."""

    def placed_articles(self) -> int:
        """How many articles have a story."""

    def place_articles(self, assignments: Mapping[str, str]) -> None:
        """Put articles in stories: article id -> story id."""

    def merge_stories(self, merged: Mapping[str, str]) -> None:
        """Move each merged story's members to its successor (old id -> new id), dropping what was stored
        about the old one; the old id keeps resolving to the successor in :meth:`story`."""

    def stale_stories(self) -> list[str]:
        """Stories whose stored description counts other members than they have (or that have none yet)."""

    def timeline_picks(self, story_id: str) -> DateRanking | None:
        """The ranking :meth:`save_timeline` was given with the kept timeline; None when there is none, or when
        the story has grown since (a read-only reader merging for itself must rank its own entries)."""

    def save_story_reports(self, story_id: str, reports: StoryReports) -> None:
        """Keep what the story's sources report, as worked out from its present members."""

    def story_reports(self, story_id: str, quotes: int | None = None) -> KeptReports | None:
        """What the story's sources report, as kept, with at most ``quotes`` quotes (the most cited; all when
        None) and how many were left out; None when never kept or kept for other members."""

    def stale_reports(self) -> list[str]:
        """Stories whose reports were kept for other members than they have now, or never kept."""

    def stale_timelines(self) -> list[str]:
        """Stories whose stored timeline was merged from other members than they have now, or never merged."""

    def profiled_stories(self) -> int:
        """How many stories have a stored profile."""

    def story_members(self, story_id: str) -> list[str]:
        """Ids of a story's articles."""

    def story_profiles(self, story_ids: Iterable[str] | None = None) -> dict[str, StoryProfile]:
        """Stored profiles of the given stories (all when None)."""

    def save_story_profiles(self, profiles: Mapping[str, StoryProfile]) -> None:
        """Create or replace story profiles."""

    def count_names(self, names: Iterable[str]) -> None:
        """Count each name once more as mentioned by one more placed article."""

    def name_documents(self, names: Iterable[str]) -> dict[str, int]:
        """How many placed articles mention each name (names never counted are left out)."""

    def count_lines(self, keys: Iterable[str]) -> None:
        """Count each key once more as a line seen in one more document."""

    def line_counts(self, keys: Iterable[str]) -> dict[str, int]:
        """In how many stored documents each key's line was seen (keys never seen are left out)."""

    def frequent_lines(self, min_documents: int) -> set[str]:
        """Line keys seen in at least ``min_documents`` stored documents."""

    def save_story(self, story: Story) -> None:
        """Create or replace a story and point its articles at it."""

    def stories(self) -> list[Story]:
        """All stories, largest first."""

    def version(self) -> tuple[int, ...]:
        """A cheap value that changes whenever articles are added or stories change, so a reader may keep
        what it derived from the stories until it does."""

    def story(self, story_id: str) -> Story | None:
        """One story; a unique id prefix is accepted, and a story merged into another resolves to that one."""

    def story_version(self, story_id: str) -> tuple[str, int] | None:
        """The story :meth:`story` gives, as its id and its number of members, without reading the members:
        what a reader's kept copy of the story depends on."""

    def save_timeline(self, story_id: str, entries: list[TimelineEntry], picks: DateRanking | None = None) -> None:
        """Replace a story's timeline, noting that it covers the members the story has now; ``picks``
        is its main line's ranking (RankedTimeline.picks_ranking), kept so that readers need not rank."""

    def timeline_is_current(self, story_id: str) -> bool:
        """Whether the stored timeline was merged from the story's present members (stories never lose any)."""

    def timeline(self, story_id: str) -> list[TimelineEntry]:
        """A story's stored timeline in date order."""

    def save_story_entities(self, story_id: str, entities: list[Entity]) -> None:
        """Replace a story's entities (most reported first) and their mentions; an entity's id is the same
        in every story that names it."""

    def story_entities(self, story_id: str, mentions: bool = True) -> list[Entity]:
        """A story's entities as saved, most reported first, each with its mentions in the story
        (without them when ``mentions`` is False: a page listing ten thousand entities needs only counts)."""

    def mention_counts(self, story_id: str) -> dict[str, int]:
        """Entity id -> how many times the story's articles name it."""

    def sentence_entities(self, story_id: str, sentences: Iterable[SentenceKey]) -> dict[SentenceKey, list[str]]:
        """For each of the story's sentences asked for, the ids of the entities it names, most reported first."""

    def entity(self, entity_id: str) -> tuple[Entity, list[str]] | None:
        """An entity with its aliases and mentions across every story, and the ids of those stories."""

    def name_vectors(self, names: Iterable[str]) -> dict[str, np.ndarray]:
        """Stored vectors of entity names (names compared across languages are embedded once)."""

    def add_name_vectors(self, vectors: Mapping[str, np.ndarray]) -> None:
        """Store vectors of entity names."""

    def close(self) -> None:
        """Release the database."""

    # Table by table, for copying a collection from one store to another (storyline migrate).

    def tables(self) -> tuple[str, ...]:
        """The tables a collection is kept in, in the order a copy fills them."""

    def columns(self, table: str) -> list[str]:
        """The columns of ``table`` as this database has them."""

    def count_rows(self, table: str) -> int:
        """How many rows ``table`` holds."""

    def table_rows(self, table: str, columns: list[str]) -> Iterator[tuple]:
        """Every row of ``table``, as the values of ``columns``; articles in insertion order."""

    def add_rows(self, table: str, columns: list[str], rows: list[tuple]) -> None:
        """Insert rows copied from another store (a row already here is kept); vector indexes follow."""
