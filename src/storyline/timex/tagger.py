"""Turning pattern matches into normalised :class:`TimeExpression` objects.

One scan of the sentence with the language's grammar; each match is read by
a small function for its kind, which decides type, TIMEX3 value and, for
points in time, the anchored :class:`PartialDate`. Times of day are dated
last, from a full date right next to them or else from the anchor's day.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from storyline.dates import PartialDate, Precision
from storyline.model import TimeExpression, TimexType
from storyline.timex import resolve
from storyline.timex.patterns import Grammar, grammar
from storyline.timex.resolve import Direction
from storyline.timex.tense import is_future

_DEFAULT_LANGUAGE = "en"
_UNIT_LETTER = {"year": "Y", "month": "M", "week": "W", "day": "D", "hour": "H", "minute": "M"}
_CLOCK_UNITS = {"hour", "minute"}
_NEXT_TO = re.compile(r"[\s,]*(?:\w{1,3}[\s,]+)?")  # "1:36 PM ET, Thu June 29" / "at 9 on 5 May"


class _Context:
    """What every reader needs: the match, the sentence, its grammar and anchor."""

    def __init__(self, match: re.Match[str], text: str, grammar_: Grammar,
                 anchor: PartialDate | None) -> None:
        self.match = match
        self.text = text
        self.grammar = grammar_
        self.anchor = anchor

    def group(self, name: str) -> str | None:
        return self.match.group(f"{self.match.lastgroup}_{name}")

    def future(self) -> bool:
        return is_future(self.text, self.match.start(), self.match.end(), self.grammar.future)

    def direction(self) -> Direction:
        """The direction written in the expression ("last", "next") or the sentence's tense."""
        for direction in (Direction.LAST, Direction.THIS, Direction.NEXT):
            if self.group(direction.value):
                return direction
        return Direction.FUTURE if self.future() else Direction.PAST

    def month(self, name: str) -> int:
        word = self.group(name).lower().rstrip(".")
        vocab = self.grammar.vocabulary
        return vocab.month_names.get(word) or vocab.month_abbreviations[word]

    def amount(self, name: str) -> float:
        """A count written in digits ("11", "2,5") or words ("eight", "otte", "a")."""
        word = " ".join(self.group(name).lower().split())
        cues = self.grammar.vocabulary.cues
        if word in cues.one:
            return 1
        return cues.numbers.get(word) or float(word.replace(",", "."))

    def unit(self, name: str) -> str:
        return self.grammar.vocabulary.units[self.group(name).lower()]

    def expression(self, type_: TimexType, value: str, date: PartialDate | None = None,
                   start: int | None = None, end: int | None = None) -> TimeExpression:
        start = self.match.start() if start is None else start
        end = self.match.end() if end is None else end
        return TimeExpression(self.text[start:end], start, end, type_, value, date)

    def point(self, date: PartialDate | None, unknown: str) -> TimeExpression:
        """A DATE whose value is its date's, or ``unknown`` when it could not be anchored."""
        return self.expression(TimexType.DATE, date.value if date else unknown, date)


def _number(amount: float) -> str:
    return str(int(amount)) if amount == int(amount) else str(amount)


def _period(amount: float, unit: str) -> str:
    """A TIMEX3 duration value: P8M, P11D, PT3H."""
    clock = "T" if unit in _CLOCK_UNITS else ""
    return f"P{clock}{_number(amount)}{_UNIT_LETTER[unit]}"


def _calendar(ctx: _Context) -> Iterator[TimeExpression]:
    """A written calendar date, with or without year or day."""
    kind = ctx.match.lastgroup
    month = int(ctx.group("m")) if kind == "iso" else ctx.month("m")
    year = ctx.group("y") if kind != "dm" else None
    day = ctx.group("d") if kind != "my" else None
    try:
        if year and day:
            date: PartialDate | None = PartialDate.day(int(year), month, int(day))
        elif year:
            date = PartialDate.month(int(year), month)
        else:
            if ctx.anchor is None:
                yield ctx.point(None, f"XXXX-{month:02d}-{int(day):02d}")
                return
            date = resolve.month_day(month, int(day), ctx.anchor, ctx.future())
    except ValueError:  # "31 June"
        return
    if date is not None:
        yield ctx.point(date, date.value)


def _time(ctx: _Context) -> Iterator[TimeExpression]:
    """A clock time; its day is filled in by :func:`_date_times`."""
    hour = int(ctx.group("h"))
    minute = int(ctx.group("m") or 0) if ctx.match.lastgroup == "clock" else 0
    meridiem = (ctx.group("ap") or "").lower()
    if meridiem.startswith("p") and hour < 12:
        hour += 12
    elif meridiem.startswith("a") and hour == 12:
        hour = 0
    yield ctx.expression(TimexType.TIME, f"T{hour:02d}:{minute:02d}")


