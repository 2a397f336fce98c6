"""Agency datelines are recognised on real wire copy and nothing else is cut."""

from __future__ import annotations

import json
from pathlib import Path

from storyline.analyse.segment import split_sentences
from storyline.dateline import strip_dateline


def _first_sentences(path: Path, outlet: str, limit: int) -> list[str]:
    found = []
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            if record.get("source") == outlet and record.get("text", "").strip():
                found.append(split_sentences(record["text"], "en")[0].text)
            if len(found) == limit:
                break
    return found


def test_reuters_datelines_are_stripped_down_to_the_report(corpora: Path) -> None:
    firsts = [s for s in _first_sentences(corpora / "t17" / "LibyaWar" / "articles.jsonl", "reuters", 60) if "Reuters" in s[:120]]
    assert len(firsts) >= 20
    stripped = [strip_dateline(s) for s in firsts]
    # Nearly every report loses its "TRIPOLI | Sun Apr 3 ... (Reuters) -" and keeps a real sentence.
    cut = [s for s, rest in zip(firsts, stripped) if rest != s]
    assert len(cut) >= 0.8 * len(firsts)
    for rest in stripped:
        assert "-LRB- Reuters" not in rest[:40]
        assert len(rest.split()) >= 3


def test_sentences_without_a_dateline_are_left_whole(seeds: Path) -> None:
    text = next(seeds.glob("001_*.txt")).read_text(encoding="utf-8")
    sentences = [s.text for s in split_sentences(text, "en")]
    assert [strip_dateline(s) for s in sentences] == sentences
    assert strip_dateline("NATO said on Monday its warplanes struck Tripoli .") == "NATO said on Monday its warplanes struck Tripoli ."


def test_a_photo_credit_glued_before_the_dateline_goes_with_it() -> None:
    # As scraped in Timeline17's SyrianCrisis topic.
    text = (
        "Credit : Reuters\\/Amateur Video via Reuters TV AMMAN | Fri Apr 22 , 2011 7:12 pm EDT AMMAN "
        "-LRB- Reuters -RRB- - Syrian security forces killed almost 100 protesters"
    )
    assert strip_dateline(text) == "Syrian security forces killed almost 100 protesters"
    assert strip_dateline("The group (ISIS) - which controls Raqqa - said so") == "The group (ISIS) - which controls Raqqa - said so"


def test_a_dateline_alone_is_not_stripped() -> None:
    assert strip_dateline("BENGHAZI , Libya | Reuters") == "BENGHAZI , Libya | Reuters"


def test_live_blog_time_stamps_are_stripped(corpora: Path) -> None:
    """CNN's Libya live blog opens updates with their time; the timeline quotes the update, not the stamp."""
    records = (corpora / "t17" / "LibyaWar" / "articles.jsonl").read_text(encoding="utf-8").splitlines()
    sentences = [s.text for r in map(json.loads, records) if r.get("source") == "cnn"
                 for s in split_sentences(r["text"], "en")]
    stamped = [s for s in sentences if s.startswith("-LRB-") and " p.m. " in s[:40] and " ET" in s[:40]]
    assert len(stamped) >= 5
    for sentence in stamped:
        rest = strip_dateline(sentence)
        assert not rest.startswith("-LRB-") and "p.m." not in rest[:12] and len(rest.split()) >= 3
    local = next(s for s in sentences if s.startswith("LIBYA , ") and " local : " in s[:60])
    assert strip_dateline(local) == local.split(" local : ", 1)[1]
    assert strip_dateline("(12) people died here today.") == "(12) people died here today."
