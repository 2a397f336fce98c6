"""What a server keeps in memory: timelines and rendered responses, bounded in number and in bytes."""

from __future__ import annotations

import gc
import sys
import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable, Iterator
from concurrent.futures import Future
from contextlib import contextmanager
from typing import Any, TypeVar

from storyline.model import TimelineEntry

T = TypeVar("T")

#: Memory of a timeline entry and of a citation beyond their strings' own (sys.getsizeof):
#: measured with tracemalloc on a decoded Timeline17 story (about 280 bytes an object), rounded up.
ENTRY_OVERHEAD = 400
CITATION_OVERHEAD = 300


def timeline_bytes(entries: list[TimelineEntry]) -> int:
    """About how much memory a timeline holds (an overestimate, so the bound errs on the safe side)."""
    return sum(
        ENTRY_OVERHEAD + sys.getsizeof(entry.text)
        + sum(CITATION_OVERHEAD + sys.getsizeof(c.text) for c in entry.citations)
        for entry in entries
    )


class _CollectorPause:
    """Python's cycle collector held off while any thread holds a pause, then restored as it was.

    Making a large story's page decodes some hundred thousand small objects
    in one go, none of them garbage; each allocation burst set off full
    collections that scanned them all again, a third of a first read.
    The objects made are kept or dropped whole afterwards, so nothing is
    lost by collecting once the pause ends.

    When the last pause ends, every object alive is moved out of the
    collector's sight (``gc.freeze``). Kept timelines are millions of
    objects on a large collection, and each full collection scanned them all:
    a 200 ms stop of every request, once a second under load. They hold no
    reference cycles, so when the memo drops them reference counting still
    frees them; only cyclic garbage alive at that instant stays until exit.
    """

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.holders = 0
        self.was_enabled = True

    @contextmanager
    def held(self) -> Iterator[None]:
        with self.lock:
            if self.holders == 0:
                self.was_enabled = gc.isenabled()
                gc.disable()
            self.holders += 1
        try:
            yield
        finally:
            with self.lock:
                self.holders -= 1
                if self.holders == 0 and self.was_enabled:
                    gc.freeze()
                    gc.enable()


_PAUSE = _CollectorPause()


class Memo:
    """Values as last made, keyed by the story's version and what was asked; least recently used go first.

    Reading a large story's timeline decodes (or, read-only, merges) thousands
    of entries, and readers ask for the same few stories over and over.
    Nothing kept is ever stale, since a changed story has another version.
    Anyone can ask for any number of distinct keys (every ``?dates=N``), so
    the memo is bounded both in entries and in bytes; a value larger than
    the byte bound is made and returned but not kept. Concurrent requests
    for one missing key wait for one maker instead of each making it.
    """

    def __init__(self, max_entries: int, max_bytes: int) -> None:
        self.max_entries = max_entries
        self.max_bytes = max_bytes
        self.bytes = 0
        self.items: OrderedDict[Hashable, tuple[Any, int]] = OrderedDict()
        self.making: dict[Hashable, Future[Any]] = {}
        self.lock = threading.Lock()

    def __len__(self) -> int:
        return len(self.items)

    def get(self, key: Hashable, make: Callable[[], T], size: Callable[[T], int] = sys.getsizeof) -> T:
        """The value kept for ``key``, else ``make()``'s, kept if it fits; ``size`` says its bytes."""
        with self.lock:
            if key in self.items:
                self.items.move_to_end(key)
                return self.items[key][0]
            pending = self.making.get(key)
            maker = pending is None
            if maker:
                pending = self.making[key] = Future()
        if not maker:
            return pending.result()
        try:
            with _PAUSE.held():
                value = make()
        except BaseException as error:
            self._settle(key)
            pending.set_exception(error)
            raise
        self._settle(key, value, size(value))
        pending.set_result(value)
        return value

    def _settle(self, key: Hashable, value: Any = None, nbytes: int | None = None) -> None:
        """``key`` is made (or failed, with no ``nbytes``): keep its value if it fits, evicting the oldest."""
        with self.lock:
            del self.making[key]
            if nbytes is None or nbytes > self.max_bytes:
                return
            self.items[key] = (value, nbytes)
            self.bytes += nbytes
            while len(self.items) > self.max_entries or self.bytes > self.max_bytes:
                _, (_, dropped) = self.items.popitem(last=False)
                self.bytes -= dropped
