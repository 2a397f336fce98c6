"""What the tagger sees of each token: features that carry across languages.

A name is told by its shape (capitalised, all capitals, with digits), its
ending, the words around it, whether the language uses it as a function word
("Det", "The" open sentences without being names), whether a gazetteer knows
it, and whether a title ("President", "Dr", "Herr") stands before it. The
features of a word depend only on the word (and the language), so they are
computed once per word type and cached; a sentence only joins each token's
features with its neighbours'.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from typing import NamedTuple

import regex

from storyline.analyse.recognise.gazetteer import name_features
from storyline.stopwords import stopwords

#: Titles and honorifics that stand before a person's name, in the languages we read.
TITLES = frozenset(
    {
        "mr", "mrs", "ms", "miss", "dr", "prof", "sir", "lord", "lady", "dame", "rev", "president", "pres",
        "premier", "minister", "ministre", "ministro", "gen", "col", "capt", "lt", "sgt", "maj", "cpl", "adm",
        "sen", "rep", "gov", "king", "queen", "prince", "princess", "pope", "sheikh", "imam", "herr", "frau",
        "hr", "fru", "frk", "dr.", "mme", "mlle", "monsieur", "madame", "m.", "sr", "sra", "srta", "señor",
        "señora", "don", "doña", "dom", "dona", "sig", "signor", "signora", "dott", "senhor", "senhora",
        "pan", "pani", "gospodin", "gospođa", "g.", "gđa", "ministr", "ministar", "président", "présidente",
        "presidente", "präsident", "premierminister", "statsminister", "kanzler", "kanzlerin"
    }
)
#: Longest word featurised: a longer one is featurised by its first characters (bounded work per word).
MAX_WORD = 40

_SHAPE = (regex.compile(r"\p{Lu}"), "X"), (regex.compile(r"\p{Ll}|\p{Lo}|\p{M}"), "x"), (regex.compile(r"\p{N}"), "d")
_REPEATS = regex.compile(r"(.)\1+")


def shape(word: str) -> str:
    """"Xxxx" for "Mosul", "XX" for "ISIS", "dd.dd" for "10.30", with runs of one class kept short."""
    for pattern, mark in _SHAPE:
        word = pattern.sub(mark, word)
    return _REPEATS.sub(r"\1\1", word)


def _affixes(lower: str) -> list[str]:
    """The word's first three and last two to four letters, leaving out any as long as the word ("w=" says it)."""
    return [f"{name}={affix}" for name, affix in (("p3", lower[:3]), ("x2", lower[-2:]), ("x3", lower[-3:]), ("x4", lower[-4:]))
            if len(affix) < len(lower)]


class WordFeatures(NamedTuple):
    """What one word type tells the tagger, from where it stands relative to the token tagged."""

    lower: str
    own: list[str]
    previous: list[str]
    following: list[str]
    second_previous: list[str]
    second_following: list[str]


@lru_cache(maxsize=200_000)
def word_features(word: str, language: str | None) -> WordFeatures:
    """The word's own features, and what it tells as the previous, next, second previous and second next word."""
    lower = word.lower()
    form = shape(word)
    marks = []
    if word[:1].isupper():
        marks.append("upper" if word.isupper() and len(word) > 1 else "title")
    if lower in stopwords(language):
        # An all-capitals function word is often a name ("IS", "US", "WHO").
        marks.append("stop" if marks != ["upper"] else "upper-stop")
    if lower.rstrip(".") in TITLES:
        marks.append("honorific")
    near = [f"w={lower}", f"s={form}", *marks]
    # An acronym is not its lower-cased word ("IS" is no "is", "US" no "us").
    identity = f"W={word}" if marks[:1] == ["upper"] else near[0]
    return WordFeatures(
        lower,
        [identity, *near[1:], *_affixes(lower)],
        ["-1" + f for f in near],
        ["+1" + f for f in near],
        [f"-2w={lower}", *("-2" + m for m in marks)],
        [f"+2w={lower}", *("+2" + m for m in marks)],
    )


_EDGE = WordFeatures("", [], ["-1BOS"], ["+1EOS"], ["-2BOS"], ["+2EOS"])


def sentence_features(words: Sequence[str], language: str | None) -> list[list[str]]:
    """Each token's features: its own, its neighbours' within two words, and gazetteer matches."""
    per_word = [word_features(w[:MAX_WORD], language) for w in words]
    padded = [_EDGE, _EDGE, *per_word, _EDGE, _EDGE]
    features = [
        word.own + previous.previous + second_previous.second_previous + following.following + second.second_following
        for second_previous, previous, word, following, second in zip(
            padded, padded[1:], per_word, padded[3:], padded[4:]
        )
    ]
    for index, marks in name_features([word.lower for word in per_word]).items():
        features[index] += marks
    if features:
        features[0].append("first|" + features[0][1])
    return features
