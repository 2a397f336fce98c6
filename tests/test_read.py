"""read_paths on the seed files, the shared corpora and generated bad input."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from storyline.dates import PartialDate
from storyline.model import DateSource, Document, ReadProblem
from storyline.read import read_paths

SEEDS = Path(__file__).parent.parent / "examples" / "mosul-2017"
CORPORA = Path(__file__).resolve().parents[2] / "shared" / "corpora"


def _one(path: Path, **kwargs: int) -> Document | ReadProblem:
    (item,) = list(read_paths([path], **kwargs))
    return item


def test_seed_headers_give_dates_at_their_precision() -> None:
    docs = list(read_paths([SEEDS]))
    assert [Path(d.source_path).name[:3] for d in docs] == ["000", "001", "002", "003"]
    assert [d.published for d in docs] == [
        PartialDate.day(2017, 3, 14),
        PartialDate.day(2017, 6, 29),
        PartialDate.month(2017, 3),
        None,
    ]
    assert [d.published_source for d in docs] == [DateSource.HEADER, DateSource.HEADER, DateSource.HEADER, None]


def test_header_line_keeps_the_text_after_the_date() -> None:
    docs = list(read_paths([SEEDS]))
    assert docs[0].text.startswith("• STV\n  • MySTV\n")
    assert docs[1].text.startswith("Breaking News\n\nThe liberation of Mosul")
    assert docs[2].text.startswith("Irakiske elitestyrker har natten til tirsdag")
    assert docs[3].text.startswith("MOSUL, Iraq — Iraq’s prime minister")
    assert not any(d.clean_text for d in docs)


def test_date_in_folder_name(tmp_path: Path) -> None:
    folder = tmp_path / "topic" / "2011-03-24"
    folder.mkdir(parents=True)
    (folder / "a.txt").write_text("Texte.", encoding="utf-8")
    (tmp_path / "report_20110325.txt").write_text("Text.", encoding="utf-8")
    (tmp_path / "notes 2011-04.txt").write_text(" date 2012 Text.", encoding="utf-8")
    by_name = {Path(d.source_path).name: d for d in read_paths([tmp_path])}
    assert by_name["a.txt"].published == PartialDate.day(2011, 3, 24)
    assert by_name["a.txt"].published_source is DateSource.PATH
    assert by_name["report_20110325.txt"].published == PartialDate.day(2011, 3, 25)
    assert by_name["notes 2011-04.txt"].published == PartialDate.year(2012)
    assert by_name["notes 2011-04.txt"].published_source is DateSource.HEADER
    assert by_name["notes 2011-04.txt"].text == "Text."


def test_encodings(tmp_path: Path) -> None:
    text = "Café in Århus, søster og brød.\nNæste linje.\n"
    (tmp_path / "latin1.txt").write_bytes(text.encode("latin-1"))
    (tmp_path / "bom.txt").write_bytes(text.encode("utf-8-sig"))
    (tmp_path / "utf16.txt").write_bytes(text.encode("utf-16"))
    (tmp_path / "noext").write_bytes(text.encode("utf-8"))
    docs = list(read_paths([tmp_path]))
    assert [Path(d.source_path).name for d in docs] == ["bom.txt", "latin1.txt", "noext", "utf16.txt"]
    assert all(isinstance(d, Document) and d.text == text for d in docs)


def test_bad_files_are_problems_and_the_walk_goes_on(tmp_path: Path) -> None:
    (tmp_path / "a_empty.txt").write_bytes(b"")
    (tmp_path / "b_binary.txt").write_bytes(b"\x00\x01\x02garbage\x00\xff" * 50)
    (tmp_path / "c_big.txt").write_text("x" * 2_000, encoding="utf-8")
    (tmp_path / "d_paper.pdf").write_bytes(b"%PDF-1.4")
    (tmp_path / "e_image.png").write_bytes(b"\x89PNG\r\n")
    (tmp_path / "f_fine.txt").write_text("Fine text.", encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text("Hidden.", encoding="utf-8")
    items = list(read_paths([tmp_path], max_bytes=1_000))
    assert [(Path(i.path).name, i.reason) for i in items if isinstance(i, ReadProblem)] == [
        ("a_empty.txt", "empty file"),
        ("b_binary.txt", "binary content, not text: NUL bytes inside"),
        ("c_big.txt", "2.0 kB, over the 1.0 kB limit"),
        ("d_paper.pdf", "unsupported file type (.pdf)"),
        ("e_image.png", "unsupported file type (.png)"),
    ]
    assert [d.text for d in items if isinstance(d, Document)] == ["Fine text."]


def test_size_reason_in_megabytes(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    path.write_bytes(b"a" * 52_400_000)
    assert _one(path) == ReadProblem(str(path), "52.4 MB, over the 20.0 MB limit")


def test_unreadable_file(tmp_path: Path) -> None:
    path = tmp_path / "secret.txt"
    path.write_text("text", encoding="utf-8")
    path.chmod(0)
    try:
        if path.stat().st_mode and __import__("os").access(path, __import__("os").R_OK):
            pytest.skip("running as a user who can read anything")
        assert _one(path) == ReadProblem(str(path), "unreadable: Permission denied")
    finally:
        path.chmod(0o644)


def test_jsonl_with_a_malformed_line(tmp_path: Path) -> None:
    path = tmp_path / "articles.jsonl"
    lines = [
        json.dumps({"id": "a/1", "source": "cnn", "time": "2011-01-25", "text": "One .\nTwo .", "lang": "en"}),
        '{"id": "a/2", "text": ',
        "",
        json.dumps({"title": "T", "date": "2011-02-03T10:00:00Z", "url": "http://x", "text": "Three."}),
    ]
    path.write_text("\n".join(lines), encoding="utf-8")
    first, problem, second = read_paths([path])
    assert first == Document(
        source_path=str(path), text="One .\nTwo .", outlet="cnn", language="en",
        published=PartialDate.day(2011, 1, 25), published_source=DateSource.METADATA, record_id="a/1",
    )
    assert isinstance(problem, ReadProblem) and problem.path == str(path)
    assert problem.reason.startswith("line 2: malformed JSON")
    assert (second.title, second.url, second.published) == ("T", "http://x", PartialDate.day(2011, 2, 3))


def test_json_list_and_object(tmp_path: Path) -> None:
    (tmp_path / "list.json").write_text(json.dumps([{"text": "A."}, {"text": "B.", "published": "2010-05"}]))
    (tmp_path / "one.json").write_text(json.dumps({"text": "C."}))
    (tmp_path / "bad.json").write_text("[{")
    items = list(read_paths([tmp_path]))
    assert isinstance(items[0], ReadProblem) and items[0].reason.startswith("malformed JSON")
    assert [d.text for d in items[1:]] == ["A.", "B.", "C."]
    assert items[2].published == PartialDate.month(2010, 5)


def test_html_through_trafilatura(tmp_path: Path) -> None:
    body = "<p>" + "Troops entered the old city on Thursday after weeks of fighting. " * 4 + "</p>"
    page = (
        "<html><head><title>Mosul falls</title><meta property='og:site_name' content='Daily'>"
        "<meta name='date' content='2017-07-09'></head><body><nav>Home News Sport</nav>"
        f"<article><h1>Mosul falls</h1>{body}</article></body></html>"
    )
    (tmp_path / "page.html").write_text(page, encoding="utf-8")
    doc = _one(tmp_path / "page.html")
    assert isinstance(doc, Document)
    assert (doc.title, doc.outlet, doc.published, doc.clean_text) == (
        "Mosul falls", "Daily", PartialDate.day(2017, 7, 9), True,
    )
    assert "Home News Sport" not in doc.text and "Troops entered the old city" in doc.text


@pytest.mark.slow
def test_t17_corpus() -> None:
    files = sorted((CORPORA / "t17").glob("*/articles.jsonl"))
    if not files:
        pytest.skip("shared t17 corpus not available")
    items = list(read_paths(files))
    docs = [i for i in items if isinstance(i, Document)]
    problems = [i for i in items if isinstance(i, ReadProblem)]
    assert len(items) == 4650
    assert all(p.reason.endswith("empty text") for p in problems)
    assert all(d.published_source is DateSource.METADATA and d.record_id for d in docs)


def test_ml_crisis_dates_from_folders() -> None:
    folder = CORPORA / "ml-crisis" / "fr" / "egypt" / "2011-01-27"
    if not folder.is_dir():
        pytest.skip("shared ml-crisis corpus not available")
    (doc,) = read_paths([folder])
    assert doc.published == PartialDate.day(2011, 1, 27) and doc.published_source is DateSource.PATH
    assert doc.text.startswith("La nouvelle des manifestations qui ont lieu au Yémen")
