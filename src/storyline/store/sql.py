"""What every SQL store shares: the tables, and every query, written once for SQLite and PostgreSQL alike.

A dialect (:mod:`storyline.store.sqlite`, :mod:`storyline.store.postgres`)
supplies the connection, how it runs a statement, its column types, its
transactions and its writer lock; the queries here use only what both
databases speak (``?`` parameters, ``ON CONFLICT`` upserts, ``RETURNING``).

Lead vectors are searched through a usearch (HNSW) index held in memory
unless the dialect has a better one: it is built from the stored vectors the
first time a process asks, then kept up to date as articles are added, so a
stream of batches in one process pays for it once. The vectors themselves
stay in the database, the one source of truth.
"""

from __future__ import annotations

import json
import re
import zlib
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import AbstractContextManager
from itertools import islice
from typing import Any

import numpy as np
from usearch.index import Index

from storyline.dates import PartialDate
from storyline.model import (
    Article,
    DateRanking,
    DateSource,
    Disagreement,
    Entity,
    EntityKind,
    EntityMention,
    FigurePoint,
    Sentence,
    Story,
    StoryQuote,
    TimelineEntry,
)
from storyline.store.codec import (
    citations_from_json,
    citations_to_json,
    date_from_text,
    date_to_text,
    figures_from_json,
    figures_to_json,
    mentions_from_json,
    mentions_to_json,
    place_from_json,
    place_to_json,
    profile_from_row,
    profile_to_row,
    quotes_from_json,
    quotes_to_json,
    records_from_lines,
    records_to_lines,
    timexes_from_json,
    timexes_to_json,
    vector_from_blob,
    vector_to_blob,
)
from storyline.store.protocol import KeptReports, SentenceKey, StoryReports
from storyline.stories.profile import StoryProfile

SCHEMA_VERSION = 1

