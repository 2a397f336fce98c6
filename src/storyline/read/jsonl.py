"""Article records in JSON Lines files and JSON files.

Field names vary between corpora, so a few common spellings are accepted.
One bad record must not cost the rest of a 10,000-line file: each bad line
becomes its own ReadProblem and reading goes on.
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Iterator
from typing import Any

from storyline.dates import PartialDate
from storyline.model import DateSource, Document, ReadProblem
from storyline.read.isodate import noted_date
from storyline.read.text import normalise_newlines

_DATE_FIELDS = ("published", "date", "time")
# The fields whose strings a record gives its document, as the record names them.
_STRING_FIELDS = ("text", "title", "url", "source", "lang", "id")
# A str holds a surrogate code point only when JSON escaped half a pair ("\ud800").
_SURROGATE = re.compile("[\ud800-\udfff]")


class _Unreadable(ValueError):
    """JSON that cannot be read; the message says why."""


def read_jsonl(source: str, text: str) -> Iterator[Document | ReadProblem]:
    """One Document per line holding a JSON object; blank lines are skipped.

    Lines end at ``\\n`` only, as JSON Lines has it: a record's text may
    hold U+2028 or other characters that :meth:`str.splitlines` splits at.
    """
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        where = f"line {number}"
        try:
            value = _loads(line)
        except _Unreadable as error:
            yield ReadProblem(source, f"{where}: {error}")
            continue
        yield record_to_document(source, value, where)


def read_json(source: str, text: str) -> Iterator[Document | ReadProblem]:
    """One Document per object of a JSON list, or one for a single object."""
    try:
        value = _loads(text)
    except _Unreadable as error:
        yield ReadProblem(source, str(error))
        return
    if isinstance(value, list):
        for index, item in enumerate(value):
            yield record_to_document(source, item, f"item {index}")
    else:
        yield record_to_document(source, value, "the top-level value")


def record_to_document(source: str, record: Any, where: str) -> Document | ReadProblem:
    """A Document for one record, or a problem saying what the record lacks."""
    if not isinstance(record, dict):
        return ReadProblem(source, f"{where}: not a JSON object")
    text = record.get("text")
    if not isinstance(text, str):
        return ReadProblem(source, f"{where}: no text field")
    not_text = _not_text(record)
    if not_text:
        return ReadProblem(source, f"{where}: {not_text}")
    if not text.strip():
        return ReadProblem(source, f"{where}: empty text")
    document = Document(
        source_path=source,
        text=normalise_newlines(text),
        title=_string(record.get("title")),
        url=_string(record.get("url")),
        outlet=_string(record.get("source")),
        language=_string(record.get("lang")),
        record_id=_record_id(record.get("id")),
    )
    document.published = _published(record, document.notes)
    document.published_source = DateSource.METADATA if document.published else None
    return document


def _loads(text: str) -> Any:
    """The JSON value ``text`` holds, or _Unreadable saying why there is none.

    Beyond malformed JSON, two kinds of valid JSON cannot be held by
    Python and would otherwise end the whole run: lists or objects nested
    deeper than its recursion limit, and integers longer than it converts.
    """
    try:
        return json.loads(text, parse_int=_integer)
    except json.JSONDecodeError as error:
        place = f"line {error.lineno}, column {error.colno}" if "\n" in error.doc else f"column {error.colno}"
        raise _Unreadable(f"malformed JSON ({error.msg}, {place})") from None
    except RecursionError:
        raise _Unreadable("JSON nested too deeply to read (lists or objects hundreds of levels deep)") from None


def _integer(digits: str) -> int:
    """A JSON integer as ``int``, or _Unreadable for one longer than Python converts."""
    limit = sys.get_int_max_str_digits()
    length = len(digits.lstrip("-"))
    if limit and length > limit:
        raise _Unreadable(f"a number {length:,} digits long, over the {limit:,}-digit limit for numbers")
    return int(digits)


def _not_text(record: dict[str, Any]) -> str | None:
    """Why a string the record gives its document is not text, or None.

    JSON can escape half of a UTF-16 surrogate pair alone ("\\ud800"); no
    UTF-8 output, hash or database takes the result.
    """
    for name in _STRING_FIELDS:
        value = record.get(name)
        found = _SURROGATE.search(value) if isinstance(value, str) else None
        if found:
            return f"the {name} holds an unpaired surrogate ({ascii(found.group())[1:-1]}), which is not text"
    return None


def _published(record: dict[str, Any], notes: list[str]) -> PartialDate | None:
    """The date of the first date field that holds a usable one; unusable ones before it are noted."""
    for name in _DATE_FIELDS:
        published = noted_date(record.get(name), f"the {name} field", notes)
        if published:
            return published
    return None


def _record_id(value: Any) -> str | None:
    """The record's id as text; ids are strings or numbers, anything else is no id."""
    return str(value) if isinstance(value, str | int | float) else None


def _string(value: Any) -> str | None:
    return value.strip() or None if isinstance(value, str) else None
