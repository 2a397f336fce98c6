"""Bad files get one clear line each, the rest is ingested, and a killed build loses nothing."""

from __future__ import annotations

import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from storyline import Collection, pipeline
from storyline.cli import PARTIAL_EXIT, app


def _messy_folder(root: Path, seeds: Path) -> Path:
    folder = root / "messy"
    folder.mkdir()
    shutil.copy(seeds / "001_b1e2443bbc8c11eb.txt", folder / "cnn.txt")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "image.txt").write_bytes(bytes(range(256)) * 40)
    latin = " date 2017-06-29\nLes forces irakiennes ont repris la mosquée al-Nouri à Mossoul jeudi, a annoncé le Premier ministre.\nLe quartier de la vieille ville reste très dangereux pour les civils qui fuient vers l'est."
    (folder / "latin1.txt").write_bytes(latin.encode("latin-1"))
    record = {"id": "r1", "time": "2017-06-29", "source": "wire", "text": "Iraqi forces retook the al-Nuri mosque in Mosul on Thursday, the prime minister said."}
    (folder / "feed.jsonl").write_text(json.dumps(record) + "\n{not json at all\n", encoding="utf-8")
    with open(folder / "huge.txt", "wb") as handle:
        handle.write(b"All work and no play makes a very dull news article indeed. " * (50_000_000 // 60))
    return folder


def test_bad_files_are_named_and_the_rest_ingested(tmp_path: Path, seeds: Path) -> None:
    folder = _messy_folder(tmp_path, seeds)
    db = tmp_path / "messy.db"
    result = CliRunner().invoke(app, ["build", str(folder), "--db", str(db)])
    assert result.exit_code == PARTIAL_EXIT
    output = " ".join(result.output.split())
    for name, reason in (
        ("empty.txt", "empty file"),
        ("image.txt", "binary"),
        ("feed.jsonl", "line 2: malformed JSON"),
        ("huge.txt", "50.0 MB, over the 20.0 MB limit"),
    ):
        assert any(name in line and reason in line for line in result.output.splitlines()), (name, output)
    assert "Partial build: 4 input(s) could not be ingested" in output
    with Collection(db) as collection:
        articles = {Path(a.source_path).name: a for a in collection.articles()}
    assert sorted(articles) == ["cnn.txt", "feed.jsonl", "latin1.txt"]
    assert "mosquée al-Nouri à Mossoul" in articles["latin1.txt"].text
    assert articles["latin1.txt"].language == "fr"


def test_a_build_killed_halfway_leaves_a_database_that_opens_and_completes(tmp_path: Path, corpora: Path) -> None:
    source = corpora / "t17" / "haiti" / "articles.jsonl"
    lines = source.read_text(encoding="utf-8").splitlines()[:100]
    feed = tmp_path / "haiti.jsonl"
    feed.write_text("\n".join(lines) + "\n", encoding="utf-8")
    db = tmp_path / "killed.db"
    command = [sys.executable, "-m", "storyline", "build", str(feed), "--db", str(db)]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 300
    stored = 0
    while time.monotonic() < deadline and process.poll() is None:
        time.sleep(0.5)
        if db.exists():
            try:
                with sqlite3.connect(db, timeout=1) as probe:
                    stored = probe.execute("SELECT count(*) FROM articles").fetchone()[0]
            except sqlite3.OperationalError:
                continue
            if stored:
                break
    assert process.poll() is None, "the build finished before it could be killed"
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    assert 0 < stored < len(lines)

    with Collection(db) as collection:
        kept = len(collection.articles())
        assert kept >= stored
        report = collection.build([feed])
        assert report.added + report.duplicates == len(lines) - len(report.problems)
        assert report.duplicates >= kept
        assert len(collection.articles()) == report.added + kept
        assert all(article.story_id for article in collection.articles())
        placed = {aid for story in collection.stories() for aid in story.article_ids}
        assert placed == {article.id for article in collection.articles()}


class _Killed(Exception):
    """Raised by a progress callback: the build dies right after committing its first batch."""


def _cleaned(db: Path) -> dict[str, tuple[str, list[str]]]:
    with Collection(db) as collection:
        return {a.source_path: (a.text, a.clutter) for a in collection.articles(sentences=False)}


def test_a_build_cut_short_judges_repeated_lines_as_an_uncut_build(
    tmp_path: Path, corpora: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Pages of one site, whose menus and subscription lines repeat across them.
    pages = sorted(path for path in (corpora / "ml-crisis" / "fr").rglob("*.txt")
                   if "profiter de l'édition abonnés" in path.read_text(encoding="utf-8", errors="replace"))
    assert len(pages) >= 6
    monkeypatch.setattr(pipeline, "BATCH_SIZE", 3)
    whole = tmp_path / "whole.db"
    with Collection(whole) as collection:
        collection.build(pages)

    def die_after_first_batch(stage: str, done: int, total: int) -> None:
        if stage == "analyse and embed":
            raise _Killed

    resumed = tmp_path / "resumed.db"
    with Collection(resumed) as collection:
        with pytest.raises(_Killed):
            collection.build(pages, die_after_first_batch)
        assert 0 < len(collection.articles(sentences=False)) < len(pages)
        collection.build(pages)
    expected, found = _cleaned(whole), _cleaned(resumed)
    assert any("profiter de l'édition abonnés" in line for _, clutter in expected.values() for line in clutter)
    assert found == expected


def test_an_impossible_header_date_is_a_note_and_a_bare_header_an_empty_file(tmp_path: Path) -> None:
    folder = tmp_path / "dates"
    folder.mkdir()
    (folder / "bare.txt").write_text(" date 9999-99-99\n", encoding="utf-8")
    (folder / "misdated.txt").write_text(
        " date 2017-13-45\nIraqi forces retook the al-Nuri mosque in Mosul, the prime minister said on Thursday.\n",
        encoding="utf-8",
    )
    db = tmp_path / "dates.db"
    result = CliRunner().invoke(app, ["build", str(folder), "--db", str(db)])
    lines = result.output.splitlines()
    assert f"skipped {folder}/bare.txt: empty: nothing after its date header" in lines
    assert f"note {folder}/misdated.txt: header date 2017-13-45 is not a calendar date: ignored" in lines
    assert result.exit_code == PARTIAL_EXIT  # the bare header was not ingested; the note alone would not say so
    with Collection(db) as collection:
        (article,) = collection.articles()
    assert article.published is None and "2017-13-45" in (article.published_reason or "")
    assert article.text.startswith("Iraqi forces")
