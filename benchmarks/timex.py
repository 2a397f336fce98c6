"""Temporal tagging benchmark: storyline's tagger scored with the TempEval-3 Task A metrics.

    python benchmarks/timex.py [--corpora ../shared/corpora/timex] [--gold benchmarks/gold/timex]
                               [--out benchmarks/results/timex.json]

Every corpus under ``<corpora>/<lang>/`` is read, the folder naming the
language: folders of TimeML ``*.tml`` files (``en/tbaq``: TimeBank and
AQUAINT, the TempEval-3 training data) and ``*.tsv`` files (one token a line:
token, BIO label, TIMEX3 value; blank lines end sentences; a
``*!-DCTVALUE="..."-!*`` token opens each document), so test splits laid out
the same way are scored unchanged. Each is also scored on its even and odd
documents apart: rules are tuned on the even half, the odd half is the unseen
check. ``--gold`` adds the hand-made news gold, one ``<lang>.tsv`` per language
the tagger claims (benchmarks/gold/timex/GUIDELINES.md), each scored on its
own, and on its halves too. Each sentence is tagged on its own, as the pipeline does, in the corpus
language and anchored on the document creation time at day precision. TimeML
text is split by storyline's own segmenter; the tsv sentences are taken as
given, tokens joined by spaces.

Scores follow the TempEval-3 scorer: strict span F1 (same characters), relaxed
span F1 (overlapping spans, each timex matched at most once), and value F1,
whose hits are the relaxed matches with the gold value, over the system and
gold counts (it equals value accuracy times relaxed F1). Type accuracy is over
relaxed matches. Throughput times the ``tag()`` calls alone, in one process.
Figures, with frequent misses, false positives and value mismatches for whoever
improves the tagger next, go to ``benchmarks/results/timex.json`` with the commit id.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import time
import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from provenance import commit_id

from storyline.analyse.segment import split_sentences
from storyline.analyse.timex import tag_sentences
from storyline.dates import PartialDate
from storyline.model import Sentence

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CORPORA = ROOT.parent / "shared" / "corpora" / "timex"
#: HeidelTime's value F1 on the TempEval-3 test set (UzZaman et al. 2013; Strötgen & Gertz 2013).
REFERENCE = "HeidelTime (TempEval-3 test): en value F1 0.776, es 0.875"
TARGETS = "targets (unseen test files): en value F1 >= 0.82, es >= 0.85"
SAMPLE = 40
_DCT_TOKEN = re.compile(r'\*!-DCTVALUE="([^"]*)"-!\*')


@dataclass(frozen=True)
class Timex:
    """A time expression at document character offsets, gold or system alike, so both score the same way."""

    text: str
    start: int
    end: int
    type: str
    value: str


@dataclass
class Doc:
    """One document: its text, sentences (document offsets), gold timexes and creation-time anchor."""

    name: str
    language: str
    text: str
    anchor: PartialDate | None
    sentences: list[Sentence]
    gold: list[Timex]


@dataclass
class Corpus:
    """A corpus's documents and what was odd in reading them, reported rather than fatal."""

    name: str
    docs: list[Doc] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)


def anchor_of(value: str) -> PartialDate | None:
    """The creation day of a DCT value; some carry a clock time ("1998-02-06T22:19:00") the tagger cannot use."""
    try:
        day = dt.date.fromisoformat(value[:10])
    except ValueError:
        return None
    return PartialDate.day(day.year, day.month, day.day)


def timeml_text(text_element: ET.Element) -> tuple[str, list[Timex]]:
    """The tag-free text of a TimeML ``<TEXT>`` and its TIMEX3 spans at offsets into that text.

    Walking element text and tails keeps offsets exact whatever else is tagged
    (EVENT, SIGNAL) and with entities already decoded by the parser.
    """
    pieces: list[str] = []
    found: list[tuple[int, int, ET.Element]] = []
    length = 0

    def walk(element: ET.Element) -> None:
        nonlocal length
        pieces.append(element.text or "")
        length += len(element.text or "")
        for child in element:
            start = length
            walk(child)
            if child.tag == "TIMEX3":
                found.append((start, length, child))
            pieces.append(child.tail or "")
            length += len(child.tail or "")

    walk(text_element)
    text = "".join(pieces)
    gold = [Timex(text[start:end], start, end, e.get("type", ""), e.get("value", "")) for start, end, e in found]
    return text, sorted(gold, key=lambda t: t.start)


