"""Timelines and articles as Markdown, JSON or TimelineJS JSON, for the CLI, the web app and export."""

from __future__ import annotations

import html
import json
import re
from collections.abc import Callable, Mapping
from pathlib import Path

from storyline.dates import PartialDate, Precision
from storyline.model import Article, DateSource, Entity, TimelineEntry


def _source_name(article: Article | None) -> str:
    if article is None:
        return "?"
    return article.outlet or article.title or article.source_path.rsplit("/", 1)[-1]


def published_line(article: Article) -> str:
    """The publication date as a reader should weigh it: its precision, where it came from."""
    date = article.published
    if date is None:
        return f"unknown ({article.published_reason or 'no date found'})"
    precision = date.precision.name.lower()
    if article.published_source is DateSource.INFERRED:
        return (
            f"not given; inferred {date.value} ({precision}), confidence "
            f"{article.published_confidence or 0:.2f}: {article.published_reason}"
        )
    source = article.published_source.value if article.published_source else "unknown source"
    return f"{date.value} ({precision}, from {source})"


#: An ``&`` that Markdown would read as the start of an entity (``&lt;``, ``&#60;``, ``&#x3C;``).
_ENTITY_START = re.compile(r"&(?=#?[0-9A-Za-z]+;)")
#: Punctuation that means something wherever it stands: emphasis, code, links and images, headings.
_INLINE_MARKUP = re.compile(r"([\\`*_\[\]#~])")
#: What makes a line a list item or a heading's underline when it starts with it.
_BLOCK_START = re.compile(r"^(?:[-+=]|\d+[.)])")


def markdown_text(text: str) -> str:
    """Untrusted text as Markdown that renders as that very text, on one line.

    Article text, titles and outlets come from anyone: as they are,
    ``<script>`` and ``<img onerror=...>`` would render as HTML, ``&lt;`` as
    the character it names, ``[x](javascript:...)`` as a link, and a leading
    ``#``, ``- `` or ``1. `` would break the timeline's headings and lists.
    So whitespace (line breaks too) is folded to single spaces, ``<``, ``>``
    and entity-like ``&`` become entities, Markdown's punctuation is
    backslash-escaped, and so is a leading list or underline marker.
    """
    flat = " ".join(text.split())
    flat = _ENTITY_START.sub("&amp;", flat).replace("<", "&lt;").replace(">", "&gt;")
    flat = _INLINE_MARKUP.sub(r"\\\1", flat)
    return _BLOCK_START.sub(lambda marker: f"{marker[0][:-1]}\\{marker[0][-1]}", flat)


def timeline_markdown(title: str, entries: list[TimelineEntry], articles: Mapping[str, Article]) -> str:
    """A readable timeline: one heading per entry, its text, then its sources.

    Every string from the articles goes through :func:`markdown_text`, so
    whatever renders the file shows their text, never markup they carry.
    """
    lines = [f"# {markdown_text(title)}", ""]
    for entry in entries:
        lines.append(f"## {entry.date.label()}")
        lines.append("")
        lines.append(markdown_text(entry.text))
        lines.append("")
        for citation in entry.citations:
            article = articles.get(citation.article_id)
            tag = f"[{markdown_text(citation.language)}] " if citation.language else ""
            lines.append(
                f"- {tag}{markdown_text(_source_name(article))} ({markdown_text(citation.article_id)}, sentence "
                f"{citation.sentence_index}): {markdown_text(citation.text)}"
            )
        lines.append("")
    return "\n".join(lines)


def timeline_json(
    about: Mapping[str, object], entries: list[TimelineEntry], named: list[list[Entity]] | None = None
) -> str:
    """The timeline as JSON, dates as TIMEX3 values with their precision.

    ``about`` says what the timeline is of: ``{"story": {"id": ..., "title": ...}}``
    or ``{"query": ...}``; ``named``, for each entry, the entities its sentences name.
    """
    named = named or [[] for _ in entries]
    return json.dumps(
        {
            **about,
            "entries": [
                {
                    "date": entry.date.value,
                    "precision": entry.date.precision.name.lower(),
                    "text": entry.text,
                    "citations": [
                        {
                            "article": c.article_id,
                            "sentence": c.sentence_index,
                            "text": c.text,
                            "language": c.language,
                            "timex": c.timex,
                        }
                        for c in entry.citations
                    ],
                    "entities": [{"id": e.id, "name": e.name, "kind": e.kind.value} for e in entities],
                }
                for entry, entities in zip(entries, named)
            ],
        },
        ensure_ascii=False,
        indent=2,
    )


def _timelinejs_date(date: PartialDate) -> dict[str, object]:
    """TimelineJS date parts only as fine as the date is known, and a display date when it is partial.

    A week has no TimelineJS part of its own: it is given as its month and read out as a week.
    """
    parts: dict[str, object] = {"year": date.start.year}
    if date.precision >= Precision.MONTH:
        parts["month"] = date.start.month
    if date.precision is Precision.DAY:
        parts["day"] = date.start.day
    else:
        parts["display_date"] = date.label()
    return parts


def source_link(article: Article) -> str:
    """Where a reader finds the article: its URL, else the file it was read from."""
    return article.url or Path(article.source_path).resolve().as_uri()


def timeline_timelinejs(
    title: str, entries: list[TimelineEntry], articles: Mapping[str, Article],
    link: Callable[[Article], str] = source_link,
) -> dict[str, object]:
    """The timeline as TimelineJS JSON: one event per entry, crediting its first cited article.

    TimelineJS renders headline and text as HTML, and article text is
    untrusted, so every string is escaped here. ``link`` gives the address
    an event's media credit points at (the web app passes its article page).
    """
    events = []
    for entry in entries:
        sources = "".join(
            f"<li>[{html.escape(c.language or '?')}] {html.escape(_source_name(articles.get(c.article_id)))}: "
            f"{html.escape(c.text)}</li>"
            for c in entry.citations
        )
        first = articles.get(entry.citations[0].article_id) if entry.citations else None
        event: dict[str, object] = {
            "start_date": _timelinejs_date(entry.date),
            "text": {"headline": html.escape(entry.text), "text": f"<ul>{sources}</ul>"},
            "unique_id": f"entry-{entry.date.value}-{len(events)}",
        }
        if first is not None:
            event["media"] = {"url": link(first), "credit": html.escape(_source_name(first)),
                              "caption": html.escape(first.title or "")}
        events.append(event)
    return {"title": {"text": {"headline": html.escape(title), "text": ""}}, "events": events}
