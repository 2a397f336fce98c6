"""Anchoring relative and year-less expressions against the publication date.

News is written in the past tense about the days before publication, so by
default "Thursday" is the latest Thursday on or before the anchor and
"17. oktober" the latest 17 October on or before it; a future-tense sentence
flips both forward. Results are never more precise than the anchor allows: a
weekday in an article dated only "2017-03" resolves to "a Tuesday in March
2017", because the day itself cannot be known.
"""

from __future__ import annotations

from calendar import monthrange
from collections.abc import Callable
from datetime import date, timedelta
from enum import Enum

from storyline.dates import PartialDate, Precision


class Direction(str, Enum):
    """Which occurrence of a recurring name ("October", "Thursday") is meant."""

    PAST = "past"  # the latest on or before the anchor, unless the next one is much nearer (news leans back)
    BEFORE = "before"  # the latest on or before the anchor, however near the next ("since January")
    FUTURE = "future"  # the earliest on or after the anchor
    LAST = "last"  # strictly before the anchor's period
    NEXT = "next"  # strictly after it
    THIS = "this"  # inside the anchor's own period


UNIT_PRECISION = {
    "decade": Precision.YEAR,
    "year": Precision.YEAR,
    "month": Precision.MONTH,
    "week": Precision.WEEK,
    "day": Precision.DAY,
    "hour": Precision.DAY,
    "minute": Precision.DAY,
}

_UNKNOWN = {
    Precision.DAY: "XXXX-XX-XX",
    Precision.WEEK: "XXXX-WXX",
    Precision.MONTH: "XXXX-XX",
    Precision.YEAR: "XXXX",
}


def unknown_value(precision: Precision) -> str:
    """The TIMEX3 value of a point in time whose anchor is unknown."""
    return _UNKNOWN[precision]


def _add_months(start: date, months: int) -> date:
    index = start.year * 12 + start.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)


def shift(anchor: PartialDate, amount: float, unit: str) -> PartialDate | None:
    """The period ``amount`` units from the anchor ("yesterday", "three years ago").

    An anchor coarser than the unit gives the anchor itself: "yesterday" in
    an article dated March 2017 is, as far as can be told, March 2017.
    None when the period falls outside the calendar ("5,000 years ago").
    """
    precision = UNIT_PRECISION[unit]
    if anchor.precision < precision:
        return anchor
    start = anchor.start
    try:
        if unit in ("year", "decade"):
            return PartialDate.year(start.year + int(amount) * (10 if unit == "decade" else 1))
        if unit == "month":
            return PartialDate.of(_add_months(start, int(amount)), precision)
        days = {"week": 7, "day": 1, "hour": 1 / 24, "minute": 1 / 1440}[unit] * amount
        return PartialDate.of(start + timedelta(days=int(days)), precision)
    except (ValueError, OverflowError):
        return None


def weekday(iso_weekday: int, anchor: PartialDate, direction: Direction) -> PartialDate:
    """The day named by a weekday; in a month-dated article, that weekday of the month; else the anchor."""
    if anchor.precision is Precision.WEEK:
        day = anchor.start + timedelta(days=iso_weekday - 1)
        step = {Direction.LAST: -7, Direction.NEXT: 7}.get(direction, 0)
        return PartialDate.of(day + timedelta(days=step), Precision.DAY)
    if anchor.precision is Precision.MONTH and direction in (Direction.PAST, Direction.BEFORE, Direction.THIS,
                                                             Direction.FUTURE):
        return PartialDate.weekday_in_month(anchor.start.year, anchor.start.month, iso_weekday)
    if anchor.precision is not Precision.DAY:
        return anchor
    today = anchor.start.isoweekday()
    if direction in (Direction.PAST, Direction.BEFORE, Direction.LAST, Direction.THIS):
        back = (today - iso_weekday) % 7 or (7 if direction is Direction.LAST else 0)
        return PartialDate.of(anchor.start - timedelta(days=back), Precision.DAY)
    ahead = (iso_weekday - today) % 7 or (7 if direction is Direction.NEXT else 0)
    return PartialDate.of(anchor.start + timedelta(days=ahead), Precision.DAY)


def month(number: int, anchor: PartialDate, direction: Direction) -> PartialDate | None:
    """The month named without a year ("Last October", "i oktober").

    With a year-only anchor only "this"/past/future readings are kept in
    that year; "last October" could then be either of two years.
    """
    year, current = anchor.start.year, anchor.start.month
    if anchor.precision is Precision.YEAR:
        if direction in (Direction.LAST, Direction.NEXT):
            return None
        return PartialDate.month(year, number)
    if direction is Direction.PAST and anchor.precision is Precision.DAY:
        year = _nearest_year(lambda y: date(y, number, 15), anchor.start)
    elif direction in (Direction.PAST, Direction.BEFORE):
        year -= number > current
    elif direction is Direction.LAST:
        year -= number >= current
    elif direction is Direction.FUTURE:
        year += number < current
    elif direction is Direction.NEXT:
        year += number <= current
    return PartialDate.month(year, number)


def month_day(number: int, day: int, anchor: PartialDate, future: bool, past: bool = False) -> PartialDate | None:
    """A day and month without a year ("17. oktober", "Jan. 14"): the nearest one, leaning to the past.

    See :func:`year_of` for which year; None when the day does not exist in
    the year it falls in ("29 February" of 2017).
    """
    year = year_of(lambda y: date(y, number, min(day, monthrange(y, number)[1])), anchor, future, past)
    try:
        return PartialDate.day(year, number, day)
    except ValueError:
        return None


