"""Publication dates written into folder and file names.

Corpora are often laid out as ``<topic>/<2011-03-24>/<n>.txt`` or name files
``20110324_x.txt``; when a file carries no date of its own, that is the best
date there is.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from storyline.dates import PartialDate

_SEP = r"[-_.]"
_DAY = re.compile(rf"(?<!\d)(\d{{4}}){_SEP}?(\d{{2}}){_SEP}?(\d{{2}})(?!\d)")
_MONTH = re.compile(rf"(?<!\d)(\d{{4}}){_SEP}(\d{{2}})(?![\d])")
_YEARS = range(1900, 2100)


def date_from_path(path: Path) -> PartialDate | None:
    """The date in the innermost path part that holds one, or None.

    The file name is looked at first, then its folders inward-out. Digit runs
    that are not a valid calendar date (ids, hashes) are ignored.
    """
    for part in (path.stem, *reversed(path.parent.parts)):
        found = _date_in(part)
        if found:
            return found
    return None


def _date_in(name: str) -> PartialDate | None:
    for match in _DAY.finditer(name):
        year, month, day = (int(group) for group in match.groups())
        if year in _YEARS and _valid(year, month, day):
            return PartialDate.day(year, month, day)
    for match in _MONTH.finditer(name):
        year, month = int(match.group(1)), int(match.group(2))
        if year in _YEARS and 1 <= month <= 12:
            return PartialDate.month(year, month)
    return None


def _valid(year: int, month: int, day: int) -> bool:
    try:
        date(year, month, day)
    except ValueError:
        return False
    return True
