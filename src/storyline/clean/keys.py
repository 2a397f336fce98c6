"""The key under which a line counts as "the same line" across documents."""

from __future__ import annotations

import re
import unicodedata

_NON_WORD = re.compile(r"[\W_]+")
_DIGITS = re.compile(r"\d+")


def line_key(line: str) -> str:
    """A line reduced to lower-case words, digits folded to ``0``.

    Menus and footers differ between pages only in bullets, spacing, case or
    a date ("Daté du vendredi 24 juillet"), so those are dropped from the
    key. Stored counts of these keys go back to the cleaner as ``known_counts``.
    """
    folded = (line if line.isascii() else unicodedata.normalize("NFKC", line)).casefold()  # NFKC is slow
    return " ".join(_NON_WORD.sub(" ", _DIGITS.sub("0", folded)).split())
