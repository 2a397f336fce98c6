"""Turning pattern matches into normalised :class:`TimeExpression` objects.

One scan of the sentence with the language's grammar; each match is read by
a small function for its kind, which decides type, TIMEX3 value and, for
points in time, the anchored :class:`PartialDate`. Times of day are dated
last, from a full date right next to them or else from the anchor's day.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from storyline.analyse.timex import holidays, resolve
from storyline.analyse.timex.patterns import Grammar, grammar
from storyline.analyse.timex.resolve import Direction
from storyline.analyse.timex.tense import is_future
from storyline.dates import PartialDate, Precision
from storyline.model import TimeExpression, TimexType

_DEFAULT_LANGUAGE = "en"
_UNIT_LETTER = {"decade": "Y", "year": "Y", "month": "M", "week": "W", "day": "D",
                "hour": "H", "minute": "M", "second": "S"}
_HALF_OF = {"year": (6, "month"), "day": (12, "hour"), "hour": (30, "minute"), "minute": (30, "second")}
_CLOCK_UNITS = {"hour", "minute", "second"}
_UTC = re.compile(r"\b(?:GMT|UTC)\b", re.IGNORECASE)
_AHEAD_WINDOW = 4  # "para el mes de": the look-ahead word is at most this many words before the expression
_NEXT_TO = re.compile(r"[\s,]*(?:\w{1,3}[\s,]+)?")  # "1:36 PM ET, Thu June 29" / "at 9 on 5 May"


class _Context:
    """What every reader needs: the match, the sentence, its grammar, anchor and the date last told."""

    def __init__(self, match: re.Match[str], text: str, grammar_: Grammar,
                 anchor: PartialDate | None, referent: PartialDate | None,
                 year_written: int | None = None) -> None:
        self.match = match
        self.text = text
        self.grammar = grammar_
        self.anchor = anchor
        self.referent = referent  # the last date told before this match: what "that day" points back to
        self.year_written = year_written  # the last year written in digits before this match, in this sentence

    def group(self, name: str) -> str | None:
        """The named part of this kind's match, None when absent or when the kind has no such part."""
        return self.match.groupdict().get(f"{self.match.lastgroup}_{name}")

    def future(self) -> bool:
        return is_future(self.text, self.match.start(), self.match.end(), self.grammar.future)

    def direction(self) -> Direction:
        """The direction written in the expression ("last", "next"), a word before it that looks ahead
        ("scheduled for Saturday", "para el mes de octubre"), or the sentence's tense."""
        for direction in (Direction.LAST, Direction.THIS, Direction.NEXT):
            if self.group(direction.value) or self.group(f"{direction.value}_after"):
                # "this Wednesday" in a future-tense clause is the coming one
                return Direction.FUTURE if direction is Direction.THIS and self.future() else direction
        if self._since():
            return Direction.BEFORE
        return Direction.FUTURE if self.future() or self._ahead() else Direction.PAST

    def _since(self) -> bool:
        """Whether "since" governs the expression ("siden januar", "depuis mars"): it can only look back."""
        cues = self.grammar.vocabulary.cues
        before = self.text[:self.match.start()].split()[-1:]
        opening = self.match.group().split(maxsplit=1)[0]
        return any(word.lower() in cues.since for word in (*before, opening))

    def _ahead(self) -> bool:
        """Whether the words before the expression, past any article or "the month of", look ahead."""
        cues = self.grammar.vocabulary.cues
        opening = self.match.group().split(maxsplit=1)[0].lower()
        if not cues.ahead_before:
            return False
        skipped = {*cues.articles, *(word for phrase in cues.month_of for word in phrase.split()), *cues.day_nouns}
        # "(stået på) siden januar": its own preposition; but "de" of "para el mes de octubre" is "the month of"
        if opening in cues.month_preps and opening not in skipped:
            return False
        day = f"{self.match.lastgroup}_d"
        if day in self.match.re.groupindex and self.match.end(day) >= 0 and self.text[
                self.match.end(day):self.match.end()].lower().startswith(cues.weekday_suffix or ("\0",)):
            return False  # Swedish "på torsdagen" is the Thursday told of, "på torsdag" the coming one
        before = [word.lower() for word in self.text[:self.match.start()].split()[-_AHEAD_WINDOW:]]
        while before and before[-1] in skipped:
            before.pop()
        return bool(before) and before[-1] in cues.ahead_before

    def day(self, name: str) -> int:
        """A day of a month written in digits ("11", "1er") or as a word ("primero")."""
        word = self.phrase(name)
        return self.grammar.vocabulary.cues.day_words.get(word) or int(word)

    def month(self, name: str) -> int:
        """The month a name stands for; of a name written with its second one ("حزيران/يونيو"), the first."""
        written = " ".join(self.group(name).lower().split())
        vocab = self.grammar.vocabulary
        words = written.split("/")[0].strip().split()
        for end in range(len(words), 0, -1):  # "كانون الثاني" is one name, "يناير كانون الثاني" two
            word = " ".join(words[:end]).rstrip(".")
            if word in vocab.month_names or word in vocab.month_abbreviations:
                return vocab.month_names.get(word) or vocab.month_abbreviations[word]
        raise KeyError(written)

    def phrase(self, name: str) -> str:
        """The named part lower-cased with its spaces made single: how vocabulary tables are keyed."""
        return " ".join(self.group(name).lower().split())

    def amount(self, name: str) -> float:
        """A count written in digits ("11", "2,5") or words ("eight", "otte", "a")."""
        word = self.phrase(name)
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


