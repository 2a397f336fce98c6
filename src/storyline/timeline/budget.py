"""A timeline cut to what a reader asked for: so many dates, so many sentences a date, a period.

A story of a thousand articles has hundreds of dated entries; a reader (and
the timeline-summarisation benchmarks) wants the twenty dates that mattered.
A date matters when many independent articles report something on it: its
salience is the number of distinct articles its entries cite. Within a date,
the entries reported by the most articles come first; among equally reported
ones, statements before quotations (a quote is someone's view of what
happened), then the entries whose words are most typical of everything
reported that day. When a date has fewer happenings than sentences asked
for, further sentences of its best-supported happenings fill the place.
Entries off the main line of the articles are left out before any of this
(see :mod:`storyline.timeline.focus`).

Dates are ranked at their own precision: an entry known only to the month
supports the month, never its first day. A reader who wants days only
(the benchmarks do) says so with ``finest``.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from storyline.dateline import strip_dateline
from storyline.dates import PartialDate, Precision
from storyline.lexical import lexical_vectors
from storyline.model import Article, DateRanking, TimelineEntry
from storyline.timeline.focus import main_line

#: Weight in a date's salience of an article dated to it only by its publication: chosen
#: leave-one-topic-out on Timeline17 among 0, 0.25, 0.5, 0.75 and 1 (0.5 for 7 of 9 topics).
PUBLICATION_WEIGHT = 0.5
# Opening quotation marks in the languages we read, and tokenised text's ``.
_QUOTE_OPENERS = ("``", '"', "“", "„", "«", "»", "‘", "'", "「")


@dataclass(frozen=True)
class Budget:
    """What part of a timeline to show. ``None`` means no limit."""

    dates: int | None = None
    per_date: int | None = None
    start: dt.date | None = None
    end: dt.date | None = None
    coarsest: Precision = Precision.YEAR  # entries dated less precisely than this are left out

    @property
    def picks(self) -> bool:
        """True when the budget chooses among entries (so many dates or sentences), not only a period."""
        return self.dates is not None or self.per_date is not None

    def admits(self, date: PartialDate) -> bool:
        """True when the date is precise enough and lies inside the period."""
        return (
            date.precision >= self.coarsest
            and (self.start is None or date.start >= self.start)
            and (self.end is None or date.end <= self.end)
        )


def _salience(entries: list[TimelineEntry]) -> tuple[float, int]:
    """How many distinct articles report something on the date, then how many sentences.

    An article counts fully when it names the date ("on 12 January"), and
    PUBLICATION_WEIGHT when it is only dated by being published that day.
    """
    weight: dict[str, float] = {}
    for entry in entries:
        for citation in entry.citations:
            named = 1.0 if citation.timex else PUBLICATION_WEIGHT
            weight[citation.article_id] = max(weight.get(citation.article_id, 0.0), named)
    return (sum(weight.values()), sum(len(entry.citations) for entry in entries))


def _support(entry: TimelineEntry) -> int:
    """How widely an entry is reported: by how many distinct articles."""
    return len(entry.article_ids)


def _is_quotation(text: str) -> bool:
    return text.lstrip().startswith(_QUOTE_OPENERS)


def _typicality(entries: list[TimelineEntry]) -> np.ndarray:
    """How close each entry's text is, in words, to all that the date's sentences say."""
    texts = [entry.text for entry in entries]
    languages = [entry.citations[0].language if entry.citations else None for entry in entries]
    cited = [c for entry in entries for c in entry.citations]
    matrix = lexical_vectors(texts + [c.text for c in cited], languages + [c.language for c in cited])
    centroid = matrix[len(texts) :].sum(axis=0)
    return np.asarray(matrix[: len(texts)] @ centroid.T).ravel()


def _ranked(entries: list[TimelineEntry]) -> list[TimelineEntry]:
    first = [(-_support(entry), _is_quotation(entry.text)) for entry in entries]
    # Typicality (a word model of the date) only breaks ties, so it is worked out only when there are
    # some: most dates of a story have one entry, or entries of different support.
    typical = _typicality(entries) if len(set(first)) < len(first) else np.zeros(len(entries))
    order = sorted(range(len(entries)), key=lambda i: (*first[i], -typical[i]))
    return [entries[i] for i in order]


def _fill(ranked: list[TimelineEntry], per_date: int | None) -> list[TimelineEntry]:
    """The date's best entries (``ranked``: best first); further cited sentences of them when entries run short."""
    if per_date is None:
        return ranked
    chosen = ranked[:per_date]
    shown = {entry.text for entry in chosen}
    for entry in ranked:
        for citation in entry.citations:
            if len(chosen) >= per_date:
                return chosen
            text = strip_dateline(citation.text)
            if text not in shown:
                shown.add(text)
                chosen.append(TimelineEntry(entry.date, text, [citation]))
    return chosen