#: The tables, in the order a copy must fill them (a row's references come first).
#: ``end`` is quoted: PostgreSQL reserves the word.
SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS articles (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    id TEXT UNIQUE NOT NULL,
    content_hash TEXT UNIQUE NOT NULL,
    source_path TEXT NOT NULL,
    record_id TEXT,
    title TEXT, url TEXT, outlet TEXT, language TEXT,
    published TEXT, published_source TEXT, published_confidence REAL, published_reason TEXT,
    text TEXT NOT NULL,
    clutter TEXT NOT NULL,
    story_id TEXT,
    story_rank INTEGER,
    quotes TEXT,
    vector BLOB NOT NULL
);
CREATE INDEX IF NOT EXISTS articles_story ON articles(story_id);
CREATE TABLE IF NOT EXISTS sentences (
    article_id TEXT NOT NULL REFERENCES articles(id),
    idx INTEGER NOT NULL,
    text TEXT NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    timexes TEXT NOT NULL,
    mentions TEXT NOT NULL,
    entities TEXT NOT NULL DEFAULT '[]',
    figures TEXT,
    vector BLOB,
    PRIMARY KEY (article_id, idx)
);
CREATE TABLE IF NOT EXISTS stories (
    id TEXT PRIMARY KEY,
    title TEXT NOT NULL,
    first TEXT, last TEXT,
    languages TEXT NOT NULL,
    outlets TEXT NOT NULL,
    size INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS timeline_entries (
    story_id TEXT NOT NULL REFERENCES stories(id),
    position INTEGER NOT NULL,
    date TEXT NOT NULL,
    text TEXT NOT NULL,
    citations TEXT NOT NULL,
    main_line INTEGER NOT NULL DEFAULT 1,
    PRIMARY KEY (story_id, position)
);
CREATE TABLE IF NOT EXISTS line_counts (key TEXT PRIMARY KEY, documents INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS story_profiles (
    story_id TEXT PRIMARY KEY,
    size INTEGER NOT NULL,
    names TEXT NOT NULL,
    languages TEXT NOT NULL,
    first TEXT, last TEXT,
    vector_sum BLOB
);
CREATE TABLE IF NOT EXISTS name_counts (name TEXT PRIMARY KEY, documents INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS timeline_sizes (story_id TEXT PRIMARY KEY, size INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS timeline_picks (story_id TEXT PRIMARY KEY, ranking TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS story_reports (
    story_id TEXT PRIMARY KEY, size INTEGER NOT NULL,
    figures BLOB NOT NULL, quotes BLOB NOT NULL, disagreements BLOB NOT NULL
);
CREATE TABLE IF NOT EXISTS story_aliases (old TEXT PRIMARY KEY, new TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS entities (id TEXT PRIMARY KEY, kind TEXT NOT NULL, name TEXT NOT NULL, place TEXT);
CREATE TABLE IF NOT EXISTS story_entities (
    story_id TEXT NOT NULL,
    entity_id TEXT NOT NULL,
    rank INTEGER NOT NULL,
    name TEXT NOT NULL,
    aliases TEXT NOT NULL,
    articles INTEGER NOT NULL,
    outlets INTEGER NOT NULL,
    PRIMARY KEY (story_id, entity_id)
);
CREATE TABLE IF NOT EXISTS entity_mentions (
    entity_id TEXT NOT NULL,
    story_id TEXT NOT NULL,
    article_id TEXT NOT NULL,
    sentence INTEGER NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    text TEXT NOT NULL,
    language TEXT
);
CREATE INDEX IF NOT EXISTS entity_mentions_story ON entity_mentions(story_id, entity_id);
CREATE INDEX IF NOT EXISTS entity_mentions_entity ON entity_mentions(entity_id);
CREATE INDEX IF NOT EXISTS entity_mentions_sentence ON entity_mentions(story_id, article_id, sentence);
CREATE TABLE IF NOT EXISTS name_vectors (name TEXT PRIMARY KEY, vector BLOB NOT NULL);
"""


#: Every table, in creation order.
TABLES = tuple(re.findall(r"CREATE TABLE IF NOT EXISTS (\w+)", SCHEMA))
#: Every table and index the schema creates, to tell whether a file has them all.
SCHEMA_OBJECTS = tuple(re.findall(r"CREATE (?:TABLE|INDEX) IF NOT EXISTS (\w+)", SCHEMA))


def _word_filter(query: str) -> tuple[str, Callable[[str], bool]]:
    """A LIKE pattern that narrows rows cheaply (it folds ASCII case only), and the test that decides:
    every word of the query, whole, in any case. An empty query matches nothing."""
    words = [w.casefold() for w in query.split()]
    if not words:
        return "", lambda text: False
    patterns = [re.compile(rf"(?<!\w){re.escape(word)}(?!\w)") for word in words]
    like = f"%{words[0]}%" if words[0].isascii() else "%"
    return like, lambda text: all(p.search(text.casefold()) for p in patterns)


def upsert(table: str, columns: str, key: str, source: str | None = None) -> str:
    """INSERT of ``columns`` into ``table`` that replaces the row with the same ``key`` (both databases' syntax).

    ``source`` is a SELECT giving the values; without it they are parameters.
    """
    names = [name.strip() for name in columns.split(",")]
    keys = {name.strip() for name in key.split(",")}
    updates = ", ".join(f"{name} = excluded.{name}" for name in names if name not in keys)
    values = source or f"VALUES ({','.join('?' * len(names))})"
    return f"INSERT INTO {table} ({columns}) {values} ON CONFLICT ({key}) DO UPDATE SET {updates}"


class SQLStore:
    """A :class:`~storyline.store.protocol.Store` over a SQL database; a dialect subclass says how to reach it."""

    read_only: bool
    path: str
    """How messages name the database (a file's path, or a server's address without its password)."""

    #: The error a statement raises when a table it reads is missing (a collection made by an older version);
    #: each dialect names its own, so that no other error is taken for one.
    missing_table: type[Exception]
    #: The LIKE that folds at least ASCII case, as SQLite's LIKE does.
    like = "LIKE"

    def __init__(self) -> None:
        self._index: Index | None = None  # built on first search

    def _execute(self, query: str, parameters: tuple | list = ()) -> Any:
        """Run one statement written with ``?`` parameters; its cursor (iterable, with fetchone and fetchall)."""
        raise NotImplementedError

    def _executemany(self, query: str, rows: list[tuple]) -> None:
        """Run one statement for each row of parameters."""
        raise NotImplementedError

    def transaction(self) -> AbstractContextManager[None]:
        raise NotImplementedError

    def writer(self, timeout: float | None = None, on_wait: Callable[[], None] | None = None
               ) -> AbstractContextManager[None]:
        raise NotImplementedError

    def close(self) -> None:
        raise NotImplementedError

    def tables(self) -> tuple[str, ...]:
        return TABLES

    def columns(self, table: str) -> list[str]:
        raise NotImplementedError

    def count_rows(self, table: str) -> int:
        return int(self._execute(f"SELECT count(*) FROM {table}").fetchone()[0])

    def table_rows(self, table: str, columns: list[str]) -> Iterator[tuple]:
        names = ", ".join(f'"{name}"' for name in columns)
        order = " ORDER BY seq" if "seq" in columns else ""
        return iter(self._execute(f"SELECT {names} FROM {table}{order}"))

    def add_rows(self, table: str, columns: list[str], rows: list[tuple]) -> None:
        names = ", ".join(f'"{name}"' for name in columns)
        self._executemany(f"INSERT INTO {table} ({names}) VALUES ({','.join('?' * len(columns))})"
                          " ON CONFLICT DO NOTHING", rows)
        if table == "articles":
            seq, vector = columns.index("seq"), columns.index("vector")
            for row in rows:
                self._vector_added(int(row[seq]), vector_from_blob(row[vector]))

    def _select(self, query: str, column: str, values: Iterable | None, order: str = "") -> Iterator[tuple]:
        """Rows of ``query`` (a SELECT ... FROM table) whose ``column`` is one of ``values``, all when None.

        SQLite caps the parameters of one statement, so values go 500 at a
        time; each chunk is fetched whole, so callers may query while iterating.
        """
        if values is None:
            yield from self._execute(f"{query} {order}")
            return
        for chunk in _chunks(list(values), 500):
            marks = ",".join("?" * len(chunk))
            yield from self._execute(f"{query} WHERE {column} IN ({marks}) {order}", chunk).fetchall()

    def known_hashes(self, hashes: Iterable[str]) -> set[str]:
        return {row[0] for row in self._select("SELECT content_hash FROM articles", "content_hash", hashes)}

    def add_article(self, article: Article, vector: np.ndarray) -> None:
        (seq,) = self._execute(
            "INSERT INTO articles (id, content_hash, source_path, record_id, title, url, outlet,"
            " language, published, published_source, published_confidence, published_reason, text,"
            " clutter, story_id, vector, quotes) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?) RETURNING seq",
            (
                article.id,
                article.content_hash,
                article.source_path,
                article.record_id,
                article.title,
                article.url,
                article.outlet,
                article.language,
                date_to_text(article.published),
                article.published_source.value if article.published_source else None,
                article.published_confidence,
                article.published_reason,
                article.text,
                json.dumps(article.clutter, ensure_ascii=False),
                article.story_id,
                vector_to_blob(vector),
                quotes_to_json(article.quotes),
            ),
        ).fetchone()
        self._vector_added(seq, vector)
        self._executemany(
            "INSERT INTO sentences (article_id, idx, text, start, \"end\", timexes, mentions, entities, figures)"
            " VALUES (?,?,?,?,?,?,?,?,?)",
            [
                (
                    article.id,
                    s.index,
                    s.text,
                    s.start,
                    s.end,
                    timexes_to_json(s.timexes),
                    mentions_to_json(s.mentions),
                    mentions_to_json(s.entities),
                    figures_to_json(s.figures),
                )
                for s in article.sentences
            ],
        )

    def articles_without_reports(self) -> list[str]:
        return [aid for (aid,) in self._execute("SELECT id FROM articles WHERE quotes IS NULL ORDER BY seq")]

    def save_reports(self, article: Article) -> None:
        self._execute("UPDATE articles SET quotes = ? WHERE id = ?", (quotes_to_json(article.quotes), article.id))
        self._executemany(
            "UPDATE sentences SET figures = ? WHERE article_id = ? AND idx = ?",
            [(figures_to_json(s.figures), article.id, s.index) for s in article.sentences],
        )
        # the story's kept reports were worked out from what the article reported before
        self._execute("DELETE FROM story_reports WHERE story_id = (SELECT story_id FROM articles WHERE id = ?)",
                         (article.id,))

    def update_dates(self, article: Article) -> None:
        self._execute(
            "UPDATE articles SET published = ?, published_source = ?, published_confidence = ?,"
            " published_reason = ? WHERE id = ?",
            (
                date_to_text(article.published),
                article.published_source.value if article.published_source else None,
                article.published_confidence,
                article.published_reason,
                article.id,
            ),
        )
        self._executemany(
            "UPDATE sentences SET timexes = ? WHERE article_id = ? AND idx = ?",
            [(timexes_to_json(s.timexes), article.id, s.index) for s in article.sentences],
        )

    def add_sentence_vectors(self, vectors: Mapping[SentenceKey, np.ndarray]) -> None:
        self._executemany(
            "UPDATE sentences SET vector = ? WHERE article_id = ? AND idx = ?",
            [(vector_to_blob(v), aid, idx) for (aid, idx), v in vectors.items()],
        )

    def sentence_vectors(self, keys: Iterable[SentenceKey]) -> dict[SentenceKey, np.ndarray]:
        by_article: dict[str, set[int]] = {}
        for article_id, index in keys:
            by_article.setdefault(article_id, set()).add(index)
        found: dict[SentenceKey, np.ndarray] = {}
        for article_id, indexes in by_article.items():
            rows = self._execute(
                "SELECT idx, vector FROM sentences WHERE article_id = ? AND vector IS NOT NULL",
                (article_id,),
            )
            for index, blob in rows:
                if index in indexes:
                    found[(article_id, index)] = vector_from_blob(blob)
        return found

    def _resolve(self, table: str, prefix: str) -> str | None:
        """The id that is ``prefix``, or the only one starting with it: compared as text, never as a pattern."""
        if not prefix:
            return None
        # Every id starting with the prefix sorts between it and it followed by the last code point.
        rows = self._execute(
            f"SELECT id FROM {table} WHERE id >= ? AND id < ? ORDER BY id LIMIT 2", (prefix, prefix + "\U0010ffff")
        ).fetchall()
        found = [row[0] for row in rows if row[0].startswith(prefix)]
        if prefix in found:
            return prefix
        return found[0] if len(found) == 1 else None

    def article(self, article_id: str) -> Article | None:
        resolved = self._resolve("articles", article_id)
        return next(self.articles([resolved]), None) if resolved else None

    def articles(self, ids: Iterable[str] | None = None, sentences: bool = True) -> Iterator[Article]:
        columns = (
            "id, content_hash, source_path, record_id, title, url, outlet, language, published,"
            " published_source, published_confidence, published_reason, text, clutter, story_id, quotes"
        )
        for row in self._select(f"SELECT {columns} FROM articles", "id", ids, "ORDER BY seq"):
            yield self._article_from_row(row, sentences)

    def search_articles(self, query: str) -> list[str]:
        like, holds = _word_filter(query)
        rows = self._execute(
            "SELECT id, coalesce(title, '') || ' ' || text FROM articles WHERE"
            f" coalesce(title, '') || ' ' || text {self.like} ? ORDER BY seq",
            (like,),
        )
        return [aid for aid, text in rows if holds(text)]

    def search_sentences(self, query: str, limit: int) -> list[tuple[str, int, str]]:
        like, holds = _word_filter(query)
        rows = self._execute(
            "SELECT s.article_id, s.idx, s.text FROM sentences s JOIN articles a ON a.id = s.article_id"
            f" WHERE s.text {self.like} ? ORDER BY a.seq, s.idx",
            (like,),
        )
        return list(islice(((aid, index, text) for aid, index, text in rows if holds(text)), limit))

    def _article_from_row(self, row: tuple, with_sentences: bool = True) -> Article:
        (aid, content_hash, path, record_id, title, url, outlet, language, published, source, confidence,
         reason, text, clutter, story_id, quotes) = row  # fmt: skip
        sentences = [
            Sentence(idx, s_text, start, end, timexes_from_json(timexes), mentions_from_json(mentions),
                     mentions_from_json(entities), figures_from_json(figures) if figures else [])
            for idx, s_text, start, end, timexes, mentions, entities, figures in self._execute(
                "SELECT idx, text, start, \"end\", timexes, mentions, entities, figures FROM sentences"
                " WHERE article_id = ? ORDER BY idx",
                (aid,),
            )
        ] if with_sentences else []
        return Article(
            id=aid,
            source_path=path,
            content_hash=content_hash,
            text=text,
            record_id=record_id,
            title=title,
            url=url,
            outlet=outlet,
            language=language,
            published=date_from_text(published),
            published_source=DateSource(source) if source else None,
            published_confidence=confidence,
            published_reason=reason,
            clutter=json.loads(clutter),
            sentences=sentences,
            story_id=story_id,
            quotes=quotes_from_json(quotes) if quotes else [],
        )

    def article_vectors(self, ids: Iterable[str] | None = None) -> tuple[list[str], np.ndarray]:
        found = [(aid, vector_from_blob(blob))
                 for aid, blob in self._select("SELECT id, vector FROM articles", "id", ids, "ORDER BY seq")]
        matrix = np.vstack([v for _, v in found]) if found else np.zeros((0, 0), dtype=np.float32)
        return [aid for aid, _ in found], matrix

    def _vector_added(self, seq: int, vector: np.ndarray) -> None:
        """Keep the in-memory index, if this process built one, in step with a stored article."""
        if self._index is not None:
            self._index.add(seq, np.asarray(vector, dtype=np.float32))

    def _vector_index(self) -> Index:
        if self._index is None:
            rows = self._execute("SELECT seq, vector FROM articles ORDER BY seq").fetchall()
            dimensions = len(vector_from_blob(rows[0][1])) if rows else 384
            self._index = Index(ndim=dimensions, metric="ip", dtype="f32")
            if rows:
                self._index.add(np.array([seq for seq, _ in rows], dtype=np.uint64),
                                np.vstack([vector_from_blob(blob) for _, blob in rows]))
        return self._index

    def nearest_placed(self, vector: np.ndarray, count: int) -> list[tuple[str, float, str | None, PartialDate | None]]:
        index = self._vector_index()
        if not len(index):
            return []
        matches = index.search(np.asarray(vector, dtype=np.float32), count)
        similarity = {int(key): 1.0 - float(distance) for key, distance in zip(matches.keys, matches.distances)}
        keys = list(similarity)
        rows = self._execute(
            f"SELECT seq, story_id, language, published FROM articles WHERE seq IN ({','.join('?' * len(keys))})"
            " AND story_id IS NOT NULL",
            keys,
        )
        found = [(story, similarity[seq], language, date_from_text(published))
                 for seq, story, language, published in rows]
        return sorted(found, key=lambda hit: -hit[1])

    def unplaced_articles(self) -> list[str]:
        return [row[0] for row in self._execute("SELECT id FROM articles WHERE story_id IS NULL ORDER BY seq")]

    def placed_articles(self) -> int:
        return self._execute("SELECT count(*) FROM articles WHERE story_id IS NOT NULL").fetchone()[0]

    def place_articles(self, assignments: Mapping[str, str]) -> None:
        self._executemany("UPDATE articles SET story_id = ? WHERE id = ?",
                             [(sid, aid) for aid, sid in assignments.items()])

    def merge_stories(self, merged: Mapping[str, str]) -> None:
        for old, new in merged.items():
            self._execute("UPDATE articles SET story_id = ? WHERE story_id = ?", (new, old))
            for table, column in (("stories", "id"), ("timeline_entries", "story_id"), ("timeline_sizes", "story_id"),
                                  ("story_profiles", "story_id"), ("story_entities", "story_id"),
                                  ("entity_mentions", "story_id"), ("story_reports", "story_id"),
                                  ("timeline_picks", "story_id")):
                self._execute(f"DELETE FROM {table} WHERE {column} = ?", (old,))
            self._execute("UPDATE story_aliases SET new = ? WHERE new = ?", (new, old))
            self._execute(upsert("story_aliases", "old, new", "old"), (old, new))

    def stale_stories(self) -> list[str]:
        rows = self._execute(
            "SELECT a.story_id FROM articles a LEFT JOIN stories s ON s.id = a.story_id"
            " WHERE a.story_id IS NOT NULL GROUP BY a.story_id HAVING count(*) != coalesce(max(s.size), -1)"
            " ORDER BY a.story_id"
        )
        return [row[0] for row in rows]

    def _kept_row(self, query: str, story_id: str) -> tuple | None:
        """The row ``query`` selects for the story from a table of what was kept of it; None also when the
        table is missing (a collection built before such things were kept, opened read-only)."""
        try:
            return self._execute(query, (story_id,)).fetchone()
        except self.missing_table:
            return None

    def timeline_picks(self, story_id: str) -> DateRanking | None:
        row = self._kept_row(
            "SELECT p.ranking FROM timeline_picks p JOIN timeline_sizes t ON t.story_id = p.story_id"
            " JOIN stories s ON s.id = p.story_id WHERE p.story_id = ? AND t.size = s.size", story_id)
        return [((salience[0], salience[1]), members) for salience, members in json.loads(row[0])] if row else None

    def save_story_reports(self, story_id: str, reports: StoryReports) -> None:
        # Compressed: a large story's quotes repeat their sentences' words (30 MB of JSON on T17, 6 MB so).
        packed = [zlib.compress(records_to_lines(records).encode("utf-8")) for records in reports]
        self._execute(
            upsert("story_reports", "story_id, size, figures, quotes, disagreements", "story_id",
                   "SELECT id, size, ?, ?, ? FROM stories WHERE id = ?"),
            (*packed, story_id),
        )

    def story_reports(self, story_id: str, quotes: int | None = None) -> KeptReports | None:
        row = self._kept_row(
            "SELECT r.figures, r.quotes, r.disagreements FROM story_reports r JOIN stories s ON s.id = r.story_id"
            " WHERE r.story_id = ? AND r.size = s.size", story_id)
        if row is None:
            return None
        figures, quoted, disagreements = (zlib.decompress(blob).decode("utf-8") for blob in row)
        kept_quotes, all_quotes = records_from_lines(StoryQuote, quoted, quotes)
        return (records_from_lines(FigurePoint, figures)[0], kept_quotes,
                records_from_lines(Disagreement, disagreements)[0], all_quotes - len(kept_quotes))

    def stale_reports(self) -> list[str]:
        return self._kept_for_other_members("story_reports")

    def stale_timelines(self) -> list[str]:
        return self._kept_for_other_members("timeline_sizes")

    def _kept_for_other_members(self, table: str) -> list[str]:
        """Stories whose row in ``table`` (what was kept of them, with the size it was made at) is missing or
        was made at another size."""
        rows = self._execute(
            f"SELECT s.id FROM stories s LEFT JOIN {table} k ON k.story_id = s.id"
            " WHERE k.size IS NULL OR k.size != s.size ORDER BY s.id"
        )
        return [row[0] for row in rows]

    def profiled_stories(self) -> int:
        return self._execute("SELECT count(*) FROM story_profiles").fetchone()[0]

    def story_members(self, story_id: str) -> list[str]:
        rows = self._execute("SELECT id FROM articles WHERE story_id = ? ORDER BY seq", (story_id,))
        return [row[0] for row in rows]

    def story_profiles(self, story_ids: Iterable[str] | None = None) -> dict[str, StoryProfile]:
        query = "SELECT story_id, size, names, languages, first, last, vector_sum FROM story_profiles"
        return {sid: profile_from_row(*rest) for sid, *rest in self._select(query, "story_id", story_ids)}

    def save_story_profiles(self, profiles: Mapping[str, StoryProfile]) -> None:
        self._executemany(
            upsert("story_profiles", "story_id, size, names, languages, first, last, vector_sum", "story_id"),
            [(sid, *profile_to_row(profile)) for sid, profile in profiles.items()],
        )

    def count_names(self, names: Iterable[str]) -> None:
        self._executemany(
            "INSERT INTO name_counts VALUES (?, 1) ON CONFLICT(name) DO UPDATE SET documents = name_counts.documents + 1",
            [(name,) for name in names],
        )

    def name_documents(self, names: Iterable[str]) -> dict[str, int]:
        return dict(self._select("SELECT name, documents FROM name_counts", "name", names))

    def count_lines(self, keys: Iterable[str]) -> None:
        self._executemany(
            "INSERT INTO line_counts VALUES (?, 1)"
            " ON CONFLICT(key) DO UPDATE SET documents = line_counts.documents + 1",
            [(key,) for key in keys],
        )

    def line_counts(self, keys: Iterable[str]) -> dict[str, int]:
        return dict(self._select("SELECT key, documents FROM line_counts", "key", keys))

    def frequent_lines(self, min_documents: int) -> set[str]:
        rows = self._execute("SELECT key FROM line_counts WHERE documents >= ?", (min_documents,))
        return {row[0] for row in rows}

    def save_story(self, story: Story) -> None:
        self._execute(
            upsert("stories", "id, title, first, last, languages, outlets, size", "id"),
            (
                story.id,
                story.title,
                date_to_text(story.first),
                date_to_text(story.last),
                json.dumps(story.languages),
                json.dumps(story.outlets, ensure_ascii=False),
                len(story.article_ids),
            ),
        )
        self._executemany(
            "UPDATE articles SET story_id = ?, story_rank = ? WHERE id = ?",
            [(story.id, rank, aid) for rank, aid in enumerate(story.article_ids)],
        )

    def _story_from_row(self, row: tuple, members: list[str] | None = None) -> Story:
        """A story from its row; its members are read unless given."""
        sid, title, first, last, languages, outlets, _size = row
        if members is None:
            rows = self._execute("SELECT id FROM articles WHERE story_id = ? ORDER BY story_rank", (sid,))
            members = [r[0] for r in rows]
        return Story(
            id=sid,
            title=title,
            article_ids=members,
            first=date_from_text(first),
            last=date_from_text(last),
            languages=json.loads(languages),
            outlets=json.loads(outlets),
        )

    def stories(self) -> list[Story]:
        members: dict[str, list[str]] = {}
        for sid, aid in self._execute(
            "SELECT story_id, id FROM articles WHERE story_id IS NOT NULL ORDER BY story_id, story_rank"
        ):
            members.setdefault(sid, []).append(aid)
        rows = self._execute("SELECT * FROM stories ORDER BY size DESC, first, id").fetchall()
        return [self._story_from_row(row, members.get(row[0], [])) for row in rows]

    def version(self) -> tuple[int, ...]:
        row = self._execute(
            "SELECT (SELECT coalesce(max(seq), 0) FROM articles), (SELECT count(*) FROM stories),"
            " (SELECT coalesce(sum(size), 0) FROM stories), (SELECT count(*) FROM story_aliases)"
        ).fetchone()
        return tuple(int(value) for value in row)

    def story(self, story_id: str) -> Story | None:
        resolved = self._resolve_story(story_id)
        row = self._execute("SELECT * FROM stories WHERE id = ?", (resolved,)).fetchone() if resolved else None
        return self._story_from_row(row) if row else None

    def story_version(self, story_id: str) -> tuple[str, int] | None:
        resolved = self._resolve_story(story_id)
        row = self._execute("SELECT id, size FROM stories WHERE id = ?", (resolved,)).fetchone() if resolved else None
        return (row[0], int(row[1])) if row else None

    def _resolve_story(self, story_id: str) -> str | None:
        alias = self._execute("SELECT new FROM story_aliases WHERE old = ?", (story_id,)).fetchone()
        return alias[0] if alias else self._resolve("stories", story_id)

    def save_timeline(self, story_id: str, entries: list[TimelineEntry], picks: DateRanking | None = None) -> None:
        self._execute("DELETE FROM timeline_entries WHERE story_id = ?", (story_id,))
        self._execute("DELETE FROM timeline_picks WHERE story_id = ?", (story_id,))
        if picks is not None:
            self._execute("INSERT INTO timeline_picks VALUES (?, ?)", (story_id, json.dumps(picks)))
        self._executemany(
            "INSERT INTO timeline_entries VALUES (?,?,?,?,?,?)",
            [
                (story_id, position, e.date.value, e.text, citations_to_json(e.citations), int(e.on_main_line))
                for position, e in enumerate(entries)
            ],
        )
        self._execute(
            upsert("timeline_sizes", "story_id, size", "story_id", "SELECT id, size FROM stories WHERE id = ?"), (story_id,)
        )

    def timeline_is_current(self, story_id: str) -> bool:
        row = self._execute(
            "SELECT t.size = s.size FROM stories s JOIN timeline_sizes t ON t.story_id = s.id WHERE s.id = ?",
            (story_id,),
        ).fetchone()
        return bool(row and row[0])

    def timeline(self, story_id: str) -> list[TimelineEntry]:
        rows = self._execute(
            "SELECT date, text, citations, main_line FROM timeline_entries WHERE story_id = ? ORDER BY position",
            (story_id,),
        )
        return [
            TimelineEntry(date_from_text(d), text, citations_from_json(c), bool(main))  # type: ignore[arg-type]
            for d, text, c, main in rows
        ]

    def save_story_entities(self, story_id: str, entities: list[Entity]) -> None:
        for table in ("story_entities", "entity_mentions"):
            self._execute(f"DELETE FROM {table} WHERE story_id = ?", (story_id,))
        self._executemany(
            "INSERT INTO entities VALUES (?,?,?,?) ON CONFLICT(id) DO UPDATE SET name = excluded.name,"
            " place = coalesce(excluded.place, entities.place)",
            [(e.id, e.kind.value, e.name, place_to_json(e.place)) for e in entities],
        )
        self._executemany(
            "INSERT INTO story_entities VALUES (?,?,?,?,?,?,?)",
            [(story_id, e.id, rank, e.name, json.dumps(e.aliases, ensure_ascii=False), e.articles, e.outlets)
             for rank, e in enumerate(entities)],
        )
        self._executemany(
            "INSERT INTO entity_mentions VALUES (?,?,?,?,?,?,?,?)",
            [(e.id, story_id, m.article_id, m.sentence_index, m.start, m.end, m.text, m.language)
             for e in entities for m in e.mentions],
        )

    def story_entities(self, story_id: str, mentions: bool = True) -> list[Entity]:
        rows = self._execute(
            "SELECT se.entity_id, e.kind, se.name, se.aliases, se.articles, se.outlets, e.place"
            " FROM story_entities se JOIN entities e ON e.id = se.entity_id WHERE se.story_id = ? ORDER BY se.rank",
            (story_id,),
        ).fetchall()
        named = self._mentions("story_id = ?", (story_id,)) if mentions else {}
        return [
            Entity(eid, EntityKind(kind), name, json.loads(aliases), named.get(eid, []), articles, outlets,
                   place_from_json(place))
            for eid, kind, name, aliases, articles, outlets, place in rows
        ]

    def mention_counts(self, story_id: str) -> dict[str, int]:
        return dict(self._execute(
            "SELECT entity_id, COUNT(*) FROM entity_mentions WHERE story_id = ? GROUP BY entity_id", (story_id,)))

    def sentence_entities(self, story_id: str, sentences: Iterable[SentenceKey]) -> dict[SentenceKey, list[str]]:
        found: dict[SentenceKey, list[str]] = {}
        for chunk in _chunks(sorted(set(sentences)), 250):
            # The asked sentences drive the join, so each is one index search, not a scan of the story.
            rows = self._execute(
                f"WITH wanted(article_id, sentence) AS (VALUES {','.join(['(?, ?)'] * len(chunk))})"
                " SELECT m.article_id, m.sentence, m.entity_id FROM wanted w JOIN entity_mentions m"
                " ON m.story_id = ? AND m.article_id = w.article_id AND m.sentence = w.sentence"
                " JOIN story_entities se ON se.story_id = m.story_id AND se.entity_id = m.entity_id"
                " ORDER BY se.rank",
                (*(value for key in chunk for value in key), story_id),
            ).fetchall()
            for article_id, index, entity_id in rows:
                named = found.setdefault((article_id, index), [])
                if entity_id not in named:
                    named.append(entity_id)
        return found

    def _mentions(self, where: str, values: tuple) -> dict[str, list[EntityMention]]:
        found: dict[str, list[EntityMention]] = {}
        for eid, *fields in self._execute(
            "SELECT entity_id, article_id, sentence, start, \"end\", text, language FROM entity_mentions"
            f" WHERE {where} ORDER BY article_id, sentence, start",
            values,
        ):
            found.setdefault(eid, []).append(EntityMention(*fields))
        return found

    def entity(self, entity_id: str) -> tuple[Entity, list[str]] | None:
        row = self._execute("SELECT kind, name, place FROM entities WHERE id = ?", (entity_id,)).fetchone()
        if row is None:
            return None
        stories = self._execute(
            "SELECT story_id, aliases, outlets FROM story_entities WHERE entity_id = ? ORDER BY articles DESC",
            (entity_id,),
        ).fetchall()
        aliases: dict[str, list[str]] = {}
        for _, story_aliases, _ in stories:
            for language, forms in json.loads(story_aliases).items():
                aliases[language] = list(dict.fromkeys(aliases.get(language, []) + forms))
        mentions = self._mentions("entity_id = ?", (entity_id,)).get(entity_id, [])
        entity = Entity(entity_id, EntityKind(row[0]), row[1], aliases, mentions,
                        len({m.article_id for m in mentions}), max((s[2] for s in stories), default=0),
                        place_from_json(row[2]))
        return entity, [s[0] for s in stories]

    def name_vectors(self, names: Iterable[str]) -> dict[str, np.ndarray]:
        return {name: vector_from_blob(blob)
                for name, blob in self._select("SELECT name, vector FROM name_vectors", "name", names)}

    def add_name_vectors(self, vectors: Mapping[str, np.ndarray]) -> None:
        self._executemany(upsert("name_vectors", "name, vector", "name"),
                             [(name, vector_to_blob(v)) for name, v in vectors.items()])



def _chunks(items: list, size: int) -> Iterator[list]:
    for start in range(0, len(items), size):
        yield items[start : start + size]
