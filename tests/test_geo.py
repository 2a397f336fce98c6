"""Place names to places (storyline.geo): the seeds' places, namesakes told apart by context, other
languages and scripts, places without coordinates, and input that must not cost unbounded time."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from storyline.geo import PlaceContext, resolve_places
from storyline.geo.gazetteer import gazetteer
from storyline.geo.names import name_key, parts
from storyline.geo.resolve import distance_km
from storyline.model import Place

# Where the seeds' cities are (their Wikipedia coordinates, to the arc minute).
REAL = {"Mosul": (36.333, 43.133), "Baghdad": (33.317, 44.417), "Raqqa": (35.950, 39.017), "Palmyra": (34.550, 38.283)}
# Place names as the seed articles write them: English and Danish.
SEED_NAMES = [("Mosul", "en"), ("Iraq", "en"), ("Baghdad", "en"), ("Syria", "en"), ("Raqqa", "en"), ("Turkey", "en"),
              ("Tigris River", "en"), ("al-Nuri mosque", "en"), ("Washington", "en"),
              ("Mosul", "da"), ("Raqqa", "da"), ("Palmyra", "da"), ("Syrien", "da"), ("Irak", "da"), ("USA", "da")]


def _km(place: Place | None, where: tuple[float, float]) -> float:
    assert place is not None and place.latitude is not None and place.longitude is not None, place
    return float(distance_km(place.latitude, place.longitude, *where))


def _resolved(names: list[str], language: str = "en", context: PlaceContext | None = None) -> dict[str, Place | None]:
    return dict(zip(names, resolve_places([(name, language) for name in names], context)))


def test_the_seed_names_are_the_seeds(seeds: Path) -> None:
    text = "\n".join(path.read_text(encoding="utf-8") for path in sorted(seeds.glob("*.txt")))
    assert all(name in text for name, _ in SEED_NAMES)


def test_the_seeds_cities_are_found_within_25_km() -> None:
    places = resolve_places(SEED_NAMES)
    found = {(name, language): place for (name, language), place in zip(SEED_NAMES, places)}
    for (name, language), place in found.items():
        if name in REAL:
            assert _km(place, REAL[name]) < 25, (name, language, place)
            assert place.feature == "city" and place.country in ("IQ", "SY")


def test_a_country_is_one_place_in_english_and_danish() -> None:
    found = dict(zip(SEED_NAMES, resolve_places(SEED_NAMES)))
    assert found[("Syria", "en")].gazetteer_id == found[("Syrien", "da")].gazetteer_id == "country:SY"
    assert found[("Iraq", "en")].gazetteer_id == found[("Irak", "da")].gazetteer_id == "country:IQ"
    assert found[("USA", "da")].country == "US" and found[("Turkey", "en")].country == "TR"


def test_rivers_and_buildings_get_their_kind_and_no_borrowed_coordinates() -> None:
    found = _resolved(["Tigris River", "al-Nuri mosque", "the Great Mosque of al-Nuri", "Mosul University", "Tigris"])
    assert found["Tigris River"] == Place(None, None, None, "river", found["Tigris River"].confidence)
    for name in ("al-Nuri mosque", "the Great Mosque of al-Nuri", "Mosul University"):
        assert found[name] is not None and found[name].feature == "landmark" and found[name].latitude is None
    assert found["Tigris"] is None or found["Tigris"].latitude is None  # no town of that name to borrow
    assert _resolved(["floden Tigris"], "da")["floden Tigris"].feature == "river"


def test_paris_is_in_france_or_texas_as_the_story_says() -> None:
    french = _resolved(["Paris", "Lyon", "Marseille"])
    assert french["Paris"].country == "FR" and _km(french["Paris"], (48.857, 2.352)) < 25
    texan = _resolved(["Paris", "Dallas", "Sherman", "Texas"])
    assert texan["Paris"].country == "US" and _km(texan["Paris"], (33.661, -95.556)) < 25
    assert texan["Texas"].feature == "region"
    alone = _resolved(["Paris"])["Paris"]
    assert alone.country == "FR"  # the bigger namesake, without a context
    written = _resolved(["Paris, Texas"])["Paris, Texas"]
    assert written.country == "US" and _km(written, (33.661, -95.556)) < 25


def test_georgia_is_the_country_or_the_state_as_the_story_says() -> None:
    caucasus = _resolved(["Georgia", "Tbilisi", "Russia", "South Ossetia"])
    assert caucasus["Georgia"].gazetteer_id == "country:GE"
    south = _resolved(["Georgia", "Atlanta", "Savannah", "Macon"])
    assert south["Georgia"].feature == "region" and south["Georgia"].country == "US"
    assert south["Savannah"].country == "US" and _km(south["Savannah"], (32.081, -81.091)) < 25


def test_the_story_countries_decide_a_name_with_namesakes_abroad() -> None:
    name = [("Alexandria", "en")]
    egypt = resolve_places(name, PlaceContext(countries={"EG": 3}))[0]
    assert egypt.country == "EG"
    louisiana = resolve_places([*name, ("Rapides Parish", "en"), ("Pineville", "en")])[0]
    assert louisiana.country == "US" and _km(louisiana, (31.311, -92.445)) < 25


def test_us_states_counties_and_abbreviations() -> None:
    found = _resolved(["W.Va.", "W. Va.", "Calif.", "U.S.", "Laurel County", "Kentucky"])
    assert found["W.Va."].gazetteer_id == found["W. Va."].gazetteer_id == "us-state:54"
    assert found["Calif."].gazetteer_id == "us-state:06"
    assert found["U.S."].gazetteer_id == "country:US"
    assert found["Laurel County"].gazetteer_id == "us-county:21125"  # Kentucky's, as the story names Kentucky
    assert found["Laurel County"].feature == "district"


def test_names_in_other_languages_and_scripts() -> None:
    cases = [("Mossoul", "fr", "Mosul"), ("Mossul", "de", "Mosul"), ("الموصل", "ar", "Mosul"),
             ("Bagdad", "fr", "Baghdad"), ("بغداد", "ar", "Baghdad"), ("Rakka", "da", "Raqqa"),
             ("al-Raqqah", "en", "Raqqa"), ("Palmyre", "fr", "Palmyra")]
    places = resolve_places([(name, language) for name, language, _ in cases])
    for (name, _, city), place in zip(cases, places):
        assert _km(place, REAL[city]) < 25, (name, place)
    moscow, tokyo = resolve_places([("Москва", "ru"), ("東京", "ja")])
    assert moscow.country == "RU" and _km(moscow, (55.756, 37.617)) < 25
    assert tokyo.country == "JP"
    syria, iraq = resolve_places([("Syrie", "fr"), ("العراق", "ar")])
    assert (syria.gazetteer_id, iraq.gazetteer_id) == ("country:SY", "country:IQ")


def test_a_region_known_by_its_compass_parts_is_a_place_too() -> None:
    """Darfur, Kivu and Java are divisions only as North, South... Darfur; news names the whole."""
    found = _resolved(["Darfur", "Kivu", "Java", "North Darfur"])
    wikipedia = {"Darfur": (13.0, 24.0), "Kivu": (-1.5, 28.5), "Java": (-7.5, 110.0)}
    for name, where in wikipedia.items():
        assert found[name].feature == "region" and _km(found[name], where) < 250, (name, found[name])
    assert found["Darfur"].country == "SD" and found["Java"].country == "ID"
    assert found["North Darfur"].gazetteer_id != found["Darfur"].gazetteer_id  # a part is still itself


def test_world_regions_in_each_language() -> None:
    names = [("West Africa", "en"), ("Western Africa", "en"), ("Afrique occidentale", "fr"), ("Vestafrika", "da"),
             ("Eastern Europe", "en"), ("Osteuropa", "de")]
    west, western, french, danish, east_europe, german = resolve_places(names)
    assert west.gazetteer_id == western.gazetteer_id == french.gazetteer_id == danish.gazetteer_id
    assert west.feature == "world region" and _km(west, (12.0, -3.0)) < 1_000  # Burkina Faso, mid-region
    assert east_europe.gazetteer_id == german.gazetteer_id and _km(east_europe, (50.0, 25.0)) < 800  # not Siberia


def test_name_keys_meet_across_case_accents_articles_and_abbreviations() -> None:
    assert name_key("MOSSOUL") == name_key("Mossoul")
    assert name_key("Tadmūr") == name_key("Tadmur")
    assert name_key("St. Louis") == name_key("Saint Louis") == "saint louis"
    assert name_key("U.S.") == name_key("US") == "us"
    assert name_key("al-Nuri") == "al nuri"
    assert name_key("मुंबई") != name_key("मबई")  # Devanagari vowel signs are letters, not accents
    assert parts(name_key("Anbar province")).kind == "region"
    assert parts(name_key("Kansas City")).kind == "city"  # only used when the whole name is not found


def test_confidence_is_lower_for_a_close_call() -> None:
    sure, unsure = resolve_places([("Baghdad", "en")])[0], resolve_places([("Springfield", "en")])[0]
    assert 0 <= unsure.confidence < sure.confidence <= 1


def test_bad_input_is_none_not_an_error() -> None:
    found = resolve_places([("", "en"), ("   ", None), ("...", "en"), ("x" * 5_000, "en"), ("Mosul" * 1_000, None),
                            ("\ud800Mosul", "en"), ("Mosul", "xx-not-a-language"), ("Baghdad", None)])
    assert found[:6] == [None] * 6
    assert found[6] is not None and found[6].country == "IQ"
    assert found[7] is not None and found[7].country == "IQ"


def test_ten_thousand_names_at_once_take_bounded_time() -> None:
    gaz = gazetteer()  # its one-off build is not what is timed
    towns = [gaz.entry(number).name for number in range(2_000, 202_000, 20)]  # 10,000 real names, most ambiguous
    names = [(name, "en") for name in towns[:9_000]] + [(f"Nowhere {i}", None) for i in range(1_000)]
    started = time.perf_counter()
    found = resolve_places(names)
    assert time.perf_counter() - started < 60  # about 5 s here; a pass quadratic in names would take hours
    assert len(found) == 10_000 and sum(place is not None for place in found) > 8_000


@pytest.mark.parametrize("layout", ["lgl", "geovirus"])
def test_the_benchmark_reads_both_layouts_at_their_offsets(tmp_path: Path, benchmark_script, layout: str) -> None:
    geo = benchmark_script("geo")
    text = "Flu reached Mosul, Iraq."
    if layout == "lgl":
        xml = ("<articles><article><text>" + text + "</text><toponyms><toponym><start>12</start><end>17</end>"
               "<phrase>Mosul</phrase><gaztag geonameid='99072'><lat>36.335</lat><lon>43.119</lon></gaztag>"
               "</toponym></toponyms></article></articles>")
    else:  # GeoVirus counts from one
        xml = ("<articles><article><text>" + text + "</text><locations><location><name>Mosul</name>"
               "<start>13</start><end>18</end><lat>36.335</lat><lon>43.119</lon></location></locations>"
               "</article></articles>")
    path = tmp_path / "corpus.xml"
    path.write_text(xml, encoding="utf-8")
    [article] = geo.read_corpus(path)
    [toponym] = article.toponyms
    assert text[toponym.start:toponym.end] == toponym.name == "Mosul"
    figures = geo.resolution_figures(geo.resolution_errors([article]))
    assert figures["accuracy_161km"] == 1.0 and figures["median_km"] < 25
