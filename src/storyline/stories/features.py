"""What the story grouping looks at for one article.

The lead (title and first sentences) says what an article is about; its names
are the people, places and groups it mentions early on; its date places it in
time. Whole pages are not embedded: the lead is both cheaper and less noisy.

Sentences that stand in many other documents ("Your essential source for the
latest news...", a sidebar headline) are the site's words, not the article's,
so callers pass their line keys as ``furniture`` and they are skipped.
"""

from __future__ import annotations

from collections.abc import Collection

from storyline.clean import line_key
from storyline.model import Article, Sentence

#: Sentences of the body read as the lead: embedding costs grow with length,
#: and the title and first sentence already say what a news article is about.
LEAD_SENTENCES = 1
#: Sentences whose names count towards the article's names.
NAME_SENTENCES = 8


def _own_sentences(article: Article, furniture: Collection[str]) -> list[Sentence]:
    """The article's sentences less those shared with many other documents (all, if none is left)."""
    own = [s for s in article.sentences if line_key(s.text) not in furniture]
    return own or article.sentences


def lead_text(article: Article, furniture: Collection[str] = frozenset()) -> str:
    """Title and first sentences: the text embedded to place the article."""
    parts = [article.title] if article.title else []
    parts += [s.text for s in _own_sentences(article, furniture)[:LEAD_SENTENCES]]
    return " ".join(parts)


def article_names(article: Article, furniture: Collection[str] = frozenset()) -> set[str]:
    """Lower-cased names mentioned early in the article."""
    return {
        mention.text.lower()
        for sentence in _own_sentences(article, furniture)[:NAME_SENTENCES]
        for mention in sentence.mentions
    }
