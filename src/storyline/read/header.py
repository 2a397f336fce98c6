"""The ` date YYYY[-MM[-DD]]` first line some text corpora put on each file.

Scrapers wrote the date on the same line as whatever came first on the page,
so text can follow the date on that line: it is article (or clutter) text
and is kept, only the marker and the date are removed.
"""

from __future__ import annotations

import re

from storyline.dates import PartialDate

_HEADER = re.compile(r"^[ \t]*date[ \t]+(\d{4}(?:-\d{2}(?:-\d{2})?)?)(?![\d-])[ \t]*(.*)$")


def split_header(text: str) -> tuple[PartialDate | None, str]:
    """The header's date (at its precision) and the text without the header.

    Text without a valid header comes back unchanged with no date.
    """
    first, newline, rest = text.partition("\n")
    match = _HEADER.match(first)
    if not match:
        return None, text
    try:
        published = PartialDate.parse(match.group(1))
    except ValueError:  # a header such as " date 2017-13-45"
        return None, text
    remainder = match.group(2).strip()
    return published, (remainder + newline + rest) if remainder else rest.lstrip("\n")
