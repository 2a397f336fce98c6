"""Photo captions that pages print twice, once bare and once with a credit.

Scraped galleries give "Rubble stands in the museum." followed by "Rubble
stands in the museum. ITV News". The credited copy goes; what it added
("ITV News") is learned as a credit of this page, so a bare "ITV" line
elsewhere on it is recognised as a credit too.
"""

from __future__ import annotations

from storyline.clean.keys import line_key
from storyline.clean.lines import Line

_MAX_CREDIT_WORDS = 5


def credited_duplicates(lines: list[Line]) -> tuple[set[int], set[str]]:
    """Indexes of lines that repeat the line before (bare or with a credit), and the credit keys seen."""
    duplicates: set[int] = set()
    credits: set[str] = set()
    for index in range(1, len(lines)):
        previous, current = lines[index - 1].text, lines[index].text
        if not current.startswith(previous):
            continue
        extra = current[len(previous) :].strip()
        if not extra:
            duplicates.add(index)
        elif _is_credit_tail(lines[index - 1], extra):
            duplicates.add(index)
            credits.add(line_key(extra))
    return duplicates, credits


def _is_credit_tail(caption: Line, extra: str) -> bool:
    """A few words after a complete caption: a credit, not the rest of a longer line."""
    return (
        caption.ends_sentence
        and len(extra.split()) <= _MAX_CREDIT_WORDS
        and not extra.endswith((".", "!", "?"))
    )


def is_learned_credit(line: Line, credits: set[str]) -> bool:
    """True when the line is one of this page's credits, or the start of one ("ITV" of "ITV News")."""
    key = line.key
    return bool(key) and any(credit == key or credit.startswith(key + " ") for credit in credits)
