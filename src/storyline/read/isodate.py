"""Dates as headers and metadata fields write them: ``2011-01-25``, ``2011-01-25T10:00Z``, ``2011-01``.

A date a file states is its publication date, so one that cannot be (a
``9999-99-99`` placeholder, ``0001-01-01`` from a database's empty date) is
refused with a reason the reader reports, never silently kept or dropped.
"""

from __future__ import annotations

import re

from storyline.dates import PartialDate

_LEADING = re.compile(r"^\s*(\d{4})(?:-?(\d{2})(?:-?(\d{2}))?)?(?:$|[T\s,+Z]|\.\d)")

#: Years a stated publication date may have. Below 1000 a year needs leading
#: zeros, which real dates never have and empty-date placeholders
#: (``0000-00-00``, ``0001-01-01``) always do; medieval chronicles and every
#: newspaper ever printed fall inside. Two centuries ahead leaves room for
#: any clock or scheduling slip but refuses ``9999-12-31``-style "no end"
#: markers, and keeps the time expressions read against the date ("ten
#: years later") far from the calendar's end at 9999.
PLAUSIBLE_YEARS = range(1000, 2201)


class DateRefused(ValueError):
    """A stated date that cannot be a publication date; its message says why."""


def calendar_date(value: str) -> PartialDate:
    """``YYYY[-MM[-DD]]`` as a date at that precision, or DateRefused."""
    try:
        date = PartialDate.parse(value)
    except ValueError:
        raise DateRefused("is not a calendar date") from None
    if date.start.year not in PLAUSIBLE_YEARS:
        raise DateRefused(
            f"is outside the years {PLAUSIBLE_YEARS.start}-{PLAUSIBLE_YEARS.stop - 1} a publication date can have"
        )
    return date


def parse_metadata_date(value: object) -> PartialDate | None:
    """The date at the start of a metadata value, at the precision given.

    None when there is no value (absent, null or blank); DateRefused when
    there is one but it is no usable date. Only the calendar part is used: a
    time of day does not make a publication date more useful for a timeline
    and time zones would shift it.
    """
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    match = _LEADING.match(value) if isinstance(value, str) else None
    if not match:
        raise DateRefused("is not a date of the form YYYY-MM-DD")
    return calendar_date("-".join(group for group in match.groups() if group))



def noted_date(value: object, field: str, notes: list[str]) -> PartialDate | None:
    """The date in a metadata value; one that is no usable date is ignored with a note in ``notes``.

    ``field`` names where the value came from ("the date field"), so the
    note reads "the date field '2011-13-45' is not a calendar date: ignored".
    """
    try:
        return parse_metadata_date(value)
    except DateRefused as refusal:
        notes.append(f"{field} {_shown(value)} {refusal}: ignored")
        return None


def _shown(value: object) -> str:
    """A JSON value as a note quotes it: short, strings quoted with anything unprintable escaped."""
    if isinstance(value, bool):
        return str(value).lower()
    if isinstance(value, int | float):
        return _short(repr(value))
    if isinstance(value, str):
        return repr(_short(value))
    return "a list" if isinstance(value, list) else "an object"


def _short(text: str) -> str:
    return text if len(text) <= 40 else text[:37] + "..."
