"""Toponym resolution and recognition on gold-annotated news: storyline.geo and storyline.analyse.recognise.

    python benchmarks/geo.py [--corpora ../shared/corpora/geo] [--tune]

Reads every corpus under the folder in either of two layouts (see its README):
LGL's ``<article><text/><toponyms><toponym><start/><end/><phrase/><gaztag>
<lat/><lon/>`` and GeoVirus's ``<article><text/><locations><location><name/>
<start/><end/><lat/><lon/>`` (whose offsets are one past: the name is
``text[start-1:end-1]``). For each corpus it writes to
benchmarks/results/geo.json:

- resolution of the gold toponyms: each article's gold names are resolved
  together (as a story's would be), and each point is compared with the gold
  one: accuracy within 161 km, mean and median error, and the AUC of the log
  error curve (Gritta et al. 2020; lower is better). A name left unresolved,
  or resolved without coordinates, counts as wrong at the largest error on
  Earth (20,039 km). Figures are given per half of the articles (even and odd
  positions): weights were tuned on the even half only (``--tune`` reruns
  that search and prints it), so the odd half is unseen.
- recognition: LOC mentions of storyline.analyse.recognise against the gold
  spans, exact and overlapping, as precision, recall and F1; skipped (and
  said so) where that module cannot be imported.
"""

from __future__ import annotations

import argparse
import dataclasses
import itertools
import json
import statistics
import time
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from provenance import ROOT, commit_id

from storyline.geo import resolve_places
from storyline.geo.resolve import WEIGHTS, Weights, distance_km

DEFAULT_CORPORA = ROOT.parent / "shared" / "corpora" / "geo"
OUT = ROOT / "benchmarks" / "results" / "geo.json"
ACCURATE_KM = 161.0  # 100 miles, the field's usual threshold
MAX_ERROR_KM = 20_039.0  # half the Earth's circumference: the error of a missing answer
LANGUAGE = "en"  # both corpora are English news


@dataclass(frozen=True)
class Toponym:
    start: int
    end: int
    name: str
    latitude: float | None  # None: the annotators found no point (LGL leaves some unresolved)
    longitude: float | None


@dataclass(frozen=True)
class Article:
    text: str
    toponyms: list[Toponym]


def _float(node: ET.Element | None, tag: str) -> float | None:
    text = node.findtext(tag) if node is not None else None
    return float(text) if text not in (None, "") else None


def read_corpus(path: Path) -> list[Article]:
    """Articles of an LGL- or GeoVirus-layout file."""
    articles = []
    for article in ET.parse(path).getroot().iter("article"):
        text = article.findtext("text") or ""
        toponyms = []
        for node in article.iter("toponym"):  # LGL: exact offsets
            gold = node.find("gaztag")
            toponyms.append(Toponym(int(node.findtext("start")), int(node.findtext("end")), node.findtext("phrase"),
                                    _float(gold, "lat"), _float(gold, "lon")))
        for node in article.iter("location"):  # GeoVirus: offsets one past
            start, end = int(node.findtext("start")) - 1, int(node.findtext("end")) - 1
            toponyms.append(Toponym(start, end, node.findtext("name"), _float(node, "lat"), _float(node, "lon")))
        articles.append(Article(text, toponyms))
    return articles


def corpora(folder: Path) -> Iterator[tuple[str, list[Article]]]:
    for path in sorted(folder.glob("*/*.xml")):
        yield path.parent.name, read_corpus(path)


# --- resolution ----------------------------------------------------------------------------

def resolution_errors(articles: list[Article], weights: Weights = WEIGHTS) -> list[float]:
    """Error in km of each gold toponym with a point, its article's names resolved together."""
    errors = []
    for article in articles:
        places = resolve_places([(t.name, LANGUAGE) for t in article.toponyms], weights=weights)
        for toponym, place in zip(article.toponyms, places):
            if toponym.latitude is None:
                continue
            if place is None or place.latitude is None:
                errors.append(MAX_ERROR_KM)
            else:
                errors.append(float(distance_km(toponym.latitude, toponym.longitude, place.latitude, place.longitude)))
    return errors


def auc(errors: list[float]) -> float:
    """Area under the curve of sorted log errors, scaled to 0-1 (Gritta et al. 2020): 0 is perfect."""
    if len(errors) < 2:
        return 0.0
    curve = np.log(np.sort(np.asarray(errors)) + 1)
    return float(np.trapezoid(curve) / (np.log(MAX_ERROR_KM) * (len(errors) - 1)))


def resolution_figures(errors: list[float]) -> dict:
    found = [e for e in errors if e < MAX_ERROR_KM]
    return {
        "toponyms": len(errors),
        "located": round(len(found) / len(errors), 4) if errors else 0.0,
        "accuracy_161km": round(sum(e <= ACCURATE_KM for e in errors) / len(errors), 4) if errors else 0.0,
        "mean_km": round(statistics.fmean(errors), 1) if errors else None,
        "median_km": round(statistics.median(errors), 1) if errors else None,
        "auc": round(auc(errors), 4),
    }