def _period(*parts: tuple[float, str]) -> str:
    """A TIMEX3 duration value: P8M, PT3H, P2Y3M ("two years and three months").

    Half a year or an hour is written in the next smaller unit, as TIMEX3
    does (P2Y6M, PT5H30M); half a week or month has none and stays P2.5W.
    """
    whole: dict[str, float] = {}
    for amount, unit in parts:
        if unit == "decade":
            amount, unit = amount * 10, "year"
        if amount % 1 == 0.5 and unit in _HALF_OF:
            smaller, smaller_unit = _HALF_OF[unit]
            whole[smaller_unit] = whole.get(smaller_unit, 0) + smaller
            amount -= 0.5
        if amount:
            whole[unit] = whole.get(unit, 0) + amount
    if not whole:  # "de 0 a 3 años": a length of nothing is still written with its unit
        whole[parts[0][1] if parts[0][1] != "decade" else "year"] = 0
    order = [u for u in _UNIT_LETTER if u in whole]
    date = "".join(f"{_number(whole[u])}{_UNIT_LETTER[u]}" for u in order if u not in _CLOCK_UNITS)
    clock = "".join(f"{_number(whole[u])}{_UNIT_LETTER[u]}" for u in order if u in _CLOCK_UNITS)
    return f"P{date}{'T' + clock if clock else ''}"


def _calendar(ctx: _Context) -> Iterator[TimeExpression]:
    """A written calendar date, with or without year or day."""
    kind = ctx.match.lastgroup
    month = int(ctx.group("m")) if kind == "iso" else ctx.month("m")
    year = ctx.group("y") if kind != "dm" else None
    day = ctx.day("d") if kind != "my" else None
    try:
        if year and day:
            date: PartialDate | None = PartialDate.day(int(year), month, day)
        elif year:
            date = PartialDate.month(int(year), month)
        else:
            if ctx.anchor is None:
                yield ctx.point(None, f"XXXX-{month:02d}-{day:02d}")
                return
            direction = ctx.direction()  # "el (pasado) 25 de abril (pasado)", "le 3 mars prochain", or the tense
            date = resolve.month_day(month, day, ctx.anchor, direction in (Direction.NEXT, Direction.FUTURE),
                                     past=direction in (Direction.LAST, Direction.BEFORE))
    except ValueError:  # "31 June"
        return
    if date is not None:
        yield ctx.point(date, date.value)


def _numeric(ctx: _Context) -> Iterator[TimeExpression]:
    """"05.06.2009": the day first, or the month where the language writes it first; the other order
    when only that one is a date ("13/05/2009" in US English)."""
    first, second, year = int(ctx.group("a")), int(ctx.group("b")), int(ctx.group("y"))
    orders = [(second, first), (first, second)] if ctx.grammar.vocabulary.cues.month_first_numeric else [
        (first, second), (second, first)]
    for day, month in orders:
        try:
            date = PartialDate.day(year, month, day)
        except ValueError:
            continue
        yield ctx.point(date, date.value)
        return


def _time(ctx: _Context) -> Iterator[TimeExpression]:
    """A clock time ("9:30 a.m.", "las 11 de la mañana"); its day is filled in by :func:`_date_times`.

    A time given in GMT or UTC carries TIMEX3's "Z".
    """
    word = ctx.group("h")
    hour = int(word) if word.isdigit() else int(ctx.amount("h"))
    minute = int(ctx.group("m") or 0)
    meridiem = ctx.phrase("ap") if ctx.group("ap") else ""
    meridiem = ctx.grammar.vocabulary.cues.meridiem.get(meridiem, meridiem)
    if meridiem.startswith("p") and hour < 12:
        hour += 12
    elif meridiem.startswith("a") and hour == 12:
        hour = 0
    zone = "Z" if _UTC.search(ctx.match.group()) else ""
    yield ctx.expression(TimexType.TIME, f"T{hour:02d}:{minute:02d}{zone}")


def _day_time(ctx: _Context) -> Iterator[TimeExpression]:
    """"noon", "midnight", "mid-afternoon": a time whose day, like a clock time's, is filled in later."""
    yield ctx.expression(TimexType.TIME, f"T{ctx.grammar.vocabulary.cues.day_times[ctx.phrase('t')]}")


def _ago(ctx: _Context) -> Iterator[TimeExpression]:
    """"three years ago", "a year earlier": counted back from the publication date.

    "Earlier" counts from whatever time the story is at: at a year's distance
    that is still the report's own year; nearer, the date told last when the
    article has told one. "A day earlier" stays a length of time (TIMEX3
    writes it so), dated from the told date.
    """
    unit = ctx.unit("u")
    precision = resolve.UNIT_PRECISION[unit]
    narrative = (ctx.group("a") or "").lower() in ctx.grammar.vocabulary.cues.ago_narrative
    # "a year earlier" compares with the report's own year (TIMEX3 dates it from publication); nearer
    # distances count from the date told last
    told = _from_told(ctx.referent, -ctx.amount("n"), unit) if narrative and unit != "year" else None
    if narrative and precision > Precision.MONTH:
        yield ctx.expression(TimexType.DURATION, _period((ctx.amount("n"), unit)), told)
        return
    if told is not None:  # "A month earlier" than the date told last
        yield ctx.point(told, resolve.unknown_value(precision))
        return
    date = resolve.shift(ctx.anchor, -ctx.amount("n"), unit) if ctx.anchor else None
    yield ctx.point(date, resolve.unknown_value(precision))


