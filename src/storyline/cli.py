"""The `storyline` command: a thin shell over :class:`storyline.Collection`."""

from __future__ import annotations

import csv
import datetime as dt
import json
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from enum import Enum
from itertools import chain
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from pydantic import BaseModel
from rich.console import Console
from rich.markup import escape
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    ProgressColumn,
    Task,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)
from rich.table import Table
from rich.text import Text

from storyline import schema
from storyline.analyse.language import text_direction
from storyline.api import Collection
from storyline.model import Entity, EntityKind, ReadProblem
from storyline.pipeline import Wait
from storyline.read import read_paths
from storyline.render import (
    published_line,
    timeline_json,
    timeline_markdown,
    timeline_timelinejs,
)
from storyline.reported import Reported
from storyline.store import StoreError, is_server, shown
from storyline.timeline import Budget
from storyline.workers import default_jobs

if TYPE_CHECKING:
    from storyline.spark import SparkEngine

app = typer.Typer(help="News articles in, stories and dated, sourced timelines out.", no_args_is_help=True)
console = Console()
errors = Console(stderr=True)

DbOption = Annotated[str, typer.Option(
    "--db", help="The collection: an SQLite file, or a PostgreSQL database as postgresql://user@host:port/dbname.")]
DEFAULT_DB = "storyline.db"

#: Exit code of a build that ingested some files but not all.
PARTIAL_EXIT = 3
#: Connections `serve` handles at once (beyond them, 503) ...
SERVE_CONNECTIONS = 200
#: ... and how long it keeps an idle one open.
SERVE_KEEP_ALIVE_SECONDS = 5


class Listing(str, Enum):
    """How a listing command writes its rows: for reading, or for scripts (the API's fields)."""

    table = "table"
    json = "json"
    csv = "csv"


FormatOption = Annotated[
    Listing, typer.Option("--format", help="table (to read), json or csv (the HTTP API's fields, for scripts)")
]


def _open(db: str, must_exist: bool = True, read_only: bool = False) -> Collection:
    """The collection in ``db``; a missing or foreign file is one line and exit code 2, not a traceback.

    Listings open it read-only, so they work on a file they may not write.
    """
    if must_exist and not is_server(db) and not Path(db).exists():
        errors.print(f"[red]No collection at {escape(quoted(db))}[/red]: "
                     f"run `storyline build PATH --db {escape(quoted(db))}` first.", soft_wrap=True)
        raise typer.Exit(2)
    try:
        return Collection(db, read_only=read_only)
    except StoreError as error:
        errors.print(f"[red]Cannot use --db[/red]: {escape(str(error))}", soft_wrap=True, highlight=False)
        raise typer.Exit(2) from None


def quoted(name: str) -> str:
    """A file name as one unambiguous piece of a message line: quoted when it holds control characters.

    A newline in a name would otherwise split its problem line in two, and a
    terminal escape in it would reach the terminal.
    """
    return name if name.isprintable() else json.dumps(name, ensure_ascii=False)


def _problem_line(label: str, problem: ReadProblem) -> str:
    return f"{label} {escape(quoted(problem.path))}: {escape(quoted(problem.reason))}"


def _flat(value: object) -> str:
    """One CSV cell: a date as its TIMEX3 value, a list of words joined by '; ', anything else as JSON."""
    if value is None:
        return ""
    if isinstance(value, dict) and "value" in value:
        return str(value["value"])
    if isinstance(value, list) and all(isinstance(item, str) for item in value):
        return "; ".join(value)
    if isinstance(value, (dict, list)):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def _emit(rows: Sequence[BaseModel], format: Listing, table: Table | None = None) -> None:
    """Rows as JSON (a list of the API's objects), as CSV (one line each, the API's fields as columns),
    or as the given Rich table."""
    if format is Listing.json:
        print(json.dumps([row.model_dump(mode="json") for row in rows], ensure_ascii=False, indent=2))
    elif format is Listing.csv:
        fields = list(type(rows[0]).model_fields) if rows else []
        writer = csv.DictWriter(sys.stdout, fieldnames=fields, lineterminator="\n")
        writer.writeheader()
        for row in rows:
            writer.writerow({name: _flat(value) for name, value in row.model_dump(mode="json").items()})
    elif table is not None:
        console.print(table)


class RateColumn(ProgressColumn):
    """Items a second, once some are done (articles/s while a build analyses)."""

    def render(self, task: Task) -> Text:
        return Text(f"{task.speed:.1f}/s" if task.speed else "", style="progress.data.speed")


