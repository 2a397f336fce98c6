"""Plain-text articles: the text as it is, with an optional date header."""

from __future__ import annotations

from storyline.model import DateSource, Document, ReadProblem
from storyline.read.header import split_header
from storyline.read.isodate import DateRefused, calendar_date


def read_text(source: str, text: str) -> Document | ReadProblem:
    """A Document for a decoded text file; the header date, if any, is its publication date.

    A header date that cannot be one is ignored with a note; a file holding
    nothing but blank space, or nothing after its header, is a problem.
    """
    stated, body = split_header(normalise_newlines(text))
    if not body.strip():
        return ReadProblem(source, "empty: nothing after its date header" if stated else "empty: only blank space")
    document = Document(source_path=source, text=body)
    if stated:
        try:
            document.published = calendar_date(stated)
        except DateRefused as refusal:
            document.notes.append(f"header date {stated} {refusal}: ignored")
        else:
            document.published_source = DateSource.HEADER
    return document


def normalise_newlines(text: str) -> str:
    """Windows and old Mac line ends as ``\\n``, so line-based steps see one kind."""
    return text.replace("\r\n", "\n").replace("\r", "\n")
