"""A story's recognised mentions joined into entities, one across every name and language.

A name recognised once counts wherever the story writes it the same way
(:mod:`storyline.entities.spread`). Mentions are first grouped by name key (:func:`~storyline.entities.names.name_key`);
groups are then joined on evidence that carries to any story:

- the text: an acronym defined in brackets, an alias stated in words
  (:mod:`storyline.entities.evidence`);
- the names: an acronym equal to the initials of exactly one longer name
  of the story ("IS", "Islamic State"); a person's surname alone when one
  person of the story has it ("al-Abadi"); a genitive in the languages that
  add a bare -s ("Islamisk Stats");
- the gazetteer: place names that resolve to one place (Mosul, Mossoul,
  الموصل) or one country (Syria, Syrien);
- the multilingual embeddings of the names: two names of the same kind in
  different languages that are each other's nearest ("Islamic State",
  "État islamique"), and an acronym extending another or a name's
  initials ("IS", "Islamic State": "ISIS").

The kind of an entity is the one most of its mentions were recognised as;
its display name is the fullest name an English article gives it, else the
gazetteer's, else the name most used.
"""

from __future__ import annotations

import hashlib
import unicodedata
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import cached_property

import numpy as np

from storyline.analyse.outlet import outlet_key
from storyline.entities.context import (
    names_a_landmark,
    names_a_settlement,
    with_landmark,
)
from storyline.entities.evidence import defined_acronyms, stated_aliases
from storyline.entities.names import (
    bare_name,
    initials,
    is_acronym,
    name_key,
    surname_key,
    word_count,
)
from storyline.entities.spread import Spread, recognised_forms
from storyline.joins import Joins
from storyline.model import (
    Article,
    Entity,
    EntityKind,
    EntityMention,
    Mention,
    Place,
    Sentence,
)

Resolve = Callable[[list[tuple[str, str | None]]], list[Place | None]]
"""Places for (name, language) pairs, resolved together (storyline.geo.resolve_places)."""
Vectors = Callable[[list[str]], np.ndarray]
"""Unit vectors of names, one row each (storyline.embed.embed, through the store's cache)."""

#: Names longer than this are not names (a recogniser misled by a run of capitals): left out.
MAX_NAME_CHARS = 120
#: Most name groups of a story compared by their embeddings (the most mentioned): pairs grow as the square.
MAX_EMBEDDED_GROUPS = 400
#: Most place names of a story sent to the gazetteer (the most mentioned).
MAX_RESOLVED_PLACES = 2_000
#: Two names in different languages are one entity when each is the other's nearest and at least this close.
TRANSLATION_COSINE = 0.75
#: An acronym that extends another ("ISIS" after "IS") names the same entity when at least this close.
EXTENSION_COSINE = 0.70
#: Words of a landmark's name that do not tell two landmarks apart.
_LANDMARK_GLUE = frozenset("al el the of de du des la le di da do".split())
#: The label of a proper name no recogniser gave a kind (see _read_in_context).
UNTYPED = "NAME"
#: Languages whose genitive adds a bare -s to a name ("Islamisk Stats", "Deutschlands").
_S_GENITIVE = frozenset({"da", "sv", "no", "nb", "nn", "de", "nl"})


@dataclass
class _Group:
    """The mentions of one name key."""

    key: str
    forms: Counter[str] = field(default_factory=Counter)
    labels: Counter[str] = field(default_factory=Counter)
    languages: Counter[str] = field(default_factory=Counter)
    mentions: list[EntityMention] = field(default_factory=list)
    place: Place | None = None

    @cached_property
    def form(self) -> str:
        """How the name is most often written (read once the story's mentions are all in)."""
        return self.forms.most_common(1)[0][0]

    @cached_property
    def label(self) -> str:
        """The kind most of its mentions were recognised as; UNTYPED only when none was (read once the
        story's mentions are all in)."""
        typed = Counter({label: n for label, n in self.labels.items() if label != UNTYPED})
        return (typed or self.labels).most_common(1)[0][0]


@dataclass
class Linked:
    """A story's entities, most reported first, and what was left out to keep the work bounded."""

    entities: list[Entity]
    notes: list[str] = field(default_factory=list)


