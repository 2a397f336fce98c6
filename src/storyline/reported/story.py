"""All a story's sources report, worked out together from one read of its articles."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

import numpy as np
import regex

from storyline.model import (
    Article,
    Disagreement,
    Entity,
    EntityKind,
    FigurePoint,
    StoryQuote,
)
from storyline.reported.disagreements import claim_disagreements, figure_disagreements
from storyline.reported.figures import figure_points, figure_reports
from storyline.reported.quotes import merge_quotes, merge_translations

_WORD = regex.compile(r"[\p{L}\p{N}]+")


@dataclass
class Reported:
    """A story's figures (per category, place and date), quotes and disagreements."""

    figures: list[FigurePoint]
    quotes: list[StoryQuote]  # most cited first
    disagreements: list[Disagreement]
    more_quotes: int = 0  # quotes left out of ``quotes`` by a reader who asked for the first few

    def cut(self, quotes: int | None) -> Reported:
        """The same with at most ``quotes`` quotes (all when None)."""
        if quotes is None or len(self.quotes) <= quotes:
            return self
        return replace(self, quotes=self.quotes[:quotes], more_quotes=self.more_quotes + len(self.quotes) - quotes)


def story_reported(articles: Sequence[Article], entities: Sequence[Entity] = (),
                   vectors: Callable[[list[str]], np.ndarray] | None = None) -> Reported:
    """What the articles report, their figures' places and quotes' speakers resolved to the story's entities.

    With ``vectors`` (multilingual text vectors), quotes of one speaker in two
    languages that translate each other are one quote.
    """
    points = figure_points(figure_reports(articles, entities), entities)
    merged = merge_quotes([(a.id, q, a.language) for a in articles for q in a.quotes])
    names = _speaker_names([e for e in entities if e.kind is not EntityKind.PLACE])
    quotes = [_with_speaker(q, names) for q in merged]
    if vectors is not None:
        quotes = merge_translations(quotes, vectors)
    return Reported(
        figures=points,
        quotes=sorted(quotes, key=lambda q: -len(q.article_ids)),
        disagreements=figure_disagreements(points) + claim_disagreements(articles),
    )


def _speaker_names(entities: Sequence[Entity]) -> dict[str, list[tuple[frozenset[str], Entity]]]:
    """Each name of the entities as its set of words, indexed by each of its words."""
    index: dict[str, list[tuple[frozenset[str], Entity]]] = {}
    for entity in entities:
        for names in entity.aliases.values():
            for name in names:
                words = frozenset(w.lower() for w in _WORD.findall(name))
                for word in words:
                    index.setdefault(word, []).append((words, entity))
    return index


def _with_speaker(quote: StoryQuote, names: dict[str, list[tuple[frozenset[str], Entity]]]) -> StoryQuote:
    """The quote with its speaker as the story's entity names them, when one of its names is the speaker's."""
    if not quote.speaker:
        return quote
    words = {w.lower() for w in _WORD.findall(quote.speaker)}
    fits = [(len(name), entity) for word in words for name, entity in names.get(word, ()) if name <= words]
    if not fits:
        return quote
    best = max(fits, key=lambda fit: fit[0])[1]
    return replace(quote, speaker=best.name, speaker_entity=best.id)
