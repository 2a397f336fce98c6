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
        future=("will", "shall", "'ll", "’ll", "won't", "won’t", "going to", "is due to",
                "are due to", "is expected to", "are expected to", "plans to",
                "scheduled", "is set to", "are set to", "set to", "to meet", "planned to", "planning to",
                "as soon as", "ready to", "is to", "are to"),
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
        future=("vil", "skal", "kommer til at", "ventes at", "forventes at"),
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
        future=("wird", "werden", "wirst", "werde"),
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
    ),
    "fr": Cues(
        this=("ce", "cette"),
        last_after=("dernier", "dernière"),
        next_after=("prochain", "prochaine"),
        every=("chaque", "tous les"),
        month_preps=("en", "depuis", "jusqu'en", "dès", "début", "fin", "mi"),
        year_preps=("en", "depuis", "jusqu'en", "dès", "début", "fin", "mi", "année"),
        future=("va", "vont", "sera", "seront", "devrait", "devraient", "doit", "doivent"),
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
                     "a mediados de", "antes de", "después de", "entre", "de"),
        year_preps=("en", "desde", "hasta", "año", "a principios de", "a finales de",
                    "a mediados de", "el", "del", "al", "de", "entre", "los años", "antes de", "después de"),
        future=("va a", "van a", "será", "serán"),
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
        not_time_before=("a", "al", "bien"),
        part_intro=("la", "por la", "en la", "a la"),
        nowadays_before=("el", "la", "los", "las"),
        nowadays_after=("tan", "muy", "más", "menos"),
    ),
    "it": Cues(
        last=("scorso", "scorsa", "ultimo", "ultima"),
        this=("questo", "questa"),
        next=("prossimo", "prossima"),
        last_after=("scorso", "scorsa", "passato", "passata"),
        next_after=("prossimo", "prossima"),
        every=("ogni", "tutti i", "tutte le"),
        month_preps=("a", "in", "da", "dal", "fino a", "entro", "inizio", "fine", "metà", "all'inizio di",
                     "alla fine di"),
        year_preps=("nel", "dal", "fino al", "entro il", "anno", "nell'anno", "inizio", "fine", "metà"),
        future=("sarà", "saranno", "dovrà", "dovranno", "dovrebbe", "dovrebbero"),
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
    ),
    "pt": Cues(
        last=("último", "última"),
        this=("este", "esta", "neste", "nesta"),
        next=("próximo", "próxima"),
        last_after=("passado", "passada"),
        next_after=("próximo", "próxima", "que vem"),
        every=("cada", "todos os", "todas as"),
        month_preps=("em", "desde", "até", "no início de", "no final de", "em meados de"),
        year_preps=("em", "desde", "até", "ano", "no início de", "no final de", "em meados de"),
        future=("vai", "vão", "será", "serão", "deverá", "deverão"),
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
    ),
    "nl": Cues(
        last=("vorige", "vorig", "afgelopen"),
        this=("deze", "dit"),
        next=("volgende", "komende", "aanstaande"),
        every=("elke", "ieder", "iedere", "elk"),
        month_preps=("in", "sinds", "tot", "vanaf", "voor", "na", "begin", "eind", "half", "medio"),
        year_preps=("in", "sinds", "tot", "vanaf", "voor", "na", "begin", "eind", "medio", "jaar"),
        future=("zal", "zullen", "gaat", "gaan"),
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
    ),
}
