"""Dates as metadata fields write them: ``2011-01-25``, ``2011-01-25T10:00Z``, ``2011-01``."""

from __future__ import annotations

import re

from storyline.dates import PartialDate

_LEADING = re.compile(r"^\s*(\d{4})(?:-?(\d{2})(?:-?(\d{2}))?)?(?:$|[T\s,+Z]|\.\d)")


def parse_metadata_date(value: object) -> PartialDate | None:
    """The date at the start of a metadata value, at the precision given; None if there is none.

    Only the calendar part is used: a time of day does not make a
    publication date more useful for a timeline and time zones would shift it.
    """
    if not isinstance(value, str):
        return None
    match = _LEADING.match(value)
    if not match:
        return None
    text = "-".join(group for group in match.groups() if group)
    try:
        return PartialDate.parse(text)
    except ValueError:
        return None
