"""Stop words, the cheapest sign that a line is running prose.

Prose is about half function words in any language; menus, buttons and
credits have almost none. jusText's stoplists cover a hundred languages, so
the document's language is guessed as the stoplist that covers most of its
words, which needs no model and no network.

Scoring every stoplist against every word of every document was most of the
cleaner's time, so stoplists are indexed once (word to languages) and only
the document's first words are scored: a few hundred words name the
language as surely as ten thousand.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import cache
from itertools import chain

from storyline.stopwords import stoplists

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
_SAMPLE_CHARS = 2000  # a few hundred words


def words(text: str) -> list[str]:
    """The lower-cased words of a text (letters only; numbers are not words here)."""
    return _WORD.findall(text.casefold())


@cache
def _languages_of_word() -> dict[str, tuple[str, ...]]:
    """Each stop word and the languages (in name order) whose stoplist holds it."""
    index: dict[str, list[str]] = {}
    for name, stoplist in stoplists().items():
        for word in stoplist:
            index.setdefault(word, []).append(name)
    return {word: tuple(names) for word, names in index.items()}


def guess_stoplist(text: str) -> tuple[str | None, frozenset[str]]:
    """The jusText language whose stop words cover most of the text's first words, and its stoplist.

    Ties go to the first language name in alphabetical order.
    """
    index = _languages_of_word()
    hits = Counter(chain.from_iterable(index.get(word, ()) for word in words(text[:_SAMPLE_CHARS])))
    if not hits:
        return None, frozenset()
    best = max(hits.values())
    name = min(language for language, count in hits.items() if count == best)
    return name, stoplists()[name]


def stopword_density(tokens: list[str], stoplist: frozenset[str]) -> float:
    """The share of ``tokens`` that are stop words; 0 for no tokens."""
    if not tokens:
        return 0.0
    return sum(1 for token in tokens if token in stoplist) / len(tokens)
