"""The HTTP API and the pages, thin over :class:`storyline.Collection`.

Everything here calls the Python API; nothing reads the store directly. The
server is read-only unless started with a write token: then its database is
opened read-only and never written (a story whose stored timeline is not
current is merged in memory). With a token, a request that adds documents
must carry it as ``Authorization: Bearer <token>``. Article text and titles
are untrusted input, so pages are rendered by Jinja with autoescaping and the
page script writes text with ``textContent`` only; a Content-Security-Policy
keeps the browser from loading or running anything that is not served from
here, or showing the pages in another site's frame. Every parameter, body and
cache is bounded (see :mod:`storyline.web.limits`), and input that is wrong
in any way gets a 4xx that says what was wrong, never a 500.
"""

from __future__ import annotations

import datetime as dt
import hmac
import json
import math
import queue
from collections.abc import Iterator
from dataclasses import astuple
from pathlib import Path as FilePath
from typing import Annotated, Any
from urllib.parse import urlsplit

from fastapi import Body, Depends, FastAPI, Header, HTTPException, Path, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates

from storyline import schema
from storyline.analyse.language import text_direction
from storyline.api import Collection
from storyline.entities.views import by_sentence, date_spans
from storyline.model import (
    Citation,
    Entity,
    EntityKind,
    FigurePoint,
    FigureReport,
    QuoteCitation,
    Story,
)
from storyline.pipeline import Wait
from storyline.read.files import describe_size
from storyline.render import published_line, timeline_markdown, timeline_timelinejs
from storyline.reported import Reported
from storyline.store import StoreBusy
from storyline.timeline import Budget, RankedTimeline
from storyline.web.documents import NewDocument
from storyline.web.guards import BodyLimit, HeadAsGet, SecurityHeaders
from storyline.web.limits import (
    MAX_DATES,
    MAX_DOCUMENTS,
    MAX_FILTER_CHARS,
    MAX_ID_CHARS,
    MAX_OFFSET,
    MAX_PER_DATE,
    MAX_QUERY_CHARS,
    MAX_SENTENCES,
    MAX_STORIES,
    Limits,
)
from storyline.web.memo import Memo, timeline_bytes

HERE = FilePath(__file__).parent
#: A story page shows the whole timeline up to this many entries ...
PAGE_ENTRIES = 80
#: ... and beyond, the most reported dates (with a link to the rest).
PAGE_BUDGET = Budget(dates=40, per_date=2)
#: A story page lists this many figure points and quotes (the API has them all).
PAGE_FIGURES = 60
PAGE_QUOTES = 40
#: A category's chart draws at most this many reports (the API has them all).
CHART_REPORTS = 300
#: About what a listed story weighs in memory, its fields and each member id, for the memo's byte bound;
#: the same for an entity and each of its mentions.
STORY_BYTES = 1_000
MEMBER_BYTES = 80
ENTITY_BYTES = 2_000
MENTION_BYTES = 300
REPORT_BYTES = 1_500  # a figure report, a quote or a disagreement, with its sentence
MEDIA_TYPES = {"json": "application/json", "timelinejs": "application/json", "md": "text/markdown; charset=utf-8"}
#: Clearer words than pydantic's for what a client most likely did.
_REASONS = {
    "string_unicode": "not valid Unicode: it holds a lone surrogate (such as \\ud800), which no encoding can write",
}

Id = Annotated[str, Path(max_length=MAX_ID_CHARS)]  # a story's or an article's, or a prefix of one
Words = Annotated[str | None, Query(max_length=MAX_QUERY_CHARS)]
Filter = Annotated[str | None, Query(max_length=MAX_FILTER_CHARS)]


