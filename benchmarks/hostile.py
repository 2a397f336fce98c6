"""Build a folder of hostile input beside the Mosul seeds and report what became of each file.

    python benchmarks/hostile.py [--keep DIR]

Each input is made here, in a temporary folder: files that must be refused
(empty, binary, too large, nested 100,000 deep, a 5,000-digit number, a lone
surrogate, a header with an impossible date and nothing after it, a symlink
loop, a name holding a newline...) and files that must be read right (the
common legacy encodings in five languages, a page written on one line, a
date in year 1). ``storyline build`` runs on the folder as a user runs it,
twice; the report gives, per file, the line the build printed for it (or
that it was ingested and what its text begins with), whether the seeds
still make one story, whether the second build added nothing, and SQLite's
``PRAGMA integrity_check``.

Figures go to ``benchmarks/results/hostile.json`` with the commit id.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from provenance import ROOT, commit_id

SEEDS = ROOT / "examples" / "mosul-2017"
RESULTS = ROOT / "benchmarks" / "results" / "hostile.json"

#: Real sentences, each to be written in a legacy encoding and read back as it was.
SENTENCES = {
    "fr": "À Athènes, le ministère a reconnu que le coût des réparations dépasserait deux milliards d'euros.",
    "de": "Die Bürger in Köln müssen nach dem Hochwasser größere Schäden an ihren Häusern befürchten.",
    "es": "El ministro español señaló que la reunión en Bruselas comenzará el próximo miércoles por la mañana.",
    "da": "Søndagens møde i København blev udskudt, fordi ministeren måtte rejse til Århus på grund af stormen.",
    "pt": "A população da região afirmou que não recebeu ajuda após as inundações que atingiram três cidades.",
}
ENCODINGS = ("cp1252", "latin-1", "utf-16", "utf-8-sig")


def _write(folder: Path, name: str, data: bytes | str) -> None:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, str):
        path.write_text(data, encoding="utf-8")
    else:
        path.write_bytes(data)


def _article(language: str, encoding: str) -> str:
    """A short article in the language, so its language and its text can be checked; it names its encoding,
    so each copy is an article of its own, not a duplicate of another."""
    sentence = SENTENCES[language]
    return f" date 2017-06-29\n{sentence}\n\n{sentence} {sentence}\n\n({encoding})\n"


def make_corpus(folder: Path) -> dict[str, str]:
    """Write the hostile folder; what each file is, by its name relative to the folder."""
    shutil.copytree(SEEDS, folder / "seeds")
    made: dict[str, str] = {}

    def add(name: str, data: bytes | str, what: str) -> None:
        _write(folder, name, data)
        made[name] = what

    add("empty.txt", b"", "refuse: an empty file")
    add("image.txt", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8, "refuse: a PNG image")
    add("huge.txt", b"All work and no play makes a dull news article. " * 450_000, "refuse: over the size limit")
    add("nested.json", "[" * 100_000 + "]" * 100_000, "refuse: JSON nested 100,000 deep")
    good = json.dumps({"id": "good", "time": "2017-06-29", "text": SENTENCES["fr"] + " (feed)"}, ensure_ascii=False)
    add("feed.jsonl", "\n".join([
        good,
        "[" * 100_000 + "]" * 100_000,
        '{"text": "Le bilan est lourd.", "deaths": ' + "9" * 5_000 + "}",
        '{"title": "\\ud800", "text": "Un titre qui n\'est pas du texte."}',
        '{"text": "\\udfff des civils ont fui la ville."}',
        "{not json",
    ]) + "\n", "one good record, then five bad lines: nested, huge number, two lone surrogates, malformed")
    add("big-number.json", '{"text": "Le bilan est lourd.", "deaths": ' + "7" * 5_000 + "}",
        "refuse: a 5,000-digit number")
    add("header-only.txt", " date 9999-99-99\n", "refuse: an impossible date and no text")
    add("bad-date.txt", " date 2017-13-45\n" + SENTENCES["fr"] + "\n", "read, with a note: the impossible date is ignored")
    add("year-one.txt", " date 0001-01-01\nThe council said the old bridge would close next month for repairs.\n",
        "read, with a note: a year-1 header is a placeholder, ignored")
    add("nested.html", "<html><body>" + "<div>" * 100_000 + "text" + "</div>" * 100_000 + "</body></html>",
        "refuse or read quickly: HTML nested 100,000 deep")
    add("two\nlines.txt", b"", "refuse on one line: a newline in the name")
    add("report.pdf", b"%PDF-1.4\n", "refuse: an unsupported type")
    # Seed 003 as a scraper writes it on one line (with a line of its own, or it would be the seed again).
    joined = " ".join((SEEDS / "003_080acb2d75f9ff25.txt").read_text(encoding="utf-8").split())
    add("one-line.txt", f"{joined} The copy was scraped onto one line.",
        "read: seed 003 with its paragraphs joined on one line")
    for language in SENTENCES:
        for encoding in ENCODINGS:
            add(f"encodings/{language}-{encoding}.txt", _article(language, encoding).encode(encoding),
                f"read: {language} in {encoding}")
    (folder / "seeds" / "loop").symlink_to("..", target_is_directory=True)
    made["seeds/loop"] = "follow once at most: a link back up to the folder, so nothing is read through it"
    return made


def _run_build(folder: Path, db: Path) -> tuple[int, list[str], float]:
    started = time.perf_counter()
    result = subprocess.run([sys.executable, "-m", "storyline", "build", str(folder), "--db", str(db)],
                            capture_output=True, text=True, env={**os.environ, "COLUMNS": "200"})
    return result.returncode, (result.stderr + result.stdout).splitlines(), time.perf_counter() - started


def _lines_about(name: str, folder: Path, lines: list[str]) -> list[str]:
    """The build's lines naming the file (its name quoted as the CLI quotes it, if need be)."""
    path = str(folder / name)
    shown = path if path.isprintable() else json.dumps(path, ensure_ascii=False)
    return [line for line in lines if f"{shown}:" in line or f"{shown} (record" in line]


