"""The Python API: everything the CLI (and later the web app) does, callable on its own.

    from storyline import Collection
    with Collection("storyline.db") as collection:
        collection.build(["examples/mosul-2017"])
        story = collection.stories()[0]
        for entry in collection.timeline(story.id):
            print(entry.date.label(), entry.text)
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from types import TracebackType

from storyline.model import Article, Story, TimelineEntry
from storyline.pipeline import BuildReport, Progress, build
from storyline.store import Store, open_store


class Collection:
    """A news collection kept in one store: build it, then read stories and timelines."""

    def __init__(self, db: str | Path = "storyline.db") -> None:
        self.store: Store = open_store(str(db))

    def build(self, paths: Iterable[str | Path], progress: Progress | None = None) -> BuildReport:
        """Ingest files and folders, then update stories and timelines."""
        return build(paths, self.store, progress)

    def stories(self) -> list[Story]:
        """All stories, largest first."""
        return self.store.stories()

    def story(self, story_id: str) -> Story | None:
        """One story by id or unique id prefix."""
        return self.store.story(story_id)

    def timeline(self, story_id: str) -> list[TimelineEntry]:
        """A story's dated entries in date order (empty for an unknown story)."""
        story = self.store.story(story_id)
        return self.store.timeline(story.id) if story else []

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
