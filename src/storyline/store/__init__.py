"""Storage behind one interface.

Every stage reads and writes through :class:`Store`; the embedded default is
one SQLite file (:mod:`storyline.store.sqlite`). A server database for large
collections implements the same protocol.
"""

from __future__ import annotations

from storyline.store.protocol import Store, StoreBusy, StoreError
from storyline.store.sqlite import SQLiteStore


def open_store(path: str, read_only: bool = False) -> Store:
    """Open the store at ``path``: created if needed, or read-only (never written) when asked.

    Raises StoreError, naming the path, when it is not a storyline database.
    """
    return SQLiteStore(path, read_only)


__all__ = ["SQLiteStore", "Store", "StoreBusy", "StoreError", "open_store"]
