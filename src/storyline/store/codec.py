"""Model objects to and from the plain values a database column holds."""

from __future__ import annotations

import json
import types
import typing
from collections import Counter
from collections.abc import Sequence
from dataclasses import asdict, fields, is_dataclass
from enum import Enum
from functools import cache
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


def date_from_text(value: str | None) -> PartialDate | None:
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


@cache
def _field_types(kind: type) -> dict[str, Any]:
    return typing.get_type_hints(kind)


def _typed(hint: Any, value: Any) -> Any:
    """The JSON ``value`` as the type ``hint`` names (the inverse of :func:`_plain`)."""
    if value is None:
        return None
    origin, arguments = typing.get_origin(hint), typing.get_args(hint)
    if origin in (typing.Union, types.UnionType):
        return _typed(next(a for a in arguments if a is not type(None)), value)
    if hint is PartialDate:
        return date_from_text(value)
    if isinstance(hint, type) and is_dataclass(hint):
        hints = _field_types(hint)
        return hint(**{name: _typed(hints[name], item) for name, item in value.items()})
    if isinstance(hint, type) and issubclass(hint, Enum):
        return hint(value)
    if origin in (list, Sequence):
        return [_typed(arguments[0], item) for item in value]
    if origin is tuple:
        items = arguments[:1] * len(value) if arguments[-1:] == (Ellipsis,) else arguments
        return tuple(_typed(item_hint, item) for item_hint, item in zip(items, value))
    if origin is dict:
        return {key: _typed(arguments[1], item) for key, item in value.items()}
    return value


def records_to_json(records: Sequence[Any]) -> str:
    """Model dataclasses (figure points, quotes, disagreements...) as one JSON array."""
    return json.dumps([_plain(record) for record in records], ensure_ascii=False)


def records_from_json(kind: type, text: str) -> list[Any]:
    """The dataclasses of type ``kind`` that :func:`records_to_json` wrote."""
    return [_typed(kind, item) for item in json.loads(text)]

