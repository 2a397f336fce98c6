"""The headline of a plain-text page, found among the lines before the body."""

from __future__ import annotations

from storyline.clean.lines import Line

_MIN_WORDS = 3
_MAX_WORDS = 25


def looks_like_headline(line: Line) -> bool:
    """A few words, no final full stop, and not a byline, credit, link or menu entry.

    Headlines may end in "?" or "!" but not in a full stop; "Breaking News"
    and "Story highlights" are too short to be taken for one.
    """
    text = line.text.rstrip("\"'”’»")
    return (
        _MIN_WORDS <= line.word_count <= _MAX_WORDS
        and not text.endswith((".", ":", ";", ","))
        and not line.bullet
        and not line.is_byline
        and not line.is_credit_only
        and not line.is_link_only
        and not line.is_furniture
    )


def pick_title(lines: list[Line], candidates: list[int]) -> int | None:
    """The headline-like line nearest the body, or None.

    Pages put menus, sidebars of other headlines and "Breaking News" labels
    above the headline, and bylines or standfirsts below it, so the last
    headline-like line before the first paragraph is the likeliest one.
    """
    headlines = [index for index in candidates if looks_like_headline(lines[index])]
    return headlines[-1] if headlines else None
