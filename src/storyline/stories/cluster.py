"""Incremental story grouping.

Articles are taken in date order and each joins the story it is most like, or
founds a new one. "Most like" combines three signals that each fail alone:
lead embeddings (cross-lingual, but every war report looks like every other),
shared names weighted by rarity (Mosul vs. Benghazi), and time (two reports a
year apart rarely follow the same line of happenings). A story is compared
through its members most similar to the article, not a centroid, so a story
that drifts over months keeps its early and late articles reachable. But
nearest members alone let a large story chain in whatever resembles a few of
its hundreds of members (oil-price reports into an oil-spill story), so a
newcomer must also resemble the story as a whole: its centroid.

The collection is asked only about each newcomer (:class:`KnownStories`):
its nearest placed members through a vector index, within a time window, and
the profiles of the stories they belong to. A batch therefore costs in
proportion to its own size, not the collection's.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass, field, replace

from storyline.embed import CROSS_LANGUAGE_OFFSET
from storyline.stories.known import KnownStories, MemberIndex, Neighbour
from storyline.stories.profile import StoryFeatures, StoryProfile

#: Score needed to join a story (cosine of background-free vectors, after the
#: language, name and time terms).
JOIN_THRESHOLD = 0.5
#: How much fully shared (rare) names add to the score.
NAME_WEIGHT = 0.3
#: Score lost by an article about another country than the story's (StoryProfile.names_other_country).
#: On the mixed T17 + ML-Crisis collection (benchmarks/stories.py) it took BCubed precision from
#: 0.966 to 0.979, mostly by keeping French Egypt reports out of a French Syria story; any
#: value from 0.1 up gave the same stories there.
COUNTRY_CONTRAST = 0.1
#: Score with a second story at which an article bridges it to the one it joins (see _bridged).
#: Swept on the mixed collection: at 0.7 few stories merge; at 0.65 French and English Syria
#: stories become one (BCubed recall 0.23 -> 0.34, precision unchanged); at 0.61 and below a
#: French Egypt story merges into Syria (precision 0.961).
MERGE_SCORE = 0.65
#: Least similarity of two stories' centroids (StoryProfile.resembles) for them to merge.
MERGE_CENTROID = 0.6
#: Members of a story compared with a newcomer (its nearest ones).
NEAREST_MEMBERS = 3
#: Candidate members looked at per article before grouping them by story.
CANDIDATES = 64
#: Members dated further than this from a newcomer are not candidates: at this
#: distance the time penalty (profile.TIME_PENALTY) already rules a join out.
CANDIDATE_WINDOW_DAYS = 540
#: Score lost per missing member when a story has fewer than NEAREST_MEMBERS.
SMALL_STORY_COST = 0.01
#: Least similarity to a story's centroid (after the language term) needed to join it.
#: Swept on T17 lead vectors: from no floor to 0.3-0.4, BCubed precision against the
#: T17 topics rose from 0.978 to 0.981 and the oil-spill story's strays from other
#: topics fell from 7 to 3 or fewer.
CENTROID_FLOOR = 0.35


@dataclass
class Placement:
    """Where each new article went, the profiles of the stories that changed, and the stories merged away.

    ``merged`` maps each story absorbed into another to the one that
    holds its members now, so its id can still be resolved.
    """

    assigned: dict[str, str]
    profiles: dict[str, StoryProfile]
    merged: dict[str, str] = field(default_factory=dict)


def _sort_key(item: StoryFeatures) -> tuple:
    # Dated articles first, in date order; undated ones join what exists by then.
    return (item.date is None, item.date.start if item.date else None, item.article_id)


def _member_score(sims: list[float]) -> float:
    """Mean similarity to the nearest members; a story with fewer members pays a little."""
    nearest = sims[:NEAREST_MEMBERS]
    missing = NEAREST_MEMBERS - len(nearest)
    return sum(nearest) / len(nearest) - SMALL_STORY_COST * missing


def _join_score(features: StoryFeatures, sims: list[float], story: StoryProfile, idf: dict[str, float]) -> float:
    """How well the article fits the story; below the centroid floor it does not fit at all."""
    if story.centroid_similarity(features) < CENTROID_FLOOR:
        return -math.inf
    return (
        _member_score(sims)
        + NAME_WEIGHT * story.name_similarity(features.names, idf)
        - COUNTRY_CONTRAST * story.names_other_country(features.names)
        - story.time_penalty(features.date)
    )


def _within_window(features: StoryFeatures, neighbour: Neighbour) -> bool:
    if features.date is None or neighbour.date is None:
        return True
    gap = max((neighbour.date.start - features.date.end).days, (features.date.start - neighbour.date.end).days, 0)
    return gap <= CANDIDATE_WINDOW_DAYS


def _candidate_sims(features: StoryFeatures, neighbours: Iterable[Neighbour]) -> dict[str, list[float]]:
    """Similarities of the nearest members in the time window, by story, best first (language term added)."""
    scored = sorted(
        ((n.story_id, n.similarity + CROSS_LANGUAGE_OFFSET * (n.language != features.language))
         for n in neighbours if _within_window(features, n)),
        key=lambda item: -item[1],
    )[:CANDIDATES]
    by_story: dict[str, list[float]] = {}
    for story_id, similarity in scored:
        by_story.setdefault(story_id, []).append(similarity)
    return by_story


class _Merges:
    """Stories merged during one run: which id each absorbed story now goes by."""

    def __init__(self) -> None:
        self.into: dict[str, str] = {}

    def resolve(self, story_id: str) -> str:
        while story_id in self.into:
            story_id = self.into[story_id]
        return story_id

    def merge(self, one: str, other: str, profiles: dict[str, StoryProfile]) -> str:
        """Fold the smaller story into the larger (the larger keeps its id); the id kept."""
        keep, gone = (one, other) if profiles[one].size >= profiles[other].size else (other, one)
        profiles[keep].absorb(profiles.pop(gone))
        self.into[gone] = keep
        return keep


def _bridged(best: str, scores: dict[str, float], profiles: dict[str, StoryProfile]) -> list[str]:
    """Other stories the article fits as well as a member would, and that look like ``best`` as a whole."""
    return [
        other for other, score in scores.items()
        if other != best and score >= MERGE_SCORE and profiles[best].resembles(profiles[other]) >= MERGE_CENTROID
        and not _about_other_countries(profiles[best], profiles[other])
    ]


def _about_other_countries(one: StoryProfile, other: StoryProfile) -> bool:
    main, other_main = one.main_country(), other.main_country()
    return main is not None and other_main is not None and main != other_main


def assign_stories(new: Iterable[StoryFeatures], known: KnownStories | None = None) -> Placement:
    """Story id for each new article; placed articles keep their stories.

    A founding article gives its story the id ``s<article id>``, so story ids
    stay the same as a story grows. An article that fits two stories closely,
    when the two also look alike as wholes, shows they follow one line of
    happenings (often one story per language, until an article bridges
    them): they are merged, and the absorbed id is reported in
    :attr:`Placement.merged`.
    """
    known = known if known is not None else MemberIndex()
    newcomers = sorted(new, key=_sort_key)
    known_documents = known.name_documents({name for f in newcomers for name in f.names})
    placed = known.placed()

    profiles: dict[str, StoryProfile] = {}  # of the stories this run has looked at, as they grow
    here = MemberIndex(stories=profiles)  # articles placed in this run, searchable like the known ones
    assigned: dict[str, str] = {}
    merges = _Merges()
    for features in newcomers:
        # Name rarity as of this article, as a stream would see it: the same articles
        # give the same stories whether they come in one batch or many.
        total = placed + here.placed() + 1
        idf = {name: math.log(1 + total / (known_documents.get(name, 0) + here.documents[name] + 1))
               for name in features.names}
        # Twice the candidates by plain cosine, so members in another language still make the cut.
        nearby = known.neighbours(features.vector, 2 * CANDIDATES) + here.neighbours(features.vector, 2 * CANDIDATES)
        by_story = _candidate_sims(features, [replace(n, story_id=merges.resolve(n.story_id)) for n in nearby])
        profiles.update(known.profiles(s for s in by_story if s not in profiles))
        scores = {story_id: _join_score(features, sims, profiles[story_id], idf) for story_id, sims in by_story.items()}
        best_story, best_score = f"s{features.article_id}", JOIN_THRESHOLD
        for story_id, score in scores.items():
            if score >= best_score:
                best_story, best_score = story_id, score
        for other in _bridged(best_story, scores, profiles):
            best_story = merges.merge(best_story, other, profiles)
        assigned[features.article_id] = best_story
        here.add(features, best_story)  # ... which admits it to its story's profile
    assigned = {article_id: merges.resolve(story_id) for article_id, story_id in assigned.items()}
    merged = {story_id: merges.resolve(story_id) for story_id in merges.into}
    return Placement(assigned, {sid: profiles[sid] for sid in set(assigned.values())}, merged)
