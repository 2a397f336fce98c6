"""The stories a store holds, asked about as :class:`~storyline.stories.known.KnownStories`."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

import numpy as np

from storyline.stories.known import Neighbour
from storyline.stories.profile import StoryProfile

if TYPE_CHECKING:
    from storyline.store import Store


class StoredStories:
    """Nearest members through the store's vector index; profiles and name counts read as needed."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self._placed = store.placed_articles()

    def neighbours(self, vector: np.ndarray, count: int) -> list[Neighbour]:
        return [Neighbour(*hit) for hit in self.store.nearest_placed(vector, count)]

    def profiles(self, story_ids: Iterable[str]) -> dict[str, StoryProfile]:
        return self.store.story_profiles(story_ids)

    def name_documents(self, names: Iterable[str]) -> dict[str, int]:
        return self.store.name_documents(names)

    def placed(self) -> int:
        return self._placed
