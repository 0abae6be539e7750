"""`dyadwatch code`: print event records for files, directories, URLs or standard input."""

from __future__ import annotations

import sys
from pathlib import Path

import click
from rich.progress import Progress

from dyadwatch.cli.output import write_csv, write_jsonl, write_table
from dyadwatch.config import CoderConfig
from dyadwatch.errors import DyadwatchError, InputError
from dyadwatch.pipeline import Coder
from dyadwatch.read import read_inputs
from dyadwatch.record import MODALITIES


def parse_modalities(value: str) -> set[str]:
    if value == "all":
        return set(MODALITIES)
    wanted = {v.strip() for v in value.split(",") if v.strip()}
    unknown = wanted - set(MODALITIES)
    if unknown:
        raise click.BadParameter(
            f"unknown modality {', '.join(sorted(unknown))}; use all or a list of "
            + ", ".join(MODALITIES)
        )
    return wanted


@click.command("code")
@click.argument("inputs", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice(["jsonl", "table", "csv"]), default="jsonl",
              show_default=True, help="jsonl: one record a line; table: for people; csv.")
@click.option("--published", help="Publication date YYYY-MM-DD (overrides the document's).")
@click.option("--modality", default="all", show_default=True,
              help="all, or a list: asserted,reported,hypothetical,negated,future.")
@click.option("--min-confidence", type=click.FloatRange(0, 1), default=0.0, show_default=True)
@click.option("--allow-private", is_flag=True, help="Allow fetching private/loopback URLs.")
@click.option("--dict", "dicts", multiple=True, type=click.Path(exists=True, dir_okay=False),
              help="Extra actor/officeholder/trigger dictionary (repeatable).")
def code_cmd(inputs, fmt, published, modality, min_confidence, allow_private, dicts) -> None:
    """Code documents (PATH, directory, URL or - for stdin) into event records."""
    wanted = parse_modalities(modality)
    config = CoderConfig(dicts=[Path(d) for d in dicts], min_confidence=min_confidence)
    try:
        coder = Coder(config)
    except DyadwatchError:
        raise
    failed = 0
    collected: list[dict] = []
    first_csv = True
    docs = read_inputs(list(inputs), published=published, allow_private=allow_private,
                       limits=config.limits)
    with Progress(transient=True, disable=not sys.stderr.isatty()) as progress:
        task = progress.add_task("coding", total=None)
        for item in docs:
            progress.advance(task)
            if isinstance(item, InputError):
                click.echo(f"dyadwatch: {item}", err=True)
                failed += 1
                continue
            try:
                records = [r.to_dict() for r in coder.code(item)]
            except DyadwatchError as exc:
                click.echo(f"dyadwatch: {item.source or item.doc_id}: {exc}", err=True)
                failed += 1
                continue
            records = [r for r in records if r["modality"] in wanted]
            if fmt == "jsonl":
                write_jsonl(records)
            elif fmt == "csv":
                write_csv(records, header=first_csv)
                first_csv = False
            else:
                collected.extend(records)
    if fmt == "table":
        write_table(collected)
    if failed:
        sys.exit(1)


def register(group: click.Group) -> None:
    group.add_command(code_cmd)