def read_tml(path: Path, language: str) -> Doc:
    """A TimeML file as a document, sentences split by storyline's segmenter as the pipeline splits articles."""
    root = ET.parse(path).getroot()
    text_element = root.find("TEXT")
    if text_element is None:
        raise ValueError("no <TEXT> element")
    dct = root.find("DCT/TIMEX3")
    text, gold = timeml_text(text_element)
    return Doc(
        name=path.name,
        language=language,
        text=text,
        anchor=anchor_of(dct.get("value", "")) if dct is not None else None,
        sentences=split_sentences(text, language),
        gold=gold,
    )


def read_tml_corpus(folder: Path, language: str) -> Corpus:
    """Every ``*.tml`` file of ``folder``; a file the XML parser refuses is reported and left out."""
    corpus = Corpus(f"{folder.parent.name}-{folder.name}")
    for path in sorted(folder.glob("*.tml")):
        try:
            doc = read_tml(path, language)
        except (ET.ParseError, ValueError) as error:
            corpus.problems.append(f"{path.name}: left out, {error}")
            continue
        if doc.anchor is None:
            corpus.problems.append(f"{path.name}: no usable DCT, tagged without an anchor")
        corpus.docs.append(doc)
    crossing = sum(1 for doc in corpus.docs for g in doc.gold if not _sentence_of(doc, g))
    if crossing:
        corpus.problems.append(f"{crossing} gold timexes straddle a sentence boundary of the segmenter")
    return corpus


def _sentence_of(doc: Doc, timex: Timex) -> Sentence | None:
    """The sentence holding the whole of ``timex``, if any."""
    return next((s for s in doc.sentences if s.start <= timex.start and timex.end <= s.end), None)


def _tsv_sentence(tokens: list[list[str]], offset: int, index: int) -> tuple[Sentence, list[Timex], int]:
    """One tsv sentence as text (tokens joined by a space) with its gold spans; also counts orphan I- labels."""
    starts = []
    position = offset
    for token in tokens:
        starts.append(position)
        position += len(token[0]) + 1
    text = " ".join(token[0] for token in tokens)
    spans: list[tuple[int, int, str, str]] = []
    orphans = 0
    for (token, label, value), start in zip(tokens, starts):
        kind = label[2:]
        if label.startswith("I-") and spans and spans[-1][1] == start - 1 and spans[-1][2] == kind:
            spans[-1] = (spans[-1][0], start + len(token), kind, spans[-1][3])
        elif label != "O":
            orphans += label.startswith("I-")
            spans.append((start, start + len(token), kind, value))
    gold = [Timex(text[s - offset:e - offset], s, e, kind, value) for s, e, kind, value in spans]
    return Sentence(index=index, text=text, start=offset, end=offset + len(text)), gold, orphans


def read_tsv_corpus(path: Path, language: str) -> Corpus:
    """The documents of a TimeBank tsv file; sentences are laid out one a line in each document's text."""
    corpus = Corpus(f"{language}-{path.stem}")
    blocks: list[list[list[str]]] = [[]]
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            blocks.append([])
            continue
        columns = line.split("\t")
        if len(columns) != 3:
            corpus.problems.append(f"line {number}: {len(columns)} columns, skipped")
            continue
        blocks[-1].append(columns)
    doc: Doc | None = None
    orphans = 0
    for block in filter(None, blocks):
        dct = _DCT_TOKEN.fullmatch(block[0][0])
        if dct or doc is None:
            doc = Doc(f"{path.name}#{len(corpus.docs)}", language, "", anchor_of(dct.group(1)) if dct else None, [], [])
            corpus.docs.append(doc)
            if dct:
                block = block[1:]
            if not block:
                continue
        offset = len(doc.text) + 1 if doc.text else 0
        sentence, gold, orphan = _tsv_sentence(block, offset, len(doc.sentences))
        doc.text = f"{doc.text}\n{sentence.text}" if doc.text else sentence.text
        doc.sentences.append(sentence)
        doc.gold.extend(gold)
        orphans += orphan
    if orphans:
        corpus.problems.append(f"{orphans} I- labels without a B- before them, read as span starts")
    return corpus


def read_corpora(root: Path) -> list[Corpus]:
    """Every corpus under ``root``: ``<lang>/*.tsv`` files and ``<lang>/<folder>/*.tml`` folders.

    The language is the folder's name, so test splits and further languages laid
    out the same way (``es/timebank-test.tsv``, ``it/meantime/*.tml``) are scored
    with no change here.
    """
    corpora = []
    for folder in sorted(path for path in root.iterdir() if path.is_dir()):
        for tml in sorted(path for path in folder.iterdir() if path.is_dir() and any(path.glob("*.tml"))):
            corpora.append(read_tml_corpus(tml, folder.name))
        corpora.extend(read_tsv_corpus(tsv, folder.name) for tsv in sorted(folder.glob("*.tsv")))
    return corpora


