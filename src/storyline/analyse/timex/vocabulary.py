"""Per-language word tables, taken from dateparser's locale data.

dateparser ships month, weekday and unit names and phrases such as "i går"
for some 200 locales, so they are read from there rather than typed again.
Its lists mix full names with abbreviations ("tue", "tu", "Die"), which are
what make ``dateparser.search_dates`` read "Die" as Tuesday; here full names
and abbreviations are kept apart, and abbreviations are only ever used next to
digits ("Thu June 29, 2017", "Oct. 17").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from dateparser.languages.loader import default_loader

from storyline.analyse.timex.cues import CUES, Cues

_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august",
           "september", "october", "november", "december")
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
UNITS = ("year", "month", "week", "day", "hour", "minute")
_RELATIVE_KEY = re.compile(r"^(?:(\d) (day|week|month|year) ago|in (\d) (day|week|month|year))$")


@dataclass(frozen=True)
class Vocabulary:
    """Everything language-specific the patterns need, words lower-cased."""

    language: str
    cues: Cues
    month_names: dict[str, int]  # full names: "october" -> 10
    month_abbreviations: dict[str, int]  # "okt" -> 10, only used next to digits
    weekday_names: dict[str, int]  # "torsdag" -> 4 (ISO weekday)
    weekday_abbreviations: dict[str, int]
    units: dict[str, str]  # "måneder" -> "month"
    relative: dict[str, tuple[int, str]]  # "i går" -> (-1, "day")


def _split_names(aliases: list[str]) -> tuple[list[str], list[str]]:
    """Full names and usable abbreviations of one month or weekday.

    A full name is the longest alias (all of them, when several are as long) or any of five letters or more
    ("Setiembre", "Jänner"); shorter ones are abbreviations, and those under
    three letters ("tu", "di") are too ambiguous to use at all.
    """
    words = sorted({a.lower().rstrip(".") for a in aliases}, key=lambda w: (-len(w), w))
    # every alias as long as the longest is "the longest": Russian "июнь" and "июня" are both June
    full = [w for w in words if len(w) >= 5 or len(w) == len(words[0])]
    short = [w for w in words if w not in full and len(w) >= 3]
    return full, short


def _unit_words(info: dict, unit: str) -> list[str]:
    """Unit names without one- and two-letter abbreviations ("y", "mo"), unless that is the word ("år")."""
    words = sorted({a.lower() for a in info.get(unit, [])}, key=len, reverse=True)
    return [w for w in words if len(w) >= 3 or w == words[0]]


def _relative_phrases(info: dict, cues: Cues, units: dict[str, str]) -> dict[str, tuple[int, str]]:
    """dateparser's "yesterday", "sidste uge"... as (offset, unit).

    Phrases built on abbreviations ("this mo", "denne md") are dropped, and so
    are hours, minutes and centuries: news events are dated to days at best.
    """
    abbreviations = {a.lower() for u in UNITS for a in info.get(u, [])} - set(units)
    phrases: dict[str, tuple[int, str]] = {}
    for key, aliases in info.get("relative-type", {}).items():
        match = _RELATIVE_KEY.match(key)
        if not match:
            continue
        ago_n, ago_unit, in_n, in_unit = match.groups()
        value = (-int(ago_n), ago_unit) if ago_n else (int(in_n), in_unit)
        for alias in aliases:
            alias = alias.lower()
            if alias in cues.skip_relative or abbreviations & set(alias.split()):
                continue
            phrases[alias] = value
    phrases.update(cues.relative)
    return phrases


@lru_cache(maxsize=None)
def vocabulary(language: str) -> Vocabulary | None:
    """The word tables of ``language``, or None when dateparser does not know it."""
    try:
        info = default_loader.get_locale(language).info
    except (KeyError, ValueError):
        return None
    cues = CUES.get(language, Cues())
    month_names: dict[str, int] = {}
    month_abbreviations: dict[str, int] = {}
    for number, key in enumerate(_MONTHS, start=1):
        full, short = _split_names(info.get(key, []))
        month_names.update(dict.fromkeys(full, number))
        month_abbreviations.update(dict.fromkeys(short, number))
    month_names.update(cues.months)
    weekday_names: dict[str, int] = {}
    weekday_abbreviations: dict[str, int] = {}
    for number, key in enumerate(_WEEKDAYS, start=1):
        full, short = _split_names(info.get(key, []))
        weekday_names.update(dict.fromkeys(full, number))
        weekday_abbreviations.update(dict.fromkeys(short, number))
    units = {word: unit for unit in UNITS for word in _unit_words(info, unit)}
    units.update(dict.fromkeys(cues.decades, "decade"))  # dateparser has no decades
    units.update(cues.plural_units)
    return Vocabulary(
        language=language,
        cues=cues,
        month_names=month_names,
        month_abbreviations=month_abbreviations,
        weekday_names=weekday_names,
        weekday_abbreviations=weekday_abbreviations,
        units=units,
        relative=_relative_phrases(info, cues, units),
    )
