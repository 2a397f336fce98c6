"""The figures of one sentence: which numbers count people or things, what they count, and how sure they are.

A number is a figure when the words around it say what it counts: an event
befalling the counted ("30 people were killed", "killing 30", "have fled"),
or a counted noun that is a category by itself ("fighters", "troops") or a
thing an analyst counts ("people", "houses": category "other"). Numbers
inside time expressions, measures, sums of money, shares, ages, clock times,
ordinals, compounds ("11-story") and names ("Resolution 1973") never are.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

import regex

from storyline.analyse.attribution import Source, find_sources
from storyline.analyse.figures.lexicon import (
    AGE_WORDS,
    BEFORE_CATEGORIES,
    COUNTABLE,
    COUNTED_CATEGORIES,
    EVENTS,
    EVENTS_AFTER,
    EVENTS_BEFORE,
    HEDGES,
    INFLECTION,
    MEASURES,
    PROTEST_EVENTS,
    TOLLS,
    TOTALS,
    entries,
)
from storyline.analyse.figures.numbers import Quantity, few_before, find_quantities
from storyline.dates import PartialDate
from storyline.model import Figure, Mention, TimeExpression
from storyline.stopwords import stopwords

#: Words read after a number for what it counts, and around it for the event.
COUNTED_WORDS = 4
EVENT_WORDS_AFTER = 8
EVENT_WORDS_BEFORE = 4
#: Most characters between two figures of one list ("50,227 refugees in Turkey; 45,869 in Jordan").
MAX_LIST_GAP = 60
#: Sentences longer than this are not searched for figures (a page's run-on text).
MAX_SENTENCE_CHARS = 2_000

_WORD = regex.compile(r"\p{L}[\p{L}\p{M}'’]*(?:-\p{L}[\p{L}\p{M}'’]*)*")
_BREAK = regex.compile(r"[.;:!?()\[\]\"“”«»]")
_CURRENCY = regex.compile(r"[$€£¥₹]\s?$|\b(?:US|USD|EUR|GBP|CHF|Rs|R\$)\s?$")
_AFTER_CLUTTER = regex.compile(r"^(?:-\p{L}|\s?%|\s?‰|:\d|\.\d|h\d|st\b|nd\b|rd\b|th\b|e\b|er\b|ère\b|ème\b|eme\b|º|ª|°)")
_NUMBER_SIGNS = frozenset({"no", "no.", "nr", "nr.", "n°", "number", "numéro", "nummer", "número", "numero", "#"})
_OF = frozenset({"of", "de", "d", "d'", "d’", "di", "af", "van", "av", "von", "des", "dos", "das", "del", "degli"})
_PEOPLE_BEATEN_BY = frozenset({"trapped"})
_DETERMINERS = frozenset({"the", "his", "her", "their", "its", "les", "leurs", "ses", "los", "las", "sus", "die", "der",
                          "den", "le", "la", "i", "gli", "os", "as", "de", "het", "deres", "sina", "hans", "des"})
#: Words at which what is counted ends: conjunctions and relatives ("killed thousands and left many homeless").
_JOINS: dict[str, frozenset[str]] = {
    "en": frozenset({"and", "or", "but", "who", "which", "that", "whom", "while", "as"}),
    "fr": frozenset({"et", "ou", "mais", "qui", "que", "dont", "lesquels", "lesquelles"}),
    "es": frozenset({"y", "o", "pero", "que", "quienes", "cuyos"}),
    "de": frozenset({"und", "oder", "aber", "die", "der", "welche"}),
    "it": frozenset({"e", "o", "ma", "che", "cui"}),
    "pt": frozenset({"e", "ou", "mas", "que"}),
    "da": frozenset({"og", "eller", "men", "som", "der"}),
    "nl": frozenset({"en", "of", "maar", "die", "dat"}),
    "sv": frozenset({"och", "eller", "men", "som"}),
}
#: Words after a number of a list that say where or of whom, not what ("45,869 in Jordan", "23 of whom").
_LIST_LINKS = frozenset({"in", "of", "from", "at", "en", "à", "au", "aux", "de", "dans", "dont", "im", "a",
                         "di", "em", "i", "på", "fra", "uit", "från", "whom"})
#: Words before a number that make it part of the figure before it ("62 personnes, dont 36 touristes").
_LIST_LINKS_BEFORE = frozenset({"dont", "including", "among", "parmi", "incluant", "lesquels", "lesquelles", "darunter",
                                "incluidos", "inclusi", "incluindo", "heraf", "deraf", "waarvan", "varav", "whom"})
#: What the counted were before an event befell them, which a death outranks.
_STATUSES = frozenset({"arrested", "displaced", "hostages", "trapped", "missing"})
#: Indefinite articles, left out before a noun of approximate count ("more than a dozen", "plus d'une centaine").
_ARTICLES = frozenset({"a", "an", "un", "une", "una", "uno", "um", "uma", "ein", "eine", "einem", "et", "en", "een",
                       "ett"})
#: A people's name in the plural, which counts people ("50,000 Libyens", "100,000 extra Iraqis", "Syrians").
_DEMONYM = regex.compile(r"^\p{Lu}\p{Ll}+(?:ians|ans|iens|ens|is|ois|ais|ese|anos|anas|ani|esi|eri|iner|ere)$")
#: An elided article or preposition on the front of a word ("d'agressions", "l'esercito", "dell'esercito").
_ELIDED = regex.compile(r"^\p{L}{1,4}['’](?=\p{L})")
#: Words that open a verb, not what is counted ("forcing hundreds to flee").
_INFINITIVE_MARKS = frozenset({"to", "à", "pour", "zu", "para", "per", "om", "at", "te", "att", "til", "a"})
_CLOSING_QUOTES = frozenset({'"', "”", "’", "»", "'"})  # an event word that does not turn fighters or troops into civilians


def find_figures(text: str, language: str | None, timexes: Sequence[TimeExpression] = (),
                 entities: Sequence[Mention] = ()) -> list[Figure]:
    """The figures the sentence reports, in order.

    A number that says nothing of what it counts but follows a figure in a
    list ("50,227 refugees in Turkey; 45,869 in Jordan", "26 cases, 23 of
    whom...") counts what that figure counts.
    """
    if len(text) > MAX_SENTENCE_CHARS:
        return []
    lang = language or "en"
    quantities = [q for q in find_quantities(text, lang) if _may_count(text, q, lang, timexes)]
    if not quantities:
        return []
    sources = find_sources(text, lang, [(t.start, t.end) for t in timexes])
    figures: list[Figure] = []
    for i, quantity in enumerate(quantities):
        boundary = quantities[i + 1].start if i + 1 < len(quantities) else len(text)
        counted = _counted_words(text, quantity.end, boundary, lang)
        category, what = _category(text, quantity, counted, lang, boundary)
        in_list = bool(figures) and quantity.start - figures[-1].end <= MAX_LIST_GAP
        if in_list and _word_before(text, quantity.start) in _LIST_LINKS_BEFORE and category in (None, "other"):
            # "62 killed, including 36 tourists"; but "52,160 cases including 231 deaths" are deaths
            category, what = figures[-1].category, what or figures[-1].counted
        elif in_list and category is None and (not counted or counted[0].group().lower() in _LIST_LINKS):
            category, what = figures[-1].category, figures[-1].counted
        if category is not None:
            figures.append(_figure(text, quantity, category, what, lang, sources, timexes, entities))
    return figures


def _may_count(text: str, q: Quantity, language: str, timexes: Sequence[TimeExpression]) -> bool:
    """Whether the number can be a count: not in a time expression, a measure, money, an age, a name."""
    if any(q.start < t.end and t.start < q.end for t in timexes):
        return False
    if q.value is not None and q.value != int(q.value):
        return False  # counts of people and things are whole
    after, before = text[q.end:], text[:q.start]
    if _AFTER_CLUTTER.match(after) or _CURRENCY.search(before):
        return False
    if _measured(after, language):
        return False
    previous = list(_WORD.finditer(before[-40:]))
    if previous:
        word = previous[-1].group()
        if word.lower() in AGE_WORDS.get(language, ()) or word.lower() in _NUMBER_SIGNS:
            return False
        word_start = len(before) - len(word) - 1
        if word[0].isupper() and (not q.words or text[q.start].isupper()) and before.endswith(word + " ") \
                and word.lower() not in stopwords(language) and not _opens_clause(text, word_start) \
                and not any(t.start <= word_start < t.end for t in timexes):
            return False  # "Resolution 1973", "Flight 17", "the Big Three"
    return not (text[q.end:q.end + 1] == "-" and not q.words and text[q.end + 1:q.end + 2].isalpha())


def _opens_clause(text: str, at: int) -> bool:
    """Whether the word at ``at`` is the first of its clause (so its capital says nothing of a name)."""
    return not text[:at].rstrip() or text[:at].rstrip()[-1] in ".:;!?\"“”«»(–—-"


def _word_before(text: str, at: int) -> str:
    words = _WORD.findall(text[max(0, at - 30):at])
    return words[-1].lower() if words else ""


def _measured(after: str, language: str) -> bool:
    """Whether a unit, a currency or "per cent" follows the number, directly or after "of" ("billions of pounds")."""
    words = [w.group().lower() for w in _WORD.finditer(after[:40])][:3]
    if not words or after[:1] not in " \u00a0":
        return False
    measures = MEASURES.get(language, MEASURES["en"])
    if words[0] in _OF and len(words) > 1:
        return words[1] in measures
    if words[0] in ("per", "pour", "por") and len(words) > 1 and words[1] in ("cent", "ciento", "cento"):
        return True
    return words[0] in measures


def _figure(text: str, q: Quantity, category: str, counted: str, language: str, sources: list[Source],
            timexes: Sequence[TimeExpression], entities: Sequence[Mention]) -> Figure:
    start, value, low, high, hedge = q.start, q.value, q.low, q.high, _hedge(text, q.start, language)
    few = few_before(text, q)
    if few is not None:
        least, most, start = few
        if least == most:
            value, hedge = q.value * least, "about"
        else:
            value, low, high, hedge = None, q.value * least, q.value * most + q.value - 1, "vague"
    elif q.vague and hedge == "exact":
        hedge = "vague"
    elif q.approximate and hedge == "exact":
        hedge = "about"
    return Figure(
        start=start, end=q.end, text=text[start:q.end], category=category, counted=counted, hedge=hedge,
        value=value, low=low, high=high, source=_nearest(sources, q).text if sources else None,
        place=_place(entities, q), date=nearest_date(timexes, q.start, q.end),
    )


def _counted_words(text: str, end: int, boundary: int, language: str) -> list[regex.Match[str]]:
    """The words after a number that may say what it counts: up to a break, a conjunction or a few words."""
    if text[end:end + 1] in _CLOSING_QUOTES:
        end += 1  # a number quoted on its own: only a "couple of hundred" fighters
    stop = _BREAK.search(text, end, boundary)
    limit = min(stop.start() if stop else boundary, boundary)
    comma = text.find(",", end, limit)
    if comma != -1:
        limit = comma
    words = list(_WORD.finditer(text, end, limit))
    if words and words[0].group().lower() in _OF:
        words = words[1:]
    if words and words[0].group().lower() in _DETERMINERS:
        words = words[1:]
    joins = _JOINS.get(language, _JOINS["en"])
    kept = []
    for word in words[:COUNTED_WORDS]:
        if word.group().lower() in joins:
            break
        kept.append(word)
    return kept


#: Endings a short entry (four letters or fewer) may take: "kill" is killed, not killjoy; "ill" is not illegal.
_SHORT_ENDINGS = frozenset({"", "s", "es", "ed", "d", "ing", "e", "er", "en", "n", "t", "ne", "r"})
SHORT_ENTRY = 4


@cache
def _entry_pattern(stems: tuple[str, ...]) -> tuple[regex.Pattern[str] | None, tuple[str, ...]]:
    """One pattern for an entry list's single words, inflected as :data:`INFLECTION` and :data:`_SHORT_ENDINGS`
    allow; and its phrases, matched as written."""
    words = [stem for stem in stems if " " not in stem]
    phrases = tuple(stem for stem in stems if " " in stem)
    short = "|".join(regex.escape(w) for w in words if len(w) <= SHORT_ENTRY)
    long = "|".join(regex.escape(w) for w in words if len(w) > SHORT_ENTRY)
    endings = "|".join(regex.escape(e) for e in sorted(_SHORT_ENDINGS, key=len, reverse=True) if e)
    alternatives = [f"(?:{short})(?:{endings})?" if short else "", f"(?:{long})\\p{{L}}{{0,{INFLECTION}}}" if long else ""]
    pattern = "|".join(a for a in alternatives if a)
    return (regex.compile(f"(?:{pattern})$") if pattern else None), phrases


def _phrase_in(words: Sequence[str], stems: Sequence[str]) -> bool:
    """Whether an entry is among the words: a single word inflected (a hyphenated compound by its last part),
    or a phrase as written."""
    if not words:
        return False
    pattern, phrases = _entry_pattern(tuple(stems))
    lowered = [_ELIDED.sub("", w.lower()) for w in words]
    if pattern is not None and any(pattern.match(w) or ("-" in w and pattern.match(w.rsplit("-", 1)[-1]))
                                   for w in lowered):
        return True
    if phrases:
        joined = " ".join(lowered)
        return any(phrase in joined for phrase in phrases)
    return False


def _category(text: str, q: Quantity, counted: list[regex.Match[str]], language: str,
              boundary: int) -> tuple[str | None, str]:
    """The category of what the number counts and the counted words as written; (None, "") when it counts nothing.

    The event that befell the counted decides first: named in the counted
    words themselves ("bodies", "refugees"), just before the number in its
    clause ("killing 30", "the army lost 500"), or after the counted words
    ("people were killed"). Then the counted noun ("fighters"), a crowd at a
    protest, and last anything an analyst counts ("other").
    """
    events = entries(EVENTS, language)
    nouns = entries(COUNTED_CATEGORIES, language)
    countable = COUNTABLE.get(language) or COUNTABLE["en"]
    head = next((i for i, w in enumerate(counted)
                 if _phrase_in([w.group()], countable) or any(_phrase_in([w.group()], s) for s in events.values())
                 or any(_phrase_in([w.group()], s) for s in nouns.values()) or _DEMONYM.match(w.group())), None)
    noun_phrase = [w.group() for w in counted[: head + 1]] if head is not None else []
    nominal = head is not None and counted[0].group().lower() not in _INFINITIVE_MARKS
    counted_text = text[counted[0].start():counted[head].end()] if nominal else ""  # not "to flee"
    noun_kind = next((kind for kind, stems in nouns.items() if _phrase_in(noun_phrase, stems)), None)
    after_from = counted[head].end() if head is not None else q.end
    after = [w.group() for w in _WORD.finditer(text, after_from, boundary)][:EVENT_WORDS_AFTER]
    before = _clause_before(text, q.start, language)
    if head is None:
        before = before[-1:]  # with nothing counted, only a verb right before it: "blessé 52", "killing three"
    before_events = _with({kind: stems for kind, stems in events.items() if kind in BEFORE_CATEGORIES},
                          EVENTS_BEFORE, language)
    predicate = _event(after, _with(events, EVENTS_AFTER, language)) if head is not None or not counted else None
    event = _event(noun_phrase, events) or _event(before, before_events) or predicate
    if predicate == "killed" and event in _STATUSES:
        event = predicate  # death outranks what the counted were before it ("1,000 prisoners were killed")
    if event is not None and not (noun_kind and event in _PEOPLE_BEATEN_BY):
        return event, counted_text
    if noun_kind is not None:
        return noun_kind, counted_text
    if head is None and (not counted or counted[0].group().lower() in _LIST_LINKS) \
            and _phrase_in(_whole_clause_before(text, q.start), entries_for(TOLLS, language)):
        return "killed", ""  # "the death toll passed 5,400"
    if head is not None and (_phrase_in(noun_phrase, countable) or _DEMONYM.match(noun_phrase[-1])):
        protest = PROTEST_EVENTS.get(language) or PROTEST_EVENTS["en"]
        return ("protesters" if _phrase_in(after, protest) else "other"), counted_text
    return None, ""


def _with(events: dict[str, tuple[str, ...]], more: dict[str, dict[str, tuple[str, ...]]],
          language: str) -> dict[str, tuple[str, ...]]:
    """The events with the words of ``more`` added (those that count only on one side of the number)."""
    extra = entries(more, language)
    return {kind: events.get(kind, ()) + extra.get(kind, ()) for kind in {**events, **extra}}


def _event(words: Sequence[str], events: dict[str, tuple[str, ...]]) -> str | None:
    return next((kind for kind, stems in events.items() if _phrase_in(words, stems)), None) if words else None


def entries_for(table: dict[str, tuple[str, ...]], language: str) -> tuple[str, ...]:
    return table.get(language) or table["en"]


def _whole_clause_before(text: str, start: int) -> list[str]:
    clause = text[:start]
    return [w.group() for w in _WORD.finditer(clause, max(clause.rfind(mark) for mark in ",;:()") + 1)]


def _clause_before(text: str, start: int, language: str) -> list[str]:
    """The few words before a number in its clause, its hedge left out ("killed at least 30": "killed")."""
    clause = text[:start]
    cut = max(clause.rfind(mark) for mark in ",;:()")
    words = [w.group() for w in _WORD.finditer(clause, cut + 1)]
    # Hedges, sums and articles, in any order: "killed the 30", "arrêté des milliers", "a total of more than 122",
    # "un total de plus de 122".
    skipped = {*HEDGES["en"], *HEDGES.get(language, {}), *entries_for(TOTALS, language), *_ARTICLES, *_DETERMINERS}
    while size := next((size for size in (3, 2, 1) if len(words) >= size
                        and " ".join(words[-size:]).lower() in skipped), 0):
        words = words[:-size]
    return words[-EVENT_WORDS_BEFORE:]


def _hedge(text: str, start: int, language: str) -> str:
    """The hedge written just before a number ("more than", "près de"), "exact" when none is."""
    before = text[max(0, start - 30):start].lower()
    hedges = {**HEDGES["en"], **HEDGES.get(language, {})} if language != "en" else HEDGES["en"]
    for phrase in sorted(hedges, key=len, reverse=True):
        if before.endswith(phrase + " ") and (len(before) == len(phrase) + 1 or not before[-len(phrase) - 2].isalpha()):
            return hedges[phrase]
    return "exact"


def _nearest(sources: list[Source], q: Quantity) -> Source:
    return min(sources, key=lambda s: min(abs(s.start - q.end), abs(q.start - s.end)))


def _place(entities: Sequence[Mention], q: Quantity) -> str | None:
    places = [m for m in entities if m.label == "LOC"]
    if not places:
        return None
    after = [m for m in places if m.start >= q.end]
    return (after[0] if after else places[-1]).text


def nearest_date(timexes: Sequence[TimeExpression], start: int, end: int) -> PartialDate | None:
    """The date of the time expression nearest the words at ``start``-``end``: what a figure there is as of."""
    dated = [t for t in timexes if t.date is not None]
    if not dated:
        return None
    return min(dated, key=lambda t: min(abs(t.start - end), abs(start - t.end))).date
