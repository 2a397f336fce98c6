"""The one data model every pipeline stage reads and writes.

A run turns files into :class:`Document` objects (what a file said), then into
:class:`Article` objects (cleaned, with language, sentences, time expressions
and mentions), groups articles into :class:`Story` objects and gives each story
a list of :class:`TimelineEntry` objects that cite :class:`Citation` sources.
Stages are plain functions over these types; storage persists them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum

from storyline.dates import PartialDate


class DateSource(str, Enum):
    """Where an article's publication date came from, so users can weigh it."""

    HEADER = "header"  # a ` date YYYY-MM-DD` line at the top of a text file
    METADATA = "metadata"  # a field of a JSON record or HTML metadata
    PATH = "path"  # a date in the folder or file name
    TEXT = "text"  # read from the article's own text
    INFERRED = "inferred"  # reasoned from the text and its story


class TimexType(str, Enum):
    """TIMEX3 types: points in time are kept apart from durations and sets."""

    DATE = "DATE"
    TIME = "TIME"
    DURATION = "DURATION"
    SET = "SET"


@dataclass
class Document:
    """What one file (or one record of a JSON file) said, before any analysis."""

    source_path: str
    text: str
    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    language: str | None = None  # a language the source declared, if any
    published: PartialDate | None = None
    published_source: DateSource | None = None
    record_id: str | None = None  # the id a JSON record carried
    clean_text: bool = False  # True when an extractor already removed page clutter
    #: What the reader noticed and worked around without losing the document
    #: ("header date 9999-99-99 is not a calendar date: ignored"), for the build to report.
    notes: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class ReadProblem:
    """A file, or part of one, that could not be read, and why."""

    path: str
    reason: str

    def __str__(self) -> str:
        return f"{self.path}: {self.reason}"


@dataclass
class TimeExpression:
    """A time expression found in a sentence, normalised TIMEX3-style.

    ``value`` is the TIMEX3 value (``2017-06-29``, ``2017-06``, ``P8M``...).
    ``date`` is the resolved calendar period for points in time, and for a
    length counted from a date the article told ("two days later": that day,
    though timelines take only points as entries' dates); None for other
    durations, sets and expressions that could not be anchored.
    ``start``/``end`` are character offsets in the sentence text.
    """

    text: str
    start: int
    end: int
    type: TimexType
    value: str
    date: PartialDate | None = None


@dataclass
class Mention:
    """A name in a sentence: a recognised person (``PER``), organisation (``ORG``) or place (``LOC``),
    or a proper name of no known kind (``NAME``, what story grouping compares)."""

    text: str
    start: int
    end: int
    label: str = "NAME"


@dataclass(frozen=True)
class Figure:
    """A count a sentence reports: how many of what, how hedged, said by whom, where and when.

    ``value`` is the number given, or None for a range or a magnitude
    ("hundreds"), whose bounds are ``low``-``high``. ``hedge`` is one of
    exact, more_than, at_least, about, up_to, nearly, fewer_than, vague.
    ``date`` is the time the sentence itself gives the figure ("as of
    Monday"); None means as of the article's publication.
    """

    start: int  # the number's offsets in the sentence text
    end: int
    text: str
    category: str  # killed, wounded, displaced, trapped, fighters, troops, arrested, missing, ... or other
    counted: str  # what is counted, as written ("people", "civilians")
    hedge: str = "exact"
    value: float | None = None
    low: float | None = None
    high: float | None = None
    source: str | None = None  # who the sentence says reports it, as written
    place: str | None = None  # a place the sentence names, as written
    date: PartialDate | None = None

    @property
    def least(self) -> float:
        """The smallest count the figure can mean (ACLED's conservative reading)."""
        return self.value if self.value is not None else (self.low or 0.0)


@dataclass(frozen=True)
class Quote:
    """Words an article says someone said: quoted (``direct``) or reported in a clause (``reported``).

    ``start``/``end`` are offsets in the article's cleaned text (a quotation
    may run over several sentences); ``sentence_index`` is the sentence it
    opens in. ``speaker`` is the speaker as written nearest the quote, a
    pronoun replaced by the speaker named last before it; None when the
    article does not say who.
    """

    sentence_index: int
    start: int
    end: int
    text: str
    kind: str  # direct or reported
    speaker: str | None = None
    cue: str | None = None  # the reporting words ("said", "a déclaré", "according to")


@dataclass(frozen=True)
class QuoteCitation:
    """One article's wording of a quote: where it stands and the words it gives."""

    article_id: str
    sentence_index: int
    start: int  # offsets in the article's cleaned text
    end: int
    text: str
    language: str | None = None


@dataclass
class StoryQuote:
    """A quote of a story: one statement, however many articles (and languages) carry it."""

    text: str  # the fullest wording
    kind: str  # direct or reported
    speaker: str | None
    citations: list[QuoteCitation]
    speaker_entity: str | None = None  # the entity id of the speaker, when the story's entities name them
    cue: str | None = None

    @property
    def article_ids(self) -> list[str]:
        return list(dict.fromkeys(c.article_id for c in self.citations))


