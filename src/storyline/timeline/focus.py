"""The main line of a timeline: what its articles are mostly about.

A collection about the war in Syria also holds a football result, a Nobel
prize and a travel piece, and a story sometimes gathers a stray; their dated
sentences are timeline entries like any other. When a reader asks for the
twenty dates that mattered, such entries should neither win a date nor be
the sentence shown for it. So before a budget picks dates, entries are kept
only when their words are at least as close to the centre of the articles
(by TF-IDF over the articles' stems, see :func:`storyline.lexical.closeness`)
as the median entry's: the closer half. On Timeline17, every
leave-one-topic-out fold chose the median among 0.75, 0.9, 1, 1.1 and 1.25
times it, over keeping everything.

Each language is measured against the articles in that language, so a
minority language is judged by its own articles, not by English words.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

import numpy as np

from storyline.lexical import closeness
from storyline.model import Article, TimelineEntry


def _language(entry: TimelineEntry) -> str | None:
    # An entry reads as its first citation's sentence (see merge._entry) and so is in its language.
    return entry.citations[0].language if entry.citations else None


def _own(entry: TimelineEntry, language: str | None, position: dict[tuple[str | None, str], int]) -> list[int]:
    """Where the article the entry's text comes from is among its language's texts (to leave it out)."""
    key = (language, entry.citations[0].article_id)
    return [position[key]] if key in position else []


def main_line(entries: Sequence[TimelineEntry], articles: Sequence[Article]) -> list[TimelineEntry]:
    """The entries at least as close to what the articles are about as the median entry, in order."""
    texts: dict[str | None, list[str]] = defaultdict(list)
    position: dict[tuple[str | None, str], int] = {}  # (language, article id): index among that language's texts
    for article in articles:
        position[article.language, article.id] = len(texts[article.language])
        texts[article.language].append(article.text)
    groups: dict[str | None, list[int]] = defaultdict(list)
    for index, entry in enumerate(entries):
        groups[_language(entry)].append(index)

    kept: set[int] = set()
    for language, members in groups.items():
        if not texts.get(language):
            kept.update(members)
            continue
        sources = [_own(entries[i], language, position) for i in members]
        scores = closeness([entries[i].text for i in members], texts[language], language, sources)
        floor = float(np.median(scores))
        kept.update(i for i, score in zip(members, scores) if score >= floor)
    return [entry for index, entry in enumerate(entries) if index in kept]
