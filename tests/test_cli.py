"""The command line over a collection built from the seeds."""

from __future__ import annotations

import csv
import io
import json
import sqlite3
from pathlib import Path

from typer.testing import CliRunner

from storyline import Collection
from storyline.cli import app

runner = CliRunner()


def _story_id(db: Path) -> str:
    with Collection(db) as collection:
        return collection.stories()[0].id


def test_stories_lists_id_span_size_and_languages(seeds_db: Path) -> None:
    result = runner.invoke(app, ["stories", "--db", str(seeds_db)])
    assert result.exit_code == 0
    row = next(line for line in result.output.splitlines() if _story_id(seeds_db) in line)
    assert "2017-03 –" in row and "│ 4 " in row and "da, en" in row
    assert "2017-06-29" in result.output


def test_timeline_json_keeps_each_date_at_its_precision(seeds_db: Path) -> None:
    result = runner.invoke(app, ["timeline", _story_id(seeds_db)[:6], "--db", str(seeds_db), "--format", "json"])
    assert result.exit_code == 0
    entries = json.loads(result.output)["entries"]
    precisions = {(e["date"], e["precision"]) for e in entries}
    assert {("2014-07", "month"), ("2016-10-17", "day"), ("2017-03", "month"), ("2017-W25", "week")} <= precisions
    offensive = next(e for e in entries if e["date"] == "2016-10-17")
    assert {c["language"] for c in offensive["citations"]} == {"da", "en"}
    assert all(isinstance(c["sentence"], int) and c["article"] for e in entries for c in e["citations"])


def test_timeline_markdown_defaults_to_the_largest_story(seeds_db: Path) -> None:
    result = runner.invoke(app, ["timeline", "--db", str(seeds_db)])
    assert result.exit_code == 0
    assert "## 17 October 2016" in result.output and "## March 2017" in result.output
    assert "- [da] " in result.output and "begyndte 17. oktober" in result.output


def test_show_prints_the_article_and_its_clutter(seeds_db: Path) -> None:
    with Collection(seeds_db) as collection:
        stv = next(a for a in collection.articles() if a.source_path.endswith("000_316b8911c240ec1b.txt"))
    result = runner.invoke(app, ["show", stv.id, "--db", str(seeds_db), "--clutter"])
    assert result.exit_code == 0
    body, clutter = result.output.split("Removed as clutter")
    assert "Iraqi troops close in on 'caliphate' mosque in Mosul" in body
    assert "2017-03-14 (day, from header)" in body
    assert "Forgot password?" not in body and "Forgot password?" in clutter


def test_unknown_ids_and_missing_databases_are_clear_errors(seeds_db: Path, tmp_path: Path) -> None:
    unknown = runner.invoke(app, ["timeline", "nope", "--db", str(seeds_db)])
    assert unknown.exit_code == 2 and "No story 'nope'" in unknown.output
    missing = runner.invoke(app, ["stories", "--db", str(tmp_path / "none.db")])
    assert missing.exit_code == 2 and "No collection at" in missing.output
    assert not (tmp_path / "none.db").exists()


def test_timeline_budget_and_query_options(seeds_db: Path) -> None:
    cut = runner.invoke(
        app, ["timeline", "--db", str(seeds_db), "--dates", "1", "--per-date", "1", "--format", "json"]
    )
    assert cut.exit_code == 0, cut.output
    (entry,) = json.loads(cut.output)["entries"]
    assert entry["date"] == "2014-07" and entry["precision"] == "month"
    period = runner.invoke(
        app, ["timeline", "--db", str(seeds_db), "--query", "Mosul", "--from", "2016-10-01", "--to", "2016-10-31"]
    )
    assert period.exit_code == 0, period.output
    assert "# Timeline: Mosul" in period.output and "## 17 October 2016" in period.output
    assert "2017" not in period.output.split("\n## ")[1].splitlines()[0]
    bad = runner.invoke(app, ["timeline", "--db", str(seeds_db), "--from", "last year"])
    assert bad.exit_code == 2 and "YYYY-MM-DD" in bad.output


