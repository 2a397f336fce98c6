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

import stat
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from storyline.model import DateSource, Document, ReadProblem
from storyline.read.encoding import UndecodableError, decode
from storyline.read.files import binary_problem, shown_name, size_problem, walk
from storyline.read.html import read_html
from storyline.read.jsonl import read_json, read_jsonl
from storyline.read.pathdate import date_from_path
from storyline.read.text import read_text

__all__ = ["read_paths"]

#: A reader takes the name the file is reported under and its decoded text.
Reader = Callable[[str, str], Iterable[Document | ReadProblem]]

_READERS: dict[str, Reader] = {
    "": lambda source, text: [read_text(source, text)],
    ".txt": lambda source, text: [read_text(source, text)],
    ".text": lambda source, text: [read_text(source, text)],
    ".html": lambda source, text: [read_html(source, text)],
    ".htm": lambda source, text: [read_html(source, text)],
    ".jsonl": read_jsonl,
    ".ndjson": read_jsonl,
    ".json": read_json,
}


def read_paths(paths: Iterable[str | Path], max_bytes: int = 20_000_000) -> Iterator[Document | ReadProblem]:
    """Documents from files and folders (walked recursively, sorted, hidden files skipped).

    Yields a ReadProblem, and goes on, for each file that is empty, binary,
    over ``max_bytes``, undecodable, unreadable, malformed or of an
    unsupported type, and for each file whose reading fails in any other way.
    """
    for found in walk(paths):
        if isinstance(found, ReadProblem):
            yield found
        else:
            yield from _read_guarded(found, max_bytes)


def _read_guarded(path: Path, max_bytes: int) -> Iterator[Document | ReadProblem]:
    """What :func:`_read_file` yields, and a ReadProblem in place of any exception it raises.

    Hostile files fail in ways no reader foresees (a RecursionError deep in
    an HTML parser, a MemoryError, an lxml error); each costs that file, or
    the rest of it, never the run.
    """
    source = shown_name(path)
    yielded = 0
    try:
        for item in _read_file(path, source, max_bytes):
            yielded += 1
            yield item
    except Exception as error:  # noqa: BLE001 - see the docstring
        yield ReadProblem(source, _failure(error, yielded))


def _failure(error: Exception, yielded: int) -> str:
    """Why reading a file failed, saying what of it was read before."""
    if isinstance(error, RecursionError):
        reason = "nested too deeply to read"
    elif isinstance(error, MemoryError):
        reason = "too large to read in the memory available"
    else:
        reason = f"could not be read ({type(error).__name__}: {error})"
    return f"{reason} (reading stopped after {yielded} record{'' if yielded == 1 else 's'})" if yielded else reason


def _read_file(path: Path, source: str, max_bytes: int) -> Iterator[Document | ReadProblem]:
    reader = _READERS.get(path.suffix.lower())
    if reader is None:
        yield ReadProblem(source, f"unsupported file type ({path.suffix})")
        return
    data = _file_bytes(path, max_bytes)
    if isinstance(data, str):
        yield ReadProblem(source, data)
        return
    try:
        text = decode(data)
    except UndecodableError as error:
        yield ReadProblem(source, str(error))
        return
    for item in reader(source, text):
        if isinstance(item, Document) and item.published is None:
            _date_from_path(item, path)
        yield item


def _file_bytes(path: Path, max_bytes: int) -> bytes | str:
    """The bytes of a file, or why they are refused (unreadable, not a regular file, empty, too large, binary).

    At most ``max_bytes`` + 1 bytes are read, so a file that grew after its
    size was checked is still refused, not loaded.
    """
    try:
        status = path.stat()
        if not stat.S_ISREG(status.st_mode):
            return "not a regular file (a device, pipe or socket)"
        refused = size_problem(status.st_size, max_bytes)
        if refused:
            return refused
        with path.open("rb") as handle:
            data = handle.read(max_bytes + 1)
    except OSError as error:
        return f"unreadable: {error.strerror or error}"
    return size_problem(len(data), max_bytes) or binary_problem(data) or data


def _date_from_path(document: Document, path: Path) -> None:
    """Use a date in the folder or file name when the file itself gave none."""
    published = date_from_path(path)
    if published:
        document.published = published
        document.published_source = DateSource.PATH
