"""The per-document stage run over many documents at once, by a pool of processes.

Analysis (language, sentences, time, names, entities, figures, quotes) is a
plain function of one document, so batches of documents can go to other
processes while this one embeds and stores the batches already analysed.
Results come back in the order the batches went out, and each document's
analysis is the same function wherever it runs, so a build with many jobs
stores exactly what a one-job build stores.

Workers are started fresh ("spawn"), not forked: the embedder's OpenMP
runtime, once running in this process, is not safe to fork, and spawning
works the same on every platform. Each worker loads the models it uses once.
"""

from __future__ import annotations

import multiprocessing
import os
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from typing import Protocol

from storyline.analyse import analyse
from storyline.clean import Cleaned
from storyline.model import Article, Document

#: A document to analyse, its cleaned text and its content hash.
Item = tuple[Document, Cleaned, str]
#: What analysing one document gives: its article, or why it could not be analysed.
Outcome = Article | str


class Engine(Protocol):
    """Somewhere else to run the per-document analysis (a Spark cluster: :mod:`storyline.spark`).

    It must run :func:`analyse_batch`, the one function, on each batch and
    give the outcomes back in the order the batches came, as :func:`analysed` does.
    """

    def analysed(self, batches: Iterable[list[Item]]) -> Iterator[list[Outcome]]:
        """The batches analysed, in order."""


def default_jobs() -> int:
    """Every core this process may use."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def analyse_batch(batch: list[Item]) -> list[Outcome]:
    """Each document of the batch analysed, in order; one that fails is the reason, not the end of the batch."""
    outcomes: list[Outcome] = []
    for document, cleaned, digest in batch:
        try:
            outcomes.append(analyse(document, cleaned, digest))
        except Exception as error:  # one article's failure must not end the run
            outcomes.append(f"{type(error).__name__}: {error}")
    return outcomes


def analysed(batches: Iterable[list[Item]], jobs: int) -> Iterator[list[Outcome]]:
    """The batches analysed, in order: here when ``jobs`` is 1, else by ``jobs - 1`` worker processes.

    This process keeps working too (the caller embeds and stores each batch
    as it comes back), so ``jobs`` counts it: two jobs are one worker
    analysing while this process embeds. A few batches are sent ahead, so
    the workers never wait for the caller and memory stays bounded.
    """
    if jobs <= 1:
        yield from map(analyse_batch, batches)
        return
    workers = jobs - 1
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
        pending: deque[Future[list[Outcome]]] = deque()
        for batch in batches:
            pending.append(pool.submit(analyse_batch, batch))
            if len(pending) > 2 * workers:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()
