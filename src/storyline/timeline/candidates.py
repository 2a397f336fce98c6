"""Which sentences of an article may become timeline entries, and at what date.

A sentence is a candidate when it dates a happening: it holds a point-in-time
expression (durations such as "eight months" date nothing). News leads are
the exception: "Iraqi troops have come within sight of the minaret" carries no
date, yet reports what happened on the day of publication, so the first
undated sentences of a dated article are candidates at the publication date.
Sentences with no date and outside the lead are background ("Mosul is 560
kilometers northwest of Baghdad") and never entries.
"""

from __future__ import annotations

from dataclasses import dataclass

from storyline.dates import PartialDate
from storyline.model import Article, Sentence, TimeExpression, TimexType

#: Sentences shorter than this are headings, credits or fragments, not happenings.
MIN_WORDS = 6
#: How far into the body a sentence still counts as the lead.
LEAD_WINDOW = 4
#: How many undated lead sentences stand for the day of publication.
LEAD_SENTENCES = 2
#: A happening dated this many days or fewer before publication counts as recent news.
RECENT_DAYS = 8

_POINT_TYPES = (TimexType.DATE, TimexType.TIME)


@dataclass(frozen=True)
class Candidate:
    """A sentence that may report a dated happening.

    ``recent`` marks happenings dated by, or close to, the article's
    publication (a lead, "Thursday", "last week"): such dates agree with
    everything else reported that week, so they say less about which
    happening a sentence reports than an explicit "17 October" does.
    """

    article_id: str
    sentence_index: int
    text: str
    language: str | None
    date: PartialDate
    timex: str | None
    recent: bool

    @property
    def key(self) -> tuple[str, int]:
        """(article id, sentence index): how its sentence vector is stored."""
        return (self.article_id, self.sentence_index)


def _point(sentence: Sentence) -> TimeExpression | None:
    """The sentence's most precise resolved point in time, if any."""
    resolved = [t for t in sentence.timexes if t.type in _POINT_TYPES and t.date is not None]
    return max(resolved, key=lambda t: t.date.precision) if resolved else None  # type: ignore[union-attr]


def _is_recent(date: PartialDate, published: PartialDate) -> bool:
    return date.end <= published.end and (published.end - date.end).days <= RECENT_DAYS


def select_candidates(article: Article) -> list[Candidate]:
    """The article's sentences that state dated happenings, with their dates.

    An article with no publication date, given or inferred, contributes only
    its explicitly dated sentences ("in July 2014").
    """
    published = article.published
    found: list[Candidate] = []
    lead_left = LEAD_SENTENCES if published else 0
    for position, sentence in enumerate(article.sentences):
        if len(sentence.text.split()) < MIN_WORDS:
            continue
        timex = _point(sentence)
        if timex is not None and timex.date is not None:
            recent = published is not None and _is_recent(timex.date, published)
            found.append(
                Candidate(
                    article.id, sentence.index, sentence.text, article.language, timex.date, timex.text, recent
                )
            )
        elif published and position < LEAD_WINDOW and lead_left > 0 and not sentence.timexes:
            lead_left -= 1
            found.append(
                Candidate(
                    article.id, sentence.index, sentence.text, article.language, published, None, True
                )
            )
    return found
