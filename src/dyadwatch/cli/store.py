"""`dyadwatch ingest | recode | events | export`: the store from the command line."""

from __future__ import annotations

import sys

import click
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from dyadwatch.cli.limits import config_from_options, limit_options
from dyadwatch.cli.options import db_option, filter_options
from dyadwatch.cli.output import write_csv, write_jsonl, write_table
from dyadwatch.store.export import FORMATS


def _open(db: str):
    from dyadwatch.store import open_store

    return open_store(db)


def _progress() -> Progress:
    return Progress(
        TextColumn("[bold]{task.description}"), BarColumn(), MofNCompleteColumn(),
        TextColumn("new {task.fields[new]} skipped {task.fields[skipped]} "
                   "failed {task.fields[failed]}"),
        TimeElapsedColumn(), console=Console(stderr=True), transient=True,
        disable=not sys.stderr.isatty(),
    )


def _summary(title: str, report) -> None:
    console = Console(stderr=True)
    table = Table(title=title, show_lines=False)
    table.add_column("outcome")
    table.add_column("documents", justify="right")
    table.add_column("details", overflow="fold")
    table.add_row("new", str(len(report.new)), f"{report.events} events")
    table.add_row("skipped", str(len(report.skipped)), _reasons(report.skipped))
    table.add_row("failed", str(len(report.failed)), _reasons(report.failed))
    console.print(table)
    for source, reason in report.failed:  # one unwrapped line each, easy to grep
        click.echo(f"failed: {source}: {reason}", err=True)


def _reasons(items: list[tuple[str, str]], shown: int = 3) -> str:
    counts: dict[str, int] = {}
    for _, reason in items:
        key = reason.split(" (")[-1].rstrip(")") if "already stored" in reason else reason
        counts[key] = counts.get(key, 0) + 1
    parts = [f"{n}× {r}" for r, n in sorted(counts.items(), key=lambda kv: -kv[1])[:shown]]
    return "; ".join(parts) + (" …" if len(counts) > shown else "")


def _run_with_progress(label: str, run):
    with _progress() as progress:
        task = progress.add_task(label, total=None, new=0, skipped=0, failed=0)
        counts = {"new": 0, "skipped": 0, "failed": 0}

        def step(_source: str, outcome: str) -> None:
            counts[outcome] = counts.get(outcome, 0) + 1
            progress.update(task, advance=1, **counts)

        return run(step)


@click.command("ingest")
@click.argument("sources", nargs=-1, required=True)
@db_option
@click.option("--since", help="Skip documents published before YYYY-MM-DD.")
@click.option("--published", help="Publication date YYYY-MM-DD for inputs that lack one.")
@click.option("--allow-private", is_flag=True, help="Allow fetching private/loopback URLs.")
@limit_options
def ingest_cmd(sources, db, since, published, allow_private, max_bytes, max_sentences,
               max_seconds) -> None:
    """Read, code and store SOURCES: files, directories, URLs, feeds, JSON Lines dumps.

    Each document is stored in its own transaction; documents already stored (same text
    or same canonical URL) are skipped, so an interrupted run can simply be re-run."""
    from dyadwatch.pipeline import Coder

    store = _open(db)  # a bad --db is reported before the model loads
    coder = Coder(config_from_options(max_bytes, max_sentences, max_seconds))
    report = _run_with_progress("ingesting", lambda step: store.ingest(
        list(sources), since=since, allow_private=allow_private, progress=step,
        published=published, coder=coder))
    _summary("ingest", report)
    if report.failed:
        sys.exit(1)


@click.command("recode")
@db_option
def recode_cmd(db) -> None:
    """Re-run the current coder on every stored document and rebuild the clusters."""
    store = _open(db)
    report = _run_with_progress("recoding", lambda step: store.recode(progress=step))
    _summary("recode", report)
    if report.failed:
        sys.exit(1)


@click.command("events")
@filter_options
@click.option("--format", "fmt", type=click.Choice(["table", "jsonl", "csv"]), default="table",
              show_default=True)
@click.option("--limit", type=click.IntRange(min=0), help="At most this many events.")
@db_option
def events_cmd(dyad, actor, root, date_from, date_to, modality, fmt, limit, db) -> None:
    """Stored events matching the filters (each with its cluster_id)."""
    store = _open(db)
    records = store.events(dyad=dyad, actor=actor, root=root, date_from=date_from,
                           date_to=date_to, modality=modality, limit=limit)
    if fmt == "jsonl":
        write_jsonl(records)
    elif fmt == "csv":
        write_csv(records)
    else:
        write_table(records)


@click.command("export")
@click.option("--format", "fmt", type=click.Choice(FORMATS), required=True)
@click.option("--out", type=click.Path(dir_okay=False, writable=True),
              help="Output file (default: standard output; parquet needs a file).")
@filter_options
@db_option
def export_cmd(fmt, out, dyad, actor, root, date_from, date_to, modality, db) -> None:
    """Export stored events as GDELT 2.0, ICEWS, PLOVER, Parquet, CSV or JSON Lines."""
    store = _open(db)
    n = store.export(fmt, out, dyad=dyad, actor=actor, root=root, date_from=date_from,
                     date_to=date_to, modality=modality)
    if out:
        click.echo(f"{n} rows written to {out}", err=True)


def register(group: click.Group) -> None:
    for cmd in (ingest_cmd, recode_cmd, events_cmd, export_cmd):
        group.add_command(cmd)
