"""The HTTP API and pages, against a collection built from the Mosul seeds."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

from fastapi.testclient import TestClient

from storyline import Collection
from storyline.web import create_app


def test_stories_are_listed_and_filtered(client: TestClient, mosul: str) -> None:
    assert [s["id"] for s in client.get("/api/stories", params={"q": "minaret"}).json()] == [mosul]
    assert [s["id"] for s in client.get("/api/stories", params={"language": "da"}).json()] == [mosul]
    assert client.get("/api/stories", params={"language": "fr"}).json() == []
    assert client.get("/api/stories", params={"q": "Benghazi"}).json() == []
    assert client.get("/api/stories", params={"start": "2017-06-01", "end": "2017-06-30"}).json()
    assert client.get("/api/stories", params={"end": "2010-12-31"}).json() == []
    story = client.get(f"/api/stories/{mosul}").json()
    assert story["articles"] == 4 and set(story["languages"]) == {"en", "da"} and len(story["members"]) == 4
    assert client.get("/api/stories/nosuchstory").status_code == 404


def test_a_timeline_keeps_each_date_at_its_precision_and_cites_both_languages(client: TestClient, mosul: str) -> None:
    entries = client.get(f"/api/stories/{mosul}/timeline").json()["entries"]
    (offensive,) = [e for e in entries if e["date"]["value"] == "2016-10-17"]
    assert offensive["date"]["label"] == "17 October 2016"
    assert {c["language"] for c in offensive["citations"]} == {"en", "da"}
    months = [e for e in entries if e["date"]["precision"] == "month"]
    assert months and all(len(e["date"]["value"]) >= 7 and e["date"]["label"][0].isalpha() for e in months)
    cut = client.get(f"/api/stories/{mosul}/timeline", params={"dates": 2, "per_date": 1}).json()["entries"]
    assert len(cut) == len({e["date"]["value"] for e in cut}) == 2  # two dates, one entry each


def test_timelinejs_export_gives_date_parts_only_to_their_precision(client: TestClient, mosul: str) -> None:
    exported = client.get(f"/api/stories/{mosul}/timeline", params={"format": "timelinejs"}).json()
    events = exported["events"]
    day = next(e for e in events if e["start_date"].get("day") == 17 and e["start_date"].get("month") == 10)
    assert "display_date" not in day["start_date"]
    assert day["media"]["url"].startswith("/articles/") and day["text"]["headline"]
    month = next(e for e in events if "month" in e["start_date"] and "day" not in e["start_date"])
    assert month["start_date"]["display_date"][0].isalpha()  # "July 2014", not a 1st of the month
    markdown = client.get(f"/api/stories/{mosul}/timeline", params={"format": "md"}).text
    assert "## 17 October 2016" in markdown


def test_an_article_gives_its_sentences_and_its_clutter_on_request(client: TestClient) -> None:
    hits = client.get("/api/sentences", params={"q": "begyndte oktober"}).json()
    assert [h["text"] for h in hits] == ["Offensiven, der har til formål at tilbageerobre Mosul, begyndte 17. oktober."]
    article = client.get(f"/api/articles/{hits[0]['article']}").json()
    assert article["language"] == "da" and article["direction"] == "ltr" and article["clutter"] is None
    sentence = article["sentences"][hits[0]["sentence"]]
    assert article["text"][sentence["start"] : sentence["end"]] == sentence["text"]
    assert client.get("/api/articles/nosucharticle").status_code == 404


def test_removed_clutter_is_given_on_request(client: TestClient, mosul: str) -> None:
    members = client.get(f"/api/stories/{mosul}").json()["members"]
    articles = [client.get(f"/api/articles/{m['id']}", params={"clutter": "true"}).json() for m in members]
    cluttered = [a for a in articles if a["clutter"]]
    assert cluttered
    for article in cluttered:
        assert not any(line.strip() and line.strip() in article["text"] for line in article["clutter"])


def test_the_schema_and_pages_load_nothing_from_elsewhere(client: TestClient, mosul: str) -> None:
    assert "/api/stories/{story_id}/timeline" in client.get("/openapi.json").json()["paths"]
    for path in ("/", f"/stories/{mosul}"):
        page = client.get(path)
        policy = page.headers["content-security-policy"]
        assert page.status_code == 200 and "default-src 'self'" in policy
        assert "frame-ancestors 'none'" in policy and page.headers["x-frame-options"] == "DENY"  # no clickjacking
        assert "http://" not in page.text and "https://" not in page.text
    assert 'id="map"' in client.get(f"/stories/{mosul}").text


def test_a_read_only_server_refuses_writes_and_changes_nothing(tmp_path: Path, seeds_db: Path) -> None:
    db = tmp_path / "copy.db"
    shutil.copy(seeds_db, db)
    posted = [{"text": "Iraqi forces said on Monday they had cleared the last district of Mosul's old city.",
               "published": "2017-07-10"}]
    read_only = TestClient(create_app(db))
    assert read_only.post("/api/documents", json=posted).status_code == 403
    writable = TestClient(create_app(db, write_token="s3cret"))
    assert writable.post("/api/documents", json=posted).status_code == 401
    assert writable.post("/api/documents", json=posted, headers={"Authorization": "Bearer wrong"}).status_code == 401
    with Collection(db) as collection:
        assert len(collection.articles()) == 4
    added = writable.post("/api/documents", json=posted, headers={"Authorization": "Bearer s3cret"})
    assert added.status_code == 200 and added.json()["added"] == 1
    with Collection(db) as collection:
        assert len(collection.articles()) == 5


def test_untrusted_titles_and_text_are_escaped(tmp_path: Path) -> None:
    hostile = "<script>alert('title')</script> Flooding in <b>Dhaka</b>"
    body = ("Heavy rain flooded large parts of Dhaka on Tuesday, officials said. <img src=x onerror=alert(1)> "
            "Rescue teams reached the worst hit districts by boat <script>alert('body')</script> on Wednesday.")
    client = TestClient(create_app(tmp_path / "hostile.db", write_token="t"))
    document = {"text": body, "title": hostile, "url": "javascript:alert(1)", "published": "2020-07-14"}
    assert client.post("/api/documents", json=[document], headers={"Authorization": "Bearer t"}).status_code == 200
    (story,) = client.get("/api/stories").json()
    article_id = client.get(f"/api/stories/{story['id']}").json()["members"][0]["id"]
    for path in ("/", f"/stories/{story['id']}", f"/articles/{article_id}", f"/api/stories/{story['id']}/timeline?format=timelinejs"):
        page = client.get(path).text
        assert "<script>alert" not in page and "<img src=x" not in page and "<b>Dhaka" not in page, path
        assert "javascript:alert" not in page, path
    assert "&lt;script&gt;alert(" in client.get("/").text


def test_a_right_to_left_article_is_shown_right_to_left(tmp_path: Path) -> None:
    client = TestClient(create_app(tmp_path / "arabic.db", write_token="t"))
    arabic = ("أعلن رئيس الوزراء العراقي حيدر العبادي يوم الخميس استعادة جامع النوري في الموصل. "
              "وقال إن القوات العراقية ستواصل القتال حتى تحرير المدينة بالكامل.")
    document = {"text": arabic, "title": "استعادة جامع النوري", "published": "2017-06-29"}
    assert client.post("/api/documents", json=[document], headers={"Authorization": "Bearer t"}).status_code == 200
    (story,) = client.get("/api/stories").json()
    article_id = client.get(f"/api/stories/{story['id']}").json()["members"][0]["id"]
    article = client.get(f"/api/articles/{article_id}").json()
    assert article["language"] == "ar" and article["direction"] == "rtl"
    assert 'dir="rtl"' in client.get(f"/articles/{article_id}").text
    assert 'dir="auto"' in client.get(f"/stories/{story['id']}").text


def test_concurrent_readers_are_all_served(client: TestClient, mosul: str) -> None:
    """Requests run in worker threads; each gets a connection of its own from the pool."""
    from concurrent.futures import ThreadPoolExecutor

    paths = [f"/stories/{mosul}", f"/api/stories/{mosul}/timeline?dates=5", "/api/stories", "/"] * 15
    with ThreadPoolExecutor(20) as pool:
        statuses = list(pool.map(lambda path: client.get(path).status_code, paths))
    assert statuses == [200] * len(paths)


def test_a_grown_story_is_never_served_its_old_timeline(tmp_path: Path, seeds: Path) -> None:
    from storyline.read import read_paths

    mosul = list(read_paths([seeds]))
    with Collection(tmp_path / "grow.db") as collection:
        collection.add(mosul[:3])
    client = TestClient(create_app(tmp_path / "grow.db", write_token="t"))
    (story,) = client.get("/api/stories").json()
    before = client.get(f"/api/stories/{story['id']}/timeline").json()["entries"]
    last = mosul[3]
    posted = {"text": last.text, "title": last.title, "published": last.published.value if last.published else None}
    assert client.post("/api/documents", json=[posted], headers={"Authorization": "Bearer t"}).json()["added"] == 1
    after = client.get(f"/api/stories/{story['id']}/timeline").json()["entries"]
    def cited(entries: list[dict]) -> set[str]:
        return {c["article"] for e in entries for c in e["citations"]}

    assert len(cited(after)) == len(cited(before)) + 1


def test_the_page_charts_each_category_of_figures_but_other(client: TestClient, mosul: str) -> None:
    page = client.get(f"/stories/{mosul}").text
    charts = json.loads(re.search(r'<script type="application/json" id="figures-data">(.*?)</script>', page, re.S)[1])
    categories = [chart["category"] for chart in charts]
    assert "displaced" in categories and "other" not in categories
    listed = client.get(f"/api/stories/{mosul}/figures").json()
    assert "other" in {figure["category"] for figure in listed}  # the list keeps them