_QUANTITY_WINDOW = 3  # "$500 million a year", "four flights a week": a count this close before "a year"


def _after_quantity(ctx: _Context) -> bool:
    """Does a count stand just before the match ("$1.76 a year", "700 seats a week", "8.5% annually")?

    Then the expression is the "per year" of a rate, not a length of time
    or a recurring event. A preposition right before ("condenado a un año")
    makes it a length again.
    """
    cues = ctx.grammar.vocabulary.cues
    before = ctx.text[:ctx.match.start()].split()[-_QUANTITY_WINDOW:]
    if not before or (before[-1].isalpha() and len(before[-1]) < 3):
        return False
    return any(any(c.isdigit() for c in word) or word.lower() in cues.numbers for word in before)


_YEAR_COUNT = re.compile(r"1[5-9]\d\d|20\d\d")
#: "Jean Dupont, 61 ans, a été" / "(61 ans)": a count of years set off after a name is an age.
_APPOSED = re.compile(r"(?:([^\W\d_][\w.'’-]*)\s*,|\()\s*$")
_APPOSED_END = re.compile(r"\s*[,)]")


def _is_age(ctx: _Context) -> bool:
    """Whether the years counted are someone's age ("âgé de 61 ans", "Marie Dupont, 61 ans,")."""
    if ctx.unit("u") != "year" or ctx.group("n2"):
        return False
    before = ctx.text[max(0, ctx.match.start() - 40):ctx.match.start()]
    cues = ctx.grammar.vocabulary.cues
    if any(before.lower().rstrip().endswith(phrase) for phrase in cues.age_before):
        return True
    words = before.rstrip().rsplit(maxsplit=1)
    if len(words) == 2 and words[1].lower() in cues.age_connectors:  # "Juan Pérez, de 52 años,"
        before = words[0]
    apposed = _APPOSED.search(before)
    named = apposed is not None and (apposed.group(1) is None or apposed.group(1)[0].isupper())
    return named and bool(_APPOSED_END.match(ctx.text, ctx.match.end()))


def _duration(ctx: _Context) -> Iterator[TimeExpression]:
    """"eight months", "2 1/2 years", "dos horas y 30 minutos": one length of time; not a rate's "a year"."""
    if ctx.phrase("n") in ctx.grammar.vocabulary.cues.one and not ctx.group("frac") and _after_quantity(ctx):
        return
    if _is_age(ctx):
        return
    amount = ctx.amount("n") + 0.5 * bool(ctx.group("frac") or ctx.group("half"))
    if ctx.unit("u") == "year" and _YEAR_COUNT.fullmatch(ctx.phrase("n")) and not ctx.group("n2"):
        # "в 2010 году", "2006 года": a year named with the word "year", not a length of 2,010 years
        year = PartialDate.year(int(amount))
        yield ctx.point(year, year.value)
        return
    parts = [(amount, ctx.unit("u"))]
    if ctx.group("n2"):
        parts.append((ctx.amount("n2"), ctx.unit("u2")))
    yield ctx.expression(TimexType.DURATION, _period(*parts), _counted_from_told(ctx, parts))


#: Words after "después", "prima", "antes" that open the event counted from ("dos días después del
#: ataque", "due giorni prima dell'attacco"): its date is not the one told last. An article alone opens
#: the clause's subject ("dos días después los rebeldes huyeron").
_EVENT_OPENERS = frozenset({"of", "than", "de", "del", "della", "dello", "degli", "delle", "di", "dal", "dalla",
                            "do", "da", "dos", "das", "que", "che", "af", "av", "van"})
_ELIDED_OPENER = re.compile(r"^(?:d|qu|dell|dall)['’]", re.IGNORECASE)


def _counted_from_told(ctx: _Context, parts: list[tuple[float, str]]) -> PartialDate | None:
    """The day "two days later" or "un mois plus tôt" points at: the length counted from the date told last.

    The expression stays a length of time (its TIMEX3 value is the duration);
    the date is what a figure in the sentence is as of, and what a later "that
    day" points back to. None without a told date, for a length of two units,
    or when an event follows the word ("dos días después del ataque"), whose
    own date is unknown.
    """
    cues = ctx.grammar.vocabulary.cues
    if ctx.referent is None or len(parts) != 1:
        return None
    after = ctx.text[ctx.match.end():].lower().split()
    found = next(((len(cue.split()), sign) for words, sign in ((cues.told_later, 1), (cues.told_earlier, -1))
                  for cue in words if [w.strip(",.;:") for w in after[:len(cue.split())]] == cue.split()), None)
    if found is None:
        return None
    size, sign = found
    following = after[size:size + 1]
    if following and after[size - 1][-1:] not in ",.;:" and (
            following[0] in _EVENT_OPENERS or _ELIDED_OPENER.match(following[0])):
        return None
    amount, unit = parts[0]
    return _from_told(ctx.referent, sign * amount, unit)


def _from_told(referent: PartialDate | None, amount: float, unit: str) -> PartialDate | None:
    """``amount`` units from the told date, when it is told at least as finely as the unit ("two days
    later" than "February" is no day that can be told)."""
    if referent is None or unit not in _TOLD_UNITS or referent.precision < resolve.UNIT_PRECISION[unit]:
        return None
    return resolve.shift(referent, amount, unit)


_TOLD_UNITS = ("day", "week", "month", "year")


