"""The embedded default store: one SQLite file.

WAL journaling and one transaction per batch mean a build killed halfway
leaves a database that opens, holding every batch committed before the kill,
and the next build simply adds what is missing (articles are keyed by content
hash).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any
from urllib.parse import quote

from filelock import FileLock, Timeout

from storyline.store.protocol import StoreBusy, StoreError
from storyline.store.sql import SCHEMA, SCHEMA_OBJECTS, SCHEMA_VERSION, SQLStore

#: Seconds a statement waits for another connection's write transaction to end. Writers take turns
#: through the file lock, so a wait here is another process's one batch, never a build.
BUSY_WAIT = 60.0


class SQLiteStore(SQLStore):
    """A :class:`~storyline.store.protocol.Store` in one SQLite file."""

    missing_table = sqlite3.OperationalError

    def __init__(self, path: str, read_only: bool = False) -> None:
        super().__init__()
        self.path = path
        self.read_only = read_only
        try:
            self._db = self._connect(path, read_only)
            self._check_is_ours()
            if not read_only:
                self._db.execute("PRAGMA journal_mode=WAL")
                self._db.execute("PRAGMA synchronous=NORMAL")
                self._create_missing_schema()
        except sqlite3.DatabaseError as error:
            raise StoreError(f"{path} cannot be opened as a storyline database: {error}") from None
        self._lock = FileLock(f"{path}.lock")

    @staticmethod
    def _connect(path: str, read_only: bool) -> sqlite3.Connection:
        """A connection to the file; read-only ones never write it (nor create it)."""
        if Path(path).is_dir():
            raise StoreError(f"{path} is a folder, not a database file")
        if read_only:
            if not Path(path).is_file():
                raise StoreError(f"no database at {path}")
            uri = f"file:{quote(str(Path(path).resolve()))}?mode=ro"
            # A connection may pass from thread to thread (a web server hands pooled collections to
            # its worker threads), but is never used by two at once: the pool gives it to one request.
            return sqlite3.connect(uri, uri=True, isolation_level=None, check_same_thread=False, timeout=BUSY_WAIT)
        return sqlite3.connect(path, isolation_level=None, check_same_thread=False, timeout=BUSY_WAIT)

    def _check_is_ours(self) -> None:
        """Refuse a database of another program: writing our tables into it would mix two collections."""
        tables = {row[0] for row in self._db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if tables and "meta" not in tables:
            raise StoreError(f"{self.path} is an SQLite database of another program, not a storyline collection")
        if self.read_only and not tables:
            raise StoreError(f"{self.path} holds no storyline collection yet")

    def _create_missing_schema(self) -> None:
        """Tables, columns and version for a new or older file, writing nothing when all are there.

        Another build may hold a write transaction on the file right now; an
        opener with nothing to add must not queue behind it for a write.
        """
        present = {row[0] for row in self._db.execute("SELECT name FROM sqlite_master")}
        if not set(SCHEMA_OBJECTS) <= present:
            self._db.executescript(SCHEMA)
        self._add_missing_columns()
        if self._db.execute("SELECT 1 FROM meta WHERE key = 'schema_version'").fetchone() is None:
            self._db.execute("INSERT INTO meta VALUES ('schema_version', ?) ON CONFLICT DO NOTHING",
                             (str(SCHEMA_VERSION),))

    def _add_missing_columns(self) -> None:
        """Columns added since a store was created (its tables exist, so CREATE IF NOT EXISTS skips them)."""
        for table, column, definition in (
            ("timeline_entries", "main_line", "INTEGER NOT NULL DEFAULT 1"),
            ("sentences", "entities", "TEXT NOT NULL DEFAULT '[]'"),
            ("sentences", "figures", "TEXT"),  # NULL: stored before figures were found (found when read)
            ("articles", "quotes", "TEXT"),  # NULL: stored before quotes were found
        ):
            if column not in self.columns(table):
                self._db.execute(f"ALTER TABLE {table} ADD COLUMN {column} {definition}")

    def columns(self, table: str) -> list[str]:
        return [row[1] for row in self._db.execute(f"PRAGMA table_info({table})")]

    def _execute(self, query: str, parameters: tuple | list = ()) -> Any:
        return self._db.execute(query, parameters)

    def _executemany(self, query: str, rows: list[tuple]) -> None:
        self._db.executemany(query, rows)

    @contextmanager
    def writer(self, timeout: float | None = None, on_wait: Callable[[], None] | None = None) -> Iterator[None]:
        """Hold the collection's one writer lock (a file beside the database), waiting for it if another has it.

        The lock is the operating system's, so a writer killed with -9 frees
        it. ``on_wait`` is called once if the lock is busy, before waiting;
        after ``timeout`` seconds of waiting, StoreBusy is raised.
        """
        if self.read_only:
            raise StoreError(f"{self.path} is open read-only")
        try:
            self._lock.acquire(timeout=0)
        except Timeout:
            if on_wait is not None:
                on_wait()
            try:
                self._lock.acquire(timeout=-1 if timeout is None else timeout)
            except Timeout:
                raise StoreBusy(f"another process is writing to {self.path}") from None
        try:
            yield
        finally:
            self._lock.release()

    @contextmanager
    def transaction(self) -> Iterator[None]:
        self._db.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            self._db.execute("ROLLBACK")
            raise
        self._db.execute("COMMIT")

    def close(self) -> None:
        self._db.close()
