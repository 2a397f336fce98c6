"""Storage behind one interface.

Every stage reads and writes through :class:`Store`; the embedded default is
one SQLite file (:mod:`storyline.store.sqlite`); large collections, or several
machines writing one, use PostgreSQL (:mod:`storyline.store.postgres`, with the
``postgres`` extra). Both run the same queries (:mod:`storyline.store.sql`).
"""

from __future__ import annotations

from storyline.store.address import is_server, shown
from storyline.store.protocol import Store, StoreBusy, StoreError
from storyline.store.sqlite import SQLiteStore


def open_store(path: str, read_only: bool = False) -> Store:
    """Open the store at ``path`` (a file, or a ``postgresql://`` URL): created if needed, or read-only
    (never written) when asked.

    Raises StoreError, naming the path, when it is not a storyline database.
    """
    if not is_server(path):
        return SQLiteStore(path, read_only)
    try:
        from storyline.store.postgres import PostgresStore
    except ImportError:
        raise StoreError(f"{shown(path)} is a PostgreSQL database, which needs psycopg:"
                         " pip install 'storyline[postgres]'") from None
    return PostgresStore(path, read_only)


__all__ = ["SQLiteStore", "Store", "StoreBusy", "StoreError", "is_server", "open_store", "shown"]
