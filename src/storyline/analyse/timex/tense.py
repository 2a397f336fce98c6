"""Is a relative expression about the future? A clause-level look for cue words.

Reports mix tenses in one sentence ("forces will push on, he said
Thursday"), so a cue anywhere in the sentence is not enough: a future cue
counts only in the expression's own clause, before the expression, or in the
next clause when the expression opens the sentence ("On Thursday, troops
will...").
"""

from __future__ import annotations

import re

_CLAUSE_BREAK = re.compile(r"[,;:()\"“”«»—–]|\s-\s|[!?]\s|(?<!\b\w)(?<!\b[A-Z]\w)(?<!\b[A-Z]\w\w)(?<!\b[A-Z]\w{3})\.\s")
_OPENING_WORDS = 3  # "On Thursday, troops will..." opens the sentence


def is_future(text: str, start: int, end: int, cue: re.Pattern[str] | None) -> bool:
    """True when the clause holding ``text[start:end]`` has a future ``cue`` word."""
    if cue is None:
        return False
    breaks = [m.start() for m in _CLAUSE_BREAK.finditer(text)]
    clause_start = max((b + 1 for b in breaks if b < start), default=0)
    if cue.search(text, clause_start, start):
        return True
    after = [b for b in breaks if b >= end]
    opening = (clause_start == 0 and len(text[:start].split()) < _OPENING_WORDS
               and bool(after) and not text[end:after[0]].strip())
    if not opening:
        return False
    following = [b for b in breaks if b > after[0]]
    return bool(cue.search(text, after[0], following[0] if following else len(text)))
