"""What a sentence itself says about two of its names being one: definitions and appositions.

Writers say when two names are one entity, and they say it in a few ways
that carry across stories and languages: an acronym defined in brackets
("Islamisk Stat (IS)", "the IAEA (International Atomic Energy Agency)"), an
alias introduced ("Daesh, also known as...", "connu sous le nom de"), and a
short name glossed as standing for another ("using the Arabic acronym for
the Islamic State"). Each such sentence pairs two of its mentions.
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from storyline.entities.names import initials, is_acronym
from storyline.model import Mention

#: Between a name and an acronym in brackets right after it: only space.
_BRACKETED = regex.compile(r"^\s*[(\[]\s*$")
_CLOSING = regex.compile(r"^\s*[)\]]")
#: Phrases saying that what follows is another name for something named before, in the languages we read.
_ALIAS_OF_WHAT_FOLLOWS = regex.compile(
    r"(?:also|better|commonly|formerly)?\s*(?:known|called|referred to)\s+as|a\.?k\.?a\.?|alias"
    r"|(?:acronym|abbreviation|short|name|nickname)\s+for"
    r"|(?:også|bedre)\s+(?:kendt|kaldt)\s+som|forkortelse\s+for"
    r"|(?:aussi|également|plus)\s+(?:connu|appelé)e?s?\s+(?:sous le nom d[e']|comme)?|acronyme\s+d[e']|sigle\s+d[e']"
    r"|(?:también|mejor)\s+(?:conocid|llamad)[oa]s?\s+como|sigla[s]?\s+de|acrónimo\s+de"
    r"|(?:auch|besser)\s+(?:bekannt|genannt)\s+als|Abkürzung\s+für"
    r"|(?:anche|meglio)\s+(?:not|chiamat)[oa]\s+come|acronimo\s+d[ie]"
    r"|(?:também|mais)\s+(?:conhecid|chamad)[oa]s?\s+como",
    regex.IGNORECASE,
)
#: A word each of those phrases holds: a sentence with none of them glosses nothing.
_GLOSS_WORDS = ("known", "called", "referred", "referring", "aka", "a.k.a", "alias", "acronym", "abbreviation",
                "short", "name", "kendt", "kaldt", "forkortelse", "connu", "appel", "sigle", "conocid", "llamad",
                "sigla", "acrónimo", "bekannt", "genannt", "abkürzung", "noto", "nota", "chiamat", "acronimo",
                "conhecid", "chamad")
#: How far before the second name such a phrase may end.
_PHRASE_REACH = 12
#: A phrase around the second name: "referring to ISIS by another name".
_REFERRING_TO = regex.compile(r"referring\s+to\s+(?:the\s+)?$", regex.IGNORECASE)
_BY_ANOTHER_NAME = regex.compile(r"^\s+by\s+(?:another|a different|an other|its \w+)\s+name", regex.IGNORECASE)


def defined_acronyms(text: str, mentions: list[Mention]) -> Iterator[tuple[int, int]]:
    """Pairs (name, acronym) where the acronym follows the name in brackets, or the name follows the acronym.

    The acronym must fit the name's initials or at least start like it
    ("Islamisk Stat (IS)", "Islamic State of Iraq and the Levant (ISIL)").
    """
    for first, second in zip(range(len(mentions)), range(1, len(mentions))):
        before, after = mentions[first], mentions[second]
        if not (_BRACKETED.match(text[before.end : after.start]) and _CLOSING.match(text[after.end :])):
            continue
        long, short = (first, second) if is_acronym(after.text) else (second, first)
        if is_acronym(mentions[short].text) and _fits(mentions[short].text, mentions[long].text):
            yield long, short


def _fits(acronym: str, name: str) -> bool:
    letters, wanted = initials(name), regex.sub(r"\W", "", acronym).upper()
    return bool(letters) and (letters == wanted or letters.startswith(wanted[:2]))


def stated_aliases(text: str, mentions: list[Mention]) -> Iterator[tuple[list[int], int]]:
    """(candidate aliases, name) where a phrase just before the name says something earlier is another
    name for it ("Daesh ..., using the Arabic acronym for the Islamic State").

    The candidates are the earlier one-word mentions, nearest first (the
    way a gloss follows the short name it explains); which of them is the
    alias is for the caller to decide, knowing which names a recogniser
    already explained as people, places or organisations. ``text`` may hold the sentence before the name's, so a gloss
    after a quotation reaches the name inside it.
    """
    lowered = text.casefold()
    if not any(word in lowered for word in _GLOSS_WORDS):
        return  # most sentences gloss nothing: a look for the phrases' words says so
    for second, name in enumerate(mentions):
        phrase_start = _gloss_start(text, name)
        if phrase_start is None:
            continue
        earlier = [i for i in range(second) if mentions[i].end <= phrase_start and " " not in mentions[i].text.strip()
                   and text[mentions[i].end : phrase_start].strip()]  # "the Arabic acronym for": a modifier
        if earlier:
            yield earlier[::-1], second


def _gloss_start(text: str, name: Mention) -> int | None:
    """Where a phrase glossing ``name`` as another name of something earlier starts, if one does."""
    reach = text[max(0, name.start - _PHRASE_REACH - 30) : name.start]
    found = list(_ALIAS_OF_WHAT_FOLLOWS.finditer(reach))
    if found and len(reach) - found[-1].end() <= _PHRASE_REACH:
        return name.start - len(reach) + found[-1].start()
    around = _REFERRING_TO.search(reach)
    if around and _BY_ANOTHER_NAME.match(text[name.end :]):
        return name.start - len(reach) + around.start()
    return None
