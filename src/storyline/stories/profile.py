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

from storyline.analyse.countries import KEY_PREFIX as COUNTRY_PREFIX
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


#: Share of a story's members naming a country for the story to be about it.
MAIN_COUNTRY_SHARE = 0.5
#: Members a story needs before the country most of them name says what it is about.
MAIN_COUNTRY_MEMBERS = 5

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

    @classmethod
    def of(cls, features: StoryFeatures) -> StoryProfile:
        """The profile of a story of this one article."""
        span = (features.date, features.date) if features.date else None
        return cls(1, Counter(features.names), Counter([features.language]), span, features.vector.copy())

    def admit(self, features: StoryFeatures) -> None:
        """Add one member."""
        self.absorb(StoryProfile.of(features))

    def absorb(self, other: StoryProfile) -> None:
        """Add another story's members (one member, or a merge): each part of a profile is a sum, or a span."""
        self.size += other.size
        self.names.update(other.names)
        self.languages.update(other.languages)
        if other.vector_sum is not None:
            self.vector_sum = other.vector_sum.copy() if self.vector_sum is None else self.vector_sum + other.vector_sum
        if other.span:
            self.span = (
                (min(self.span[0], other.span[0]), max(self.span[1], other.span[1], key=lambda d: d.end))
                if self.span
                else other.span
            )

    def resembles(self, other: StoryProfile) -> float:
        """Cosine of the two stories' mean vectors, plus the language term for how much their languages differ."""
        assert self.vector_sum is not None and other.vector_sum is not None
        norms = float(np.linalg.norm(self.vector_sum) * np.linalg.norm(other.vector_sum))
        cosine = float(self.vector_sum @ other.vector_sum) / norms if norms else 0.0
        shared = sum(min(self.languages[lang] / self.size, other.languages[lang] / other.size) for lang in self.languages)
        return cosine + CROSS_LANGUAGE_OFFSET * (1.0 - shared)

    def main_country(self) -> str | None:
        """The country key most members name, when most of them do and the story is big enough to tell."""
        if self.size < MAIN_COUNTRY_MEMBERS:
            return None
        counts = {n: count for n, count in self.names.items() if n.startswith(COUNTRY_PREFIX)}
        main = max(counts, key=counts.__getitem__, default=None)
        return main if main and counts[main] >= MAIN_COUNTRY_SHARE * self.size else None

    def names_other_country(self, names: set[str]) -> bool:
        """Whether the article is about another country than the one the story is about.

        It is when the story has a main country, the article does not name
        it, and the countries it does name are ones few members mention: a
        Cairo report beside Syria reports is told apart by its names even
        when the embeddings of two uprisings look alike. Country keys are the
        same in every language (:mod:`storyline.analyse.countries`), so this holds
        across languages too.
        """
        countries = {n for n in names if n.startswith(COUNTRY_PREFIX)}
        main = self.main_country()
        if not countries or main is None or main in countries:
            return False
        return all(self.names[n] < MAIN_COUNTRY_SHARE / 2 * self.size for n in countries)

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
