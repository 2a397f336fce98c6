"""HTML pages: trafilatura takes the article out of the page and reads its metadata."""

from __future__ import annotations

import re

import trafilatura

from storyline.model import DateSource, Document, ReadProblem
from storyline.read.isodate import noted_date

# libxml2 checks each attribute of an element against all the element's
# attributes before it, so parsing time grows with their square: 32,000
# attributes on one element take 40 s through trafilatura, 100,000 many
# minutes. Real pages put a few dozen on an element at most.
_MAX_ATTRIBUTES = 1_000
# A tag long enough to hold that many attributes (a bare name and a space each).
_LONG_TAG = re.compile(rf"<[A-Za-z][^<>]{{{2 * _MAX_ATTRIBUTES},}}")
_ATTRIBUTE = re.compile(r"""[^\s=<>"'/]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+))?""")


def read_html(source: str, html: str) -> Document | ReadProblem:
    """A Document with the extracted text, title, date, URL and site name.

    ``clean_text`` is set because the extractor already dropped menus,
    footers and comment sections; the line cleaner must not cut further.
    """
    crowded = _most_attributes(html)
    if crowded > _MAX_ATTRIBUTES:
        return ReadProblem(
            source, f"an HTML element with {crowded:,} attributes, too many to parse in reasonable time"
        )
    extracted = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False)
    if extracted is None or not (extracted.text or "").strip():
        return ReadProblem(source, "no article text found in the HTML page")
    document = Document(
        source_path=source,
        text=extracted.text,
        title=extracted.title or None,
        url=extracted.url or None,
        outlet=extracted.sitename or None,
        language=extracted.language or None,
        clean_text=True,
    )
    document.published = noted_date(extracted.date, "the page's date", document.notes)
    document.published_source = DateSource.METADATA if document.published else None
    return document


def _most_attributes(html: str) -> int:
    """The most attributes any one tag holds, counting only tags long enough to hold too many."""
    return max((len(_ATTRIBUTE.findall(tag.group())) - 1 for tag in _LONG_TAG.finditer(html)), default=0)
