"""Who said what in one article: quotations in their marks, and speech reported with a reporting verb.

A quotation is the words between a pair of quotation marks (“ ”, « », „ “,
straight quotes, and the `` '' of tokenised text) that the article gives a
speaker for: a reporting verb or source phrase in the sentences it stands in
(storyline.analyse.attribution), or the speaker of the quotation just
before it when it goes on without a new one. Fewer than three words between
marks are a term or a title ("so-called "moderates""), not a quotation,
unless they start in lower case and their own sentence names the speaker: a
fragment of the speaker's words ("said the repair was "unlikely""), or the
subject of a verb that frames their words ("accused BP of "taking shortcuts"").
Reported speech is the clause a reporting verb or source phrase introduces
("the ministry said that...", "selon l'ONU, ...", "..., sagde han").

A pronoun speaker ("he said") is the speaker named last before it in the
article, written as fully as the article names that person.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

import regex

from storyline.analyse.attribution import (
    CLAUSE_WORDS,
    PRONOUNS,
    SAYING,
    SOURCE_PHRASES,
    Source,
    find_sources,
    framing_verbs,
    is_participle,
    names_someone,
    subject_before,
)
from storyline.analyse.recognise.features import TITLES
from storyline.model import Quote, Sentence

#: Fewest words between marks for a quotation standing on its own; fewer are a term, a title or a scare
#: quote, unless they are a fragment of the speaker's words that their own sentence attributes
#: ("BP's chief said the spill was ``unlikely''", "accusant les puissances de «calculs»"), which starts in
#: lower case, as a title or a name does not.
MIN_QUOTED_WORDS = 3
#: Fewest words of a reported clause.
MIN_REPORTED_WORDS = 4
#: Longest quotation read (marks further apart than this are not a pair).
MAX_QUOTE_CHARS = 3_000
#: Openers and the closers that end them; a straight quote closes itself.
_CLOSERS = {"``": ("''",), "“": ("”", "“"), "«": ("»",), "„": ("“", "”"), '"': ('"',), "‘": ("’",)}
_MARK = regex.compile(r"``|''|[“”«»„\"]|(?<![\p{L}\p{N}])‘|’(?![\p{L}\p{N}])")
_WORD = regex.compile(r"[\p{L}\p{N}]+")
#: Words that open a reported clause, left out of it ("said that ...", "a déclaré que ...").
_COMPLEMENTISERS: dict[str, frozenset[str]] = {
    "en": frozenset({"that"}), "fr": frozenset({"que", "qu"}), "es": frozenset({"que"}), "de": frozenset({"dass"}),
    "it": frozenset({"che"}), "pt": frozenset({"que"}), "da": frozenset({"at"}), "nl": frozenset({"dat"}),
    "sv": frozenset({"att"}),
}
_TRAILING = regex.compile(r"[\s,;:.]+$")
#: Source phrases ("according to"): what they report stands around them, read by the clause rules below.
_SOURCE_PHRASE_CUES = frozenset(cue for cues in SOURCE_PHRASES.values() for cue in cues)


def find_quotes(text: str, sentences: Sequence[Sentence], language: str | None) -> list[Quote]:
    """The quotations and reported speech of an article's text, in order, each with its speaker if the text gives one."""
    direct = _direct(text, sentences, language)
    quoted = {q.sentence_index for q in direct}
    reported = [q for s in sentences if s.index not in quoted for q in _reported(s, language)]
    quotes = sorted(direct + reported, key=lambda q: q.start)
    return _resolve_pronouns(quotes, sentences, language)


def _pairs(text: str) -> list[tuple[int, int]]:
    """(start, end) of the words between each pair of quotation marks."""
    pairs, opener, opened_at = [], None, 0
    for mark in _MARK.finditer(text):
        token = mark.group()
        if opener is not None and (token in _CLOSERS[opener] or mark.start() - opened_at > MAX_QUOTE_CHARS):
            if token in _CLOSERS[opener] and mark.start() - opened_at <= MAX_QUOTE_CHARS:
                pairs.append((opened_at, mark.start()))
                opener = None
                continue
            opener = None
        if opener is None and token in _CLOSERS:
            opener, opened_at = token, mark.end()
    return pairs


