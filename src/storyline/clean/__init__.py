"""Page clutter out of plain text: the second stage of a run.

:func:`clean_documents` takes the batch's :class:`~storyline.model.Document`
objects and returns one :class:`Cleaned` per document: the headline (for
plain text, the headline-like line just above the first paragraph; None when
the text starts with the body), the kept article text (one paragraph per
line, paragraphs separated by blank lines) and the removed lines, in order.

Rules are language-independent signals plus furniture vocabulary in several
languages (see :mod:`storyline.clean.vocab`): lines repeated across
documents, form/account/comment/subscription/cookie/share wording, bylines,
bullet menus, credits and credited caption duplicates, everything above the
first paragraph but the headline, readers' comment threads (from a
comment-section heading, or from the first of several stamps or replies),
and a tail that has turned into furniture.
Documents with ``clean_text=True`` (already extracted, e.g. from HTML) pass
through unchanged. ``known_counts`` takes, by :func:`line_key` key, how many
stored documents hold a line, for incremental and resumed builds.
"""

from storyline.clean.cleaner import Cleaned, clean_documents
from storyline.clean.keys import line_key

__all__ = ["Cleaned", "clean_documents", "line_key"]