@dataclass(frozen=True)
class FigureReport:
    """One figure as one article reports it, with the date it is as of and where the story's entities place it."""

    figure: Figure
    article_id: str
    sentence_index: int
    sentence: str
    date: PartialDate | None  # the figure's own date, else its article's publication
    language: str | None = None
    outlet: str | None = None
    place_entity: str | None = None  # the entity id of figure.place
    source_entity: str | None = None  # the entity id of figure.source

    @property
    def reporter(self) -> str:
        """Who reports it, as shown: the source the sentence gives, else the outlet, else the article."""
        return self.figure.source or self.outlet or self.article_id

    @property
    def source_key(self) -> str:
        """Who reports it, for telling sources apart: the resolved entity, the words, else the outlet or article."""
        return self.source_entity or (self.figure.source or "").lower() or self.outlet or self.article_id


@dataclass
class FigurePoint:
    """What a story reports of one category at one place and date: the value to show and the range across sources.

    ``shown`` is the most conservative figure among the well-sourced reports
    (attributed to a source, else all of them): ACLED's rule.
    """

    category: str
    place: str | None  # as shown (the entity's name)
    date: PartialDate | None
    shown: float
    low: float
    high: float | None  # None: unbounded ("more than 500" alone)
    reports: list[FigureReport]


@dataclass(frozen=True)
class DisagreementSide:
    """One side of a disagreement: what it says and the reports that say it."""

    says: str
    citations: list[Citation]
    sources: list[str]


@dataclass
class Disagreement:
    """Sources that conflict: figures that differ beyond their hedges, or a claim and its denial."""

    kind: str  # figures or claim
    about: str
    sides: list[DisagreementSide]
    date: PartialDate | None = None


@dataclass
class Sentence:
    """One sentence of an article's cleaned text, addressable by its index."""

    index: int
    text: str
    start: int  # character offset in the article's cleaned text
    end: int
    timexes: list[TimeExpression] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)  # proper names, for grouping articles into stories
    entities: list[Mention] = field(default_factory=list)  # recognised people, organisations and places
    figures: list[Figure] = field(default_factory=list)  # counts it reports


@dataclass
class Article:
    """A cleaned, analysed news article."""

    id: str
    source_path: str
    content_hash: str
    text: str
    record_id: str | None = None  # the id of its JSON record, when it came from one
    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    language: str | None = None
    published: PartialDate | None = None
    published_source: DateSource | None = None
    published_confidence: float | None = None
    published_reason: str | None = None
    clutter: list[str] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)
    story_id: str | None = None
    quotes: list[Quote] = field(default_factory=list)


class EntityKind(str, Enum):
    """What an entity is; a recognised mention's label (PER, ORG, LOC) says the same."""

    PERSON = "person"
    ORGANISATION = "organisation"
    PLACE = "place"

    @classmethod
    def of_label(cls, label: str) -> EntityKind | None:
        return {"PER": cls.PERSON, "ORG": cls.ORGANISATION, "LOC": cls.PLACE}.get(label)


@dataclass(frozen=True)
class Place:
    """Where a place is, as far as the gazetteer and the story's context tell.

    ``latitude``/``longitude`` are None for a place known to exist but not
    located (a landmark or river the gazetteer lacks): it never borrows a
    namesake's coordinates. ``confidence`` (0-1) says how sure the choice
    among namesakes is.
    """

    latitude: float | None
    longitude: float | None
    country: str | None  # ISO 3166 alpha-2
    feature: str  # city, region, country, landmark, river, ... or "unknown"
    confidence: float
    gazetteer_id: str | None = None  # e.g. "geonames:99072", "country:IQ"
    population: int | None = None
    name: str | None = None  # the gazetteer's own (English or romanised) name, for display


@dataclass(frozen=True)
class EntityMention:
    """One place an entity is named: the article, the sentence and the words as written."""

    article_id: str
    sentence_index: int
    start: int
    end: int
    text: str
    language: str | None = None


@dataclass
class Entity:
    """A person, organisation or place, one across every name and language it is written with."""

    id: str
    kind: EntityKind
    name: str  # as shown: in English where an English article names it
    aliases: dict[str, list[str]]  # language -> names written in it, most used first
    mentions: list[EntityMention] = field(default_factory=list)
    articles: int = 0
    outlets: int = 0
    place: Place | None = None  # for places


@dataclass
class Story:
    """Articles that tell the same story, across languages and outlets."""

    id: str
    title: str
    article_ids: list[str]
    first: PartialDate | None = None
    last: PartialDate | None = None
    languages: list[str] = field(default_factory=list)
    outlets: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Citation:
    """One source sentence behind a timeline entry."""

    article_id: str
    sentence_index: int
    text: str
    language: str | None = None
    timex: str | None = None  # the words that dated the sentence, if any


@dataclass
class TimelineEntry:
    """One happening at its honest date, with every sentence that reports it."""

    date: PartialDate
    text: str
    citations: list[Citation]
    #: Whether it is about what the story's articles are mostly about (storyline.timeline.focus);
    #: a budget picks its dates among these only.
    on_main_line: bool = True

    @property
    def article_ids(self) -> list[str]:
        """Cited articles, each once, in citation order."""
        return list(dict.fromkeys(c.article_id for c in self.citations))


#: A timeline's dates ranked for a reader who asks for the few that mattered, by the positions of
#: their entries in the kept timeline: (salience, [positions of the date's entries, best first]).
DateRanking = list[tuple[tuple[float, int], list[int]]]
