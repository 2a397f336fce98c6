"""Named-entity recognition: people (PER), organisations (ORG) and places (LOC), in any language.

One conditional random field (CRFsuite), trained by ``scripts/train_ner.py`` on
Universal NER's gold treebanks (Danish, Portuguese, Swedish, Croatian,
Serbian, Slovak) and on English and French news labelled by spaCy's English
and French pipelines, tags every language. It reads features that carry
across languages (shape, endings, neighbours, function words, gazetteer
places, titles; features.py). On one core it tags some 100,000 words a
second on a quiet core (about half that when the build shares the cores),
ten times spaCy's small English pipeline, at the same F1 on Universal NER's
English (benchmarks/ner.py). In a script that writes names with capitals, a
sentence whose words after the first are all lower-case, and whose first
word is lower-case or a function word, names nobody (three sentences in ten
of English news), and is not tagged.

Bounds, so that no input costs more than a bounded time: only the first
:data:`MAX_SENTENCE_CHARS` characters of a sentence are read, each word's
features come from its first 40 characters, and a span longer than
:data:`MAX_NAME_CHARS` is no name.
"""

from __future__ import annotations

import threading
from collections import Counter, defaultdict
from functools import cache
from pathlib import Path

import pycrfsuite
import regex

from storyline.analyse.recognise.acronyms import Name, add_acronyms, defined_acronyms
from storyline.analyse.recognise.features import TITLES, sentence_features
from storyline.analyse.recognise.iob import spans
from storyline.analyse.recognise.tokens import tokenise
from storyline.clean.vocab import furniture_words
from storyline.model import Mention
from storyline.stopwords import stopwords

__all__ = ["MAX_NAME_CHARS", "MAX_SENTENCE_CHARS", "MODEL", "recognise"]

MODEL = Path(__file__).with_name("models") / "ner.crfsuite"
#: Characters of a sentence searched for names; the rest of a longer one is not read.
MAX_SENTENCE_CHARS = 10_000
#: Longest name kept ("Organisation for the Prohibition of Chemical Weapons" is 52).
MAX_NAME_CHARS = 120
#: Lone surrogates cannot reach CRFsuite (its strings are UTF-8): read as U+FFFD, one for one.
_SURROGATE = regex.compile(r"[\ud800-\udfff]")
_LETTER = regex.compile(r"\p{L}")
_WORD = regex.compile(r"\p{L}[\p{L}\p{M}'’\-.]*")
_TAGGING = threading.Lock()
#: Titles cut from the front of a person's name, with their abbreviating dots; not those that are also given names ("Don King").
_TITLE_TOKENS = (TITLES | {"."}) - {"don", "dom", "dona"}


@cache
def _tagger() -> pycrfsuite.Tagger:
    """The shipped model, opened once per process."""
    tagger = pycrfsuite.Tagger()
    tagger.open(str(MODEL))
    return tagger


def _is_name(span: str) -> bool:
    """Whether a tagged span can be a name: short enough, with a letter, and not page furniture.

    Page furniture ("Cookie Policy", "Terms of Use", "ShowHide") is shaped like
    a name; the cleaner removes most of it, and its vocabulary (the clean
    stage's strong furniture phrases) keeps what is left from becoming an entity.
    """
    return len(span) <= MAX_NAME_CHARS and bool(_LETTER.search(span)) and not furniture_words(span.lower())["strong"]


def _after_titles(text: str, offsets: list[tuple[int, int]], first: int, end: int) -> int:
    """The first token of a person's name after any titles before it ("Premier ministre", "Maj. Gen."):
    ``end`` when the span is nothing but titles ("Col."), which names nobody.

    Universal NER leaves titles out of a name, and so does every language's
    news when the title stands alone; the silver training text does not always.
    """
    while first < end and text[slice(*offsets[first])].lower() in _TITLE_TOKENS:
        first += 1
    return first


def _may_name(text: str, language: str | None) -> bool:
    """Whether the sentence can hold a name: a capitalised word after its first, or a first word that is
    capitalised and no function word; any sentence of a script without capitals."""
    words = _WORD.findall(text)
    if not words:
        return False
    if text.lower() == text.upper() or any(word[0].isupper() for word in words[1:]):
        return True
    return words[0][0].isupper() and words[0].lower() not in stopwords(language)


def _tagged(sentence: str, language: str | None) -> list[Name]:
    """(start, end, label, the tagger's confidence in it) of each name in the sentence."""
    text = _SURROGATE.sub("\ufffd", sentence[:MAX_SENTENCE_CHARS])
    if not _may_name(text, language):
        return []
    offsets = tokenise(text)
    features = sentence_features([text[start:end] for start, end in offsets], language)
    tagger = _tagger()
    with _TAGGING:  # a tagger holds one sentence's lattice at a time: its marginals are of the last tagged
        labels = tagger.tag(features)
        found = [(first, end, label, tagger.marginal(labels[first], first)) for first, end, label in spans(labels)]
    names = []
    for first, end, label, confidence in sorted(found):
        if label == "PER" and (first := _after_titles(text, offsets, first, end)) == end:
            continue
        start, stop = offsets[first][0], offsets[end - 1][1]
        if _is_name(text[start:stop]):
            names.append((start, stop, label, confidence))
    return names


def recognise(sentences: list[str], language: str | None) -> list[list[Mention]]:
    """The people, organisations and places named in each sentence, with offsets into it.

    ``sentences`` are best one article's, in order: a name written the same way
    twice in them is one thing, and takes the label it got with most confidence
    overall ("Mosul" a place, though one sentence alone read it as a person),
    and an acronym defined in brackets after a name ("Islamisk Stat (IS)") is
    that name wherever the article uses it (acronyms.py).
    ``language`` is the ISO 639-1 code of the sentences (None when unknown); it
    tells the tagger which words are the language's function words.
    """
    found = [_tagged(sentence, language) for sentence in sentences]
    acronyms = defined_acronyms(sentences, found)
    found = [add_acronyms(sentence[:MAX_SENTENCE_CHARS], names, acronyms) for sentence, names in zip(sentences, found)]
    votes: dict[str, Counter[str]] = defaultdict(Counter)
    for sentence, names in zip(sentences, found):
        for start, stop, label, confidence in names:
            votes[sentence[start:stop]][label] += confidence
    agreed = {name: counts.most_common(1)[0][0] for name, counts in votes.items()}
    return [
        [Mention(text=sentence[start:stop], start=start, end=stop, label=agreed[sentence[start:stop]]) for start, stop, _, _ in names]
        for sentence, names in zip(sentences, found)
    ]
