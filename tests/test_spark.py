"""Spark runs the per-document analysis (the same function as the local pool): the same stories and
timelines from Spark with PostgreSQL as from a local SQLite build, and documents taken from a DataFrame."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from storyline import Collection
from storyline.model import Document
from storyline.read import read_paths
from storyline.spark import SparkEngine, build_dataframe

State = Callable[[str], dict[str, object]]
#: The columns of a documents dataset, as a Spark schema.
COLUMNS = "id string, text string, title string, url string, source string, published string"


@pytest.fixture(scope="module")
def spark() -> Iterator[SparkEngine]:
    """One Spark session on two local cores for the module (starting one takes 10-25 s); a failed task is
    tried up to four times, as a cluster tries it (spark.task.maxFailures)."""
    if shutil.which("java") is None:
        pytest.skip("Spark needs a Java runtime (Debian: default-jre-headless)")
    engine = SparkEngine("local[2,4]")
    yield engine
    engine.close()


def _local(paths: list[Path], db: Path) -> str:
    with Collection(db) as collection:
        collection.build(paths)
    return str(db)


def test_spark_and_postgresql_build_the_seeds_as_a_local_build_does(spark: SparkEngine, seeds: Path, tmp_path: Path,
                                                                     postgres_db: str, collection_state: State) -> None:
    with Collection(postgres_db) as collection:
        report = collection.build([seeds], engine=spark)
    assert report.added == 4 and report.stories_total == 1 and not report.problems
    assert collection_state(postgres_db) == collection_state(_local([seeds], tmp_path / "local.db"))


def test_one_timeline17_topic_on_spark_makes_the_local_stories(spark: SparkEngine, corpora: Path, tmp_path: Path,
                                                               postgres_db: str, collection_state: State) -> None:
    topic = corpora / "t17" / "MJ" / "articles.jsonl"
    with Collection(postgres_db) as collection:
        collection.build([topic], engine=spark)
    assert collection_state(postgres_db) == collection_state(_local([topic], tmp_path / "mj.db"))


def _record(document: Document) -> dict[str, object]:
    """A document as a row of a Common Crawl News-style extraction."""
    return {"id": document.source_path.rsplit("/", 1)[-1], "text": document.text, "title": document.title,
            "url": document.url, "source": document.outlet,
            "published": document.published.value if document.published else None}


def test_a_dataframe_and_a_parquet_dataset_of_documents_are_built_on_spark(spark: SparkEngine, seeds: Path,
                                                                          tmp_path: Path) -> None:
    records = [_record(d) for d in read_paths([seeds]) if isinstance(d, Document)]
    frame = spark.session.createDataFrame(records + [{"id": "blank", "text": "  ", "title": None, "url": None,
                                                      "source": None, "published": None}], COLUMNS)
    report = build_dataframe(frame, str(tmp_path / "frame.db"))  # a user's own Spark job calls this
    assert report.added == 4 and report.stories_total == 1
    assert [p.reason for p in report.problems] == ["row 5: empty text"]  # a bad row is named, the rest built
    with Collection(tmp_path / "frame.db", read_only=True) as collection:
        (story,) = collection.stories()
        assert len(story.article_ids) == 4 and collection.timeline(story.id)
        assert {a.published.value for a in collection.articles() if a.published} >= {"2017-03"}  # Danish: a month

    dataset = tmp_path / "news.parquet"
    spark.session.createDataFrame(records, COLUMNS).write.parquet(str(dataset))
    run = subprocess.run([sys.executable, "-m", "storyline", "build", str(dataset), "--db", str(tmp_path / "pq.db"),
                          "--engine", "spark", "--master", "local[1]"], capture_output=True, text=True, timeout=600)
    assert run.returncode == 0, run.stderr[-3000:]
    assert "Added 4 articles" in run.stdout and json.loads(subprocess.run(
        [sys.executable, "-m", "storyline", "stories", "--db", str(tmp_path / "pq.db"), "--format", "json"],
        capture_output=True, text=True).stdout)[0]["articles"] == 4


def _stat(pid: int) -> list[str]:
    """The fields of /proc/PID/stat after the command name (state, parent, ...); empty once it is gone."""
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except (OSError, IndexError):
        return []


def _python_workers() -> list[int]:
    """Process ids of Spark's Python workers: the children its ``pyspark.daemon`` forks for tasks."""
    daemons: dict[int, int] = {}  # pid -> parent pid, of every process running the daemon's code
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            command = (entry / "cmdline").read_bytes()
        except OSError:
            continue
        fields = _stat(int(entry.name))
        if fields and (b"pyspark.daemon" in command or b"pyspark/daemon.py" in command):
            daemons[int(entry.name)] = int(fields[1])
    return [pid for pid, parent in daemons.items() if parent in daemons]


def _cpu_ticks(pid: int) -> int:
    fields = _stat(pid)
    return int(fields[11]) + int(fields[12]) if fields else -1  # utime + stime


def test_a_python_worker_killed_mid_task_is_retried_and_nothing_is_lost_or_doubled(
        spark: SparkEngine, seeds: Path, tmp_path: Path, collection_state: State) -> None:
    if not Path("/proc").is_dir():
        pytest.skip("finding Spark's workers reads /proc")
    killed: list[int] = []
    done = threading.Event()

    def kill_one() -> None:
        """Kill the first worker seen at work (its CPU time growing): one inside a task, not an idle one."""
        while not done.is_set() and not killed:
            before = {pid: _cpu_ticks(pid) for pid in _python_workers()}
            time.sleep(0.3)
            busy = [pid for pid, ticks in before.items() if _cpu_ticks(pid) > ticks]
            if busy:
                os.kill(busy[0], signal.SIGKILL)
                killed.append(busy[0])

    killer = threading.Thread(target=kill_one)
    killer.start()
    try:
        with Collection(tmp_path / "killed.db") as collection:
            report = collection.build([seeds], engine=spark)
    finally:
        done.set()
        killer.join()
    assert killed, "no Python worker was seen to kill"
    assert report.added == 4 and not report.problems
    assert collection_state(str(tmp_path / "killed.db")) == collection_state(_local([seeds], tmp_path / "local.db"))
