"""Anchoring relative and year-less expressions against the publication date.

News is written in the past tense about the days before publication, so by
default "Thursday" is the latest Thursday on or before the anchor and
"17. oktober" the latest 17 October on or before it; a future-tense sentence
flips both forward. Results are never more precise than the anchor allows: a
weekday in an article dated only "2017-03" resolves to March 2017, because the
day itself cannot be known.
"""

from __future__ import annotations

from datetime import date, timedelta
from enum import Enum

from storyline.dates import PartialDate, Precision


class Direction(str, Enum):
    """Which occurrence of a recurring name ("October", "Thursday") is meant."""

    PAST = "past"  # the latest on or before the anchor
    FUTURE = "future"  # the earliest on or after the anchor
    LAST = "last"  # strictly before the anchor's period
    NEXT = "next"  # strictly after it
    THIS = "this"  # inside the anchor's own period


UNIT_PRECISION = {
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
        if unit == "year":
            return PartialDate.year(start.year + int(amount))
        if unit == "month":
            return PartialDate.of(_add_months(start, int(amount)), precision)
        days = {"week": 7, "day": 1, "hour": 1 / 24, "minute": 1 / 1440}[unit] * amount
        return PartialDate.of(start + timedelta(days=int(days)), precision)
    except (ValueError, OverflowError):
        return None


def weekday(iso_weekday: int, anchor: PartialDate, direction: Direction) -> PartialDate:
    """The day named by a weekday, or the anchor when its day is unknown."""
    if anchor.precision is Precision.WEEK:
        day = anchor.start + timedelta(days=iso_weekday - 1)
        step = {Direction.LAST: -7, Direction.NEXT: 7}.get(direction, 0)
        return PartialDate.of(day + timedelta(days=step), Precision.DAY)
    if anchor.precision is not Precision.DAY:
        return anchor
    today = anchor.start.isoweekday()
    if direction in (Direction.PAST, Direction.LAST, Direction.THIS):
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
    if direction is Direction.PAST:
        year -= number > current
    elif direction is Direction.LAST:
        year -= number >= current
    elif direction is Direction.FUTURE:
        year += number < current
    elif direction is Direction.NEXT:
        year += number <= current
    return PartialDate.month(year, number)


def month_day(number: int, day: int, anchor: PartialDate, future: bool) -> PartialDate | None:
    """A day and month without a year ("17. oktober"): the nearest one in the text's tense.

    A month-precision anchor is compared by its last day (past) or first day
    (future), so "17. oktober" in a March 2017 article is 17 October 2016.
    None when the day does not exist in the year it falls in.
    """
    if anchor.precision is Precision.YEAR:
        year = anchor.start.year
    elif future:
        year = anchor.start.year + ((number, day) < (anchor.start.month, anchor.start.day))
    else:
        year = anchor.end.year - ((number, day) > (anchor.end.month, anchor.end.day))
    try:
        return PartialDate.day(year, number, day)
    except ValueError:
        return None
