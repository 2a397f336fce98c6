"""Who and where on the Mosul seeds: one entity across names and languages, places on the map, and the outputs."""

from __future__ import annotations

import json
import math
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from storyline import Collection
from storyline.cli import app
from storyline.entities import link_entities
from storyline.model import Article, Entity, EntityKind, Mention, Sentence

#: Where the seeds' places are (their real coordinates), and how close a resolution must be.
WHERE = {"Mosul": (36.34, 43.13), "Baghdad": (33.34, 44.40), "Raqqa": (35.95, 39.01), "Palmyra": (34.56, 38.27)}
WITHIN_KM = 25


@pytest.fixture(scope="module")
def entities(seeds_db: Path) -> list[Entity]:
    with Collection(seeds_db, read_only=True) as collection:
        return collection.entities(collection.stories()[0].id)


@pytest.fixture(scope="module")
def seed_of(seeds_db: Path) -> dict[str, str]:
    """Article id -> the seed file's number (000 ... 003)."""
    with Collection(seeds_db, read_only=True) as collection:
        return {a.id: Path(a.source_path).name[:3] for a in collection.articles(sentences=False)}


def _holding(entities: list[Entity], name: str) -> Entity:
    found = [e for e in entities if any(name in forms for forms in e.aliases.values())]
    assert len(found) == 1, (name, [(e.name, e.aliases) for e in found])
    return found[0]


def _km(first: tuple[float, float], second: tuple[float, float]) -> float:
    (lat1, lon1), (lat2, lon2) = (tuple(map(math.radians, point)) for point in (first, second))
    a = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 6371 * 2 * math.asin(math.sqrt(a))


def test_the_islamic_state_is_one_organisation_under_all_its_names(entities: list[Entity],
                                                                   seed_of: dict[str, str]) -> None:
    group = _holding(entities, "Islamic State")
    assert group.kind is EntityKind.ORGANISATION
    for name in ("IS", "ISIS", "Daesh"):
        assert _holding(entities, name) is group, name
    assert _holding(entities, "Islamisk Stat") is group
    assert {seed_of[m.article_id] for m in group.mentions} == {"000", "001", "002", "003"}
    assert group.name == "Islamic State"


def test_the_leaders_are_each_one_person(entities: list[Entity], seed_of: dict[str, str]) -> None:
    baghdadi = _holding(entities, "Abu Bakr al-Baghdadi")
    abadi = _holding(entities, "Haider al-Abadi")
    assert baghdadi.kind is abadi.kind is EntityKind.PERSON and baghdadi is not abadi
    assert {seed_of[m.article_id] for m in baghdadi.mentions} >= {"000", "001", "003"}
    assert {seed_of[m.article_id] for m in abadi.mentions} >= {"001", "003"}
    assert _holding(entities, "al-Abadi") is abadi
    assert baghdadi.name == "Abu Bakr al-Baghdadi" and abadi.name == "Haider al-Abadi"


def test_the_people_quoted_are_persons(entities: list[Entity]) -> None:
    for name in ("Ryan Dillon", "Peter Hawkins", "Fawaz Gerges", "Dhia Thamir", "Sami al-Aridi",
                 "Abdel Amir al-Mohammadawi"):
        assert _holding(entities, name).kind is EntityKind.PERSON, name


def test_places_are_where_they_are_and_countries_one_across_languages(entities: list[Entity]) -> None:
    for name, point in WHERE.items():
        place = _holding(entities, name)
        assert place.kind is EntityKind.PLACE and place.place and place.place.latitude is not None, name
        assert _km((place.place.latitude, place.place.longitude), point) < WITHIN_KM, (name, place.place)
    assert _holding(entities, "Syria") is _holding(entities, "Syrien")
    assert _holding(entities, "Iraq") is _holding(entities, "Irak")
    assert _holding(entities, "Iraq").place.country == "IQ"  # type: ignore[union-attr]


