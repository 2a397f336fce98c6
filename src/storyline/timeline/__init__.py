"""Stage: a story's timeline of dated happenings, each citing its sources.

:func:`select_candidates` picks the sentences that state a dated happening;
:func:`merge_candidates` joins the ones that report the same happening (across
articles and languages) into one :class:`~storyline.model.TimelineEntry`;
:func:`comparable` says which candidates could join others and so need vectors.
"""

from storyline.timeline.candidates import Candidate, select_candidates
from storyline.timeline.merge import comparable, merge_candidates

__all__ = ["Candidate", "comparable", "merge_candidates", "select_candidates"]
