"""End to end in a real headless Chromium: the Mosul story's 17 October 2016 entry shows its Danish source."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from storyline.web import create_app

CHROMIUM = Path("/usr/bin/chromium")
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--no-first-run"]
#: Where the screenshot is kept, for a person to look at after the run.
SCREENSHOT_DIR = Path(__file__).resolve().parents[1] / "tests" / "screenshots"


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


@pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian's chromium is not installed (the CI installs it)")
def test_the_danish_source_of_the_offensive_shows_with_its_language(server: str) -> None:
    playwright = pytest.importorskip("playwright.sync_api")
    with playwright.sync_playwright() as driver:
        browser = driver.chromium.launch(executable_path=str(CHROMIUM), args=FLAGS)
        try:
            page = browser.new_page(viewport={"width": 1280, "height": 900})
            page.goto(f"{server}/")
            page.locator(".stories a").first.click()  # the seeds make one story
            playwright.expect(page.locator("h1")).to_contain_text("Mosul")
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
            SCREENSHOT_DIR.mkdir(exist_ok=True)
            shot = SCREENSHOT_DIR / "mosul-offensive-entry.png"
            page.screenshot(path=str(shot), full_page=True)
            assert shot.stat().st_size > 10_000
        finally:
            browser.close()
