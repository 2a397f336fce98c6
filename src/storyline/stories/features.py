"""What the story grouping looks at for one article.

The lead (title and first sentences) says what an article is about; its names
are the people, places and groups it mentions early on; its date places it in
time. Whole pages are not embedded: the lead is both cheaper and less noisy.
"""

from __future__ import annotations

from storyline.model import Article

#: Sentences of the body read as the lead: embedding costs grow with length,
#: and the title and first sentence already say what a news article is about.
LEAD_SENTENCES = 1
#: Sentences whose names count towards the article's names.
NAME_SENTENCES = 8


def lead_text(article: Article) -> str:
    """Title and first sentences: the text embedded to place the article."""
    parts = [article.title] if article.title else []
    parts += [s.text for s in article.sentences[:LEAD_SENTENCES]]
    return " ".join(parts)


def article_names(article: Article) -> set[str]:
    """Lower-cased names mentioned early in the article."""
    return {
        mention.text.lower()
        for sentence in article.sentences[:NAME_SENTENCES]
        for mention in sentence.mentions
    }
