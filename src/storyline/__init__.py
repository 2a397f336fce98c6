"""storyline: news articles in, stories and dated, sourced timelines out.

The public API is :class:`Collection`; the pipeline stages live in their own
modules (see :mod:`storyline.pipeline` for the order they run in).
"""

from storyline.api import Collection
from storyline.dates import PartialDate, Precision
from storyline.model import Article, Citation, Sentence, Story, TimelineEntry
from storyline.pipeline import BuildReport, Wait
from storyline.store import StoreBusy, StoreError
from storyline.timeline import Budget

__all__ = [
    "Article",
    "BuildReport",
    "Budget",
    "Citation",
    "Collection",
    "PartialDate",
    "Precision",
    "Sentence",
    "Story",
    "StoreBusy",
    "StoreError",
    "TimelineEntry",
    "Wait",
]
