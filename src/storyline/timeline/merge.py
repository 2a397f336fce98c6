"""Join candidate sentences that report the same happening into one entry.

Two sentences may be one happening only when their dates are compatible (one
period contains the other: "in 2014" and "July 2014" can be the caliphate's
declaration, "June 2014" and "July 2014" cannot). How similar in meaning they
must also be depends on how telling the date agreement is:

- two sentences that each name a past period explicitly ("Last October",
  "17. oktober") rarely agree by chance, so a modest similarity suffices;
  this is what joins a Danish sentence to its English counterpart, which
  e5-small scores lower than many unrelated same-language pairs;
- a sentence dated only by its article's publication (a lead, "Thursday")
  agrees with everything else reported that week, so it needs a close
  match, and a closer one still when it only falls inside the other date
  (a month-only article next to a day-dated one).

Candidates are placed from the most to the least precise date, so a vague
mention joins the precise entry it best matches instead of founding a vague
one.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

import numpy as np

from storyline.dates import PartialDate
from storyline.embed import CROSS_LANGUAGE_OFFSET
from storyline.model import Citation, TimelineEntry
from storyline.timeline.candidates import Candidate

#: Similarity needed when both sentences name their dates explicitly.
EXPLICIT_DATES = 0.30
#: Similarity needed when a sentence is dated by publication and the dates are equal.
RECENT_SAME_DATE = 0.45
#: ... and when one date only contains the other.
RECENT_CONTAINED_DATE = 0.60


@dataclass
class _Group:
    date: PartialDate
    members: list[int] = field(default_factory=list)


def _required(a: Candidate, b: Candidate) -> float:
    if not a.recent and not b.recent:
        return EXPLICIT_DATES
    return RECENT_SAME_DATE if a.date == b.date else RECENT_CONTAINED_DATE


def merge_candidates(
    candidates: list[Candidate], vectors: Mapping[tuple[str, int], np.ndarray]
) -> list[TimelineEntry]:
    """Timeline entries in date order; ``vectors`` holds each candidate's sentence vector."""
    if not candidates:
        return []
    dated = sorted(candidates, key=lambda c: (-c.date.precision, c.date))
    matrix = np.vstack([vectors[c.key] for c in dated])
    languages = np.array([c.language or "" for c in dated])
    similarity = matrix @ matrix.T + CROSS_LANGUAGE_OFFSET * (languages[:, None] != languages[None, :])
    groups: list[_Group] = []
    for i, candidate in enumerate(dated):
        date = candidate.date
        best, best_margin = None, 0.0
        for group in groups:
            if not group.date.compatible(date):
                continue
            margin = max(float(similarity[i, j]) - _required(candidate, dated[j]) for j in group.members)
            if margin >= best_margin:
                best, best_margin = group, margin
        if best is None:
            best = _Group(date=date)
            groups.append(best)
        best.members.append(i)
        best.date = best.date.finer(date)
    entries = [_entry(group, dated, similarity) for group in groups]
    entries.sort(key=lambda e: (e.date.start, e.date.precision))
    return entries


def _entry(group: _Group, candidates: list[Candidate], similarity: np.ndarray) -> TimelineEntry:
    members = group.members
    # The entry reads as its most typical sentence among those dated as precisely as the entry.
    exact = [i for i in members if candidates[i].date == group.date] or members
    centre = max(exact, key=lambda i: float(similarity[i, members].sum()))
    ordered = [centre] + [i for i in members if i != centre]
    citations = [
        Citation(
            article_id=candidates[i].article_id,
            sentence_index=candidates[i].sentence_index,
            text=candidates[i].text,
            language=candidates[i].language,
            timex=candidates[i].timex,
        )
        for i in ordered
    ]
    return TimelineEntry(date=group.date, text=candidates[centre].text, citations=citations)