def _direct(text: str, sentences: Sequence[Sentence], language: str | None) -> list[Quote]:
    quotes: list[Quote] = []
    pairs = _pairs(text)
    previous: Quote | None = None
    for start, end in pairs:
        start, end = _trimmed(text, start, end)
        words = _WORD.findall(text[start:end])
        fragment = len(words) < MIN_QUOTED_WORDS
        if not words or (fragment and not words[0][0].islower()):
            continue
        spanned = [s for s in sentences if s.start < end + 1 and start - 1 < s.end]
        if not spanned:
            continue
        source = _speaker_of(text, spanned, pairs, start, end, language)
        if fragment and source is None:
            source = _framer_of(text, spanned[0], start, language)
        if fragment and source is None:
            continue
        speaker, cue = (source.text, source.cue) if source else (None, None)
        if source is None and previous is not None and previous.speaker and \
                spanned[0].index - _sentence_of(previous, sentences) <= 1:
            speaker, cue = previous.speaker, previous.cue  # a quotation going on without a new cue
        if speaker is None:
            continue
        previous = Quote(spanned[0].index, start, end, text[start:end], "direct", speaker, cue)
        quotes.append(previous)
    return quotes


def _sentence_of(quote: Quote, sentences: Sequence[Sentence]) -> int:
    """The index of the sentence the quotation ends in."""
    return next((s.index for s in sentences if s.start <= quote.end <= s.end), quote.sentence_index)


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    """The quoted words without the spaces inside the marks or a comma of the sentence around them."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] == ","):
        end -= 1
    return start, end


def _speaker_of(text: str, spanned: Sequence[Sentence], pairs: list[tuple[int, int]], start: int, end: int,
                language: str | None) -> Source | None:
    """The source named in the quotation's sentences outside any quotation, nearest to it."""
    frame_start, frame_end = spanned[0].start, spanned[-1].end
    frame = list(text[frame_start:frame_end])
    for a, b in pairs:  # the quoted words are no one's name
        for i in range(max(a, frame_start), min(b, frame_end)):
            frame[i - frame_start] = " "
    masked = "".join(frame)
    times = [(t.start + s.start - frame_start, t.end + s.start - frame_start) for s in spanned for t in s.timexes]
    sources = [s for s in find_sources(masked, language, times) if names_someone(s, language)]
    if not sources:
        return None
    at, until = start - frame_start, end - frame_start
    return min(sources, key=lambda s: min(abs(s.start - until), abs(at - s.end)))


def _framer_of(text: str, sentence: Sentence, start: int, language: str | None) -> Source | None:
    """Whose words a fragment is when no one is said to say them: the subject of the framing verb before it
    in its sentence ("the committees accused BP of ``taking shortcuts''"); for a participle ("..., accusing
    the powers of «calculs»"), the first person or organisation the sentence names before it."""
    before = text[sentence.start:start]
    verbs = framing_verbs(before, language)
    if not verbs:
        return None
    verb = verbs[-1]
    if is_participle(verb.group(), language):
        actor = next((m for m in sentence.entities if m.label in ("PER", "ORG") and m.end <= verb.start()), None)
        return None if actor is None else Source(actor.start, actor.end, actor.text, verb.group(), verb.start(),
                                                 verb.end())
    source = subject_before(before, verb, language)
    return source if source is not None and names_someone(source, language) else None


def _reported(sentence: Sentence, language: str | None) -> list[Quote]:
    """The clause a reporting verb or source phrase reports, once per sentence."""
    text = sentence.text
    for source in find_sources(text, language, [(t.start, t.end) for t in sentence.timexes]):
        if not names_someone(source, language):
            continue
        span = _reported_clause(text, source, language, [(t.start, t.end) for t in sentence.timexes])
        if span is None:
            continue
        start, end = span
        return [Quote(sentence.index, sentence.start + start, sentence.start + end, text[start:end], "reported",
                      source.text, source.cue)]
    return []