def link_entities(articles: Sequence[Article], resolve: Resolve | None = None,
                  vectors: Vectors | None = None) -> Linked:
    """The entities of a story's articles, from their sentences' recognised mentions."""
    groups, index, pairs = _groups(articles)
    notes: list[str] = []
    joins = Joins(len(groups))
    if resolve is not None:
        _resolve_places(groups, resolve, notes)
    for first, second in pairs.defined:
        joins.join(index[first], index[second])
    for candidates, name in pairs.stated:
        alias = next((index[c] for c in candidates if _may_be_alias(groups[index[c]])), None)
        if alias is not None:
            joins.join(alias, index[name])
    _join_initials(groups, joins)
    _join_surnames(groups, joins)
    _join_genitives(groups, joins)
    _join_places(groups, joins)
    _join_landmarks(groups, joins)
    if vectors is not None:
        _join_by_embedding(groups, joins, vectors, notes)
    outlets = {a.id: outlet_key(a.outlet) if a.outlet else None for a in articles}
    clusters: dict[int, list[_Group]] = {}
    for number, group in enumerate(groups):
        clusters.setdefault(joins.root(number), []).append(group)
    entities = [_entity(members, outlets) for members in clusters.values()
                if any(group.label != UNTYPED for group in members)]
    entities.sort(key=lambda e: (-e.articles, -len(e.mentions), e.name))
    return Linked(entities, notes)


@dataclass
class _Pairs:
    """Mention keys ((article, sentence, position) -> group) paired by what sentences say."""

    defined: list[tuple[tuple, tuple]] = field(default_factory=list)
    stated: list[tuple[list[tuple], tuple]] = field(default_factory=list)


def _groups(articles: Sequence[Article]) -> tuple[list[_Group], dict[tuple, int], _Pairs]:
    """Name groups, where each mention went, and the pairs the text states."""
    groups: list[_Group] = []
    by_key: dict[str, int] = {}
    index: dict[tuple, int] = {}
    pairs = _Pairs()
    forms = Spread(recognised_forms(articles))
    for article in articles:
        previous: list[tuple[tuple, Mention]] = []
        previous_text = ""
        for sentence in article.sentences:
            current: list[tuple[tuple, Mention]] = []
            found = sentence.entities + forms.found_in(sentence.text, sentence.entities)
            for position, mention in enumerate(_read_in_context(sentence, found, article.language)):
                key = name_key(mention.text)
                if not key or len(mention.text) > MAX_NAME_CHARS:
                    continue
                if key not in by_key:
                    by_key[key] = len(groups)
                    groups.append(_Group(key))
                group = groups[by_key[key]]
                group.forms[mention.text.strip()] += 1
                group.labels[mention.label] += 1
                group.languages[article.language or "und"] += 1
                group.mentions.append(EntityMention(article.id, sentence.index, mention.start, mention.end,
                                                    mention.text, article.language))
                where = (article.id, sentence.index, position)
                index[where] = by_key[key]
                current.append((where, mention))
            _pair(sentence.text, current, previous_text, previous, pairs)
            previous, previous_text = current, sentence.text
    return groups, index, pairs


def _read_in_context(sentence: Sentence, recognised: list[Mention], language: str | None) -> list[Mention]:
    """The sentence's recognised mentions as its words make them (a landmark's noun joined to its name, a
    name after "the city of" a place), and the other proper names it holds, of no kind yet, in text order.

    Names of no kind become part of an entity only when the text says they
    are another name for one ("Daesh", which a recogniser may miss).
    """
    typed = []
    for mention in recognised:
        if mention.label == "LOC":
            mention = with_landmark(sentence.text, mention)
        elif names_a_settlement(sentence.text, mention, language) or (
            mention.label == "ORG" and names_a_landmark(mention)
        ):
            mention = Mention(mention.text, mention.start, mention.end, "LOC")
        typed.append(mention)
    untyped = [m for m in sentence.mentions
               if not any(m.start < t.end and t.start < m.end for t in typed)]
    return sorted(typed + [Mention(m.text, m.start, m.end, UNTYPED) for m in untyped], key=lambda m: m.start)


def _pair(text: str, current: list[tuple[tuple, Mention]], previous_text: str,
          previous: list[tuple[tuple, Mention]], pairs: _Pairs) -> None:
    """Record what one sentence (read after the one before it) says of its names."""
    mentions = [m for _, m in current]
    keys = [k for k, _ in current]
    pairs.defined += [(keys[a], keys[b]) for a, b in defined_acronyms(text, mentions)]
    offset = len(previous_text) + 1
    window = [Mention(m.text, m.start, m.end, m.label) for _, m in previous]
    window += [Mention(m.text, m.start + offset, m.end + offset, m.label) for m in mentions]
    window_keys = [k for k, _ in previous] + keys
    for candidates, name in stated_aliases(f"{previous_text} {text}", window):
        if name >= len(previous):  # the gloss is in this sentence; its alias may be in the one before
            pairs.stated.append(([window_keys[c] for c in candidates], window_keys[name]))


