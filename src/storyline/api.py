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

from collections.abc import Iterable
from pathlib import Path
from types import TracebackType

from storyline.model import Article, Document, ReadProblem, Story, TimelineEntry
from storyline.pipeline import BuildReport, Progress, build, build_documents, merged_timeline, story_timeline
from storyline.store import Store, open_store
from storyline.timeline import Budget, apply_budget


class Collection:
    """A news collection kept in one store: build it, then read stories and timelines."""

    def __init__(self, db: str | Path = "storyline.db") -> None:
        self.store: Store = open_store(str(db))

    def build(self, paths: Iterable[str | Path], progress: Progress | None = None) -> BuildReport:
        """Ingest files and folders, then update stories and timelines."""
        return build(paths, self.store, progress)

    def add(self, documents: Iterable[Document | ReadProblem], progress: Progress | None = None) -> BuildReport:
        """Ingest documents already read (a feed adding articles day by day), then update stories."""
        return build_documents(documents, self.store, progress)

    def stories(self) -> list[Story]:
        """All stories, largest first."""
        return self.store.stories()

    def story(self, story_id: str) -> Story | None:
        """One story by id or unique id prefix."""
        return self.store.story(story_id)

    def timeline(
        self, story_id: str | None = None, query: str | None = None, budget: Budget | None = None
    ) -> list[TimelineEntry]:
        """Dated entries in date order, cut to ``budget``.

        With ``story_id``, the story's timeline (empty for an unknown story),
        merged on first read after articles joined the story and kept. Otherwise a timeline merged afresh from every article of the
        collection, or of those matching ``query`` (all its words), so a
        happening reported in several stories is one entry.
        """
        budget = budget or Budget()
        if story_id is not None:
            story = self.store.story(story_id)
            if story is None:
                return []
            entries = story_timeline(self.store, story.id)
            articles = list(self.store.articles(story.article_ids)) if budget.picks else []
        else:
            articles = list(self.store.articles(self.store.search_articles(query) if query else None))
            entries = merged_timeline(articles, self.store)
        return apply_budget(entries, budget, articles)

    def article(self, article_id: str) -> Article | None:
        """One article by id or unique id prefix."""
        return self.store.article(article_id)

    def articles(self, ids: Iterable[str] | None = None) -> list[Article]:
        """Articles by id, or all of them."""
        return list(self.store.articles(ids))

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
