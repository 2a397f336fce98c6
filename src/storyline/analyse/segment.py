"""Sentence splitting that works for the article's language.

Paragraphs (lines) are split first, because scraped text and pre-tokenised
corpora put one paragraph or one sentence a line; sentencex then splits each
paragraph with the abbreviation rules of the language ("17. oktober" is not a
sentence end in Danish, "Col. Ryan Dillon" is not one in English).
"""

from __future__ import annotations

import re

from sentencex import segment

from storyline.model import Sentence

# "until 5 p.m. EST Nov. 9": sentencex ends a sentence at "p.m."; it goes on when what follows
# is lower case, a number, a time zone or a day or month name.
_CLOCK_END = re.compile(r"\b[ap]\.m\.$", re.IGNORECASE)
_GOES_ON = re.compile(
    r"^(?:[a-z0-9(]|[A-Z]{2,4}\b|(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b)"
)


def _pieces(line: str, language: str | None) -> list[str]:
    """sentencex's sentences of one line, with splits after "a.m."/"p.m." undone where the sentence goes on."""
    pieces: list[str] = []
    for piece in segment(language or "en", line):
        if pieces and _CLOCK_END.search(pieces[-1].rstrip()) and _GOES_ON.match(piece.lstrip()):
            pieces[-1] = pieces[-1] + piece
        else:
            pieces.append(piece)
    return pieces


def split_sentences(text: str, language: str | None) -> list[Sentence]:
    """Sentences of ``text`` with their character offsets, indexed from 0."""
    sentences: list[Sentence] = []
    offset = 0
    for line in text.split("\n"):
        line_start = offset
        offset += len(line) + 1
        if not line.strip():
            continue
        cursor = 0
        for piece in _pieces(line, language):
            stripped = piece.strip()
            if not stripped:
                continue
            found = line.find(stripped, cursor)
            start = found if found >= 0 else cursor
            cursor = start + len(stripped)
            sentences.append(
                Sentence(
                    index=len(sentences),
                    text=stripped,
                    start=line_start + start,
                    end=line_start + start + len(stripped),
                )
            )
    return sentences
