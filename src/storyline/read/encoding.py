"""Bytes to text for files that do not say their encoding.

Scraped news comes as UTF-8, UTF-8 with a BOM, UTF-16 from Windows tools, or
a legacy single-byte code page. UTF-8 is tried strictly first because it
almost never decodes non-UTF-8 text by accident. For the rest,
charset-normalizer proposes encodings, and the letters each decoding
produces decide among them (see :mod:`storyline.read.alphabets`).
"""

from __future__ import annotations

import codecs
from collections.abc import Callable, Iterator
from dataclasses import dataclass

import charset_normalizer

from storyline.read.alphabets import letter_fit, mostly_ascii_letters

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# The legacy encodings of Western web pages and news wires, likeliest first:
# cp1252 is what "Latin-1" files almost always really are (it only adds
# letters and punctuation where Latin-1 has control codes), ISO-8859-15 is
# Latin-1 with "€" and "œ".
_WESTERN = ("cp1252", "iso8859_15", "latin_1")
# The other code pages of Latin-script languages (Central-European, Turkish,
# Baltic), tried too: charset-normalizer proposes none at all for some
# short Central-European texts.
_OTHER_LATIN = ("cp1250", "iso8859_2", "cp1254", "cp1257")
_SAMPLE = 20_000  # bytes judged of each candidate decoding: a few articles, far more than a decision needs


class UndecodableError(ValueError):
    """No text encoding fits the bytes."""


@dataclass(frozen=True)
class _Decoding:
    """A candidate decoding: the text of the first bytes, judged, and how to get all of it."""

    sample: str
    text: Callable[[], str]


def decode(data: bytes) -> str:
    """The text these bytes most probably encode, with any BOM removed."""
    for bom, name in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(name)
            except UnicodeDecodeError as error:
                raise UndecodableError(f"starts with a {name} mark but is not {name}") from error
    for name in filter(None, (bomless_utf16(data), "utf-8")):
        try:
            return data.decode(name)
        except UnicodeDecodeError:
            pass
    return _legacy(data)


def bomless_utf16(data: bytes) -> str | None:
    """``utf-16-le`` or ``utf-16-be`` when the NUL bytes say the data is UTF-16 without a mark.

    UTF-16 of a Latin-script text has a NUL in every other byte (the high
    half of each ASCII character): at odd offsets in little-endian order,
    at even ones in big-endian. Valid UTF-8 never holds NULs in text, so
    such data would otherwise decode as UTF-8 with a NUL after each letter.
    """
    head = data[:8192]
    odd, even = head[1::2].count(0), head[0::2].count(0)
    nuls = odd + even
    if min(odd, even) or not nuls or nuls < len(head) / 4:
        return None
    return "utf-16-le" if odd else "utf-16-be"


def _legacy(data: bytes) -> str:
    """The legacy decoding whose letters fit a language best.

    Candidates are the encodings charset-normalizer finds least chaotic
    and the code pages of Latin-script languages that read the bytes as a
    Latin-script text. charset-normalizer's ranking is arbitrary for short
    texts and often wrong for longer ones (French with "à" and "è" scores
    cleaner as Baltic cp1257, where they are "ą" and "č"), so the letter
    fit decides; on equal fit the Western code pages win, as the likeliest
    encodings of a Latin-script text, then charset-normalizer's order.
    Letters of other scripts are not judged (see ``letter_fit``), so
    Cyrillic, Greek, Arabic or Hebrew text keeps charset-normalizer's
    choice among its code pages.
    """
    candidates = [*_latin_script(data, _WESTERN), *_least_chaotic(data), *_latin_script(data, _OTHER_LATIN)]
    if not candidates:
        raise UndecodableError("undecodable: no text encoding fits its bytes")
    best = max(range(len(candidates)), key=lambda index: (letter_fit(candidates[index].sample), -index))
    return candidates[best].text()


def _latin_script(data: bytes, names: tuple[str, ...]) -> Iterator[_Decoding]:
    """The code pages among ``names`` that read all the bytes and make a Latin-script text of them."""
    for name in names:
        try:
            data.decode(name)
        except UnicodeDecodeError:
            continue
        sample = data[:_SAMPLE].decode(name)
        if mostly_ascii_letters(sample):
            yield _Decoding(sample, lambda name=name: data.decode(name))


def _least_chaotic(data: bytes) -> Iterator[_Decoding]:
    """charset-normalizer's matches with the least chaos, in its order."""
    matches = list(charset_normalizer.from_bytes(data))
    least = min((match.percent_chaos for match in matches), default=0.0)
    for match in matches:
        if match.percent_chaos == least:
            yield _Decoding(data[:_SAMPLE].decode(match.encoding, errors="ignore"), match.__str__)
