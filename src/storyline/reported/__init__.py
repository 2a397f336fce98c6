"""Stage: what a story's sources report, across its articles: figures, quotes and where they disagree.

    figures.py        every figure reported, and per category, place and date the value to show
    quotes.py         the same statement in several articles, one quote citing them all
    disagreements.py  figures that cannot both be true, and claims met with a denial
    story.py          all three for one story, from one read of its articles
"""

from storyline.reported.disagreements import claim_disagreements, figure_disagreements
from storyline.reported.figures import figure_points, figure_reports
from storyline.reported.quotes import merge_quotes, merge_translations
from storyline.reported.story import Reported, story_reported

__all__ = ["Reported", "claim_disagreements", "figure_disagreements", "figure_points", "figure_reports",
           "merge_quotes", "merge_translations", "story_reported"]