class Engines(str, Enum):
    """Where a build's per-document analysis runs."""

    local = "local"
    spark = "spark"


@contextmanager
def _engine(engine: Engines, master: str) -> Iterator[SparkEngine | None]:
    """A Spark session for the build when asked (None: this machine's processes), stopped after it."""
    if engine is Engines.local:
        yield None
        return
    from storyline.spark import SparkEngine

    try:
        cluster = SparkEngine(master)
    except RuntimeError as error:  # pyspark missing
        errors.print(f"[red]Cannot use --engine spark[/red]: {escape(str(error))}", soft_wrap=True)
        raise typer.Exit(2) from None
    try:
        yield cluster
    finally:
        cluster.close()


@app.command()
def build(
    paths: Annotated[list[Path], typer.Argument(help="Files or folders of articles (.txt, .html, .json, .jsonl).")],
    db: DbOption = DEFAULT_DB,
    jobs: Annotated[int, typer.Option("--jobs", min=1, help="Processes sharing the analysis (default: every core).")]
    = default_jobs(),
    engine: Annotated[Engines, typer.Option("--engine", help="Where the analysis runs: here, or on Spark.")]
    = Engines.local,
    master: Annotated[str, typer.Option("--master", help="With --engine spark: local[N], spark://host:7077, yarn.")]
    = "local[*]",
) -> None:
    """Ingest articles, update stories and merge the timelines of those that changed.

    With --engine spark a PATH may also be a Parquet dataset of documents (a .parquet file or folder).
    """
    missing = [p for p in paths if not p.exists()]
    for path in missing:
        errors.print(f"[red]{escape(quoted(str(path)))}[/red]: no such file or folder", soft_wrap=True)
    found = [p for p in paths if p.exists()]
    with _open(db, must_exist=False) as collection, _engine(engine, master) as cluster, Progress(
        TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), RateColumn(), TimeElapsedColumn(),
        TimeRemainingColumn(),
        console=errors, transient=True,
    ) as bar:  # fmt: skip
        tasks: dict[str, int] = {}

        def progress(stage: str, done: int, total: int) -> None:
            if stage not in tasks:
                tasks[stage] = bar.add_task(stage, total=total)
            bar.update(tasks[stage], completed=done, total=total)

        def waiting() -> None:
            errors.print(f"Waiting for another build of {escape(quoted(shown(db)))} to finish…", soft_wrap=True)

        try:
            if cluster is None:
                report = collection.build(found, progress, Wait(on_wait=waiting), jobs)
            else:
                parquet = [p for p in found if p.suffix == ".parquet"]
                documents = chain(read_paths([p for p in found if p not in parquet]),
                                  *(cluster.read(str(p)) for p in parquet))
                report = collection.add(documents, progress, Wait(on_wait=waiting), ready=True, engine=cluster)
        except StoreError as error:  # the database went away mid-build: what was committed stays
            errors.print(f"[red]Build stopped[/red]: {escape(str(error))}. Every batch committed before is kept;"
                         " run the build again to finish it.", soft_wrap=True, highlight=False)
            raise typer.Exit(2) from None
    # One line per problem or note, never wrapped, so it can be grepped and counted.
    for problem in report.problems:
        errors.print(_problem_line("[yellow]skipped[/yellow]", problem), soft_wrap=True, highlight=False)
    for note in report.notes:
        errors.print(_problem_line("[dim]note[/dim]", note), soft_wrap=True, highlight=False)
    console.print(
        f"Added {report.added} articles ({report.duplicates} already stored), "
        f"{report.stories_updated} stories updated, {report.stories_total} in all, "
        f"in {report.seconds:.1f} s. Database: {shown(db)}"
    )
    if report.partial or missing:
        problems = len(report.problems) + len(missing)
        errors.print(f"[red]Partial build:[/red] {problems} input(s) could not be ingested.")
        raise typer.Exit(PARTIAL_EXIT)


@app.command()
def stories(db: DbOption = DEFAULT_DB, format: FormatOption = Listing.table) -> None:
    """List stories: id, title, date span, articles, languages, outlets."""
    with _open(db, read_only=True) as collection:
        found = collection.stories()
    table = Table()
    table.add_column("id", no_wrap=True)  # users copy it into `storyline timeline`
    for name in ("title", "dates", "articles", "languages", "outlets"):
        table.add_column(name)
    for story in found:
        span = " – ".join(dict.fromkeys(d.value for d in (story.first, story.last) if d))
        table.add_row(story.id, story.title, span or "undated", str(len(story.article_ids)),
                      ", ".join(story.languages), ", ".join(story.outlets[:5]))
    _emit([schema.story_summary(story) for story in found], format, table)