def year_of(on: Callable[[int], date], anchor: PartialDate, future: bool, past: bool = False) -> int:
    """The year of a yearly day named without one: a date ("Jan. 14") or a holiday ("Good Friday").

    News reports what happened, so a day in the past wins unless the same
    day ahead is less than a third as far ("Jan. 14" written in late December
    is the coming one); a future-tense sentence takes the next one. A
    month-precision anchor is compared by its last day (past) or first day
    (future), so "17. oktober" in a March 2017 article is 17 October 2016.
    ``past`` ("el 25 de abril pasado") takes the latest one on or before the
    anchor. ``on(year)`` is the day in that year.
    """
    if anchor.precision is Precision.YEAR:
        return anchor.start.year
    if future:
        return anchor.start.year + (on(anchor.start.year) < anchor.start)
    if anchor.precision is Precision.DAY and not past:
        return _nearest_year(on, anchor.start)
    return anchor.end.year - (on(anchor.end.year) > anchor.end)


def _nearest_year(on: Callable[[int], date], anchor: date) -> int:
    """The year around the anchor's whose ``on(year)`` is nearest, a day ahead counting as three behind."""

    def distance(year: int) -> int:
        days = (on(year) - anchor).days
        return 3 * days if days > 0 else -days

    return min((anchor.year - 1, anchor.year, anchor.year + 1), key=distance)


PART_MONTHS = {"Q": 3, "H": 6, "T": 4}  # TIMEX3 quarters, halves and thirds of a year, by length in months


def part_of(day: date, months: int) -> int:
    """Which quarter (``months`` 3), half (6) or third (4) of its year a day falls in."""
    return (day.month - 1) // months + 1


def part_year(number: int, months: int, anchor: PartialDate, future: bool) -> int:
    """The year of "the third quarter": the anchor's, or the year before when that part is still to come."""
    if anchor.precision < Precision.MONTH:
        return anchor.start.year
    ahead = number > part_of(anchor.start, months)
    return anchor.start.year - (ahead and not future)


def last_part(anchor: PartialDate, months: int) -> tuple[int, int]:
    """"The quarter" of a results report: the last one completed before the anchor."""
    if anchor.precision < Precision.MONTH:
        return anchor.start.year, 12 // months
    current = part_of(anchor.start, months)
    return (anchor.start.year, current - 1) if current > 1 else (anchor.start.year - 1, 12 // months)


_SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}


def season_year(code: str, anchor: PartialDate, direction: Direction) -> int | None:
    """The year of a season named without one ("last fall", "this summer").

    A winter belongs to the year it begins in. "This" and a plain "in the
    summer" are the anchor's year; "last" is the latest such season begun
    before the anchor's own season, "next" the first to begin after it.
    """
    year = anchor.start.year
    if anchor.precision < Precision.MONTH:
        return None if direction in (Direction.LAST, Direction.NEXT) else year
    begun = (anchor.start.month - _SEASON_START[code]) % 12 < 3  # the anchor falls inside this season
    start_year = year - (anchor.start.month < _SEASON_START[code])  # the latest start on or before the anchor
    if direction is Direction.LAST:
        return start_year - begun
    if direction is Direction.NEXT:
        return start_year + 1
    return start_year if begun else year


def weekend(anchor: PartialDate, direction: Direction) -> PartialDate | None:
    """The ISO week whose weekend is meant: the last one begun by the anchor, or the coming one.

    Read on a Saturday or Sunday, "the weekend" is the one under way and
    "next weekend" the one after it.
    """
    if anchor.precision is not Precision.DAY:
        return anchor if anchor.precision is Precision.WEEK else None
    week = PartialDate.of(anchor.start, Precision.WEEK)
    if anchor.start.isoweekday() >= 6:
        return PartialDate.of(anchor.start + timedelta(days=7), Precision.WEEK) if direction is Direction.NEXT else week
    if direction in (Direction.FUTURE, Direction.NEXT, Direction.THIS):
        return week
    return PartialDate.of(anchor.start - timedelta(days=7), Precision.WEEK)


def day_of_month(day: int, anchor: PartialDate, direction: Direction) -> PartialDate | None:
    """"el día 13" with no month: that day in the anchor's month, or in the month before or after.

    The nearest one is meant ("hasta el día 8" written on 2 January is 8
    January; "del día 3 al 5" written on 1 October is early October);
    "el pasado día 3" takes the latest on or before the anchor, "el próximo
    día 9" or a future tense the first on or after it. None when no such day
    exists nearby.
    """
    if anchor.precision is not Precision.DAY:
        try:
            return PartialDate.day(anchor.start.year, anchor.start.month, day)
        except ValueError:
            return None
    candidates = []
    for step in (-1, 0, 1):
        month = _add_months(anchor.start.replace(day=1), step)
        if day <= monthrange(month.year, month.month)[1]:
            candidates.append(month.replace(day=day))
    if direction in (Direction.LAST, Direction.BEFORE):
        candidates = [c for c in candidates if c <= anchor.start]
    elif direction in (Direction.NEXT, Direction.FUTURE):
        candidates = [c for c in candidates if c >= anchor.start]
    if not candidates:
        return None
    nearest = min(candidates, key=lambda c: (abs((c - anchor.start).days), c > anchor.start))
    return PartialDate.of(nearest, Precision.DAY)
