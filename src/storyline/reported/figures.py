"""A story's figures: every report, and per category, place and date the value to show.

Reports of one category are grouped by the place they name (the story's
entity for it when the entities know it, so "Mossoul" and "Mosul" are one)
and by the date they are as of (the figure's own date, else the article's).
Each group is a :class:`~storyline.model.FigurePoint` showing the most
conservative well-sourced figure, ACLED's rule, with the range of all; the
points of one category and place in date order are its series, so a toll that
rises day by day is a series, not a disagreement.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from storyline.analyse.figures.find import nearest_date
from storyline.dates import PartialDate
from storyline.model import Article, Entity, FigurePoint, FigureReport

#: Hedges whose value is a floor, so the report says nothing of how high the count goes.
OPEN_ABOVE = frozenset({"more_than", "at_least"})


def figure_reports(articles: Sequence[Article], entities: Sequence[Entity] = ()) -> list[FigureReport]:
    """Every figure the articles report, with its place and source resolved to the story's entities where named."""
    named: dict[tuple[str, int, str], str] = {}
    in_sentence: dict[tuple[str, int], list[tuple[str, str]]] = {}
    for entity in entities:
        for mention in entity.mentions:
            named.setdefault((mention.article_id, mention.sentence_index, mention.text), entity.id)
            in_sentence.setdefault((mention.article_id, mention.sentence_index), []).append((mention.text, entity.id))
    reports = []
    for article in articles:
        for sentence in article.sentences:
            for figure in sentence.figures:
                reports.append(FigureReport(
                    figure=figure, article_id=article.id, sentence_index=sentence.index, sentence=sentence.text,
                    # the sentence's time expressions as they are now: an undated article's are resolved again
                    # once its story dates it
                    date=nearest_date(sentence.timexes, figure.start, figure.end) or article.published,
                    language=article.language, outlet=article.outlet,
                    place_entity=named.get((article.id, sentence.index, figure.place)) if figure.place else None,
                    source_entity=_source_entity(in_sentence.get((article.id, sentence.index), []), figure.source),
                ))
    return reports


def _source_entity(named: list[tuple[str, str]], source: str | None) -> str | None:
    """The entity a source's words name, of those the sentence names: the longest name inside the words
    ("a spokesman for the UN" names the UN)."""
    if not source:
        return None
    inside = [(text, eid) for text, eid in named if text in source]
    return max(inside, key=lambda item: len(item[0]))[1] if inside else None


def figure_points(reports: Sequence[FigureReport], entities: Sequence[Entity] = ()) -> list[FigurePoint]:
    """Reports grouped by category, place and date, each group's value to show: by category, then date."""
    names = {entity.id: entity.name for entity in entities}
    groups: dict[tuple[str, str | None, str | None], list[FigureReport]] = defaultdict(list)
    for report in reports:
        place = report.place_entity or (report.figure.place.lower() if report.figure.place else None)
        groups[(report.figure.category, place, report.date.value if report.date else None)].append(report)
    points = []
    for (category, place, _), members in groups.items():
        first = members[0]
        shown_from = [r for r in members if r.figure.source] or members
        points.append(FigurePoint(
            category=category,
            place=names.get(place or "", first.figure.place) if place else None,
            date=first.date,
            shown=min(r.figure.least for r in shown_from),
            low=min(r.figure.least for r in members),
            high=_highest(members),
            reports=members,
        ))
    return sorted(points, key=lambda p: (p.category, p.place or "", _order(p.date)))


def _highest(reports: Sequence[FigureReport]) -> float | None:
    """The largest count the reports allow, None when one of them is a floor above every other's top."""
    tops = [r.figure.high if r.figure.value is None else r.figure.value for r in reports]
    top = max((t for t in tops if t is not None), default=None)
    floors = [r.figure.least for r in reports if r.figure.hedge in OPEN_ABOVE]
    if top is None or any(floor >= top for floor in floors):
        return None
    return top


def _order(date: PartialDate | None) -> tuple[int, str]:
    return (0, date.value) if date else (1, "")
