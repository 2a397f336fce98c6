"""What the story page's HTML holds for its reader, on the Mosul seeds: where (places with coordinates for the
map), who (people and organisations with their aliases and counts), when (the chart's span), the names each entry
holds, and the background told apart; and the static files the page's scripts need."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from lxml import html

from storyline.web import app, create_app

MOSUL = (36.34, 43.13)  # latitude, longitude
STATIC = Path(app.__file__).parent / "static"


@pytest.fixture(scope="module")
def page(client: TestClient, mosul: str) -> html.HtmlElement:
    response = client.get(f"/stories/{mosul}")
    assert response.status_code == 200
    return html.fromstring(response.text)


@pytest.fixture(scope="module")
def timeline(client: TestClient, mosul: str) -> dict:
    return client.get(f"/api/stories/{mosul}/timeline").json()


@pytest.fixture(scope="module")
def entities(client: TestClient, mosul: str) -> list[dict]:
    return client.get(f"/api/stories/{mosul}/entities").json()


def choice(page: html.HtmlElement, name: str) -> html.HtmlElement:
    (button,) = page.xpath("//button[@data-entity][@data-name=$name]", name=name)
    return button


def test_mosul_is_a_place_to_choose_with_its_coordinates_for_the_map(page: html.HtmlElement, entities: list[dict]) -> None:
    assert page.get_element_by_id("map-canvas") is not None
    mosul = choice(page, "Mosul")
    assert mosul.xpath("ancestor::section[@id='map']") and mosul.get("aria-pressed") == "false"
    latitude, longitude = float(mosul.get("data-lat")), float(mosul.get("data-lon"))
    assert abs(latitude - MOSUL[0]) < 0.5 and abs(longitude - MOSUL[1]) < 0.5
    (known,) = [e for e in entities if e["name"] == "Mosul"]
    assert mosul.get("data-entity") == known["id"] and int(mosul.get("data-mentions")) == known["mentions"]
    assert f"{known['mentions']} mentions · {known['articles']} article" in mosul.text_content()


def test_the_people_panel_names_each_with_its_kind_aliases_and_counts(page: html.HtmlElement, entities: list[dict]) -> None:
    panel = page.get_element_by_id("people")
    people = [e for e in entities if e["kind"] == "person"]
    listed = panel.xpath(".//li[contains(@class, 'kind-person')]//button/@data-name")
    assert "Haider al-Abadi" in listed and listed == [e["name"] for e in people][: len(listed)]
    abadi = next(e for e in people if e["name"] == "Haider al-Abadi")
    (item,) = panel.xpath(".//li[.//button[@data-name='Haider al-Abadi']]")
    assert [tag.text for tag in item.xpath(".//*[@class='aliases']//*[@class='lang']")] == list(abadi["aliases"])
    assert all(form in item.text_content() for forms in abadi["aliases"].values() for form in forms)
    assert f"{abadi['mentions']} mention" in item.text_content()
    organisations = panel.xpath(".//li[contains(@class, 'kind-organisation')]//button/@data-name")
    assert organisations == [e["name"] for e in entities if e["kind"] == "organisation"][: len(organisations)]
    assert not set(listed) & set(organisations)


def test_each_entry_holds_the_names_its_sentences_name(page: html.HtmlElement, timeline: dict) -> None:
    entries = timeline["entries"]
    items = page.xpath("//ol[contains(@class, 'entries')]/li")
    assert len(items) == len(entries)
    for item in items:
        entry = entries[int(item.xpath(".//button/@data-entry")[0])]
        assert item.get("data-entities").split() == [e["id"] for e in entry["entities"]]
        chips = [chip.text for chip in item.xpath(".//*[contains(@class, 'chip ')]")]
        assert chips == [e["name"] for e in entry["entities"]][: len(chips)]
    naming_mosul = [i for i in items if "Mosul" in i.xpath(".//*[contains(@class, 'chip ')]/text()")]
    assert naming_mosul


def test_entries_dated_before_the_first_article_are_background_after_the_main_timeline(
    page: html.HtmlElement, timeline: dict
) -> None:
    first = timeline["story"]["first"]["value"]  # 2017-03: the Danish article
    main = page.get_element_by_id("timeline-main").xpath("./li")
    background = page.get_element_by_id("timeline-background").xpath("./li")
    assert main and background
    assert all(item.get("data-end") < first for item in background)
    assert all(item.get("data-end") >= first for item in main)
    assert any(item.xpath(".//time[starts-with(@datetime, '2014')]") for item in background)
    sections = [s.get("id") for s in page.xpath("//*[@id='timeline-main' or @id='background']")]
    assert sections == ["timeline-main", "background"]  # the background comes after the main timeline


def test_the_chart_spans_the_story_and_its_period_inputs_are_there(page: html.HtmlElement, timeline: dict) -> None:
    chart = page.get_element_by_id("overview-chart")
    assert chart.get("data-first") == "2017-03-01" and chart.get("data-last") == timeline["story"]["last"]["value"]
    assert page.xpath("//input[@type='date'][@id='period-from']") and page.xpath("//input[@type='date'][@id='period-to']")


def test_a_story_told_in_a_day_has_no_chart_and_no_background(tmp_path: Path) -> None:
    client = TestClient(create_app(tmp_path / "one.db", write_token="t"))
    document = {"text": "Heavy rain flooded large parts of the city on Tuesday, officials said.", "published": "2020-07-14"}
    assert client.post("/api/documents", json=[document], headers={"Authorization": "Bearer t"}).status_code == 200
    (story,) = client.get("/api/stories").json()
    page = html.fromstring(client.get(f"/stories/{story['id']}").text)
    assert page.xpath("//*[@id='map']") and page.xpath("//*[@id='people']")
    assert not page.xpath("//*[@id='overview-chart']") and not page.xpath("//*[@id='background']")
    assert len(page.get_element_by_id("timeline-main").xpath("./li")) == 1
    meta = " ".join(page.xpath("//p[@class='meta']")[0].text_content().split())
    assert "· 1 article " in meta


def test_the_page_runs_no_inline_script(page: html.HtmlElement) -> None:
    scripts = page.xpath("//script")
    assert all(s.get("src") or s.get("type") == "application/json" for s in scripts)
    assert page.xpath("//script[@type='module'][@src='/static/story.js']")
    citations = json.loads(page.get_element_by_id("timeline-data").text)
    assert len(citations) == len(page.xpath("//ol[contains(@class, 'entries')]/li"))


def test_the_scripts_country_shapes_and_their_licence_are_served(client: TestClient) -> None:
    scripts = sorted(path.name for path in STATIC.glob("*.js"))
    assert {"story.js", "map.js", "overview.js", "topojson.js"} <= set(scripts)
    for name in scripts:
        script = client.get(f"/static/{name}")
        assert script.status_code == 200 and "javascript" in script.headers["content-type"], name  # modules need it
    world = client.get("/static/countries-110m.json").json()
    assert world["type"] == "Topology" and len(world["objects"]["countries"]["geometries"]) == 177
    assert "Iraq" in {g["properties"]["name"] for g in world["objects"]["countries"]["geometries"]}
    licence = client.get("/static/countries-110m.LICENSE.txt").text
    assert "world-atlas 2.0.2" in licence and "Natural Earth" in licence and "Permission to use" in licence