def test_timeline_exports_timelinejs_with_partial_dates_read_out(seeds_db: Path) -> None:
    result = runner.invoke(app, ["timeline", "--db", str(seeds_db), "--format", "timelinejs"])
    assert result.exit_code == 0, result.output
    events = json.loads(result.stdout)["events"]
    caliphate = [e for e in events if e["start_date"] == {"year": 2014, "month": 7, "display_date": "July 2014"}]
    assert caliphate and caliphate[0]["media"]["url"].startswith(("http", "file:"))
    assert any(e["start_date"] == {"year": 2016, "month": 10, "day": 17} for e in events)


def test_listings_give_the_api_fields_as_json_and_csv(seeds_db: Path) -> None:
    from fastapi.testclient import TestClient

    from storyline.web import create_app

    api = TestClient(create_app(seeds_db)).get("/api/stories").json()
    listed = runner.invoke(app, ["stories", "--db", str(seeds_db), "--format", "json"])
    assert listed.exit_code == 0 and json.loads(listed.stdout) == api
    rows = list(csv.DictReader(io.StringIO(runner.invoke(app, ["stories", "--db", str(seeds_db), "--format", "csv"]).stdout)))
    assert [row["id"] for row in rows] == [story["id"] for story in api]
    assert list(rows[0]) == list(api[0])
    assert rows[0]["first"] == api[0]["first"]["value"] and rows[0]["languages"] == "; ".join(api[0]["languages"])
    article = _danish_article(seeds_db)
    shown = json.loads(runner.invoke(app, ["show", article, "--db", str(seeds_db), "--format", "json"]).stdout)
    assert shown == [TestClient(create_app(seeds_db)).get(f"/api/articles/{article}").json()]
    one = list(csv.DictReader(io.StringIO(runner.invoke(app, ["show", article, "--db", str(seeds_db), "--format", "csv"]).stdout)))
    assert len(one) == 1 and one[0]["language"] == "da" and "begyndte 17. oktober" in one[0]["text"]


def _danish_article(db: Path) -> str:
    with Collection(db) as collection:
        return next(a.id for a in collection.articles(sentences=False) if a.language == "da")


def test_a_database_that_is_not_one_is_a_clear_line_and_exit_code_2(tmp_path: Path, seeds: Path) -> None:
    garbage = tmp_path / "garbage.db"
    garbage.write_bytes(bytes(range(256)) * 16)
    folder = tmp_path / "folder.db"
    folder.mkdir()
    foreign = tmp_path / "foreign.db"
    with sqlite3.connect(foreign) as other:
        other.execute("CREATE TABLE invoices (id INTEGER)")
    for db, reason in ((garbage, "file is not a database"), (folder, "is a folder"), (foreign, "another program")):
        for command in (["stories"], ["timeline"], ["build", str(seeds)]):
            result = runner.invoke(app, [*command, "--db", str(db)])
            assert result.exit_code == 2, (db, command, result.output)
            assert result.exception is None or isinstance(result.exception, SystemExit)
            (line,) = result.output.strip().splitlines()
            assert str(db) in line and reason in line
    with sqlite3.connect(foreign) as other:  # the other program's file was left as it was
        assert [row[0] for row in other.execute("SELECT name FROM sqlite_master")] == ["invoices"]


def test_a_file_name_with_a_newline_stays_on_its_problem_line(tmp_path: Path) -> None:
    folder = tmp_path / "odd"
    folder.mkdir()
    (folder / "two\nlines.txt").write_bytes(b"")
    (folder / "report.txt").write_text(ARTICLE_TEXT, encoding="utf-8")
    result = runner.invoke(app, ["build", str(folder), "--db", str(tmp_path / "odd.db")])
    skipped = [line for line in result.output.splitlines() if line.startswith("skipped")]
    assert skipped == [f'skipped "{folder}/two\\nlines.txt": empty file']


ARTICLE_TEXT = (
    " date 2017-06-29\n"
    "Iraqi forces retook the ruins of the al-Nuri mosque in Mosul on Thursday, the prime minister said.\n\n"
    "The fighting in the Old City has forced thousands of families to flee to camps east of the city.\n"
)