def halves(articles: list[Article]) -> dict[str, list[Article]]:
    """The articles at even positions (the tuning half) and at odd ones (unseen by tuning)."""
    return {"even (tuned on)": articles[0::2], "odd (unseen)": articles[1::2]}


# --- recognition ---------------------------------------------------------------------------

def _recogniser() -> Callable[[list[str], str], list[list]] | str:
    """storyline.analyse.recognise.recognise, or why it cannot be used."""
    try:
        from storyline.analyse.recognise import recognise

        recognise(["Mosul is in Iraq."], LANGUAGE)
    except Exception as error:  # noqa: BLE001 - any failure of a module being written means "skipped"
        return f"skipped: storyline.analyse.recognise is not usable ({type(error).__name__}: {error})"
    return recognise


def recognition_figures(articles: list[Article]) -> dict:
    """Precision, recall and F1 of LOC mentions against the gold spans, exact and overlapping."""
    recognise = _recogniser()
    if isinstance(recognise, str):
        return {"status": recognise}
    from storyline.analyse.segment import split_sentences

    gold_total = found_total = exact = overlap_found = overlap_gold = 0
    started = time.perf_counter()
    for article in articles:
        sentences = split_sentences(article.text, LANGUAGE)
        mentions = recognise([s.text for s in sentences], LANGUAGE)
        found = [(s.start + m.start, s.start + m.end) for s, ms in zip(sentences, mentions) for m in ms
                 if m.label == "LOC"]
        gold = [(t.start, t.end) for t in article.toponyms]
        gold_total += len(gold)
        found_total += len(found)
        exact += len(set(found) & set(gold))
        overlap_found += sum(any(a < d and c < b for c, d in gold) for a, b in found)
        overlap_gold += sum(any(a < d and c < b for a, b in found) for c, d in gold)
    return {
        "status": "ok",
        "gold_spans": gold_total,
        "found_spans": found_total,
        "exact": _prf(exact, found_total, exact, gold_total),
        "overlap": _prf(overlap_found, found_total, overlap_gold, gold_total),
        "seconds": round(time.perf_counter() - started, 1),
    }


def _prf(right_found: int, found: int, right_gold: int, gold: int) -> dict:
    precision = right_found / found if found else 0.0
    recall = right_gold / gold if gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": round(precision, 4), "recall": round(recall, 4), "f1": round(f1, 4)}


# --- tuning --------------------------------------------------------------------------------

#: The weights searched by ``--tune``, each over a few values around the defaults.
GRID = {
    "alternate": (-0.5, -1.0, -1.5),
    "country": (1.5, 3.0, 4.5),
    "near": (1.5, 3.0, 4.5),
    "district": (0.0, -1.0, -2.0),
    "min_population": (1_000, 5_000, 20_000),
}


def tune(corpora_found: dict[str, list[Article]]) -> list[dict]:
    """Mean accuracy@161 km over the even halves of every corpus for each point of :data:`GRID`, best first."""
    tuning = {name: articles[0::2] for name, articles in corpora_found.items()}
    results = []
    for values in itertools.product(*GRID.values()):
        weights = dataclasses.replace(WEIGHTS, **dict(zip(GRID, values)))
        scores = {name: resolution_figures(resolution_errors(articles, weights))["accuracy_161km"]
                  for name, articles in tuning.items()}
        results.append({"weights": dict(zip(GRID, values)), "accuracy": scores,
                        "mean": round(statistics.fmean(scores.values()), 4)})
    return sorted(results, key=lambda r: -r["mean"])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpora", type=Path, default=DEFAULT_CORPORA)
    parser.add_argument("--tune", action="store_true", help="search GRID on the even halves and print the best")
    args = parser.parse_args()
    found = dict(corpora(args.corpora))
    if args.tune:
        print(json.dumps(tune(found)[:10], indent=2))
        return
    started = time.perf_counter()
    resolve_places([("Mosul", LANGUAGE)])  # the gazetteer's one-off build, timed apart
    summary: dict = {"commit": commit_id(), "corpora": str(args.corpora),
                     "gazetteer_seconds": round(time.perf_counter() - started, 1),
                     "weights": dataclasses.asdict(WEIGHTS), "results": {}}
    for name, articles in found.items():
        started = time.perf_counter()
        resolution = {"all": resolution_figures(resolution_errors(articles))}
        resolution.update({half: resolution_figures(resolution_errors(part))
                           for half, part in halves(articles).items()})
        resolution["seconds"] = round(time.perf_counter() - started, 1)
        summary["results"][name] = {"articles": len(articles), "resolution": resolution,
                                    "recognition": recognition_figures(articles)}
    OUT.write_text(json.dumps(summary, indent=2) + "\n", encoding="utf-8")
    print(json.dumps(summary, indent=2))


if __name__ == "__main__":
    main()
