"""The web app against clients that mean harm or make mistakes: every answer a 4xx with a reason, never a 500,
nothing written by a read-only server, nothing unbounded kept or accepted."""

from __future__ import annotations

import asyncio
import datetime as dt
import gc
import hashlib
import html
import json
import shutil
import threading
import time
import weakref
from collections.abc import Callable
from contextlib import AbstractContextManager
from pathlib import Path

import httpx
import pytest
from fastapi.testclient import TestClient
from markdown_it import MarkdownIt

from storyline import Budget, Collection, StoreError
from storyline.render import markdown_text
from storyline.web import create_app
from storyline.web.guards import BodyLimit
from storyline.web.limits import (
    MAX_DATES,
    MAX_DOCUMENTS,
    MAX_FILTER_CHARS,
    MAX_ID_CHARS,
    MAX_OFFSET,
    MAX_PER_DATE,
    MAX_QUERY_CHARS,
    MAX_STORIES,
    Limits,
)
from storyline.web.memo import Memo

TOKEN = "s3cret"
WRITER = {"Authorization": f"Bearer {TOKEN}"}


@pytest.fixture(scope="module")
def articles(client: TestClient, mosul: str) -> list[str]:
    return [m["id"] for m in client.get(f"/api/stories/{mosul}").json()["members"]]


def _copy(seeds_db: Path, folder: Path) -> Path:
    db = folder / "copy.db"
    shutil.copy(seeds_db, db)
    return db


@pytest.fixture(scope="module")
def writer(seeds_db: Path, tmp_path_factory: pytest.TempPathFactory) -> TestClient:
    """A writable app over its own copy of the seeds (the tests using it add nothing)."""
    return TestClient(create_app(_copy(seeds_db, tmp_path_factory.mktemp("writer")), write_token=TOKEN))


def _post(client: TestClient, documents: object) -> httpx.Response:
    return client.post("/api/documents", content=json.dumps(documents), headers={**WRITER, "Content-Type": "application/json"})


# 13. Ids are text, matched exactly or as a unique prefix, never as a LIKE pattern.


def test_story_ids_are_never_patterns_and_a_unique_prefix_resolves(client: TestClient, mosul: str) -> None:
    for wrong in ("%25", "_", "%25%25", "_" * len(mosul), mosul.upper(), f"{mosul}x"):
        for path in (f"/api/stories/{wrong}", f"/api/stories/{wrong}/timeline", f"/stories/{wrong}"):
            assert client.get(path).status_code == 404, path
    assert client.get(f"/api/stories/{mosul[:4]}").json()["id"] == mosul
    assert client.get(f"/stories/{mosul[:4]}").status_code == 200


def test_article_ids_are_never_patterns_and_a_unique_prefix_resolves(client: TestClient, articles: list[str]) -> None:
    lettered = next(a for a in articles if a.upper() != a)
    for wrong in ("%25", "_", "_" * len(lettered), lettered.upper(), f"{lettered}x"):
        for path in (f"/api/articles/{wrong}", f"/articles/{wrong}"):
            assert client.get(path).status_code == 404, path
    prefix = next(lettered[:n] for n in range(1, len(lettered)) if sum(a.startswith(lettered[:n]) for a in articles) == 1)
    assert client.get(f"/api/articles/{prefix}").json()["id"] == lettered


# 14. HEAD wherever GET.


def test_head_is_answered_wherever_get_is_with_its_headers_and_no_body(
    client: TestClient, mosul: str, articles: list[str]
) -> None:
    paths = ["/", f"/stories/{mosul}", "/api/stories", f"/api/stories/{mosul}", f"/api/stories/{mosul}/timeline",
             f"/api/stories/{mosul}/timeline?format=md", f"/api/articles/{articles[0]}", f"/articles/{articles[0]}",
             "/static/style.css", "/openapi.json", "/api/stories/nosuchstory"]
    for path in paths:
        got, head = client.get(path), client.head(path)
        assert head.status_code == got.status_code and head.content == b"", path
        for name in ("content-type", "content-length", "content-security-policy"):
            assert head.headers.get(name) == got.headers.get(name), (path, name)


# 15. The Markdown export shows article text as text; posted languages are language codes.


