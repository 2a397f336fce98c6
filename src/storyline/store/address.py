"""Where a collection lives, as users write it: a file's path, or a PostgreSQL server's URL."""

from __future__ import annotations

from urllib.parse import urlsplit, urlunsplit


def is_server(db: str) -> bool:
    """Whether ``db`` names a database server (a ``postgresql://`` URL) rather than a file."""
    return db.startswith(("postgresql://", "postgres://"))


def shown(db: str) -> str:
    """``db`` as messages may show it: a server URL without its password."""
    if not is_server(db):
        return db
    parts = urlsplit(db)
    if parts.password is None:
        return db
    host = parts.netloc.rsplit("@", 1)[-1]
    return urlunsplit(parts._replace(netloc=f"{parts.username}@{host}"))
