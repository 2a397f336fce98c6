"""Words of a sentence with their character offsets, split as Universal Dependencies splits them.

The tagger was trained on treebank tokens, so a sentence must be cut into the
same kind of pieces: punctuation apart from words, an English possessive
("Iraq's" -> "Iraq", "'s") and an elided article before a capital ("l'Égypte"
-> "l'", "Égypte") apart from the name, while "al-Baghdadi", "U.S." and
"O'Brien" stay whole.
"""

from __future__ import annotations

import regex

_TOKEN = regex.compile(
    r"""(?:\p{L}\.){2,}                                # abbreviations: U.S., P.S.
    | \p{Lu}\.                                         # an initial: J. R. R. Tolkien
    | \p{N}+(?:[.,:]\p{N}+)+                          # a number with separators: 1,000.5, 10:30
    | \p{Ll}{1,5}['’](?=\p{Lu})                        # an elided article or preposition: l', d', dell'
    | [\p{L}\p{M}\p{N}]+(?:(?:[-.&@_/]|['’](?!s\b))[\p{L}\p{M}\p{N}]+)*   # a word, joined inside
    | ['’]s\b                                          # a possessive
    | ([-.!?*=])\1+                                   # a run of one mark: "--", "..."
    | \S                                               # any other mark, one at a time
    """,
    regex.VERBOSE,
)


def tokenise(text: str) -> list[tuple[int, int]]:
    """(start, end) of each token of ``text``."""
    return [match.span() for match in _TOKEN.finditer(text)]
