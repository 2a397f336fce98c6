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
#: Most forms spread in one story (the most recognised first).
MAX_FORMS = 10_000
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


class Spread:
    """Finds a story's recognised forms in its sentences, as whole words, the longest form first.

    Forms are indexed by their first word, so a sentence costs a dictionary
    look-up per word that could open one, however many forms the story has.
    """

    def __init__(self, forms: dict[str, str]) -> None:
        self.forms = forms
        self.by_first: dict[str, list[str]] = {}
        for form in sorted(forms, key=len, reverse=True):
            if (first := _WORD.match(form)) is not None:
                self.by_first.setdefault(first.group(), []).append(form)
        # Only words that open with a letter some form opens with are looked up (most forms are capitalised).
        openings = "".join(sorted({regex.escape(word[0]) for word in self.by_first}))
        self.words = regex.compile(rf"(?<![\p{{L}}\p{{N}}])[{openings}][\p{{L}}\p{{N}}]*") if openings else None

    def found_in(self, text: str, recognised: list[Mention]) -> list[Mention]:
        """Occurrences of the forms in ``text`` that no recognised mention covers."""
        if self.words is None:
            return []
        found: list[Mention] = []
        taken = [(m.start, m.end) for m in recognised]
        for word in self.words.finditer(text):
            start = word.start()
            for form in self.by_first.get(word.group(), ()):
                end = start + len(form)
                if text.startswith(form, start) and not _continues(text, end) and not _overlaps(taken, start, end):
                    found.append(Mention(form, start, end, self.forms[form]))
                    taken.append((start, end))
                    break
        return [] if found and _shouting(text) else found


_WORD = regex.compile(r"(?<![\p{L}\p{N}])[\p{L}\p{N}]+")


def _continues(text: str, end: int) -> bool:
    """Whether a word goes on at ``end`` (so a form ending there is not a whole word)."""
    return end < len(text) and (text[end].isalnum())


def _overlaps(taken: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(start < stop and begin < end for begin, stop in taken)


_LETTER = regex.compile(r"\p{L}")
_CAPITAL = regex.compile(r"\p{Lu}")


def _shouting(text: str) -> bool:
    return len(_CAPITAL.findall(text)) > MAX_CAPITALS * len(_LETTER.findall(text))
