"""Finding the files to read and refusing the ones that cannot be articles.

Checks here are cheap and run before any decoding, so a stray video or a
PDF in a news folder costs one ``stat`` and a peek at its first bytes.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

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


def walk(paths: Iterable[str | Path]) -> Iterator[Path]:
    """Every file named or found under a named folder, sorted, hidden ones skipped.

    Sorting makes runs reproducible; hidden files (``.DS_Store``, editor
    backups, ``.git``) are never articles. A path that does not exist is
    yielded as is so the reader can report it rather than silently drop it.
    """
    for given in paths:
        path = Path(given)
        if path.is_dir():
            yield from _walk_dir(path)
        else:
            yield path


def _walk_dir(folder: Path) -> Iterator[Path]:
    for child in sorted(folder.iterdir(), key=lambda p: p.name):
        if child.name.startswith("."):
            continue
        if child.is_dir():
            yield from _walk_dir(child)
        else:
            yield child


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

    A byte-order mark means text (UTF-16 is full of NUL bytes). Many NUL
    bytes that all sit at even or all at odd offsets are BOM-less UTF-16 of
    a Latin-script text; any other NUL, or many control bytes, means a
    binary format.
    """
    head = data[:_SNIFF_BYTES]
    if head.startswith(_TEXT_BOMS):
        return None
    for magic, kind in _MAGIC:
        if head.startswith(magic):
            return f"binary content, not text: looks like {kind}"
    nuls = [i % 2 for i, byte in enumerate(head) if byte == 0]
    if nuls:
        if len(set(nuls)) == 1 and len(nuls) >= len(head) / 4:
            return None
        return "binary content, not text: NUL bytes inside"
    controls = sum(1 for byte in head if byte < 0x20 and byte not in _ALLOWED_CONTROLS)
    if controls > len(head) * 0.05:
        return f"binary content, not text: {controls} control bytes in the first {len(head)}"
    return None
