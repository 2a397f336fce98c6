"""Bag-of-stems sentence vectors: how alike two sentences in one language are, cheaply.

Two reports of one happening in the same language share its words ("retook",
"al-Nuri mosque", "Thursday"), so weighted word overlap tells whether they
are one happening as well as e5 does and costs microseconds instead of tens of
milliseconds a sentence. That is what lets a collection of thousands of
articles be merged into timelines without embedding every dated sentence; e5
is kept for what words cannot do, joining sentences across languages.

Words are Snowball-stemmed in the sentence's language and stop words are
dropped (the stop lists of :mod:`storyline.stopwords`), so "declared" and
"declares" count as one word and "the" as none. Weights are TF-IDF over the
sentences compared together: a name every sentence of a story shares
("Mosul") says little about which happening a sentence reports.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

import numpy as np
import regex
import snowballstemmer
from scipy import sparse
from sklearn.feature_extraction.text import TfidfVectorizer

from storyline.stopwords import stopwords

_WORD = regex.compile(r"[\p{L}\p{N}][\p{L}\p{N}'’-]*")

# ISO 639-1 codes of the languages Snowball stems, by its algorithm names.
_SNOWBALL = {
    "ar": "arabic", "ca": "catalan", "cs": "czech", "da": "danish", "de": "german", "el": "greek",
    "en": "english", "es": "spanish", "et": "estonian", "eu": "basque", "fi": "finnish", "fr": "french",
    "ga": "irish", "hi": "hindi", "hu": "hungarian", "hy": "armenian", "id": "indonesian", "it": "italian",
    "lt": "lithuanian", "ne": "nepali", "nl": "dutch", "no": "norwegian", "nb": "norwegian", "fa": "persian",
    "pl": "polish", "pt": "portuguese", "ro": "romanian", "ru": "russian", "sr": "serbian", "sv": "swedish",
    "ta": "tamil", "tr": "turkish", "yi": "yiddish",
}  # fmt: skip


@lru_cache(maxsize=64)
def _stemmer(language: str | None) -> snowballstemmer.stemmer | None:
    algorithm = _SNOWBALL.get(language or "")
    return snowballstemmer.stemmer(algorithm) if algorithm else None


@lru_cache(maxsize=1 << 18)
def _stem(word: str, language: str | None) -> str:
    """One word's stem. Snowball here is pure Python and news repeats its words, so stems are kept."""
    stemmer = _stemmer(language)
    return stemmer.stemWord(word) if stemmer else word


def stems(text: str, language: str | None) -> list[str]:
    """The content words of ``text`` as stems, in order (unstemmed for languages Snowball lacks)."""
    stop = stopwords(language)
    return [_stem(w, language) for w in (m.lower() for m in _WORD.findall(text)) if w not in stop and not w.isdigit()]


def _vectorizer() -> TfidfVectorizer:
    return TfidfVectorizer(analyzer=lambda pair: stems(*pair), sublinear_tf=True)


def lexical_vectors(texts: Sequence[str], languages: Sequence[str | None]) -> sparse.csr_matrix:
    """Unit-length TF-IDF rows over stems, one per text, weighted over these texts only."""
    if not texts:
        return sparse.csr_matrix((0, 0))
    try:
        return _vectorizer().fit_transform(list(zip(texts, languages))).tocsr()
    except ValueError:  # no text holds a content word
        return sparse.csr_matrix((len(texts), 1))


def closeness(
    texts: Sequence[str], references: Sequence[str], language: str | None, sources: Sequence[Sequence[int]]
) -> np.ndarray:
    """Cosine of each text with the centre of the ``references`` it does not come from, all in one language.

    Words are weighted by TF-IDF over the references, so a text is close when
    it uses the words that many references use and few others do: what a set
    of articles is about, rather than what every article says. ``sources[i]``
    are the references text ``i`` was taken from; they are left out of its
    centre, or a stray article would find itself at the centre of a small set.
    """
    vectorizer = _vectorizer()
    try:
        reference = vectorizer.fit_transform([(text, language) for text in references]).tocsr()
    except ValueError:  # no reference holds a content word
        return np.zeros(len(texts))
    if not texts:
        return np.zeros(0)
    total = np.asarray(reference.sum(axis=0)).ravel()
    vectors = vectorizer.transform([(text, language) for text in texts]).tocsr()
    scores = np.zeros(len(texts))
    for i, own in enumerate(sources):
        centre = total - np.asarray(reference[list(own)].sum(axis=0)).ravel() if own else total
        norm = np.linalg.norm(centre)
        if norm:
            scores[i] = float((vectors[i] @ centre)[0]) / norm
    return scores
