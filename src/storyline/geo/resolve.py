"""Which place each name of a story names, chosen among namesakes by what the story says.

"Paris" is a city of two million in France and of 25,000 in Texas; "Georgia" a
country and a US state. Alone, the bigger namesake is the better guess; in a
story the other names decide: the countries it names, and the places it names
that lie near one namesake. So every name of a story is resolved together:

1. Each name gets candidates from the gazetteer (its own name, an alternate
   name in any language or script, a country name in its language via CLDR,
   an abbreviation when written as one) and a prior from each candidate's
   population, how well it matched, and whether it is a national capital.
2. Each name takes its best candidate; then, for a few rounds, every name is
   scored again against the others' choices (weighed by their confidence):
   the share of the story's places in the candidate's country and in its
   province, and how close it lies to the nearest place chosen for another
   name. A name never supports itself.
3. A small town (under ``Weights.min_population``) that nothing else in the
   story supports is not taken: a river or a building that shares its name is
   likelier than an unheard-of town abroad.

Names whose words say what they are ("the Tigris River", "the al-Nuri
mosque", "Anbar province") are looked up by their bare name with that kind
only, and a river, lake, building or street the gazetteer does not hold gets
its kind and no coordinates rather than a namesake town's.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

import numpy as np

from storyline.analyse.countries import country_code
from storyline.geo.gazetteer import ALTERNATE, OWN, VARIANT, Entry, Gazetteer, gazetteer
from storyline.geo.names import (
    MAX_NAME_CHARS,
    is_code,
    is_description,
    name_key,
    parts,
    without_article,
)
from storyline.model import Place

#: Most candidates kept per name (the best by prior): "Springfield" has 40 namesakes, none of them past 30 matter.
MAX_CANDIDATES = 30
#: Most places other names chose that a candidate is measured against (the surest), so 10,000 names stay cheap.
MAX_ANCHORS = 64
#: Rounds of re-scoring against the others' choices; choices settle after two or three.
ROUNDS = 3
EARTH_RADIUS_KM = 6371.0088
#: Confidence given to a place whose kind its words tell but which the gazetteer cannot locate.
KIND_ONLY_CONFIDENCE = 0.5


@dataclass(frozen=True)
class PlaceContext:
    """What the story says besides the names being resolved.

    ``countries``: ISO alpha-2 code -> how often the story names that country
    (e.g. counted with :func:`storyline.analyse.countries.country_code` over
    its mentions); each mention counts like one place name of the story.
    """

    countries: Mapping[str, float] = field(default_factory=dict)


@dataclass(frozen=True)
class Weights:
    """How much each piece of evidence counts, in units of one decade of population.

    Set by ``python benchmarks/geo.py --tune`` on the even-numbered articles of
    LGL and GeoVirus; the accuracy hardly moves across the grid searched there
    (0.80-0.81 on average), so nothing here is finely fitted.
    """

    alternate: float = -1.0  # matched one of a place's alternate names rather than its own
    variant: float = -1.5  # matched only without an article or division word, or as a demonym
    capital: float = 1.0  # a national capital
    district: float = -1.0  # a county or district: named far less than a town, and its population is summed
    country: float = 3.0  # times the share of the story's other places in the candidate's country
    province: float = 2.0  # times the share of the provinces and districts the story names that hold the candidate
    near: float = 4.5  # times the largest confidence * exp(-km / near_km) over places chosen for other names
    near_km: float = 100.0
    qualifier: float = 8.0  # lying in the place a comma names: "Paris, Texas"
    temperature: float = 1.0  # of the softmax over a name's candidates that gives its confidence
    min_population: int = 1_000  # below this a town needs support from the story


WEIGHTS = Weights()


@dataclass
class _Name:
    """One distinct name of the story and its candidates."""

    weight: float  # how many times the story gives it
    numbers: np.ndarray  # candidate entry numbers
    prior: np.ndarray
    kind_only: str | None = None  # a kind its words tell, when no candidate is left
    qualifier: int | None = None  # the _Name a comma after it names ("Texas" in "Paris, Texas")
    choice: int = -1  # index into numbers
    confidence: float = 0.0
    support: np.ndarray | None = None  # whether the story's other names support each candidate


def resolve_places(names: Sequence[tuple[str, str | None]], context: PlaceContext | None = None,
                   weights: Weights = WEIGHTS) -> list[Place | None]:
    """The place each (name as written, language) names, or None; all names of one story at once.

    Pass every place name of a story (or an article) together, repeated names
    included (a name given often weighs more as context): each informs the
    others. ``language`` is the article's language code (country names are
    matched in it and in English); None means English only for country names,
    any language for cities. A name written "Paris, Texas" is the Paris in
    Texas. The first call in a process builds the gazetteer (a few seconds).
    """
    gaz = gazetteer()
    distinct: dict[tuple[str, str | None], int] = {}
    pool: list[_Name] = []
    slots = [_intern(gaz, name, language, distinct, pool, weights) for name, language in names]
    _settle(gaz, pool, context or PlaceContext(), weights)
    return [_place(gaz, pool[slot], weights) if slot is not None else None for slot in slots]


def _intern(gaz: Gazetteer, written: str, language: str | None, distinct: dict, pool: list[_Name],
            weights: Weights) -> int | None:
    """The pool slot of a name (one per distinct name and language), adding it and any comma qualifier."""
    written = " ".join(written.split()) if len(written) <= MAX_NAME_CHARS else ""
    if not name_key(written):  # empty, blank, punctuation only, or too long to be a name
        return None
    slot = distinct.get((written, language))
    if slot is not None:
        pool[slot].weight += 1
        return slot
    head, _, tail = written.partition(",")
    name = _candidates(gaz, head.strip(), language, weights)
    if tail.strip():
        name.qualifier = _intern(gaz, tail.strip(), language, distinct, pool, weights)
    distinct[(written, language)] = slot = len(pool)
    pool.append(name)
    return slot


def _candidates(gaz: Gazetteer, written: str, language: str | None, weights: Weights) -> _Name:
    """Every place ``written`` may name, with priors: its whole name first, then its bare name and kind."""
    key = name_key(written)
    if is_description(key):
        return _Name(1.0, np.empty(0, np.int32), np.empty(0), kind_only="area")
    found = _matches(gaz, written, key, language)
    kind = None
    if not found:
        bare = parts(key)
        if bare.feature is not None:
            return _Name(1.0, np.empty(0, np.int32), np.empty(0), kind_only=bare.feature)
        if bare.kind is not None:
            kind = bare.kind
            found = [(n, q) for n, q in _matches(gaz, bare.key, bare.key, language)
                     if gaz.entry(n).feature == kind or (kind == "region" and gaz.entry(n).feature == "district")]
            if not found:
                return _Name(1.0, np.empty(0, np.int32), np.empty(0), kind_only=kind)
    best: dict[int, int] = {}
    for number, quality in found:
        best[number] = max(quality, best.get(number, VARIANT))
    if kind is None:
        _drop_divisions_named_after_their_seat(gaz, best)
        _drop_lesser_namesakes_of_a_country(gaz, best)
    numbers = np.fromiter(best, dtype=np.int32, count=len(best))
    prior = np.array([_prior(gaz.entry(n), q, weights) for n, q in best.items()])
    if len(numbers) > MAX_CANDIDATES:
        keep = np.argsort(-prior)[:MAX_CANDIDATES]
        numbers, prior = numbers[keep], prior[keep]
    return _Name(1.0, numbers, prior)


def _matches(gaz: Gazetteer, written: str, key: str, language: str | None) -> list[tuple[int, int]]:
    """(entry, match quality) for the key as it is, else without its article; codes only when written as one."""
    bare = without_article(key)
    forms = [(key, written, None)] + ([(bare, written.split(None, 1)[-1], VARIANT)] if bare else [])
    for form, as_written, quality in forms:
        found = gaz.lookup(form)
        if is_code(as_written):  # "U.S.", "the UK"
            found += gaz.lookup_code(form)
        code = country_code(as_written, language)
        if code is not None and (number := gaz.by_id.get(f"country:{code}")) is not None:
            found.append((number, OWN))
        if found:
            return found if quality is None else [(n, VARIANT) for n, _ in found]
    return []


def _drop_divisions_named_after_their_seat(gaz: Gazetteer, best: dict[int, int]) -> None:
    """A province or district sharing its name with a city inside it: the name means the city.

    "Baghdad" is the city more often than the governorate, "New York" the city
    more often than the state; a province word ("Baghdad province") brings the
    division back.
    """
    cities = [(gaz.entry(n), q) for n, q in best.items() if gaz.entry(n).feature == "city"]
    for number in [n for n in best if gaz.entry(n).feature in ("region", "district")]:
        division = gaz.entry(number)
        if any(c.country == division.country and c.admin1 == division.admin1 and q >= best[number]
               for c, q in cities):
            del best[number]


def _drop_lesser_namesakes_of_a_country(gaz: Gazetteer, best: dict[int, int]) -> None:
    """A country's own name means the country, not a town that lists it among its alternate names.

    "Canada" and "Mexico" are alternate names of towns (and of Mexico City);
    a place whose own name it is ("Jordan", Minnesota; Georgia, the state) stays a candidate.
    """
    if any(q == OWN and gaz.entry(n).feature == "country" for n, q in best.items()):
        for number in [n for n, q in best.items() if q < OWN]:
            del best[number]


def _prior(entry: Entry, quality: int, weights: Weights) -> float:
    quality_term = {OWN: 0.0, ALTERNATE: weights.alternate, VARIANT: weights.variant}[quality]
    return (float(np.log10(max(entry.population, 1))) + quality_term + (weights.capital if entry.capital else 0.0)
            + (weights.district if entry.feature == "district" else 0.0))


# --- choosing among candidates, against the others' choices ------------------------------------

def _settle(gaz: Gazetteer, pool: list[_Name], context: PlaceContext, weights: Weights) -> None:
    """Choose each name's candidate, then re-choose a few rounds against the others' choices."""
    live = [name for name in pool if len(name.numbers)]
    for name in live:
        _choose(name, name.prior, weights)
    for _ in range(ROUNDS):
        evidence = _Evidence(gaz, pool, context, weights)
        scores = [evidence.score(index, name) for index, name in enumerate(pool) if len(name.numbers)]
        for name, score in zip(live, scores):
            _choose(name, score, weights)


def _choose(name: _Name, score: np.ndarray, weights: Weights) -> None:
    best = int(np.argmax(score))
    odds = np.exp((score - score[best]) / weights.temperature)
    name.choice, name.confidence = best, float(odds[best] / odds.sum())


class _Evidence:
    """The places the story's names chose, as the countries, provinces and points that support a candidate."""

    def __init__(self, gaz: Gazetteer, pool: list[_Name], context: PlaceContext, weights: Weights) -> None:
        self.gaz, self.pool, self.weights = gaz, pool, weights
        self.countries: Counter[str] = Counter({code: float(count) for code, count in context.countries.items()})
        self.provinces: Counter[tuple[str, str]] = Counter()
        anchors = []
        for index, name in enumerate(pool):
            if not len(name.numbers):
                continue
            entry = gaz.entry(name.numbers[name.choice])
            mass = name.weight * name.confidence
            if entry.country:
                self.countries[entry.country] += mass
            if entry.feature in ("region", "district"):  # towns of a province are near each other already
                self.provinces[(entry.country, entry.admin1)] += mass
            if entry.feature in ("city", "district"):
                anchors.append((name.confidence, index, name.numbers[name.choice]))
        anchors = sorted(anchors, reverse=True)[:MAX_ANCHORS]
        self.anchor_names = np.array([index for _, index, _ in anchors], dtype=np.int64)
        self.anchor_confidence = np.array([confidence for confidence, _, _ in anchors])
        numbers = np.array([number for _, _, number in anchors], dtype=np.int64)
        self.anchor_latitude, self.anchor_longitude = gaz.latitude[numbers], gaz.longitude[numbers]
        self.anchor_places = [(gaz.entry(n).country, gaz.entry(n).admin1) for n in numbers.tolist()]
        self.total_countries = sum(self.countries.values())
        self.total_provinces = sum(self.provinces.values())

    def score(self, index: int, name: _Name) -> np.ndarray:
        """``name``'s candidates scored against every other name's choice (its own taken out)."""
        gaz, weights = self.gaz, self.weights
        own = gaz.entry(name.numbers[name.choice])
        own_mass = name.weight * name.confidence
        entries = [gaz.entry(n) for n in name.numbers]
        country_total = self.total_countries - (own_mass if own.country else 0.0)
        own_province = (own.country, own.admin1) if own.feature in ("region", "district") else None
        province_total = self.total_provinces - (own_mass if own_province else 0.0)
        country_share = np.array([
            (self.countries[e.country] - (own_mass if e.country == own.country else 0.0)) / country_total
            if country_total > 1e-9 and e.country else 0.0 for e in entries])
        province_share = np.array([
            (self.provinces[(e.country, e.admin1)] - (own_mass if (e.country, e.admin1) == own_province else 0.0))
            / province_total
            if province_total > 1e-9 and e.admin1 else 0.0 for e in entries])
        near = self._nearness(index, name)
        score = (name.prior + weights.country * country_share + weights.province * province_share
                 + weights.near * near)
        if name.qualifier is not None:
            score = score + weights.qualifier * self._inside(name, self.pool[name.qualifier])
        name.support = (country_share > 0.01) | (province_share > 0.01) | (near > 0.1)
        return score

    def _nearness(self, index: int, name: _Name) -> np.ndarray:
        """How near each candidate lies to a place chosen for another name; a country or province that
        holds such a place is as near as can be (else "Mexico" the city would beat Mexico the country)."""
        others = self.anchor_names != index
        if not others.any():
            return np.zeros(len(name.numbers))
        km = distance_km(self.gaz.latitude[name.numbers][:, None], self.gaz.longitude[name.numbers][:, None],
                         self.anchor_latitude[others][None, :], self.anchor_longitude[others][None, :])
        confidence = self.anchor_confidence[others]
        near = (confidence[None, :] * np.exp(-km / self.weights.near_km)).max(axis=1)
        places = [place for place, other in zip(self.anchor_places, others) if other]
        for row, number in enumerate(name.numbers.tolist()):
            entry = self.gaz.entry(number)
            if entry.feature == "country":
                held = [c for c, (country, _) in zip(confidence, places) if country == entry.country]
            elif entry.feature == "region":
                held = [c for c, place in zip(confidence, places) if place == (entry.country, entry.admin1)]
            else:
                continue
            near[row] = max(near[row], max(held, default=0.0))
        return near

    def _inside(self, name: _Name, qualifier: _Name) -> np.ndarray:
        """1 for each candidate inside the place the qualifier chose (its country, province or vicinity)."""
        if not len(qualifier.numbers):
            return np.zeros(len(name.numbers))
        where = self.gaz.entry(qualifier.numbers[qualifier.choice])
        inside = []
        for number in name.numbers:
            entry = self.gaz.entry(number)
            if where.feature in ("country", "continent", "world region"):
                inside.append(entry.country == where.country or not where.country)
            elif where.feature == "region":
                inside.append(entry.country == where.country and entry.admin1 == where.admin1)
            else:
                inside.append(float(distance_km(entry.latitude, entry.longitude, where.latitude, where.longitude)) < 50)
        return np.array(inside, dtype=float)