def test_no_page_clutter_becomes_an_entity(entities: list[Entity]) -> None:
    names = {form.casefold() for e in entities for forms in e.aliases.values() for form in forms}
    assert not names & {"cookie policy", "showhide", "privacy policy", "terms of use"}
    assert not [e for e in entities if e.kind is EntityKind.PLACE and "itv" in e.name.casefold()]


def test_the_cli_lists_entities_and_places_as_json_and_geojson(seeds_db: Path) -> None:
    runner = CliRunner()
    listed = json.loads(runner.invoke(app, ["entities", "--db", str(seeds_db), "--kind", "person",
                                            "--format", "json"]).stdout)
    assert listed and all(e["kind"] == "person" for e in listed)
    abadi = next(e for e in listed if e["name"] == "Haider al-Abadi")
    assert abadi["mentioned"] and all({"article", "sentence", "text"} <= set(m) for m in abadi["mentioned"])
    geo = json.loads(runner.invoke(app, ["places", "--db", str(seeds_db), "--format", "geojson"]).stdout)
    assert geo["type"] == "FeatureCollection"
    mosul = next(f for f in geo["features"] if f["properties"]["name"] == "Mosul")
    longitude, latitude = mosul["geometry"]["coordinates"]
    assert _km((latitude, longitude), WHERE["Mosul"]) < WITHIN_KM
    assert mosul["properties"]["first"] <= mosul["properties"]["last"]
    table = runner.invoke(app, ["places", "--db", str(seeds_db)])
    assert table.exit_code == 0 and "Mosul" in table.stdout


def test_timeline_entries_name_their_entities(seeds_db: Path, client, mosul: str) -> None:  # type: ignore[no-untyped-def]
    entries = client.get(f"/api/stories/{mosul}/timeline").json()["entries"]
    caliphate = [e for e in entries if e["date"]["value"] == "2014-07"]
    assert caliphate and any(ref["name"] == "Abu Bakr al-Baghdadi" for e in caliphate for ref in e["entities"])
    named = client.get(f"/api/stories/{mosul}/entities", params={"kind": "place"}).json()
    assert named and all(e["kind"] == "place" for e in named)
    one = client.get(f"/api/entities/{named[0]['id']}").json()
    assert one["stories"] == [mosul] and one["mentioned"]
    assert client.get("/api/entities/nosuchentity").status_code == 404
    places = client.get(f"/api/stories/{mosul}/places")
    assert places.headers["content-type"].startswith("application/geo+json") and places.json()["features"]


def _article_naming(count: int, sentence: str) -> Article:
    """An article whose one sentence is ``sentence`` with ``count`` place mentions over it."""
    mentions = [Mention(f"Place{n}", 0, 5, "LOC") for n in range(count)]
    return Article("a1", "x.txt", "h", sentence, sentences=[Sentence(0, sentence, 0, len(sentence), entities=mentions)],
                   language="en")


def test_huge_input_is_linked_in_bounded_time_with_a_note() -> None:
    many = _article_naming(10_000, "x" * 100_000)
    many.sentences[0].entities.append(Mention("N" * 5_000, 0, 5_000, "PER"))
    began = time.perf_counter()
    linked = link_entities([many], resolve=lambda names: [None] * len(names), vectors=None)
    assert time.perf_counter() - began < 30
    assert any("not looked up" in note for note in linked.notes)
    assert not [e for e in linked.entities if len(e.name) > 1_000]


def test_the_places_geojson_is_described_in_the_openapi_schema(client) -> None:  # type: ignore[no-untyped-def]
    schema = client.get("/openapi.json").json()
    places = schema["paths"]["/api/stories/{story_id}/places"]["get"]["responses"]["200"]
    assert "PlaceCollection" in json.dumps(places)
    assert {"/api/stories/{story_id}/entities", "/api/entities/{entity_id}"} <= set(schema["paths"])
