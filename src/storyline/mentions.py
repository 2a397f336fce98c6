"""Proper names in sentences, found without a language-specific model.

Stories are joined partly on shared names (Mosul, al-Abadi, Raqqa), which are
written the same way across languages that use the Latin script. A name here
is a run of capitalised words, allowing name particles such as "al-" or "bin";
capitalised function words ("The", "Det") are not names. People, places and
organisations get their labels in a later stage.
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from storyline.model import Mention
from storyline.stopwords import stopwords

_WORD = regex.compile(r"\p{L}[\p{L}\p{M}'’\-.]*\p{L}|\p{L}")
_POSSESSIVES = ("'s", "’s")
_PARTICLES = frozenset({"al", "el", "bin", "ibn", "de", "del", "van", "von", "der", "da", "di", "abu"})


def _capitalised(word: str) -> bool:
    head = word.split("-")[-1] if word[:3].lower() in ("al-", "el-") else word
    return head[:1].isupper()


def find_mentions(
    text: str, language: str | None, skip: Sequence[tuple[int, int]] = ()
) -> list[Mention]:
    """Runs of capitalised words in a sentence, as unlabelled name mentions.

    Words inside the ``skip`` spans (the sentence's time expressions:
    "Thursday", "Last October") are never names.
    """
    function_words = stopwords(language)
    mentions: list[Mention] = []
    run: list[regex.Match] = []

    def close_run() -> None:
        while run and run[-1].group().lower() in _PARTICLES:
            run.pop()
        if run:
            start, end = run[0].start(), run[-1].end()
            if text[end - 2 : end] in _POSSESSIVES:
                end -= 2
            mentions.append(Mention(text=text[start:end], start=start, end=end))
        run.clear()

    for match in _WORD.finditer(text):
        word = match.group()
        gap = text[run[-1].end() : match.start()] if run else " "
        if run and gap.strip():
            close_run()
        skipped = any(start < match.end() and match.start() < end for start, end in skip)
        if _capitalised(word) and word.lower() not in function_words and not skipped:
            run.append(match)
        elif run and word.lower() in _PARTICLES:
            run.append(match)
        else:
            close_run()
    close_run()
    return mentions
