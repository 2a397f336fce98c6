"""Acronyms an article defines: "Islamisk Stat (IS)" makes every "IS" of it a name.

The tagger reads one sentence at a time and knows an acronym only from its
training text, where "IS" was mostly the capitalised verb of headlines. A
writer who puts an acronym in brackets after a name says what it stands for,
in every language; from then on the article's other uses of it are that name.
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

#: An acronym in brackets right after a name: 2-10 capitals, digits and joiners.
_DEFINED = regex.compile(r"\s*\(\s*(\p{Lu}[\p{Lu}\p{N}&.\-]{1,9})\s*\)")

Name = tuple[int, int, str, float]  # start, end, label, confidence


def defined_acronyms(sentences: Sequence[str], found: Sequence[list[Name]]) -> dict[str, str]:
    """Acronym -> the label of the name it is bracketed after, in any of the sentences."""
    acronyms: dict[str, str] = {}
    for sentence, names in zip(sentences, found):
        for _, end, label, _ in names:
            if match := _DEFINED.match(sentence, end):
                acronyms.setdefault(match.group(1), label)
    return acronyms


def add_acronyms(sentence: str, names: list[Name], acronyms: dict[str, str]) -> list[Name]:
    """The sentence's names with each whole-word use of a defined acronym that no name covers yet."""
    if not acronyms:
        return names
    pattern = regex.compile(r"(?<![\p{L}\p{N}])(?:" + "|".join(map(regex.escape, acronyms)) + r")(?![\p{L}\p{N}])")
    added = [
        (match.start(), match.end(), acronyms[match.group()], 1.0)
        for match in pattern.finditer(sentence)
        if not any(start < match.end() and match.start() < end for start, end, _, _ in names)
    ]
    return sorted(names + added) if added else names
