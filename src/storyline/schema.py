"""What the HTTP API returns, as pydantic models, so the OpenAPI schema documents every field.

Dates go out as TIMEX3 values with their precision and a reading ("June
2017"), never as a full day the source did not give.
"""

from __future__ import annotations

from collections.abc import Iterable

from pydantic import BaseModel

from storyline.dates import PartialDate
from storyline.model import (
    Article,
    Citation,
    Disagreement,
    Entity,
    FigurePoint,
    FigureReport,
    Place,
    Story,
    StoryQuote,
    TimelineEntry,
)


class DateOut(BaseModel):
    value: str  # TIMEX3: 2017, 2017-06, 2017-W25, 2017-06-29
    precision: str  # year, month, week or day
    label: str  # as a reader says it: "June 2017"


def date_out(date: PartialDate | None) -> DateOut | None:
    if date is None:
        return None
    return DateOut(value=date.value, precision=date.precision.name.lower(), label=date.label())


class StorySummary(BaseModel):
    id: str
    title: str
    first: DateOut | None
    last: DateOut | None
    articles: int
    languages: list[str]
    outlets: list[str]


def story_summary(story: Story) -> StorySummary:
    return StorySummary(id=story.id, title=story.title, first=date_out(story.first), last=date_out(story.last),
                        articles=len(story.article_ids), languages=story.languages, outlets=story.outlets)


class ArticleSummary(BaseModel):
    id: str
    title: str | None
    outlet: str | None
    language: str | None
    published: DateOut | None
    url: str | None


class StoryDetail(StorySummary):
    members: list[ArticleSummary]  # most central first


def story_detail(story: Story, articles: Iterable[Article]) -> StoryDetail:
    by_id = {a.id: a for a in articles}
    members = [
        ArticleSummary(id=a.id, title=a.title, outlet=a.outlet, language=a.language,
                       published=date_out(a.published), url=a.url)
        for a in (by_id[i] for i in story.article_ids if i in by_id)
    ]
    return StoryDetail(**story_summary(story).model_dump(), members=members)


class CitationOut(BaseModel):
    article: str
    sentence: int
    text: str
    language: str | None
    timex: str | None


class EntityRef(BaseModel):
    id: str
    name: str
    kind: str  # person, organisation or place


def entity_ref(entity: Entity) -> EntityRef:
    return EntityRef(id=entity.id, name=entity.name, kind=entity.kind.value)


class EntryOut(BaseModel):
    date: DateOut
    text: str
    citations: list[CitationOut]
    entities: list[EntityRef]  # named by its cited sentences


class TimelineOut(BaseModel):
    story: StorySummary
    entries: list[EntryOut]


def timeline_out(story: Story, entries: list[TimelineEntry], named: list[list[Entity]]) -> TimelineOut:
    """``named``: for each entry, the entities its sentences name."""
    return TimelineOut(
        story=story_summary(story),
        entries=[
            EntryOut(
                date=date_out(e.date),  # type: ignore[arg-type]
                text=e.text,
                citations=[_citation_out(c) for c in e.citations],
                entities=[entity_ref(entity) for entity in entities],
            )
            for e, entities in zip(entries, named)
        ],
    )


class PlaceOut(BaseModel):
    latitude: float | None  # None: a place known but not located (a landmark the gazetteer lacks)
    longitude: float | None
    country: str | None  # ISO 3166 alpha-2
    feature: str  # city, region, country, landmark, river...
    confidence: float  # 0-1: how sure the choice among namesakes is
    gazetteer_id: str | None


def place_out(place: Place | None) -> PlaceOut | None:
    if place is None:
        return None
    return PlaceOut(latitude=place.latitude, longitude=place.longitude, country=place.country,
                    feature=place.feature, confidence=round(place.confidence, 3), gazetteer_id=place.gazetteer_id)


class MentionOut(BaseModel):
    article: str
    sentence: int
    text: str  # as written
    language: str | None


class EntityOut(BaseModel):
    id: str
    name: str  # in English where an English article names it
    kind: str
    aliases: dict[str, list[str]]  # language -> names written in it, most used first
    articles: int
    outlets: int
    mentions: int
    place: PlaceOut | None
    mentioned: list[MentionOut]


def entity_out(entity: Entity) -> EntityOut:
    return EntityOut(
        id=entity.id, name=entity.name, kind=entity.kind.value, aliases=entity.aliases, articles=entity.articles,
        outlets=entity.outlets, mentions=len(entity.mentions), place=place_out(entity.place),
        mentioned=[MentionOut(article=m.article_id, sentence=m.sentence_index, text=m.text, language=m.language)
                   for m in entity.mentions],
    )


class EntityDetail(EntityOut):
    stories: list[str]  # ids of the stories that name it, most reported first


class PlaceProperties(BaseModel):
    name: str
    aliases: dict[str, list[str]]
    mentions: int
    articles: int
    country: str | None
    feature: str
    confidence: float
    first: str | None  # TIMEX3 value of the first timeline date naming the place
    last: str | None


class PointGeometry(BaseModel):
    type: str  # "Point"
    coordinates: list[float]  # longitude, latitude


class PlaceFeature(BaseModel):
    type: str  # "Feature"
    id: str
    geometry: PointGeometry
    properties: PlaceProperties


class PlaceCollection(BaseModel):
    """A GeoJSON FeatureCollection (RFC 7946) of a story's located places."""

    type: str  # "FeatureCollection"
    features: list[PlaceFeature]


