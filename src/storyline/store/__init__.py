"""Storage behind one interface.

Every stage reads and writes through :class:`Store`; the embedded default is
one SQLite file (:mod:`storyline.store.sqlite`). A server database for large
collections implements the same protocol.
"""

from __future__ import annotations

from storyline.store.protocol import Store
from storyline.store.sqlite import SQLiteStore


def open_store(path: str) -> Store:
    """Open (creating if needed) the store at ``path``."""
    return SQLiteStore(path)


__all__ = ["Store", "SQLiteStore", "open_store"]
