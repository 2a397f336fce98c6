"""Stage: a cleaned document becomes an article: its language, sentences, time expressions and names.

:func:`analyse` runs the analysis of one document in order:

    language   which language the text is in       (language.py, lingua)
    segment    sentences with their offsets         (segment.py, sentencex)
    timex      time expressions, TIMEX3 values      (timex/)
    mentions   proper names                         (mentions.py; countries.py: one name a country)
    recognise  people, organisations and places     (recognise/)

It is a plain function of one document, so a process pool (or a
distributed engine) can run it over many at once.
"""

from __future__ import annotations

from storyline.analyse.language import detect_language
from storyline.analyse.mentions import find_mentions
from storyline.analyse.recognise import recognise as recognise_entities
from storyline.analyse.segment import split_sentences
from storyline.analyse.timex import tag_sentences
from storyline.clean import Cleaned
from storyline.model import Article, Document

__all__ = ["analyse"]


def analyse(document: Document, cleaned: Cleaned, digest: str) -> Article:
    """Turn a cleaned document into an article with sentences, dates and names."""
    language = document.language or detect_language(cleaned.text)
    sentences = split_sentences(cleaned.text, language)
    tagged = tag_sentences([s.text for s in sentences], language, document.published)
    recognised = recognise_entities([s.text for s in sentences], language)
    for sentence, timexes, entities in zip(sentences, tagged, recognised):
        sentence.timexes = timexes
        sentence.mentions = find_mentions(
            sentence.text, language, [(t.start, t.end) for t in sentence.timexes]
        )
        sentence.entities = entities
    return Article(
        id=digest[:12],
        source_path=document.source_path,
        content_hash=digest,
        text=cleaned.text,
        record_id=document.record_id,
        title=cleaned.title or document.title,
        url=document.url,
        outlet=document.outlet,
        language=language,
        published=document.published,
        published_source=document.published_source,
        published_reason=None if document.published else _no_date_reason(document),
        clutter=cleaned.clutter,
        sentences=sentences,
    )


def _no_date_reason(document: Document) -> str:
    """Why an article has no publication date, with what the reader noticed and ignored."""
    noticed = f" ({'; '.join(document.notes)})" if document.notes else ""
    return f"no date in header, metadata or path{noticed}"
