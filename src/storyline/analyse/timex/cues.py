"""Hand-written cue words per language: the part dateparser's data lacks.

Month, weekday and unit names come from dateparser's locale data (see
:mod:`storyline.analyse.timex.vocabulary`). What it does not hold are the small words
that decide whether a name is a date at all ("in October" vs. a bare
"October"), which way a relative expression points ("will", "skal"), and
number words for durations. Adding a language means adding one
:class:`Cues` entry here; a language without an entry still gets absolute
dates from dateparser's names, just no cue-dependent expressions.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from storyline.analyse.timex.holidays import THANKSGIVING, FromEaster, Holiday


@dataclass(frozen=True)
class Cues:
    """Cue words of one language; every phrase is lower case."""

    capitalised: bool = False  # month/weekday names are written with a capital (en, de)
    last: tuple[str, ...] = ()  # "last October", "last Thursday"
    this: tuple[str, ...] = ()
    next: tuple[str, ...] = ()
    month_of: tuple[str, ...] = ()  # "el pasado mes de mayo": words between the modifier and the month name
    last_after: tuple[str, ...] = ()  # written after the name: "lundi dernier", "octubre pasado"
    next_after: tuple[str, ...] = ()  # "lundi prochain", "segunda-feira que vem"
    every: tuple[str, ...] = ()  # "every Thursday": a SET
    night_before: tuple[str, ...] = ()  # "natten til tirsdag" is the Tuesday
    month_preps: tuple[str, ...] = ()  # words that make a bare month name a date
    year_preps: tuple[str, ...] = ()  # words that make a 4-digit number a year
    future: tuple[str, ...] = ()  # future-tense markers: flip relative dates forward
    future_endings: tuple[str, ...] = ()  # a synthetic future tense: Spanish "jugará", "viajarán"
    postponed: tuple[str, ...] = ()  # "postponed until Saturday": a date something is moved to lies ahead
    ago_before: tuple[str, ...] = ()  # "for tre år siden", "il y a trois ans"
    ago_after: tuple[str, ...] = ()  # "three years ago"; a language needs one of the two
    ago_narrative: tuple[str, ...] = ()  # "a day earlier" counts from the story's time, not from publication
    ago_either: bool = False  # either word alone will do ("há três anos", "três anos atrás"), not both
    span_modifiers: tuple[str, ...] = ()  # "the last eight months" is still a duration
    earlier_later: tuple[str, ...] = ()  # "earlier this month" is this month
    articles: tuple[str, ...] = ()  # "the" in "the 1990s", "the 29th of June"
    of: tuple[str, ...] = ()  # "29th of June", "17 de octubre de 2016"
    decade_before: tuple[str, ...] = ()  # "années 1990"
    decade_after: tuple[str, ...] = ()  # "1990s", "1990'erne"
    clock: tuple[str, ...] = ()  # words before a "13.30"-style time
    numbers: dict[str, int] = field(default_factory=dict)  # number words for durations
    one: tuple[str, ...] = ()  # "a year ago": a count of one only before "ago"
    relative: dict[str, tuple[int, str]] = field(default_factory=dict)  # extra "i fjor"
    present_ref: tuple[str, ...] = ()  # "now", "currently": TIMEX3 PRESENT_REF, no calendar date
    past_ref: tuple[str, ...] = ()  # "recently", "the past": PAST_REF
    future_ref: tuple[str, ...] = ()  # "soon", "the future": FUTURE_REF
    nowadays_before: tuple[str, ...] = ()  # "la hoy extinta Yugoslavia": "today" after these is PRESENT_REF
    nowadays_after: tuple[str, ...] = ()  # "los kurdos, hoy tan dispersos": and before these
    not_time_before: tuple[str, ...] = ()  # "próximo a": a reference word before these means "near", not time
    quarter: dict[str, str] = field(default_factory=dict)  # a part of a year by its TIMEX3 letter: "semestre" -> "H"
    ordinals: dict[str, int] = field(default_factory=dict)  # "third" -> 3, for quarters
    latest: tuple[str, ...] = ()  # "the latest quarter": the last one completed
    year_ago: tuple[str, ...] = ()  # "the year-ago quarter": the same quarter a year before
    year_determiners: tuple[str, ...] = ()  # "its 1990 invasion": a year used as an adjective
    counts: tuple[str, ...] = ()  # "rose to 1990", "killed 2000": a lone four-digit number after these is a count
    periods: tuple[str, ...] = ()  # what "year-ago" may qualify: "the year-ago period" is that quarter too
    seasons: dict[str, str] = field(default_factory=dict)  # "fall" -> "FA"
    parts_of_day: dict[str, str] = field(default_factory=dict)  # "morning" -> "MO"
    part_intro: tuple[str, ...] = ()  # "la noche del viernes": the part of day written before its day
    day_parts_alone: dict[str, tuple[int, str]] = field(default_factory=dict)  # "tonight" -> (0, "NI")
    vague: tuple[str, ...] = ()  # "several years", "a few days": a duration of unknown length
    vague_preps: tuple[str, ...] = ()  # "for years": a bare plural unit after these
    frequencies: dict[str, str] = field(default_factory=dict)  # "daily" -> "P1D": a SET
    weekend: tuple[str, ...] = ()  # "over the weekend": TIMEX3 2017-W25-WE
    holidays: dict[str, Holiday] = field(default_factory=dict)  # "christmas" -> (12, 25), "good friday" -> Easter - 2
    century: tuple[str, ...] = ()  # "the 20th century" is TIMEX3 19
    spoken_centuries: dict[str, int] = field(default_factory=dict)  # "nineteen ninety-six": "nineteen" -> 1900
    decades: tuple[str, ...] = ()  # "two decades", "un decenio": ten years as a unit
    decade_intro: tuple[str, ...] = ()  # "los años 80", "the nineties": a two-digit or worded decade follows
    decade_words: dict[str, int] = field(default_factory=dict)  # "noventa" -> 9
    and_: tuple[str, ...] = ()  # "two years and three months": one duration
    half: tuple[str, ...] = ()  # "a minute and a half", "dos semanas y media"
    range_elided: tuple[str, ...] = ()  # "tres o cuatro semanas": the first count borrows the unit of the second
    approx: tuple[str, ...] = ()  # "hace más de 30 años": a hedge between the "ago" word and the count
    vague_after: tuple[str, ...] = ()  # "meses antes", "years later": a bare plural unit before these
    told_later: tuple[str, ...] = ()  # "two days later", "dos días después": a length after the date told last...
    told_earlier: tuple[str, ...] = ()  # ... or before it ("un mois plus tôt"); adverbs, not prepositions ("après")
    noun_frequencies: tuple[str, ...] = ()  # frequency words that are also nouns ("diario", a newspaper)
    determiners: tuple[str, ...] = ()  # words before a noun: a frequency word after them is that noun
    anaphora: dict[str, tuple[int, str]] = field(default_factory=dict)  # "the next day": one day after the last date
    meridiem: dict[str, str] = field(default_factory=dict)  # "las 11 de la mañana": "de la mañana" -> "am"
    the_year: tuple[str, ...] = ()  # "for the full year", "todo el año": the anchor's year...
    period_ended: tuple[str, ...] = ()  # ...but "the year ended March 31" is a year's length (P1Y)
    the_year_not_before: tuple[str, ...] = ()  # "the year before", "el año pasado": other expressions
    rates_are_sets: bool = True  # "160.000 barriles diarios" is a SET; English TIMEX3 leaves "8.5% annually" out
    fold_day_into_time: bool = False  # "10 p.m. Wednesday" is one TIME (English TIMEX3), not a TIME beside a DATE
    day_times: dict[str, str] = field(default_factory=dict)  # "noon" -> "12:00", "mid-afternoon" -> "AF": a time of an untold day
    day_of_month: tuple[str, ...] = ()  # "hasta el día 13": the 13th of the month at hand
    skip_relative: tuple[str, ...] = ()  # dateparser phrases that are not dates in prose
    day_nouns: tuple[str, ...] = ()  # "el día 11 de febrero": the word "day" before a day of a month
    day_words: dict[str, int] = field(default_factory=dict)  # "el primero de diciembre": a day written as a word
    ahead_before: tuple[str, ...] = ()  # "set for Saturday", "para el mes de octubre": what follows is ahead
    months: dict[str, int] = field(default_factory=dict)  # month names dateparser lacks (Arabic "حزيران", "دجنبر")
    paired_months: bool = False  # a month may be written with its second name after a space ("يناير كانون الثاني")
    hour_marks: tuple[str, ...] = ()  # "14h30", "9 h": the letter that writes a clock time
    month_first_numeric: bool = False  # "5/6/2009" is 6 May (US English), not 5 June
    since: tuple[str, ...] = ()  # "since January": what follows lies before the writing, however near the next one
    hour_words: tuple[str, ...] = ()  # "kl. 10", "klockan 12": words that make a lone hour a clock time
    clock_after: tuple[str, ...] = ()  # "18 Uhr", "20.00 uur": a word after the hour that makes it a clock time
    compound_parts: bool = False  # "Dienstagabend", "donderdagochtend": a weekday and its part in one word
    weekday_suffix: tuple[str, ...] = ()  # Swedish "på torsdagen": the weekday with its article
    past_weekday_before: tuple[str, ...] = ()  # "i mandags": the last Monday, written with a final -s
    plural_units: dict[str, str] = field(default_factory=dict)  # plurals dateparser lacks, not in -s: "seit Jahren"
    age_connectors: tuple[str, ...] = ()  # "Juan Pérez, de 52 años,": a word between a name's comma and an age
    age_before: tuple[str, ...] = ()  # "âgé de 61 ans": a count of years after these is an age, not a duration


_EN_NUMBERS = ("one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
               "seventeen eighteen nineteen").split()
_DA_NUMBERS = ("en to tre fire fem seks syv otte ni ti elleve tolv tretten fjorten femten seksten sytten atten "
               "nitten").split()
_DE_NUMBERS = ("ein zwei drei vier fünf sechs sieben acht neun zehn elf zwölf dreizehn vierzehn fünfzehn sechzehn "
               "siebzehn achtzehn neunzehn").split()
_FR_NUMBERS = ("un deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze seize dix-sept "
               "dix-huit dix-neuf").split()
_ES_NUMBERS = ("un dos tres cuatro cinco seis siete ocho nueve diez once doce trece catorce quince dieciséis "
               "diecisiete dieciocho diecinueve").split()
_IT_NUMBERS = ("uno due tre quattro cinque sei sette otto nove dieci undici dodici tredici quattordici quindici "
               "sedici diciassette diciotto diciannove").split()
_PT_NUMBERS = ("um dois três quatro cinco seis sete oito nove dez onze doze treze catorze quinze dezesseis "
               "dezessete dezoito dezenove").split()
_SV_NUMBERS = ("en två tre fyra fem sex sju åtta nio tio elva tolv tretton fjorton femton sexton sjutton arton "
               "nitton").split()
_NB_NUMBERS = ("en to tre fire fem seks sju åtte ni ti elleve tolv tretten fjorten femten seksten sytten atten "
               "nitten").split()
_RU_NUMBERS = ("один два три четыре пять шесть семь восемь девять десять одиннадцать двенадцать тринадцать "
               "четырнадцать пятнадцать шестнадцать семнадцать восемнадцать девятнадцать").split()
_NL_NUMBERS = ("een twee drie vier vijf zes zeven acht negen tien elf twaalf dertien veertien vijftien zestien "
               "zeventien achttien negentien").split()


_ES_YEAR_PARTS = ("finales", "fines", "fin", "final", "principios", "comienzos", "mediados")  # "a finales de año"


def _contracted(phrases: dict[str, int]) -> dict[str, tuple[int, str]]:
    """Spanish "del año que viene", "al mes próximo": a relative phrase after "de"/"a" fused with "el"."""
    return {f"{article} {phrase}": (offset, "month" if "mes" in phrase.split() else "year")
            for phrase, offset in phrases.items() for article in ("del", "al")}


def _count(words: list[str], **more: int) -> dict[str, int]:
    """Number words one..twelve, plus the tens a language writes as words."""
    table = {word: n for n, word in enumerate(words, start=1)}
    table.update(more)
    return table


CUES: dict[str, Cues] = {
    "en": Cues(
        rates_are_sets=False,
        the_year=("the year", "the full year", "the fiscal year", "the whole year", "the entire year",
                  "the calendar year"),
        period_ended=("ended", "ending"),
        the_year_not_before=("before", "after", "earlier", "later", "ago", "two", "nineteen", "eighteen", "that",
                             "when", "in", "since"),
        fold_day_into_time=True,
        capitalised=True,
        last=("last", "past", "previous"),
        this=("this",),
        next=("next", "coming"),
        every=("every", "each"),
        month_preps=("in", "since", "until", "till", "by", "from", "during", "before",
                     "after", "early", "late", "mid", "end of", "beginning of", "start of",
                     "middle of"),
        year_preps=("in", "since", "until", "till", "by", "from", "during", "before",
                    "after", "year", "early", "late", "mid", "end of", "beginning of",
                    "start of", "summer of", "spring of", "autumn of", "fall of",
                    "winter of", "throughout"),
        postponed=("postponed", "postpone", "postpones", "delayed", "adjourned", "rescheduled", "deferred", "put off"),
        told_later=("later",),
        future=("will", "shall", "'ll", "’ll", "won't", "won’t", "going to", "is due to",
                "are due to", "is expected to", "are expected to", "plans to",
                "scheduled", "is set to", "are set to", "set to", "to meet", "planned to", "planning to",
                "as soon as", "ready to", "is to", "are to"),
        range_elided=("to", "or", "and"),  # "between 12 and 18 months": the first count borrows the unit
        ago_after=("ago", "earlier"),
        ago_narrative=("earlier",),
        span_modifiers=("last", "past", "previous", "next", "coming", "first"),
        earlier_later=("earlier", "later"),
        articles=("the",),
        of=("of",),
        decade_after=("s", "'s", "’s"),
        numbers=_count(_EN_NUMBERS, twenty=20, thirty=30, forty=40, fifty=50, sixty=60, seventy=70, eighty=80,
                       ninety=90, hundred=100, **{"a couple of": 2}),
        spoken_centuries={"nineteen": 1900, "eighteen": 1800, "two thousand": 2000, "two thousand and": 2000},
        one=("a", "an"),
        skip_relative=("till date",),
        relative={"year-earlier": (-1, "year"), "year-ago": (-1, "year"), "the past year": (-1, "year"),
                  "the last week": (0, "week"), "the past week": (0, "week"),
                  "the current year": (0, "year"), "the current month": (0, "month"), "the current week": (0, "week"),
                  "year-end": (0, "year"), "year's end": (0, "year"), "year’s end": (0, "year"),
                  "the end of the year": (0, "year"), "the end of this year": (0, "year"),
                  "the end of last year": (-1, "year"), "the end of next year": (1, "year"),
                  "the end of the month": (0, "month"), "the end of this month": (0, "month"),
                  "the end of last month": (-1, "month"), "the end of next month": (1, "month")},
        present_ref=("now", "right now", "currently", "current", "at present", "nowadays", "these days",
                     "at the moment", "the present"),
        past_ref=("recently", "the past", "formerly", "lately"),
        future_ref=("the future", "the near future", "the near term", "the short term", "the long term"),
        not_time_before=("of",),  # "the future of Iraq" is no time
        quarter={"quarter": "Q"},
        ordinals={"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4},
        latest=("latest", "most recent", "past", "last", "previous", "recent"),
        year_ago=("year-ago", "year-earlier", "year ago", "year earlier", "prior-year", "prior year"),
        periods=("quarter", "period"),
        year_determiners=("the", "its", "his", "her", "their", "our", "a", "an"),
        counts=("to", "about", "some", "nearly", "than", "reached", "killed", "killing", "approximately", "around",
                "almost", "at least", "over", "total of", "totalled", "totaled", "estimated", "roughly", "another"),
        seasons={"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"},
        parts_of_day={"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI"},
        day_parts_alone={"tonight": (0, "NI"), "overnight": (0, "NI")},
        vague=("several", "a few", "few", "many", "some", "the past few", "the last few", "the next few",
               "the coming", "recent", "the past several", "the last several"),
        vague_preps=("for", "over", "in"),
        weekend=("weekend",),
        holidays={"christmas": (12, 25), "christmas day": (12, 25), "christmas eve": (12, 24),
                  "new year's day": (1, 1), "new year’s day": (1, 1), "new year's eve": (12, 31),
                  "new year’s eve": (12, 31), "halloween": (10, 31), "valentine's day": (2, 14),
                  "thanksgiving": THANKSGIVING, "thanksgiving day": THANKSGIVING, "easter": FromEaster(0),
                  "easter sunday": FromEaster(0), "easter day": FromEaster(0), "easter monday": FromEaster(1),
                  "good friday": FromEaster(-2), "maundy thursday": FromEaster(-3), "holy thursday": FromEaster(-3),
                  "ash wednesday": FromEaster(-46), "palm sunday": FromEaster(-7), "pentecost": FromEaster(49),
                  "whit monday": FromEaster(50), "ascension day": FromEaster(39)},
        century=("century",),
        decade_intro=("the",),
        decade_words={"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6, "seventies": 7,
                      "eighties": 8, "nineties": 9},
        and_=("and",),
        half=("a half",),
        vague_after=("later",),
        frequencies={"daily": "P1D", "weekly": "P1W", "monthly": "P1M", "annually": "P1Y",
                     "yearly": "P1Y", "hourly": "PT1H", "nightly": "P1D", "every day": "P1D"},
        meridiem={"in the morning": "am", "in the afternoon": "pm", "in the evening": "pm", "at night": "pm"},
        day_times={"noon": "12:00", "midday": "12:00", "midnight": "24:00", "mid-afternoon": "AF",
                   "mid afternoon": "AF", "midafternoon": "AF", "mid-morning": "MO", "midmorning": "MO"},
        anaphora={"that day": (0, "day"), "the same day": (0, "day"), "that same day": (0, "day"),
                  "the day before": (-1, "day"), "the previous day": (-1, "day"), "the next day": (1, "day"),
                  "the following day": (1, "day"), "that year": (0, "year"), "the same year": (0, "year"),
                  "that same year": (0, "year"), "the previous year": (-1, "year"),
                  "the following year": (1, "year"), "that month": (0, "month"), "the same month": (0, "month"),
                  "that week": (0, "week"), "the same week": (0, "week"), "that date": (0, "date")},
        decades=("decade", "decades"),
        since=("since",),
    ),
    "da": Cues(
        last=("sidste", "forrige"),
        this=("denne", "dette"),
        next=("næste", "kommende"),
        every=("hver", "hvert", "hver eneste"),
        night_before=("natten til",),
        month_preps=("i", "siden", "fra", "til", "indtil", "før", "efter", "primo",
                     "medio", "ultimo", "starten af", "slutningen af", "midten af"),
        year_preps=("i", "siden", "fra", "til", "indtil", "før", "efter", "året",
                    "primo", "medio", "ultimo", "starten af", "slutningen af",
                    "midten af", "foråret", "sommeren", "efteråret", "vinteren"),
        postponed=("udsat", "udskudt", "udsætter", "udskyder"),
        told_later=("senere",), told_earlier=("tidligere",),
        future=("vil", "skal", "kommer til at", "ventes at", "forventes at"),
        range_elided=("til", "eller"),  # "tre til fire år": the first count borrows the unit
        ahead_before=("på",),  # "på lørdag" is the coming Saturday, "i lørdags" the last
        ago_before=("for",),
        ago_after=("siden",),
        span_modifiers=("sidste", "seneste", "forgangne", "kommende", "næste", "første"),
        earlier_later=("tidligere", "senere"),
        articles=("den", "de"),
        decade_after=("'erne", "’erne", "erne"),
        clock=("kl.", "kl", "klokken"),
        numbers=_count(_DA_NUMBERS, tyve=20, tredive=30, fyrre=40, halvtreds=50),
        one=("en", "et"),
        relative={"i fjor": (-1, "year"), "i forgårs": (-2, "day"),
                  "i overmorgen": (2, "day")},
        weekend=("weekend", "weekenden"),
        holidays={"juleaften": (12, 24), "juledag": (12, 25), "nytårsaften": (12, 31), "nytårsdag": (1, 1),
                  "påskedag": FromEaster(0), "påskesøndag": FromEaster(0), "2. påskedag": FromEaster(1),
                  "anden påskedag": FromEaster(1), "langfredag": FromEaster(-2), "skærtorsdag": FromEaster(-3),
                  "palmesøndag": FromEaster(-7), "store bededag": FromEaster(26),
                  "kristi himmelfartsdag": FromEaster(39), "pinsedag": FromEaster(49), "2. pinsedag": FromEaster(50),
                  "anden pinsedag": FromEaster(50)},
        and_=("og",),
        half=("en halv", "et halvt"),
        approx=("mere end", "næsten", "omkring", "cirka", "godt", "knap"),
        anaphora={"samme dag": (0, "day"), "den dag": (0, "day"), "dagen før": (-1, "day"), "dagen efter": (1, "day"),
                  "samme år": (0, "year"), "det år": (0, "year"), "året før": (-1, "year"),
                  "året efter": (1, "year")},
        decades=("årti", "årtier", "årtiet"),
        parts_of_day={"morgen": "MO", "formiddag": "MO", "eftermiddag": "AF", "aften": "EV", "aftes": "EV",
                      "nat": "NI"},
        day_parts_alone={"i morges": (0, "MO"), "i formiddags": (0, "MO"), "i eftermiddags": (0, "AF"),
                         "i aftes": (-1, "EV"), "i aften": (0, "EV"), "i nat": (0, "NI")},
        seasons={"forår": "SP", "foråret": "SP", "sommer": "SU", "sommeren": "SU", "efterår": "FA", "efteråret": "FA",
                 "vinter": "WI", "vinteren": "WI"},
        present_ref=("nu", "i øjeblikket", "for tiden", "p.t.", "i disse dage"),
        past_ref=("for nylig", "nyligt", "tidligere"),
        future_ref=("i fremtiden", "fremover", "snart"),
        vague=("flere", "nogle", "mange", "få", "de seneste", "de sidste", "de kommende", "de næste"),
        plural_units={"dage": "day", "uger": "week", "måneder": "month", "timer": "hour"},
        vague_preps=("i", "gennem", "efter"),
        frequencies={"dagligt": "P1D", "ugentligt": "P1W", "månedligt": "P1M", "årligt": "P1Y", "om året": "P1Y",
                     "om dagen": "P1D", "om ugen": "P1W", "om måneden": "P1M"},
        quarter={"kvartal": "Q", "halvår": "H"},
        ordinals={"første": 1, "andet": 2, "tredje": 3, "fjerde": 4},
        past_weekday_before=("i",),
        hour_words=("kl.", "kl", "klokken"),
        since=("siden",),
    ),
    "de": Cues(
        capitalised=True,
        last=("letzten", "letzte", "letztes", "vergangenen", "vergangene"),
        this=("diesen", "diese", "dieses"),
        next=("nächsten", "nächste", "nächstes", "kommenden", "kommende"),
        every=("jeden", "jede", "jedes"),
        month_preps=("im", "seit", "bis", "ab", "von", "vor", "nach", "anfang", "ende",
                     "mitte"),
        year_preps=("im jahr", "im jahre", "seit", "bis", "ab", "von", "vor", "nach",
                    "anfang", "ende", "mitte", "jahr"),
        postponed=("verschoben", "verschiebt", "vertagt", "verlegt"),
        told_later=("später", "danach"), told_earlier=("früher", "zuvor", "vorher"),
        future=("wird", "werden", "wirst", "werde"),
        range_elided=("bis", "oder", "und"),  # "between 12 and 18 months": the first count borrows the unit
        ahead_before=("für",),
        ago_before=("vor",),
        span_modifiers=("letzten", "vergangenen", "nächsten", "ersten"),
        earlier_later=("früher", "später"),
        decade_after=("er",),
        clock=("um",),
        numbers=_count(_DE_NUMBERS, zwanzig=20, dreißig=30),
        one=("einem", "einer"),
        skip_relative=("morgen",),  # "heute Morgen" is this morning, not tomorrow
        and_=("und",),
        approx=("mehr als", "fast", "knapp", "etwa", "rund", "gut"),
        anaphora={"am selben tag": (0, "day"), "am gleichen tag": (0, "day"), "am tag zuvor": (-1, "day"),
                  "am vortag": (-1, "day"), "am nächsten tag": (1, "day"), "am folgenden tag": (1, "day"),
                  "im selben jahr": (0, "year"), "im gleichen jahr": (0, "year"), "im jahr darauf": (1, "year")},
        decades=("jahrzehnt", "jahrzehnte", "jahrzehnten"),
        holidays={"heiligabend": (12, 24), "silvester": (12, 31), "neujahr": (1, 1), "ostern": FromEaster(0),
                  "ostersonntag": FromEaster(0), "ostermontag": FromEaster(1), "karfreitag": FromEaster(-2),
                  "gründonnerstag": FromEaster(-3), "pfingstsonntag": FromEaster(49), "pfingstmontag": FromEaster(50),
                  "christi himmelfahrt": FromEaster(39)},
        articles=("der", "die", "das", "den", "dem"),
        parts_of_day={"morgen": "MO", "früh": "MO", "vormittag": "MO", "nachmittag": "AF", "abend": "EV",
                      "nacht": "NI"},
        compound_parts=True,
        seasons={"frühling": "SP", "frühjahr": "SP", "sommer": "SU", "herbst": "FA", "winter": "WI"},
        present_ref=("jetzt", "derzeit", "zurzeit", "gegenwärtig", "momentan", "heutzutage", "nun"),
        past_ref=("kürzlich", "vor kurzem", "jüngst", "neulich", "unlängst"),
        future_ref=("künftig", "zukünftig", "in zukunft", "in naher zukunft", "demnächst", "bald"),
        vague=("mehrere", "einige", "wenige", "weniger", "viele", "den vergangenen", "den letzten", "den kommenden",
               "die kommenden", "die vergangenen"),
        plural_units={"tagen": "day", "tage": "day", "wochen": "week", "monaten": "month", "monate": "month", "jahren": "year", "jahre": "year", "stunden": "hour"},
        vague_preps=("seit", "für", "nach", "binnen"),
        vague_after=("später", "zuvor", "danach"),
        frequencies={"täglich": "P1D", "wöchentlich": "P1W", "monatlich": "P1M", "jährlich": "P1Y",
                     "stündlich": "PT1H", "pro jahr": "P1Y", "montags": "XXXX-WXX-1", "dienstags": "XXXX-WXX-2",
                     "mittwochs": "XXXX-WXX-3", "donnerstags": "XXXX-WXX-4", "freitags": "XXXX-WXX-5",
                     "samstags": "XXXX-WXX-6", "sonntags": "XXXX-WXX-7"},
        weekend=("wochenende",),
        quarter={"quartal": "Q", "halbjahr": "H"},
        ordinals={"ersten": 1, "zweiten": 2, "dritten": 3, "vierten": 4, "erste": 1, "zweite": 2, "dritte": 3,
                  "vierte": 4},
        century=("jahrhundert", "jahrhunderts"),
        clock_after=("uhr",),
        since=("seit", "seitdem"),
    ),
    "fr": Cues(
        this=("ce", "cet", "cette"),
        last_after=("dernier", "dernière"),
        next_after=("prochain", "prochaine"),
        every=("chaque", "tous les"),
        month_preps=("en", "depuis", "jusqu'en", "dès", "début", "fin", "mi", "courant", "d'ici", "avant", "après", "au", "à la",
                     "avant l'", "après l'", "pendant l'", "depuis l'", "durant l'", "de l'"),
        year_preps=("en", "depuis", "jusqu'en", "dès", "début", "fin", "mi", "année"),
        postponed=("reporté", "reportée", "reportés", "reportées", "reporte", "ajourné", "ajournée", "repoussé", "repoussée"),
        told_later=("plus tard",), told_earlier=("plus tôt", "auparavant"),
        future=("va", "vont", "sera", "seront", "devrait", "devraient", "doit", "doivent"),
        range_elided=("à", "ou", "et"),  # "between 12 and 18 months": the first count borrows the unit
        future_endings=("eront", "iront", "dront", "ront", "rons"),  # "se réuniront": the plural endings, which no noun shares
        ahead_before=("pour",),
        day_words={"premier": 1},
        ago_before=("il y a",),
        span_modifiers=("derniers", "dernières", "prochains", "prochaines", "premiers"),
        articles=("le", "les"),
        decade_before=("années",),
        numbers=_count(_FR_NUMBERS, vingt=20, trente=30, quarante=40, cinquante=50, soixante=60, cent=100),
        one=("un", "une"),
        and_=("et",),
        half=("demie", "demi"),
        approx=("plus de", "près de", "environ", "presque", "quelque"),
        meridiem={"du matin": "am", "de l'après-midi": "pm", "du soir": "pm"},
        anaphora={"le même jour": (0, "day"), "ce jour-là": (0, "day"), "la veille": (-1, "day"),
                  "le lendemain": (1, "day"), "cette année-là": (0, "year"), "la même année": (0, "year"),
                  "l'année suivante": (1, "year"), "l'année précédente": (-1, "year"), "cette date": (0, "date")},
        decades=("décennie", "décennies"),
        month_of=("mois de",),
        holidays={"noël": (12, 25), "la saint-sylvestre": (12, 31), "le jour de l'an": (1, 1),
                  "pâques": FromEaster(0), "dimanche de pâques": FromEaster(0), "lundi de pâques": FromEaster(1),
                  "vendredi saint": FromEaster(-2), "jeudi saint": FromEaster(-3), "pentecôte": FromEaster(49),
                  "lundi de pentecôte": FromEaster(50)},
        of=("de", "du"),
        seasons={"printemps": "SP", "été": "SU", "automne": "FA", "hiver": "WI"},
        parts_of_day={"matin": "MO", "matinée": "MO", "après-midi": "AF", "soir": "EV", "soirée": "EV", "nuit": "NI"},
        part_intro=("la", "dans la", "pendant la", "durant la"),
        present_ref=("actuellement", "maintenant", "à présent", "en ce moment", "de nos jours", "à l'heure actuelle",
                     "désormais"),
        past_ref=("récemment", "dernièrement", "par le passé", "autrefois", "jadis"),
        future_ref=("à l'avenir", "l'avenir", "prochainement", "dans le futur", "bientôt"),
        not_time_before=("de", "du", "des", "d'"),  # "l'avenir du pays" is no time
        vague=("plusieurs", "quelques", "de nombreux", "de nombreuses", "des", "les derniers", "les dernières",
               "les prochains", "les prochaines"),
        vague_preps=("depuis", "pendant", "durant"),
        vague_after=("plus tard", "plus tôt", "auparavant"),
        frequencies={"quotidiennement": "P1D", "hebdomadairement": "P1W", "mensuellement": "P1M",
                     "annuellement": "P1Y", "par an": "P1Y", "par jour": "P1D", "par mois": "P1M", "par semaine": "P1W"},
        weekend=("week-end", "weekend", "fin de semaine"),
        quarter={"trimestre": "Q", "semestre": "H"},
        ordinals={"premier": 1, "deuxième": 2, "second": 2, "troisième": 3, "quatrième": 4},
        century=("siècle",),
        relative={"l'an dernier": (-1, "year"), "l'an passé": (-1, "year"), "l'an prochain": (1, "year"),
                  "la fin du mois": (0, "month"), "la fin de l'année": (0, "year"), "fin de l'année": (0, "year")},
        day_times={"midi": "12:00", "minuit": "24:00"},
        hour_marks=("h",),
        age_before=("âgé de", "âgée de", "âgés de", "âgées de", "à l'âge de"),
        since=("depuis",),
    ),
    "es": Cues(
        the_year=("el año", "del año", "todo el año"),
        the_year_not_before=("pasado", "próximo", "que", "anterior", "siguiente", "en curso", "entrante", "dos",
                             "después", "antes"),
        last=("pasado", "último"),
        this=("este", "esta"),
        next=("próximo", "próxima"),
        last_after=("pasado", "pasada", "pasados", "pasadas"),
        next_after=("próximo", "próxima", "próximos", "próximas", "que viene", "venidero", "venidera"),
        every=("cada", "todos los"),
        month_preps=("en", "desde", "hasta", "a principios de", "a finales de",
                     "a mediados de", "antes de", "después de", "entre", "de", "antes del", "después del", "durante",
                     "tras", "desde el", "hasta el"),
        year_preps=("en", "desde", "hasta", "año", "a principios de", "a finales de",
                    "a mediados de", "el", "del", "al", "de", "entre", "los años", "antes de", "después de"),
        postponed=("aplazó", "aplazada", "aplazado", "aplazadas", "aplazados", "pospuso", "pospuesta", "pospuesto", "postergó", "postergada", "postergado"),
        told_later=("después", "más tarde"), told_earlier=("antes",),
        future=("va a", "van a", "será", "serán"),
        ahead_before=("para",),
        day_nouns=("día",),
        day_words={"primero": 1, "uno": 1},
        ago_before=("hace",),
        span_modifiers=("últimos", "últimas", "próximos", "próximas", "primeros", "pasados"),
        articles=("el", "los"),
        of=("de", "del"),
        future_endings=("rá", "rán", "remos", "réis"),
        decade_before=("años",),
        numbers=_count(_ES_NUMBERS, uno=1, veinte=20, treinta=30, cuarenta=40, cincuenta=50, sesenta=60,
                       cien=100, **{"un par de": 2}),
        one=("un", "una"),
        clock=("a las", "las", "a la", "la"),
        relative={"el pasado año": (-1, "year"), "el año próximo": (1, "year"), "el año que viene": (1, "year"),
                  "la semana próxima": (1, "week"), "la semana que viene": (1, "week"),
                  "la pasada semana": (-1, "week"),
                  "la última semana": (0, "week"), "el mes próximo": (1, "month"), "el pasado mes": (-1, "month"),
                  "pasado mañana": (2, "day"), "antes de ayer": (-2, "day"),
                  "el año en curso": (0, "year"), "el mes en curso": (0, "month"), "la semana en curso": (0, "week"),
                  **_contracted({"año próximo": 1, "próximo año": 1, "año que viene": 1, "año pasado": -1,
                                 "pasado año": -1, "mes próximo": 1, "próximo mes": 1, "mes que viene": 1,
                                 "mes pasado": -1, "pasado mes": -1}),
                  **{f"{part} {year}": (offset, "year") for part in _ES_YEAR_PARTS
                     for year, offset in (("de año", 0), ("del año", 0), ("del año próximo", 1),
                                          ("del próximo año", 1), ("del año que viene", 1),
                                          ("del año pasado", -1), ("del pasado año", -1))}},
        present_ref=("ahora", "actualmente", "la actualidad", "estos días", "hasta el momento", "este momento",
                     "estos momentos", "hoy en día", "hoy día", "actual", "actuales", "hoy por hoy", "de momento",
                     "por el momento"),
        past_ref=("recientemente", "recién", "el pasado", "pasado", "pasada", "antaño",
                  "reciente", "recientes", "desde entonces", "hasta entonces", "aquel entonces", "ese entonces",
                  "por entonces", "para entonces", "últimamente", "ultimamente", "en su momento",
                  "en esos momentos", "en aquellos momentos", "en aquel momento"),
        future_ref=("el futuro", "futuro", "futura", "futuros", "futuras", "próximamente", "algún día",
                    "en cualquier momento", "próximo",
                    "próxima", "próximos", "próximas", "largo plazo"),
        quarter={"trimestre": "Q", "semestre": "H", "cuatrimestre": "T"},
        ordinals={"primer": 1, "segundo": 2, "tercer": 3, "cuarto": 4},
        latest=("último",),
        seasons={"primavera": "SP", "verano": "SU", "otoño": "FA", "invierno": "WI"},
        parts_of_day={"mañana": "MO", "tarde": "AF", "noche": "NI", "madrugada": "MO"},
        day_parts_alone={"anoche": (-1, "NI"), "esta noche": (0, "NI"), "esta tarde": (0, "AF"),
                         "esta mañana": (0, "MO"), "esta madrugada": (0, "MO"), "por la mañana": (0, "MO"),
                         "por la tarde": (0, "AF"), "por la noche": (0, "NI"), "la mañana": (0, "MO"),
                         "la tarde": (0, "AF"), "la noche": (0, "NI")},
        vague=("varios", "varias", "unos", "unas", "algunos", "algunas", "muchos", "muchas",
               "los últimos", "las últimas", "los próximos", "las próximas", "pocos", "pocas"),
        weekend=("fin de semana",),
        holidays={"navidad": (12, 25), "nochebuena": (12, 24), "nochevieja": (12, 31), "año nuevo": (1, 1),
                  "día de reyes": (1, 6), "primero de mayo": (5, 1), "domingo de resurrección": FromEaster(0),
                  "domingo de pascua": FromEaster(0), "lunes de pascua": FromEaster(1), "viernes santo": FromEaster(-2),
                  "jueves santo": FromEaster(-3), "domingo de ramos": FromEaster(-7),
                  "miércoles de ceniza": FromEaster(-46), "pentecostés": FromEaster(49)},
        century=("siglo",),
        decade_intro=("los años", "la década de los", "las décadas de los", "década de los", "la década de"),
        decade_words={"veinte": 2, "treinta": 3, "cuarenta": 4, "cincuenta": 5, "sesenta": 6, "setenta": 7,
                      "ochenta": 8, "noventa": 9},
        and_=("y",),
        half=("media", "medio"),
        range_elided=("o", "u", "a"),
        approx=("más de", "casi", "unos", "unas", "cerca de", "escasamente", "apenas", "poco más de",
                "menos de", "al menos", "aproximadamente", "alrededor de"),
        vague_after=("antes", "después", "más tarde"),
        noun_frequencies=("diario", "diarios"),
        determiners=("el", "la", "los", "las", "un", "una", "unos", "unas", "del", "al", "este", "esta",
                     "estos", "estas", "ese", "esa", "esos", "esas", "su", "sus", "otro", "otros", "cada",
                     "varios", "muchos", "algunos", "dos", "tres", "cuatro", "cinco", "y", "o"),
        vague_preps=("durante", "desde hace", "por", "después de", "tras", "lleva", "llevan", "llevaba",
                     "llevaban", "llevamos", "llevo"),
        day_of_month=("el día", "del día", "al día", "el pasado día", "del pasado día", "el próximo día",
                      "del próximo día"),
        frequencies={"diaria": "P1D", "diariamente": "P1D", "semanal": "P1W",
                     "semanalmente": "P1W", "mensual": "P1M", "mensuales": "P1M", "mensualmente": "P1M", "anual": "P1Y",
                     "anuales": "P1Y", "anualmente": "P1Y", "al año": "P1Y", "al mes": "P1M",
                     "a la semana": "P1W", "cada año": "P1Y", "cada día": "P1D",
                     "diario": "P1D", "diarios": "P1D", "diarias": "P1D", "semanales": "P1W",
                     "bimensual": "P2M", "bimensuales": "P2M", "quincenal": "P2W", "quincenales": "P2W"},
        meridiem={"de la mañana": "am", "de la madrugada": "am", "de la tarde": "pm", "de la noche": "pm"},
        anaphora={"ese día": (0, "day"), "ese mismo día": (0, "day"), "el mismo día": (0, "day"),
                  "aquel día": (0, "day"), "dicho día": (0, "day"), "el día anterior": (-1, "day"),
                  "la jornada anterior": (-1, "day"), "la víspera": (-1, "day"), "el día siguiente": (1, "day"),
                  "al día siguiente": (1, "day"), "la jornada siguiente": (1, "day"), "ese año": (0, "year"),
                  "aquel año": (0, "year"), "el mismo año": (0, "year"), "ese mismo año": (0, "year"),
                  "el año anterior": (-1, "year"), "el año siguiente": (1, "year"), "al año siguiente": (1, "year"),
                  "ese mes": (0, "month"), "aquel mes": (0, "month"), "el mismo mes": (0, "month"),
                  "esa semana": (0, "week"), "la misma semana": (0, "week"), "esa fecha": (0, "date"),
                  "aquella fecha": (0, "date"), "la misma fecha": (0, "date"), "dicha fecha": (0, "date")},
        decades=("década", "décadas", "decenio", "decenios"),
        month_of=("mes de",),
        not_time_before=("a", "al", "bien", "de", "del"),  # "próximo a"; "el futuro del país" is no time
        part_intro=("la", "por la", "en la", "a la"),
        nowadays_before=("el", "la", "los", "las"),
        nowadays_after=("tan", "muy", "más", "menos"),
        since=("desde",),
    ),
    "it": Cues(
        last=("scorso", "scorsa", "ultimo", "ultima"),
        this=("questo", "questa"),
        next=("prossimo", "prossima"),
        last_after=("scorso", "scorsa", "passato", "passata"),
        next_after=("prossimo", "prossima"),
        every=("ogni", "tutti i", "tutte le"),
        month_preps=("a", "in", "da", "dal", "fino a", "entro", "inizio", "fine", "metà", "all'inizio di",
                     "alla fine di", "prima dell'", "dopo l'", "durante l'", "nell'", "dall'", "dell'", "l'"),
        year_preps=("nel", "dal", "fino al", "entro il", "anno", "nell'anno", "inizio", "fine", "metà"),
        postponed=("rinviato", "rinviata", "rinviati", "rinviate", "posticipato", "posticipata", "rimandato", "rimandata"),
        told_later=("più tardi",), told_earlier=("prima",),
        future=("sarà", "saranno", "dovrà", "dovranno", "dovrebbe", "dovrebbero"),
        range_elided=("o", "a", "e"),  # "between 12 and 18 months": the first count borrows the unit
        ahead_before=("per", "entro"),
        day_words={"primo": 1},
        ago_after=("fa",),
        span_modifiers=("ultimi", "ultime", "prossimi", "prossime", "primi", "prime"),
        articles=("il", "lo", "la", "gli", "i"),
        of=("di", "del"),
        future_endings=("rà", "ranno", "remo"),
        decade_before=("anni",),
        numbers=_count(_IT_NUMBERS, venti=20, trenta=30),
        one=("un", "uno", "una"),
        and_=("e",),
        half=("mezzo", "mezza"),
        meridiem={"del mattino": "am", "di mattina": "am", "del pomeriggio": "pm", "di sera": "pm"},
        anaphora={"lo stesso giorno": (0, "day"), "quel giorno": (0, "day"), "il giorno prima": (-1, "day"),
                  "il giorno dopo": (1, "day"), "quell'anno": (0, "year"), "lo stesso anno": (0, "year"),
                  "l'anno successivo": (1, "year")},
        decades=("decennio", "decenni"),
        month_of=("mese di",),
        holidays={"natale": (12, 25), "vigilia di natale": (12, 24), "capodanno": (1, 1), "pasqua": FromEaster(0),
                  "pasquetta": FromEaster(1), "venerdì santo": FromEaster(-2), "giovedì santo": FromEaster(-3),
                  "pentecoste": FromEaster(49)},
        parts_of_day={"mattina": "MO", "mattinata": "MO", "pomeriggio": "AF", "sera": "EV", "serata": "EV",
                      "notte": "NI"},
        day_parts_alone={"stamattina": (0, "MO"), "stasera": (0, "EV"), "stanotte": (0, "NI"),
                         "stamani": (0, "MO")},
        seasons={"primavera": "SP", "estate": "SU", "autunno": "FA", "inverno": "WI"},
        present_ref=("ora", "adesso", "attualmente", "al momento", "in questo momento", "oggi giorno", "oggigiorno"),
        past_ref=("recentemente", "di recente", "in passato", "ultimamente"),
        future_ref=("in futuro", "il futuro", "prossimamente", "a breve"),
        not_time_before=("di", "del", "della", "dei", "degli", "dell'"),  # "il futuro del paese" is no time
        vague=("diversi", "diverse", "alcuni", "alcune", "molti", "molte", "pochi", "poche", "gli ultimi",
               "le ultime", "i prossimi", "le prossime", "parecchi", "parecchie"),
        vague_preps=("da", "per", "dopo"),
        vague_after=("dopo", "prima", "fa"),
        frequencies={"quotidianamente": "P1D", "settimanalmente": "P1W", "mensilmente": "P1M",
                     "annualmente": "P1Y", "all'anno": "P1Y", "al giorno": "P1D"},
        weekend=("fine settimana", "weekend", "week-end"),
        quarter={"trimestre": "Q", "semestre": "H"},
        ordinals={"primo": 1, "secondo": 2, "terzo": 3, "quarto": 4},
        century=("secolo",),
        decade_intro=("gli anni",),
        decade_words={"venti": 2, "trenta": 3, "quaranta": 4, "cinquanta": 5, "sessanta": 6, "settanta": 7,
                      "ottanta": 8, "novanta": 9},
        clock=("alle", "alle ore", "le ore"),
        age_connectors=("di",),
        since=("dal", "dallo", "dalla", "dall'"),
    ),
    "pt": Cues(
        last=("último", "última", "passado", "passada"),
        this=("este", "esta", "neste", "nesta"),
        next=("próximo", "próxima"),
        last_after=("passado", "passada"),
        next_after=("próximo", "próxima", "que vem"),
        every=("cada", "todos os", "todas as"),
        month_preps=("em", "desde", "até", "no início de", "no final de", "em meados de"),
        year_preps=("em", "desde", "até", "ano", "no início de", "no final de", "em meados de"),
        postponed=("adiado", "adiada", "adiados", "adiadas", "adiou", "adiaram"),
        told_later=("depois", "mais tarde"), told_earlier=("antes",),
        future=("vai", "vão", "será", "serão", "deverá", "deverão"),
        range_elided=("a", "ou", "e"),  # "between 12 and 18 months": the first count borrows the unit
        ahead_before=("para",),
        day_nouns=("dia",),
        day_words={"primeiro": 1},
        ago_before=("há",),
        ago_after=("atrás",),
        ago_either=True,
        span_modifiers=("últimos", "últimas", "próximos", "próximas", "primeiros", "primeiras"),
        articles=("o", "os", "a", "as"),
        of=("de", "do"),
        future_endings=("rá", "rão", "remos"),
        decade_before=("anos",),
        numbers=_count(_PT_NUMBERS, duas=2, vinte=20, trinta=30),
        one=("um", "uma"),
        and_=("e",),
        half=("meia", "meio"),
        approx=("mais de", "quase", "cerca de"),
        meridiem={"da manhã": "am", "da madrugada": "am", "da tarde": "pm", "da noite": "pm"},
        anaphora={"no mesmo dia": (0, "day"), "naquele dia": (0, "day"), "o mesmo dia": (0, "day"),
                  "no dia seguinte": (1, "day"), "na véspera": (-1, "day"), "naquele ano": (0, "year"),
                  "no mesmo ano": (0, "year"), "no ano seguinte": (1, "year")},
        decades=("década", "décadas"),
        month_of=("mês de",),
        holidays={"natal": (12, 25), "véspera de natal": (12, 24), "páscoa": FromEaster(0),
                  "domingo de páscoa": FromEaster(0), "sexta-feira santa": FromEaster(-2),
                  "quinta-feira santa": FromEaster(-3), "pentecostes": FromEaster(49)},
        seasons={"primavera": "SP", "verão": "SU", "outono": "FA", "inverno": "WI"},
        parts_of_day={"manhã": "MO", "tarde": "AF", "noite": "NI", "madrugada": "MO"},
        present_ref=("agora", "atualmente", "actualmente", "neste momento", "hoje em dia"),
        past_ref=("recentemente", "no passado", "ultimamente"),
        future_ref=("no futuro", "o futuro", "em breve", "brevemente"),
        not_time_before=("de", "do", "da", "dos", "das"),  # "o futuro do país" is no time
        vague=("vários", "várias", "alguns", "algumas", "muitos", "muitas", "poucos", "poucas", "os últimos",
               "as últimas", "os próximos", "as próximas"),
        vague_preps=("durante", "há", "por"),
        frequencies={"diariamente": "P1D", "semanalmente": "P1W", "mensalmente": "P1M", "anualmente": "P1Y",
                     "por ano": "P1Y", "por dia": "P1D"},
        weekend=("fim de semana", "fim-de-semana"),
        quarter={"trimestre": "Q", "semestre": "H"},
        ordinals={"primeiro": 1, "segundo": 2, "terceiro": 3, "quarto": 4},
        century=("século",),
        decade_intro=("os anos", "a década de"),
        decade_words={"vinte": 2, "trinta": 3, "quarenta": 4, "cinquenta": 5, "sessenta": 6, "setenta": 7,
                      "oitenta": 8, "noventa": 9},
        hour_marks=("h",),
        age_connectors=("de",),
        since=("desde",),
    ),
    "nl": Cues(
        last=("vorige", "vorig", "afgelopen"),
        this=("deze", "dit"),
        next=("volgende", "komende", "aanstaande"),
        every=("elke", "ieder", "iedere", "elk"),
        month_preps=("in", "sinds", "tot", "vanaf", "voor", "na", "begin", "eind", "half", "medio"),
        year_preps=("in", "sinds", "tot", "vanaf", "voor", "na", "begin", "eind", "medio", "jaar"),
        postponed=("uitgesteld", "verschoven", "verdaagd"),
        told_later=("later", "daarna"), told_earlier=("eerder", "daarvoor"),
        future=("zal", "zullen", "gaat", "gaan"),
        range_elided=("tot", "of", "en"),  # "between 12 and 18 months": the first count borrows the unit
        ago_after=("geleden",),
        span_modifiers=("afgelopen", "laatste", "komende", "volgende", "eerste"),
        articles=("de", "het"),
        numbers=_count(_NL_NUMBERS, twintig=20, dertig=30),
        one=("een",),
        and_=("en",),
        half=("een half",),
        anaphora={"dezelfde dag": (0, "day"), "die dag": (0, "day"), "de dag ervoor": (-1, "day"),
                  "de dag erna": (1, "day"), "de volgende dag": (1, "day"), "dat jaar": (0, "year"),
                  "hetzelfde jaar": (0, "year"), "het jaar erop": (1, "year")},
        decades=("decennium", "decennia"),
        holidays={"kerstmis": (12, 25), "kerstavond": (12, 24), "oudejaarsavond": (12, 31), "nieuwjaarsdag": (1, 1),
                  "pasen": FromEaster(0), "paaszondag": FromEaster(0), "paasmaandag": FromEaster(1),
                  "goede vrijdag": FromEaster(-2), "witte donderdag": FromEaster(-3), "pinksteren": FromEaster(49),
                  "hemelvaartsdag": FromEaster(39)},
        of=("van",),
        parts_of_day={"ochtend": "MO", "morgen": "MO", "middag": "AF", "avond": "EV", "nacht": "NI"},
        compound_parts=True,
        part_intro=("de", "in de"),
        day_parts_alone={"vanochtend": (0, "MO"), "vanmorgen": (0, "MO"), "vanmiddag": (0, "AF"),
                         "vanavond": (0, "EV"), "vannacht": (0, "NI"), "gisteravond": (-1, "EV"),
                         "gisterochtend": (-1, "MO"), "gistermiddag": (-1, "AF"), "morgenochtend": (1, "MO"),
                         "morgenavond": (1, "EV")},
        seasons={"lente": "SP", "voorjaar": "SP", "zomer": "SU", "herfst": "FA", "najaar": "FA", "winter": "WI"},
        present_ref=("nu", "momenteel", "op dit moment", "tegenwoordig", "thans"),
        past_ref=("onlangs", "kortgeleden", "recentelijk"),
        future_ref=("in de toekomst", "binnenkort"),
        vague=("enkele", "een paar", "meerdere", "vele", "de afgelopen", "de komende", "de laatste"),
        plural_units={"dagen": "day", "weken": "week", "maanden": "month", "jaren": "year", "uren": "hour"},
        vague_preps=("al", "sinds", "na"),
        frequencies={"dagelijks": "P1D", "wekelijks": "P1W", "maandelijks": "P1M", "jaarlijks": "P1Y",
                     "per jaar": "P1Y"},
        weekend=("weekend", "weekeinde"),
        quarter={"kwartaal": "Q"},
        ordinals={"eerste": 1, "tweede": 2, "derde": 3, "vierde": 4},
        clock_after=("uur",),
        since=("sinds",),
    ),
    "sv": Cues(
        last=("förra", "senaste"),
        this=("denna", "detta"),
        next=("nästa", "kommande"),
        every=("varje", "var"),
        night_before=("natten till", "natten mot"),
        month_preps=("i", "sedan", "från", "till", "före", "efter", "under", "början av", "slutet av", "mitten av"),
        year_preps=("i", "sedan", "från", "till", "före", "efter", "under", "året", "hela", "början av",
                    "slutet av", "mitten av", "våren", "sommaren", "hösten", "vintern"),
        postponed=("uppskjuten", "uppskjutet", "skjuts upp", "sköts upp", "flyttas", "flyttades"),
        told_later=("senare",), told_earlier=("tidigare",),
        future=("ska", "skall", "kommer att", "väntas", "förväntas"),
        ahead_before=("på",),
        ago_before=("för",),
        ago_after=("sedan",),
        span_modifiers=("senaste", "förra", "kommande", "nästa", "första"),
        earlier_later=("tidigare", "senare"),
        articles=("den", "det"),
        decade_after=("-talet",),
        clock=("kl.", "kl", "klockan"),
        hour_words=("kl.", "kl", "klockan"),
        numbers=_count(_SV_NUMBERS, tjugo=20, trettio=30, fyrtio=40, femtio=50),
        one=("en", "ett"),
        relative={"i fjol": (-1, "year"), "i förrgår": (-2, "day"), "i övermorgon": (2, "day")},
        weekend=("helgen", "helg", "veckoslutet"),
        and_=("och",),
        half=("en halv", "ett halvt"),
        approx=("mer än", "nästan", "omkring", "cirka", "drygt", "knappt"),
        anaphora={"samma dag": (0, "day"), "dagen före": (-1, "day"), "dagen efter": (1, "day"),
                  "samma år": (0, "year"), "året före": (-1, "year"), "året efter": (1, "year"),
                  "veckan före": (-1, "week"), "veckan efter": (1, "week")},
        decades=("decennium", "decennier"),
        parts_of_day={"morgon": "MO", "morgonen": "MO", "förmiddag": "MO", "förmiddagen": "MO", "eftermiddag": "AF",
                      "eftermiddagen": "AF", "kväll": "EV", "kvällen": "EV", "natt": "NI", "natten": "NI"},
        day_parts_alone={"i morse": (0, "MO"), "i kväll": (0, "EV"), "i natt": (0, "NI"), "i eftermiddag": (0, "AF"),
                         "i förmiddags": (0, "MO")},
        seasons={"våren": "SP", "vår": "SP", "sommaren": "SU", "sommar": "SU", "hösten": "FA", "höst": "FA",
                 "vintern": "WI", "vinter": "WI"},
        present_ref=("nu", "för närvarande", "just nu"),
        past_ref=("nyligen", "nyss"),
        future_ref=("i framtiden", "framöver", "snart"),
        vague=("flera", "några", "många", "de senaste", "de kommande"),
        plural_units={"dagar": "day", "veckor": "week", "månader": "month", "timmar": "hour"},
        frequencies={"dagligen": "P1D", "årligen": "P1Y", "per år": "P1Y", "om året": "P1Y"},
        quarter={"kvartalet": "Q", "kvartal": "Q"},
        ordinals={"första": 1, "andra": 2, "tredje": 3, "fjärde": 4},
        weekday_suffix=("en",),
        past_weekday_before=("i",),
        since=("sedan",),
    ),
    "nb": Cues(
        last=("forrige", "siste"),
        this=("denne", "dette"),
        next=("neste", "kommende"),
        every=("hver", "hvert"),
        night_before=("natt til", "natten til"),
        month_preps=("i", "siden", "fra", "til", "før", "etter", "innen", "starten av", "slutten av",
                     "midten av", "begynnelsen av"),
        year_preps=("i", "siden", "fra", "til", "før", "etter", "innen", "året", "starten av", "slutten av",
                    "midten av", "begynnelsen av", "våren", "sommeren", "høsten", "vinteren"),
        postponed=("utsatt", "utsettes", "utsatte"),
        told_later=("senere",), told_earlier=("tidligere",),
        future=("skal", "vil", "kommer til å", "ventes å", "forventes å"),
        ahead_before=("på",),
        ago_before=("for",),
        ago_after=("siden",),
        span_modifiers=("siste", "forrige", "kommende", "neste", "første"),
        earlier_later=("tidligere", "senere"),
        articles=("den", "det"),
        decade_after=("-tallet",),
        clock=("kl.", "kl", "klokka", "klokken"),
        hour_words=("kl.", "kl", "klokka", "klokken"),
        numbers=_count(_NB_NUMBERS, tjue=20, tretti=30, førti=40, femti=50),
        one=("en", "ett", "et"),
        relative={"i fjor": (-1, "year"), "i forgårs": (-2, "day"), "i overmorgen": (2, "day")},
        weekend=("helgen", "helga", "weekenden"),
        and_=("og",),
        half=("en halv", "et halvt"),
        approx=("mer enn", "nesten", "omkring", "cirka", "drøyt", "knapt"),
        anaphora={"samme dag": (0, "day"), "dagen før": (-1, "day"), "dagen etter": (1, "day"),
                  "samme år": (0, "year"), "året før": (-1, "year"), "året etter": (1, "year")},
        decades=("tiår",),
        parts_of_day={"morgen": "MO", "formiddag": "MO", "ettermiddag": "AF", "kveld": "EV", "natt": "NI"},
        day_parts_alone={"i morges": (0, "MO"), "i kveld": (0, "EV"), "i natt": (0, "NI"),
                         "i ettermiddag": (0, "AF"), "i formiddag": (0, "MO")},
        seasons={"våren": "SP", "sommeren": "SU", "høsten": "FA", "vinteren": "WI", "vår": "SP", "sommer": "SU",
                 "høst": "FA", "vinter": "WI"},
        present_ref=("nå", "for tiden", "i øyeblikket"),
        past_ref=("nylig",),
        future_ref=("i framtiden", "i fremtiden", "fremover", "snart"),
        vague=("flere", "noen", "mange", "de siste", "de kommende"),
        plural_units={"dager": "day", "uker": "week", "måneder": "month", "timer": "hour"},
        frequencies={"daglig": "P1D", "årlig": "P1Y", "ukentlig": "P1W", "månedlig": "P1M"},
        quarter={"kvartal": "Q", "kvartalet": "Q"},
        ordinals={"første": 1, "andre": 2, "tredje": 3, "fjerde": 4},
        past_weekday_before=("i",),
        since=("siden",),
    ),
    # Arabic news writes a month by its Gregorian name, its Levantine (Syriac) name or both ("حزيران/يونيو"),
    # and in the Maghreb by French-derived names ("دجنبر"); dateparser knows the first only.
    "ar": Cues(
        months={"كانون الثاني": 1, "شباط": 2, "آذار": 3, "اذار": 3, "نيسان": 4, "أيار": 5, "ايار": 5, "حزيران": 6,
                "تموز": 7, "آب": 8, "اب": 8, "أيلول": 9, "ايلول": 9, "تشرين الأول": 10, "تشرين الاول": 10,
                "تشرين الثاني": 11, "كانون الأول": 12, "كانون الاول": 12, "يوليوز": 7, "غشت": 8, "شتنبر": 9,
                "نونبر": 11, "دجنبر": 12, "جانفي": 1, "فيفري": 2, "أفريل": 4, "ماي": 5, "جوان": 6, "جويلية": 7,
                "أوت": 8},
        paired_months=True,
    ),
    # Russian declines month names: "в сентябре 2006 года" (prepositional) beside "3 сентября" (genitive).
    "ru": Cues(
        months={"январе": 1, "феврале": 2, "марте": 3, "апреле": 4, "мае": 5, "июне": 6, "июле": 7, "августе": 8,
                "сентябре": 9, "октябре": 10, "ноябре": 11, "декабре": 12},
        last=("прошлом", "прошлой", "прошлого", "прошлый", "прошлая", "прошлую", "минувшем", "минувшей"),
        this=("этом", "этой", "этот", "эту", "этого", "текущем", "текущего"),
        next=("следующем", "следующей", "следующий", "следующую", "будущем", "будущей", "будущий"),
        month_preps=("в", "с", "до", "к", "по", "начале", "конце", "середине", "начала", "конца", "середины"),
        year_preps=("в", "с", "до", "к", "по"),
        future=("будет", "будут", "станет", "станут", "планирует", "планируют", "намерен", "намерены"),
        ago_after=("назад",),
        numbers=_count(_RU_NUMBERS, двадцать=20, тридцать=30),
        present_ref=("сейчас", "в настоящее время", "ныне"),
        past_ref=("недавно",),
        anaphora={"накануне": (-1, "day"), "в тот же день": (0, "day"), "на следующий день": (1, "day")},
        clock=("в",),
        since=("с", "со"),
    ),
}
