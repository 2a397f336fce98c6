"""Country names in any language, as one key per country.

Stories are joined partly on the names their articles share, and a country is
the name most articles of a conflict share. But "Syria", "Syrie", "Siria" and
"Syrien" are one place: without a common key a French article about Syria
shares no name with an English one, and a French Egypt report is not told
apart from French Syria reports by its names. CLDR's territory names (shipped
with Babel, in every locale it knows) give each country's name in the
article's language and in English, the language of most names in news.
"""

from __future__ import annotations

from functools import cache

import regex
from babel import Locale, UnknownLocaleError

#: Prefix of a country key, so it can never equal a plain lower-cased name.
KEY_PREFIX = "country:"
#: One or two letters and an apostrophe opening a word ("L'Égypte", "J'aimerais", "O'Brien"):
#: the word's head follows. The name finder keeps it on a name, since "O'" belongs to one.
LEADING_ELISION = regex.compile(r"^\p{L}{1,2}['’]")


@cache
def _names(language: str) -> dict[str, str]:
    """Lower-cased country name -> ISO 3166 code, in ``language`` (empty when Babel does not know it)."""
    try:
        territories = Locale.parse(language).territories
    except (UnknownLocaleError, ValueError):
        return {}
    # Two-letter codes are countries; three-digit ones are regions ("Europe", "Western Asia").
    return {name.lower(): code for code, name in territories.items() if code.isalpha()}


def country_code(name: str, language: str | None) -> str | None:
    """The ISO code of the country ``name`` names in ``language`` or in English, else None."""
    lowered = name.lower()
    for form in (lowered, LEADING_ELISION.sub("", lowered)):
        for lang in (language, "en"):
            if lang and (code := _names(lang).get(form)):
                return code
    return None


def name_key(name: str, language: str | None) -> str:
    """A name as stories compare it: a country's key in any language, else the name lower-cased."""
    code = country_code(name, language)
    return KEY_PREFIX + code if code else name.lower()
