"""The HTTP API and the pages, thin over :class:`storyline.Collection`.

Everything here calls the Python API; nothing reads the store directly. The
server is read-only unless started with a write token: then a request that
adds documents must carry it as ``Authorization: Bearer <token>``. Article
text and titles are untrusted input, so pages are rendered by Jinja with
autoescaping and the page script writes text with ``textContent`` only; a
Content-Security-Policy keeps the browser from loading or running anything
that is not served from here.
"""

from __future__ import annotations

import datetime as dt
import hmac
import json
import queue
import threading
from collections import OrderedDict
from collections.abc import Callable, Iterator
from dataclasses import astuple
from pathlib import Path
from typing import Annotated, Any
from urllib.parse import urlsplit

from fastapi import Depends, FastAPI, Header, HTTPException, Query, Request
from fastapi.responses import HTMLResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from pydantic import BaseModel
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from storyline.api import Collection
from storyline.dates import PartialDate
from storyline.model import DateSource, Document, Story, TimelineEntry
from storyline.render import published_line, timeline_markdown, timeline_timelinejs
from storyline.timeline import Budget
from storyline import schema

HERE = Path(__file__).parent
#: A story page shows the whole timeline up to this many entries ...
PAGE_ENTRIES = 80
#: ... and beyond, the most reported dates (with a link to the rest).
PAGE_BUDGET = Budget(dates=40, per_date=2)
#: Timelines and rendered responses kept in memory by a server (see _Memo).
MEMO_SIZE = 512
#: Scripts whose text runs right to left: their articles are shown with dir="rtl".
RIGHT_TO_LEFT = frozenset({"ar", "fa", "he", "ur", "ps", "yi", "dv", "ku", "sd", "ug"})
SECURITY_HEADERS = {
    "Content-Security-Policy": "default-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
}
_HEADER_PAIRS = [(name.lower().encode(), value.encode()) for name, value in SECURITY_HEADERS.items()]


class NewDocument(BaseModel):
    """A document posted to the collection: its text and what its source said about it."""

    text: str
    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    language: str | None = None
    published: str | None = None  # a TIMEX3-style date: 2017, 2017-06, 2017-06-29


class _Pool:
    """Open collections (one SQLite connection each), each lent to one request at a time.

    FastAPI runs a request's dependencies and its endpoint in different worker
    threads, so a connection cannot belong to a thread; it belongs to a request.
    """

    def __init__(self, db: str | Path) -> None:
        self.db = db
        self.idle: queue.SimpleQueue[Collection] = queue.SimpleQueue()

    def take(self) -> Collection:
        try:
            return self.idle.get_nowait()
        except queue.Empty:
            return Collection(self.db)

    def give_back(self, collection: Collection) -> None:
        self.idle.put(collection)


class _Memo:
    """Timelines and rendered responses as last made, keyed by the story's version (_version) and what was asked.

    Reading a large story's timeline decodes thousands of entries, ranks its
    dates and renders hundreds of citations, and readers ask for the same few
    stories over and over. Nothing kept is ever stale, since a changed story
    has another version. Least recently used items go first.
    """

    def __init__(self, size: int = MEMO_SIZE) -> None:
        self.size = size
        self.items: OrderedDict[tuple, Any] = OrderedDict()
        self.lock = threading.Lock()

    def get(self, key: tuple, make: Callable[[], Any]) -> Any:
        with self.lock:
            if key in self.items:
                self.items.move_to_end(key)
                return self.items[key]
        value = make()
        with self.lock:
            self.items[key] = value
            while len(self.items) > self.size:
                self.items.popitem(last=False)
        return value


def _version(story: Story) -> tuple[str, int]:
    """What a kept timeline or page of a story depends on: a story that grows has a new size,
    a merged one a new id."""
    return story.id, len(story.article_ids)