@dataclass(frozen=True)
class RankedDate:
    """One date of a timeline: how salient it is, and its entries best first."""

    date: PartialDate
    salience: tuple[float, int]
    entries: list[TimelineEntry]


def rank_dates(entries: list[TimelineEntry]) -> list[RankedDate]:
    """The timeline's dates, most salient first, each with its entries ranked.

    Ranking a date does not depend on what a reader asks for, and it is the
    costly part (a word model per date), so a server ranks a story once and
    cuts it to every budget with :func:`cut_ranked`.
    """
    by_date: dict[PartialDate, list[TimelineEntry]] = defaultdict(list)
    for entry in entries:
        by_date[entry.date].append(entry)
    ranked = [RankedDate(date, _salience(found), _ranked(found)) for date, found in by_date.items()]
    return sorted(ranked, key=lambda item: item.salience, reverse=True)


def cut_ranked(ranked: list[RankedDate], budget: Budget) -> list[TimelineEntry]:
    """The entries of the most salient dates within the budget, in date order."""
    dates = [item for item in ranked if budget.admits(item.date)][: budget.dates]
    chosen = [entry for item in dates for entry in _fill(item.entries, budget.per_date)]
    return sorted(chosen, key=lambda e: (e.date.start, e.date.precision))


def apply_budget(
    entries: list[TimelineEntry], budget: Budget, articles: Sequence[Article] = ()
) -> list[TimelineEntry]:
    """The entries of the most salient dates within the budget, in date order.

    ``articles`` are those the timeline was built from; when given and the
    budget picks, entries off their main line are left out first.
    """
    if articles and budget.picks:
        entries = main_line(entries, articles)
    return cut_ranked(rank_dates([entry for entry in entries if budget.admits(entry.date)]), budget)


class RankedTimeline:
    """A story's stored timeline, ranked once, then cut cheaply to any budget.

    A budget that picks dates picks them among the entries on the story's
    main line (worked out when the timeline was merged); one that only
    bounds a period keeps every entry.
    """

    def __init__(self, entries: list[TimelineEntry], picks: DateRanking | None = None) -> None:
        """``picks``: the main line's ranking as :meth:`picks_ranking` gave it when the timeline was
        kept, so that a reader of a large story does not rank it again."""
        self.entries = entries
        self._ranked: dict[bool, list[RankedDate]] = {}
        if picks is not None:
            self._ranked[True] = [RankedDate(entries[members[0]].date, salience, [entries[i] for i in members])
                                  for salience, members in picks]

    def picks_ranking(self) -> DateRanking:
        """The ranking a picking budget cuts, as (salience, positions of the date's entries, best first)."""
        position = {id(entry): index for index, entry in enumerate(self.entries)}
        return [(item.salience, [position[id(entry)] for entry in item.entries]) for item in self.ranked(True)]

    def ranked(self, main_line_only: bool) -> list[RankedDate]:
        if main_line_only not in self._ranked:
            kept = [entry for entry in self.entries if entry.on_main_line or not main_line_only]
            self._ranked[main_line_only] = rank_dates(kept)
        return self._ranked[main_line_only]

    def cut(self, budget: Budget) -> list[TimelineEntry]:
        return cut_ranked(self.ranked(budget.picks), budget)