class _Pool:
    """Open collections (one SQLite connection each), each lent to one request at a time.

    FastAPI runs a request's dependencies and its endpoint in different worker
    threads, so a connection cannot belong to a thread; it belongs to a request.
    """

    def __init__(self, db: str | FilePath, read_only: bool) -> None:
        self.db = db
        self.read_only = read_only
        self.idle: queue.SimpleQueue[Collection] = queue.SimpleQueue()
        self.give_back(self.take())  # a database that cannot be opened fails now, not at the first request

    def take(self) -> Collection:
        try:
            return self.idle.get_nowait()
        except queue.Empty:
            return Collection(self.db, read_only=self.read_only)

    def give_back(self, collection: Collection) -> None:
        self.idle.put(collection)


def _version(story: Story) -> tuple[str, int]:
    """What a kept timeline or page of a story depends on: a story that grows has a new size,
    a merged one a new id."""
    return story.id, len(story.article_ids)


def _collection(request: Request) -> Iterator[Collection]:
    pool: _Pool = request.app.state.collections
    collection = pool.take()
    try:
        yield collection
    finally:
        pool.give_back(collection)


Open = Annotated[Collection, Depends(_collection)]
#: A story's entities without their mentions, and entity id -> how many times they are named.
ListedEntities = tuple[list[Entity], dict[str, int]]


async def _invalid_request(request: Request, error: RequestValidationError) -> JSONResponse:
    """422 naming each parameter or field that was wrong and why, in FastAPI's shape, without echoing the input:
    it may be megabytes, or hold text that cannot be encoded at all (which made the default handler fail)."""
    return JSONResponse({"detail": [_reason(e) for e in error.errors()]}, status_code=422)


def _reason(error: dict[str, Any]) -> dict[str, Any]:
    message = _REASONS.get(error["type"], error["msg"])
    if "error" in error.get("ctx", {}):  # malformed JSON: where and what
        message = f"{message}: {error['ctx']['error']}"
    return {"type": error["type"], "loc": list(error["loc"]), "msg": message}


