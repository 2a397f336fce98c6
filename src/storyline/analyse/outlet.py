"""Which outlet published an article, when its metadata does not say: its address, else its text's own signature.

News signs itself in a few ways that carry across outlets and languages: a
dateline credit ("Mosul, Iraq (CNN) —"), a byline ending in the outlet ("By
Nick Paton Walsh and Ryan Browne, CNN"), a wire credit line ("/ritzau/Reuters"
is Ritzau's copy of a Reuters report), and the site's own furniture ("Welcome
to STV", "your STV account", "© 2017 Le Monde"). The address, when there is
one, names it best: its registered domain ("bbc.co.uk"). An article that
shows none of these has no outlet: it is not guessed.

:func:`outlet_key` folds the spellings of one outlet together ("BBC",
"bbc", "BBC News", "bbc.co.uk"), so a story counts each outlet once.
"""

from __future__ import annotations

from collections import Counter

import regex
from courlan import extract_domain

#: Longest outlet name read from a signature, in words.
MAX_NAME_WORDS = 4
_NAME = r"\p{Lu}[\p{L}\p{N}&.'’-]*(?: [\p{Lu}&][\p{L}\p{N}&.'’-]*){0,3}"
#: "Mosul, Iraq (CNN) —", "(CNN)Iraqi forces", "WASHINGTON (Reuters) -".
_DATELINE = regex.compile(rf"^\s*(?:[\p{{Lu}}][\p{{L}}.’' -]{{1,40}}(?:, [\p{{L}}.’' -]{{2,30}})?\s*)?\((?P<name>{_NAME})\)"
                          r"\s*(?:[—–-]\s*)?(?=\p{Lu}|\p{N}|“|\")", regex.MULTILINE)
#: "By Nick Paton Walsh, Jomana Karadsheh and Ryan Browne, CNN"; "Af Anne Hansen, Politiken".
_BYLINE = regex.compile(rf"^\s*(?:By|Par|Por|Von|Af|Di|Door|Av)\s+[^\n]{{2,200}}?,\s*(?P<name>{_NAME})\s*$",
                        regex.MULTILINE)
#: A wire credit on its own line: "/ritzau/Reuters", "/ritzau/", "(Reuters)", "— AFP".
_WIRE = regex.compile(r"^\s*(?:/(?P<agency>\p{L}+)/(?:\p{L}+/?)*|\((?P<paren>\p{Lu}[\p{L}.]{1,12})\)|[—–-]\s*(?P<dash>\p{Lu}"
                      r"[\p{Lu}.]{1,8}))\s*$", regex.MULTILINE)
#: The site naming itself in its furniture.
_SELF = regex.compile(rf"(?:Welcome to|All of|Bienvenue sur|Velkommen til|Willkommen bei|Bienvenido a|Benvenuto su"
                      rf"|©|Copyright)\s*(?:©\s*)?(?:\d{{4}}\s*)?(?P<name>{_NAME})"
                      rf"|\b(?:your|an?|votre|din|dein|tu|il tuo)\s+(?P<account>\p{{Lu}}[\p{{L}}\p{{N}}]+)"
                      r"\s+(?:account|compte|konto|Konto|cuenta)")
_NOT_NAMES = frozenset({"the", "le", "la", "les", "der", "die", "das", "el", "los", "il", "de", "het", "all", "rights",
                        "reserved", "this", "our", "ce", "cette"})
_FOLD = regex.compile(r"[^\p{L}\p{N}]+")
_SUFFIXES = ("news", "online", "com", "co", "uk", "org", "net", "fr", "de", "dk", "es", "it", "tv")


def find_outlet(text: str, url: str | None = None) -> str | None:
    """The outlet an article's address or text names, None when neither does."""
    if url:
        domain = _domain(url)
        if domain:
            return domain
    for pattern in (_DATELINE, _BYLINE):
        found = pattern.search(text)
        if found and _plausible(found.group("name")):
            return found.group("name").strip()
    wire = _WIRE.search(text)
    if wire:
        return _wire_name(wire)
    named = Counter(_self_names(text))
    return named.most_common(1)[0][0] if named else None


def _domain(url: str) -> str | None:
    try:
        return extract_domain(url)
    except (ValueError, TypeError):
        return None


def _plausible(name: str) -> bool:
    words = name.split()
    return 0 < len(words) <= MAX_NAME_WORDS and words[0].lower() not in _NOT_NAMES


def _wire_name(found: regex.Match[str]) -> str:
    agency = found.group("agency") or found.group("paren") or found.group("dash")
    return agency if agency.isupper() or len(agency) <= 4 else agency.capitalize()


def _self_names(text: str) -> list[str]:
    names = []
    for found in _SELF.finditer(text):
        name = (found.group("name") or found.group("account") or "").strip()
        if _plausible(name):
            names.append(name)
    return names


def outlet_key(name: str) -> str:
    """One key for an outlet's spellings: case, punctuation, "News" and domain endings folded away."""
    words = [w for w in _FOLD.split(name.lower()) if w and w != "www"]
    while len(words) > 1 and words[-1] in _SUFFIXES:
        words.pop()
    return "".join(words)


def outlet_names(outlets: list[str | None]) -> list[str]:
    """Each outlet once (its spellings folded by :func:`outlet_key`), as most often written, sorted."""
    spellings: dict[str, Counter[str]] = {}
    for name in outlets:
        if name:
            spellings.setdefault(outlet_key(name), Counter())[name] += 1
    return sorted(counts.most_common(1)[0][0] for counts in spellings.values())