@pytest.mark.parametrize("text", [
    "<script>alert(2)</script>", "<img src=x onerror=alert(1)>", "[click](javascript:alert(1))",
    "![x](javascript:alert(1))", "<javascript:alert(1)>", "[a]: javascript:alert(1)", "# Not a heading",
    "- not a list", "+ nor this", "1. nor this", "2017) nor this", "=== not an underline", "> not a quote",
    "&lt;b&gt; and &#60;b&#62; and &#x3C;", "AT&T a_b *c* **d** `e` ~~f~~", "\\<b>", "one\n\n# two\n- three",
    "    not code", "```not a fence", "al-Nuri, 17. oktober",
])
def test_markdown_text_renders_as_the_text_itself(text: str) -> None:
    rendered = MarkdownIt("commonmark").render(markdown_text(text))  # commonmark passes raw HTML through
    as_text = html.escape(" ".join(text.split()), quote=False).replace('"', "&quot;")  # as markdown-it escapes text
    assert rendered == f"<p>{as_text}</p>\n"


def test_the_markdown_export_keeps_posted_html_and_links_inert(tmp_path: Path) -> None:
    client = TestClient(create_app(tmp_path / "hostile.db", write_token=TOKEN))
    document = {
        "text": ("# Heavy rain flooded large parts of Dhaka on Tuesday, officials said <script>alert(2)</script>.\n"
                 "- Rescue teams reached the worst hit districts by boat on Wednesday [help](javascript:alert(3))."),
        "title": "# Floods [in](javascript:alert(4)) <b>Dhaka</b>",
        "outlet": "<img src=x onerror=alert(1)>",
        "url": "http://[::1",  # not even a URL: pages must still render
        "language": "en",
        "published": "2020-07-14",
    }
    assert _post(client, [document]).status_code == 200
    (story,) = client.get("/api/stories").json()
    markdown = client.get(f"/api/stories/{story['id']}/timeline", params={"format": "md"}).text
    assert "alert(2)" in markdown and "onerror" in markdown  # the hostile text is there, as text
    rendered = MarkdownIt("commonmark").render(markdown)
    assert "<script" not in rendered and "<img" not in rendered and "<b>" not in rendered and "href" not in rendered
    entries = client.get(f"/api/stories/{story['id']}/timeline").json()["entries"]
    assert rendered.count("<h1>") == 1 and rendered.count("<h2>") == len(entries) > 0
    assert rendered.count("<li>") == sum(len(e["citations"]) for e in entries)
    article = client.get(f"/api/stories/{story['id']}").json()["members"][0]["id"]
    assert client.get(f"/articles/{article}").status_code == 200


@pytest.mark.parametrize("language", ["<script>", "english", "EN", "e", "en_GB", "en-", "x" * 40])
def test_a_posted_language_must_be_a_language_code(writer: TestClient, language: str) -> None:
    refused = _post(writer, [{"text": "Flooding in Dhaka.", "language": language}])
    assert refused.status_code == 422
    assert refused.json()["detail"][0]["loc"] == ["body", 0, "language"]


# 16. A read-only server never writes its database; see also the real server below.


def test_a_read_only_app_needs_an_existing_collection(tmp_path: Path) -> None:
    with pytest.raises(StoreError):
        create_app(tmp_path / "missing.db")
    assert not (tmp_path / "missing.db").exists()


# 17. Bounded parameters, a bounded cache, and budgets cut from the timeline kept once.


@pytest.mark.parametrize("path, param, value", [
    ("/api/stories/{mosul}/timeline", "dates", MAX_DATES + 1),
    ("/api/stories/{mosul}/timeline", "dates", 0),
    ("/api/stories/{mosul}/timeline", "dates", -1),
    ("/api/stories/{mosul}/timeline", "dates", 10**40),
    ("/api/stories/{mosul}/timeline", "dates", "1.5"),
    ("/api/stories/{mosul}/timeline", "dates", "NaN"),
    ("/api/stories/{mosul}/timeline", "per_date", MAX_PER_DATE + 1),
    ("/api/stories/{mosul}/timeline", "start", "2017-02-30"),
    ("/api/stories/{mosul}/timeline", "end", "99999-01-01"),
    ("/api/stories/{mosul}/timeline", "format", "xml"),
    ("/api/stories", "limit", MAX_STORIES + 1),
    ("/api/stories", "offset", -1),
    ("/api/stories", "offset", MAX_OFFSET + 1),
    ("/api/stories", "q", "x" * (MAX_QUERY_CHARS + 1)),
    ("/api/stories", "language", "x" * (MAX_FILTER_CHARS + 1)),
    ("/api/stories", "start", "yesterday"),
    ("/api/sentences", "q", "x" * (MAX_QUERY_CHARS + 1)),
    ("/api/sentences", "limit", 0),
    ("/", "q", "x" * (MAX_QUERY_CHARS + 1)),
    ("/", "start", "2017-13-01"),
    ("/stories/{mosul}", "all", "maybe"),
    ("/api/articles/{article}", "clutter", "maybe"),
])
def test_a_parameter_beyond_its_bounds_is_a_422_naming_it(
    client: TestClient, mosul: str, articles: list[str], path: str, param: str, value: object
) -> None:
    answer = client.get(path.format(mosul=mosul, article=articles[0]), params={param: value})
    assert answer.status_code == 422
    assert param in answer.text or str(value) in answer.text  # the loc names it, or the message quotes it


