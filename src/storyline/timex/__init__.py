"""Temporal tagging: find time expressions in a sentence and anchor them.

``tag(text, language, anchor)`` returns TIMEX3-style
:class:`~storyline.model.TimeExpression` objects: absolute dates, relative
ones resolved against the article's publication date, durations and sets,
each only as precise as the text and the anchor allow.
"""

from storyline.timex.tagger import tag

__all__ = ["tag"]
