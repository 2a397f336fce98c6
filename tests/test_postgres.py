"""PostgreSQL holds the same collection as SQLite: the same stories, timelines and entities, copied either way,
with several writers and with builds cut off mid-batch. Every test runs against a real server."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import numpy as np
import psycopg
import pytest

from storyline import Collection
from storyline.dates import PartialDate
from storyline.model import Article, Sentence, Story
from storyline.store import StoreError, open_store

#: Reads what a collection holds (the ``collection_state`` fixture).
State = Callable[[str], dict[str, object]]


def _build(paths: list[Path], db: str) -> subprocess.Popen:
    # In a session of its own, so that killing it kills its analysis workers too.
    return subprocess.Popen([sys.executable, "-m", "storyline", "build", *map(str, paths), "--db", db],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True)


def test_the_seeds_make_the_same_collection_in_postgresql_as_in_sqlite(collection_state: State, seeds: Path, tmp_path: Path,
                                                                       postgres_db: str) -> None:
    for db in (str(tmp_path / "seeds.db"), postgres_db):
        with Collection(db) as collection:
            assert collection.build([seeds]).added == 4
    state = collection_state(postgres_db)
    assert len(state["stories"]) == 1 and state["timelines"] and state["figures"]  # type: ignore[arg-type]
    assert state == collection_state(str(tmp_path / "seeds.db"))
    with Collection(postgres_db) as collection:  # found whole words in any case, as in SQLite
        assert collection.search_sentences("MOSUL", limit=3)
        assert collection.find_stories(text="mosul") and not collection.find_stories(text="zebra")
    from fastapi.testclient import TestClient

    from storyline.web import create_app

    client = TestClient(create_app(postgres_db))  # the web app reads it, read-only, as it reads a file
    (story,) = client.get("/api/stories").json()
    assert client.get(f"/stories/{story['id']}").status_code == 200
    assert client.get(f"/api/stories/{story['id']}/timeline").json()
    assert client.get("/api/stories/nope/timeline").status_code == 404


def test_a_server_without_pgvector_for_us_serves_from_the_in_memory_index(collection_state: State, seeds_db: Path,
                                                                         seeds: Path, postgres_server: str) -> None:
    """A role that may not create the extension (pgvector is not a trusted one) gets the same collection."""
    name = f"plain_{os.getpid()}"
    with psycopg.connect(f"postgresql://postgres@/postgres?host={postgres_server}", autocommit=True) as admin:
        admin.execute(f"CREATE ROLE {name} LOGIN")
        admin.execute(f"CREATE DATABASE {name} OWNER {name}")
    url = f"postgresql://{name}@/{name}?host={postgres_server}"
    with Collection(url) as collection:
        assert collection.build([seeds]).added == 4
    store = open_store(url)
    assert store.pgvector is False  # type: ignore[attr-defined]
    store.close()
    with psycopg.connect(url) as plain:
        assert plain.execute("SELECT 1 FROM pg_extension WHERE extname = 'vector'").fetchone() is None
    assert collection_state(url) == collection_state(str(seeds_db))


def test_one_timeline17_topic_makes_the_same_stories_in_both_stores(collection_state: State, corpora: Path, tmp_path: Path,
                                                                    postgres_db: str) -> None:
    topic = corpora / "t17" / "MJ" / "articles.jsonl"
    for db in (str(tmp_path / "mj.db"), postgres_db):
        with Collection(db) as collection:
            collection.build([topic], jobs=2)
    assert collection_state(postgres_db) == collection_state(str(tmp_path / "mj.db"))


def test_the_vector_index_finds_only_placed_articles_in_either_store(store_db: str) -> None:
    store = open_store(store_db)
    rng = np.random.default_rng(7)
    vectors = [v / np.linalg.norm(v) for v in rng.normal(size=(3, 384)).astype(np.float32)]
    with store.transaction():
        for number, vector in enumerate(vectors):
            text = f"Article number {number} about the siege."
            store.add_article(Article(id=f"a{number}", source_path=f"{number}.txt", content_hash=f"h{number}",
                                      text=text, language="en", sentences=[Sentence(0, text, 0, len(text))]), vector)
        store.save_story(Story("s1", "Siege", ["a0", "a1"], PartialDate.year(2017), None, ["en"], []))
    found = store.nearest_placed(vectors[0], 3)
    assert [story for story, *_ in found] == ["s1", "s1"]  # a2 has no story yet
    assert found[0][1] == pytest.approx(1.0, abs=1e-4) and found[1][1] == pytest.approx(float(vectors[0] @ vectors[1]),
                                                                                        abs=1e-4)
    assert store.article("a") is None and store.article("a1").id == "a1"  # type: ignore[union-attr]
    store.close()


def test_a_collection_migrates_to_postgresql_and_back_whole(collection_state: State, seeds_db: Path, tmp_path: Path, postgres_db: str) -> None:
    def migrate(source: str, target: str) -> subprocess.CompletedProcess:
        return subprocess.run([sys.executable, "-m", "storyline", "migrate", "--from", source, "--to", target],
                              capture_output=True, text=True, timeout=300)

    there = migrate(str(seeds_db), postgres_db)
    assert there.returncode == 0, there.stderr
    assert "Copied 4 articles, 1 stories" in there.stdout and "every table counted" in there.stdout
    back = str(tmp_path / "back.db")
    assert migrate(postgres_db, back).returncode == 0
    assert collection_state(postgres_db) == collection_state(str(seeds_db)) == collection_state(back)
    for db in (postgres_db, back):
        with Collection(db, read_only=True) as copy, Collection(seeds_db, read_only=True) as original:
            ids, vectors = copy.store.article_vectors()
            assert (ids, vectors.tolist()) == (lambda i, v: (i, v.tolist()))(*original.store.article_vectors())
    again = migrate(str(seeds_db), postgres_db)  # into a collection that is not empty: refused, nothing changed
    assert again.returncode == 2 and "already holds a collection" in again.stderr
    news = tmp_path / "news.txt"
    news.write_text("Mosul, 30 June 2017. Iraqi forces said on Friday they had retaken the last streets of the old"
                    " city, as families who had fled began to return.\n", encoding="utf-8")
    with Collection(postgres_db) as collection:  # the copy goes on growing: its article numbers follow on
        assert collection.build([news]).added == 1
        assert collection.store.count_rows("articles") == 5


def test_bad_postgresql_addresses_are_one_line_and_exit_code_2(postgres_server: str) -> None:
    unreachable = "postgresql://nobody@127.0.0.1:1/nothing?connect_timeout=2"
    with pytest.raises(StoreError, match="cannot be reached"):
        open_store(unreachable)
    empty = f"postgresql://postgres@/postgres?host={postgres_server}"
    with pytest.raises(StoreError, match="holds no storyline collection"):
        open_store(empty, read_only=True)
    for db in (unreachable, "postgresql://someone:secret@127.0.0.1:1/x"):
        run = subprocess.run([sys.executable, "-m", "storyline", "stories", "--db", db], capture_output=True,
                             text=True, timeout=60)
        assert run.returncode == 2 and "Traceback" not in run.stderr and "secret" not in run.stderr, run.stderr


def _feed(corpora: Path, root: Path, name: str, start: int, count: int) -> Path:
    lines = [line for line in (corpora / "t17" / "haiti" / "articles.jsonl").read_text(encoding="utf-8").splitlines()
             if json.loads(line)["text"].strip()]
    feed = root / f"{name}.jsonl"
    feed.write_text("\n".join(lines[start : start + count]) + "\n", encoding="utf-8")
    return feed


def test_two_builds_at_once_on_postgresql_wait_for_each_other(collection_state: State, corpora: Path, tmp_path: Path, postgres_db: str) -> None:
    first, second = _feed(corpora, tmp_path, "first", 0, 24), _feed(corpora, tmp_path, "second", 12, 24)
    runs = {feed: _build([feed], postgres_db) for feed in (first, second)}
    outputs = {feed: run.communicate(timeout=600) for feed, run in runs.items()}
    assert all(run.returncode == 0 for run in runs.values()), outputs
    waited = [feed for feed, (_, err) in outputs.items() if "Waiting for another build" in err]
    assert len(waited) == 1, outputs
    (later,) = waited
    reference = str(tmp_path / "sequential.db")
    with Collection(reference) as collection:
        collection.build([second if later == first else first])
        collection.build([later])
    state = collection_state(postgres_db)
    assert len(state["articles"]) == 36 and state["profile sizes"] == 36  # type: ignore[arg-type]
    assert state == collection_state(reference)


def _stored(probe: psycopg.Connection) -> int:
    """Articles committed so far (none while the build has not yet made its tables)."""
    try:
        return probe.execute("SELECT count(*) FROM storyline.articles").fetchone()[0]  # type: ignore[index]
    except psycopg.errors.UndefinedTable:
        return 0


def test_a_reader_during_a_build_sees_whole_batches_only(corpora: Path, tmp_path: Path, postgres_db: str) -> None:
    """Each batch of articles commits with its sentences and vectors at once: a reader polling while a build
    runs sees 0, 64, 128... articles, each with its sentences and its lead vector, never part of a batch."""
    from storyline.pipeline import BATCH_SIZE

    feed = _feed(corpora, tmp_path, "feed", 0, 150)
    run = _build([feed], postgres_db)
    probe = psycopg.connect(postgres_db, autocommit=True)
    seen = set()
    while run.poll() is None:
        try:
            seen.add(probe.execute(
                "SELECT (SELECT count(*) FROM storyline.articles),"
                " (SELECT count(DISTINCT article_id) FROM storyline.sentences),"
                " (SELECT count(*) FROM storyline.lead_vectors)").fetchone())
        except psycopg.errors.UndefinedTable:  # the build has not made its tables yet
            pass
        time.sleep(0.02)
    _, err = run.communicate()
    assert run.returncode == 0, err
    final = _stored(probe)
    probe.close()
    assert final == 150 and any(0 < articles < final for articles, _, _ in seen), seen  # it did read mid-build
    for articles, with_sentences, with_vectors in seen:
        assert articles == with_sentences == with_vectors and (articles % BATCH_SIZE == 0 or articles == final), seen


@pytest.mark.parametrize("cut", ["killed", "connection dropped"])
def test_a_build_cut_off_mid_batch_is_completed_by_the_next(collection_state: State, cut: str, corpora: Path, tmp_path: Path,
                                                            postgres_db: str) -> None:
    feed = _feed(corpora, tmp_path, "feed", 0, 150)  # three batches
    run = _build([feed], postgres_db)
    probe = psycopg.connect(postgres_db, autocommit=True)
    deadline = time.monotonic() + 300
    while not _stored(probe):  # one batch committed
        assert run.poll() is None and time.monotonic() < deadline, run.communicate()
        time.sleep(0.05)
    if cut == "killed":
        os.killpg(run.pid, signal.SIGKILL)
    else:
        probe.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                      " WHERE datname = current_database() AND pid != pg_backend_pid()")
    _, err = run.communicate(timeout=120)
    assert run.returncode != 0
    if cut == "connection dropped":  # said in one line, not a traceback
        assert run.returncode == 2 and "Build stopped" in err and "Traceback" not in err, err
    stored = _stored(probe)
    probe.close()
    assert 0 < stored < 150
    rerun = _build([feed], postgres_db)
    _, err = rerun.communicate(timeout=600)
    assert rerun.returncode == 0, err
    reference = str(tmp_path / "whole.db")
    with Collection(reference) as collection:
        collection.build([feed])
    state = collection_state(postgres_db)
    assert len(state["articles"]) == 150 and state["profile sizes"] == 150  # type: ignore[arg-type]
    assert state == collection_state(reference)
