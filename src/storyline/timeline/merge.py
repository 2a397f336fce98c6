"""Join candidate sentences that report the same happening into one entry.

Two sentences may be one happening only when their dates are compatible (one
period contains the other: "in 2014" and "July 2014" can be the caliphate's
declaration, "June 2014" and "July 2014" cannot). How similar they must also
be depends on how telling the date agreement is:

- two sentences that each name a past period explicitly ("Last October",
  "17. oktober") rarely agree by chance, so a modest similarity suffices;
- a sentence dated only by its article's publication (a lead, "Thursday")
  agrees with everything else reported that week, so it needs a close
  match, and a closer one still when it only falls inside the other date
  (a month-only article next to a day-dated one).

Similarity is measured two ways. Sentences in one language are compared by
their words (:mod:`storyline.lexical`), which is as telling and costs almost
nothing; sentences in two languages share no words, so they are compared by
their e5 vectors, plus the cross-language offset. Only sentences that some
other-language sentence could join need a vector (:func:`needs_vector`): a
collection in one language merges without embedding a single sentence.

Candidates are placed from the most to the least precise date, so a vague
mention joins the precise entry it best matches instead of founding a vague
one. Each candidate is compared at once with every placed one whose entry's
date is compatible with its own, so a story of thousands of candidates
merges in seconds.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping
from typing import NamedTuple

import numpy as np

from storyline.dateline import strip_dateline
from storyline.dates import PartialDate
from storyline.embed import CROSS_LANGUAGE_OFFSET
from storyline.lexical import lexical_vectors
from storyline.model import Citation, TimelineEntry
from storyline.timeline.candidates import Candidate


class Thresholds(NamedTuple):
    """Similarity two sentences need to be one happening, by how their dates agree."""

    explicit: float  # both name their dates explicitly
    recent_same_date: float  # one is dated by publication; the dates are equal
    recent_contained_date: float  # ... and one date only contains the other


#: e5 cosine (after the background is removed, plus the language offset) across languages:
#: set on the seeds, where the Danish "begyndte 17. oktober" meets the English "Last October".
SEMANTIC = Thresholds(0.30, 0.45, 0.60)
#: Stem TF-IDF cosine within a language. The two "recent" values let through the same
#: share of same-language T17 pairs as e5 does (0.18 and 0.32, scripts/calibrate_lexical.py).
#: The explicit one is not carried over: within a story e5's 0.30 passes two thirds of the
#: explicitly dated pairs, many of them different happenings ("Jackson died in June 2009" and
#: "A nurse who treated Jackson in 2009 will testify"), so it is set below the recent ones, as
#: the e5 values are, and above the overlap such unrelated pairs show.
LEXICAL = Thresholds(0.15, 0.20, 0.30)


def _period(candidate: Candidate) -> tuple[int, int]:
    return (candidate.date.start.toordinal(), candidate.date.end.toordinal())


#: Longest period (in days) whose sentences are embedded to meet the shorter periods inside it
#: in another language: "Last October" meets "17. oktober", but a sentence dated only "2011"
#: does not make every day of 2011 in the other language worth embedding.
VECTOR_CONTAINMENT_DAYS = 31


def needs_vector(candidates: list[Candidate]) -> list[Candidate]:
    """The candidates that a candidate in another language has a close enough date with.

    Only they are ever compared by e5 vectors, and embedding is a build's
    costliest step: the first time a story meets a second language, its
    candidates in the first one are embedded. So dates meet when they are the
    same period, or when one holds the other and is at most a month long.
    Distinct date periods are far fewer than candidates, so this is worked
    out between periods, each knowing the languages dated in it.
    """
    languages_in: dict[tuple[int, int], set[str | None]] = defaultdict(set)
    for candidate in candidates:
        languages_in[_period(candidate)].add(candidate.language)
    if len({language for found in languages_in.values() for language in found}) < 2:
        return []
    periods = list(languages_in)
    starts = np.array([start for start, _ in periods])
    ends = np.array([end for _, end in periods])
    short = (ends - starts) < VECTOR_CONTAINMENT_DAYS
    compatible = ((starts[:, None] <= starts) & (ends <= ends[:, None]) & short[:, None]) | (
        (starts <= starts[:, None]) & (ends[:, None] <= ends) & short
    ) | ((starts[:, None] == starts) & (ends[:, None] == ends))
    reachable = {
        period: set().union(*(languages_in[periods[column]] for column in np.flatnonzero(compatible[row])))
        for row, period in enumerate(periods)
    }
    return [c for c in candidates if reachable[_period(c)] - {c.language}]


class _Placement:
    """Candidates in placing order, as arrays, and the group each placed one joined.

    A group's date is its founder's: candidates come finest date first, so
    no later member is more precise than the one that founded the group.
    """

    def __init__(self, ordered: list[Candidate], vectors: Mapping[tuple[str, int], np.ndarray]) -> None:
        self.lexical = lexical_vectors([c.text for c in ordered], [c.language for c in ordered])
        self._own_words = np.zeros(self.lexical.shape[1])  # the candidate compared, its words spread out
        width = len(next(iter(vectors.values()))) if vectors else 1
        self.semantic = np.vstack([vectors.get(c.key, np.zeros(width, dtype=np.float32)) for c in ordered])
        self.has_vector = np.array([c.key in vectors for c in ordered])
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
        founders = self.founder[:i]
        g_start, g_end = self.starts[founders], self.ends[founders]
        inside = (g_start <= self.starts[i]) & (self.ends[i] <= g_end)
        around = (self.starts[i] <= g_start) & (g_end <= self.ends[i])
        rows = np.flatnonzero(inside | around)
        if not len(rows):
            return i
        margin = self._similarity(i, rows) - self._required(i, rows)
        best = int(np.argmax(margin))
        return int(founders[rows[best]]) if margin[best] >= 0 else i

    def _similarity(self, i: int, rows: np.ndarray) -> np.ndarray:
        """Words within a language, e5 across languages, -inf where neither can be had."""
        similarity = np.full(len(rows), -np.inf)
        same = self.languages[rows] == self.languages[i]
        if same.any():
            similarity[same] = self._lexical_similarity(i, rows[same])
        across = ~same & self.has_vector[rows] & self.has_vector[i]
        if across.any():
            similarity[across] = self.semantic[rows[across]] @ self.semantic[i] + CROSS_LANGUAGE_OFFSET
        return similarity

    def _lexical_similarity(self, i: int, rows: np.ndarray) -> np.ndarray:
        """The TF-IDF cosines of candidate ``i`` with ``rows``, read straight from the sparse arrays.

        This runs once per candidate, against every candidate placed in its
        dates: slicing the sparse matrix would build two new matrices each
        time, which took half the merge of a 1,145-article story. The sums
        run in the order the sparse product takes, so the figures are the same.
        """
        starts, words, weights = self.lexical.indptr, self.lexical.indices, self.lexical.data
        own = slice(starts[i], starts[i + 1])
        self._own_words[words[own]] = weights[own]
        lengths = starts[rows + 1] - starts[rows]
        ends = np.cumsum(lengths)
        positions = np.repeat(starts[rows] - (ends - lengths), lengths) + np.arange(ends[-1])
        products = weights[positions] * self._own_words[words[positions]]
        self._own_words[words[own]] = 0.0
        return np.bincount(np.repeat(np.arange(len(rows)), lengths), weights=products, minlength=len(rows))

    def _required(self, i: int, rows: np.ndarray) -> np.ndarray:
        same_date = (self.starts[rows] == self.starts[i]) & (self.precisions[rows] == self.precisions[i])
        explicit = ~self.recent[rows] & ~self.recent[i]
        same_language = self.languages[rows] == self.languages[i]
        required = np.empty(len(rows))
        for thresholds, mask in ((LEXICAL, same_language), (SEMANTIC, ~same_language)):
            required[mask] = np.where(
                explicit,
                thresholds.explicit,
                np.where(same_date, thresholds.recent_same_date, thresholds.recent_contained_date),
            )[mask]
        return required

    def centrality(self, exact: list[int], members: list[int]) -> np.ndarray:
        """How typical each of ``exact`` is of the group ``members``, by words."""
        return (self.lexical[exact] @ self.lexical[members].sum(axis=0).T).A.ravel()


def merge_candidates(
    candidates: list[Candidate], vectors: Mapping[tuple[str, int], np.ndarray]
) -> list[TimelineEntry]:
    """Timeline entries in date order.

    ``vectors`` holds the sentence vector of every candidate that
    :func:`needs_vector`; the others are compared by their words only.
    """
    if not candidates:
        return []
    ordered = sorted(candidates, key=lambda c: (-c.date.precision, c.date))
    placement = _Placement(ordered, vectors)
    groups: dict[int, list[int]] = {}
    for i in range(len(ordered)):
        placement.place(i)
        groups.setdefault(int(placement.founder[i]), []).append(i)
    entries = [_entry(ordered[f].date, members, ordered, placement) for f, members in groups.items()]
    entries.sort(key=lambda e: (e.date.start, e.date.precision))
    return entries


def _entry(date: PartialDate, members: list[int], candidates: list[Candidate], placement: _Placement) -> TimelineEntry:
    # The entry reads as its most typical sentence among those dated as precisely as the
    # entry, without a dateline; citations quote their sentences whole.
    exact = [i for i in members if candidates[i].date == date] or members
    centre = exact[int(np.argmax(placement.centrality(exact, members)))]
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
    return TimelineEntry(date=date, text=strip_dateline(candidates[centre].text), citations=citations)
