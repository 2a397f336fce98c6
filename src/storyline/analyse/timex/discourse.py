"""What one sentence of an article leaves for the next.

A sentence alone cannot tell what "that day" or "el día anterior" points
back to, nor that "a year earlier" in a results report means the same
quarter a year before: the article can. :func:`tag_sentences` tags an
article's sentences in order and carries two things across them: the date
told last (the referent of "that day"), and the quarter the report is about.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from storyline.analyse.timex.tagger import (
    last_told,
    named_quarter,
    tag,
    year_ago_quarter,
)
from storyline.dates import PartialDate
from storyline.model import TimeExpression


@dataclass
class Discourse:
    """The article so far: the last date told and the last quarter named."""

    referent: PartialDate | None = None
    quarter: tuple[int, str] | None = None  # (1989, "3") after "third-quarter profit"

    def read(self, found: list[TimeExpression]) -> list[TimeExpression]:
        """Date this sentence's year-ago words by the report's quarter, then remember what it told.

        A sentence naming its own quarter was dated by :func:`tag` already.
        """
        named = named_quarter(found)
        if named is not None:
            self.quarter = named
        elif self.quarter is not None:
            year_ago_quarter(found, self.quarter, words_only=True)
        self.referent = last_told(found, self.referent)
        return found


def tag_sentences(sentences: Iterable[str], language: str | None,
                  anchor: PartialDate | None) -> list[list[TimeExpression]]:
    """Time expressions of each of an article's sentences, in order, with the article's context carried."""
    discourse = Discourse()
    return [discourse.read(tag(text, language, anchor, discourse.referent)) for text in sentences]
