"""End to end in a real headless Chromium, on the Mosul story: the 17 October 2016 entry shows its Danish source;
the map, the people panel and the chart narrow the timeline; the background sits after the main timeline."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from storyline.web import create_app

CHROMIUM = Path("/usr/bin/chromium")
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--no-first-run"]
#: Where the screenshots are kept, for a person to look at after the run.
SCREENSHOT_DIR = Path(__file__).resolve().parents[1] / "tests" / "screenshots"

pytestmark = pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian's chromium is not installed (the CI installs it)")


@pytest.fixture(scope="module")
def server(seeds_db: Path) -> Iterator[str]:
    import uvicorn

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    served = uvicorn.Server(uvicorn.Config(create_app(seeds_db), host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=served.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not served.started:
        assert time.monotonic() < deadline, "the server did not start"
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    served.should_exit = True
    thread.join(10)


@pytest.fixture(scope="module")
def playwright() -> Any:
    return pytest.importorskip("playwright.sync_api")


@pytest.fixture(scope="module")
def browser(playwright: Any) -> Iterator[Any]:
    with playwright.sync_playwright() as driver:
        launched = driver.chromium.launch(executable_path=str(CHROMIUM), args=FLAGS)
        yield launched
        launched.close()


@pytest.fixture
def story(browser: Any, server: str, playwright: Any) -> Iterator[Any]:
    """The seeds' one story, opened from the story list, its map drawn; the page's script errors fail the test."""
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.goto(f"{server}/")
    page.locator(".stories a").first.click()  # the seeds make one story
    playwright.expect(page.locator("h1")).to_contain_text("Mosul")
    playwright.expect(page.locator("svg.map circle.place").first).to_be_visible()
    yield page
    page.close()
    assert not errors


def api(server: str, path: str, **params: str) -> Any:
    return httpx.get(f"{server}{path}", params=params).json()


def story_id(page: Any) -> str:
    return page.locator("article.story").get_attribute("data-story")


def shown_entries(page: Any) -> Any:
    return page.locator(".entries > li:visible")


def assert_all_name(page: Any, playwright: Any, entity: str, name: str) -> None:
    """Every entry shown names the entity, and its name on the first is marked as the one chosen."""
    shown = shown_entries(page)
    assert all(entity in item.get_attribute("data-entities").split() for item in shown.all())
    playwright.expect(shown.first.locator(".chip.chosen")).to_have_text(name)


def test_the_danish_source_of_the_offensive_shows_with_its_language(story: Any, playwright: Any) -> None:
    page = story
    entry = page.locator(".entry", has=page.locator("time[datetime='2016-10-17']"))
    playwright.expect(entry.locator("time")).to_have_text("17 October 2016")
    entry.click()
    danish = page.locator("#sources mark.sentence", has_text="begyndte 17. oktober")
    playwright.expect(danish).to_be_visible()
    assert danish.inner_text().startswith("Offensiven")
    source = page.locator("#sources .source", has=page.locator("mark.sentence", has_text="begyndte 17. oktober"))
    playwright.expect(source.locator(".lang")).to_have_text("da")
    assert source.locator(".source-text").get_attribute("lang") == "da"
    english = page.locator("#sources .source", has=page.locator(".lang", has_text="en"))
    playwright.expect(english.first.locator("mark.sentence").first).to_be_visible()


def test_the_map_draws_countries_and_mosul_names_itself_on_hover(story: Any, playwright: Any) -> None:
    page = story
    assert page.locator("svg.map path.country").count() >= 5  # Iraq and its neighbours
    assert page.locator("svg.map path.country", has=page.locator("title", has_text="Iraq")).count() == 1
    mosul = page.locator("svg.map circle.place[aria-label^='Mosul,']")
    playwright.expect(mosul).to_be_visible()
    tip = page.locator("svg.map .map-tip")
    mosul.hover()
    playwright.expect(tip).to_contain_text("Mosul")
    page.locator("h1").hover()
    playwright.expect(tip).to_be_hidden()
    mosul.focus()  # from the keyboard, the name shows on focus
    playwright.expect(tip).to_contain_text("Mosul")


def test_choosing_mosul_narrows_the_timeline_to_the_entries_naming_it_and_again_restores(
    story: Any, server: str, playwright: Any
) -> None:
    page = story
    entries = api(server, f"/api/stories/{story_id(page)}/timeline")["entries"]
    naming = [e for e in entries if any(n["name"] == "Mosul" for n in e["entities"])]
    assert 0 < len(naming) < len(entries)
    playwright.expect(shown_entries(page)).to_have_count(len(entries))
    circle = page.locator("svg.map circle.place[aria-label^='Mosul,']")
    listed = page.locator("#map button[data-name='Mosul']")
    circle.click()
    playwright.expect(shown_entries(page)).to_have_count(len(naming))
    playwright.expect(listed).to_have_attribute("aria-pressed", "true")
    playwright.expect(circle).to_have_attribute("aria-pressed", "true")
    assert_all_name(page, playwright, listed.get_attribute("data-entity"), "Mosul")
    playwright.expect(page.locator("#filter-status")).to_contain_text(f"{len(naming)} of {len(entries)} entries, naming Mosul")
    circle.click()
    playwright.expect(shown_entries(page)).to_have_count(len(entries))
    playwright.expect(listed).to_have_attribute("aria-pressed", "false")
    # The same from the keyboard: the circle, the list's button, then "Show all entries".
    circle.focus()
    page.keyboard.press("Space")
    playwright.expect(shown_entries(page)).to_have_count(len(naming))
    listed.focus()
    page.keyboard.press("Enter")
    playwright.expect(shown_entries(page)).to_have_count(len(entries))
    page.keyboard.press("Enter")
    playwright.expect(shown_entries(page)).to_have_count(len(naming))
    page.locator("#show-all").click()
    playwright.expect(shown_entries(page)).to_have_count(len(entries))
    playwright.expect(page.locator("#show-all")).to_be_hidden()


def test_the_people_panel_lists_haider_al_abadi_and_chooses_his_entries(story: Any, playwright: Any) -> None:
    page = story
    abadi = page.locator("#people .kind-person button[data-name='Haider al-Abadi']")
    playwright.expect(abadi).to_be_visible()
    playwright.expect(abadi).to_contain_text("mention")
    abadi.click()
    playwright.expect(abadi).to_have_attribute("aria-pressed", "true")
    assert shown_entries(page).count() >= 1
    assert_all_name(page, playwright, abadi.get_attribute("data-entity"), "Haider al-Abadi")


def test_the_period_narrows_the_entries_typed_or_brushed(story: Any, server: str, playwright: Any) -> None:
    page = story
    everything = len(api(server, f"/api/stories/{story_id(page)}/timeline")["entries"])
    late_june = api(server, f"/api/stories/{story_id(page)}/timeline", start="2017-06-26", end="2017-06-30")["entries"]
    assert 0 < len(late_june) < everything
    page.locator("#period-from").fill("2017-06-26")
    page.locator("#period-to").fill("2017-06-30")
    playwright.expect(shown_entries(page)).to_have_count(len(late_june))
    playwright.expect(page.locator("svg.chart .brush")).to_be_visible()
    page.locator("#period-clear").click()
    playwright.expect(shown_entries(page)).to_have_count(everything)
    # Dragged across the chart's first half (March to early May): the inputs follow, and only that period shows.
    box = page.locator("svg.chart .brush-surface").bounding_box()
    y = box["y"] + box["height"] / 2
    page.mouse.move(box["x"] + 2, y)
    page.mouse.down()
    page.mouse.move(box["x"] + box["width"] / 2, y, steps=5)
    page.mouse.up()
    start, end = page.locator("#period-from").input_value(), page.locator("#period-to").input_value()
    assert start == "2017-03-01" and "2017-04-15" < end < "2017-05-15"
    dated = [(item.get_attribute("data-start"), item.get_attribute("data-end")) for item in shown_entries(page).all()]
    assert dated and all(start <= first and last <= end for first, last in dated)
    assert len(dated) == len(api(server, f"/api/stories/{story_id(page)}/timeline", start=start, end=end)["entries"])


def test_a_background_entry_sits_in_the_background_after_the_main_timeline(story: Any, playwright: Any) -> None:
    page = story
    seized = page.locator("#background .entry", has=page.locator("time[datetime^='2014']")).first
    playwright.expect(seized).to_be_visible()
    assert page.locator("#timeline-main time[datetime^='2014']").count() == 0
    main_bottom = page.locator("#timeline-main").bounding_box()
    assert page.locator("#background").bounding_box()["y"] >= main_bottom["y"] + main_bottom["height"]


def test_a_screenshot_of_the_story_narrowed_to_mosul(story: Any, playwright: Any) -> None:
    page = story
    page.locator("svg.map circle.place[aria-label^='Mosul,']").click()
    page.locator("#timeline-main .entry").first.click()
    playwright.expect(page.locator("#sources mark.sentence").first).to_be_visible()
    SCREENSHOT_DIR.mkdir(exist_ok=True)
    shot = SCREENSHOT_DIR / "mosul-story-page.png"
    page.screenshot(path=str(shot), full_page=True)
    assert shot.stat().st_size > 10_000


def test_a_figure_point_shows_its_sentence_and_abadi_narrows_the_quotes(story: Any, playwright: Any) -> None:
    page = story
    point = page.locator("#figures .figure-point[aria-label^='742,000 people']")
    point.click()
    playwright.expect(page.locator("#sources mark.sentence", has_text="More than 742,000 people")).to_be_visible()
    quotes = page.locator("#quotes .quote-list > li")
    everyone = quotes.count()
    page.locator("#people .kind-person button[data-name='Haider al-Abadi']").click()
    shown = page.locator("#quotes .quote-list > li:visible")
    playwright.expect(shown.first).to_contain_text("Haider al-Abadi")
    assert 0 < shown.count() < everyone
    shown.first.locator("button.cited").click()
    playwright.expect(page.locator("#sources .source")).to_have_count(2)  # his statement, in 001 and 003
