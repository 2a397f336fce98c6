"""read_paths on hostile input (issue 14): each bad file or record is one problem, the rest is read."""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path

import pytest

from storyline.dates import PartialDate
from storyline.model import DateSource, Document, ReadProblem
from storyline.read import read_paths
from storyline.read.encoding import decode
from storyline.read.files import walk

RECORD = {"id": "r1", "title": "Truce", "source": "wire", "lang": "en", "url": "http://example.org/1",
          "text": "Both sides agreed to a truce on Monday, the mediators said."}


def _items(*paths: Path) -> list[Document | ReadProblem]:
    return list(read_paths(paths))


def _problems(items: list[Document | ReadProblem]) -> list[tuple[str, str]]:
    return [(Path(i.path).name, i.reason) for i in items if isinstance(i, ReadProblem)]


def _texts(items: list[Document | ReadProblem]) -> list[str]:
    return [i.text for i in items if isinstance(i, Document)]


# --- JSON that Python cannot hold -------------------------------------------------


def test_deeply_nested_json_file_is_one_problem_and_the_next_file_is_read(tmp_path: Path) -> None:
    (tmp_path / "a_deep.json").write_text("[" * 100_000, encoding="utf-8")
    (tmp_path / "b_closed.json").write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    (tmp_path / "c_fine.json").write_text(json.dumps([RECORD]), encoding="utf-8")
    items = _items(tmp_path)
    assert [name for name, _ in _problems(items)] == ["a_deep.json", "b_closed.json"]
    assert all("nested too deeply" in reason for _, reason in _problems(items))
    assert _texts(items) == [RECORD["text"]]


