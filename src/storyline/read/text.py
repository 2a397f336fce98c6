"""Plain-text articles: the text as it is, with an optional date header."""

from __future__ import annotations

from pathlib import Path

from storyline.model import DateSource, Document
from storyline.read.header import split_header


def read_text(path: Path, text: str) -> Document:
    """A Document for a decoded text file; the header date, if any, is its publication date."""
    published, body = split_header(normalise_newlines(text))
    return Document(
        source_path=str(path),
        text=body,
        published=published,
        published_source=DateSource.HEADER if published else None,
    )


def normalise_newlines(text: str) -> str:
    """Windows and old Mac line ends as ``\\n``, so line-based steps see one kind."""
    return text.replace("\r\n", "\n").replace("\r", "\n")