def _place(gaz: Gazetteer, name: _Name, weights: Weights) -> Place | None:
    if not len(name.numbers):
        if name.kind_only is None:
            return None
        return Place(None, None, None, name.kind_only, KIND_ONLY_CONFIDENCE)
    entry = gaz.entry(name.numbers[name.choice])
    supported = name.support is not None and bool(name.support[name.choice])
    if entry.feature == "city" and entry.population < weights.min_population and not (
            supported or name.qualifier is not None):
        return None
    return Place(entry.latitude, entry.longitude, entry.country or None, entry.feature, round(name.confidence, 3),
                 entry.id, entry.population or None, entry.name)


def distance_km(lat1, lon1, lat2, lon2):  # type: ignore[no-untyped-def]
    """Great-circle distance in km (haversine); takes floats or numpy arrays that broadcast."""
    phi1, phi2 = np.radians(lat1), np.radians(lat2)
    dphi, dlam = phi2 - phi1, np.radians(np.asarray(lon2) - np.asarray(lon1))
    a = np.sin(dphi / 2) ** 2 + np.cos(phi1) * np.cos(phi2) * np.sin(dlam / 2) ** 2
    return 2 * EARTH_RADIUS_KM * np.arcsin(np.sqrt(np.clip(a, 0.0, 1.0)))
