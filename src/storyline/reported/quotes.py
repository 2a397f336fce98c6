"""A story's quotes: the same statement in several articles, or languages, is one quote citing all of them.

Two articles quoting one statement rarely cut it the same way: one gives a
sentence, another its second half, a third reports it without marks. Two
quotes are one when the words of the shorter are mostly among the longer's
(:data:`CONTAINED`), or their words overlap as much as :data:`SIMILAR`, and
their speakers do not differ (a shared name word, or one side unknown).
Across languages words cannot be compared: a quote of one speaker in one
language and one of the same speaker in another are one when their
multilingual vectors are as close as :data:`TRANSLATION` (a translation of a
statement, not another statement of the same person).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from difflib import SequenceMatcher

import numpy as np
import regex

from storyline.embed import CROSS_LANGUAGE_OFFSET
from storyline.joins import Joins
from storyline.model import Quote, QuoteCitation, StoryQuote

#: Share of the shorter quote's words found in the longer for the two to be one.
CONTAINED = 0.8
#: Share of all their words the two share (Jaccard) for the two to be one.
SIMILAR = 0.6
#: e5 cosine (background removed, plus the language offset) of a quote and the part of another it translates.
#: Set on the four cross-language groups of benchmarks/gold/quotes (true pairs 0.48-0.65, others at most 0.48).
TRANSLATION = 0.50
#: Most clauses of a quote compared with another's translation.
MAX_CLAUSES = 12
_CLAUSE_BREAK = regex.compile(r"(?<=[,;.:!?])\s+|\s+(?:--|\.\.\.|—|–)\s+")
#: How alike two spellings of a name word must be (difflib's ratio) to name one speaker across languages.
SPELT_ALIKE = 0.85
#: Shortest name word compared so (shorter ones are titles and initials).
MIN_NAME_CHARS = 4
#: Most quotes compared across languages in one story (each is embedded).
MAX_TRANSLATED = 200
#: A word held by more quotes of the story than this share (or :data:`MIN_COMMON`) proposes no pairs.
COMMON_SHARE = 0.005
MIN_COMMON = 20
#: Fewest words for containment to count (two words are contained in almost anything).
MIN_CONTAINED_WORDS = 4
_WORD = regex.compile(r"[\p{L}\p{N}]+")


def merge_quotes(quotes: Sequence[tuple[str, Quote, str | None]]) -> list[StoryQuote]:
    """(article id, quote, language) of a story's articles joined into story quotes, the most cited first."""
    words = [frozenset(w.lower() for w in _WORD.findall(q.text)) for _, q, _ in quotes]
    joins = Joins(len(quotes))
    by_word: dict[str, list[int]] = {}
    for i, ws in enumerate(words):
        for w in ws:
            by_word.setdefault(w, []).append(i)
    # Candidates share a word that few quotes hold: two quotes of one statement share many, and comparing every
    # pair of a large story's thousands of quotes through "the" would cost the square of their number.
    common = max(MIN_COMMON, int(COMMON_SHARE * len(quotes)))
    for i, ws in enumerate(words):
        partners = {j for w in ws if len(by_word[w]) <= common for j in by_word[w] if j > i}
        for j in partners:
            if _same_statement(words[i], words[j]) and _same_speaker(quotes[i][1], quotes[j][1]):
                joins.join(j, i)
    groups: dict[int, list[int]] = {}
    for i in range(len(quotes)):
        groups.setdefault(joins.root(i), []).append(i)
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


def merge_translations(quotes: list[StoryQuote], vectors: Callable[[list[str]], np.ndarray]) -> list[StoryQuote]:
    """Story quotes of one speaker in different languages joined when one translates (a part of) the other.

    An article often quotes a few words of a statement another gives whole,
    so the shorter quote is compared with each run of clauses of the longer
    about its length, and the best match counts.
    """
    candidates = [i for i, q in enumerate(quotes) if q.speaker][:MAX_TRANSLATED]
    languages = [{c.language for c in q.citations} for q in quotes]
    pairs = [(i, j) for a, i in enumerate(candidates) for j in candidates[a + 1:]
             if not languages[i] & languages[j] and _same_person(quotes[i], quotes[j])]
    if not pairs:
        return quotes
    compared = {}
    for i, j in pairs:
        short, long = sorted((quotes[i].text, quotes[j].text), key=len)
        compared[(i, j)] = (short, _clause_runs(long, len(short.split())))
    texts = sorted({t for short, runs in compared.values() for t in (short, *runs)})
    row = {text: n for n, text in enumerate(texts)}
    matrix = vectors(texts)
    joins = Joins(len(quotes))
    for (i, j), (short, runs) in compared.items():
        best = max(float(matrix[row[run]] @ matrix[row[short]]) for run in runs)
        if best + CROSS_LANGUAGE_OFFSET >= TRANSLATION:
            joins.join(j, i)
    groups: dict[int, list[StoryQuote]] = {}
    for i, quote in enumerate(quotes):
        groups.setdefault(joins.root(i), []).append(quote)
    return [members[0] if len(members) == 1 else _joined(members) for members in groups.values()]


def _clause_runs(text: str, words: int) -> list[str]:
    """The text's runs of consecutive clauses, each up to half as long again as ``words`` (the whole text too)."""
    clauses = [c.strip() for c in _CLAUSE_BREAK.split(text) if c.strip()][:MAX_CLAUSES]
    runs = {text}
    for start in range(len(clauses)):
        for end in range(start + 1, len(clauses) + 1):
            run = " ".join(clauses[start:end])
            runs.add(run)
            if len(run.split()) >= 1.5 * words:
                break
    return sorted(runs)


def _same_person(a: StoryQuote, b: StoryQuote) -> bool:
    """One speaker: the same entity, else a name word spelt alike in both (Abdullah and Abdallah, across
    languages' transliterations)."""
    if a.speaker_entity and b.speaker_entity:
        return a.speaker_entity == b.speaker_entity
    names_a = [w.lower() for w in _WORD.findall(a.speaker or "") if w[0].isupper() and len(w) >= MIN_NAME_CHARS]
    names_b = [w.lower() for w in _WORD.findall(b.speaker or "") if w[0].isupper() and len(w) >= MIN_NAME_CHARS]
    return any(SequenceMatcher(None, x, y).ratio() >= SPELT_ALIKE for x in names_a for y in names_b)


def _joined(members: list[StoryQuote]) -> StoryQuote:
    """One quote of translations: the most cited wording, every citation."""
    first = max(members, key=lambda q: (len(q.article_ids), q.kind == "direct", len(q.text)))
    citations = [c for q in members for c in q.citations]
    return StoryQuote(first.text, first.kind, first.speaker, citations, first.speaker_entity, first.cue)
