"""Files to Documents: the first stage of a run.

:func:`read_paths` turns files and folders into :class:`~storyline.model.Document`
objects, one per text or HTML file and one per JSON record, and reports every
file (or record) it cannot use as a :class:`~storyline.model.ReadProblem`
with a human reason, so a bad file never stops a run.

Supported: ``.txt``/``.text`` and extension-less text files in any common
encoding (with an optional `` date YYYY[-MM[-DD]]`` first line),
``.html``/``.htm`` (via trafilatura), ``.jsonl`` and ``.json`` article
records. A date in a folder or file name is used when the file gives none.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from storyline.model import DateSource, Document, ReadProblem
from storyline.read.encoding import UndecodableError, decode
from storyline.read.files import binary_problem, size_problem, walk
from storyline.read.html import read_html
from storyline.read.jsonl import read_json, read_jsonl
from storyline.read.pathdate import date_from_path
from storyline.read.text import read_text

__all__ = ["read_paths"]

Reader = Callable[[Path, str], Iterable[Document | ReadProblem]]

_READERS: dict[str, Reader] = {
    "": lambda path, text: [read_text(path, text)],
    ".txt": lambda path, text: [read_text(path, text)],
    ".text": lambda path, text: [read_text(path, text)],
    ".html": lambda path, text: [read_html(path, text)],
    ".htm": lambda path, text: [read_html(path, text)],
    ".jsonl": read_jsonl,
    ".ndjson": read_jsonl,
    ".json": read_json,
}


def read_paths(paths: Iterable[str | Path], max_bytes: int = 20_000_000) -> Iterator[Document | ReadProblem]:
    """Documents from files and folders (walked recursively, sorted, hidden files skipped).

    Yields a ReadProblem, and goes on, for each file that is empty, binary,
    over ``max_bytes``, undecodable, unreadable, malformed or of an
    unsupported type.
    """
    for path in walk(paths):
        yield from _read_file(path, max_bytes)


def _read_file(path: Path, max_bytes: int) -> Iterator[Document | ReadProblem]:
    reader = _READERS.get(path.suffix.lower())
    if reader is None:
        yield ReadProblem(str(path), f"unsupported file type ({path.suffix})")
        return
    try:
        refused = size_problem(path.stat().st_size, max_bytes)
        data = None if refused else path.read_bytes()
    except OSError as error:
        yield ReadProblem(str(path), f"unreadable: {error.strerror or error}")
        return
    if data is not None:
        refused = binary_problem(data)
    if refused or data is None:
        yield ReadProblem(str(path), refused or "unreadable")
        return
    try:
        text = decode(data)
    except UndecodableError as error:
        yield ReadProblem(str(path), str(error))
        return
    for item in reader(path, text):
        if isinstance(item, Document) and item.published is None:
            _date_from_path(item, path)
        yield item


def _date_from_path(document: Document, path: Path) -> None:
    """Use a date in the folder or file name when the file itself gave none."""
    published = date_from_path(path)
    if published:
        document.published = published
        document.published_source = DateSource.PATH