def _elided(ctx: _Context) -> Iterator[TimeExpression]:
    """"tres o cuatro semanas": the first count, a duration in the unit written after the second."""
    yield ctx.expression(TimexType.DURATION, _period((ctx.amount("n"), ctx.unit("u"))),
                         end=ctx.match.end("elided_n"))


def _every_weekday(ctx: _Context) -> Iterator[TimeExpression]:
    day = ctx.grammar.vocabulary.weekday_names[ctx.group("d").lower()]
    yield ctx.expression(TimexType.SET, f"XXXX-WXX-{day}")


def _every_month(ctx: _Context) -> Iterator[TimeExpression]:
    """"each July": a SET of that month in every year."""
    yield ctx.expression(TimexType.SET, f"XXXX-{ctx.month('m'):02d}")


def _every_quarter(ctx: _Context) -> Iterator[TimeExpression]:
    """"every quarter", "cada semestre": a SET of that part of a year (TIMEX3 P1Q, P1H)."""
    letter = ctx.grammar.vocabulary.cues.quarter[ctx.phrase("w")]
    yield ctx.expression(TimexType.SET, f"P1{letter}")


def _every_unit(ctx: _Context) -> Iterator[TimeExpression]:
    amount = ctx.amount("n") if ctx.group("n") else 1
    yield ctx.expression(TimexType.SET, _period((amount, ctx.unit("u"))))


def _relative(ctx: _Context) -> Iterator[TimeExpression]:
    """"yesterday", "next month"; "today" between an article and an adjective is "nowadays" (PRESENT_REF)."""
    offset, unit = ctx.grammar.vocabulary.relative[ctx.phrase("p")]
    if (offset, unit) == (0, "day") and _nowadays(ctx):
        yield ctx.expression(TimexType.DATE, "PRESENT_REF")
        return
    date = resolve.shift(ctx.anchor, offset, unit) if ctx.anchor else None
    yield ctx.point(date, resolve.unknown_value(resolve.UNIT_PRECISION[unit]))


def _nowadays(ctx: _Context) -> bool:
    """Is this "today" an adverb of the present ("la hoy extinta", "hoy tan dispersos") rather than a day?"""
    cues = ctx.grammar.vocabulary.cues
    before = ctx.text[:ctx.match.start()].split()[-1:]
    after = ctx.text[ctx.match.end():].split()[:1]
    return (bool(before) and before[0].lower() in cues.nowadays_before) or (
        bool(after) and after[0].lower() in cues.nowadays_after)


_NAME_GOES_ON = re.compile(r"\s+[A-ZÀ-Þ]")


def _weekday(ctx: _Context) -> Iterator[TimeExpression]:
    """A weekday, the one the tense or a modifier points to; "Domingo García" in Spanish is a name."""
    word = ctx.group("d")
    if (not ctx.grammar.vocabulary.cues.capitalised and word[0].isupper()
            and _NAME_GOES_ON.match(ctx.text, ctx.match.end())):
        return
    day = ctx.grammar.vocabulary.weekday_names[word.lower()]
    date = resolve.weekday(day, ctx.anchor, ctx.direction()) if ctx.anchor else None
    yield ctx.point(date, f"XXXX-WXX-{day}")


def _month(ctx: _Context) -> Iterator[TimeExpression]:
    month = ctx.month("m")
    date = resolve.month(month, ctx.anchor, ctx.direction()) if ctx.anchor else None
    if not any(ctx.group(d.value) for d in Direction):  # "in October (last)": the span opens at the name
        start = ctx.match.start(f"{ctx.match.lastgroup}_m")  # "in October": the span is "October"
        yield ctx.expression(TimexType.DATE, date.value if date else f"XXXX-{month:02d}", date,
                             start=start)
        return
    yield ctx.point(date, f"XXXX-{month:02d}")


def _year(ctx: _Context) -> Iterator[TimeExpression]:
    """A supported year, and the second year of a range ("from 2010 to 2014")."""
    for name in ("y", "y2"):
        if ctx.group(name):
            date = PartialDate.year(int(ctx.group(name)))
            group = f"{ctx.match.lastgroup}_{name}"
            yield ctx.expression(TimexType.DATE, date.value, date,
                                 start=ctx.match.start(group), end=ctx.match.end(group))


#: Longest span of years read as one ("the 2009-2010 season", "1957-58"); a wider pair is two numbers.
_MAX_YEAR_SPAN = 10


def _year_span(ctx: _Context) -> Iterator[TimeExpression]:
    """"1957-58", "2009-2010": a season or term of two years in a row, dated by the year it begins."""
    first, second = ctx.group("y"), ctx.group("y2")
    end = int(first[:2] + second) if len(second) == 2 else int(second)
    if 0 < end - int(first) <= _MAX_YEAR_SPAN:
        date = PartialDate.year(int(first))
        yield ctx.point(date, date.value)
        return
    # "1990-2010" is two years, each its own expression; "2009-05" is 2009 and a number
    yield from (year for year in _year(ctx) if len(year.text) == 4)


def _decade(ctx: _Context) -> Iterator[TimeExpression]:
    """A decade: TIMEX3 writes "the 1990s" as 199; a PartialDate cannot hold it."""
    yield ctx.expression(TimexType.DATE, ctx.group("y")[:3])


