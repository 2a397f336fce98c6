"""A name recognised once in a story is that name wherever the story writes it.

A recogniser judges each sentence alone and misses names its context does
not make clear: the English "IS fighters" where only the Danish article
defined "Islamisk Stat (IS)", or "so-called Islamic State" where another
article wrote "the Islamic State" plainly. Within one story a name written
exactly the same way (same letters, same case, a whole word) means the same
thing, so each recognised form is looked for in every sentence of the story
and found occurrences become mentions of the kind it was recognised as.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

import regex

from storyline.model import Article, Mention

#: Forms shorter than this are not spread (one letter is too often something else).
MIN_CHARS = 2
#: Most forms spread in one story (the most recognised first): the pattern is one alternation of them.
MAX_FORMS = 3_000
#: A sentence with more capitals than this among its letters is a headline or a shout, where case says nothing.
MAX_CAPITALS = 0.5


def recognised_forms(articles: Sequence[Article]) -> dict[str, str]:
    """Each form the recogniser found in the story -> the kind it found it as most often."""
    kinds: dict[str, Counter[str]] = {}
    for article in articles:
        for sentence in article.sentences:
            for mention in sentence.entities:
                if len(mention.text) >= MIN_CHARS:
                    kinds.setdefault(mention.text, Counter())[mention.label] += 1
    ranked = sorted(kinds, key=lambda form: -sum(kinds[form].values()))[:MAX_FORMS]
    return {form: kinds[form].most_common(1)[0][0] for form in ranked}


def spread_pattern(forms: dict[str, str]) -> regex.Pattern[str] | None:
    """One pattern finding any of the forms as whole words, the longest first."""
    if not forms:
        return None
    alternatives = "|".join(regex.escape(form) for form in sorted(forms, key=len, reverse=True))
    return regex.compile(rf"(?<![\p{{L}}\p{{N}}])(?:{alternatives})(?![\p{{L}}\p{{N}}])")


def spread(text: str, recognised: list[Mention], pattern: regex.Pattern[str] | None,
           forms: dict[str, str]) -> list[Mention]:
    """Occurrences of the story's recognised forms in ``text`` that no recognised mention covers."""
    if pattern is None or _shouting(text):
        return []
    return [
        Mention(found.group(), found.start(), found.end(), forms[found.group()])
        for found in pattern.finditer(text)
        if not any(found.start() < m.end and m.start < found.end() for m in recognised)
    ]


def _shouting(text: str) -> bool:
    letters = [ch for ch in text if ch.isalpha()]
    return bool(letters) and sum(ch.isupper() for ch in letters) > MAX_CAPITALS * len(letters)
