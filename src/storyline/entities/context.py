"""What the words around a mention say about it: the landmark noun it names, the settlement it is.

A recogniser marks "al-Nuri" in "the al-Nuri mosque": the name of a
mosque, not the Iranian town the gazetteer holds under "al-Nuri". And it
may call "Palmyra" a person in "den historiske by Palmyra", where the noun
before it says it is a town. Both are read from the sentence itself, with
the feature words the gazetteer already knows (:mod:`storyline.geo.names`)
and, per language, the nouns that introduce a settlement.
"""

from __future__ import annotations

import regex

from storyline.geo.names import FEATURE_WORDS, name_key, parts
from storyline.model import Mention

_NEXT_WORD = regex.compile(r"^[\s\-]+(\p{L}+)")
#: "<Feature word> of" just before a name: "the Great Mosque of al-Nuri", "University of Mosul".
_FEATURE_OF = regex.compile(r"(\p{Lu}\p{L}*\s+)?(\p{L}+)\s+(?:of|de|du|di|del|della|des|da|do|dos|das|von|van)\s+$")
#: Nouns that, right before a name, say it names a settlement ("the city of Mosul", "byen Palmyra").
_SETTLEMENT_NOUNS = {
    "en": "city town village capital",
    "da": "by byen landsby landsbyen hovedstad hovedstaden",
    "nb": "by byen landsby landsbyen hovedstad hovedstaden",
    "no": "by byen landsby landsbyen hovedstad hovedstaden",
    "sv": "stad staden by byn huvudstad huvudstaden",
    "de": "stadt dorf hauptstadt",
    "nl": "stad dorp hoofdstad",
    "fr": "ville village capitale",
    "es": "ciudad pueblo localidad capital",
    "it": "città villaggio paese capitale",
    "pt": "cidade vila aldeia capital",
}
_SETTLEMENT_BEFORE = {
    language: regex.compile(rf"(?:^|\s)(?:{'|'.join(nouns.split())})(?:\s+(?:of|de|di|do|da|van|d'))?\s*$",
                            regex.IGNORECASE)
    for language, nouns in _SETTLEMENT_NOUNS.items()
}


def with_landmark(text: str, mention: Mention) -> Mention:
    """The mention widened to the landmark or feature noun that belongs to its name, if one does:
    "al-Nuri" + " mosque", "Great Mosque of " + "al-Nuri"; else the mention as it is."""
    after = _NEXT_WORD.match(text[mention.end :])
    if after and name_key(after.group(1)) in FEATURE_WORDS:
        end = mention.end + after.end()
        return Mention(text[mention.start : end], mention.start, end, "LOC")
    before = _FEATURE_OF.search(text[: mention.start])
    if before and name_key(before.group(2)) in FEATURE_WORDS:
        start = before.start(1) if before.group(1) else before.start(2)
        return Mention(text[start : mention.end], start, mention.end, "LOC")
    return mention


def names_a_settlement(text: str, mention: Mention, language: str | None) -> bool:
    """Whether a noun right before the mention says it is a town or city ("den historiske by Palmyra")."""
    pattern = _SETTLEMENT_BEFORE.get(language or "")
    return bool(pattern and pattern.search(text[: mention.start]))


def names_a_landmark(mention: Mention) -> bool:
    """Whether the name's own words say it is a building, bridge, river... ("Great Mosque of al-Nuri",
    "Mosul University"): a place, whatever kind the recogniser gave it."""
    return parts(name_key(mention.text)).feature is not None
