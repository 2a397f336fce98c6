"""The dateline that opens an agency report: "LONDON | Thu May 27, 2010 9:48 am EDT LONDON (Reuters) - ".

A dateline says where and by whom a report was filed, not what it reports.
Left in, it makes every Reuters report from London look alike to the
embedding model, and it clutters the sentence a timeline entry quotes. It is
recognised by its shape, in any language: an upper-case place name first,
then only capitalised words, numbers and clock times up to a separator (a bar,
a closing bracket around the agency's name, a dash or a colon), before the
first lower-case word of the report itself. Scraped pages also glue a photo
credit before it ("Credit: Reuters/Amateur Video AMMAN | Fri Apr 22 ... (Reuters) -"):
an agency's name in brackets followed by a dash, early in a sentence that has
not ended before it, closes a dateline too. Live blogs open each update with
its time instead ("(6:30 p.m. ET, 12:30 a.m. in Libya) Deadly conflict...",
"[Updated at 11:20 a.m. ET]"): a bracketed time stamp is a dateline as well.
"""

from __future__ import annotations

import re

#: Datelines are short; a separator further in belongs to the report.
MAX_DATELINE_CHARS = 160
#: Place names in datelines are written in capitals ("NEW YORK", "KØBENHAVN").
MIN_PLACE_LETTERS = 3
#: Words that must follow a dateline for it to be one.
MIN_REPORT_WORDS = 3

# A separator and the spaces after it: "|", "(Reuters) -", "-RRB- --", " - ", " — ", ":".
_SEPARATOR = re.compile(r"(?:\||(?:\)|-RRB-)(?:\s*(?:-{1,2}|—|–))?|\s(?:-{1,2}|—|–)|:)\s+")
# "(Reuters) -", "-LRB- CNN -RRB- --", "(AFP) —": a capitalised name in brackets, then a dash.
_AGENCY_CREDIT = re.compile(
    r"(?:\(|-LRB-\s*)[A-Z][\w.!&' ]{0,30}?(?:\)|\s*-RRB-)\s*(?:-{1,2}|—|–)\s+(?=[\"'“`]*[^\W\d_])"
)
_SENTENCE_END = re.compile(r"[.!?]\s+[A-Z]")
# "(6:30 p.m. ET, 12:30 a.m. in Libya)", "-LRB- Updated at 11:20 a.m. ET -RRB-": a clock time in brackets.
_TIME_STAMP = re.compile(
    r"(?:\(|\[|-LRB-)\s*(?:[A-Z][a-z]+\s+(?:at\s+)?)?(?:\d{1,2}[:.]\d{2}\s*(?:[ap]\.?\s?m\.?)?|\d{1,2}\s*[ap]\.?\s?m\.?)"
    r"[^()\[\]]{0,60}?"
    r"(?:\)|\]|-RRB-)\s+"
)
# Words a dateline may hold in lower case: clock times.
_CLOCK_WORDS = frozenset({"am", "pm", "a.m.", "p.m.", "h", "local"})


def _dateline_word(token: str) -> bool:
    letters = [c for c in token if c.isalpha()]
    return not letters or letters[0].isupper() or token.lower() in _CLOCK_WORDS


def _opens_with_place(text: str) -> bool:
    first = text.split(maxsplit=1)[0] if text.strip() else ""
    letters = [c for c in first if c.isalpha()]
    return len(letters) >= MIN_PLACE_LETTERS and first.isupper()


def dateline_length(text: str) -> int:
    """How many leading characters of ``text`` are its dateline (0 when it has none)."""
    stamp = _TIME_STAMP.match(text)
    if stamp and _report_follows(text, stamp.end()):
        return stamp.end()
    credit = _AGENCY_CREDIT.search(text, 0, MAX_DATELINE_CHARS)
    if (
        credit
        and not _SENTENCE_END.search(text, 0, credit.start())
        and text[credit.end() :].lstrip("\"'“`")[:1].isupper()  # the report opens a sentence
        and _report_follows(text, credit.end())
    ):
        return credit.end()
    if not _opens_with_place(text):
        return 0
    end = 0
    for match in _SEPARATOR.finditer(text, 0, MAX_DATELINE_CHARS):
        if not all(_dateline_word(token) for token in text[end : match.start()].split()):
            break
        end = match.end()
    return end if _report_follows(text, end) else 0


def _report_follows(text: str, end: int) -> bool:
    """A dateline introduces a report: at least MIN_REPORT_WORDS words must follow it."""
    return sum(1 for token in text[end:].split() if any(c.isalpha() for c in token)) >= MIN_REPORT_WORDS


def strip_dateline(text: str) -> str:
    """``text`` without its opening dateline, if it has one."""
    return text[dateline_length(text) :]