def geojson(places: list[Entity], spans: dict[str, tuple[PartialDate, PartialDate]]) -> dict[str, object]:
    """Located places as a GeoJSON FeatureCollection of points (RFC 7946: longitude first)."""
    features = []
    for entity in places:
        place = entity.place
        if place is None or place.latitude is None or place.longitude is None:
            continue
        first, last = spans.get(entity.id, (None, None))
        features.append({
            "type": "Feature",
            "id": entity.id,
            "geometry": {"type": "Point", "coordinates": [round(place.longitude, 5), round(place.latitude, 5)]},
            "properties": {
                "name": entity.name, "aliases": entity.aliases, "mentions": len(entity.mentions),
                "articles": entity.articles, "country": place.country, "feature": place.feature,
                "confidence": round(place.confidence, 3),
                "first": first.value if first else None, "last": last.value if last else None,
            },
        })
    return {"type": "FeatureCollection", "features": features}


class SentenceOut(BaseModel):
    index: int
    text: str
    start: int  # character offsets in the cleaned text
    end: int


class ArticleOut(BaseModel):
    id: str
    title: str | None
    url: str | None
    outlet: str | None
    language: str | None
    direction: str  # ltr or rtl, for display
    published: DateOut | None
    published_source: str | None
    published_reason: str | None
    source_path: str
    story: str | None
    text: str
    sentences: list[SentenceOut]
    clutter: list[str] | None  # lines removed as page clutter, when asked for


def article_out(article: Article, direction: str, with_clutter: bool) -> ArticleOut:
    return ArticleOut(
        id=article.id, title=article.title, url=article.url, outlet=article.outlet, language=article.language,
        direction=direction, published=date_out(article.published),
        published_source=article.published_source.value if article.published_source else None,
        published_reason=article.published_reason, source_path=article.source_path, story=article.story_id,
        text=article.text,
        sentences=[SentenceOut(index=s.index, text=s.text, start=s.start, end=s.end) for s in article.sentences],
        clutter=article.clutter if with_clutter else None,
    )


class SentenceHit(BaseModel):
    article: str
    sentence: int
    text: str


class AddReport(BaseModel):
    added: int
    duplicates: int
    problems: list[str]
    stories_updated: int


class FigureOut(BaseModel):
    """One figure as one article reports it."""

    text: str  # the number as written ("more than 742,000" is hedge more_than, text "742,000")
    category: str  # killed, wounded, displaced, trapped, fighters, troops, arrested, missing, protesters, cases,
    # affected, hostages, other
    counted: str  # what is counted, as written
    hedge: str  # exact, more_than, at_least, about, up_to, nearly, fewer_than, vague
    value: float | None  # None for a range or a magnitude ("hundreds"): see low and high
    low: float | None
    high: float | None
    source: str | None  # who the sentence says reports it, as written
    source_entity: str | None
    place: str | None
    place_entity: str | None
    date: DateOut | None  # the date it is as of: its own, else its article's
    article: str
    sentence: int
    sentence_text: str
    language: str | None
    outlet: str | None


def figure_out(report: FigureReport) -> FigureOut:
    f = report.figure
    return FigureOut(text=f.text, category=f.category, counted=f.counted, hedge=f.hedge, value=f.value, low=f.low,
                     high=f.high, source=f.source, source_entity=report.source_entity, place=f.place,
                     place_entity=report.place_entity, date=date_out(report.date), article=report.article_id,
                     sentence=report.sentence_index, sentence_text=report.sentence, language=report.language,
                     outlet=report.outlet)


class FigurePointOut(BaseModel):
    """A category at a place and date: the most conservative well-sourced figure, and the range of all."""

    category: str
    place: str | None
    date: DateOut | None
    shown: float
    low: float
    high: float | None  # None: some report gives only a floor ("more than") above every other figure
    reports: list[FigureOut]


def figure_point_out(point: FigurePoint) -> FigurePointOut:
    return FigurePointOut(category=point.category, place=point.place, date=date_out(point.date), shown=point.shown,
                          low=point.low, high=point.high, reports=[figure_out(r) for r in point.reports])


class QuoteCitationOut(BaseModel):
    article: str
    sentence: int
    start: int  # offsets in the article's cleaned text
    end: int
    text: str
    language: str | None


class QuoteOut(BaseModel):
    """A quote of the story, citing every article that carries it."""

    text: str
    kind: str  # direct (in quotation marks) or reported
    speaker: str | None
    speaker_entity: str | None
    cue: str | None
    articles: list[str]
    citations: list[QuoteCitationOut]


def quote_out(quote: StoryQuote) -> QuoteOut:
    return QuoteOut(text=quote.text, kind=quote.kind, speaker=quote.speaker, speaker_entity=quote.speaker_entity,
                    cue=quote.cue, articles=quote.article_ids,
                    citations=[QuoteCitationOut(article=c.article_id, sentence=c.sentence_index, start=c.start,
                                                end=c.end, text=c.text, language=c.language) for c in quote.citations])


class DisagreementSideOut(BaseModel):
    says: str
    sources: list[str]
    citations: list[CitationOut]


class DisagreementOut(BaseModel):
    """Sources that conflict: figures beyond each other's hedges, or a claim and its denial."""

    kind: str  # figures or claim
    about: str
    date: DateOut | None
    sides: list[DisagreementSideOut]


def _citation_out(citation: Citation) -> CitationOut:
    return CitationOut(article=citation.article_id, sentence=citation.sentence_index, text=citation.text,
                       language=citation.language, timex=citation.timex)


def disagreement_out(disagreement: Disagreement) -> DisagreementOut:
    return DisagreementOut(kind=disagreement.kind, about=disagreement.about, date=date_out(disagreement.date),
                           sides=[DisagreementSideOut(says=side.says, sources=side.sources,
                                                      citations=[_citation_out(c) for c in side.citations])
                                  for side in disagreement.sides])
