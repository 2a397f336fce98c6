"""Temporal tagging: find time expressions in sentences and anchor them.

``tag(text, language, anchor)`` returns TIMEX3-style
:class:`~storyline.model.TimeExpression` objects for one sentence: absolute
dates, relative ones resolved against the article's publication date,
durations and sets, each only as precise as the text and the anchor allow.
``tag_sentences`` does the same for an article's sentences in order, so that
"that day" finds the date told before it.
"""

from storyline.analyse.timex.discourse import tag_sentences
from storyline.analyse.timex.tagger import tag

__all__ = ["tag", "tag_sentences"]