def _day(text: str | None, option: str) -> dt.date | None:
    if text is None:
        return None
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        errors.print(f"[red]{option} {text!r} is not a date[/red]: write it as YYYY-MM-DD.")
        raise typer.Exit(2) from None


@app.command()
def timeline(
    story: Annotated[
        str | None,
        typer.Argument(help="Story id (or a unique prefix); the largest story when neither it nor --query is given."),
    ] = None,
    db: DbOption = DEFAULT_DB,
    query: Annotated[
        str | None, typer.Option("--query", help="A timeline of every article holding all these words.")
    ] = None,
    dates: Annotated[int | None, typer.Option("--dates", min=1, help="Show only the most reported dates.")] = None,
    per_date: Annotated[int | None, typer.Option("--per-date", min=1, help="Sentences shown per date.")] = None,
    start: Annotated[str | None, typer.Option("--from", help="First day shown (YYYY-MM-DD).")] = None,
    end: Annotated[str | None, typer.Option("--to", help="Last day shown (YYYY-MM-DD).")] = None,
    format: Annotated[str, typer.Option("--format", help="md, json or timelinejs")] = "md",
) -> None:
    """Dated entries of a story or of a query, each with its text and citations."""
    if format not in ("md", "json", "timelinejs"):
        errors.print(f"[red]Unknown format {format!r}[/red]: use md, json or timelinejs.")
        raise typer.Exit(2)
    if story and query:
        errors.print("[red]Give a story or --query, not both.[/red]")
        raise typer.Exit(2)
    budget = Budget(dates=dates, per_date=per_date, start=_day(start, "--from"), end=_day(end, "--to"))
    with _open(db) as collection:
        if query:
            about: dict[str, object] = {"query": query}
            title = f"Timeline: {query}"
            entries = collection.timeline(query=query, budget=budget)
        else:
            found = collection.story(story) if story else next(iter(collection.stories()), None)
            if found is None:
                errors.print(f"[red]No story {story or ''!r}[/red]: see `storyline stories`.")
                raise typer.Exit(2)
            about, title = {"story": {"id": found.id, "title": found.title}}, found.title
            entries = collection.timeline(found.id, budget=budget)
        if format == "json":
            named = collection.entry_entities(found.id, entries) if not query else None
            print(timeline_json(about, entries, named))
            return
        cited = {c.article_id for e in entries for c in e.citations}
        articles = {a.id: a for a in collection.articles(cited, sentences=False)}
        if format == "timelinejs":
            print(json.dumps(timeline_timelinejs(title, entries, articles), ensure_ascii=False, indent=2))
        else:
            print(timeline_markdown(title, entries, articles))


@app.command()
def show(
    article: Annotated[str, typer.Argument(help="Article id (or a unique prefix).")],
    db: DbOption = DEFAULT_DB,
    clutter: Annotated[bool, typer.Option("--clutter", help="Also list the lines removed as page clutter.")] = False,
    format: FormatOption = Listing.table,
) -> None:
    """One cleaned article with its metadata."""
    with _open(db, read_only=True) as collection:
        found = collection.article(article)
    if found is None:
        errors.print(f"[red]No article {escape(repr(article))}[/red].")
        raise typer.Exit(2)
    if format is not Listing.table:
        _emit([schema.article_out(found, text_direction(found.language), with_clutter=clutter)], format)
        return
    console.print(f"[bold]{escape(found.title or '(no title)')}[/bold]")
    for label, value in (
        ("id", found.id),
        ("source", quoted(found.source_path)),
        ("outlet", found.outlet or "unknown"),
        ("language", found.language or "unknown"),
        ("published", published_line(found)),
        ("story", found.story_id or "none"),
        ("sentences", str(len(found.sentences))),
    ):
        console.print(f"[dim]{label}:[/dim] {escape(value)}", highlight=False)
    console.print()
    console.print(found.text, highlight=False, markup=False)
    if clutter:
        console.print()
        console.print(f"[bold]Removed as clutter ({len(found.clutter)} lines)[/bold]")
        for line in found.clutter:
            console.print(f"  - {line}", highlight=False, markup=False)


class Kind(str, Enum):
    """The kinds of entity a listing may be cut to."""

    person = "person"
    organisation = "organisation"
    place = "place"


StoryArgument = Annotated[
    str | None, typer.Argument(help="Story id (or a unique prefix); every story when not given.")
]