def _stored(db: Path) -> dict[str, list[str]]:
    """Beginnings of the stored articles' texts, by source file."""
    with sqlite3.connect(db) as probe:
        rows = probe.execute("SELECT source_path, substr(text, 1, 80) FROM articles").fetchall()
    found: dict[str, list[str]] = {}
    for path, text in rows:
        found.setdefault(path, []).append(text)
    return found


def _check(name: str, what: str, reported: list[str], stored: list[str]) -> bool:
    """Whether the file was handled as ``what`` says (the checks a reader would make by eye)."""
    checks: dict[str, Callable[[], bool]] = {
        "refuse": lambda: len(reported) == 1 and not stored,
        "read": lambda: bool(stored),
        "one good record": lambda: len(stored) == 1 and len(reported) == 5,
        "follow once": lambda: not reported and not stored,
    }
    kind = next(key for key in checks if what.startswith(key))
    if name.startswith("encodings/"):
        language = name.split("/")[1].split("-")[0]
        return bool(stored) and all(text == SENTENCES[language][:80] for text in stored)
    return checks[kind]()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--keep", type=Path, help="build in this folder and keep it (default: a temporary one)")
    args = parser.parse_args()
    root = args.keep or Path(tempfile.mkdtemp(prefix="storyline-hostile-"))
    if args.keep and root.exists():
        shutil.rmtree(root)
    folder, db = root / "corpus", root / "hostile.db"
    made = make_corpus(folder)
    code, lines, seconds = _run_build(folder, db)
    again_code, again_lines, _ = _run_build(folder, db)
    stored = _stored(db)
    files = {}
    for name, what in made.items():
        reported = _lines_about(name, folder, lines)
        texts = stored.get(str(folder / name), [])
        if name == "seeds/loop":  # anything read through the loop, under its name
            inside = f"{folder / name}/"
            reported = [line for line in lines if inside in line]
            texts = [text for path, found in stored.items() if path.startswith(inside) for text in found]
        files[name] = {"expected": what, "lines": reported, "stored": texts,
                       "as_expected": _check(name, what, reported, texts)}
    with sqlite3.connect(db) as probe:
        integrity = probe.execute("PRAGMA integrity_check").fetchone()[0]
        seed_stories = probe.execute("SELECT count(DISTINCT story_id) FROM articles WHERE source_path LIKE ?",
                                     (f"{folder / 'seeds'}/%",)).fetchone()[0]
        seed_articles = probe.execute("SELECT count(*) FROM articles WHERE source_path LIKE ?",
                                      (f"{folder / 'seeds'}/%",)).fetchone()[0]
    summary = {
        "commit": commit_id(),
        "exit_code": code,
        "seconds": round(seconds, 1),
        "integrity_check": integrity,
        "seed_articles": seed_articles,
        "seeds_in_one_story": seed_stories == 1 and seed_articles == 4,
        "second_build": {"exit_code": again_code, "summary": [line for line in again_lines if line.startswith("Added")]},
        "files_as_expected": sum(f["as_expected"] for f in files.values()),
        "files": len(files),
        "lines_printed": len(lines),
        "by_file": files,
    }
    RESULTS.parent.mkdir(exist_ok=True)
    RESULTS.write_text(json.dumps(summary, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    for name, found in files.items():
        mark = "ok " if found["as_expected"] else "BAD"
        shown = found["lines"][0] if found["lines"] else f"ingested: {found['stored'][:1]}"
        print(f"{mark} {json.dumps(name)[1:-1]:<28} {shown}")
    print(json.dumps({key: value for key, value in summary.items() if key != "by_file"}, indent=2))


if __name__ == "__main__":
    main()
