"""Finding the files to read and refusing the ones that cannot be articles.

Checks here are cheap and run before any decoding, so a stray video or a
PDF in a news folder costs one ``stat`` and a peek at its first bytes.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

from storyline.model import ReadProblem
from storyline.read.encoding import bomless_utf16

# Signatures of common binary formats, so the reason can name what was found.
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF", "a PDF document"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"PK\x03\x04", "a ZIP archive (or an Office document)"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"\xd0\xcf\x11\xe0", "an old Microsoft Office document"),
    (b"\x7fELF", "an executable"),
    (b"RIFF", "a RIFF media file"),
)
_TEXT_BOMS = (b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")
_ALLOWED_CONTROLS = frozenset(b"\t\n\r\f\v\x1b")
_SNIFF_BYTES = 8192
_Identity = tuple[int, int]  # (st_dev, st_ino): one file or folder, whatever its name


def walk(paths: Iterable[str | Path]) -> Iterator[Path | ReadProblem]:
    """Every file named or found under a named folder, each once, sorted, hidden ones skipped.

    Sorting makes runs reproducible; hidden files (``.DS_Store``, editor
    backups, ``.git``) are never articles. Links are followed, since users
    link collections in, but a folder is walked once however many names
    reach it (a link back up to a parent would otherwise loop), and a file
    is yielded once however many names it has (the first in walk order).
    A path that does not exist is yielded as is so the reader can report
    it rather than silently drop it; a folder that cannot be listed is a
    ReadProblem.
    """
    walked: set[_Identity] = set()
    yielded: set[_Identity] = set()
    for given in paths:
        path = Path(given)
        if path.is_dir():
            yield from _walk_dir(path, walked, yielded)
        elif _first_time(path, yielded):
            yield path


def _walk_dir(folder: Path, walked: set[_Identity], yielded: set[_Identity]) -> Iterator[Path | ReadProblem]:
    """The files under ``folder``; nothing if the folder was walked already (or is being walked: a loop)."""
    if not _first_time(folder, walked):
        return
    try:
        children = sorted(folder.iterdir(), key=lambda p: p.name)
    except OSError as error:
        yield ReadProblem(shown_name(folder), f"unreadable folder: {error.strerror or error}")
        return
    for child in children:
        if child.name.startswith("."):
            continue
        if child.is_dir():
            yield from _walk_dir(child, walked, yielded)
        elif _first_time(child, yielded):
            yield child


def _first_time(path: Path, seen: set[_Identity]) -> bool:
    """Whether the file or folder behind ``path`` is met for the first time (and note it).

    A path that cannot be stat'ed (a broken link) counts as new, so the
    reader reports it.
    """
    try:
        status = path.stat()
    except OSError:
        return True
    identity = (status.st_dev, status.st_ino)
    if identity in seen:
        return False
    seen.add(identity)
    return True


def shown_name(path: Path) -> str:
    """The path as messages and documents name it.

    A file name that is not valid in the file system's encoding (Latin-1
    bytes on a UTF-8 system) reaches Python with its bad bytes as lone
    surrogates, which no UTF-8 output or database accepts; they are shown
    as ``\\xe9`` escapes instead. Any other name is kept as it is.
    """
    return os.fsencode(path).decode(sys.getfilesystemencoding(), "backslashreplace")


def describe_size(size: int) -> str:
    """A byte count as people read it: ``52.4 MB``."""
    if size >= 1_000_000:
        return f"{size / 1_000_000:.1f} MB"
    if size >= 1_000:
        return f"{size / 1_000:.1f} kB"
    return f"{size} bytes"


def size_problem(size: int, max_bytes: int) -> str | None:
    """Why a file is refused for its size, or None when its size is fine."""
    if size == 0:
        return "empty file"
    if size > max_bytes:
        return f"{describe_size(size)}, over the {describe_size(max_bytes)} limit"
    return None


def binary_problem(data: bytes) -> str | None:
    """Why these bytes are not text, or None when they may be text.

    A byte-order mark means text (UTF-16 is full of NUL bytes), and so do
    NUL bytes in the pattern of UTF-16 without a mark (see
    :func:`~storyline.read.encoding.bomless_utf16`); any other NUL, or
    many control bytes, means a binary format.
    """
    head = data[:_SNIFF_BYTES]
    if head.startswith(_TEXT_BOMS):
        return None
    for magic, kind in _MAGIC:
        if head.startswith(magic):
            return f"binary content, not text: looks like {kind}"
    if 0 in head:
        return None if bomless_utf16(head) else "binary content, not text: NUL bytes inside"
    controls = sum(1 for byte in head if byte < 0x20 and byte not in _ALLOWED_CONTROLS)
    if controls > len(head) * 0.05:
        return f"binary content, not text: {controls} control bytes in the first {len(head)}"
    return None