def read_gold(folder: Path) -> list[Corpus]:
    """The hand-made news gold, one ``<lang>.tsv`` per language (benchmarks/gold/timex)."""
    corpora = []
    for path in sorted(folder.glob("*.tsv")):
        corpus = read_tsv_corpus(path, path.stem)
        corpus.name = f"gold-{path.stem}"
        corpora.append(corpus)
    return corpora


def tag_doc(doc: Doc) -> tuple[list[Timex], float]:
    """The tagger's timexes at document offsets, the article's sentences in order, and the seconds spent tagging."""
    started = time.perf_counter()
    tagged = tag_sentences([s.text for s in doc.sentences], doc.language, doc.anchor)
    seconds = time.perf_counter() - started
    found = [
        Timex(e.text, sentence.start + e.start, sentence.start + e.end, e.type.value, e.value)
        for sentence, expressions in zip(doc.sentences, tagged) for e in expressions
    ]
    return found, seconds


def relaxed_matches(gold: list[Timex], system: list[Timex]) -> list[tuple[Timex, Timex]]:
    """Overlapping (gold, system) pairs, each timex used once, largest overlap first as a scorer would pair them."""
    pairs = sorted(
        ((min(g.end, s.end) - max(g.start, s.start), i, j) for i, g in enumerate(gold) for j, s in enumerate(system)
         if g.start < s.end and s.start < g.end),
        key=lambda pair: (-pair[0], pair[1], pair[2]),
    )  # fmt: skip
    used_gold: set[int] = set()
    used_system: set[int] = set()
    matches = []
    for _, i, j in pairs:
        if i not in used_gold and j not in used_system:
            used_gold.add(i)
            used_system.add(j)
            matches.append((gold[i], system[j]))
    return sorted(matches, key=lambda pair: pair[0].start)


def prf(hits: int, system: int, gold: int) -> dict[str, float]:
    precision = hits / system if system else 0.0
    recall = hits / gold if gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": round(precision, 4), "recall": round(recall, 4), "f1": round(f1, 4)}


def _sample(counts: Counter, first: dict, fields: tuple[str, ...]) -> list[dict]:
    """The ``SAMPLE`` most frequent errors (first seen first among equals), with their count and first context."""
    return [
        {**dict(zip(fields, key)), "count": count, **first.get(key, {})} for key, count in counts.most_common(SAMPLE)
    ]


class _Errors:
    """Misses, false positives and value mismatches, counted by wording so frequent kinds surface first."""

    def __init__(self) -> None:
        self.missed: Counter[tuple[str, str]] = Counter()
        self.missed_context: dict[tuple[str, str], dict[str, str]] = {}
        self.false: Counter[tuple[str, str]] = Counter()
        self.false_context: dict[tuple[str, str], dict[str, str]] = {}
        self.values: Counter[tuple[str, str, str]] = Counter()

    def add(self, doc: Doc, gold: Iterable[Timex], system: Iterable[Timex],
            wrong: Iterable[tuple[Timex, Timex]]) -> None:
        for g in gold:
            key = (g.text, g.value)
            self.missed[key] += 1
            sentence = _sentence_of(doc, g)
            self.missed_context.setdefault(key, {"sentence": sentence.text if sentence else "", "doc": doc.name})
        for s in system:
            key = (s.text, s.value)
            self.false[key] += 1
            self.false_context.setdefault(key, {"doc": doc.name})
        for g, s in wrong:
            self.values[(g.text, g.value, s.value)] += 1

    def samples(self) -> dict[str, list[dict]]:
        return {
            "missed": _sample(self.missed, self.missed_context, ("text", "value")),
            "false_positives": _sample(self.false, self.false_context, ("text", "value")),
            "value_mismatches": _sample(self.values, {}, ("text", "gold_value", "system_value")),
        }


