"""Temporal-tagging benchmark check: its TimeML reader and one document scored through the real tagger.

The full benchmark (benchmarks/timex.py) is run by hand. A reader that
shifted offsets would score the tagger against the wrong characters without
failing, so the reader is checked against the file itself; the floors sit a
little under the figures measured when they were set.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

#: An AQUAINT article whose text has ``&amp;`` entities before some of its 15 timexes.
DOC = "NYT20000601.0442.tml"
#: It scored relaxed F1 0.867 and value F1 0.800 when the floors were set.
FLOORS = {"relaxed": 0.75, "value": 0.65}


def test_tml_reader_keeps_gold_spans_and_the_tagger_scores(
    corpora: Path, benchmark_script: Callable[[str], ModuleType]
) -> None:
    bench = benchmark_script("timex")
    path = corpora / "timex" / "en" / "tbaq" / DOC
    doc = bench.read_tml(path, "en")
    body = path.read_text(encoding="utf-8").split("<TEXT>", 1)[1].split("</TEXT>", 1)[0]
    written = [html.unescape(re.sub(r"<[^>]+>", "", span)) for span in re.findall(r"<TIMEX3[^>]*>(.*?)</TIMEX3>", body)]
    assert len(written) == 15
    assert [doc.text[g.start:g.end] for g in doc.gold] == written
    assert doc.anchor is not None and doc.anchor.value == "2000-06-01"
    assert all(doc.text[s.start:s.end] == s.text for s in doc.sentences)

    figures = bench.score_corpus(bench.Corpus("one-doc", [doc]))
    assert figures["gold"] == 15 and figures["documents"] == 1
    for metric, floor in FLOORS.items():
        assert figures[metric]["f1"] >= floor, (metric, figures[metric])
    assert figures["strict"]["f1"] <= figures["relaxed"]["f1"]