def _may_be_alias(group: _Group) -> bool:
    """A short name glossed as standing for another is one the recogniser could not explain ("Daesh"),
    or an acronym; never a person or a place the gazetteer knows."""
    if group.label == "PER" or (group.place and group.place.latitude is not None):
        return False
    return group.label == UNTYPED or is_acronym(group.form)


def _resolve_places(groups: list[_Group], resolve: Resolve, notes: list[str]) -> None:
    places = sorted((g for g in groups if g.label == "LOC"), key=lambda g: -len(g.mentions))
    if len(places) > MAX_RESOLVED_PLACES:
        notes.append(f"{len(places) - MAX_RESOLVED_PLACES} of {len(places)} place names, the least mentioned, "
                     "were not looked up in the gazetteer")
        places = places[:MAX_RESOLVED_PLACES]
    # Each name as often as the story gives it (up to a point): a name given often weighs more as context.
    asked = [(g.form, g.languages.most_common(1)[0][0]) for g in places for _ in range(min(len(g.mentions), 20))]
    found = iter(resolve(asked))
    for group in places:
        answers = [next(found) for _ in range(min(len(group.mentions), 20))]
        group.place = answers[0]


def _join_initials(groups: list[_Group], joins: Joins) -> None:
    """An acronym joins, in each language it is written in, the one longer name of that language
    whose initials it is ("IS": "Islamic State" in English, "Islamisk Stat" in Danish)."""
    by_initials: dict[tuple[str, str], list[int]] = {}
    for number, group in enumerate(groups):
        if group.label not in ("PER", UNTYPED) and (letters := initials(group.form)):
            for language in group.languages:
                by_initials.setdefault((letters, language), []).append(number)
    for number, group in enumerate(groups):
        if not is_acronym(group.form):
            continue
        for language in group.languages:
            found = by_initials.get((group.form.upper(), language), [])
            if len(found) == 1:
                joins.join(number, found[0])


def _join_surnames(groups: list[_Group], joins: Joins) -> None:
    """A person named by surname alone joins the one person of the story with that surname and a fuller name."""
    fuller: dict[str, list[int]] = {}
    for number, group in enumerate(groups):
        if group.label == "PER" and word_count(group.key) > 1:
            fuller.setdefault(surname_key(group.form), []).append(number)
    for number, group in enumerate(groups):
        if group.label == "LOC" or len(group.key.split()) > 2:  # a recogniser may call a lone surname an ORG
            continue
        candidates = [c for c in fuller.get(surname_key(group.form), []) if c != number]
        if len(candidates) == 1 and groups[candidates[0]].key.endswith(group.key.split()[-1]) and (
            word_count(groups[candidates[0]].key) > word_count(group.key)
        ):
            joins.join(number, candidates[0])


def _join_genitives(groups: list[_Group], joins: Joins) -> None:
    by_key = {group.key: number for number, group in enumerate(groups)}
    for number, group in enumerate(groups):
        base = by_key.get(group.key[:-1]) if group.key.endswith("s") else None
        if base is not None and _S_GENITIVE.intersection(group.languages):
            joins.join(number, base)


def _join_places(groups: list[_Group], joins: Joins) -> None:
    """Names the gazetteer resolves to one place are one entity."""
    first_of: dict[str, int] = {}
    for number, group in enumerate(groups):
        if group.place is not None and group.place.gazetteer_id:
            joins.join(number, first_of.setdefault(group.place.gazetteer_id, number))


def _join_landmarks(groups: list[_Group], joins: Joins) -> None:
    """Unlocated landmarks whose words one holds all of the other's: "Nuri mosque", "al-Nuri mosque",
    "Great Mosque of al-Nuri" (articles, particles and "of" aside)."""
    landmarks = [(n, _landmark_words(g.key)) for n, g in enumerate(groups)
                 if g.place is not None and g.place.gazetteer_id is None and g.place.feature == "landmark"]
    for i, (first, words) in enumerate(landmarks):
        for second, other in landmarks[i + 1 :]:
            if len(min(words, other, key=len)) > 1 and (words <= other or other <= words):
                joins.join(first, second)


def _landmark_words(key: str) -> frozenset[str]:
    return frozenset(word for word in key.split() if word not in _LANDMARK_GLUE)