def _decade_word(ctx: _Context) -> Iterator[TimeExpression]:
    """"los años 80", "the nineties": the latest such decade begun by the year after the anchor's.

    "The nineties" written in 1989 are the coming ones; "los años 30" written
    in 2026 are the 1930s. Without an anchor, the 20th century's.
    """
    word = ctx.phrase("n")
    tens = int(word[0]) if word[0].isdigit() else ctx.grammar.vocabulary.cues.decade_words[word]
    latest = ctx.anchor.start.year + 1 if ctx.anchor is not None else 1999
    century = (latest - 10 * tens) // 100
    yield ctx.expression(TimexType.DATE, f"{century}{tens}")


def _the_year(ctx: _Context) -> Iterator[TimeExpression]:
    """"for the full year", "todo el año": the anchor's year; "the year ended March 31" a year's length."""
    if ctx.group("ended"):
        yield ctx.expression(TimexType.DURATION, "P1Y", end=ctx.match.end("the_year_p"))
        return
    date = PartialDate.year(ctx.anchor.start.year) if ctx.anchor is not None else None
    yield ctx.point(date, "XXXX")


def _reference(ctx: _Context) -> Iterator[TimeExpression]:
    """"now", "recently", "soon": TIMEX3's PRESENT_REF, PAST_REF, FUTURE_REF, which no calendar holds."""
    kind = next(k for k in ("present", "past", "future") if ctx.group(k))
    yield ctx.expression(TimexType.DATE, f"{kind.upper()}_REF")


def _vague(ctx: _Context) -> Iterator[TimeExpression]:
    """"several years", "for weeks", "meses antes": a duration whose length is not told (TIMEX3 PXY)."""
    name = next(n for n in ("u", "p", "q") if ctx.group(n))
    unit = ctx.unit(name)
    clock = "T" if unit in _CLOCK_UNITS else ""
    start = ctx.match.start(f"vague_{name}") if name == "p" else None  # "for years": the span is "years"
    end = ctx.match.end(f"vague_{name}") if name == "q" else None  # "years later": the span is "years"
    yield ctx.expression(TimexType.DURATION, f"P{clock}X{_UNIT_LETTER[unit]}", start=start, end=end)


def _frequency(ctx: _Context) -> Iterator[TimeExpression]:
    """"daily", "anual": a SET, unless the word is a noun here ("el diario", the newspaper)."""
    cues = ctx.grammar.vocabulary.cues
    word = ctx.phrase("f")
    if not cues.rates_are_sets and _after_quantity(ctx):  # "rise 8.5% annually"
        return
    if word in cues.noun_frequencies:
        before = ctx.text[:ctx.match.start()].split()
        if not before or not before[-1].islower() or before[-1] in cues.determiners or ctx.group("f")[0].isupper():
            return
    yield ctx.expression(TimexType.SET, cues.frequencies[word])


def _quarter(ctx: _Context) -> Iterator[TimeExpression]:
    """A part of a year ("the third quarter", "el segundo semestre de este año"), dated to its year."""
    letter = ctx.grammar.vocabulary.cues.quarter.get(ctx.phrase("w"), "Q") if ctx.group("w") else "Q"
    months = resolve.PART_MONTHS[letter]
    written = ctx.group("y") or ctx.group("y0")  # "second quarter of 1988", "the 1988 second quarter"
    year: int | None = int(written) if written else None
    if ctx.group("ty") and ctx.anchor is not None:
        year = ctx.anchor.start.year
    if ctx.anchor is None and year is None:
        yield ctx.expression(TimexType.DATE, f"XXXX-{letter}X")
        return
    if ctx.group("o"):
        number = ctx.grammar.vocabulary.cues.ordinals[ctx.group("o").lower()]
        if number > 12 // months:  # "el cuarto semestre" is no part of a year
            return
        if year is None and ctx.year_written is not None:
            year = ctx.year_written  # "las cuentas para el 2000, aprobadas en el primer cuatrimestre"
        year = year or resolve.part_year(number, months, ctx.anchor, ctx.future()) - bool(ctx.group("prior"))
    elif ctx.group("latest") and year is not None:  # "el último trimestre de 1999"
        number = 12 // months
    elif ctx.group("y0") and not ctx.group("this"):  # "the 1988 quarter": the report's quarter in that year
        number = resolve.last_part(ctx.anchor, months)[1]
    elif ctx.group("this"):
        year, number = ctx.anchor.start.year, resolve.part_of(ctx.anchor.start, months)
    else:
        year, number = resolve.last_part(ctx.anchor, months)
        year -= bool(ctx.group("ago") or ctx.group("back"))
    yield ctx.expression(TimexType.DATE, f"{year}-{letter}{number}", PartialDate.year(year))


def _season(ctx: _Context) -> Iterator[TimeExpression]:
    """A season ("last fall", "summer of 2010"), dated to its year."""
    written = ctx.group("s")
    if (not ctx.grammar.vocabulary.cues.capitalised and written[0].isupper()
            and ctx.text[:ctx.match.start("season_s")].strip()):
        return  # "le Printemps arabe", "Primavera de Praga": a name, not a season
    code = ctx.grammar.vocabulary.cues.seasons[written.lower()]
    if ctx.group("y"):
        year: int | None = int(ctx.group("y"))
    else:
        year = resolve.season_year(code, ctx.anchor, ctx.direction()) if ctx.anchor else None
    # the governing preposition is no part of the expression ("in | the summer", "avant l'|été")
    start = ctx.match.end("season_prep") if ctx.group("prep") else None
    while start is not None and ctx.text[start].isspace():
        start += 1
    if year is None:
        yield ctx.expression(TimexType.DATE, f"XXXX-{code}", start=start)
        return
    yield ctx.expression(TimexType.DATE, f"{year}-{code}", PartialDate.year(year), start=start)


