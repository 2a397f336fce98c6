"""Function words per language, from jusText's stoplists (100 languages).

Several stages need to tell content words from function words: name
detection skips a capitalised "The" or "Det", date inference compares
sentences by their content words, and the clutter filter measures how much of
a line is ordinary prose. The stoplists are loaded once, here, for all of them.
"""

from __future__ import annotations

from functools import cache

import justext
from lingua import IsoCode639_1, Language


@cache
def stoplists() -> dict[str, frozenset[str]]:
    """Every jusText stoplist (lower-case words), keyed by its jusText language name."""
    return {name: _stoplist(name) for name in sorted(justext.get_stoplists())}


@cache
def _stoplist(name: str) -> frozenset[str]:
    """One jusText stoplist, read alone: all hundred take a seventh of a second, which a server's
    first reader of an English story should not pay."""
    return frozenset(justext.get_stoplist(name)) if name in justext.get_stoplists() else frozenset()


@cache
def stopwords(language: str | None) -> frozenset[str]:
    """Lower-cased function words of an ISO 639-1 language; empty when unknown."""
    if not language:
        return frozenset()
    if language in ("nb", "no"):  # "no", the macrolanguage, has no code of its own in lingua
        return _stoplist("Norwegian_Bokmal")
    try:
        name = Language.from_iso_code_639_1(getattr(IsoCode639_1, language.upper())).name
    except (AttributeError, ValueError):
        return frozenset()
    return _stoplist(name.capitalize())