def test_deeply_nested_jsonl_line_is_a_problem_for_that_line(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl"
    lines = [json.dumps(RECORD), "[" * 100_000, json.dumps({**RECORD, "id": "r2"})]
    path.write_text("\n".join(lines), encoding="utf-8")
    items = _items(path)
    assert [type(i) for i in items] == [Document, ReadProblem, Document]
    assert items[1].reason.startswith("line 2: JSON nested too deeply")
    assert [d.record_id for d in items if isinstance(d, Document)] == ["r1", "r2"]


def test_integer_longer_than_python_converts(tmp_path: Path) -> None:
    digits = sys.get_int_max_str_digits() + 700
    huge = "9" * digits
    (tmp_path / "one.json").write_text('{"text": "Words.", "id": ' + huge + "}", encoding="utf-8")
    feed = json.dumps(RECORD) + '\n{"text": "Words.", "views": -' + huge + "}\n"
    (tmp_path / "feed.jsonl").write_text(feed, encoding="utf-8")
    items = _items(tmp_path)
    reason = f"a number {digits:,} digits long, over the {sys.get_int_max_str_digits():,}-digit limit for numbers"
    assert _problems(items) == [("feed.jsonl", f"line 2: {reason}"), ("one.json", reason)]
    assert _texts(items) == [RECORD["text"]]


@pytest.mark.parametrize("field", ["text", "title", "url", "source", "lang", "id"])
def test_lone_surrogate_in_any_string_field_is_a_problem_for_that_record(tmp_path: Path, field: str) -> None:
    bad = json.dumps({**RECORD, field: RECORD[field][:3] + "\ud800" + RECORD[field][3:]})
    assert "\\ud800" in bad  # the file holds the JSON escape, as a scraper would write it
    path = tmp_path / "feed.jsonl"
    path.write_text("\n".join([json.dumps(RECORD), json.dumps({**RECORD, "id": "r2"}), bad]), encoding="utf-8")
    items = _items(path)
    reason = f"line 3: the {field} holds an unpaired surrogate (\\ud800), which is not text"
    assert _problems(items) == [("feed.jsonl", reason)]
    assert [d.record_id for d in items if isinstance(d, Document)] == ["r1", "r2"]


def test_lone_surrogate_in_a_json_list_names_the_item_and_pairs_are_kept(tmp_path: Path) -> None:
    path = tmp_path / "list.json"
    records = '[{"text": "Fans cheered \\ud83d\\ude00 all night."}, {"text": "Low \\udc00 half."}]'
    path.write_text(records, encoding="utf-8")
    first, problem = _items(path)
    assert first.text == "Fans cheered \U0001f600 all night."
    assert problem.reason == "item 1: the text holds an unpaired surrogate (\\udc00), which is not text"


def test_jsonl_lines_end_at_newlines_only(tmp_path: Path) -> None:
    text = "First paragraph.\u2028Second paragraph.\x85Third,\x1cafter a file separator."
    path = tmp_path / "feed.jsonl"
    feed = json.dumps({"text": text}, ensure_ascii=False) + "\r\n" + json.dumps(RECORD) + "\n"
    path.write_text(feed, encoding="utf-8")
    assert _texts(_items(path)) == [text, RECORD["text"]]


# --- Any other failure of one file ------------------------------------------------


def test_deeply_nested_html_page_is_one_item_quickly(tmp_path: Path) -> None:
    lead = "<p>" + "Troops entered the old city on Thursday after weeks of fighting. " * 4 + "</p>"
    (tmp_path / "deep.html").write_text("<html><body>" + "<div>" * 100_000 + lead + "</body></html>", encoding="utf-8")
    deep_after = f"<html><body><article>{lead}</article>" + "<div>" * 100_000
    (tmp_path / "deep_after.html").write_text(deep_after, encoding="utf-8")
    started = time.monotonic()
    items = _items(tmp_path / "deep.html", tmp_path / "deep_after.html")
    assert time.monotonic() - started < 30
    names = [Path(i.source_path if isinstance(i, Document) else i.path).name for i in items]
    assert names == ["deep.html", "deep_after.html"]
    assert "Troops entered the old city" in items[1].text


def test_element_with_too_many_attributes_is_refused_before_parsing(tmp_path: Path) -> None:
    words = "Troops entered the old city on Thursday after weeks of fighting. " * 4
    attributes = " ".join(f"data-a{i}='v'" for i in range(100_000))
    (tmp_path / "crowded.html").write_text(f"<html><body><p {attributes}>{words}</p></body></html>", encoding="utf-8")
    classes = " ".join(f"c{i}" for i in range(20_000))  # one attribute with a long value is fine
    long_class = f"<html><body><article><p class='{classes}'>{words}</p></article></body></html>"
    (tmp_path / "long_class.html").write_text(long_class, encoding="utf-8")
    started = time.monotonic()
    items = _items(tmp_path)
    assert time.monotonic() - started < 30
    reason = "an HTML element with 100,000 attributes, too many to parse in reasonable time"
    assert _problems(items) == [("crowded.html", reason)]
    assert [t.strip() for t in _texts(items)] == [words.strip()]


@pytest.mark.parametrize(
    ("error", "reason"),
    [
        (RecursionError("maximum recursion depth exceeded"), "nested too deeply to read"),
        (MemoryError(), "too large to read in the memory available"),
        (ValueError("lxml: Document is empty"), "could not be read (ValueError: lxml: Document is empty)"),
    ],
)
def test_an_unforeseen_failure_costs_its_file_only(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, error: Exception, reason: str
) -> None:
    """The extractor is made to fail as hostile pages make lxml or trafilatura fail."""

    def failing(html: str, **options: object) -> None:
        raise error

    monkeypatch.setattr("storyline.read.html.trafilatura.bare_extraction", failing)
    (tmp_path / "a_page.html").write_text("<html><body><p>Text.</p></body></html>", encoding="utf-8")
    (tmp_path / "b_note.txt").write_text("A plain article.", encoding="utf-8")
    items = _items(tmp_path)
    assert _problems(items) == [("a_page.html", reason)]
    assert _texts(items) == ["A plain article."]


def test_a_failure_halfway_through_a_feed_says_how_far_it_got(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from storyline.read import jsonl

    real = jsonl.record_to_document

    def failing_on_third(source: str, record: object, where: str) -> Document | ReadProblem:
        if where == "line 3":
            raise MemoryError
        return real(source, record, where)

    monkeypatch.setattr(jsonl, "record_to_document", failing_on_third)
    path = tmp_path / "feed.jsonl"
    path.write_text("\n".join(json.dumps({**RECORD, "id": str(n)}) for n in range(5)), encoding="utf-8")
    items = _items(path)
    assert [i.record_id for i in items if isinstance(i, Document)] == ["0", "1"]
    reason = "too large to read in the memory available (reading stopped after 2 records)"
    assert _problems(items) == [("feed.jsonl", reason)]


# --- Links, loops and odd files -----------------------------------------------------


def _tree(root: Path) -> Path:
    (root / "sub" / "deeper").mkdir(parents=True)
    (root / "a.txt").write_text("Alpha.", encoding="utf-8")
    (root / "sub" / "b.txt").write_text("Beta.", encoding="utf-8")
    (root / "sub" / "deeper" / "c.txt").write_text("Gamma.", encoding="utf-8")
    (root / "sub" / "empty.txt").write_bytes(b"")
    return root


def _walked(*paths: Path) -> list[int]:
    """The inodes of the files walk yields, in order, repeats kept."""
    return [path.stat().st_ino for path in walk(paths)]


def _real_files(*roots: Path) -> list[int]:
    """The inodes of the files under ``roots`` as found without following links, each once, sorted."""
    return sorted({p.stat().st_ino for root in roots for p in root.rglob("*") if p.is_file() and not p.is_symlink()})


def test_link_back_to_the_parent_is_not_followed_again(tmp_path: Path) -> None:
    root = _tree(tmp_path / "root")
    (root / "sub" / "parent").symlink_to("..")
    (root / "sub" / "deeper" / "up_two").symlink_to("../..")
    assert sorted(_walked(root)) == _real_files(root)
    items = _items(root)
    assert _problems(items) == [("empty.txt", "empty file")]
    assert sorted(_texts(items)) == ["Alpha.", "Beta.", "Gamma."]


def test_link_to_the_root_from_deep_inside(tmp_path: Path) -> None:
    root = _tree(tmp_path / "root")
    (root / "sub" / "deeper" / "home").symlink_to(root.resolve())
    assert sorted(_walked(root)) == _real_files(root)


def test_link_to_a_sibling_folder_and_a_file_reached_by_two_names(tmp_path: Path) -> None:
    root = _tree(tmp_path / "root")
    (root / "again").symlink_to("sub")  # walked first, by name order: its files keep that name
    (root / "z_alias.txt").symlink_to("a.txt")
    os.link(root / "sub" / "deeper" / "c.txt", root / "hard.txt")
    assert sorted(_walked(root)) == _real_files(root)
    assert [p.relative_to(root).as_posix() for p in walk([root])] == [
        "a.txt", "again/b.txt", "again/deeper/c.txt", "again/empty.txt",
    ]


def test_linked_in_collection_is_read_once_even_when_it_links_back(tmp_path: Path) -> None:
    root = _tree(tmp_path / "root")
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "d.txt").write_text("Delta.", encoding="utf-8")
    (outside / "back").symlink_to(root.resolve())
    (root / "collection").symlink_to(outside.resolve())
    (root / "collection_again").symlink_to(outside.resolve())
    assert sorted(_walked(root)) == _real_files(root, outside)
    assert _walked(root, root / "sub", root / "a.txt", root) == _walked(root)


def test_broken_link_and_named_pipe_are_problems(tmp_path: Path) -> None:
    (tmp_path / "gone.txt").symlink_to(tmp_path / "nowhere.txt")
    os.mkfifo(tmp_path / "pipe.txt")
    (tmp_path / "real.txt").write_text("Real.", encoding="utf-8")
    items = _items(tmp_path)
    assert _problems(items) == [
        ("gone.txt", "unreadable: No such file or directory"),
        ("pipe.txt", "not a regular file (a device, pipe or socket)"),
    ]
    assert _texts(items) == ["Real."]


def test_unlistable_folder_is_a_problem_and_the_walk_goes_on(tmp_path: Path) -> None:
    locked = tmp_path / "locked"
    locked.mkdir()
    (locked / "x.txt").write_text("Hidden away.", encoding="utf-8")
    (tmp_path / "open.txt").write_text("Open.", encoding="utf-8")
    locked.chmod(0)
    try:
        if os.access(locked, os.R_OK):
            pytest.skip("running as a user who can read anything")
        items = _items(tmp_path)
        assert _problems(items) == [("locked", "unreadable folder: Permission denied")]
        assert _texts(items) == ["Open."]
    finally:
        locked.chmod(0o755)


def test_file_names_with_control_characters_and_undecodable_bytes(tmp_path: Path) -> None:
    names = ["line\nbreak.txt", "tab\tand\x01control.txt", os.fsdecode(b"caf\xe9 \xff.txt")]
    for number, name in enumerate(names):
        (tmp_path / name).write_text(f"Article {number}.", encoding="utf-8")
    docs = _items(tmp_path)
    assert sorted(d.text for d in docs) == ["Article 0.", "Article 1.", "Article 2."]
    shown = {Path(d.source_path).name for d in docs}
    assert shown == {"line\nbreak.txt", "tab\tand\x01control.txt", "caf\\xe9 \\xff.txt"}
    for doc in docs:
        doc.source_path.encode("utf-8")


# --- Encodings ----------------------------------------------------------------------

NEWS = {
    "fr": "Le ministre est arrivé jeudi à Athènes… Selon « Le Monde », le coût de la réforme inquiète "
          "le ministère des Finances, déjà très critiqué après la grève.",
    "de": "Die Bundesregierung hat am Donnerstag in Berlin neue Maßnahmen gegen die Energiekrise "
          "beschlossen; die Gebühren für Fernwärme sollen sinken, berichtet die „Süddeutsche Zeitung“.",
    "es": "El Gobierno español aprobó el jueves una reforma que, según la oposición, perjudicará a los "
          "trabajadores más jóvenes; ¿quién pagará la factura?, preguntó el diputado de Málaga.",
    "da": "Regeringen i København har fremlagt en ny plan for grøn omstilling, og ministeren forventer, "
          "at de første skridt tages allerede i år på Fyn og i Århus.",
    "no": "Været på Østlandet blir kjølig i morgen, og Statens vegvesen ber bilistene være forsiktige på "
          "glatte veier nær Trondheim.",
    "pt": "O governo português anunciou na quinta-feira que as eleições serão antecipadas, após a "
          "demissão do primeiro-ministro; a oposição exige explicações em Lisboa.",
    "it": "Il presidente della Repubblica ha firmato il decreto: il governo potrà così varare la riforma "
          "entro lunedì, e la città di Perugia è già pronta.",
    "sv": "Regeringen presenterade på torsdagen nya åtgärder mot energikrisen; hushållen i Göteborg och "
          "Malmö får stöd före årsskiftet.",
    "pl": "Prezydent podpisał w czwartek ustawę, która według opozycji ogranicza niezależność sądów; "
          "protestujący zebrali się przed Sejmem w Warszawie i w Łodzi.",
    "cs": "Vláda v úterý schválila návrh zákona, který podle opozice omezí nezávislost soudů; "
          "demonstranti se sešli před Poslaneckou sněmovnou v Praze a v Brně.",
    "hu": "A kormány csütörtökön elfogadta a törvényjavaslatot, amely az ellenzék szerint korlátozza a "
          "bíróságok függetlenségét; Győrben és Budapesten is tüntettek.",
    "ru": "Президент России в четверг подписал закон, который, по мнению оппозиции, ограничивает "
          "независимость судов; в Москве прошли пикеты.",
    "uk": "Уряд України в четвер ухвалив рішення про підвищення мінімальної заробітної плати з першого "
          "січня, повідомляє агентство з Києва.",
    "el": "Η κυβέρνηση ανακοίνωσε την Πέμπτη νέα μέτρα για την ενεργειακή κρίση, σύμφωνα με την "
          "εφημερίδα Καθημερινή της Αθήνας.",
    "tr": "Hükümet perşembe günü enerji krizine karşı yeni önlemler açıkladı; İstanbul'da doğalgaz "
          "fiyatları düşürülecek.",
    "ar": "أعلنت الحكومة يوم الخميس عن إجراءات جديدة لمواجهة أزمة الطاقة في البلاد، "
          "حسب وكالة الأنباء الرسمية.",
    "lt": "Vyriausybė ketvirtadienį pritarė įstatymo projektui, kuris, anot opozicijos, apribos teismų "
          "nepriklausomumą Vilniuje.",
}
SHORT = {
    "fr": "Grève à Athènes : le coût du ministère inquiète.",
    "fr_brief": "à Athènes… coût… ministère",
    "de": "Große Überschwemmungen in Köln.",
    "es": "¿Qué pasó en Málaga? Niños heridos.",
    "da": "Flere tusinde mennesker demonstrerede i Århus.",
    "pt": "Eleições em São Paulo não terão segundo turno.",
    "it": "Perché la città è più calma.",
    "pl": "Żołnierze wrócili do bazy w Łodzi.",
    "ru": "Москва, четверг.",
    "el": "Αθήνα, Πέμπτη.",
}


@pytest.mark.parametrize(
    ("language", "encoding"),
    [("fr", "cp1252"), ("de", "cp1252"), ("es", "cp1252"), ("da", "cp1252"), ("no", "cp1252"),
     ("pt", "cp1252"), ("it", "cp1252"), ("sv", "cp1252"),
     ("pl", "cp1250"), ("cs", "cp1250"), ("hu", "cp1250"), ("pl", "iso8859_2"),
     ("ru", "cp1251"), ("uk", "cp1251"), ("ru", "koi8_r"),
     ("el", "cp1253"), ("el", "iso8859_7"), ("tr", "cp1254"), ("ar", "cp1256"), ("lt", "cp1257")],
)
def test_legacy_code_pages(language: str, encoding: str) -> None:
    text = NEWS[language]
    assert decode(text.encode(encoding)) == text


@pytest.mark.parametrize(
    ("language", "encoding"),
    [("fr", "cp1252"), ("fr_brief", "cp1252"), ("de", "cp1252"), ("es", "cp1252"), ("da", "cp1252"),
     ("pt", "latin-1"), ("it", "cp1252"), ("pl", "cp1250"), ("ru", "cp1251"), ("el", "cp1253")],
)
def test_one_sentence_in_a_legacy_code_page(language: str, encoding: str) -> None:
    text = SHORT[language]
    assert decode(text.encode(encoding)) == text


def test_several_french_paragraphs_in_cp1252_are_not_read_as_baltic() -> None:
    text = "\n\n".join([
        "Les élèves français sont déjà à Athènes après la grève ; très tôt, le ministère a annoncé "
        "que le coût serait élevé…",
        "Grève à Athènes : le ministère reconnaît que le coût de la réforme sera très élevé, "
        "déjà près de deux milliards…",
    ])
    assert decode(text.encode("cp1252")) == text


def test_latin1_and_iso8859_15() -> None:
    latin = "L'été dernier, la grève a paralysé les transports à Paris ; à Zürich, les trains ont circulé."
    euro = "Le cœur de la ville bat encore : 5 € le café, une œuvre d'art pour les sœurs Dupré."
    assert decode(latin.encode("latin-1")) == latin
    assert decode(euro.encode("iso8859_15")) == euro


@pytest.mark.parametrize("language", ["fr", "de", "es", "da", "pt", "pl", "ru", "el", "ar"])
@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-16-le", "utf-16-be"])
def test_unicode_with_a_mark(language: str, encoding: str) -> None:
    text = NEWS[language]
    data = ("\ufeff" + text).encode(encoding) if encoding.startswith("utf-16") else text.encode(encoding)
    assert data[:2] in (b"\xff\xfe", b"\xfe\xff") or data.startswith(b"\xef\xbb\xbf")
    assert decode(data) == text


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_without_a_mark_through_read_paths(tmp_path: Path, encoding: str) -> None:
    english = "Both sides agreed to a truce on Monday, the mediators said.\n"
    french = NEWS["fr"] + "\n"
    (tmp_path / "english.txt").write_bytes(english.encode(encoding))
    (tmp_path / "french.txt").write_bytes(french.encode(encoding))
    assert _texts(_items(tmp_path)) == [english, french]


def test_legacy_file_through_read_paths(tmp_path: Path) -> None:
    (tmp_path / "athenes.txt").write_bytes((" date 2024-03-07\n" + NEWS["fr"]).encode("cp1252"))
    (tmp_path / "warszawa.txt").write_bytes(NEWS["pl"].encode("cp1250"))
    assert _texts(_items(tmp_path)) == [NEWS["fr"], NEWS["pl"]]


# --- Dates that cannot be ----------------------------------------------------------

OUTSIDE = "is outside the years 1000-2200 a publication date can have"


def test_header_with_an_impossible_date_and_nothing_after(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(" date 9999-99-99", encoding="utf-8")
    (tmp_path / "b.txt").write_text(" date 2017-06-29\n\n  \n", encoding="utf-8")
    (tmp_path / "c.txt").write_text(" \n\t\n", encoding="utf-8")
    assert _problems(_items(tmp_path)) == [
        ("a.txt", "empty: nothing after its date header"),
        ("b.txt", "empty: nothing after its date header"),
        ("c.txt", "empty: only blank space"),
    ]


@pytest.mark.parametrize(
    ("header", "note"),
    [
        ("9999-99-99", "header date 9999-99-99 is not a calendar date: ignored"),
        ("2017-02-30", "header date 2017-02-30 is not a calendar date: ignored"),
        ("0000", "header date 0000 is not a calendar date: ignored"),
        ("0001-01-01", f"header date 0001-01-01 {OUTSIDE}: ignored"),
        ("9999-12-31", f"header date 9999-12-31 {OUTSIDE}: ignored"),
        ("2201", f"header date 2201 {OUTSIDE}: ignored"),
    ],
)
def test_impossible_header_date_is_noted_and_ignored(tmp_path: Path, header: str, note: str) -> None:
    path = tmp_path / "article.txt"
    path.write_text(f" date {header} Athens, Thursday.\nThe talks went on.", encoding="utf-8")
    (doc,) = _items(path)
    assert (doc.text, doc.published, doc.published_source, doc.notes) == (
        "Athens, Thursday.\nThe talks went on.", None, None, [note],
    )


@pytest.mark.parametrize(("header", "year"), [("1000", 1000), ("2200-12", 2200), ("1605-01-14", 1605)])
def test_header_dates_at_the_edges_of_the_plausible_years(tmp_path: Path, header: str, year: int) -> None:
    path = tmp_path / "old.txt"
    path.write_text(f" date {header}\nText.", encoding="utf-8")
    (doc,) = _items(path)
    assert doc.published == PartialDate.parse(header) and doc.published.start.year == year
    assert doc.notes == []


def test_path_date_stands_in_for_an_ignored_header_date(tmp_path: Path) -> None:
    folder = tmp_path / "2011-03-24"
    folder.mkdir()
    (folder / "a.txt").write_text(" date 2011-13-45\nText.", encoding="utf-8")
    (doc,) = _items(folder)
    assert (doc.published, doc.published_source) == (PartialDate.day(2011, 3, 24), DateSource.PATH)
    assert doc.notes == ["header date 2011-13-45 is not a calendar date: ignored"]


@pytest.mark.parametrize(
    ("fields", "published", "notes"),
    [
        ({"date": "2011-13-45", "time": "2011-01-25T10:00Z"}, PartialDate.day(2011, 1, 25),
         ["the date field '2011-13-45' is not a calendar date: ignored"]),
        ({"published": "9999-12-31"}, None,
         [f"the published field '9999-12-31' {OUTSIDE}: ignored"]),
        ({"published": "0001-01-01T00:00:00Z", "date": "2011-02"}, PartialDate.month(2011, 2),
         [f"the published field '0001-01-01T00:00:00Z' {OUTSIDE}: ignored"]),
        ({"date": "yesterday"}, None, ["the date field 'yesterday' is not a date of the form YYYY-MM-DD: ignored"]),
        ({"time": 1296000000}, None, ["the time field 1296000000 is not a date of the form YYYY-MM-DD: ignored"]),
        ({"date": ["2011-01-25"]}, None, ["the date field a list is not a date of the form YYYY-MM-DD: ignored"]),
        ({"date": "20\ud80011"}, None, ["the date field '20\\ud80011' is not a date of the form YYYY-MM-DD: ignored"]),
        ({"published": "2011-01-25", "date": "9999-99-99"}, PartialDate.day(2011, 1, 25), []),
        ({"date": None, "time": " "}, None, []),
    ],
)
def test_json_date_fields_that_cannot_be_dates_are_noted(
    tmp_path: Path, fields: dict[str, object], published: PartialDate | None, notes: list[str]
) -> None:
    path = tmp_path / "feed.jsonl"
    path.write_text(json.dumps({"text": "Words.", **fields}), encoding="utf-8")
    (doc,) = _items(path)
    assert (doc.published, doc.notes) == (published, notes)
    assert doc.published_source is (DateSource.METADATA if published else None)
