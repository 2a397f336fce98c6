"""A story's quotes: the same statement in several articles is one quote citing all of them.

Two articles quoting one statement rarely cut it the same way: one gives a
sentence, another its second half, a third reports it without marks. Two
quotes are one when the words of the shorter are mostly among the longer's
(:data:`CONTAINED`), or their words overlap as much as :data:`SIMILAR`, and
their speakers do not differ (a shared name word, or one side unknown).
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from storyline.model import Quote, QuoteCitation, StoryQuote

#: Share of the shorter quote's words found in the longer for the two to be one.
CONTAINED = 0.8
#: Share of all their words the two share (Jaccard) for the two to be one.
SIMILAR = 0.6
#: Fewest words for containment to count (two words are contained in almost anything).
MIN_CONTAINED_WORDS = 4
_WORD = regex.compile(r"[\p{L}\p{N}]+")


def merge_quotes(quotes: Sequence[tuple[str, Quote, str | None]]) -> list[StoryQuote]:
    """(article id, quote, language) of a story's articles joined into story quotes, the most cited first."""
    words = [frozenset(w.lower() for w in _WORD.findall(q.text)) for _, q, _ in quotes]
    parent = list(range(len(quotes)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    by_word: dict[str, list[int]] = {}
    for i, ws in enumerate(words):
        for w in ws:
            by_word.setdefault(w, []).append(i)
    for i, ws in enumerate(words):
        partners = {j for w in ws for j in by_word[w] if j > i}
        for j in partners:
            if _same_statement(words[i], words[j]) and _same_speaker(quotes[i][1], quotes[j][1]):
                parent[root(j)] = root(i)
    groups: dict[int, list[int]] = {}
    for i in range(len(quotes)):
        groups.setdefault(root(i), []).append(i)
    merged = [_story_quote([quotes[i] for i in members]) for members in groups.values()]
    return sorted(merged, key=lambda q: (-len(q.article_ids), q.citations[0].article_id, q.citations[0].start))


def _same_statement(a: frozenset[str], b: frozenset[str]) -> bool:
    if not a or not b:
        return False
    shared = len(a & b)
    shorter = min(len(a), len(b))
    return (shorter >= MIN_CONTAINED_WORDS and shared >= CONTAINED * shorter) or shared >= SIMILAR * len(a | b)


def _same_speaker(a: Quote, b: Quote) -> bool:
    if not a.speaker or not b.speaker:
        return True
    return bool({w.lower() for w in _WORD.findall(a.speaker)} & {w.lower() for w in _WORD.findall(b.speaker)})


def _story_quote(members: list[tuple[str, Quote, str | None]]) -> StoryQuote:
    """One story quote: the fullest wording (a direct one before a reported one), its speaker, every citation."""
    fullest = max(members, key=lambda m: (m[1].kind == "direct", len(m[1].text)))[1]
    speaker = max((m[1].speaker for m in members if m[1].speaker), key=len, default=None)
    citations = [QuoteCitation(article_id, q.sentence_index, q.start, q.end, q.text, language)
                 for article_id, q, language in sorted(members, key=lambda m: (m[0], m[1].start))]
    return StoryQuote(fullest.text, fullest.kind, speaker, citations, cue=fullest.cue)
