"""The per-document analysis as Spark tasks, for collections that need a cluster (the ``spark`` extra).

Spark runs :func:`storyline.workers.analyse_batch`, the function the local
process pool runs, one task per batch; nothing is analysed another way. This
process then embeds, stores and places each batch in order, as a local build
does, so the stories are the same; with PostgreSQL as the store, several
such drivers may share one collection.

Batches go out in waves of twice the cluster's parallelism, and the next
wave is analysed while this process embeds the one before, so neither waits
for the other. Every executor needs storyline installed (``pip install
storyline``), as it needs any other library a job's functions use.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from itertools import islice
from typing import Any

from storyline.api import Collection
from storyline.model import Document, ReadProblem
from storyline.pipeline import BuildReport, Progress
from storyline.read.jsonl import record_to_document
from storyline.workers import Item, Outcome, analyse_batch


def build_dataframe(frame: Any, db: str, progress: Progress | None = None) -> BuildReport:
    """Add the documents of a Spark DataFrame to the collection in ``db`` (best a ``postgresql://`` URL),
    analysed on the DataFrame's own Spark session: the entry point for a user's Spark job.

    Rows are read as :meth:`SparkEngine.documents` says; the collection's
    stories and timelines are brought up to date before it returns.
    """
    engine = SparkEngine(session=frame.sparkSession)
    with Collection(db) as collection:
        return collection.add(engine.documents(frame), progress, engine=engine, ready=True)


class SparkEngine:
    """Analysis on a Spark cluster: an :class:`~storyline.workers.Engine` for :func:`storyline.pipeline.build`."""

    def __init__(self, master: str | None = None, session: Any = None) -> None:
        """Use ``session`` (a user's own SparkSession), or start one on ``master`` (``local[2]``,
        ``spark://host:7077``, ``yarn``; default ``local[*]``), which :meth:`close` stops."""
        self.owned = session is None
        self.session = session if session is not None else start_session(master or "local[*]")

    def analysed(self, batches: Iterable[list[Item]]) -> Iterator[list[Outcome]]:
        context = self.session.sparkContext
        size = max(2 * context.defaultParallelism, 1)
        remaining = iter(batches)
        waves = iter(lambda: list(islice(remaining, size)), [])
        with ThreadPoolExecutor(max_workers=1) as ahead:
            pending: Future[list[list[Outcome]]] | None = None
            for wave in waves:
                running = ahead.submit(_analyse_wave, context, wave)
                if pending is not None:
                    yield from pending.result()
                pending = running
            if pending is not None:
                yield from pending.result()

    def documents(self, frame: Any) -> Iterator[Document | ReadProblem]:
        """The documents of a DataFrame (one row each, with the fields a JSON Lines record has: ``text``, and
        any of ``title``, ``url``, ``source``, ``lang``, ``id``, ``published``/``date``), read row by row."""
        for number, row in enumerate(frame.toLocalIterator(), start=1):
            yield record_to_document("dataframe", _plain(row.asDict(recursive=True)), f"row {number}")

    def read(self, path: str) -> Iterator[Document | ReadProblem]:
        """The documents of a Parquet dataset (a file or a folder of them), through Spark."""
        return self.documents(self.session.read.parquet(path))

    def close(self) -> None:
        if self.owned:
            self.session.stop()


def start_session(master: str) -> Any:
    """A SparkSession on ``master`` whose Python workers run this interpreter (so they find storyline)."""
    try:
        from pyspark.sql import SparkSession
    except ImportError:
        raise RuntimeError("--engine spark needs pyspark: pip install 'storyline[spark]'") from None
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    if master.startswith("local"):
        os.environ.setdefault("SPARK_LOCAL_IP", "127.0.0.1")  # a laptop's own name may not resolve
    return (SparkSession.builder.master(master).appName("storyline")
            .config("spark.ui.enabled", "false").config("spark.ui.showConsoleProgress", "false").getOrCreate())


def _analyse_wave(context: Any, wave: list[list[Item]]) -> list[list[Outcome]]:
    """One wave of batches, a task each, back in the order they went (collect keeps partition order)."""
    return context.parallelize(wave, len(wave)).map(analyse_batch).collect()


def _plain(record: dict[str, Any]) -> dict[str, Any]:
    """A row's values as a JSON record has them: dates and timestamps as ISO text."""
    return {key: value.isoformat() if hasattr(value, "isoformat") else value for key, value in record.items()}
