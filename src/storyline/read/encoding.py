"""Bytes to text for files that do not say their encoding.

Scraped news comes as UTF-8, UTF-8 with a BOM, UTF-16 from Windows tools, or
a legacy single-byte code page. UTF-8 is tried strictly first because it
almost never decodes non-UTF-8 text by accident; the rest is left to
charset-normalizer.
"""

from __future__ import annotations

import codecs

import charset_normalizer

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# The most common legacy encoding of Western web pages; see ``_pick``.
_WESTERN = "cp1252"


class UndecodableError(ValueError):
    """No text encoding fits the bytes."""


def decode(data: bytes) -> str:
    """The text these bytes most probably encode, with any BOM removed."""
    for bom, name in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(name)
            except UnicodeDecodeError as error:
                raise UndecodableError(f"starts with a {name} mark but is not {name}") from error
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    matches = list(charset_normalizer.from_bytes(data))
    if not matches:
        raise UndecodableError("undecodable: no text encoding fits its bytes")
    return str(_pick(matches))


def _pick(matches: list[charset_normalizer.CharsetMatch]) -> charset_normalizer.CharsetMatch:
    """The least chaotic match, preferring cp1252 among equally clean ones.

    A short Latin-1 text ("Café, søster") decodes without chaos in a dozen
    code pages and charset-normalizer's order among them is arbitrary
    (cp1250 turns "ø" into "ř"); cp1252, a superset of Latin-1's printable
    range, is the right guess for such ties far more often than not.
    """
    least = min(match.percent_chaos for match in matches)
    cleanest = [match for match in matches if match.percent_chaos == least]
    for match in cleanest:
        if _WESTERN in match.could_be_from_charset:
            return match
    return cleanest[0]
