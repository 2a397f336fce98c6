"""Stage: a story's timeline of dated happenings, each citing its sources.

:func:`select_candidates` picks the sentences that state a dated happening;
:func:`merge_candidates` joins the ones that report the same happening (across
articles and languages) into one :class:`~storyline.model.TimelineEntry`;
:func:`needs_vector` says which candidates meet other languages and so need e5 vectors;
:func:`apply_budget` cuts a timeline to the most reported dates a reader asked for, after
:func:`main_line` has left out entries far from what the articles are about; a
:class:`RankedTimeline` ranks a stored timeline once to cut it to many budgets; :func:`cite_quoted` has an
entry citing a quote cite every article that carries it.
"""

from storyline.timeline.budget import Budget, RankedTimeline, apply_budget
from storyline.timeline.candidates import Candidate, select_candidates
from storyline.timeline.focus import main_line
from storyline.timeline.merge import merge_candidates, needs_vector
from storyline.timeline.quoted import cite_quoted

__all__ = [
    "Budget",
    "Candidate",
    "RankedTimeline",
    "apply_budget",
    "cite_quoted",
    "main_line",
    "merge_candidates",
    "needs_vector",
    "select_candidates",
]
