"""An undated article alone, with no story to borrow a date from, is dated by its own first full date."""

from __future__ import annotations

import json
from pathlib import Path

from storyline import Collection
from storyline.dates import PartialDate
from storyline.model import DateSource

#: A BBC explainer from Timeline17, published 2010-01-12, whose text says "On 12 January 2010 , ...".
RECORD = "haiti_bbc/1842"


def _record(corpora: Path) -> dict:
    lines = (corpora / "t17" / "haiti" / "articles.jsonl").read_text(encoding="utf-8").splitlines()
    return next(r for r in map(json.loads, lines) if r["id"] == RECORD)


def test_an_undated_article_takes_its_first_full_date(corpora: Path, tmp_path: Path) -> None:
    record = _record(corpora)
    page = tmp_path / "haiti-explainer.txt"
    page.write_text(record["text"].replace(" \n", "\n"), encoding="utf-8")  # a plain page: no date header
    with Collection(tmp_path / "c.db") as collection:
        collection.build([page])
        (article,) = collection.articles()
    assert article.published == PartialDate.day(2010, 1, 12)
    assert article.published_source is DateSource.INFERRED
    assert article.published_confidence is not None and article.published_confidence < 0.5
    assert "12 January 2010" in (article.published_reason or "")


def test_an_article_without_any_full_date_stays_undated(seeds: Path, tmp_path: Path) -> None:
    """Seed 003 says only "Thursday": alone, nothing dates it."""
    (page,) = seeds.glob("003_*")
    with Collection(tmp_path / "c.db") as collection:
        collection.build([page])
        (article,) = collection.articles()
    assert article.published is None