def _month_rel(ctx: _Context) -> Iterator[TimeExpression]:
    """"January this year", "June last year": the month in the year the words name."""
    month = ctx.month("m")
    if ctx.anchor is None:
        yield ctx.point(None, f"XXXX-{month:02d}")
        return
    year = ctx.anchor.start.year + {Direction.LAST: -1, Direction.NEXT: 1}.get(ctx.direction(), 0)
    date = PartialDate.month(year, month)
    yield ctx.expression(TimexType.DATE, date.value, date, start=ctx.match.start("month_rel_m"))


def _on(day: PartialDate | None, time: str) -> str:
    """The TIMEX3 value of a time ("T22:00", "TNI") on a day, or on an unknown day."""
    return f"{day.value if day else resolve.unknown_value(Precision.DAY)}{time}"


def _part_of_day(ctx: _Context) -> Iterator[TimeExpression]:
    """"yesterday morning", "Wednesday night", "this morning": a day and its part (TIMEX3 TMO, TNI...)."""
    cues = ctx.grammar.vocabulary.cues
    part = cues.parts_of_day[ctx.group("p").lower()]
    day: PartialDate | None = None
    if ctx.anchor is not None and ctx.anchor.precision is Precision.DAY:
        if ctx.group("r"):
            offset, unit = ctx.grammar.vocabulary.relative[ctx.phrase("r")]
            day = resolve.shift(ctx.anchor, offset, unit) if unit == "day" else None
        elif ctx.group("d"):
            number = ctx.grammar.vocabulary.weekday_names[ctx.group("d").lower()]
            day = resolve.weekday(number, ctx.anchor, ctx.direction())
        else:
            day = resolve.shift(ctx.anchor, -1 if ctx.group("last") else 0, "day")
    yield ctx.expression(TimexType.TIME, _on(day, f"T{part}"), day)


def _day_part(ctx: _Context) -> Iterator[TimeExpression]:
    """"tonight", "anoche": a part of a day named by one word."""
    offset, part = ctx.grammar.vocabulary.cues.day_parts_alone[ctx.phrase("p")]
    day = None
    if ctx.anchor is not None and ctx.anchor.precision is Precision.DAY:
        day = resolve.shift(ctx.anchor, offset, "day")
    yield ctx.expression(TimexType.TIME, _on(day, f"T{part}"), day)


def _weekend(ctx: _Context) -> Iterator[TimeExpression]:
    """"over the weekend", "next weekend": the weekend of an ISO week, dated to that week."""
    week = resolve.weekend(ctx.anchor, ctx.direction()) if ctx.anchor else None
    yield ctx.point(week, "XXXX-WXX") if week is None else ctx.expression(
        TimexType.DATE, f"{week.value}-WE", week)


def _holiday(ctx: _Context) -> Iterator[TimeExpression]:
    """A holiday ("Christmas Eve", "Good Friday", "2. påskedag"), in the year given or the nearest one."""
    holiday = ctx.grammar.vocabulary.cues.holidays[ctx.phrase("h")]
    if ctx.group("y"):
        date: PartialDate | None = PartialDate.of(holidays.day_in(holiday, int(ctx.group("y"))), Precision.DAY)
    elif ctx.anchor is None:
        date = None
    else:
        direction = ctx.direction()  # "last Thanksgiving", "next Easter", or the tense
        year = resolve.year_of(lambda y: holidays.day_in(holiday, y), ctx.anchor,
                               direction in (Direction.NEXT, Direction.FUTURE), past=direction in (Direction.LAST, Direction.BEFORE))
        date = PartialDate.of(holidays.day_in(holiday, year), Precision.DAY)
    unknown = f"XXXX-{holiday[0]:02d}-{holiday[1]:02d}" if isinstance(holiday, tuple) else "XXXX-XX-XX"
    yield ctx.point(date, unknown)


_ROMAN = {"I": 1, "V": 5, "X": 10}


def _roman(numeral: str) -> int:
    values = [_ROMAN[c] for c in numeral.upper()]
    return sum(-v if i + 1 < len(values) and v < values[i + 1] else v for i, v in enumerate(values))


def _spoken_year(ctx: _Context) -> Iterator[TimeExpression]:
    """"nineteen ninety-six", "the year two thousand": a year said in words, as broadcast transcripts write it."""
    cues = ctx.grammar.vocabulary.cues
    century = cues.spoken_centuries[ctx.phrase("c")]
    within = sum(cues.numbers[word] for word in ctx.phrase("n").split("-")) if ctx.group("n") else 0
    if within >= 100 or (within < 10 and not ctx.group("the")):  # "nineteen people", "two thousand five hundred"
        return
    date = PartialDate.year(century + within)
    yield ctx.expression(TimexType.DATE, date.value, date)


def _century(ctx: _Context) -> Iterator[TimeExpression]:
    """"the 20th century", "el siglo XIX", "this century": TIMEX3 writes its first two digits (19, 18).

    A PartialDate cannot hold a century, so it has no date.
    """
    if ctx.group("this"):
        if ctx.anchor is None:
            yield ctx.expression(TimexType.DATE, "XX")
            return
        number = ctx.anchor.start.year // 100 + 1
    else:
        number = int(ctx.group("n")) if ctx.group("n") else _roman(ctx.group("r") or ctx.group("rb"))
    yield ctx.expression(TimexType.DATE, f"{number - 1:02d}")


