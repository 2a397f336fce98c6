"""Timeline-summarisation smoke check: one small Timeline17 topic, scored by tilse as the benchmark does.

The full benchmark (benchmarks/tls.py) is run by hand; this keeps its
figures from silently dropping. The floor sits a little under the figure
measured when it was set.
"""

from __future__ import annotations

import subprocess
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

import pytest

#: Michael Jackson topic (138 articles kept, one gold timeline) scored 0.228 / 0.140 / 0.568
#: (AR-1 / AR-2 / date F1) at commit ec893e5.
FLOORS = {"ar1_f1": 0.20, "ar2_f1": 0.12, "date_f1": 0.50}


def _perl_xml_parser() -> bool:
    found = subprocess.run(["perl", "-MXML::Parser", "-e", "1"], capture_output=True)
    return found.returncode == 0


@pytest.mark.skipif(not _perl_xml_parser(), reason="ROUGE needs Debian's libxml-parser-perl")
def test_michael_jackson_timeline_keeps_its_scores(
    corpora: Path, tmp_path: Path, benchmark_script: Callable[[str], ModuleType]
) -> None:
    tls = benchmark_script("tls")
    summary = tls.run(corpora / "t17", ["MJ"], tmp_path)
    assert summary["timelines"] == 1
    for metric, floor in FLOORS.items():
        assert summary["mean"][metric] >= floor, (metric, summary["mean"])
