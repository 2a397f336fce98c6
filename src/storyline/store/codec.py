"""Model objects to and from the plain values a database column holds."""

from __future__ import annotations

import json
import types
import typing
from collections import Counter
from collections.abc import Sequence
from dataclasses import asdict, fields, is_dataclass
from enum import Enum
from functools import cache, lru_cache
from typing import Any

import numpy as np

from storyline.dates import PartialDate
from storyline.model import (
    Citation,
    Figure,
    Mention,
    Place,
    Quote,
    TimeExpression,
    TimexType,
)
from storyline.stories.profile import StoryProfile


def date_to_text(value: PartialDate | None) -> str | None:
    return value.value if value else None


@lru_cache(maxsize=4096)
def date_from_text(value: str | None) -> PartialDate | None:
    """The stored value read back; kept per value, since a large timeline holds thousands of entries but
    only hundreds of dates, and a PartialDate cannot change, so one object serves them all."""
    return PartialDate.parse(value) if value else None


def vector_to_blob(vector: np.ndarray) -> bytes:
    return np.asarray(vector, dtype=np.float32).tobytes()


def vector_from_blob(blob: bytes) -> np.ndarray:
    return np.frombuffer(blob, dtype=np.float32)


def timexes_to_json(timexes: list[TimeExpression]) -> str:
    return json.dumps(
        [[t.text, t.start, t.end, t.type.value, t.value, date_to_text(t.date)] for t in timexes],
        ensure_ascii=False,
    )


def timexes_from_json(text: str) -> list[TimeExpression]:
    return [
        TimeExpression(words, start, end, TimexType(kind), value, date_from_text(resolved))
        for words, start, end, kind, value, resolved in json.loads(text)
    ]


def mentions_to_json(mentions: list[Mention]) -> str:
    return json.dumps([[m.text, m.start, m.end, m.label] for m in mentions], ensure_ascii=False)


def mentions_from_json(text: str) -> list[Mention]:
    return [Mention(words, start, end, label) for words, start, end, label in json.loads(text)]


def figures_to_json(figures: list[Figure]) -> str:
    return json.dumps([[f.start, f.end, f.text, f.category, f.counted, f.hedge, f.value, f.low, f.high, f.source,
                        f.place, date_to_text(f.date)] for f in figures], ensure_ascii=False)


def figures_from_json(text: str) -> list[Figure]:
    return [Figure(*fields[:11], date=date_from_text(fields[11])) for fields in json.loads(text)]


def quotes_to_json(quotes: list[Quote]) -> str:
    return json.dumps([[q.sentence_index, q.start, q.end, q.text, q.kind, q.speaker, q.cue] for q in quotes],
                      ensure_ascii=False)


def quotes_from_json(text: str) -> list[Quote]:
    return [Quote(*fields) for fields in json.loads(text)]


def citations_to_json(citations: list[Citation]) -> str:
    return json.dumps(
        [[c.article_id, c.sentence_index, c.text, c.language, c.timex] for c in citations],
        ensure_ascii=False,
    )


def citations_from_json(text: str) -> list[Citation]:
    return [Citation(*fields) for fields in json.loads(text)]


def profile_to_row(profile: StoryProfile) -> tuple:
    """(size, names, languages, first, last, vector sum) as stored."""
    first, last = profile.span if profile.span else (None, None)
    vector = vector_to_blob(profile.vector_sum) if profile.vector_sum is not None else None
    return (profile.size, json.dumps(profile.names, ensure_ascii=False),
            json.dumps([[language, count] for language, count in profile.languages.items()]),
            date_to_text(first), date_to_text(last), vector)


def profile_from_row(size: int, names: str, languages: str, first: str | None, last: str | None,
                     vector: bytes | None) -> StoryProfile:
    start, end = date_from_text(first), date_from_text(last)
    return StoryProfile(
        size=size,
        names=Counter(json.loads(names)),
        languages=Counter({language: count for language, count in json.loads(languages)}),
        span=(start, end) if start and end else None,
        vector_sum=vector_from_blob(vector).copy() if vector is not None else None,
    )


def place_to_json(place: Place | None) -> str | None:
    return json.dumps(asdict(place), ensure_ascii=False) if place else None


def place_from_json(text: str | None) -> Place | None:
    return Place(**json.loads(text)) if text else None


def _plain(value: Any) -> Any:
    """A model object as JSON values: dataclasses as objects of their fields, dates as their text."""
    if isinstance(value, PartialDate):
        return value.value
    if is_dataclass(value) and not isinstance(value, type):
        return {f.name: _plain(getattr(value, f.name)) for f in fields(value)}
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, list | tuple):
        return [_plain(item) for item in value]
    if isinstance(value, dict):
        return {key: _plain(item) for key, item in value.items()}
    return value


Decoder = typing.Callable[[Any], Any]


def _same(value: Any) -> Any:
    return value


@cache
def _decoder(hint: Any) -> Decoder:
    """The function that turns JSON values into the type ``hint`` names (the inverse of :func:`_plain`).

    Made once per type and kept: a large story's reports are tens of thousands
    of nested records, and working out each field's type again for every one
    of them cost most of a first read.
    """
    origin, arguments = typing.get_origin(hint), typing.get_args(hint)
    if origin in (typing.Union, types.UnionType):
        inner = _decoder(next(a for a in arguments if a is not type(None)))
        return lambda value: None if value is None else inner(value)
    if hint is PartialDate:
        return date_from_text
    if isinstance(hint, type) and is_dataclass(hint):
        return _dataclass_decoder(hint)
    if isinstance(hint, type) and issubclass(hint, Enum):
        return hint
    if origin in (list, Sequence):
        item = _decoder(arguments[0])
        return lambda value: [item(v) for v in value]
    if origin is tuple:
        if arguments[-1:] == (Ellipsis,):
            each = _decoder(arguments[0])
            return lambda value: tuple(each(v) for v in value)
        items = [_decoder(a) for a in arguments]
        return lambda value: tuple(decode(v) for decode, v in zip(items, value))
    if origin is dict:
        item = _decoder(arguments[1])
        return lambda value: {key: item(v) for key, v in value.items()}
    return _same


def _dataclass_decoder(kind: type) -> Decoder:
    hints = typing.get_type_hints(kind)
    # Fields of plain JSON types are passed as they are; only the others are decoded.
    decoders = {name: decoder for name, hint in hints.items() if (decoder := _decoder(hint)) is not _same}

    def decode(value: dict[str, Any]) -> Any:
        return kind(**{name: decoders[name](item) if name in decoders and item is not None else item
                       for name, item in value.items()})

    return decode


def records_to_lines(records: Sequence[Any]) -> str:
    """Model dataclasses (figure points, quotes, disagreements...) as JSON lines, one record a line.

    One record a line lets a reader decode only the first few of a large
    story's ten thousand quotes, and still count them all.
    """
    return "\n".join(json.dumps(_plain(record), ensure_ascii=False) for record in records)


def records_from_lines(kind: type, text: str, limit: int | None = None) -> tuple[list[Any], int]:
    """The first ``limit`` (all when None) dataclasses of type ``kind`` that :func:`records_to_lines` wrote,
    and how many there are in all. A JSON array (as a collection built before kept them) is read too."""
    items = json.loads(text) if text.startswith("[") else text.splitlines()
    decode = _decoder(kind)
    kept = items if limit is None else items[:limit]
    return [decode(json.loads(item) if isinstance(item, str) else item) for item in kept], len(items)
