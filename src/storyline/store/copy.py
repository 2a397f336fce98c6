"""Copy a collection from one store to another (SQLite to PostgreSQL, or back), and prove the copy whole."""

from __future__ import annotations

from collections.abc import Callable
from itertools import islice

from storyline.store.protocol import Store, StoreError

#: Rows written per statement batch.
COPY_BATCH = 1000


def copy_collection(source: Store, target: Store, on_rows: Callable[[str, int], None] | None = None
                    ) -> dict[str, int]:
    """Copy every table of ``source`` into ``target``, which must hold no articles yet; rows per table.

    The copy is one transaction, so an interrupted one leaves the target as
    it was. Each table is then counted on both sides, and a difference is a
    StoreError. ``on_rows(table, n)`` is told of each batch written.
    """
    if target.count_rows("articles"):
        raise StoreError(f"{target.path} already holds a collection: copy into an empty one")
    # A table the source lacks (a collection made before it existed) has nothing to copy.
    present = {table: set(columns) for table in target.tables() if (columns := source.columns(table))}
    tables = list(present)
    with target.writer(timeout=0), target.transaction():
        for table in tables:
            columns = [name for name in target.columns(table) if name in present[table]]
            rows = source.table_rows(table, columns)
            while batch := list(islice(rows, COPY_BATCH)):
                target.add_rows(table, columns, batch)
                if on_rows is not None:
                    on_rows(table, len(batch))
    counts = {table: source.count_rows(table) for table in tables}
    for table, expected in counts.items():
        copied = target.count_rows(table)
        if copied != expected:
            raise StoreError(f"{target.path}: {table} has {copied} rows after the copy, {expected} in {source.path}")
    return counts
