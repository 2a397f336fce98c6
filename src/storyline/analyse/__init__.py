"""Stage: a cleaned document becomes an article: its language, sentences, time expressions and names.

:func:`analyse` runs the analysis of one document in order:

    language   which language the text is in       (language.py, lingua)
    segment    sentences with their offsets         (segment.py, sentencex)
    timex      time expressions, TIMEX3 values      (timex/)
    mentions   proper names                         (mentions.py; countries.py: one name a country)
    recognise  people, organisations and places     (recognise/)
    figures    the counts each sentence reports      (figures/; attribution.py: who says so)
    quotes     who said what                         (quotes.py)
    outlet     who published it, when metadata is silent (outlet.py)

It is a plain function of one document, so a process pool (or a
distributed engine) can run it over many at once.
"""

from __future__ import annotations

from dataclasses import replace

from storyline.analyse.figures import find_figures
from storyline.analyse.language import detect_language
from storyline.analyse.mentions import find_mentions
from storyline.analyse.outlet import find_outlet
from storyline.analyse.quotes import find_quotes, named_source
from storyline.analyse.recognise import recognise as recognise_entities
from storyline.analyse.segment import split_sentences
from storyline.analyse.timex import tag_sentences
from storyline.clean import Cleaned
from storyline.model import Article, Document

__all__ = ["analyse", "find_reports"]


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
    article = Article(
        id=digest[:12],
        source_path=document.source_path,
        content_hash=digest,
        text=cleaned.text,
        record_id=document.record_id,
        title=cleaned.title or document.title,
        url=document.url,
        outlet=document.outlet or find_outlet(document.text, document.url),
        language=language,
        published=document.published,
        published_source=document.published_source,
        published_reason=None if document.published else _no_date_reason(document),
        clutter=cleaned.clutter,
        sentences=sentences,
    )
    find_reports(article)
    return article


def find_reports(article: Article) -> None:
    """Fill in what the article reports: each sentence's figures and the article's quotes (in place).

    Apart from :func:`analyse` so that articles stored before figures and
    quotes were found can be given them without analysing them again.
    """
    article.quotes = find_quotes(article.text, article.sentences, article.language)
    for sentence in article.sentences:
        figures = find_figures(sentence.text, article.language, sentence.timexes, sentence.entities)
        # "he said": the person the article named, as its quotes resolve their speakers
        sentence.figures = [
            replace(f, source=named_source(f.source, sentence.index, article.quotes, article.sentences,
                                           article.language)) if f.source else f
            for f in figures
        ]


def _no_date_reason(document: Document) -> str:
    """Why an article has no publication date, with what the reader noticed and ignored."""
    noticed = f" ({'; '.join(document.notes)})" if document.notes else ""
    return f"no date in header, metadata or path{noticed}"
