"""Shared fixtures: the example corpus and the shared corpora, by path."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
EXAMPLES = REPO / "examples" / "mosul-2017"
SHARED_CORPORA = REPO.parent / "shared" / "corpora"


@pytest.fixture(scope="session")
def seeds() -> Path:
    return EXAMPLES


@pytest.fixture(scope="session")
def corpora() -> Path:
    if not SHARED_CORPORA.is_dir():
        pytest.skip("../shared/corpora is not next to this checkout")
    return SHARED_CORPORA


@pytest.fixture(scope="session")
def seeds_db(tmp_path_factory: pytest.TempPathFactory, seeds: Path) -> Path:
    """A collection built once from the Mosul seeds, shared by the read-only tests."""
    from storyline import Collection

    db = tmp_path_factory.mktemp("seeds") / "mosul.db"
    with Collection(db) as collection:
        report = collection.build([seeds])
    assert report.added == 4 and not report.problems
    return db