class _SecurityHeaders:
    """ASGI middleware adding SECURITY_HEADERS to every response (lighter than an HTTP middleware)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                message["headers"] = [*message.get("headers", []), *_HEADER_PAIRS]
            await send(message)

        await self.app(scope, receive, send_with_headers if scope["type"] == "http" else send)


def _collection(request: Request) -> Iterator[Collection]:
    pool: _Pool = request.app.state.collections
    collection = pool.take()
    try:
        yield collection
    finally:
        pool.give_back(collection)


Open = Annotated[Collection, Depends(_collection)]


def create_app(db: str | Path, write_token: str | None = None) -> FastAPI:
    """The app serving the collection in ``db``; writes need ``write_token`` (none: read-only)."""
    # No /docs or /redoc: their pages load scripts from a CDN. The schema is at /openapi.json.
    app = FastAPI(title="storyline", summary="Stories and dated, sourced timelines from news articles",
                  docs_url=None, redoc_url=None)
    templates = Jinja2Templates(directory=HERE / "templates")
    templates.env.filters["web_url"] = web_url
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    app.state.collections = _Pool(db)
    memo = _Memo()
    app.add_middleware(_SecurityHeaders)

    def cached_timeline(collection: Collection, story: Story, budget: Budget) -> list[TimelineEntry]:
        return memo.get(("entries", *_version(story), astuple(budget)),
                        lambda: collection.timeline(story.id, budget=budget))

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

    @app.get("/api/stories", response_model=list[schema.StorySummary])
    def list_stories(
        collection: Open,
        q: str | None = None,
        start: dt.date | None = None,
        end: dt.date | None = None,
        language: str | None = None,
        outlet: str | None = None,
        limit: Annotated[int, Query(ge=1, le=1000)] = 100,
        offset: Annotated[int, Query(ge=0)] = 0,
    ) -> list[schema.StorySummary]:
        """Stories, largest first, filtered by words, date range, language and outlet."""
        found = collection.find_stories(q, start, end, language, outlet)
        return [schema.story_summary(s) for s in found[offset : offset + limit]]

    @app.get("/api/stories/{story_id}", response_model=schema.StoryDetail)
    def get_story(collection: Open, story_id: str) -> schema.StoryDetail:
        story = found_story(collection, story_id)
        return schema.story_detail(story, collection.articles(story.article_ids, sentences=False))

    @app.get("/api/stories/{story_id}/timeline", response_model=None)
    def get_timeline(
        collection: Open,
        story_id: str,
        dates: Annotated[int | None, Query(ge=1)] = None,
        per_date: Annotated[int | None, Query(ge=1)] = None,
        start: dt.date | None = None,
        end: dt.date | None = None,
        format: Annotated[str, Query(pattern="^(json|timelinejs|md)$")] = "json",
    ):  # type: ignore[no-untyped-def]
        """The story's timeline, cut as the CLI's --dates/--per-date/--from/--to cut it, as JSON,
        TimelineJS JSON or Markdown."""
        story = found_story(collection, story_id)
        budget = Budget(dates=dates, per_date=per_date, start=start, end=end)

        def render() -> tuple[bytes, str]:
            entries = cached_timeline(collection, story, budget)
            if format == "json":
                return schema.timeline_out(story, entries).model_dump_json().encode(), "application/json"
            cited = {c.article_id for e in entries for c in e.citations}
            articles = {a.id: a for a in collection.articles(cited, sentences=False)}
            if format == "timelinejs":
                exported = timeline_timelinejs(story.title, entries, articles, link=lambda a: f"/articles/{a.id}")
                return json.dumps(exported, ensure_ascii=False).encode(), "application/json"
            return timeline_markdown(story.title, entries, articles).encode(), "text/markdown; charset=utf-8"

        body, media_type = memo.get(("timeline", *_version(story), astuple(budget), format), render)
        return Response(body, media_type=media_type)

    @app.get("/api/articles/{article_id}", response_model=schema.ArticleOut)
    def get_article(collection: Open, article_id: str, clutter: bool = False) -> schema.ArticleOut:
        """An article's cleaned text and sentences; the page clutter removed from it on request."""
        article = collection.article(article_id)
        if article is None:
            raise HTTPException(404, f"no article {article_id!r}")
        return schema.article_out(article, text_direction(article.language), with_clutter=clutter)

    @app.get("/api/sentences", response_model=list[schema.SentenceHit])
    def search_sentences(
        collection: Open, q: str, limit: Annotated[int, Query(ge=1, le=500)] = 50
    ) -> list[schema.SentenceHit]:
        """Sentences holding every word of ``q``, in collection order."""
        return [schema.SentenceHit(article=a, sentence=i, text=t) for a, i, t in collection.search_sentences(q, limit)]

    @app.post("/api/documents", response_model=schema.AddReport, dependencies=[Depends(require_writer)])
    def add_documents(collection: Open, documents: list[NewDocument]) -> schema.AddReport:
        """Add documents (a feed's batch): they are analysed and placed in stories before this returns."""
        report = collection.add([_document(d, n) for n, d in enumerate(documents)])
        return schema.AddReport(added=report.added, duplicates=report.duplicates,
                                problems=[str(p) for p in report.problems], stories_updated=report.stories_updated)

    @app.get("/", response_class=HTMLResponse)
    def story_list(
        request: Request, collection: Open, q: str = "", language: str = "", outlet: str = "",
        start: str = "", end: str = "",
    ) -> HTMLResponse:
        found = collection.find_stories(q or None, _day(start), _day(end), language or None, outlet or None)
        return templates.TemplateResponse(request, "stories.html", {
            "stories": found[:200], "count": len(found), "q": q, "language": language, "outlet": outlet,
            "start": start, "end": end,
        })

    @app.get("/stories/{story_id}", response_class=HTMLResponse)
    def story_page(
        collection: Open, story_id: str, show_all: Annotated[bool, Query(alias="all")] = False
    ) -> HTMLResponse:
        """The story and its timeline: all of it when short (or asked for), else its most reported dates."""
        story = found_story(collection, story_id)

        def render() -> str:
            entries = cached_timeline(collection, story, Budget())
            short = show_all or len(entries) <= PAGE_ENTRIES
            shown = entries if short else cached_timeline(collection, story, PAGE_BUDGET)
            cited = [[{"article": c.article_id, "sentence": c.sentence_index, "language": c.language}
                      for c in entry.citations] for entry in shown]
            # One language tag per cited article, not per sentence.
            sources = [list(dict.fromkeys((c.article_id, c.language) for c in entry.citations)) for entry in shown]
            return templates.get_template("story.html").render(
                story=story, entries=shown, entries_json=cited, sources=sources, total=len(entries))

        return HTMLResponse(memo.get(("page", *_version(story), show_all), render))

    @app.get("/articles/{article_id}", response_class=HTMLResponse)
    def article_page(request: Request, collection: Open, article_id: str) -> HTMLResponse:
        article = collection.article(article_id)
        if article is None:
            raise HTTPException(404, f"no article {article_id!r}")
        return templates.TemplateResponse(request, "article.html", {
            "article": article, "published": published_line(article), "dir": text_direction(article.language),
        })

    return app


def web_url(url: str | None) -> str | None:
    """The URL if it is an http(s) address; a page must never link a ``javascript:`` one from an article."""
    return url if url and urlsplit(url).scheme in ("http", "https") else None


def text_direction(language: str | None) -> str:
    """``rtl`` for right-to-left languages, else ``ltr``."""
    return "rtl" if language in RIGHT_TO_LEFT else "ltr"


def _day(text: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(text) if text else None
    except ValueError:
        raise HTTPException(422, f"{text!r} is not a date: write it as YYYY-MM-DD") from None


def _document(posted: NewDocument, position: int) -> Document:
    try:
        published = PartialDate.parse(posted.published) if posted.published else None
    except ValueError as error:
        raise HTTPException(422, f"document {position}: {error}") from None
    return Document(
        source_path=posted.url or f"api:document-{position}",
        text=posted.text,
        title=posted.title,
        url=posted.url,
        outlet=posted.outlet,
        language=posted.language,
        published=published,
        published_source=DateSource.METADATA if published else None,
    )