def _reported_clause(text: str, source: Source, language: str | None,
                     times: Sequence[tuple[int, int]]) -> tuple[int, int] | None:
    """The reported words: after the source and its verb, or before them when they close the sentence."""
    after_from = max(source.end, source.cue_end)
    words = list(_WORD.finditer(text[after_from:]))
    cue = source.cue.lower()
    complementisers = _COMPLEMENTISERS.get(language or "en", frozenset())
    skip: int | None = 0
    if words and words[0].group().lower() in complementisers:
        skip = words[0].end()
    elif cue in _SOURCE_PHRASE_CUES:
        skip = 0
    elif cue in ("told", "tells") or cue not in SAYING or _opens_adjunct(words, after_from, times, language):
        # "told reporters that...", "announced that...": without "that" the verb has an object, not a clause;
        # "said on Tuesday as she urged...": what follows is an adjunct, and a clause may stand before
        that = next((w for w in words[:6] if w.group().lower() in complementisers), None)
        skip = that.end() if that is not None else None
    if skip is not None:
        clause_start = after_from + skip
        clause = text[clause_start:]
        clause_start += len(clause) - len(clause.lstrip(" ,:\u00a0"))
        clause_end = clause_start + len(_TRAILING.sub("", text[clause_start:]))
        if _content_words(text, clause_start, clause_end, times) >= MIN_REPORTED_WORDS:
            return clause_start, clause_end
    before = text[:min(source.start, source.cue_start)]
    if not regex.search(r"[,\"”»'’]\s*$", before):
        return None  # only "..., the ministry said." reports what stands before it
    before_end = len(_TRAILING.sub("", before))
    if _content_words(text, 0, before_end, times) >= MIN_REPORTED_WORDS:
        return len(before[:before_end]) - len(before[:before_end].lstrip()), before_end
    return None


def _opens_adjunct(words: list[regex.Match[str]], offset: int, times: Sequence[tuple[int, int]],
                   language: str | None) -> bool:
    """Whether the words after a reporting verb open an adjunct clause ("as", "while", "when"...), past any time
    expression ("said on Tuesday as..."), rather than the reported clause."""
    def timed(word: regex.Match[str]) -> bool:
        return any(a <= offset + word.start() < b for a, b in times)

    # past the time and the preposition that opens it ("on Tuesday", "le 3 mars")
    untimed = (w for i, w in enumerate(words)
               if not timed(w) and not (i + 1 < len(words) and timed(words[i + 1]) and w.group().islower()))
    first = next(untimed, None)
    return first is not None and first.group().lower() in CLAUSE_WORDS.get(language or "en", frozenset()) \
        and first.group().lower() not in _COMPLEMENTISERS.get(language or "en", frozenset())


def _content_words(text: str, start: int, end: int, times: Sequence[tuple[int, int]]) -> int:
    """Words of a clause that are not in a time expression ("said about a month ago" reports nothing)."""
    return sum(not any(a <= w.start() < b for a, b in times) for w in _WORD.finditer(text, start, end))


def _resolve_pronouns(quotes: list[Quote], sentences: Sequence[Sentence], language: str | None) -> list[Quote]:
    """A pronoun speaker becomes the speaker (or person) named last before it, as fully as the article names them."""
    people = [m.text for s in sentences for m in s.entities if m.label == "PER"]
    resolved, last_named = [], None
    for quote in quotes:
        speaker = quote.speaker
        if speaker and speaker.lower() in _pronouns(language):
            speaker = last_named or _last_person(sentences, quote.sentence_index) or speaker
        elif speaker:
            speaker = _fullest(speaker, people)
            last_named = speaker
        resolved.append(replace(quote, speaker=speaker))
    return resolved


def named_source(source: str, sentence_index: int, quotes: Sequence[Quote], sentences: Sequence[Sentence],
                 language: str | None) -> str:
    """A source as named: a pronoun ("he said 30 were killed") is the speaker named last in a quote up to
    its sentence, else the person named last; any other source, or one the article names no one for, stays."""
    if source.lower() not in _pronouns(language):
        return source
    named = [q.speaker for q in quotes if q.sentence_index <= sentence_index and q.speaker
             and q.speaker.lower() not in _pronouns(language)]
    return named[-1] if named else _last_person(sentences, sentence_index) or source


def _pronouns(language: str | None) -> frozenset[str]:
    return PRONOUNS.get(language or "en", frozenset())


def _last_person(sentences: Sequence[Sentence], sentence_index: int) -> str | None:
    """The person named last in the sentences up to ``sentence_index``."""
    named = [m.text for s in sentences if s.index <= sentence_index for m in s.entities if m.label == "PER"]
    return named[-1] if named else None


def _fullest(speaker: str, people: list[str]) -> str:
    """The longest way the article names the person a speaker names ("al-Abadi" -> "Haider al-Abadi")."""
    words = set(_WORD.findall(speaker.lower())) - TITLES
    if not words:
        return speaker
    fuller = [p for p in people if set(_WORD.findall(p.lower())) >= words and len(p) > len(speaker)]
    return max(fuller, key=len) if fuller and len(speaker.split()) <= 3 else speaker
