"""What one sentence of an article leaves for the next.

A sentence alone cannot tell what "that day" or "el día anterior" points
back to, nor that "a year earlier" in a results report means the same
quarter a year before: the article can. :func:`tag_sentences` tags an
article's sentences in order and carries two things across them: the date
told last (the referent of "that day"), and the quarter the report is about.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from storyline.dates import PartialDate, Precision
from storyline.model import TimeExpression
from storyline.timex.tagger import tag

_QUARTER = re.compile(r"^(\d{4})-Q([1-4])$")


@dataclass
class Discourse:
    """The article so far: the last date told and the last quarter named."""

    referent: PartialDate | None = None
    quarter: tuple[int, str] | None = None  # (1989, "3") after "third-quarter profit"

    def read(self, found: list[TimeExpression]) -> list[TimeExpression]:
        """Date this sentence's year-ago expressions by the report's quarter, then remember what it told."""
        named = next((m for t in found if (m := _QUARTER.match(t.value))), None)
        if named is not None:
            self.quarter = (int(named.group(1)), named.group(2))
        elif self.quarter is not None:
            self._year_ago_quarter(found)
        self.referent = next((t.date for t in reversed(found) if t.date is not None), self.referent)
        return found

    def _year_ago_quarter(self, found: list[TimeExpression]) -> None:
        """"A year earlier", "last year" in a report on a quarter are that quarter a year before.

        Only words, not a written year: "in 1988" stays the year.
        """
        year, number = self.quarter
        for timex in found:
            if (timex.date is not None and timex.date.precision is Precision.YEAR
                    and timex.value == str(year - 1) and not any(c.isdigit() for c in timex.text)):
                timex.value = f"{year - 1}-Q{number}"


def tag_sentences(sentences: Iterable[str], language: str | None,
                  anchor: PartialDate | None) -> list[list[TimeExpression]]:
    """Time expressions of each of an article's sentences, in order, with the article's context carried."""
    discourse = Discourse()
    return [discourse.read(tag(text, language, anchor, discourse.referent)) for text in sentences]
