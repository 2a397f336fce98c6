"""Score who-said-what against a hand-annotated gold, per language.

    python benchmarks/quotes.py [--gold benchmarks/gold/quotes]

Every ``*.jsonl`` under ``--gold`` is read: one passage of consecutive
sentences a record, ``{"text", "language", "published", "quotes": [{"start",
"end", "kind", "speaker", "group"}]}`` (see the folder's GUIDELINES.md).
Each passage goes through the build's own analysis (sentences, time
expressions, recognised entities) and storyline.analyse.quotes; then all
found quotes go through the story-level merging (words within a language,
multilingual vectors across), as if the passages were one story.

- precision and recall of quotes: a hit overlaps a gold quote by at least
  half of the shorter of the two;
- over the hits: speaker accuracy (the predicted speaker shares a content
  word with the gold one; both None counts as right) and kind accuracy;
- merging across articles: over pairs of hit quotes from different
  passages, precision and recall of "the same quote" against the gold
  groups;
- per language, and per half of the passages (even positions, which any
  tuning looked at, and odd ones, kept unseen).

Output: benchmarks/results/quotes.json, with the commit measured.
"""

from __future__ import annotations

import itertools
import json

from goldsets import ratio, run, same_name
from provenance import ROOT

from storyline.analyse.quotes import find_quotes
from storyline.analyse.recognise import recognise
from storyline.analyse.segment import split_sentences
from storyline.analyse.timex import tag_sentences
from storyline.dates import PartialDate
from storyline.embed import embed
from storyline.model import Quote
from storyline.reported import merge_quotes, merge_translations

DEFAULT_GOLD = ROOT / "benchmarks" / "gold" / "quotes"
OUT = ROOT / "benchmarks" / "results" / "quotes.json"


def predict(record: dict) -> list[Quote]:
    """The quotes the build would find in the passage, as one article."""
    text, language = record["text"], record["language"]
    published = PartialDate.parse(record["published"]) if record.get("published") else None
    sentences = split_sentences(text, language)
    for sentence, timexes, entities in zip(sentences, tag_sentences([s.text for s in sentences], language, published),
                                           recognise([s.text for s in sentences], language)):
        sentence.timexes, sentence.entities = timexes, entities
    return find_quotes(text, sentences, language)


def _overlaps(gold: dict, quote: Quote) -> bool:
    shared = min(gold["end"], quote.end) - max(gold["start"], quote.start)
    return shared > 0 and shared >= 0.5 * min(gold["end"] - gold["start"], quote.end - quote.start)


def match(records: list[tuple[int, dict]], predictions: dict[int, list[Quote]]) -> list[tuple[int, dict, Quote]]:
    """(record index, gold quote, predicted quote) for each hit, each gold and predicted quote used once."""
    hits = []
    for i, record in records:
        used: set[int] = set()
        for quote in predictions[i]:
            j = next((j for j, g in enumerate(record["quotes"]) if j not in used and _overlaps(g, quote)), None)
            if j is not None:
                used.add(j)
                hits.append((i, record["quotes"][j], quote))
    return hits


def merging(hits: list[tuple[int, dict, Quote]], records: dict[int, dict]) -> dict:
    """Pairwise precision and recall of the story-level merging against the gold groups, across passages."""
    story = merge_translations(merge_quotes([(str(i), quote, records[i]["language"]) for i, _, quote in hits]), embed)
    merged_with = {}
    for group_number, story_quote in enumerate(story):
        for citation in story_quote.citations:
            merged_with[(citation.article_id, citation.start)] = group_number
    right = predicted = gold_pairs = 0
    for (i, gold_a, quote_a), (j, gold_b, quote_b) in itertools.combinations(hits, 2):
        if i == j:
            continue
        same_gold = gold_a.get("group") is not None and gold_a.get("group") == gold_b.get("group")
        same_ours = merged_with.get((str(i), quote_a.start)) == merged_with.get((str(j), quote_b.start))
        gold_pairs += same_gold
        predicted += same_ours
        right += same_gold and same_ours
    return {"gold_pairs": gold_pairs, "merged_pairs": predicted,
            "precision": ratio(right, predicted), "recall": ratio(right, gold_pairs)}


def score(records: list[tuple[int, dict]], predictions: dict[int, list[Quote]]) -> dict:
    hits = match(records, predictions)
    gold_total = sum(len(r["quotes"]) for _, r in records)
    found_total = sum(len(predictions[i]) for i, _ in records)
    by_index = dict(records)
    return {
        "passages": len(records),
        "gold": gold_total,
        "found": found_total,
        "precision": ratio(len(hits), found_total),
        "recall": ratio(len(hits), gold_total),
        "speaker": ratio(sum(same_name(g.get("speaker"), q.speaker, by_index[i]["language"])
                              for i, g, q in hits), len(hits)),
        "kind": ratio(sum(g["kind"] == q.kind for _, g, q in hits), len(hits)),
        "merging": merging(hits, by_index),
    }


def main() -> None:
    print(json.dumps(run(__doc__.splitlines()[0], DEFAULT_GOLD, OUT, predict, score), indent=2))


if __name__ == "__main__":
    main()

