"""A story's face: its title, date span, languages and outlets.

The title is the headline of the story's most central article (the one most
like all the others) that has one, in English where the story has English
articles, so the list reads in one language when it can: an English article
without a headline lends its first sentence before a headline in another
language is used. The articles' own words
are used, never a generated summary; headlines and sentences that many
documents share (``furniture``, as in :mod:`storyline.stories.features`) are
site prompts, never titles.
"""

from __future__ import annotations

from collections.abc import Collection

import numpy as np

from storyline.analyse.outlet import outlet_names
from storyline.dateline import strip_dateline
from storyline.model import Article, Story
from storyline.stories.features import own_sentences, own_title

#: Longest title shown before it is cut at a word boundary.
TITLE_CHARS = 120
PREFERRED_LANGUAGE = "en"


def central_order(vectors: np.ndarray) -> list[int]:
    """Member positions from most to least central (mean similarity to the others)."""
    if len(vectors) <= 2:
        return list(range(len(vectors)))
    centrality = (vectors @ vectors.T).mean(axis=1)
    return [int(i) for i in np.argsort(-centrality, kind="stable")]


def _headline(article: Article, furniture: Collection[str]) -> str:
    sentences = own_sentences(article, furniture)
    text = own_title(article, furniture) or (strip_dateline(sentences[0].text) if sentences else article.text)
    text = " ".join(text.split())
    if len(text) <= TITLE_CHARS:
        return text
    return text[:TITLE_CHARS].rsplit(" ", 1)[0] + "…"


def describe_story(
    story_id: str, articles: list[Article], vectors: np.ndarray, furniture: Collection[str] = frozenset()
) -> Story:
    """Build the story record; ``vectors`` are the articles' lead vectors, row by row."""
    order = central_order(vectors)
    ordered = [articles[i] for i in order]
    # The preferred language first, with a headline the outlet wrote, else its own first sentence;
    # then a headline in any language.
    preferred = [a for a in ordered if a.language == PREFERRED_LANGUAGE]
    face = next(
        (a for a in preferred if own_title(a, furniture)),
        preferred[0] if preferred else next((a for a in ordered if own_title(a, furniture)), ordered[0]),
    )
    dates = [a.published for a in articles if a.published]
    return Story(
        id=story_id,
        title=_headline(face, furniture),
        article_ids=[a.id for a in ordered],
        first=min(dates) if dates else None,
        last=max(dates, key=lambda d: (d.end, d.precision)) if dates else None,
        languages=sorted({a.language for a in articles if a.language}),
        outlets=outlet_names([a.outlet for a in articles]),
    )
