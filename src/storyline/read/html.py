"""HTML pages: trafilatura takes the article out of the page and reads its metadata."""

from __future__ import annotations

from pathlib import Path

import trafilatura

from storyline.model import DateSource, Document, ReadProblem
from storyline.read.isodate import parse_metadata_date


def read_html(path: Path, html: str) -> Document | ReadProblem:
    """A Document with the extracted text, title, date, URL and site name.

    ``clean_text`` is set because the extractor already dropped menus,
    footers and comment sections; the line cleaner must not cut further.
    """
    extracted = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False)
    if extracted is None or not (extracted.text or "").strip():
        return ReadProblem(str(path), "no article text found in the HTML page")
    published = parse_metadata_date(extracted.date)
    return Document(
        source_path=str(path),
        text=extracted.text,
        title=extracted.title or None,
        url=extracted.url or None,
        outlet=extracted.sitename or None,
        language=extracted.language or None,
        published=published,
        published_source=DateSource.METADATA if published else None,
        clean_text=True,
    )
