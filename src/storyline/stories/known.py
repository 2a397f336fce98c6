"""The stories already placed, as the grouping asks about them: nearest members, profiles, name counts.

:class:`KnownStories` is what :func:`~storyline.stories.cluster.assign_stories`
needs from the collection, so a batch of new articles costs queries about
those articles (their nearest members through a vector index, the profiles of
the few stories those belong to, the counts of their names) and never a pass
over every story. :class:`MemberIndex` is the in-memory form, used for the
articles placed within one run and for collections held in memory.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Protocol

import numpy as np

from storyline.dates import PartialDate
from storyline.stories.profile import StoryFeatures, StoryProfile


@dataclass(frozen=True)
class Neighbour:
    """A placed article close to a newcomer: its story, cosine, language and date."""

    story_id: str
    similarity: float
    language: str | None
    date: PartialDate | None


class KnownStories(Protocol):
    """Placed articles and their stories, queried one newcomer at a time."""

    def neighbours(self, vector: np.ndarray, count: int) -> list[Neighbour]:
        """The ``count`` placed articles whose lead vectors are closest to ``vector``, closest first."""

    def profiles(self, story_ids: Iterable[str]) -> dict[str, StoryProfile]:
        """Profiles of the given stories (unknown ids are left out)."""

    def name_documents(self, names: Iterable[str]) -> dict[str, int]:
        """For each name, how many placed articles mention it."""

    def placed(self) -> int:
        """How many articles have a story."""


class MemberIndex:
    """Placed articles held in memory: vectors searchable by similarity, profiles and name counts.

    Rows are stored in a matrix that doubles when full, so placing n articles
    costs O(n) copies; a search is one matrix product.
    """

    def __init__(
        self, existing: Iterable[tuple[StoryFeatures, str]] = (), stories: dict[str, StoryProfile] | None = None
    ) -> None:
        """``stories``: the profiles to add members to, when the caller keeps them (else a new dict)."""
        self.matrix = np.zeros((0, 0), dtype=np.float32)
        self.members: list[tuple[str, str | None, PartialDate | None]] = []
        self.stories: dict[str, StoryProfile] = {} if stories is None else stories
        self.documents: Counter[str] = Counter()
        for features, story_id in existing:
            self.add(features, story_id)

    def add(self, features: StoryFeatures, story_id: str) -> None:
        """Place an article in a story: index its vector, add it to the profile and name counts."""
        rows = len(self.members)
        if rows == self.matrix.shape[0]:
            grown = np.zeros((max(64, 2 * rows), features.vector.shape[0]), dtype=np.float32)
            if rows:
                grown[:rows] = self.matrix[:rows]
            self.matrix = grown
        self.matrix[rows] = features.vector
        self.members.append((story_id, features.language, features.date))
        self.stories.setdefault(story_id, StoryProfile()).admit(features)
        self.documents.update(features.names)

    def neighbours(self, vector: np.ndarray, count: int) -> list[Neighbour]:
        rows = len(self.members)
        if not rows:
            return []
        sims = self.matrix[:rows] @ vector
        top = np.argsort(-sims)[:count]
        return [Neighbour(self.members[i][0], float(sims[i]), self.members[i][1], self.members[i][2]) for i in top]

    def profiles(self, story_ids: Iterable[str]) -> dict[str, StoryProfile]:
        return {sid: self.stories[sid] for sid in story_ids if sid in self.stories}

    def name_documents(self, names: Iterable[str]) -> dict[str, int]:
        return {name: self.documents[name] for name in names if name in self.documents}

    def placed(self) -> int:
        return len(self.members)