def _story_id(collection: Collection, story: str | None) -> str | None:
    if story is None:
        return None
    found = collection.story(story)
    if found is None:
        errors.print(f"[red]No story {escape(repr(story))}[/red]: see `storyline stories`.")
        raise typer.Exit(2)
    return found.id


def _aliases(entity: Entity) -> str:
    return "; ".join(f"{language}: {', '.join(forms[:4])}" for language, forms in entity.aliases.items())


@app.command()
def entities(
    story: StoryArgument = None,
    db: DbOption = DEFAULT_DB,
    kind: Annotated[Kind | None, typer.Option("--kind", help="Only people, organisations or places.")] = None,
    format: FormatOption = Listing.table,
) -> None:
    """People, organisations and places of a story (or of all), most reported first, with their aliases."""
    with _open(db, read_only=True) as collection:
        found = collection.entities(_story_id(collection, story), EntityKind(kind.value) if kind else None)
    table = Table()
    table.add_column("id", no_wrap=True)
    for name in ("name", "kind", "articles", "mentions", "aliases"):
        table.add_column(name)
    for entity in found:
        table.add_row(entity.id, entity.name, entity.kind.value, str(entity.articles), str(len(entity.mentions)),
                      _aliases(entity))
    _emit([schema.entity_out(entity) for entity in found], format, table)


class PlaceListing(str, Enum):
    """How `places` writes its rows: the listings' formats, or GeoJSON for a map."""

    table = "table"
    json = "json"
    geojson = "geojson"


@app.command()
def places(
    story: StoryArgument = None,
    db: DbOption = DEFAULT_DB,
    format: Annotated[PlaceListing, typer.Option("--format", help="table, json or geojson")] = PlaceListing.table,
) -> None:
    """Places of a story (or of all) with coordinates, country, kind of place and how sure the resolution is."""
    with _open(db, read_only=True) as collection:
        story_id = _story_id(collection, story)
        found = collection.entities(story_id, EntityKind.PLACE)
        if format is PlaceListing.geojson:
            print(json.dumps(schema.geojson(found, collection.place_spans(story_id)), ensure_ascii=False, indent=2))
            return
    if format is PlaceListing.json:
        _emit([schema.entity_out(entity) for entity in found], Listing.json)
        return
    table = Table()
    table.add_column("id", no_wrap=True)
    for name in ("name", "latitude", "longitude", "country", "feature", "confidence", "mentions"):
        table.add_column(name)
    for entity in found:
        place = entity.place
        located = place is not None and place.latitude is not None and place.longitude is not None
        table.add_row(entity.id, entity.name, f"{place.latitude:.4f}" if located else "",
                      f"{place.longitude:.4f}" if located else "", place.country or "" if place else "",
                      place.feature if place else "unresolved", f"{place.confidence:.2f}" if place else "",
                      str(len(entity.mentions)))
    console.print(table)


def _reported(collection: Collection, story: str | None) -> list[Reported]:
    """What a story's sources report, or every story's."""
    story_id = _story_id(collection, story)
    ids = [story_id] if story_id else [found.id for found in collection.stories()]
    return [found for found in map(collection.reported, ids) if found is not None]


def _count(value: float | None) -> str:
    return "" if value is None else f"{value:,.0f}"


def _span(low: float, high: float | None) -> str:
    """A range of counts as read: one number when both ends are one, "500-?" when the top is open."""
    return _count(low) if high == low else f"{_count(low)}-{_count(high) or '?'}"


class Narrow(str, Enum):
    """How `quotes` and `disagreements` write their rows: to read, or the API's JSON."""

    table = "table"
    json = "json"


NarrowOption = Annotated[Narrow, typer.Option("--format", help="table (to read) or json (the HTTP API's fields)")]


@app.command()
def figures(story: StoryArgument = None, db: DbOption = DEFAULT_DB, format: FormatOption = Listing.table) -> None:
    """Figures reported (killed, displaced, fighters...): per category, place and date the most conservative
    well-sourced value, the range across sources and each report. CSV has one line per report."""
    with _open(db, read_only=True) as collection:
        points = [point for found in _reported(collection, story) for point in found.figures]
    if format is Listing.json:
        _emit([schema.figure_point_out(p) for p in points], format)
        return
    if format is Listing.csv:
        _emit([schema.figure_out(r) for p in points for r in p.reports], format)
        return
    table = Table()
    for name in ("category", "place", "as of", "shown", "range", "reports", "sources"):
        table.add_column(name)
    for point in points:
        sources = sorted({r.reporter for r in point.reports})
        table.add_row(point.category, point.place or "", point.date.label() if point.date else "",
                      _count(point.shown), _span(point.low, point.high),
                      str(len(point.reports)), "; ".join(sources))
    console.print(table)


