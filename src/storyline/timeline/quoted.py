"""An entry that cites a quote cites every article carrying that quote.

Two articles quoting one statement rarely date it alike: one says "on
Thursday", the other only reports it. The statement is one happening, so the
entry citing one article's sentence also cites the other's, when that
sentence is cited by no other entry.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from storyline.model import Article, Citation, TimelineEntry
from storyline.reported.quotes import merge_quotes


def cite_quoted(entries: list[TimelineEntry], articles: Sequence[Article]) -> list[TimelineEntry]:
    """The entries with the other articles' sentences of each quote they cite added to their citations."""
    quotes = merge_quotes([(a.id, q, a.language) for a in articles for q in a.quotes])
    sentences = {(c.article_id, c.sentence_index) for q in quotes for c in q.citations}
    if not sentences:
        return entries
    texts = {(a.id, s.index): s.text for a in articles for s in a.sentences}
    cited = {(c.article_id, c.sentence_index) for entry in entries for c in entry.citations}
    shared = [q for q in quotes if len(q.article_ids) > 1]
    extended = []
    for entry in entries:
        own = {(c.article_id, c.sentence_index) for c in entry.citations}
        added: list[Citation] = []
        for quote in shared:
            keys = [(c.article_id, c.sentence_index) for c in quote.citations]
            if not own.intersection(keys):
                continue
            for citation, key in zip(quote.citations, keys):
                if key not in cited and key in texts:
                    added.append(Citation(citation.article_id, citation.sentence_index, texts[key], citation.language))
                    cited.add(key)
        extended.append(replace(entry, citations=entry.citations + added) if added else entry)
    return extended
