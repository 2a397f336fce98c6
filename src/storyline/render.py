"""Timelines and articles as Markdown or JSON, for the CLI and for export."""

from __future__ import annotations

import json
from collections.abc import Mapping

from storyline.model import Article, DateSource, TimelineEntry


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


def timeline_markdown(title: str, entries: list[TimelineEntry], articles: Mapping[str, Article]) -> str:
    """A readable timeline: one heading per entry, its text, then its sources."""
    lines = [f"# {title}", ""]
    for entry in entries:
        lines.append(f"## {entry.date.label()}")
        lines.append("")
        lines.append(entry.text)
        lines.append("")
        for citation in entry.citations:
            article = articles.get(citation.article_id)
            tag = f"[{citation.language}] " if citation.language else ""
            lines.append(
                f"- {tag}{_source_name(article)} ({citation.article_id}, sentence "
                f"{citation.sentence_index}): {citation.text}"
            )
        lines.append("")
    return "\n".join(lines)


def timeline_json(about: Mapping[str, object], entries: list[TimelineEntry]) -> str:
    """The timeline as JSON, dates as TIMEX3 values with their precision.

    ``about`` says what the timeline is of: ``{"story": {"id": ..., "title": ...}}``
    or ``{"query": ...}``.
    """
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
                }
                for entry in entries
            ],
        },
        ensure_ascii=False,
        indent=2,
    )