def _count(ctx: _Context) -> Iterator[TimeExpression]:
    """"rose to 1990": a number of things, matched only so that it is not read as a year."""
    yield from ()


def _shared_parts(ctx: _Context, names: tuple[str, str],
                  dated: Callable[[str], tuple[PartialDate | None, str]]) -> Iterator[TimeExpression]:
    """Two expressions that share what is written once after the second ("5 and 6 June", "May and June 2001").

    ``dated(name)`` gives the part's date and its value when undated, or raises
    ValueError for a day the calendar lacks; the second span runs to the end.
    """
    for name in names:
        try:
            date, unknown = dated(name)
        except ValueError:  # "31 June"
            continue
        group = f"{ctx.match.lastgroup}_{name}"
        end = ctx.match.end() if name == names[-1] else ctx.match.end(group)
        yield ctx.expression(TimexType.DATE, date.value if date else unknown, date,
                             start=ctx.match.start(group), end=end)


def _day_range(ctx: _Context) -> Iterator[TimeExpression]:
    """"del 7 al 11 de septiembre", "5 and 6 June": two days sharing the month (and year) written once."""
    month = ctx.month("m")

    def dated(name: str) -> tuple[PartialDate | None, str]:
        day = int(ctx.group(name))
        if ctx.group("y"):
            return PartialDate.day(int(ctx.group("y")), month, day), ""
        date = resolve.month_day(month, day, ctx.anchor, ctx.future()) if ctx.anchor else None
        return date, f"XXXX-{month:02d}-{day:02d}"

    yield from _shared_parts(ctx, ("d1", "d2"), dated)


def _month_pair(ctx: _Context) -> Iterator[TimeExpression]:
    """"enero y marzo de 1998", "May and June": two months sharing a year written once, or the nearest."""

    def dated(name: str) -> tuple[PartialDate | None, str]:
        month = ctx.month(name)
        if ctx.group("y"):
            return PartialDate.month(int(ctx.group("y")), month), ""
        date = resolve.month(month, ctx.anchor, ctx.direction()) if ctx.anchor else None
        return date, f"XXXX-{month:02d}"

    yield from _shared_parts(ctx, ("m1", "m2"), dated)


def _day_of_month(ctx: _Context) -> Iterator[TimeExpression]:
    """"hasta el día 13", "del día 3 al 5": days of the month at hand.

    In past-tense text that is the month of the full date told last
    ("después del 11 de septiembre. El día 12, ..."); otherwise the anchor's
    month or the one beside it where the day is nearest, in the direction a
    modifier or the tense gives.
    """
    words = ctx.phrase("p").split()
    cues = ctx.grammar.vocabulary.cues
    if any(word in cues.last for word in words):
        direction = Direction.LAST
    elif any(word in cues.next for word in words) or ctx.future():
        direction = Direction.NEXT
    else:
        direction = Direction.PAST
    referent = ctx.referent if direction is Direction.PAST and ctx.referent is not None else None
    for name in ("d", "d2"):
        if not ctx.group(name):
            continue
        day = int(ctx.group(name))
        date = None
        if referent is not None and referent.precision is Precision.DAY and referent != ctx.anchor:
            date = resolve.day_of_month(day, PartialDate.month(referent.start.year, referent.start.month), direction)
        elif ctx.anchor is not None and ctx.anchor.precision >= Precision.MONTH:
            date = resolve.day_of_month(day, ctx.anchor, direction)
        group = f"day_of_month_{name}"
        start = ctx.match.start() if name == "d" else ctx.match.start(group)
        yield ctx.expression(TimexType.DATE, date.value if date else f"XXXX-XX-{day:02d}", date,
                             start=start, end=ctx.match.end(group))


def _anaphor(ctx: _Context) -> Iterator[TimeExpression]:
    """"that day", "el día anterior", "la veille": counted from the date told last, not from publication.

    Without an earlier date in the article the expression is still a date,
    just an unknown one.
    """
    offset, unit = ctx.grammar.vocabulary.cues.anaphora[ctx.phrase("p")]
    referent = ctx.referent
    if referent is None:
        yield ctx.point(None, resolve.unknown_value(resolve.UNIT_PRECISION.get(unit, Precision.DAY)))
        return
    yield ctx.point(referent if unit == "date" else resolve.shift(referent, offset, unit),
                    resolve.unknown_value(referent.precision))


_READERS: dict[str, Callable[[_Context], Iterator[TimeExpression]]] = {
    "iso": _calendar, "dmy": _calendar, "mdy": _calendar, "my": _calendar, "dm": _calendar,
    "clock": _time, "listing": _time, "hour": _time, "hour_of_day": _time, "day_time": _day_time, "ago": _ago, "duration": _duration,
    "every_weekday": _every_weekday, "every_month": _every_month, "every_quarter": _every_quarter, "every_unit": _every_unit, "relative": _relative,
    "weekday": _weekday, "month": _month, "month_after": _month, "bare_month": _month, "reference": _reference, "vague": _vague,
    "frequency": _frequency, "the_year": _the_year, "quarter": _quarter, "season": _season, "month_rel": _month_rel,
    "part_of_day": _part_of_day, "part_first": _part_of_day, "day_part": _day_part, "weekend": _weekend,
    "holiday": _holiday, "century": _century, "count": _count, "elided": _elided, "decade_word": _decade_word,
    "anaphor": _anaphor, "spoken_year": _spoken_year, "day_range": _day_range, "month_pair": _month_pair,
    "day_of_month": _day_of_month, "year": _year, "lone_year": _year, "year_span": _year_span, "numeric": _numeric, "hour_mark": _time,
    "clock_after": _time, "clock_hour": _time, "part_compound": _part_of_day, "weekday_past": _weekday, "decade": _decade,
}


