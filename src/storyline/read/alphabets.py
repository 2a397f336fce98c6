"""How plausible a decoding is, judged by the letters it produces.

Single-byte code pages differ in what their upper half (bytes 0x80-0xFF)
means: byte 0xE8 is "è" in Western cp1252, "č" in Central-European cp1250
and Baltic cp1257, "и" in Cyrillic cp1251. Decoded in the wrong code page a
text still looks like letters, but no longer like one language's letters:
French read as cp1257 mixes "ą" and "č" (Lithuanian) with "é" (not
Lithuanian), Polish read as cp1252 puts "³" inside words, Russian read as
cp1252 is a run of every accented letter at once. :func:`letter_fit` scores
that: the share of a decoding's non-ASCII characters that are letters of
one language's alphabet or punctuation, with symbols stuck to letters and
words mixing two scripts counted against it.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from functools import cache

# The letters beyond ASCII of Latin-script languages written in the common
# code pages (Western, Central-European, Baltic, Turkish). Only letters of
# native words: a letter kept for a few loanwords (French "æ", Norwegian
# "ò") would let a wrong decoding pass as that language (Croatian "č ć"
# read as cp1252 is "è æ").
_LATIN_ALPHABETS = tuple(
    frozenset(letters + letters.upper())
    for letters in (
        "àâçéèêëîïôœùûü",  # French
        "äöüß",  # German
        "áéíñóúü",  # Spanish
        "àçèéíïòóúü",  # Catalan
        "áâãàçéêíóôõú",  # Portuguese
        "àèéìíòóù",  # Italian
        "áéèëíïóöúü",  # Dutch
        "åæøé",  # Danish, Norwegian
        "åäöé",  # Swedish
        "åäö",  # Finnish
        "áæðéíóöúýþ",  # Icelandic
        "áæðíóøúý",  # Faroese
        "áéíóú",  # Irish
        "çë",  # Albanian
        "äöõüšž",  # Estonian
        "āčēģīķļņšūž",  # Latvian
        "ąčęėįšųūž",  # Lithuanian
        "ąćęłńóśźż",  # Polish
        "áčďéěíňóřšťúůýž",  # Czech
        "áäčďéíĺľňóôŕšťúýž",  # Slovak
        "čćđšž",  # Slovene, Croatian, Bosnian, Serbian
        "áéíóöőúüű",  # Hungarian
        "ăâîșțşţ",  # Romanian
        "çğıİöşü",  # Turkish
        "àċèġħìòùż",  # Maltese
    )
)
# Scripts whose letters never share a word with another's.
# (Unicode names start with the script: "CJK UNIFIED IDEOGRAPH-4E00",
# "HALFWIDTH KATAKANA LETTER SO".)
_SCRIPTS = frozenset({
    "LATIN", "CYRILLIC", "GREEK", "ARABIC", "HEBREW", "ARMENIAN", "GEORGIAN", "THAI",
    "CJK", "HIRAGANA", "KATAKANA", "HALFWIDTH", "HANGUL",
})
# Used in place of an apostrophe ("it´s") in every Western language.
_APOSTROPHES = frozenset("´")
_NON_ASCII = re.compile(r"[^\x00-\x7f]")
_ASCII_LETTERS = re.compile(r"[A-Za-z]")
_NOT_TEXT = frozenset({"Cc", "Cn", "Co"})  # controls, unassigned, private use


def letter_fit(text: str) -> float:
    """From 0 to 1, the share of the non-ASCII characters of ``text`` that read as one language would write them.

    Misfits are: Latin letters outside the alphabet of the language that
    holds the most of them; letters sharing a word with letters of another
    script; control characters; symbols, digit signs and combining marks
    touching a letter ("³" in "wys³a³"). Punctuation fits, and so do letters
    of other scripts, which are left to the encoding detector (it tells
    Cyrillic code pages apart better than letter sets can). Every decoding
    of a single-byte text is judged on the same bytes, so a code page that
    turns quotes into letters gains nothing by it. A text of ASCII alone
    fits fully: every decoding reads it alike.
    """
    latin: Counter[str] = Counter()
    judged = misfits = 0
    for match in _NON_ASCII.finditer(text):
        char, at = match.group(), match.start()
        neighbours = text[at - 1 : at] + text[at + 1 : at + 2]
        judged += 1
        if char.isalpha() and not _mixes_scripts(char, neighbours):
            if _script(char) == "LATIN":
                latin[char] += 1
        elif char.isalpha() or unicodedata.category(char) in _NOT_TEXT or _stuck_symbol(char, neighbours):
            misfits += 1
    if not judged:
        return 1.0
    fitting = max(sum(count for char, count in latin.items() if char in alphabet) for alphabet in _LATIN_ALPHABETS)
    return 1 - (misfits + sum(latin.values()) - fitting) / judged


def mostly_ascii_letters(text: str) -> bool:
    """Whether most letters are ASCII, as in every Latin-script language.

    Even Czech, the most accented of them, writes about one letter in six
    with a diacritic; a Western decoding in which most letters are accented
    is a Cyrillic, Greek or Arabic text read in the wrong code page.
    """
    ascii_letters = len(_ASCII_LETTERS.findall(text))
    other_letters = sum(1 for match in _NON_ASCII.finditer(text) if match.group().isalpha())
    return ascii_letters >= other_letters


def _mixes_scripts(letter: str, neighbours: str) -> bool:
    """Whether a letter touches a letter of another script, as "а" in "Athиnes" (French read as cp1251)."""
    script = _script(letter)
    return script is not None and any(
        other.isalpha() and _script(other) not in (None, script) for other in neighbours
    )


def _stuck_symbol(char: str, neighbours: str) -> bool:
    """A symbol, digit sign or combining mark touching a letter.

    Polish "wysłał" in cp1252 is "wys³a³"; Slovak "dňa" in Vietnamese
    cp1258 is "d" with a combining dot below, which the code pages of the
    languages judged here never write (their accented letters are whole).
    """
    return (
        unicodedata.category(char)[0] in "SNM"
        and char not in _APOSTROPHES
        and any(other.isalpha() for other in neighbours)
    )


@cache
def _script(char: str) -> str | None:
    """The script of a letter as Unicode names it ("LATIN SMALL LETTER E WITH ACUTE"), when it is one of _SCRIPTS."""
    script = unicodedata.name(char, "").partition(" ")[0]
    return script if script in _SCRIPTS else None