@app.command()
def quotes(
    story: StoryArgument = None,
    db: DbOption = DEFAULT_DB,
    speaker: Annotated[str | None, typer.Option("--speaker", help="Only quotes of speakers whose name holds this.")]
    = None,
    format: NarrowOption = Narrow.table,
) -> None:
    """Who said what: quotations and reported speech with their speaker, each citing every article that carries it."""
    with _open(db, read_only=True) as collection:
        found = [q for r in _reported(collection, story) for q in r.quotes
                 if speaker is None or speaker.casefold() in (q.speaker or "").casefold()]
    if format is Narrow.json:
        _emit([schema.quote_out(q) for q in found], Listing.json)
        return
    table = Table()
    for name in ("speaker", "kind", "quote", "articles"):
        table.add_column(name)
    for quote in found:
        table.add_row(quote.speaker or "", quote.kind, quote.text, ", ".join(quote.article_ids))
    console.print(table)


@app.command()
def disagreements(story: StoryArgument = None, db: DbOption = DEFAULT_DB, format: NarrowOption = Narrow.table) -> None:
    """Where sources disagree: figures beyond each other's hedges, and claims met with a denial, side by side."""
    with _open(db, read_only=True) as collection:
        found = [d for r in _reported(collection, story) for d in r.disagreements]
    if format is Narrow.json:
        _emit([schema.disagreement_out(d) for d in found], Listing.json)
        return
    table = Table()
    for name in ("kind", "about", "side", "sources", "articles"):
        table.add_column(name)
    for disagreement in found:
        for side in disagreement.sides:
            table.add_row(disagreement.kind, disagreement.about, side.says, "; ".join(side.sources),
                          ", ".join(dict.fromkeys(c.article_id for c in side.citations)))
    console.print(table)


@app.command()
def migrate(
    source: Annotated[str, typer.Option("--from", help="The collection to copy (a file or a postgresql:// URL).")],
    target: Annotated[str, typer.Option("--to", help="Where to copy it: an empty collection, created if missing.")],
) -> None:
    """Copy a collection to another store (SQLite to PostgreSQL, or back), vectors and all, and check the counts."""
    with _open(source, read_only=True) as origin, _open(target, must_exist=False) as destination, Progress(
        TextColumn("{task.description}"), MofNCompleteColumn(), RateColumn(), TimeElapsedColumn(),
        console=errors, transient=True,
    ) as bar:  # fmt: skip
        task = bar.add_task("copying", total=None)
        try:
            counts = origin.copy_to(destination, lambda table, rows: bar.update(task, advance=rows, description=table))
        except StoreError as error:
            errors.print(f"[red]Cannot migrate[/red]: {escape(str(error))}", soft_wrap=True, highlight=False)
            raise typer.Exit(2) from None
    console.print(f"Copied {counts['articles']} articles, {counts['stories']} stories and {sum(counts.values())} rows"
                  f" in {len(counts)} tables from {shown(source)} to {shown(target)}; every table counted on both sides.",
                  soft_wrap=True)


@app.command()
def serve(
    db: DbOption = DEFAULT_DB,
    host: Annotated[str, typer.Option("--host", help="Address to listen on; only this machine by default.")] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", min=1, max=65535)] = 8000,
    write_token: Annotated[
        str | None,
        typer.Option("--write-token", envvar="STORYLINE_WRITE_TOKEN",
                     help="Allow writes (POST /api/documents) to requests bearing this token; read-only without it."),
    ] = None,
) -> None:
    """Serve the web app and HTTP API (its OpenAPI schema at /openapi.json)."""
    import uvicorn

    from storyline.web import create_app

    if not is_server(db) and not Path(db).exists():
        _open(db)  # says there is no collection there, and how to make one
    try:  # without a token the database is opened read-only, and never written
        served = create_app(db, write_token)
    except StoreError as error:
        errors.print(f"[red]Cannot serve --db[/red]: {escape(str(error))}", soft_wrap=True, highlight=False)
        raise typer.Exit(2) from None
    console.print(f"Serving {shown(db)} at http://{host}:{port}/ ({'writable with the token' if write_token else 'read-only'})")
    # Bounded connections and idle keep-alives, so slow or idle clients cannot hold the server.
    uvicorn.run(served, host=host, port=port, log_level="warning",
                limit_concurrency=SERVE_CONNECTIONS, timeout_keep_alive=SERVE_KEEP_ALIVE_SECONDS)
