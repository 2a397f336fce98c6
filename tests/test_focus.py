"""The main line: a stray article's entries stay out of a budgeted timeline of the seeds."""

from __future__ import annotations

import shutil
from pathlib import Path

from storyline import Budget, Collection
from storyline.timeline.focus import main_line


def _seeds_with_a_stray(seeds: Path, corpora: Path, folder: Path) -> Path:
    """The four Mosul seeds and one Timeline17 report on Michael Jackson's death."""
    folder.mkdir()
    for seed in seeds.iterdir():
        shutil.copy(seed, folder / seed.name)
    with (corpora / "t17" / "MJ" / "articles.jsonl").open(encoding="utf-8") as records:
        (folder / "stray.jsonl").write_text(next(records), encoding="utf-8")
    return folder


def test_entries_off_the_main_line_are_left_out(seeds: Path, corpora: Path, tmp_path: Path) -> None:
    folder = _seeds_with_a_stray(seeds, corpora, tmp_path / "in")
    with Collection(tmp_path / "mixed.db") as collection:
        collection.build([folder])
        articles = collection.articles()
        entries = collection.timeline()
        stray = {a.id for a in articles if "Jackson" in a.text}
        assert len(stray) == 1 and len(articles) == 5

        kept = main_line(entries, articles)
        from_stray = [e for e in entries if set(e.article_ids) <= stray]
        assert from_stray, "the stray article has dated sentences of its own"
        assert not any(e in kept for e in from_stray)
        # The closer half stays, in date order, and the most reported happenings are in it.
        assert len(entries) / 2 <= len(kept) < len(entries)
        assert [e.date.start for e in kept] == sorted(e.date.start for e in kept)
        assert any(len(e.article_ids) >= 3 for e in kept)

        budgeted = collection.timeline(budget=Budget(dates=8, per_date=1))
        assert budgeted and not any(set(e.article_ids) <= stray for e in budgeted)
        # A period alone picks nothing, so nothing is left out.
        assert len(collection.timeline(budget=Budget(start=None))) == len(entries)
