"""The key under which a line counts as "the same line" across documents."""

from __future__ import annotations

import hashlib
import re
import unicodedata

#: Characters of the longest key kept as written (what a page's furniture lines are; a paragraph is longer).
LONGEST_KEY = 200
_NON_WORD = re.compile(r"[\W_]+")
_DIGITS = re.compile(r"\d+")


def line_key(line: str) -> str:
    """A line reduced to lower-case words, digits folded to ``0``.

    Menus and footers differ between pages only in bullets, spacing, case or
    a date ("Daté du vendredi 24 juillet"), so those are dropped from the
    key. Stored counts of these keys go back to the cleaner as ``known_counts``.
    """
    folded = (line if line.isascii() else unicodedata.normalize("NFKC", line)).casefold()  # NFKC is slow
    key = " ".join(_NON_WORD.sub(" ", _DIGITS.sub("0", folded)).split())
    # Keys are only ever compared, and counted in a table: a long one is kept as its digest, so that
    # a paragraph's key fits a database index (PostgreSQL's holds at most 2,704 bytes) and costs little.
    return key if len(key) <= LONGEST_KEY else "#" + hashlib.blake2b(key.encode("utf-8"), digest_size=16).hexdigest()
