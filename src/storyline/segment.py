"""Sentence splitting that works for the article's language.

Paragraphs (lines) are split first, because scraped text and pre-tokenised
corpora put one paragraph or one sentence a line; sentencex then splits each
paragraph with the abbreviation rules of the language ("17. oktober" is not a
sentence end in Danish, "Col. Ryan Dillon" is not one in English).
"""

from __future__ import annotations

from sentencex import segment

from storyline.model import Sentence


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
        for piece in segment(language or "en", line):
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
