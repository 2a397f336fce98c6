"""The ` date YYYY[-MM[-DD]]` first line some text corpora put on each file.

Scrapers wrote the date on the same line as whatever came first on the page,
so text can follow the date on that line: it is article (or clutter) text
and is kept, only the marker and the date are removed.
"""

from __future__ import annotations

import re

_HEADER = re.compile(r"^[ \t]*date[ \t]+(\d{4}(?:-\d{2}(?:-\d{2})?)?)(?![\d-])[ \t]*(.*)$")


def split_header(text: str) -> tuple[str | None, str]:
    """The date the header states (as written) and the text without the header.

    The date is not checked here: a header such as `` date 9999-99-99`` is
    still a header, removed from the text, and the caller says why its date
    is ignored. Text without a header comes back unchanged with no date.
    """
    first, newline, rest = text.partition("\n")
    match = _HEADER.match(first)
    if not match:
        return None, text
    remainder = match.group(2).strip()
    return match.group(1), (remainder + newline + rest) if remainder else rest.lstrip("\n")