def create_app(db: str | FilePath, write_token: str | None = None, limits: Limits = Limits()) -> FastAPI:
    """The app serving the collection in ``db``; writes need ``write_token`` (none: read-only, never written).

    Raises :class:`~storyline.store.StoreError` when ``db`` cannot be opened
    (read-only: when it is missing or holds no collection).
    """
    # No /docs or /redoc: their pages load scripts from a CDN. The schema is at /openapi.json.
    app = FastAPI(title="storyline", summary="Stories and dated, sourced timelines from news articles",
                  docs_url=None, redoc_url=None)
    templates = Jinja2Templates(directory=HERE / "templates")
    templates.env.filters["web_url"] = web_url
    templates.env.filters["cited"] = cited
    for page in ("story.html", "stories.html", "article.html"):
        templates.get_template(page)  # compiled now (a tenth of a second for the story page), not by its first reader
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    app.state.collections = _Pool(db, read_only=write_token is None)
    # Rendered responses and the timelines and reports they are made from are kept apart: a large
    # story's ranked timeline weighs tens of megabytes, and in one memo twenty of them evicted the pages
    # readers ask for again, so every page was made twice. A response is a few hundred kilobytes.
    responses = app.state.responses = Memo(limits.cache_entries, limits.cache_bytes)
    memo = app.state.memo = Memo(limits.cache_entries, limits.cache_bytes)
    app.exception_handler(RequestValidationError)(_invalid_request)
    app.add_middleware(BodyLimit, limit=limits.body_bytes)
    app.add_middleware(HeadAsGet)
    app.add_middleware(SecurityHeaders)  # outermost: the other guards' answers get the headers too

    def ranked_timeline(collection: Collection, story: Story) -> RankedTimeline:
        """The story's timeline, read (or, read-only, merged) and ranked once per story version;
        each budget is then a cheap cut of it."""
        def make() -> RankedTimeline:
            return collection.ranked_timeline(story.id) or RankedTimeline([])

        # The ranked dates only point at the entries, so the entries are what it weighs.
        return memo.get(("ranked", *_version(story)), make, lambda ranked: timeline_bytes(ranked.entries))

    def story_entities(collection: Collection, story: Story) -> list[Entity]:
        """The story's entities with every mention (the entities API), read once per story version."""
        return memo.get(("entities", *_version(story)), lambda: collection.entities(story.id),
                        lambda found: sum(ENTITY_BYTES + MENTION_BYTES * len(e.mentions) for e in found))

    def listed_entities(collection: Collection, story: Story) -> ListedEntities:
        """The story's entities without their mentions, and how often each is named: all a page or a
        timeline shows of them, read in a fraction of the time, once per story version."""
        return memo.get(("listed", *_version(story)),
                        lambda: (collection.entities(story.id, mentions=False), collection.mention_counts(story.id)),
                        lambda listed: ENTITY_BYTES * len(listed[0]))

    def reported(collection: Collection, story: Story, quotes: int | None = None) -> Reported:
        """The story's figures, quotes (at most ``quotes``) and disagreements, worked out once per story
        version; a page reads only the quotes it shows."""
        return memo.get(("reported", *_version(story), quotes),
                        lambda: collection.reported(story.id, quotes) or Reported([], [], []),
                        lambda found: REPORT_BYTES * (sum(len(p.reports) for p in found.figures) + len(found.quotes)
                                                      + len(found.disagreements)))

    def find_stories(collection: Collection, *filters: Any) -> list[Story]:
        """Collection.find_stories, kept until the collection changes: every reader's first page is the list."""
        return memo.get(("stories", collection.version(), *filters), lambda: collection.find_stories(*filters),
                        lambda found: sum(STORY_BYTES + MEMBER_BYTES * len(s.article_ids) for s in found))

    def require_writer(authorization: Annotated[str | None, Header()] = None) -> None:
        if write_token is None:
            raise HTTPException(403, "this server is read-only: start it with --write-token to allow writes")
        scheme, _, given = (authorization or "").partition(" ")
        if scheme.lower() != "bearer" or not hmac.compare_digest(given.encode(), write_token.encode()):
            raise HTTPException(401, "a valid 'Authorization: Bearer <token>' header is needed to write",
                                headers={"WWW-Authenticate": "Bearer"})

    def found_story(collection: Collection, story_id: str) -> Story:
        story = collection.story(story_id)
        if story is None:
            raise HTTPException(404, f"no story {story_id!r}")
        return story

    def found_version(collection: Collection, story_id: str) -> tuple[str, int]:
        """The story's version (see :func:`_version`) without reading its members, for a response kept
        whole: most requests are answered from the memo and never need the story itself."""
        version = collection.story_version(story_id)
        if version is None:
            raise HTTPException(404, f"no story {story_id!r}")
        return version

    @app.get("/api/stories", response_model=list[schema.StorySummary])
    def list_stories(
        collection: Open,
        q: Words = None,
        start: dt.date | None = None,
        end: dt.date | None = None,
        language: Filter = None,
        outlet: Filter = None,
        limit: Annotated[int, Query(ge=1, le=MAX_STORIES)] = 100,
        offset: Annotated[int, Query(ge=0, le=MAX_OFFSET)] = 0,
    ) -> list[schema.StorySummary]:
        """Stories, largest first, filtered by words, date range, language and outlet."""
        found = find_stories(collection, q, start, end, language, outlet)
        return [schema.story_summary(s) for s in found[offset : offset + limit]]

    @app.get("/api/stories/{story_id}", response_model=schema.StoryDetail)
    def get_story(collection: Open, story_id: Id) -> schema.StoryDetail:
        story = found_story(collection, story_id)
        return schema.story_detail(story, collection.articles(story.article_ids, sentences=False))

    @app.get("/api/stories/{story_id}/timeline", response_model=None)
    def get_timeline(
        collection: Open,
        story_id: Id,
        dates: Annotated[int | None, Query(ge=1, le=MAX_DATES)] = None,
        per_date: Annotated[int | None, Query(ge=1, le=MAX_PER_DATE)] = None,
        start: dt.date | None = None,
        end: dt.date | None = None,
        format: Annotated[str, Query(pattern="^(json|timelinejs|md)$")] = "json",
    ) -> Response:
        """The story's timeline, cut as the CLI's --dates/--per-date/--from/--to cut it, as JSON,
        TimelineJS JSON or Markdown."""
        version = found_version(collection, story_id)
        budget = Budget(dates=dates, per_date=per_date, start=start, end=end)

        def render() -> bytes:
            story = found_story(collection, version[0])
            entries = ranked_timeline(collection, story).cut(budget)
            if format == "json":
                named = collection.entry_entities(story.id, entries, listed_entities(collection, story)[0])
                return schema.timeline_out(story, entries, named).model_dump_json().encode()
            cited = {c.article_id for e in entries for c in e.citations}
            articles = {a.id: a for a in collection.articles(cited, sentences=False)}
            if format == "timelinejs":
                exported = timeline_timelinejs(story.title, entries, articles, link=lambda a: f"/articles/{a.id}")
                return json.dumps(exported, ensure_ascii=False).encode()
            return timeline_markdown(story.title, entries, articles).encode()

        body = responses.get(("timeline", *version, astuple(budget), format), render)
        return Response(body, media_type=MEDIA_TYPES[format])

    @app.get("/api/stories/{story_id}/entities", response_model=list[schema.EntityOut])
    def get_entities(
        collection: Open, story_id: Id, kind: Annotated[str | None, Query(pattern="^(person|organisation|place)$")] = None
    ) -> list[schema.EntityOut]:
        """The story's people, organisations and places, most reported first, with aliases per language
        and every mention (article, sentence, the words as written)."""
        story = found_story(collection, story_id)
        return [schema.entity_out(e) for e in story_entities(collection, story) if kind in (None, e.kind.value)]

    @app.get("/api/stories/{story_id}/places", response_model=None,
             responses={200: {"model": schema.PlaceCollection, "content": {"application/geo+json": {}}}})
    def get_places(collection: Open, story_id: Id) -> Response:
        """The story's located places as GeoJSON: points with name, aliases, mention and article counts,
        and the first and last timeline dates naming each."""
        story = found_story(collection, story_id)

        def render() -> bytes:
            places = [e for e in story_entities(collection, story) if e.kind is EntityKind.PLACE]
            spans = date_spans(ranked_timeline(collection, story).entries, by_sentence(places))
            return json.dumps(schema.geojson(places, spans), ensure_ascii=False).encode()

        return Response(responses.get(("places", *_version(story)), render), media_type="application/geo+json")

    @app.get("/api/stories/{story_id}/figures", response_model=list[schema.FigurePointOut])
    def get_figures(collection: Open, story_id: Id) -> list[schema.FigurePointOut]:
        """The figures the story's sources report (killed, displaced, fighters...): per category, place and date
        the most conservative well-sourced value, the range across sources, and every report with its sentence."""
        return [schema.figure_point_out(p) for p in reported(collection, found_story(collection, story_id), 0).figures]

    @app.get("/api/stories/{story_id}/quotes", response_model=list[schema.QuoteOut])
    def get_quotes(collection: Open, story_id: Id, speaker: Filter = None) -> list[schema.QuoteOut]:
        """Who said what: quotations and reported speech with their speaker (only those whose name holds
        ``speaker``, when given), each citing every article that carries it."""
        found = reported(collection, found_story(collection, story_id)).quotes
        wanted = speaker.casefold() if speaker else None
        return [schema.quote_out(q) for q in found if wanted is None or wanted in (q.speaker or "").casefold()]

    @app.get("/api/stories/{story_id}/disagreements", response_model=list[schema.DisagreementOut])
    def get_disagreements(collection: Open, story_id: Id) -> list[schema.DisagreementOut]:
        """Where the story's sources disagree: figures beyond each other's hedges, claims met with a denial."""
        found = reported(collection, found_story(collection, story_id), 0).disagreements
        return [schema.disagreement_out(d) for d in found]

    @app.get("/api/entities/{entity_id}", response_model=schema.EntityDetail)
    def get_entity(collection: Open, entity_id: Id) -> schema.EntityDetail:
        """One entity with its aliases and mentions across every story that names it."""
        found = collection.entity(entity_id)
        if found is None:
            raise HTTPException(404, f"no entity {entity_id!r}")
        entity, stories = found
        return schema.EntityDetail(**schema.entity_out(entity).model_dump(), stories=stories)

    @app.get("/api/articles/{article_id}", response_model=schema.ArticleOut)
    def get_article(collection: Open, article_id: Id, clutter: bool = False) -> schema.ArticleOut:
        """An article's cleaned text and sentences; the page clutter removed from it on request."""
        article = collection.article(article_id)
        if article is None:
            raise HTTPException(404, f"no article {article_id!r}")
        return schema.article_out(article, text_direction(article.language), with_clutter=clutter)

    @app.get("/api/sentences", response_model=list[schema.SentenceHit])
    def search_sentences(
        collection: Open,
        q: Annotated[str, Query(max_length=MAX_QUERY_CHARS)],
        limit: Annotated[int, Query(ge=1, le=MAX_SENTENCES)] = 50,
    ) -> list[schema.SentenceHit]:
        """Sentences holding every word of ``q``, in collection order."""
        return [schema.SentenceHit(article=a, sentence=i, text=t) for a, i, t in collection.search_sentences(q, limit)]

    @app.post("/api/documents", response_model=schema.AddReport, dependencies=[Depends(require_writer)],
              description=f"Add documents (a feed's batch): they are analysed and placed in stories before this "
              f"returns. At most {MAX_DOCUMENTS} documents and {describe_size(limits.body_bytes)} of body (413 beyond). "
              f"When another build holds the collection over {limits.write_wait_seconds:g} s, 503 with a Retry-After.")
    def add_documents(
        collection: Open,
        documents: Annotated[list[NewDocument], Body(max_length=MAX_DOCUMENTS)],
    ) -> schema.AddReport:
        """A write waits only so long for another build: a client told to come back beats one left hanging."""
        try:
            report = collection.add([d.document(n) for n, d in enumerate(documents)],
                                    wait=Wait(timeout=limits.write_wait_seconds))
        except StoreBusy as busy:
            raise HTTPException(503, f"{busy}; nothing was added, try again later",
                                headers={"Retry-After": str(math.ceil(limits.write_wait_seconds))}) from None
        return schema.AddReport(added=report.added, duplicates=report.duplicates,
                                problems=[str(p) for p in report.problems], stories_updated=report.stories_updated)

    @app.get("/", response_class=HTMLResponse)
    def story_list(
        request: Request, collection: Open, q: Words = "", language: Filter = "", outlet: Filter = "",
        start: Filter = "", end: Filter = "",
    ) -> HTMLResponse:
        found = find_stories(collection, q or None, _day(start), _day(end), language or None, outlet or None)
        return templates.TemplateResponse(request, "stories.html", {
            "stories": found[:200], "count": len(found), "q": q, "language": language, "outlet": outlet,
            "start": start, "end": end,
        })

    @app.get("/stories/{story_id}", response_class=HTMLResponse)
    def story_page(
        collection: Open, story_id: Id, show_all: Annotated[bool, Query(alias="all")] = False
    ) -> HTMLResponse:
        """The story and its timeline: all of it when short (or asked for), else its most reported dates."""
        version = found_version(collection, story_id)

        def render() -> str:
            story = found_story(collection, version[0])
            ranked = ranked_timeline(collection, story)
            total = len(ranked.entries)  # every entry is within a budget that picks nothing
            short = show_all or total <= PAGE_ENTRIES
            shown = ranked.cut(Budget() if short else PAGE_BUDGET)
            cited = [[{"article": c.article_id, "sentence": c.sentence_index, "language": c.language}
                      for c in entry.citations] for entry in shown]
            # One language tag per cited article, not per sentence.
            sources = [list(dict.fromkeys((c.article_id, c.language) for c in entry.citations)) for entry in shown]
            entities, mentioned = listed_entities(collection, story)
            # Entries dated wholly before the story's first article are its background, told apart.
            before = story.first.start if story.first else dt.date.min
            main = [i for i, entry in enumerate(shown) if entry.date.end >= before]
            background = [i for i, entry in enumerate(shown) if entry.date.end < before]
            told = reported(collection, story, PAGE_QUOTES)
            disputed_sentences = {(c.article_id, c.sentence_index) for d in told.disagreements for side in d.sides
                                  for c in side.citations}
            disputed = [any((c.article_id, c.sentence_index) in disputed_sentences for c in entry.citations)
                        for entry in shown]
            return templates.get_template("story.html").render(
                story=story, entries=shown, entries_json=cited, sources=sources, total=total,
                figures=most_reported(told.figures), figures_json=figure_charts(told.figures),
                quotes=told.quotes, quote_count=len(told.quotes) + told.more_quotes, disagreements=told.disagreements,
                disputed=disputed,
                main=main, background=background, named=collection.entry_entities(story.id, shown, entities),
                mentioned=mentioned,
                people=[e for e in entities if e.kind is EntityKind.PERSON],
                organisations=[e for e in entities if e.kind is EntityKind.ORGANISATION],
                places=[e for e in entities if e.kind is EntityKind.PLACE])

        return HTMLResponse(responses.get(("page", *version, show_all), lambda: render().encode()))

    @app.get("/articles/{article_id}", response_class=HTMLResponse)
    def article_page(request: Request, collection: Open, article_id: Id) -> HTMLResponse:
        article = collection.article(article_id)
        if article is None:
            raise HTTPException(404, f"no article {article_id!r}")
        return templates.TemplateResponse(request, "article.html", {
            "article": article, "published": published_line(article), "dir": text_direction(article.language),
        })

    return app


