"""What the story grouping looks at for one article.

The lead (title and first sentences) says what an article is about; its names
are the people, places and groups it mentions early on; its date places it in
time. Whole pages are not embedded: the lead is both cheaper and less noisy.

Lines that stand in many other documents ("Your essential source for the
latest news...", "Would you like to make this your default edition?", a
sidebar headline) are the site's words, not the article's, so callers pass
their line keys as ``furniture`` and such titles and sentences are skipped.
An agency dateline ("LONDON (Reuters) -") says who filed the report, not what
it reports, so it is left out of the lead and its names.
"""

from __future__ import annotations

from collections.abc import Collection

from storyline.analyse.countries import name_key
from storyline.clean import line_key
from storyline.dateline import dateline_length, strip_dateline
from storyline.model import Article, Sentence

#: Body words the lead gathers, sentence by sentence: embedding costs grow with
#: length, and a news article's first sentence usually says what it is about,
#: unless it is a fragment ("BP Plc (BP.L)", "Not from the planet.").
LEAD_MIN_WORDS = 20
#: Most body sentences the lead takes to reach LEAD_MIN_WORDS.
LEAD_MAX_SENTENCES = 3
#: Sentences whose names count towards the article's names.
NAME_SENTENCES = 8


def own_sentences(article: Article, furniture: Collection[str]) -> list[Sentence]:
    """The article's sentences less those shared with many other documents (all, if none is left)."""
    own = [s for s in article.sentences if line_key(s.text) not in furniture]
    return own or article.sentences


def own_title(article: Article, furniture: Collection[str]) -> str | None:
    """The article's headline, unless it is a line many documents share."""
    if article.title and line_key(article.title) not in furniture:
        return article.title
    return None


def lead_text(article: Article, furniture: Collection[str] = frozenset()) -> str:
    """Title and first sentences: the text embedded to place the article."""
    title = own_title(article, furniture)
    parts = [title] if title else []
    words = 0
    for sentence in own_sentences(article, furniture)[:LEAD_MAX_SENTENCES]:
        text = strip_dateline(sentence.text)
        parts.append(text)
        words += len(text.split())
        if words >= LEAD_MIN_WORDS:
            break
    return " ".join(parts)


def article_names(article: Article, furniture: Collection[str] = frozenset()) -> set[str]:
    """Names mentioned early in the article, outside datelines, as keys (countries in any language as one)."""
    names: set[str] = set()
    for sentence in own_sentences(article, furniture)[:NAME_SENTENCES]:
        dateline_end = dateline_length(sentence.text)
        names.update(name_key(m.text, article.language) for m in sentence.mentions if m.start >= dateline_end)
    return names
