"""A timeline cut to what a reader asked for: so many dates, so many sentences a date, a period.

A story of a thousand articles has hundreds of dated entries; a reader (and
the timeline-summarisation benchmarks) wants the twenty dates that mattered.
A date matters when many independent articles report something on it: its
salience is the number of distinct articles its entries cite. Within a date,
the entries reported by the most articles come first, each read as its most
typical sentence; when a date has fewer happenings than sentences asked for,
further sentences of its best-supported happenings fill the place.

Dates are ranked at their own precision: an entry known only to the month
supports the month, never its first day. A reader who wants days only
(the benchmarks do) says so with ``finest``.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass

from storyline.dates import PartialDate, Precision
from storyline.model import TimelineEntry


@dataclass(frozen=True)
class Budget:
    """What part of a timeline to show. ``None`` means no limit."""

    dates: int | None = None
    per_date: int | None = None
    start: dt.date | None = None
    end: dt.date | None = None
    coarsest: Precision = Precision.YEAR  # entries dated less precisely than this are left out

    def admits(self, date: PartialDate) -> bool:
        """True when the date is precise enough and lies inside the period."""
        return (
            date.precision >= self.coarsest
            and (self.start is None or date.start >= self.start)
            and (self.end is None or date.end <= self.end)
        )


def _support(entry: TimelineEntry) -> tuple[int, int]:
    """How widely an entry is reported: distinct articles, then sentences."""
    return (len(entry.article_ids), len(entry.citations))


def _fill(entries: list[TimelineEntry], per_date: int | None) -> list[TimelineEntry]:
    """The date's best-supported entries; further cited sentences of them when entries run short."""
    ranked = sorted(entries, key=_support, reverse=True)
    if per_date is None:
        return ranked
    chosen = ranked[:per_date]
    shown = {entry.text for entry in chosen}
    for entry in ranked:
        for citation in entry.citations:
            if len(chosen) >= per_date:
                return chosen
            if citation.text not in shown:
                shown.add(citation.text)
                chosen.append(TimelineEntry(entry.date, citation.text, [citation]))
    return chosen


def apply_budget(entries: list[TimelineEntry], budget: Budget) -> list[TimelineEntry]:
    """The entries of the most salient dates within the budget, in date order."""
    by_date: dict[PartialDate, list[TimelineEntry]] = defaultdict(list)
    for entry in entries:
        if budget.admits(entry.date):
            by_date[entry.date].append(entry)

    def salience(date: PartialDate) -> tuple[int, int]:
        articles = {a for entry in by_date[date] for a in entry.article_ids}
        return (len(articles), sum(len(entry.citations) for entry in by_date[date]))

    dates = sorted(by_date, key=salience, reverse=True)[: budget.dates]
    chosen = [entry for date in dates for entry in _fill(by_date[date], budget.per_date)]
    return sorted(chosen, key=lambda e: (e.date.start, e.date.precision))
