"""Dates at their honest precision.

News reports rarely give a full day for everything: a header may carry only a
month, a sentence may say "in 2014". A :class:`PartialDate` is a calendar
period (a day, an ISO week, a month or a year) so that a month-only date is
never silently turned into the 1st of that month, and two dates of different
precision can be compared by containment rather than by equality.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta
from enum import IntEnum


class Precision(IntEnum):
    """How finely a date is known; larger is finer."""

    YEAR = 1
    MONTH = 2
    WEEK = 3
    DAY = 4


_VALUE = re.compile(r"^(\d{4})(?:-(?:(\d{2})(?:-(\d{2})|-WXX-([1-7]))?|W(\d{2})))?$")


@dataclass(frozen=True, order=True)
class PartialDate:
    """A calendar period: its first day and its precision.

    Ordering is by first day, then coarser before finer, so sorting a
    timeline puts "2014" before "2014-07" before "2014-07-05".

    A month may also carry a weekday: "natten til tirsdag" in an article
    dated only March 2017 is "a Tuesday in March 2017" (value
    ``2017-03-WXX-2``, TIMEX3's unknown-week notation inside a known month),
    which says more than the month without guessing the day.
    """

    start: date
    precision: Precision
    weekday: int = 0  # ISO weekday within a month-precision date; 0 for none

    @classmethod
    def day(cls, year: int, month: int, day: int) -> PartialDate:
        return cls(date(year, month, day), Precision.DAY)

    @classmethod
    def month(cls, year: int, month: int) -> PartialDate:
        return cls(date(year, month, 1), Precision.MONTH)

    @classmethod
    def weekday_in_month(cls, year: int, month: int, weekday: int) -> PartialDate:
        return cls(date(year, month, 1), Precision.MONTH, weekday)

    @classmethod
    def year(cls, year: int) -> PartialDate:
        return cls(date(year, 1, 1), Precision.YEAR)

    @classmethod
    def week(cls, year: int, week: int) -> PartialDate:
        return cls(date.fromisocalendar(year, week, 1), Precision.WEEK)

    @classmethod
    def of(cls, value: date, precision: Precision) -> PartialDate:
        """The period of ``precision`` that contains ``value``."""
        if precision is Precision.DAY:
            return cls(value, precision)
        if precision is Precision.WEEK:
            iso = value.isocalendar()
            return cls.week(iso.year, iso.week)
        if precision is Precision.MONTH:
            return cls.month(value.year, value.month)
        return cls.year(value.year)

    @classmethod
    def parse(cls, value: str) -> PartialDate:
        """Read a TIMEX3-style value: ``2017``, ``2017-06``, ``2017-W25``, ``2017-06-29``."""
        match = _VALUE.match(value.strip())
        if not match:
            raise ValueError(f"not a calendar date value: {value!r}")
        year, month, day, weekday, week = match.groups()
        if week:
            return cls.week(int(year), int(week))
        if day:
            return cls.day(int(year), int(month), int(day))
        if weekday:
            return cls.weekday_in_month(int(year), int(month), int(weekday))
        if month:
            return cls.month(int(year), int(month))
        return cls.year(int(year))

    @property
    def end(self) -> date:
        """The last day of the period."""
        if self.precision is Precision.DAY:
            return self.start
        if self.precision is Precision.WEEK:
            return self.start + timedelta(days=6)
        if self.precision is Precision.MONTH:
            last = calendar.monthrange(self.start.year, self.start.month)[1]
            return self.start.replace(day=last)
        return date(self.start.year, 12, 31)

    @property
    def value(self) -> str:
        """The TIMEX3 value, only as precise as the date is known."""
        if self.precision is Precision.DAY:
            return self.start.isoformat()
        if self.precision is Precision.WEEK:
            iso = self.start.isocalendar()
            return f"{iso.year:04d}-W{iso.week:02d}"
        if self.precision is Precision.MONTH:
            month = f"{self.start.year:04d}-{self.start.month:02d}"
            return f"{month}-WXX-{self.weekday}" if self.weekday else month
        return f"{self.start.year:04d}"

    def contains(self, other: PartialDate) -> bool:
        """True when ``other`` lies wholly inside this period (and falls on its weekday, if it has one)."""
        if self.weekday and (other.precision is not Precision.DAY or other.start.isoweekday() != self.weekday):
            return other == self
        return self.start <= other.start and other.end <= self.end

    def compatible(self, other: PartialDate) -> bool:
        """True when one period contains the other: both may name the same happening."""
        return self.contains(other) or other.contains(self)

    def label(self) -> str:
        """A human reading at the date's precision: '29 June 2017', 'June 2017', '2017'.

        Years before 1000 are written with four digits ('February 0001'):
        'February 1' would read as a day of an unknown year.
        """
        year = f"{self.start.year:04d}"
        if self.precision is Precision.DAY:
            return f"{self.start.day} {calendar.month_name[self.start.month]} {year}"
        if self.precision is Precision.WEEK:
            return f"week of {self.start.day} {calendar.month_name[self.start.month]} {year}"
        if self.precision is Precision.MONTH:
            month = f"{calendar.month_name[self.start.month]} {year}"
            return f"a {calendar.day_name[self.weekday - 1]} in {month}" if self.weekday else month
        return year

    def __str__(self) -> str:
        return self.value
