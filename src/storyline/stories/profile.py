"""What the grouping keeps about one story, so a new article is judged without reading the story's members.

A story's profile is its size, the names its members mention (with how many
members mention each), its languages, its time span and the sum of its lead
vectors. Each is updated by addition as members join, so the store can keep
profiles and a growing collection never has to rebuild them.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

import numpy as np

from storyline.dates import PartialDate
from storyline.embed import CROSS_LANGUAGE_OFFSET


@dataclass
class StoryFeatures:
    """An article as the grouping sees it."""

    article_id: str
    vector: np.ndarray
    date: PartialDate | None
    names: set[str]
    language: str | None = None


#: Gap beyond which time starts to count against joining, in days.
TIME_WINDOW_DAYS = 60
#: Score lost per further window of distance.
TIME_PENALTY = 0.02


@dataclass
class StoryProfile:
    """A story's size, names, languages, span and vector sum."""

    size: int = 0
    names: Counter[str] = field(default_factory=Counter)
    languages: Counter[str | None] = field(default_factory=Counter)
    span: tuple[PartialDate, PartialDate] | None = None
    vector_sum: np.ndarray | None = None

    def admit(self, features: StoryFeatures) -> None:
        self.names.update(features.names)
        self.size += 1
        self.languages[features.language] += 1
        self.vector_sum = features.vector.copy() if self.vector_sum is None else self.vector_sum + features.vector
        if features.date:
            self.span = (
                (min(self.span[0], features.date), max(self.span[1], features.date, key=lambda d: d.end))
                if self.span
                else (features.date, features.date)
            )

    def name_similarity(self, names: set[str], idf: dict[str, float]) -> float:
        """How much of the article's (rarity-weighted) names the story's members typically share.

        A name counts by the share of members that mention it, so one stray
        member mentioning "Libya" does not make an Egypt story a Libya story.
        """
        total = sum(idf.get(n, 0.0) for n in names)
        if not total or not self.size:
            return 0.0
        shared = sum(idf.get(n, 0.0) * self.names[n] / self.size for n in names if n in self.names)
        return shared / total

    def centroid_similarity(self, features: StoryFeatures) -> float:
        """Cosine with the story's mean vector, plus the language term for its other-language share."""
        assert self.vector_sum is not None
        norm = float(np.linalg.norm(self.vector_sum))
        cosine = float(self.vector_sum @ features.vector) / norm if norm else 0.0
        other_language = 1.0 - self.languages[features.language] / self.size
        return cosine + CROSS_LANGUAGE_OFFSET * other_language

    def days_apart(self, date: PartialDate | None) -> int:
        """Days between ``date`` and the story's span (0 inside it, or when either is unknown)."""
        if date is None or self.span is None:
            return 0
        first, last = self.span
        if date.end < first.start:
            return (first.start - date.end).days
        if date.start > last.end:
            return (date.start - last.end).days
        return 0

    def time_penalty(self, date: PartialDate | None) -> float:
        return TIME_PENALTY * max(0.0, self.days_apart(date) / TIME_WINDOW_DAYS - 1.0)
