"""The Python API: everything the CLI (and later the web app) does, callable on its own.

    from storyline import Collection
    with Collection("storyline.db") as collection:
        collection.build(["examples/mosul-2017"])
        story = collection.stories()[0]
        for entry in collection.timeline(story.id):
            print(entry.date.label(), entry.text)
        # the 20 most reported days about Syria in 2012, two sentences each
        budget = Budget(dates=20, per_date=2, start=date(2012, 1, 1), end=date(2012, 12, 31))
        collection.timeline(query="Syria", budget=budget)
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from datetime import date
from pathlib import Path
from types import TracebackType

from storyline.dates import PartialDate
from storyline.entities.views import (
    across_stories,
    by_sentence,
    date_spans,
    entry_entities,
)
from storyline.model import (
    Article,
    Document,
    Entity,
    EntityKind,
    ReadProblem,
    Story,
    TimelineEntry,
)
from storyline.pipeline import (
    BuildReport,
    Progress,
    Wait,
    build,
    build_documents,
    merged_timeline,
    story_reports,
    story_timeline,
)
from storyline.reported import Reported
from storyline.store import Store, open_store
from storyline.store.copy import copy_collection
from storyline.timeline import Budget, RankedTimeline, apply_budget
from storyline.workers import Engine


class Collection:
    """A news collection kept in one store: build it, then read stories and timelines."""

    def __init__(self, db: str | Path = "storyline.db", read_only: bool = False) -> None:
        """Open the collection in ``db`` (created if missing, unless ``read_only``: then it is never written).

        ``db`` is an SQLite file or a ``postgresql://user@host:port/dbname`` URL (the ``postgres`` extra).
        Raises :class:`~storyline.store.StoreError` when ``db`` is not a storyline database.
        """
        self.store: Store = open_store(str(db), read_only)

    def build(
        self, paths: Iterable[str | Path], progress: Progress | None = None, wait: Wait | None = None,
        jobs: int = 1, engine: Engine | None = None,
    ) -> BuildReport:
        """Ingest files and folders, then update stories and merge their timelines.

        Builds of one collection run one at a time: this one waits for any other as ``wait`` says.
        ``jobs`` processes share the per-document analysis (``storyline.workers.default_jobs()``: every
        core), or an ``engine`` runs it (:class:`storyline.spark.SparkEngine`); the result is the same.
        """
        return build(paths, self.store, progress, wait, jobs, engine)

    def add(
        self, documents: Iterable[Document | ReadProblem], progress: Progress | None = None, wait: Wait | None = None,
        jobs: int = 1, ready: bool = False, engine: Engine | None = None,
    ) -> BuildReport:
        """Ingest documents already read (a feed adding articles day by day), then update stories.

        Timelines and reports of the changed stories are left to their first read unless ``ready``: on the
        stories benchmark's feed, making them on every 100-article batch took it from 8-13 s to 20-36 s.
        """
        return build_documents(documents, self.store, progress, wait, jobs, ready, engine)

    def stories(self) -> list[Story]:
        """All stories, largest first."""
        return self.store.stories()

    def version(self) -> tuple[int, ...]:
        """Changes whenever articles are added or stories change (a server keeps its story lists until then)."""
        return self.store.version()

    def story(self, story_id: str) -> Story | None:
        """One story by id or unique id prefix (a merged story's id gives the story it joined)."""
        return self.store.story(story_id)

    def story_version(self, story_id: str) -> tuple[str, int] | None:
        """The story's id and number of members (a story that grows has a new number), found as
        :meth:`story` finds it but without reading its members: what a reader's kept copy depends on."""
        return self.store.story_version(story_id)

    def _story_id(self, story_id: str) -> str | None:
        """The id a story id, prefix or merged id resolves to, without reading the story's members."""
        version = self.store.story_version(story_id)
        return version[0] if version else None

    def find_stories(
        self,
        text: str | None = None,
        start: date | None = None,
        end: date | None = None,
        language: str | None = None,
        outlet: str | None = None,
    ) -> list[Story]:
        """Stories, largest first, that meet every filter given.

        ``text``: every word in the title or in one of the story's articles;
        ``start``/``end``: the story's span overlaps these days (undated
        stories never match a date filter); ``language``, ``outlet``: among
        the story's.
        """
        found = self.store.stories()
        if text and text.split():
            words = text.casefold().split()
            matching = set(self.store.search_articles(text))
            found = [s for s in found
                     if all(w in s.title.casefold() for w in words) or not matching.isdisjoint(s.article_ids)]
        if start is not None:
            found = [s for s in found if s.last is not None and s.last.end >= start]
        if end is not None:
            found = [s for s in found if s.first is not None and s.first.start <= end]
        if language:
            found = [s for s in found if language in s.languages]
        if outlet:
            found = [s for s in found if outlet in s.outlets]
        return found

    def search_sentences(self, query: str, limit: int = 50) -> list[tuple[str, int, str]]:
        """(article id, sentence index, text) of sentences holding every word of ``query``."""
        return self.store.search_sentences(query, limit)

    def timeline(
        self, story_id: str | None = None, query: str | None = None, budget: Budget | None = None
    ) -> list[TimelineEntry]:
        """Dated entries in date order, cut to ``budget``.

        With ``story_id``, the story's timeline (empty for an unknown story),
        as the last build merged and kept it (merged here if a build was cut short before it).
        Otherwise a timeline merged afresh from every article of the
        collection, or of those matching ``query`` (all its words), so a
        happening reported in several stories is one entry.
        """
        budget = budget or Budget()
        if story_id is None:
            articles = list(self.store.articles(self.store.search_articles(query) if query else None))
            return apply_budget(merged_timeline(articles, self.store), budget, articles)
        ranked = self.ranked_timeline(story_id)
        return ranked.cut(budget) if ranked else []

    def ranked_timeline(self, story_id: str) -> RankedTimeline | None:
        """A story's timeline ranked once, to cut to many budgets (:meth:`RankedTimeline.cut`); None for an
        unknown story. A server keeps one per story version instead of ranking again for each reader."""
        found = self._story_id(story_id)
        if found is None:
            return None
        return RankedTimeline(story_timeline(self.store, found), self.store.timeline_picks(found))

    def entities(self, story_id: str | None = None, kind: EntityKind | None = None,
                 mentions: bool = True) -> list[Entity]:
        """The people, organisations and places of a story (or of every story), most reported first; without
        their mentions when ``mentions`` is False (a story's list is then read in a fraction of the time)."""
        if story_id is not None:
            resolved = self._story_id(story_id)
            found = self.store.story_entities(resolved, mentions) if resolved else []
        else:
            found = across_stories(self.store.story_entities(story.id, mentions) for story in self.store.stories())
        return [entity for entity in found if kind is None or entity.kind is kind]

    def mention_counts(self, story_id: str) -> dict[str, int]:
        """Entity id -> how many times a story's articles name it (empty for an unknown story)."""
        found = self._story_id(story_id)
        return self.store.mention_counts(found) if found else {}

    def entity(self, entity_id: str) -> tuple[Entity, list[str]] | None:
        """An entity with its mentions across every story, and the ids of the stories naming it."""
        return self.store.entity(entity_id)

    def place_spans(self, story_id: str | None = None) -> dict[str, tuple[PartialDate, PartialDate]]:
        """Place id -> the first and last dates of the timeline entries naming it (in a story, or in all)."""
        stories = [self.store.story(story_id)] if story_id else self.store.stories()
        spans: dict[str, tuple[PartialDate, PartialDate]] = {}
        for story in filter(None, stories):
            places = self.store.story_entities(story.id)
            ranked = self.ranked_timeline(story.id)
            for pid, (first, last) in date_spans(ranked.entries if ranked else [], by_sentence(places)).items():
                known = spans.get(pid, (first, last))
                spans[pid] = (min(known[0], first), max(known[1], last, key=lambda d: d.end))
        return spans

    def entry_entities(self, story_id: str, entries: list[TimelineEntry],
                       entities: Sequence[Entity] | None = None) -> list[list[Entity]]:
        """For each of a story's timeline entries, the entities its cited sentences name; ``entities`` are the
        story's (with or without mentions) when the caller has them already."""
        found = self._story_id(story_id)
        if found is None:
            return [[] for _ in entries]
        listed = entities if entities is not None else self.store.story_entities(found, mentions=False)
        known = {entity.id: entity for entity in listed}
        sentences = {(c.article_id, c.sentence_index) for entry in entries for c in entry.citations}
        named = {key: [known[i] for i in ids if i in known]
                 for key, ids in self.store.sentence_entities(found, sentences).items()}
        return entry_entities(entries, named)

    def reported(self, story_id: str, quotes: int | None = None) -> Reported | None:
        """What a story's sources report: figures per category, place and date, quotes (at most ``quotes``, the
        most cited; all when None), disagreements; None for an unknown story."""
        found = self._story_id(story_id)
        return story_reports(self.store, found, quotes=quotes) if found is not None else None

    def article(self, article_id: str) -> Article | None:
        """One article by id or unique id prefix."""
        return self.store.article(article_id)

    def articles(self, ids: Iterable[str] | None = None, sentences: bool = True) -> list[Article]:
        """Articles by id, or all of them; without their sentences when only metadata is wanted."""
        return list(self.store.articles(ids, sentences))

    def copy_to(self, other: Collection, on_rows: Callable[[str, int], None] | None = None) -> dict[str, int]:
        """Copy this collection, vectors and all, into ``other`` (empty, any store); rows copied per table.

        One transaction: an interrupted copy leaves ``other`` empty. Every
        table is counted on both sides afterwards (StoreError if they differ).
        """
        return copy_collection(self.store, other.store, on_rows)

    def close(self) -> None:
        self.store.close()

    def __enter__(self) -> Collection:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self.close()
