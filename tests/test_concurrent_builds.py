"""Two `storyline build` processes on one database: the second waits, and the result is a sequential build's."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path

from storyline import Collection

#: Articles of one Timeline17 topic given to each of the two builds.
PER_BUILD = 24


def _feeds(root: Path, corpora: Path) -> tuple[Path, Path]:
    lines = [line for line in (corpora / "t17" / "haiti" / "articles.jsonl").read_text(encoding="utf-8").splitlines()
             if json.loads(line)["text"].strip()]
    first, second = root / "first.jsonl", root / "second.jsonl"
    first.write_text("\n".join(lines[:PER_BUILD]) + "\n", encoding="utf-8")
    # The second overlaps the first: both builds would otherwise take the shared articles for new.
    second.write_text("\n".join(lines[PER_BUILD // 2 : PER_BUILD // 2 + PER_BUILD]) + "\n", encoding="utf-8")
    return first, second


def _state(db: Path) -> dict[str, object]:
    """What placement keeps in step: story members, profile sizes and name counts."""
    with sqlite3.connect(db) as probe:
        members = probe.execute("SELECT story_id, group_concat(id) FROM"
                                " (SELECT story_id, id FROM articles ORDER BY id) GROUP BY story_id").fetchall()
        return {
            "articles": probe.execute("SELECT count(*) FROM articles").fetchone()[0],
            "stories": sorted(ids for _, ids in members),
            "profile sizes": probe.execute("SELECT sum(size) FROM story_profiles").fetchone()[0],
            "names": dict(probe.execute("SELECT name, documents FROM name_counts")),
        }


def _build(feed: Path, db: Path) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "storyline", "build", str(feed), "--db", str(db)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def test_a_second_build_waits_for_the_first_and_nothing_is_counted_twice(tmp_path: Path, corpora: Path) -> None:
    first, second = _feeds(tmp_path, corpora)
    db = tmp_path / "both.db"
    runs = {feed: _build(feed, db) for feed in (first, second)}
    outputs = {feed: run.communicate(timeout=600) for feed, run in runs.items()}
    assert all(run.returncode == 0 for run in runs.values()), outputs
    waited = [feed for feed, (_, err) in outputs.items() if "Waiting for another build" in err]
    assert len(waited) == 1, outputs  # the two overlapped, and one of them waited
    (later,) = waited
    earlier = second if later == first else first

    reference = tmp_path / "sequential.db"
    with Collection(reference) as collection:
        collection.build([earlier])
        collection.build([later])
    state = _state(db)
    assert state["articles"] == 3 * PER_BUILD // 2
    assert state["profile sizes"] == state["articles"]
    assert state == _state(reference)