def test_an_id_longer_than_any_id_is_a_422(client: TestClient) -> None:
    for path in ("/api/stories/", "/stories/", "/api/articles/", "/articles/"):
        assert client.get(path + "a" * (MAX_ID_CHARS + 1)).status_code == 422, path


def test_parameters_at_their_bounds_are_served(client: TestClient, mosul: str) -> None:
    assert client.get(f"/api/stories/{mosul}/timeline", params={"dates": MAX_DATES, "per_date": MAX_PER_DATE}).is_success
    assert client.get("/api/stories", params={"limit": MAX_STORIES, "offset": MAX_OFFSET}).json() == []
    assert client.get("/api/stories", params={"q": "Mosul " * (MAX_QUERY_CHARS // 6)}).json()


def test_a_budget_is_cut_as_the_python_api_cuts_it(client: TestClient, seeds_db: Path, mosul: str) -> None:
    budgets = [Budget(dates=2, per_date=1), Budget(dates=5), Budget(per_date=3), Budget(start=dt.date(2017, 1, 1)),
               Budget(dates=3, per_date=2, end=dt.date(2017, 6, 30))]
    with Collection(seeds_db, read_only=True) as collection:
        for budget in budgets:
            params = {k: str(v) for k, v in vars(budget).items() if v is not None and k != "coarsest"}
            served = client.get(f"/api/stories/{mosul}/timeline", params=params).json()["entries"]
            expected = collection.timeline(mosul, budget=budget)
            assert [(e["date"]["value"], e["text"]) for e in served] == [(e.date.value, e.text) for e in expected], budget


def test_distinct_budgets_never_grow_the_cache_past_its_bounds(seeds_db: Path, mosul: str) -> None:
    for limits in (Limits(cache_entries=8), Limits(cache_bytes=60_000)):
        app = create_app(seeds_db, limits=limits)
        client = TestClient(app)
        for dates in range(1, 31):
            for per_date in (1, 2):
                assert client.get(f"/api/stories/{mosul}/timeline", params={"dates": dates, "per_date": per_date}).is_success
                for memo in (app.state.memo, app.state.responses):
                    assert len(memo) <= limits.cache_entries and memo.bytes <= limits.cache_bytes
        assert len(app.state.responses) > 1  # it still keeps what fits


def test_the_memo_makes_a_missing_value_once_for_concurrent_askers_and_skips_one_too_large() -> None:
    memo = Memo(max_entries=4, max_bytes=100)
    made: list[int] = []

    def make() -> bytes:
        made.append(1)
        time.sleep(0.2)
        return b"x" * 10

    threads = [threading.Thread(target=memo.get, args=("key", make, len)) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(made) == 1 and len(memo) == 1
    assert memo.get("big", lambda: b"x" * 1000, len) == b"x" * 1000 and "big" not in memo.items
    with pytest.raises(ZeroDivisionError):
        memo.get("fails", lambda: 1 // 0, len)
    assert not memo.making and memo.bytes == 10


def test_a_timeline_the_memo_drops_is_freed_though_the_collector_no_longer_sees_it(seeds_db: Path, mosul: str) -> None:
    memo = Memo(max_entries=1, max_bytes=10**9)
    with Collection(seeds_db, read_only=True) as collection:
        ranked = memo.get("mosul", lambda: collection.ranked_timeline(mosul), lambda _: 1)
    assert ranked is not None and ranked.cut(Budget(dates=3))
    entry = weakref.ref(ranked.entries[0])
    frozen = gc.get_freeze_count()
    assert frozen > 0  # the pause ended by freezing what it made
    del ranked
    memo.get("other", lambda: b"x", len)  # evicts the timeline
    assert entry() is None


# 18. Request bodies, batches and writes are bounded.


def test_a_body_over_the_limit_is_refused_before_it_is_parsed_or_authorised(seeds_db: Path, tmp_path: Path) -> None:
    client = TestClient(create_app(_copy(seeds_db, tmp_path), write_token=TOKEN, limits=Limits(body_bytes=10_000)))
    big = b"x" * 20_000  # not even JSON: a 422 would mean it was parsed
    declared = client.post("/api/documents", content=big, headers={**WRITER, "Content-Type": "application/json"})
    assert declared.status_code == 413 and "limit" in declared.json()["detail"]
    assert "frame-ancestors" in declared.headers["content-security-policy"]
    chunked = client.post("/api/documents", content=iter([big[:6_000], big[6_000:]]), headers=WRITER)
    assert chunked.status_code == 413
    assert client.post("/api/documents", content=big).status_code == 413  # no token: still refused unread
    assert client.post("/api/documents", content=b"[{", headers=WRITER).status_code == 422  # within it: parsed


def test_a_content_length_that_is_no_size_is_a_400_before_the_app() -> None:
    """uvicorn refuses one itself; the guard does not count on it."""
    sent: list[dict] = []

    async def app(scope: dict, receive: object, send: object) -> None:
        raise AssertionError("the app was reached")

    async def receive() -> dict:
        return {"type": "http.request", "body": b"", "more_body": False}

    async def send(message: dict) -> None:
        sent.append(message)

    scope = {"type": "http", "method": "POST", "headers": [(b"content-length", b"12abc")]}
    asyncio.run(BodyLimit(app, limit=100)(scope, receive, send))
    assert sent[0]["status"] == 400 and b"Content-Length" in sent[1]["body"]


def test_a_batch_of_too_many_documents_is_refused(writer: TestClient) -> None:
    refused = _post(writer, [{"text": "Flooding in Dhaka."}] * (MAX_DOCUMENTS + 1))
    assert refused.status_code == 422 and refused.json()["detail"][0]["loc"] == ["body"]


def test_a_write_gives_up_with_503_while_another_build_holds_the_collection(seeds_db: Path, tmp_path: Path) -> None:
    db = _copy(seeds_db, tmp_path)
    client = TestClient(create_app(db, write_token=TOKEN, limits=Limits(write_wait_seconds=0.3)))
    with Collection(db) as other, other.store.writer():
        began = time.monotonic()
        busy = _post(client, [{"text": "Iraqi forces cleared the old city of Mosul on Monday.", "published": "2017-07-10"}])
        waited = time.monotonic() - began
    assert busy.status_code == 503 and busy.headers["retry-after"] == "1" and "try again" in busy.json()["detail"]
    assert waited < 5
    with Collection(db, read_only=True) as collection:
        assert len(collection.articles()) == 4


# 19. Text no encoding can write.


@pytest.mark.parametrize("field", ["text", "title", "outlet", "url", "published"])
def test_a_lone_surrogate_is_a_422_naming_its_field(writer: TestClient, field: str) -> None:
    document = {"text": "Flooding in Dhaka.", field: "\ud800 Dhaka"}
    refused = _post(writer, [document])  # json.dumps writes it as the escape \ud800
    assert refused.status_code == 422
    (error,) = refused.json()["detail"]
    assert error["loc"] == ["body", 0, field] and "surrogate" in error["msg"]


# Bad input of every kind: a 4xx with a reason.


@pytest.mark.parametrize("body", [
    "", "{", "[{", "nul", "[1, 2]", '{"text": "x"}', "[null]", '[{"text": 5}]', '[{"text": ["a"]}]',
    '[{"title": "no text"}]', '[{"text": "x", "published": "2017-02-30"}]', '[{"text": "x", "published": 2017}]',
    '[{"text": "x", "published": "0000"}]', '[{"text": "x", "published": "2017-W99"}]',
    '[{"text": "x", "url": "' + "u" * 3000 + '"}]', '[{"text": 1e999}]', "[" * 10_000, '"\\ud800"',
    '[{"text": "x", "title": "' + "t" * 1001 + '"}]', "\xff\xfe", '[{"text": "x"}]\x00',
])
def test_a_malformed_or_mistyped_body_is_a_4xx_with_a_reason(writer: TestClient, body: str) -> None:
    answer = writer.post("/api/documents", content=body.encode("utf-8", "surrogatepass"),
                         headers={**WRITER, "Content-Type": "application/json"})
    assert 400 <= answer.status_code < 500 and answer.json()["detail"]


@pytest.mark.parametrize("path", [
    "/api/stories/%00", "/api/stories/%ED%A0%80", "/api/stories/%FF", "/api/stories/ü", "/stories/%F0%9F%92%A5",
    "/articles/..%2F..%2Fetc%2Fpasswd", "/api/articles/%20", "/api/sentences", "/api/sentences?q=%00",
    "/api/stories?q=%25", "/api/stories?q=%ED%A0%80", "/api/stories?language=%00", "/?start=%00",
    "/api/stories/x/timeline?dates=%00", "/static/..%2F..%2Fapp.py", "/nosuchpage",
])
def test_odd_paths_and_queries_are_answered_without_a_500(client: TestClient, path: str) -> None:
    answer = client.get(path)
    assert answer.status_code == 200 or (400 <= answer.status_code < 500 and answer.json()["detail"]), path


# 20, and what only a real server shows: `storyline serve` in its own process.


def _fingerprint(db: Path) -> tuple[str, int, int, int]:
    """The file's bytes, size and time, and the size of its write-ahead log (where SQLite writes first)."""
    stat, log = db.stat(), db.with_name(f"{db.name}-wal")
    return hashlib.sha256(db.read_bytes()).hexdigest(), stat.st_size, stat.st_mtime_ns, log.stat().st_size if log.exists() else 0


def test_a_read_only_server_leaves_its_database_byte_for_byte_as_it_was(
    seeds_db: Path, tmp_path: Path, serving: Callable[..., AbstractContextManager[str]]
) -> None:
    db = _copy(seeds_db, tmp_path)
    before = _fingerprint(db)
    with serving(db) as base, httpx.Client(base_url=base, timeout=60) as http:
        (story,) = http.get("/api/stories").json()
        members = [m["id"] for m in http.get(f"/api/stories/{story['id']}").json()["members"]]
        paths = ["/", f"/stories/{story['id']}", f"/stories/{story['id']}?all=true", "/api/sentences?q=Mosul",
                 *(f"/api/stories/{story['id']}/timeline?format={f}" for f in ("json", "timelinejs", "md")),
                 f"/api/stories/{story['id']}/timeline?dates=3&per_date=1",
                 *(f"/articles/{a}" for a in members), *(f"/api/articles/{a}?clutter=true" for a in members)]
        for path in paths:
            assert http.get(path).status_code == 200, path
        assert http.post("/api/documents", json=[{"text": "x"}]).status_code == 403
        assert http.get(f"/api/stories/{story['id']}/timeline").json()["entries"]  # merged in memory
        assert _fingerprint(db) == before
    assert _fingerprint(db) == before  # nothing written on the way out either


def test_a_real_server_answers_head_refuses_big_bodies_and_survives_bad_text(
    seeds_db: Path, tmp_path: Path, serving: Callable[..., AbstractContextManager[str]]
) -> None:
    with (serving(_copy(seeds_db, tmp_path), token=TOKEN) as base,
          httpx.Client(base_url=base, timeout=60, headers=WRITER) as http):
        got, head = http.get("/api/stories"), http.head("/api/stories")
        assert head.status_code == 200 and head.content == b""
        assert head.headers["content-length"] == got.headers["content-length"]
        assert "frame-ancestors 'none'" in head.headers["content-security-policy"]
        surrogate = http.post("/api/documents", content=b'[{"text": "\\ud800"}]', headers={"Content-Type": "application/json"})
        assert surrogate.status_code == 422 and surrogate.json()["detail"][0]["loc"] == ["body", 0, "text"]
        assert http.get("/api/stories").status_code == 200  # the same connection still works
        began = time.monotonic()
        chunks = (b"x" * 100_000 for _ in range(30))  # 3 MB, chunked: no Content-Length to refuse it by
        assert http.post("/api/documents", content=chunks).status_code == 413
        assert http.post("/api/documents", content=b"x" * 3_000_000).status_code == 413
        assert time.monotonic() - began < 10
        assert http.get("/api/stories").status_code == 200