def _join_by_embedding(groups: list[_Group], joins: Joins, vectors: Vectors, notes: list[str]) -> None:
    """Translations that are each other's nearest, and acronyms extending another, by their name vectors.

    Only names that could be either are embedded: a story in one language
    has no translations to compare, and few acronyms, so most stories embed
    nothing at all.
    """
    compared = [n for n, g in enumerate(groups) if g.label in ("ORG", "PER") or (g.label == "LOC" and not g.place)]
    compared.sort(key=lambda n: -len(groups[n].mentions))
    if len(compared) > MAX_EMBEDDED_GROUPS:
        notes.append(f"{len(compared) - MAX_EMBEDDED_GROUPS} of {len(compared)} names, the least mentioned, "
                     "were not compared across languages")
        compared = compared[:MAX_EMBEDDED_GROUPS]
    extensions = _extensions(groups, compared)
    partners = {n: [m for m in compared if _translatable(groups[n], groups[m])] for n in compared}
    partners = {n: found for n, found in partners.items() if found}
    needed = sorted({n for pair in extensions for n in pair} | set(partners))
    if not needed:
        return
    row = {n: i for i, n in enumerate(needed)}
    matrix = vectors([groups[n].form for n in needed])
    cosine = matrix @ matrix.T
    for n, m in extensions:
        if cosine[row[n], row[m]] >= EXTENSION_COSINE:
            joins.join(n, m)
    for n, found in partners.items():
        best = max(found, key=lambda m: cosine[row[n], row[m]])
        back = max(partners[best], key=lambda m: cosine[row[best], row[m]])
        if back == n and cosine[row[n], row[best]] >= TRANSLATION_COSINE:
            joins.join(n, best)


def _extensions(groups: list[_Group], compared: list[int]) -> list[tuple[int, int]]:
    """(name, acronym) pairs where the acronym starts with the name (another acronym) or with its initials
    and goes on: "ISIS" after "IS" or after "Islamic State" (Iraq and Syria); of one kind."""
    starts = {n: (groups[n].form if is_acronym(groups[n].form) else initials(groups[n].form)).upper()
              for n in compared}
    acronyms = [n for n in compared if is_acronym(groups[n].form)]
    return [(n, a) for a in acronyms for n in compared
            if starts[n] and len(groups[a].form) > len(starts[n]) and groups[a].form.upper().startswith(starts[n])
            and groups[n].label == groups[a].label]


def _translatable(first: _Group, second: _Group) -> bool:
    """Two names that may be one written in two languages: the same kind, and no language in common."""
    return first is not second and first.label == second.label and first.languages.keys().isdisjoint(second.languages)


def _entity(members: list[_Group], outlets: dict[str, str | None]) -> Entity:
    labels = sum((g.labels for g in members), Counter())
    del labels[UNTYPED]
    kind = EntityKind.of_label(labels.most_common(1)[0][0]) or EntityKind.ORGANISATION
    place = next((g.place for g in sorted(members, key=lambda g: -len(g.mentions)) if g.place), None)
    aliases: dict[str, Counter[str]] = {}
    for group in members:
        for mention in group.mentions:
            aliases.setdefault(mention.language or "und", Counter())[mention.text.strip()] += 1
    name = _display_name(aliases, place)
    mentions = sorted((m for g in members for m in g.mentions), key=lambda m: (m.article_id, m.sentence_index, m.start))
    articles = {m.article_id for m in mentions}
    key = place.gazetteer_id if place and place.gazetteer_id else name_key(name)
    return Entity(
        id="e" + hashlib.sha1(f"{kind.value}:{key}".encode()).hexdigest()[:12],
        kind=kind,
        name=name,
        aliases={lang: [form for form, _ in forms.most_common()] for lang, forms in sorted(aliases.items())},
        mentions=mentions,
        articles=len(articles),
        outlets=len({outlets.get(a) for a in articles} - {None}),
        place=place,
    )


def _display_name(aliases: dict[str, Counter[str]], place: Place | None) -> str:
    """The fullest English name (most words, then most used), else the name most used (the gazetteer's
    when that is in another script than Latin); without a possessive or leading article ("Islamic State",
    not "the Islamic State's")."""
    english = _bare_forms(aliases.get("en", Counter()))
    if english:
        return max(english, key=lambda form: (not is_acronym(form), word_count(form), english[form]))
    everything = _bare_forms(sum(aliases.values(), Counter()))
    written = max(everything, key=lambda form: (not is_acronym(form), everything[form], word_count(form)))
    # A name as written in Latin letters reads as the articles read; another script, as the gazetteer romanises it.
    return place.name if place and place.name and not _latin(written) else written


def _latin(text: str) -> bool:
    return all(not ch.isalpha() or "LATIN" in unicodedata.name(ch, "") for ch in text)


def _bare_forms(forms: Counter[str]) -> Counter[str]:
    bare: Counter[str] = Counter()
    for form, count in forms.items():
        bare[bare_name(form) or form] += count
    return bare
