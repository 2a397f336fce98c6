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
from dataclasses import dataclass

from storyline.embed import CROSS_LANGUAGE_OFFSET
from storyline.stories.known import KnownStories, MemberIndex, Neighbour
from storyline.stories.profile import StoryFeatures, StoryProfile

#: Score needed to join a story (cosine of background-free vectors, after the
#: language, name and time terms).
JOIN_THRESHOLD = 0.5
#: How much fully shared (rare) names add to the score.
NAME_WEIGHT = 0.3
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
    """Where each new article went, and the profiles of the stories that changed, to be stored."""

    assigned: dict[str, str]
    profiles: dict[str, StoryProfile]


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


def assign_stories(new: Iterable[StoryFeatures], known: KnownStories | None = None) -> Placement:
    """Story id for each new article; placed articles keep their stories.

    A founding article gives its story the id ``s<article id>``, so story ids
    stay the same as a story grows.
    """
    known = known if known is not None else MemberIndex()
    newcomers = sorted(new, key=_sort_key)
    known_documents = known.name_documents({name for f in newcomers for name in f.names})
    placed = known.placed()

    here = MemberIndex()  # articles placed in this run, searchable like the known ones
    profiles: dict[str, StoryProfile] = {}
    assigned: dict[str, str] = {}
    for features in newcomers:
        # Name rarity as of this article, as a stream would see it: the same articles
        # give the same stories whether they come in one batch or many.
        total = placed + here.placed() + 1
        idf = {name: math.log(1 + total / (known_documents.get(name, 0) + here.documents[name] + 1))
               for name in features.names}
        # Twice the candidates by plain cosine, so members in another language still make the cut.
        nearby = known.neighbours(features.vector, 2 * CANDIDATES) + here.neighbours(features.vector, 2 * CANDIDATES)
        by_story = _candidate_sims(features, nearby)
        profiles.update(known.profiles(s for s in by_story if s not in profiles))
        best_story, best_score = f"s{features.article_id}", JOIN_THRESHOLD
        for story_id, sims in by_story.items():
            score = _join_score(features, sims, profiles[story_id], idf)
            if score >= best_score:
                best_story, best_score = story_id, score
        assigned[features.article_id] = best_story
        here.add(features, best_story)
        profiles.setdefault(best_story, StoryProfile()).admit(features)
    return Placement(assigned, {sid: profiles[sid] for sid in set(assigned.values())})
