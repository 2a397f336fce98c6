"""Numbers as each language writes them, with their offsets: digits, number words, magnitudes and ranges.

"742,000", "742.000" and "742 000" are one number in the language that
writes it so; "2.5 million" and "2,5 millions" are decimals scaled by the word
after them; "two hundred and fifty", "deux cents" and "zweihundert" are read
by text2num (English, French, Spanish, Portuguese, German, Dutch, Danish,
Italian); "hundreds", "des milliers" and "tusindvis" are magnitudes, a range
of counts rather than one; "between 12 and 18" and "10-15" are one range.
What a number counts, and whether it is a count at all, is decided by the
caller (find.py): this module only reads numbers.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

import regex
from babel.numbers import get_decimal_symbol, get_group_symbol
from text_to_num import text2num

from storyline.analyse.figures.lexicon import (
    MAGNITUDES,
    NUMBER_LINKS,
    RANGE_LINKS,
    SCALES,
)

#: Languages text2num reads number words in.
WORD_LANGUAGES = frozenset({"en", "fr", "es", "pt", "de", "nl", "da", "it"})
#: Most digits read as one number: a longer run is an identifier or junk, not a count.
MAX_DIGITS = 15
#: Longest run of number words read as one number ("two hundred and fifty-five thousand" is six).
MAX_NUMBER_WORDS = 8
_SPACES = "\u00a0\u202f "
_WORD = regex.compile(r"\p{L}+(?:[-'’]\p{L}+)*")
#: Nouns of an approximate count ("a dozen", "une centaine", "un millar"), in words no number parser reads.
APPROXIMATE = {
    "dozen": 12,
    "dizaine": 10, "douzaine": 12, "quinzaine": 15, "vingtaine": 20, "trentaine": 30, "quarantaine": 40,
    "cinquantaine": 50, "soixantaine": 60, "centaine": 100, "millier": 1_000,
    "decena": 10, "docena": 12, "veintena": 20, "treintena": 30, "centenar": 100, "millar": 1_000,
    "decina": 10, "dozzina": 12, "ventina": 20, "trentina": 30, "quarantina": 40, "cinquantina": 50,
    "centinaio": 100, "migliaio": 1_000,
    "dezena": 10, "dúzia": 12, "vintena": 20, "centena": 100, "milhar": 1_000,
    "dutzend": 12, "dusin": 12, "snes": 20, "tiental": 10, "dozijn": 12, "honderdtal": 100,
    "tiotal": 10, "dussin": 12, "hundratal": 100, "tusental": 1_000,
}
#: "a couple of hundred", "a few thousand": a multiplier of the scale word after them.
FEW = {"a couple of": (2, 2), "couple of": (2, 2), "a few": (2, 9), "several": (2, 9), "quelques": (2, 9),
       "plusieurs": (2, 9), "varios": (2, 9), "unos pocos": (2, 9), "einige": (2, 9), "mehrere": (2, 9),
       "alcune": (2, 9), "diverse": (2, 9), "vários": (2, 9), "algumas": (2, 9), "nogle": (2, 9),
       "flere": (2, 9), "enkele": (2, 9), "een paar": (2, 9), "några": (2, 9), "flera": (2, 9)}
#: Words of value one that are also the indefinite article: never a number alone.
_ARTICLES = frozenset({"un", "une", "uno", "una", "um", "uma", "ein", "eine", "en", "et", "een"})


@dataclass(frozen=True)
class Quantity:
    """A number in a text: one value, or a range (``low``-``high``); a magnitude is a range marked vague."""

    start: int
    end: int
    value: float | None
    low: float | None = None
    high: float | None = None
    vague: bool = False
    words: bool = False  # written in words, not digits
    approximate: bool = False  # a noun of approximate count ("une centaine")
    scale: int = 1  # the multiplier of a scale word after digits ("2.5 million": 1,000,000)

    @property
    def least(self) -> float:
        """The smallest count it can mean."""
        return self.value if self.value is not None else self.low  # type: ignore[return-value]


@cache
def _digits_pattern(language: str | None) -> regex.Pattern[str]:
    """Digits with the group marks of ``language``: spaces join groups only where the language groups with them."""
    group = get_group_symbol(language or "en") if _known_locale(language) else ","
    marks = ".,'" + ("\u00a0\u202f" + (" " if group in _SPACES else ""))
    return regex.compile(rf"(?<![\p{{L}}\p{{N}}])\d+(?:[{regex.escape(marks)}]\d+)*(?![\p{{N}}])")


@cache
def _known_locale(language: str | None) -> bool:
    try:
        get_group_symbol(language or "en")
    except Exception:  # noqa: BLE001 - babel raises several kinds for a code it does not know
        return False
    return True


@cache
def _decimal_mark(language: str | None) -> str:
    return get_decimal_symbol(language or "en") if _known_locale(language) else "."


def digits_value(raw: str, language: str | None, scaled: bool) -> float | None:
    """The value of digits as ``language`` writes them, None when their marks make no number.

    A mark followed by three digits groups thousands, unless it is the
    language's decimal mark before a scale word ("1,500 millions" is 1.5
    billion in French, 1,500 million in English); any other mark is decimal.
    """
    parts = regex.split(r"([.,'\u00a0\u202f ])", raw)
    groups, marks = parts[0::2], parts[1::2]
    if not marks:
        return float(groups[0])
    decimal = None
    last_mark, last_group = marks[-1], groups[-1]
    if len(last_group) != 3 or (scaled and len(marks) == 1 and last_mark == _decimal_mark(language)):
        if last_mark not in ".,":
            return None
        decimal, groups, marks = last_group, groups[:-1], marks[:-1]
    if marks and (len(set(marks)) > 1 or len(groups[0]) > 3 or any(len(g) != 3 for g in groups[1:])):
        return None
    whole = float("".join(groups))
    return whole + float(f"0.{decimal}") if decimal is not None else whole


@cache
def _word_value(word: str, language: str) -> int | None:
    """The number a single word names in ``language`` (text2num), None for any other word."""
    if language not in WORD_LANGUAGES:
        return None
    try:
        return int(text2num(word, language))
    except ValueError:
        return None


def _run_value(words: list[str], language: str) -> int | None:
    try:
        return int(text2num(" ".join(words), language))
    except ValueError:
        return None


def find_quantities(text: str, language: str | None) -> list[Quantity]:
    """Every number in ``text``, ranges joined, in order."""
    lang = language or "en"
    digits = _scaled(text, lang, _digit_quantities(text, lang))
    words = [w for w in _word_quantities(text, lang) if not any(w.start < d.end and d.start < w.end for d in digits)]
    return _ranges(text, sorted(digits + words, key=lambda q: q.start), lang)


def _digit_quantities(text: str, language: str) -> list[Quantity]:
    quantities = []
    for match in _digits_pattern(language).finditer(text):
        if sum(ch.isdigit() for ch in match.group()) > MAX_DIGITS:
            continue
        scaled = _scale_after(text, match.end(), language) is not None
        value = digits_value(match.group(), language, scaled)
        if value is not None:
            quantities.append(Quantity(match.start(), match.end(), value))
    return quantities


def _scale_after(text: str, end: int, language: str) -> tuple[int, int] | None:
    """(multiplier, end of the scale word) when a scale word follows ``end`` ("million")."""
    following = _WORD.match(text, end + 1) if text[end:end + 1] in _SPACES else _WORD.match(text, end)
    if following is None or following.start() > end + 1:
        return None
    scales = SCALES.get(language, SCALES["en"])
    word = following.group().lower()
    multiplier = scales.get(word) or scales.get(word.rstrip("."))
    if multiplier is None and text[following.end():following.end() + 1] == ".":
        multiplier = scales.get(word)
    return (multiplier, following.end()) if multiplier else None


def _scaled(text: str, language: str, quantities: list[Quantity]) -> list[Quantity]:
    """Digits followed by a scale word take it in ("2.5 million" is 2,500,000)."""
    scaled = []
    for q in quantities:
        scale = None if q.words else _scale_after(text, q.end, language)
        if scale is not None and q.value is not None:
            multiplier, end = scale
            q = Quantity(q.start, end, round(q.value * multiplier), scale=multiplier)
        scaled.append(q)
    return scaled


def _word_quantities(text: str, language: str) -> list[Quantity]:
    """Number words, magnitudes and dozens, each run of words one quantity."""
    words = list(_WORD.finditer(text))
    magnitudes = MAGNITUDES.get(language, MAGNITUDES["en"])
    links = NUMBER_LINKS.get(language, frozenset())
    quantities: list[Quantity] = []
    i = 0
    while i < len(words):
        lower = words[i].group().lower()
        if lower in magnitudes:
            quantity, i = _magnitude(text, words, i, magnitudes)
            quantities.append(quantity)
            continue
        if lower in APPROXIMATE:
            quantities.append(Quantity(words[i].start(), words[i].end(), APPROXIMATE[lower], words=True,
                                       approximate=True))
            i += 1
            continue
        if _word_value(lower, language) is None:
            i += 1
            continue
        run, j = [words[i]], i + 1
        while j < len(words) and len(run) < MAX_NUMBER_WORDS and _adjacent(text, words[j - 1], words[j]):
            following = words[j].group().lower()
            if _word_value(following, language) is not None:
                run.append(words[j])
            elif following in links and j + 1 < len(words) and _word_value(words[j + 1].group().lower(), language):
                run.append(words[j])
            else:
                break
            j += 1
        quantity, used = _longest_run(run, language)
        if quantity is not None:
            quantities.append(quantity)
        i += max(used, 1)
    return quantities


def _adjacent(text: str, left: regex.Match[str], right: regex.Match[str]) -> bool:
    return text[left.end():right.start()] in (" ", "-", "\u00a0")


def _longest_run(run: list[regex.Match[str]], language: str) -> tuple[Quantity | None, int]:
    """The longest opening of a run of number words that reads as one number, and how many words it took."""
    for size in range(len(run), 0, -1):
        words = [m.group().lower() for m in run[:size]]
        value = _run_value(words, language)
        if value is None:
            continue
        if size == 1 and value == 1 and words[0] in _ARTICLES:
            return None, 1
        return Quantity(run[0].start(), run[size - 1].end(), value, words=True), size
    return None, 1


def _magnitude(text: str, words: list[regex.Match[str]], i: int,
               magnitudes: dict[str, tuple[int, int]]) -> tuple[Quantity, int]:
    """A magnitude word, or two joined by "of"/"de" ("tens of thousands"), as a vague range; the next index."""
    low, high = magnitudes[words[i].group().lower()]
    end, j = words[i].end(), i + 1
    if j + 1 < len(words) and words[j].group().lower() in ("of", "de", "di", "d", "van", "af", "av") \
            and words[j + 1].group().lower() in magnitudes:
        unit = magnitudes[words[j + 1].group().lower()][0] // 2
        low, high, end, j = low * unit, high * unit + unit - 1, words[j + 1].end(), j + 2
    return Quantity(words[i].start(), end, None, low, high, vague=True, words=True), j


def few_before(text: str, quantity: Quantity) -> tuple[int, int, int] | None:
    """("a couple of hundred": multiplier low, high, start) when a "few" phrase scales a bare hundred or thousand."""
    if quantity.value not in (12, 100, 1_000, 1_000_000) or not quantity.words:
        return None
    before = text[max(0, quantity.start - 16):quantity.start].lower()
    for phrase, (low, high) in FEW.items():
        if before.endswith(phrase + " "):
            return low, high, quantity.start - len(phrase) - 1
    return None


def _ranges(text: str, quantities: list[Quantity], language: str) -> list[Quantity]:
    """Two numbers joined by a range word ("12 to 18", "entre 10 et 15", "10-15") become one range."""
    links = RANGE_LINKS.get(language, RANGE_LINKS["en"])
    joined: list[Quantity] = []
    for q in quantities:
        previous = joined[-1] if joined else None
        if previous is not None and previous.value is not None and q.value is not None and not q.vague \
                and text[previous.end:q.start].strip().lower() in links and previous.value < q.value \
                and text[previous.end:q.start].count(" ") <= 2:
            low = previous.value
            if q.scale > 1 and previous.scale == 1 and previous.value * q.scale < q.value:
                low *= q.scale  # "between 2 and 3 million"
            joined[-1] = Quantity(previous.start, q.end, None, low, q.value, words=previous.words)
        else:
            joined.append(q)
    return joined
