"""Compute the background vector that storyline subtracts from every embedding.

    python scripts/make_background.py [--corpora ../shared/corpora]

e5 vectors of any two news texts are close (cosine ~0.8) because they share a
large common component; subtracting the mean vector of a neutral news sample
leaves what distinguishes texts, which roughly doubles the gap between
same-story and different-story pairs. The sample is the TimeBank/AQUAINT
news in English and Spanish (../shared/corpora/timex), which no story or
timeline benchmark uses. Output: src/storyline/data/e5_background.npy.
"""

from __future__ import annotations

import argparse
import re
from pathlib import Path

import numpy as np

from storyline.embed import MAX_CHARS, raw_embed

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src" / "storyline" / "data" / "e5_background.npy"


def english_documents(folder: Path) -> list[str]:
    texts = []
    for path in sorted(folder.glob("*.tml")):
        body = path.read_text(encoding="utf-8").split("<TEXT>", 1)[-1].split("</TEXT>", 1)[0]
        texts.append(" ".join(re.sub(r"<[^>]+>", " ", body).split()))
    return texts


def bio_documents(path: Path) -> list[str]:
    """Documents of a BIO file: tokens in the first column, a DCTVALUE line between documents."""
    texts: list[str] = []
    tokens: list[str] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("*!-DCTVALUE"):
            if tokens:
                texts.append(" ".join(tokens))
            tokens = []
        elif line.strip():
            tokens.append(line.split("\t", 1)[0])
    if tokens:
        texts.append(" ".join(tokens))
    return texts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpora", type=Path, default=ROOT.parent / "shared" / "corpora")
    args = parser.parse_args()
    timex = args.corpora / "timex"
    texts = english_documents(timex / "en" / "tbaq") + bio_documents(timex / "es" / "timebank-train.tsv")
    vectors = raw_embed([text[:MAX_CHARS] for text in texts])
    OUT.parent.mkdir(parents=True, exist_ok=True)
    np.save(OUT, vectors.mean(axis=0).astype(np.float32))
    print(f"background of {len(texts)} documents written to {OUT}")


if __name__ == "__main__":
    main()
