"""Stage: a story's recognised mentions become its people, organisations and places.

:func:`link_entities` joins the mentions of a story's articles into
:class:`~storyline.model.Entity` objects, one across every name and
language (see :mod:`storyline.entities.link` for the evidence it uses),
places resolved to coordinates by :mod:`storyline.geo`.
"""

from storyline.entities.link import Linked, link_entities

__all__ = ["Linked", "link_entities"]
