"""Incremental story grouping.

Articles are taken in date order and each joins the story it is most like, or
founds a new one. "Most like" combines three signals that each fail alone:
lead embeddings (cross-lingual, but every war report looks like every other),
shared names weighted by rarity (Mosul vs. Benghazi), and time (two reports a
year apart rarely follow the same line of happenings). A story is compared
through its members most similar to the article, not a centroid, so a story
that drifts over months keeps its early and late articles reachable.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

import numpy as np

from storyline.dates import PartialDate
from storyline.embed import CROSS_LANGUAGE_OFFSET

#: Score needed to join a story (cosine of background-free vectors, after the
#: language, name and time terms).
JOIN_THRESHOLD = 0.5
#: How much fully shared (rare) names add to the score.
NAME_WEIGHT = 0.3
#: Gap beyond which time starts to count against joining, in days.
TIME_WINDOW_DAYS = 60
#: Score lost per further window of distance.
TIME_PENALTY = 0.02
#: Members of a story compared with a newcomer (its nearest ones).
NEAREST_MEMBERS = 3
#: Candidate members looked at per article before grouping them by story.
CANDIDATES = 64
#: Score lost per missing member when a story has fewer than NEAREST_MEMBERS.
SMALL_STORY_COST = 0.01


@dataclass
class StoryFeatures:
    """An article as the grouping sees it."""

    article_id: str
    vector: np.ndarray
    date: PartialDate | None
    names: set[str]
    language: str | None = None


def _sort_key(item: StoryFeatures) -> tuple:
    # Dated articles first, in date order; undated ones join what exists by then.
    return (item.date is None, item.date.start if item.date else None, item.article_id)


class _MemberIndex:
    """Vectors of articles already placed, searchable by similarity.

    Rows are stored in a matrix that doubles when full, so placing n articles
    costs O(n) copies. Issue-scale collections are searched by brute force;
    the interface is what a vector index would offer.
    """

    def __init__(self) -> None:
        self.matrix = np.zeros((0, 0), dtype=np.float32)
        self.languages = np.zeros(0, dtype=np.int32)
        self.labels: list[str] = []
        self._language_ids: dict[str | None, int] = {}

    def add(self, features: StoryFeatures, story_id: str) -> None:
        rows = len(self.labels)
        if rows == self.matrix.shape[0]:
            capacity = max(64, 2 * rows)
            grown = np.zeros((capacity, features.vector.shape[0]), dtype=np.float32)
            if rows:
                grown[:rows] = self.matrix[:rows]
            self.matrix = grown
            self.languages = np.resize(self.languages, capacity)
        self.matrix[rows] = features.vector
        self.languages[rows] = self._language_id(features.language)
        self.labels.append(story_id)

    def _language_id(self, language: str | None) -> int:
        return self._language_ids.setdefault(language, len(self._language_ids))

    def nearest(self, features: StoryFeatures) -> list[tuple[str, float]]:
        """(story, similarity) of the closest members, closest first."""
        rows = len(self.labels)
        if not rows:
            return []
        sims = self.matrix[:rows] @ features.vector
        other_language = self.languages[:rows] != self._language_id(features.language)
        sims = sims + CROSS_LANGUAGE_OFFSET * other_language
        top = np.argsort(-sims)[:CANDIDATES]
        return [(self.labels[i], float(sims[i])) for i in top]


def _name_similarity(
    names: set[str], story_names: Counter[str], story_size: int, idf: dict[str, float]
) -> float:
    """How much of the article's (rarity-weighted) names the story's members typically share.

    A name counts by the share of members that mention it, so one stray
    member mentioning "Libya" does not make an Egypt story a Libya story.
    """
    total = sum(idf.get(n, 0.0) for n in names)
    if not total or not story_size:
        return 0.0
    shared = sum(idf.get(n, 0.0) * story_names[n] / story_size for n in names if n in story_names)
    return shared / total


def _time_penalty(date: PartialDate | None, span: tuple[PartialDate, PartialDate] | None) -> float:
    if date is None or span is None:
        return 0.0
    first, last = span
    if date.end < first.start:
        gap = (first.start - date.end).days
    elif date.start > last.end:
        gap = (date.start - last.end).days
    else:
        gap = 0
    return TIME_PENALTY * max(0.0, gap / TIME_WINDOW_DAYS - 1.0)


def _member_score(sims: list[float]) -> float:
    """Mean similarity to the nearest members; a story with fewer members pays a little."""
    nearest = sims[:NEAREST_MEMBERS]
    missing = NEAREST_MEMBERS - len(nearest)
    return sum(nearest) / len(nearest) - SMALL_STORY_COST * missing


def assign_stories(
    new: Iterable[StoryFeatures],
    existing: Iterable[tuple[StoryFeatures, str]] = (),
) -> dict[str, str]:
    """Story id for each new article; existing articles keep their stories.

    A founding article gives its story the id ``s<article id>``, so story ids
    stay the same as a story grows.
    """
    known = list(existing)
    newcomers = sorted(new, key=_sort_key)
    every = [features for features, _ in known] + newcomers
    document_frequency = Counter(name for f in every for name in f.names)
    idf = {name: math.log(1 + len(every) / count) for name, count in document_frequency.items()}

    index = _MemberIndex()
    story_names: dict[str, Counter[str]] = {}
    story_size: Counter[str] = Counter()
    story_span: dict[str, tuple[PartialDate, PartialDate]] = {}

    def admit(features: StoryFeatures, story_id: str) -> None:
        index.add(features, story_id)
        story_names.setdefault(story_id, Counter()).update(features.names)
        story_size[story_id] += 1
        if features.date:
            span = story_span.get(story_id)
            story_span[story_id] = (
                (min(span[0], features.date), max(span[1], features.date, key=lambda d: d.end))
                if span
                else (features.date, features.date)
            )

    for features, story_id in known:
        admit(features, story_id)

    assigned: dict[str, str] = {}
    for features in newcomers:
        by_story: dict[str, list[float]] = {}
        for story_id, similarity in index.nearest(features):
            by_story.setdefault(story_id, []).append(similarity)
        best_story, best_score = f"s{features.article_id}", JOIN_THRESHOLD
        for story_id, sims in by_story.items():
            score = (
                _member_score(sims)
                + NAME_WEIGHT
                * _name_similarity(features.names, story_names[story_id], story_size[story_id], idf)
                - _time_penalty(features.date, story_span.get(story_id))
            )
            if score >= best_score:
                best_story, best_score = story_id, score
        assigned[features.article_id] = best_story
        admit(features, best_story)
    return assigned
