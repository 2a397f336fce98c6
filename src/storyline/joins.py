"""Union-find: items joined in pairs, read back as groups (entities' names, a story's quotes)."""

from __future__ import annotations


class Joins:
    """Union-find over the items 0..size-1."""

    def __init__(self, size: int) -> None:
        self.parent = list(range(size))

    def root(self, item: int) -> int:
        while self.parent[item] != item:
            self.parent[item] = self.parent[self.parent[item]]
            item = self.parent[item]
        return item

    def join(self, first: int, second: int) -> None:
        self.parent[self.root(first)] = self.root(second)