def score_corpus(corpus: Corpus) -> dict:
    """TempEval-3 Task A figures over all of a corpus's documents, with throughput and error samples."""
    gold_count = system_count = strict = relaxed = values = types = sentences = 0
    seconds = 0.0
    by_type: dict[str, Counter[str]] = {}
    errors = _Errors()
    for doc in corpus.docs:
        system, spent = tag_doc(doc)
        seconds += spent
        sentences += len(doc.sentences)
        matches = relaxed_matches(doc.gold, system)
        matched_gold = {id(g) for g, _ in matches}
        matched_system = {id(s) for _, s in matches}
        gold_spans = Counter((g.start, g.end) for g in doc.gold)
        system_spans = Counter((s.start, s.end) for s in system)
        strict += sum((gold_spans & system_spans).values())
        gold_count += len(doc.gold)
        system_count += len(system)
        relaxed += len(matches)
        values += sum(g.value == s.value for g, s in matches)
        types += sum(g.type == s.type for g, s in matches)
        for g in doc.gold:
            by_type.setdefault(g.type, Counter())["gold"] += 1
        for g, s in matches:
            by_type[g.type]["matched"] += 1
            by_type[g.type]["value_correct"] += g.value == s.value
        errors.add(
            doc,
            [g for g in doc.gold if id(g) not in matched_gold],
            [s for s in system if id(s) not in matched_system],
            [(g, s) for g, s in matches if g.value != s.value],
        )
    return {
        "documents": len(corpus.docs),
        "sentences": sentences,
        "gold": gold_count,
        "system": system_count,
        "matched": relaxed,
        "strict": prf(strict, system_count, gold_count),
        "relaxed": prf(relaxed, system_count, gold_count),
        "value": prf(values, system_count, gold_count),
        "type_accuracy": round(types / relaxed, 4) if relaxed else 0.0,
        "by_gold_type": {kind: dict(counts) for kind, counts in sorted(by_type.items())},
        "tag_seconds": round(seconds, 3),
        "docs_per_second": round(len(corpus.docs) / seconds, 1) if seconds else 0.0,
        "sentences_per_second": round(sentences / seconds, 1) if seconds else 0.0,
        "problems": corpus.problems,
        "errors": errors.samples(),
    }


def halves(corpus: Corpus) -> dict[str, dict]:
    """Value F1 on the even and on the odd documents apart: rules are tuned looking at the even half only,
    so the odd half stands for unseen text, and a gain that shows on one half alone is fitting."""
    return {
        half: {key: figures[key] for key in ("gold", "value", "relaxed")}
        for half, docs in (("even", corpus.docs[0::2]), ("odd", corpus.docs[1::2]))
        if docs and (figures := score_corpus(Corpus(f"{corpus.name}-{half}", docs)))
    }


def run(corpora: Path, gold: Path | None) -> dict:
    started = time.perf_counter()
    every = [*read_corpora(corpora), *(read_gold(gold) if gold else [])]
    results = {corpus.name: score_corpus(corpus) | {"halves": halves(corpus)} for corpus in every}
    return {
        "commit": commit_id(),
        "corpora": str(corpora),
        "gold": str(gold) if gold else None,
        "wall_seconds": round(time.perf_counter() - started, 1),
        "reference": REFERENCE,
        "targets": TARGETS,
        "results": results,
    }


def print_table(summary: dict) -> None:
    print(f"\n{'corpus':<22}{'gold':>6}{'system':>8}{'strict F1':>11}{'relaxed F1':>12}{'value F1':>10}"
          f"{'type acc':>10}{'docs/s':>9}{'even|odd value F1':>19}")  # fmt: skip
    for name, figures in summary["results"].items():
        split = "|".join(f"{half['value']['f1']:.3f}" for half in figures.get("halves", {}).values())
        print(f"{name:<22}{figures['gold']:>6}{figures['system']:>8}{figures['strict']['f1']:>11.3f}"
              f"{figures['relaxed']['f1']:>12.3f}{figures['value']['f1']:>10.3f}{figures['type_accuracy']:>10.3f}"
              f"{figures['docs_per_second']:>9.1f}{split:>19}")  # fmt: skip
        for problem in figures["problems"]:
            print(f"  note: {problem}")
    print(REFERENCE)
    print(TARGETS)
    print(f"{summary['wall_seconds']:.0f} s in all")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpora", type=Path, default=DEFAULT_CORPORA)
    parser.add_argument("--gold", type=Path, default=ROOT / "benchmarks" / "gold" / "timex",
                        help="folder of hand-made <lang>.tsv news gold; 'none' to skip")
    parser.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "results" / "timex.json")
    args = parser.parse_args()
    gold = None if str(args.gold) == "none" else args.gold.resolve()
    summary = run(args.corpora.resolve(), gold)
    if not summary["results"]:
        parser.error(f"no timex corpus under {args.corpora}")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(summary, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print_table(summary)


if __name__ == "__main__":
    main()
