"""What the HTTP API returns, as pydantic models, so the OpenAPI schema documents every field.

Dates go out as TIMEX3 values with their precision and a reading ("June
2017"), never as a full day the source did not give.
"""

from __future__ import annotations

from collections.abc import Iterable

from pydantic import BaseModel

from storyline.dates import PartialDate
from storyline.model import Article, Story, TimelineEntry


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


class EntryOut(BaseModel):
    date: DateOut
    text: str
    citations: list[CitationOut]


class TimelineOut(BaseModel):
    story: StorySummary
    entries: list[EntryOut]


def timeline_out(story: Story, entries: list[TimelineEntry]) -> TimelineOut:
    return TimelineOut(
        story=story_summary(story),
        entries=[
            EntryOut(
                date=date_out(e.date),  # type: ignore[arg-type]
                text=e.text,
                citations=[CitationOut(article=c.article_id, sentence=c.sentence_index, text=c.text,
                                       language=c.language, timex=c.timex) for c in e.citations],
            )
            for e in entries
        ],
    )


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
