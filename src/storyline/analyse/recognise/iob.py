"""Universal NER's IOB2 files: sentences of tokens with one label each.

Training (scripts/train_ner.py) and scoring (benchmarks/ner.py) read the same
files and must turn labels into spans the same way, so both live here. Only
PER, ORG and LOC count: any other type (Universal NER's OTH) is read as O, and
an ``I-`` label with no ``B-`` before it starts a span, as the corpus README says.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

LABELS = ("PER", "ORG", "LOC")


@dataclass(frozen=True)
class Annotated:
    """One annotated sentence: its tokens and their IOB2 labels (other types already O)."""

    tokens: list[str]
    labels: list[str]


def _clean(label: str) -> str:
    """A label with types we do not recognise read as O."""
    return label if label[2:] in LABELS else "O"


def read_iob2(path: Path) -> Iterator[Annotated]:
    """The sentences of one Universal NER file (token in the 2nd column, label in the 3rd)."""
    tokens: list[str] = []
    labels: list[str] = []
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            line = line.rstrip("\n")
            if line.startswith("#"):
                continue
            if not line.strip():
                if tokens:
                    yield Annotated(tokens, labels)
                tokens, labels = [], []
                continue
            columns = line.split("\t")
            tokens.append(columns[1])
            labels.append(_clean(columns[2]))
    if tokens:
        yield Annotated(tokens, labels)


def spans(labels: Sequence[str]) -> set[tuple[int, int, str]]:
    """(first token, end token, type) of every span; an I- that does not continue a span starts one."""
    found: set[tuple[int, int, str]] = set()
    start, kind = -1, ""
    for i, label in enumerate([*labels, "O"]):
        continues = label.startswith("I-") and label[2:] == kind
        if start >= 0 and not continues:
            found.add((start, i, kind))
            start, kind = -1, ""
        if label != "O" and not continues:
            start, kind = i, label[2:]
    return found
