"""How two ways of writing a name are compared: keys, acronyms, initials, surnames.

Articles write one name many ways: "the Islamic State", "Islamic State's",
"ISLAMIC STATE"; "al-Abadi" for "Haider al-Abadi". A key folds what never
tells two entities apart (case, diacritics, a possessive, a leading article,
the joining of "al-" to the name), so mentions with one key are one name.
"""

from __future__ import annotations

import unicodedata

import regex

#: Leading articles that are not part of a name ("the Islamic State", "l'État islamique").
_ARTICLES = regex.compile(r"^(?:the|la|le|les|el|los|las|il|lo|gli|der|die|das|den|det|de|het|o|a|os|as)\s+",
                          regex.IGNORECASE)
_ELIDED = regex.compile(r"^\p{L}{1,2}['’](?=\p{L})")
#: An English possessive, or the bare apostrophe after a final s ("ISIS' finances").
_POSSESSIVE = regex.compile(r"['’]s?$")
#: Particles that join a family name ("al-Abadi", "el Sisi", "bin Laden"): a surname is compared without them.
_PARTICLE = regex.compile(r"^(?:al|el|ad|ash|as|at|ar|bin|ibn|abu)[-\s]", regex.IGNORECASE)
#: Words initials skip ("Islamic State of Iraq and the Levant" -> ISIL).
_SKIPPED_IN_INITIALS = frozenset({"of", "the", "and", "for", "in", "de", "du", "des", "la", "le", "et", "og", "y", "e"})
_WORDS = regex.compile(r"[\p{L}\p{N}]+")
#: An acronym: two to eight capitals (and digits), as written ("IS", "ISIS", "G20"), not a word in capitals.
_ACRONYM = regex.compile(r"^\p{Lu}[\p{Lu}\p{N}]{1,7}$")


def _strip_marks(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def bare_name(text: str) -> str:
    """The name without what surrounds it in a sentence: a possessive, an elided or leading article."""
    return _ARTICLES.sub("", _ELIDED.sub("", _POSSESSIVE.sub("", " ".join(text.split()))))


def name_key(text: str) -> str:
    """The name as compared: the bare name with case and marks folded, words joined by single spaces."""
    return " ".join(_WORDS.findall(_strip_marks(bare_name(text)).casefold()))


def is_acronym(text: str) -> bool:
    return bool(_ACRONYM.match(bare_name(text)))


def initials(text: str) -> str:
    """The capitals a name's acronym would have: "Islamic State" -> "IS"; "" for one word."""
    words = [w for w in _WORDS.findall(bare_name(text)) if w.casefold() not in _SKIPPED_IN_INITIALS]
    return "".join(_strip_marks(w[0]) for w in words).upper() if len(words) > 1 else ""


def surname_key(text: str) -> str:
    """A person's last name as compared: "Haider al-Abadi" -> "abadi"."""
    words = text.split()
    return name_key(_PARTICLE.sub("", words[-1])) if words else ""


def word_count(text: str) -> int:
    return len(_WORDS.findall(text))
