"""Place names to places: coordinates, country and kind, chosen among namesakes by the story's context.

    from storyline.geo import PlaceContext, resolve_places

    places = resolve_places([("Mosul", "en"), ("Mossoul", "fr"), ("Syrien", "da"), ("Tigris River", "en")],
                            PlaceContext(countries={"IQ": 12, "SY": 3}))
    # -> [Place(36.335, 43.119, "IQ", "city", ...), the same Mosul, Place(..., "SY", "country", ...),
    #     Place(None, None, None, "river", 0.5)]

One call per story (or article) with all its place names, in any order and
with repeats: they are resolved together, each name's choice among namesakes
informed by the countries and places the others name. The result is parallel
to the input: a :class:`storyline.model.Place`, or None where nothing fits (an
unknown name, a small town nothing in the story supports, a name over 200
characters). The gazetteer (:mod:`storyline.geo.gazetteer`) is built on the
first call in a process (or in the background from :func:`prepare`);
:mod:`storyline.geo.resolve` says how choices are made.
"""

from storyline.geo.gazetteer import prepare
from storyline.geo.resolve import PlaceContext, resolve_places

__all__ = ["PlaceContext", "prepare", "resolve_places"]
