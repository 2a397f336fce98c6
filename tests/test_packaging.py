"""What users install: the wheel carries every file the package reads, and its `storyline` command serves."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager
from pathlib import Path

import httpx
import pytest

REPO = Path(__file__).resolve().parents[1]
PACKAGE = REPO / "src" / "storyline"


def _package_files() -> set[str]:
    """Every file of the source package, as its path inside a wheel."""
    return {
        path.relative_to(PACKAGE.parent).as_posix()
        for path in PACKAGE.rglob("*")
        if path.is_file() and "__pycache__" not in path.parts
    }


def test_the_wheel_holds_every_file_of_the_package(tmp_path: Path) -> None:
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q", "-w", str(tmp_path), str(REPO)],
        check=True, capture_output=True, env={**os.environ, "PIP_NO_INDEX": "1"},
    )
    (wheel,) = tmp_path.glob("storyline-*.whl")
    inside = set(zipfile.ZipFile(wheel).namelist())
    wanted = _package_files()
    assert any(name.startswith("storyline/web/templates/") for name in wanted)  # the check has teeth
    assert sorted(wanted - inside) == []


@pytest.fixture(scope="module")
def served(seeds_db: Path, serving: Callable[..., AbstractContextManager[str]]) -> Iterator[str]:
    """`storyline serve` as the installed command starts it."""
    command = Path(sys.executable).with_name("storyline")
    assert command.exists(), f"no installed `storyline` command beside {sys.executable}"
    with serving(seeds_db, command=[str(command)]) as base:
        yield base


def test_the_installed_command_serves_pages_and_their_static_files(served: str) -> None:
    home = httpx.get(served)
    assert home.status_code == 200 and "storyline" in home.text
    story = httpx.get(f"{served}/api/stories").json()[0]["id"]
    page = httpx.get(f"{served}/stories/{story}")
    assert page.status_code == 200 and "/static/story.js" in page.text
    for name in ("story.js", "style.css"):
        static = httpx.get(f"{served}/static/{name}")
        assert static.status_code == 200 and len(static.content) > 100, name
