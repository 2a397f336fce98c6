"""Score the figures a sentence reports against a hand-annotated gold, per language.

    python benchmarks/figures.py [--gold benchmarks/gold/figures]

Every ``*.jsonl`` under ``--gold`` is read: one sentence a record,
``{"text", "language", "published", "figures": [{"start", "end", "value",
"low", "high", "category", "hedge", "attributed_to", "date"}]}`` (see the
folder's GUIDELINES.md). Each sentence goes through the build's own analysis
(time expressions dated from ``published``, recognised entities) and then
storyline.analyse.figures, as the build runs it.

- precision and recall of figures: a hit is a predicted figure of the right
  sentence whose value (or range) and category are the gold's; beside it,
  detection alone (a predicted number overlapping a gold one, any value or
  category);
- over the detected pairs: value, category, hedge and date accuracy, and
  attribution: both without a source, or sharing a content word (strict:
  the same words);
- per language, and per half of the records (even positions, which any
  tuning looked at, and odd ones, kept unseen).

Output: benchmarks/results/figures.json, with the commit measured.
"""

from __future__ import annotations

import json
from collections.abc import Iterable

import regex
from goldsets import ratio, run, same_name
from provenance import ROOT

from storyline.analyse.figures import find_figures
from storyline.analyse.recognise import recognise
from storyline.analyse.timex import tag_sentences
from storyline.dates import PartialDate
from storyline.model import Figure

DEFAULT_GOLD = ROOT / "benchmarks" / "gold" / "figures"
OUT = ROOT / "benchmarks" / "results" / "figures.json"
_WORD = regex.compile(r"[\p{L}\p{N}]+")


def predict(record: dict) -> list[Figure]:
    """The figures the build would find in the record's sentence."""
    language = record["language"]
    published = PartialDate.parse(record["published"]) if record.get("published") else None
    [timexes] = tag_sentences([record["text"]], language, published)
    [entities] = recognise([record["text"]], language)
    return find_figures(record["text"], language, timexes, entities)


def _same_count(gold: dict, figure: Figure) -> bool:
    if gold.get("value") is not None:
        return figure.value is not None and abs(figure.value - gold["value"]) < 0.5
    return (figure.value is None and figure.low is not None and gold.get("low") is not None
            and abs(figure.low - gold["low"]) < 0.5 and abs((figure.high or 0) - (gold.get("high") or 0)) < 0.5)


def _same_source(gold: str | None, predicted: str | None, language: str, strict: bool) -> bool:
    if strict and gold and predicted:
        return " ".join(_WORD.findall(gold.lower())) == " ".join(_WORD.findall(predicted.lower()))
    return same_name(gold, predicted, language)


def _same_date(gold: str | None, figure: Figure) -> bool:
    return (gold or None) == (figure.date.value if figure.date else None)


def score(records: Iterable[dict], predictions: dict[int, list[Figure]]) -> dict:
    gold_total = found_total = hits = detected = 0
    pairs = []
    for i, record in records:
        golds, found = record["figures"], predictions[i]
        gold_total += len(golds)
        found_total += len(found)
        used: set[int] = set()
        for figure in found:
            match = next((j for j, g in enumerate(golds) if j not in used
                          and figure.start < g["end"] and g["start"] < figure.end), None)
            if match is None:
                continue
            used.add(match)
            detected += 1
            gold = golds[match]
            hits += _same_count(gold, figure) and gold["category"] == figure.category
            pairs.append((gold, figure, record["language"]))
    return {
        "gold": gold_total,
        "found": found_total,
        "precision": ratio(hits, found_total),
        "recall": ratio(hits, gold_total),
        "detection": {"precision": ratio(detected, found_total), "recall": ratio(detected, gold_total)},
        "on_detected": {
            "pairs": len(pairs),
            "value": _share(pairs, lambda g, f, _: _same_count(g, f)),
            "category": _share(pairs, lambda g, f, _: g["category"] == f.category),
            "hedge": _share(pairs, lambda g, f, _: g.get("hedge", "exact") == f.hedge),
            "date": _share(pairs, lambda g, f, _: _same_date(g.get("date"), f)),
            "attribution": _share(pairs, lambda g, f, lang: _same_source(g.get("attributed_to"), f.source, lang,
                                                                          strict=False)),
            "attribution_strict": _share(pairs, lambda g, f, lang: _same_source(g.get("attributed_to"), f.source,
                                                                                 lang, strict=True)),
        },
    }


def _share(pairs: list, test) -> float:  # noqa: ANN001 - a predicate over (gold, figure, language)
    return ratio(sum(bool(test(*pair)) for pair in pairs), len(pairs))


def main() -> None:
    results = run(__doc__.splitlines()[0], DEFAULT_GOLD, OUT, predict, score)
    print(json.dumps({k: v for k, v in results.items() if k != "languages"}, indent=2))
    for lang, figures in results["languages"].items():
        print(lang, {k: figures[k] for k in ("gold", "found", "precision", "recall")},
              "attribution", figures["on_detected"]["attribution"])


if __name__ == "__main__":
    main()
