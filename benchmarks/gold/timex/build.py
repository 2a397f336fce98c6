"""Turn the hand-annotated ``<lang>.txt`` files beside this script into the benchmark's ``<lang>.tsv``.

    python benchmarks/gold/timex/build.py [LANG ...]

The ``.txt`` files are the source of truth, written and annotated by hand
(GUIDELINES.md). Their layout, one line each:

- ``# DCT YYYY-MM-DD``: a new document created on that day;
- a sentence, already tokenised (tokens separated by single spaces, punctuation
  a token of its own), with each time expression written ``[[tokens|TYPE|VALUE]]``,
  for example ``Troops entered the city [[on Sunday|DATE|2017-07-09]] .``;
- blank lines and lines starting ``%`` (notes) are skipped.

This script only changes layout; it detects nothing. It stops, naming the line,
on markup it cannot read, so a typo never becomes a silently wrong gold.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
TYPES = frozenset({"DATE", "TIME", "DURATION", "SET"})
_DCT = re.compile(r"#\s*DCT\s+(\d{4}-\d{2}-\d{2})\s*$")
_EXPRESSION = re.compile(r"\[\[([^\[\]|]+)\|([A-Z]+)\|([^\[\]|\s]+)\]\]")


def sentence_rows(line: str, where: str) -> list[tuple[str, str, str]]:
    """(token, label, value) of one marked-up sentence."""
    rows: list[tuple[str, str, str]] = []
    position = 0
    for match in _EXPRESSION.finditer(line):
        rows += [(token, "O", "-") for token in line[position : match.start()].split()]
        tokens, kind, value = match.group(1).split(), match.group(2), match.group(3)
        if kind not in TYPES or not tokens:
            raise ValueError(f"{where}: bad expression {match.group(0)!r}")
        rows += [(token, ("B-" if index == 0 else "I-") + kind, value) for index, token in enumerate(tokens)]
        position = match.end()
    rows += [(token, "O", "-") for token in line[position:].split()]
    if any("[[" in token or "]]" in token or "|" in token for token, _, _ in rows):
        raise ValueError(f"{where}: unreadable markup")
    return rows


def convert(source: Path) -> tuple[str, int, int]:
    """The tsv text of one annotation file, with its document and expression counts."""
    blocks: list[str] = []
    documents = expressions = 0
    for number, line in enumerate(source.read_text(encoding="utf-8").splitlines(), 1):
        line = line.strip()
        if not line or line.startswith("%"):
            continue
        if dct := _DCT.match(line):
            blocks.append(f'*!-DCTVALUE="{dct.group(1)}"-!*\tO\t-\n')
            documents += 1
            continue
        if not documents:
            raise ValueError(f"{source.name}:{number}: a sentence before the first '# DCT' line")
        rows = sentence_rows(line, f"{source.name}:{number}")
        expressions += sum(label.startswith("B-") for _, label, _ in rows)
        blocks.append("".join(f"{token}\t{label}\t{value}\n" for token, label, value in rows))
    return "\n".join(blocks), documents, expressions


def main() -> None:
    languages = sys.argv[1:] or sorted(path.stem for path in HERE.glob("*.txt"))
    for language in languages:
        text, documents, expressions = convert(HERE / f"{language}.txt")
        (HERE / f"{language}.tsv").write_text(text, encoding="utf-8")
        print(f"{language}: {documents} documents, {expressions} expressions")


if __name__ == "__main__":
    main()