def _ago(ctx: _Context) -> Iterator[TimeExpression]:
    unit = ctx.unit("u")
    precision = resolve.UNIT_PRECISION[unit]
    date = resolve.shift(ctx.anchor, -ctx.amount("n"), unit) if ctx.anchor else None
    yield ctx.point(date, resolve.unknown_value(precision))


def _duration(ctx: _Context) -> Iterator[TimeExpression]:
    yield ctx.expression(TimexType.DURATION, _period(ctx.amount("n"), ctx.unit("u")))


def _every_weekday(ctx: _Context) -> Iterator[TimeExpression]:
    day = ctx.grammar.vocabulary.weekday_names[ctx.group("d").lower()]
    yield ctx.expression(TimexType.SET, f"XXXX-WXX-{day}")


def _every_unit(ctx: _Context) -> Iterator[TimeExpression]:
    amount = ctx.amount("n") if ctx.group("n") else 1
    yield ctx.expression(TimexType.SET, _period(amount, ctx.unit("u")))


def _relative(ctx: _Context) -> Iterator[TimeExpression]:
    phrase = " ".join(ctx.group("p").lower().split())
    offset, unit = ctx.grammar.vocabulary.relative[phrase]
    date = resolve.shift(ctx.anchor, offset, unit) if ctx.anchor else None
    yield ctx.point(date, resolve.unknown_value(resolve.UNIT_PRECISION[unit]))


def _weekday(ctx: _Context) -> Iterator[TimeExpression]:
    day = ctx.grammar.vocabulary.weekday_names[ctx.group("d").lower()]
    date = resolve.weekday(day, ctx.anchor, ctx.direction()) if ctx.anchor else None
    yield ctx.point(date, f"XXXX-WXX-{day}")


def _month(ctx: _Context) -> Iterator[TimeExpression]:
    month = ctx.month("m")
    date = resolve.month(month, ctx.anchor, ctx.direction()) if ctx.anchor else None
    if not any(ctx.group(d.value) for d in (Direction.LAST, Direction.THIS, Direction.NEXT)):
        start = ctx.match.start(f"{ctx.match.lastgroup}_m")  # "in October": the span is "October"
        yield ctx.expression(TimexType.DATE, date.value if date else f"XXXX-{month:02d}", date,
                             start=start)
        return
    yield ctx.point(date, f"XXXX-{month:02d}")


def _year(ctx: _Context) -> Iterator[TimeExpression]:
    """A supported year, and the second year of a range ("from 2010 to 2014")."""
    for name in ("year_y", "year_y2"):
        if ctx.match.group(name):
            date = PartialDate.year(int(ctx.match.group(name)))
            yield ctx.expression(TimexType.DATE, date.value, date,
                                 start=ctx.match.start(name), end=ctx.match.end(name))


def _decade(ctx: _Context) -> Iterator[TimeExpression]:
    """A decade: TIMEX3 writes "the 1990s" as 199; a PartialDate cannot hold it."""
    yield ctx.expression(TimexType.DATE, ctx.group("y")[:3])


_READERS: dict[str, Callable[[_Context], Iterator[TimeExpression]]] = {
    "iso": _calendar, "dmy": _calendar, "mdy": _calendar, "my": _calendar, "dm": _calendar,
    "clock": _time, "hour": _time, "ago": _ago, "duration": _duration,
    "every_weekday": _every_weekday, "every_unit": _every_unit, "relative": _relative,
    "weekday": _weekday, "month": _month, "year": _year, "decade": _decade,
}


def _date_times(text: str, found: list[TimeExpression], anchor: PartialDate | None) -> None:
    """Give each time of day its day: an adjacent full date, else the anchor's day."""
    days = [t for t in found if t.date is not None and t.date.precision is Precision.DAY]
    anchor_day = anchor if anchor is not None and anchor.precision is Precision.DAY else None
    for time in found:
        if time.type is not TimexType.TIME:
            continue
        day = next((d.date for d in days
                    if _NEXT_TO.fullmatch(text, min(time.end, d.end), max(time.start, d.start))),
                   anchor_day)
        time.date = day
        time.value = f"{day.value if day else 'XXXX-XX-XX'}{time.value}"


def _grammar_for(language: str | None) -> Grammar:
    code = (language or _DEFAULT_LANGUAGE).lower().replace("_", "-").split("-")[0]
    return grammar(code) or grammar(_DEFAULT_LANGUAGE)


def tag(text: str, language: str | None, anchor: PartialDate | None) -> list[TimeExpression]:
    """Time expressions of one sentence, in text order, anchored on its article's date.

    ``language`` is an ISO 639-1 code (None or unknown: English); ``anchor``
    the publication date at whatever precision it is known, or None.
    """
    grammar_ = _grammar_for(language)
    found: list[TimeExpression] = []
    for match in grammar_.expressions.finditer(text):
        found.extend(_READERS[match.lastgroup](_Context(match, text, grammar_, anchor)))
    if any(t.type is TimexType.TIME for t in found):
        _date_times(text, found, anchor)
    return found
