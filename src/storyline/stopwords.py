"""Function words per language, from jusText's stoplists (100 languages).

Several stages need to tell content words from function words: name
detection skips a capitalised "The" or "Det", and the clutter filter measures
how much of a line is ordinary prose.
"""

from __future__ import annotations

from functools import lru_cache

import justext
from lingua import IsoCode639_1, Language


@lru_cache(maxsize=None)
def stopwords(language: str | None) -> frozenset[str]:
    """Lower-cased function words of an ISO 639-1 language; empty when unknown."""
    if not language:
        return frozenset()
    try:
        name = Language.from_iso_code_639_1(getattr(IsoCode639_1, language.upper())).name
    except (AttributeError, ValueError):
        return frozenset()
    stoplist = name.capitalize()
    if language == "nb" or language == "no":
        stoplist = "Norwegian_Bokmal"
    if stoplist not in justext.get_stoplists():
        return frozenset()
    return frozenset(word.lower() for word in justext.get_stoplist(stoplist))
