"""Stage: a publication date for articles that came without one, from their story.

An undated article that reports what a dated article of its story reports,
in the same words (shared quotes, shared sentences), was most likely written
the same day. Weekday mentions check the guess: an article that says
"Thursday" fits a Thursday. The inferred date is stored with the reason and a
confidence, never passed off as a header date, and the article's relative
expressions ("Thursday", "last week") are then resolved against it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from storyline.dates import Precision
from storyline.model import Article, DateSource
from storyline.stopwords import stopwords
from storyline.timex import tag_sentences

#: Word overlap (Jaccard) above which two sentences say the same thing.
SHARED_SENTENCE = 0.5
#: Content words a sentence needs before it can count as shared.
MIN_CONTENT_WORDS = 5
#: Confidence when shared sentences alone support the date, and when a weekday agrees too.
CONFIDENCE_SHARED = 0.6
CONFIDENCE_WEEKDAY = 0.85

_WORD = re.compile(r"\w+")
_WEEKDAY_VALUE = re.compile(r"^XXXX-WXX-([1-7])$")


@dataclass(frozen=True)
class _Evidence:
    source: Article
    shared: int


def _content_words(text: str, language: str | None) -> frozenset[str]:
    function_words = stopwords(language)
    return frozenset(
        w for w in (m.group().lower() for m in _WORD.finditer(text)) if len(w) > 2 and w not in function_words
    )


def _shared_sentences(undated: Article, dated: Article) -> int:
    """How many sentences of ``undated`` say what a sentence of ``dated`` says, word for word."""
    theirs = [_content_words(s.text, dated.language) for s in dated.sentences]
    theirs = [words for words in theirs if len(words) >= MIN_CONTENT_WORDS]
    count = 0
    for sentence in undated.sentences:
        ours = _content_words(sentence.text, undated.language)
        if len(ours) < MIN_CONTENT_WORDS:
            continue
        if any(len(ours & words) / len(ours | words) >= SHARED_SENTENCE for words in theirs):
            count += 1
    return count


def _weekdays(article: Article) -> set[int]:
    """ISO weekdays the article mentions without being able to place them."""
    return {
        int(match.group(1))
        for sentence in article.sentences
        for timex in sentence.timexes
        if (match := _WEEKDAY_VALUE.match(timex.value))
    }


def infer_date(undated: Article, story: list[Article]) -> bool:
    """Date ``undated`` from the story's day-dated article it shares most sentences with.

    Returns True when a date was inferred; the article's time expressions are
    then re-resolved against it.
    """
    candidates = [
        _Evidence(other, _shared_sentences(undated, other))
        for other in story
        if other.id != undated.id
        and other.published is not None
        and other.published.precision is Precision.DAY
        and other.published_source is not DateSource.INFERRED
    ]
    candidates = [c for c in candidates if c.shared]
    if not candidates:
        return False
    best = max(candidates, key=lambda c: c.shared)
    date = best.source.published
    assert date is not None
    weekdays = _weekdays(undated)
    agrees = date.start.isoweekday() in weekdays
    undated.published = date
    undated.published_source = DateSource.INFERRED
    undated.published_confidence = CONFIDENCE_WEEKDAY if agrees else CONFIDENCE_SHARED
    reason = (
        f"shares {best.shared} sentence(s) with article {best.source.id}, published {date.label()}"
    )
    if agrees:
        reason += f", a {date.start.strftime('%A')}, the weekday this article names"
    undated.published_reason = reason
    tagged = tag_sentences([s.text for s in undated.sentences], undated.language, date)
    for sentence, timexes in zip(undated.sentences, tagged):
        sentence.timexes = timexes
    return True
