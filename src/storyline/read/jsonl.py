"""Article records in JSON Lines files and JSON files.

Field names vary between corpora, so a few common spellings are accepted.
One bad record must not cost the rest of a 10,000-line file: each bad line
becomes its own ReadProblem and reading goes on.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from storyline.model import DateSource, Document, ReadProblem
from storyline.read.isodate import parse_metadata_date
from storyline.read.text import normalise_newlines

_DATE_FIELDS = ("published", "date", "time")


def read_jsonl(path: Path, text: str) -> Iterator[Document | ReadProblem]:
    """One Document per line holding a JSON object; blank lines are skipped."""
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        where = f"line {number}"
        try:
            value = json.loads(line)
        except json.JSONDecodeError as error:
            yield ReadProblem(str(path), f"{where}: malformed JSON ({error.msg}, column {error.colno})")
            continue
        yield record_to_document(path, value, where)


def read_json(path: Path, text: str) -> Iterator[Document | ReadProblem]:
    """One Document per object of a JSON list, or one for a single object."""
    try:
        value = json.loads(text)
    except json.JSONDecodeError as error:
        yield ReadProblem(str(path), f"malformed JSON ({error.msg}, line {error.lineno}, column {error.colno})")
        return
    if isinstance(value, list):
        for index, item in enumerate(value):
            yield record_to_document(path, item, f"item {index}")
    else:
        yield record_to_document(path, value, "the top-level value")


def record_to_document(path: Path, record: Any, where: str) -> Document | ReadProblem:
    """A Document for one record, or a problem saying what the record lacks."""
    if not isinstance(record, dict):
        return ReadProblem(str(path), f"{where}: not a JSON object")
    text = record.get("text")
    if not isinstance(text, str):
        return ReadProblem(str(path), f"{where}: no text field")
    if not text.strip():
        return ReadProblem(str(path), f"{where}: empty text")
    published = next(
        (date for date in (parse_metadata_date(record.get(name)) for name in _DATE_FIELDS) if date),
        None,
    )
    record_id = record.get("id")
    return Document(
        source_path=str(path),
        text=normalise_newlines(text),
        title=_string(record.get("title")),
        url=_string(record.get("url")),
        outlet=_string(record.get("source")),
        language=_string(record.get("lang")),
        published=published,
        published_source=DateSource.METADATA if published else None,
        record_id=str(record_id) if record_id is not None else None,
    )


def _string(value: Any) -> str | None:
    return value.strip() or None if isinstance(value, str) else None
