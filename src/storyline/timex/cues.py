"""Hand-written cue words per language: the part dateparser's data lacks.

Month, weekday and unit names come from dateparser's locale data (see
:mod:`storyline.timex.vocabulary`). What it does not hold are the small words
that decide whether a name is a date at all ("in October" vs. a bare
"October"), which way a relative expression points ("will", "skal"), and
number words for durations. Adding a language means adding one
:class:`Cues` entry here; a language without an entry still gets absolute
dates from dateparser's names, just no cue-dependent expressions.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Cues:
    """Cue words of one language; every phrase is lower case."""

    capitalised: bool = False  # month/weekday names are written with a capital (en, de)
    last: tuple[str, ...] = ()  # "last October", "last Thursday"
    this: tuple[str, ...] = ()
    next: tuple[str, ...] = ()
    every: tuple[str, ...] = ()  # "every Thursday": a SET
    night_before: tuple[str, ...] = ()  # "natten til tirsdag" is the Tuesday
    month_preps: tuple[str, ...] = ()  # words that make a bare month name a date
    year_preps: tuple[str, ...] = ()  # words that make a 4-digit number a year
    future: tuple[str, ...] = ()  # future-tense markers: flip relative dates forward
    ago_before: tuple[str, ...] = ()  # "for tre år siden", "il y a trois ans"
    ago_after: tuple[str, ...] = ()  # "three years ago"; a language needs one of the two
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
    skip_relative: tuple[str, ...] = ()  # dateparser phrases that are not dates in prose


_EN_NUMBERS = "one two three four five six seven eight nine ten eleven twelve".split()
_DA_NUMBERS = "en to tre fire fem seks syv otte ni ti elleve tolv".split()
_DE_NUMBERS = "ein zwei drei vier fünf sechs sieben acht neun zehn elf zwölf".split()
_FR_NUMBERS = "un deux trois quatre cinq six sept huit neuf dix onze douze".split()
_ES_NUMBERS = "un dos tres cuatro cinco seis siete ocho nueve diez once doce".split()


def _count(words: list[str], **more: int) -> dict[str, int]:
    """Number words one..twelve, plus the tens a language writes as words."""
    table = {word: n for n, word in enumerate(words, start=1)}
    table.update(more)
    return table


CUES: dict[str, Cues] = {
    "en": Cues(
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
                "scheduled", "is set to", "are set to", "to meet"),
        ago_after=("ago",),
        span_modifiers=("last", "past", "previous", "next", "coming", "first"),
        earlier_later=("earlier", "later"),
        articles=("the",),
        of=("of",),
        decade_after=("s", "'s", "’s"),
        numbers=_count(_EN_NUMBERS, twenty=20, thirty=30, forty=40, fifty=50),
        one=("a", "an"),
        skip_relative=("till date",),
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
    ),
    "fr": Cues(
        this=("ce", "cette"),
        every=("chaque", "tous les"),
        month_preps=("en", "depuis", "jusqu'en", "dès", "début", "fin", "mi"),
        year_preps=("en", "depuis", "jusqu'en", "dès", "début", "fin", "mi", "année"),
        future=("va", "vont", "sera", "seront"),
        ago_before=("il y a",),
        span_modifiers=("derniers", "dernières", "prochains", "prochaines", "premiers"),
        articles=("le", "les"),
        decade_before=("années",),
        numbers=_count(_FR_NUMBERS, vingt=20, trente=30),
        one=("un", "une"),
    ),
    "es": Cues(
        this=("este", "esta"),
        every=("cada", "todos los"),
        month_preps=("en", "desde", "hasta", "a principios de", "a finales de",
                     "a mediados de"),
        year_preps=("en", "desde", "hasta", "año", "a principios de", "a finales de",
                    "a mediados de"),
        future=("va a", "van a", "será", "serán"),
        ago_before=("hace",),
        span_modifiers=("últimos", "últimas", "próximos", "próximas", "primeros"),
        articles=("el", "los"),
        of=("de",),
        decade_before=("años",),
        numbers=_count(_ES_NUMBERS, veinte=20, treinta=30),
        one=("un", "una"),
        skip_relative=("mañana",),  # "esta mañana" is this morning, not tomorrow
    ),
}
