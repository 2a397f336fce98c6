"""Stage: a publication date for articles that came without one, from their story or their own text.

An undated article that reports what a dated article of its story reports,
in the same words (shared quotes, shared sentences), was most likely written
the same day. Weekday mentions check the guess: an article that says
"Thursday" fits a Thursday. Without such a story, the first full date the
article gives is the next best clue, usually its dateline.
The inferred date is stored with the reason and a confidence, never passed
off as a header date, and the article's relative expressions ("Thursday",
"last week") are then resolved against it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from storyline.analyse.timex import tag_sentences
from storyline.dates import PartialDate, Precision
from storyline.model import Article, DateSource, TimeExpression
from storyline.stopwords import stopwords

#: Word overlap (Jaccard) above which two sentences say the same thing.
SHARED_SENTENCE = 0.5
#: Content words a sentence needs before it can count as shared.
MIN_CONTENT_WORDS = 5
#: Confidence when shared sentences alone support the date, and when a weekday agrees too.
CONFIDENCE_SHARED = 0.6
CONFIDENCE_WEEKDAY = 0.85
#: Confidence when only the article's own dates support it (see benchmarks/dating.py for how often it is right).
CONFIDENCE_OWN_DATES = 0.4

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


def _weekdays(timexes: list[TimeExpression]) -> set[int]:
    """ISO weekdays mentioned without being placed ("Thursday" in an undated article)."""
    return {int(match.group(1)) for timex in timexes if (match := _WEEKDAY_VALUE.match(timex.value))}


def date_from_own_text(timexes: list[TimeExpression]) -> tuple[PartialDate, str] | None:
    """A publication date guessed from an undated article's own time expressions, with the reason.

    The first full date it gives: pages open with their dateline or a lead
    that says when, while later dates tell background. On Timeline17 the
    first full date is the publication day for 76% of the articles that give
    one, the latest for 68% (benchmarks/dating.py). None when the article
    gives no full date.
    """
    first = next((t.date for t in timexes if t.date is not None and t.date.precision is Precision.DAY), None)
    if first is None:
        return None
    return first, f"the first full date the article gives is {first.label()}"


def infer_date(undated: Article, story: list[Article]) -> bool:
    """Date ``undated`` from the story's day-dated article it shares most sentences with, else from its own dates.

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
    timexes = [t for sentence in undated.sentences for t in sentence.timexes]
    if candidates:
        best = max(candidates, key=lambda c: c.shared)
        date = best.source.published
        assert date is not None
        agrees = date.start.isoweekday() in _weekdays(timexes)
        confidence = CONFIDENCE_WEEKDAY if agrees else CONFIDENCE_SHARED
        reason = f"shares {best.shared} sentence(s) with article {best.source.id}, published {date.label()}"
        if agrees:
            reason += f", a {date.start.strftime('%A')}, the weekday this article names"
    elif (own := date_from_own_text(timexes)) is not None:
        (date, reason), confidence = own, CONFIDENCE_OWN_DATES
    else:
        return False
    undated.published = date
    undated.published_source = DateSource.INFERRED
    undated.published_confidence = confidence
    undated.published_reason = reason
    tagged = tag_sentences([s.text for s in undated.sentences], undated.language, date)
    for sentence, timexes in zip(undated.sentences, tagged):
        sentence.timexes = timexes
    return True
