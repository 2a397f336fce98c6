"""Proper names in sentences, found without a language-specific model.

Stories are joined partly on shared names (Mosul, al-Abadi, Raqqa), which are
written the same way across languages that use the Latin script. A name here
is a run of capitalised words, allowing name particles such as "al-" or "bin";
capitalised function words ("The", "Det") are not names, unless they name a
country (jusText's French stoplist holds "états-unis"). People, places and
organisations get their labels in a later stage.
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from storyline.analyse.countries import LEADING_ELISION, country_code
from storyline.model import Mention
from storyline.stopwords import stopwords

_WORD = regex.compile(r"\p{L}[\p{L}\p{M}'’\-.]*\p{L}|\p{L}")
#: A lower-case elided article or preposition before a name ("l'Égypte", "d'Alep",
#: "dell'Iraq"): the name starts after the apostrophe.
_ELISION = regex.compile(r"\p{Ll}{1,5}['’](?=\p{Lu})")
_POSSESSIVES = ("'s", "’s")
_PARTICLES = frozenset({"al", "el", "bin", "ibn", "de", "del", "van", "von", "der", "da", "di", "abu"})


def _capitalised(word: str) -> bool:
    """Whether the word's head is capitalised: "al-Nuri", "O'Brien" are, "J'aimerais" is not."""
    head = word.split("-")[-1] if word[:3].lower() in ("al-", "el-") else word
    if "'" in head[:3] or "’" in head[:3]:
        head = LEADING_ELISION.sub("", head)
    return head[:1].isupper()


def find_mentions(
    text: str, language: str | None, skip: Sequence[tuple[int, int]] = ()
) -> list[Mention]:
    """Runs of capitalised words in a sentence, as unlabelled name mentions.

    Words inside the ``skip`` spans (the sentence's time expressions:
    "Thursday", "Last October") are never names.
    """
    function_words = stopwords(language)
    mentions: list[Mention] = []
    run: list[tuple[int, int]] = []  # spans of the words in the current name

    def close_run() -> None:
        while run and text[run[-1][0] : run[-1][1]].lower() in _PARTICLES:
            run.pop()
        if run:
            start, end = run[0][0], run[-1][1]
            if text[end - 2 : end] in _POSSESSIVES:
                end -= 2
            mentions.append(Mention(text=text[start:end], start=start, end=end))
        run.clear()

    for match in _WORD.finditer(text):
        word = match.group()
        elided = _ELISION.match(word) if "'" in word or "’" in word else None
        start = match.start() + (elided.end() if elided else 0)
        if elided:
            word = word[elided.end() :]
        gap = text[run[-1][1] : start] if run else " "
        if run and (gap.strip() or elided):
            close_run()
        skipped = any(s < match.end() and start < e for s, e in skip)
        lowered = word.lower()
        if _capitalised(word) and not skipped and (lowered not in function_words or country_code(word, language)):
            run.append((start, match.end()))
        elif run and lowered in _PARTICLES:
            run.append((start, match.end()))
        else:
            close_run()
    close_run()
    return mentions