def cited(source: FigureReport | QuoteCitation | Citation) -> dict[str, Any]:
    """A report's, a quote's or a citation's sentence as the page's sources panel asks for it."""
    return {"article": source.article_id, "sentence": source.sentence_index}


def most_reported(points: list[FigurePoint]) -> list[FigurePoint]:
    """The page's figure points: the most reported ones, in the API's order (category, place, date)."""
    kept = {id(p) for p in sorted(points, key=lambda p: -len(p.reports))[:PAGE_FIGURES]}
    return [p for p in points if id(p) in kept]


def figure_charts(points: list[FigurePoint]) -> list[dict[str, Any]]:
    """Per category, its dated reports as the page's charts draw them: one point a source, most reported first.

    "other" gets no chart: its points count unlike things (a car, seven babies, 686 residents), and a line
    through them says nothing; the figures list still shows each of them.
    """
    by_category: dict[str, list[dict[str, Any]]] = {}
    for point in points:
        if point.category == "other":
            continue
        for report in point.reports:
            if report.date is None:
                continue
            figure = report.figure
            by_category.setdefault(point.category, []).append({
                "day": report.date.start.isoformat(), "least": figure.least,
                "top": figure.high if figure.value is None else figure.value, "hedge": figure.hedge,
                "text": figure.text, "counted": figure.counted, "source": report.reporter,
                "article": report.article_id, "sentence": report.sentence_index,
            })
    ranked = sorted(by_category.items(), key=lambda item: -len(item[1]))
    return [{"category": category, "reports": reports[:CHART_REPORTS]} for category, reports in ranked]


def web_url(url: str | None) -> str | None:
    """The URL if it is an http(s) address; a page must never link a ``javascript:`` one from an article."""
    try:
        return url if url and urlsplit(url).scheme in ("http", "https") else None
    except ValueError:  # not a URL at all ("http://[", an unclosed IPv6 address)
        return None


def _day(text: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(text) if text else None
    except ValueError:
        raise HTTPException(422, f"{text!r} is not a date: write it as YYYY-MM-DD") from None
