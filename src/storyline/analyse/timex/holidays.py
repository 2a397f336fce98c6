"""The day a named holiday falls on in a given year, fixed or movable.

News dates events by holidays as often as by calendar dates ("killed on
Good Friday", "found on Thanksgiving Day", "natten til 2. påskedag"). Fixed
ones are a month and day; Easter and the feasts counted from it move with
the Gregorian computus (python-dateutil's ``easter``), and US Thanksgiving
is the fourth Thursday of November.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from dateutil.easter import easter


@dataclass(frozen=True)
class FromEaster:
    """A feast a fixed number of days from Easter Sunday: Good Friday is -2, Whit Monday +50."""

    days: int


@dataclass(frozen=True)
class NthWeekday:
    """The ``n``-th given ISO weekday of a month: US Thanksgiving is (11, 4, 4)."""

    month: int
    weekday: int
    n: int


#: A fixed (month, day) or a rule for a movable holiday.
Holiday = tuple[int, int] | FromEaster | NthWeekday

THANKSGIVING = NthWeekday(11, 4, 4)


def day_in(holiday: Holiday, year: int) -> date:
    """The day ``holiday`` falls on in ``year``."""
    if isinstance(holiday, FromEaster):
        return easter(year) + timedelta(days=holiday.days)
    if isinstance(holiday, NthWeekday):
        first = date(year, holiday.month, 1)
        return first + timedelta(days=(holiday.weekday - first.isoweekday()) % 7 + 7 * (holiday.n - 1))
    month, day = holiday
    return date(year, month, day)