def _date_times(text: str, found: list[TimeExpression], anchor: PartialDate | None,
                fold: bool) -> list[TimeExpression]:
    """Give each time of day its day: an adjacent full date, else the day of the time just before it
    ("a las 08.00 hora local (13.00 GMT)"), else the sentence's only full date ("ayer ... hasta las
    11.45"), else the anchor's day.

    With ``fold`` (English TIMEX3), "10 p.m. Wednesday" is one point in time
    written as one TIME, so the weekday's DATE is folded into the TIME; other
    languages' annotation keeps the two apart.
    """
    days = [t for t in found if t.date is not None and t.date.precision is Precision.DAY and t.type is TimexType.DATE]
    anchor_day = anchor if anchor is not None and anchor.precision is Precision.DAY else None
    folded: set[int] = set()
    previous: PartialDate | None = None
    for index, time in enumerate(found):
        if time.type is not TimexType.TIME or not time.value.startswith("T"):  # "tonight" has its day
            continue
        day = next((d for d in days if _NEXT_TO.fullmatch(text, min(time.end, d.end), max(time.start, d.start))), None)
        date = day.date if day else previous or (days[0].date if len(days) == 1 else anchor_day)
        start, end = (min(time.start, day.start), max(time.end, day.end)) if day and fold else (time.start, time.end)
        found[index] = TimeExpression(text[start:end], start, end, TimexType.TIME, _on(date, time.value), date)
        previous = date
        if day and fold:
            folded.add(id(day))
    return [t for t in found if id(t) not in folded]


#: Macrolanguage codes read as the written standard dateparser has data for ("no": Norwegian Bokmål).
_WRITTEN_STANDARD = {"no": "nb"}


def _grammar_for(language: str | None) -> Grammar:
    code = (language or _DEFAULT_LANGUAGE).lower().replace("_", "-").split("-")[0]
    return grammar(_WRITTEN_STANDARD.get(code, code)) or grammar(_DEFAULT_LANGUAGE)


def tag(text: str, language: str | None, anchor: PartialDate | None,
        referent: PartialDate | None = None) -> list[TimeExpression]:
    """Time expressions of one sentence, in text order, anchored on its article's date.

    ``language`` is an ISO 639-1 code (None or unknown: English); ``anchor``
    the publication date at whatever precision it is known, or None;
    ``referent`` the last date earlier sentences told, for "that day" (see
    :mod:`storyline.analyse.timex.discourse`).
    """
    grammar_ = _grammar_for(language)
    found: list[TimeExpression] = []
    for match in grammar_.expressions.finditer(text):
        context = _Context(match, text, grammar_, anchor, last_told(found, referent), _year_written(found))
        found.extend(_READERS[match.lastgroup](context))
    if any(t.type is TimexType.TIME and t.value.startswith("T") for t in found):
        found = _date_times(text, found, anchor, grammar_.vocabulary.cues.fold_day_into_time)
    if (quarter := named_quarter(found)) is not None:
        year_ago_quarter(found, quarter)
    return found


_QUARTER = re.compile(r"^(\d{4})-Q([1-4])$")
_MONTHS_SPAN = re.compile(r"P\d+M")  # "the nine months", "six months"


def _year_written(found: list[TimeExpression]) -> int | None:
    """The last year the sentence wrote in digits on its own ("el 2000"), which a part of a year without one shares."""
    return next((t.date.start.year for t in reversed(found) if t.date is not None
                 and t.date.precision is Precision.YEAR and t.text[-4:].isdigit()), None)


def last_told(found: list[TimeExpression], before: PartialDate | None) -> PartialDate | None:
    """The date of the last dated expression in ``found``, else ``before``: what "that day" points back to."""
    return next((t.date for t in reversed(found) if t.date is not None), before)


def named_quarter(found: list[TimeExpression]) -> tuple[int, str] | None:
    """The first quarter the expressions name, as (year, number): (1989, "3") for "third-quarter profit"."""
    match = next((m for t in found if (m := _QUARTER.match(t.value))), None)
    return (int(match.group(1)), match.group(2)) if match else None


def year_ago_quarter(found: list[TimeExpression], quarter: tuple[int, str], words_only: bool = False) -> None:
    """In a report on a quarter, "a year ago" and "last year" are that quarter a year before.

    "Third-quarter profit rose 5% from a year ago" compares two quarters,
    so the year-ago date is 1988-Q3, not all of 1988 (TIMEX3 annotates it so).
    With ``words_only`` (a quarter named in an earlier sentence) a written
    year ("in 1988") stays the year. A sentence about a span of months or
    a whole year ("For the nine months, ... a year earlier", "earnings for
    this year, up from last year's") compares those, so its year stays the
    year too.
    """
    year, number = quarter
    if any(_MONTHS_SPAN.fullmatch(t.value) or t.value in ("P1Y", str(year)) for t in found):
        return
    for timex in found:
        if (timex.date is not None and timex.date.precision is Precision.YEAR and timex.value == str(year - 1)
                and not (words_only and any(c.isdigit() for c in timex.text))):
            timex.value = f"{year - 1}-Q{number}"
