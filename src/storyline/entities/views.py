"""Entities as readers ask for them: those a timeline entry names, a place's dates, one across stories."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from storyline.dates import PartialDate
from storyline.model import Entity, TimelineEntry

SentenceKey = tuple[str, int]


def by_sentence(entities: Iterable[Entity]) -> dict[SentenceKey, list[Entity]]:
    """The entities each (article, sentence) names, most reported first, each once."""
    found: dict[SentenceKey, list[Entity]] = {}
    for entity in entities:
        for mention in entity.mentions:
            named = found.setdefault((mention.article_id, mention.sentence_index), [])
            if not named or named[-1] is not entity:
                named.append(entity)
    return found


def entry_entities(entries: Sequence[TimelineEntry], named: dict[SentenceKey, list[Entity]]) -> list[list[Entity]]:
    """For each entry, the entities its cited sentences name, each once, in the story's order."""
    return [
        list({id(e): e for c in entry.citations for e in named.get((c.article_id, c.sentence_index), [])}.values())
        for entry in entries
    ]


def date_spans(entries: Sequence[TimelineEntry], named: dict[SentenceKey, list[Entity]]
               ) -> dict[str, tuple[PartialDate, PartialDate]]:
    """Entity id -> the first and last dates of the timeline entries whose sentences name it."""
    spans: dict[str, tuple[PartialDate, PartialDate]] = {}
    for entry, entities in zip(entries, entry_entities(entries, named)):
        for entity in entities:
            first, last = spans.get(entity.id, (entry.date, entry.date))
            spans[entity.id] = (min(first, entry.date), max(last, entry.date, key=lambda d: d.end))
    return spans


def across_stories(per_story: Iterable[list[Entity]]) -> list[Entity]:
    """Entities of many stories as one list: an entity named in several stories once, with all its mentions."""
    merged: dict[str, Entity] = {}
    for entities in per_story:
        for entity in entities:
            kept = merged.get(entity.id)
            if kept is None:
                merged[entity.id] = Entity(entity.id, entity.kind, entity.name,
                                           {k: list(v) for k, v in entity.aliases.items()},
                                           list(entity.mentions), entity.articles, entity.outlets, entity.place)
                continue
            for language, forms in entity.aliases.items():
                kept.aliases[language] = list(dict.fromkeys(kept.aliases.get(language, []) + forms))
            kept.mentions += entity.mentions
            kept.articles += entity.articles  # stories have no article in common
            kept.outlets = max(kept.outlets, entity.outlets)
            kept.place = kept.place or entity.place
    return sorted(merged.values(), key=lambda e: (-e.articles, -len(e.mentions), e.name))
