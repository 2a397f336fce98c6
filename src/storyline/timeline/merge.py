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
one. Each candidate is compared with all placed ones in one vector operation,
so a story of thousands of candidates merges in seconds.

Entries join what different articles report, so a candidate whose date no
other article's candidate is compatible with stands alone whatever it says.
:func:`comparable` finds the others; only they need sentence vectors, which
spares the embedding of a third of the candidates of a large collection.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping

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


def comparable(candidates: list[Candidate]) -> list[Candidate]:
    """The candidates that some other article's candidate could join: their dates are compatible.

    Distinct date periods are far fewer than candidates, so compatibility is
    worked out between periods, each knowing two of the articles dated in it.
    """
    articles_in: dict[tuple[int, int], list[str]] = defaultdict(list)
    for candidate in candidates:
        period = (candidate.date.start.toordinal(), candidate.date.end.toordinal())
        if candidate.article_id not in articles_in[period] and len(articles_in[period]) < 2:
            articles_in[period].append(candidate.article_id)
    periods = list(articles_in)
    starts = np.array([start for start, _ in periods])
    ends = np.array([end for _, end in periods])
    compatible = ((starts[:, None] <= starts) & (ends <= ends[:, None])) | (
        (starts <= starts[:, None]) & (ends[:, None] <= ends)
    )
    reporters: dict[tuple[int, int], set[str]] = {}
    for row, period in enumerate(periods):
        reporters[period] = {a for column in np.flatnonzero(compatible[row]) for a in articles_in[periods[column]]}
    return [
        c
        for c in candidates
        if reporters[(c.date.start.toordinal(), c.date.end.toordinal())] - {c.article_id}
    ]


class _Placement:
    """Candidates in placing order, as arrays, and the group each placed one joined.

    A group's date is its founder's: candidates come finest date first, so
    no later member is more precise than the one that founded the group.
    """

    def __init__(self, ordered: list[Candidate], vectors: Mapping[tuple[str, int], np.ndarray]) -> None:
        # A candidate without a vector has no other article to join (see comparable): a zero row.
        width = len(next(iter(vectors.values()))) if vectors else 1
        self.matrix = np.vstack([vectors.get(c.key, np.zeros(width, dtype=np.float32)) for c in ordered])
        self.joinable = np.array([c.key in vectors for c in ordered])
        self.languages = np.array([c.language or "" for c in ordered])
        self.recent = np.array([c.recent for c in ordered])
        self.starts = np.array([c.date.start.toordinal() for c in ordered])
        self.ends = np.array([c.date.end.toordinal() for c in ordered])
        self.precisions = np.array([int(c.date.precision) for c in ordered])
        self.founder = np.zeros(len(ordered), dtype=np.int64)  # per candidate: its group's founder

    def place(self, i: int) -> None:
        """Put candidate ``i`` in the best group placed so far, or found a new one."""
        self.founder[i] = self._best_founder(i)

    def _best_founder(self, i: int) -> int:
        if i == 0 or not self.joinable[i]:
            return i
        similarity = self.matrix[:i] @ self.matrix[i]
        similarity += CROSS_LANGUAGE_OFFSET * (self.languages[:i] != self.languages[i])
        same_date = (self.starts[:i] == self.starts[i]) & (self.precisions[:i] == self.precisions[i])
        required = np.where(
            ~self.recent[:i] & ~self.recent[i],
            EXPLICIT_DATES,
            np.where(same_date, RECENT_SAME_DATE, RECENT_CONTAINED_DATE),
        )
        founders = self.founder[:i]
        g_start, g_end = self.starts[founders], self.ends[founders]
        inside = (g_start <= self.starts[i]) & (self.ends[i] <= g_end)
        around = (self.starts[i] <= g_start) & (g_end <= self.ends[i])
        margin = np.where(inside | around, similarity - required, -np.inf)
        margin[~self.joinable[:i]] = -np.inf
        j = int(np.argmax(margin))
        return int(founders[j]) if margin[j] >= 0 else i


def merge_candidates(
    candidates: list[Candidate], vectors: Mapping[tuple[str, int], np.ndarray]
) -> list[TimelineEntry]:
    """Timeline entries in date order.

    ``vectors`` holds the sentence vector of every :func:`comparable`
    candidate; the others each make an entry of their own.
    """
    if not candidates:
        return []
    ordered = sorted(candidates, key=lambda c: (-c.date.precision, c.date))
    placement = _Placement(ordered, vectors)
    groups: dict[int, list[int]] = {}
    for i in range(len(ordered)):
        placement.place(i)
        groups.setdefault(int(placement.founder[i]), []).append(i)
    entries = [_entry(ordered[f].date, members, ordered, placement.matrix) for f, members in groups.items()]
    entries.sort(key=lambda e: (e.date.start, e.date.precision))
    return entries


def _entry(
    date: PartialDate, members: list[int], candidates: list[Candidate], matrix: np.ndarray
) -> TimelineEntry:
    # The entry reads as its most typical sentence among those dated as precisely as the entry.
    exact = [i for i in members if candidates[i].date == date] or members
    centrality = matrix[exact] @ matrix[members].sum(axis=0)
    centre = exact[int(np.argmax(centrality))]
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
    return TimelineEntry(date=date, text=candidates[centre].text, citations=citations)
