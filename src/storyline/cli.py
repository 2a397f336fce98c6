"""The `storyline` command: a thin shell over :class:`storyline.Collection`."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from storyline.api import Collection
from storyline.render import published_line, timeline_json, timeline_markdown, timeline_timelinejs
from storyline.timeline import Budget

app = typer.Typer(help="News articles in, stories and dated, sourced timelines out.", no_args_is_help=True)
console = Console()
errors = Console(stderr=True)

DbOption = Annotated[Path, typer.Option("--db", help="The SQLite file holding the collection.")]
DEFAULT_DB = Path("storyline.db")

#: Exit code of a build that ingested some files but not all.
PARTIAL_EXIT = 3


def _open(db: Path, must_exist: bool = True) -> Collection:
    if must_exist and not db.exists():
        errors.print(f"[red]No collection at {db}[/red]: run `storyline build PATH --db {db}` first.")
        raise typer.Exit(2)
    return Collection(db)


@app.command()
def build(
    paths: Annotated[list[Path], typer.Argument(help="Files or folders of articles (.txt, .html, .json, .jsonl).")],
    db: DbOption = DEFAULT_DB,
) -> None:
    """Ingest articles and update stories (a story's timeline is merged when first read)."""
    missing = [p for p in paths if not p.exists()]
    for path in missing:
        errors.print(f"[red]{escape(str(path))}[/red]: no such file or folder", soft_wrap=True)
    with _open(db, must_exist=False) as collection, Progress(
        TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
        console=errors, transient=True,
    ) as bar:  # fmt: skip
        tasks: dict[str, int] = {}

        def progress(stage: str, done: int, total: int) -> None:
            if stage not in tasks:
                tasks[stage] = bar.add_task(stage, total=total)
            bar.update(tasks[stage], completed=done, total=total)

        report = collection.build([p for p in paths if p.exists()], progress)
    for problem in report.problems:
        # One line per problem, never wrapped, so it can be grepped and counted.
        errors.print(
            f"[yellow]skipped[/yellow] {escape(problem.path)}: {escape(problem.reason)}",
            soft_wrap=True,
            highlight=False,
        )
    console.print(
        f"Added {report.added} articles ({report.duplicates} already stored), "
        f"{report.stories_updated} stories updated, {report.stories_total} in all, "
        f"in {report.seconds:.1f} s. Database: {db}"
    )
    if report.partial or missing:
        problems = len(report.problems) + len(missing)
        errors.print(f"[red]Partial build:[/red] {problems} input(s) could not be ingested.")
        raise typer.Exit(PARTIAL_EXIT)


@app.command()
def stories(db: DbOption = DEFAULT_DB) -> None:
    """List stories: id, title, date span, articles, languages, outlets."""
    with _open(db) as collection:
        table = Table()
        table.add_column("id", no_wrap=True)
        for name in ("title", "dates", "articles", "languages", "outlets"):
            table.add_column(name)
        for story in collection.stories():
            span = " – ".join(dict.fromkeys(d.value for d in (story.first, story.last) if d))
            # The id column never wraps: users copy it into `storyline timeline`.
            table.add_row(
                story.id,
                story.title,
                span or "undated",
                str(len(story.article_ids)),
                ", ".join(story.languages),
                ", ".join(story.outlets[:5]),
            )
        console.print(table)


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
            print(timeline_json(about, entries))
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
) -> None:
    """One cleaned article with its metadata."""
    with _open(db) as collection:
        found = collection.article(article)
        if found is None:
            errors.print(f"[red]No article {article!r}[/red].")
            raise typer.Exit(2)
        console.print(f"[bold]{found.title or '(no title)'}[/bold]")
        for label, value in (
            ("id", found.id),
            ("source", found.source_path),
            ("outlet", found.outlet or "unknown"),
            ("language", found.language or "unknown"),
            ("published", published_line(found)),
            ("story", found.story_id or "none"),
            ("sentences", str(len(found.sentences))),
        ):
            console.print(f"[dim]{label}:[/dim] {value}", highlight=False)
        console.print()
        console.print(found.text, highlight=False, markup=False)
        if clutter:
            console.print()
            console.print(f"[bold]Removed as clutter ({len(found.clutter)} lines)[/bold]")
            for line in found.clutter:
                console.print(f"  - {line}", highlight=False, markup=False)


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

    with _open(db):  # a clear message when the database is missing, before the server starts
        pass
    console.print(f"Serving {db} at http://{host}:{port}/ ({'writable with the token' if write_token else 'read-only'})")
    uvicorn.run(create_app(db, write_token), host=host, port=port, log_level="warning")
