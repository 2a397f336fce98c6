"""Pages without line structure: a scraper that wrote a whole page on one line.

The cleaner judges a page line by line, because pages put one paragraph,
menu item or form label a line. Many scrapers join everything into one line
instead; judged whole, such a line mixes article prose with form and comment
wording and is thrown away as furniture. So when one line holds most of a
page and many sentences, it is split into its sentences, which the cleaner
then judges as lines; the sentences it keeps are joined back into their
paragraph.
"""

from __future__ import annotations

import regex

# A sentence ends at . ! ? or … (with any closing quotes or brackets) before
# white space and the capital, digit or opening quote of the next sentence.
# A lower-case word after a full stop goes on the sentence: "17. oktober",
# "U.S. officials" are not ends. No language rules are needed, since the
# sentences are only judged here and joined back afterwards.
_BOUNDARY = regex.compile(r"(?<=[.!?…][\"'”’»)\]]*)\s+(?=[\"'“‘«„(]?[\p{Lu}\p{Lt}\d])")
#: The line must hold this share of the page's characters ...
_FLAT_SHARE = 0.8
#: ... and at least this many sentences.
_FLAT_SENTENCES = 5


def sentences_of(line: str) -> list[str]:
    """The sentences of a line, each stripped, in order."""
    return [piece.strip() for piece in _BOUNDARY.split(line) if piece.strip()]


def flat_line(lines: list[str]) -> int | None:
    """The index of the line that holds the page when the page has no line structure, else None."""
    if not lines:
        return None
    longest = max(range(len(lines)), key=lambda index: len(lines[index]))
    if len(lines[longest]) < _FLAT_SHARE * sum(len(line) for line in lines):
        return None
    return longest if len(sentences_of(lines[longest])) >= _FLAT_SENTENCES else None


def unfold(lines: list[str]) -> tuple[list[str], list[int]]:
    """The lines with a page-holding line split into sentences, and the paragraph each comes from.

    Lines of a page with line structure are returned as they are, each its own paragraph.
    """
    flat = flat_line(lines)
    unfolded: list[str] = []
    paragraphs: list[int] = []
    for index, line in enumerate(lines):
        pieces = sentences_of(line) if index == flat else [line]
        unfolded += pieces
        paragraphs += [index] * len(pieces)
    return unfolded, paragraphs
