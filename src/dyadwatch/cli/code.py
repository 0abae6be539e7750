"""`dyadwatch code`: print event records for files, directories, URLs, feeds or standard input."""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

import click
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn

from dyadwatch.cli.limits import config_from_options, limit_options
from dyadwatch.cli.output import write_csv, write_jsonl, write_table
from dyadwatch.config import CoderConfig
from dyadwatch.errors import DyadwatchError, InputError
from dyadwatch.pipeline import Coder
from dyadwatch.read import Document, plan_inputs, read_inputs
from dyadwatch.read.dates import parse_date
from dyadwatch.record import MODALITIES

PROGRESS_AFTER = 3  # documents coded before a progress bar is worth showing
SINGLE_DOCUMENT_SUFFIXES = {".txt", ".html", ".htm"}


def parse_modalities(value: str) -> set[str]:
    if value == "all":
        return set(MODALITIES)
    wanted = {v.strip() for v in value.split(",") if v.strip()}
    unknown = wanted - set(MODALITIES)
    if unknown or not wanted:
        raise click.BadParameter(
            f"unknown modality {', '.join(sorted(unknown)) or '(empty)'}; use all or a list of "
            + ", ".join(MODALITIES)
        )
    return wanted


def check_published(_ctx: click.Context, _param: click.Parameter, value: str | None) -> str | None:
    if value is None:
        return None
    date = parse_date(value)
    if date is None:
        raise click.BadParameter(f"{value!r} is not a date; use YYYY-MM-DD")
    return date


def expected_documents(inputs: list[str]) -> int | None:
    """How many documents the inputs hold, when that is known before reading them."""
    plan = plan_inputs(inputs)
    if all(p.kind == "file" and p.path.suffix.lower() in SINGLE_DOCUMENT_SUFFIXES
           for p in plan):
        return len(plan)
    return None


class DocumentProgress:
    """A rich progress bar on stderr that appears only once several documents are coded."""

    def __init__(self, total: int | None, console: Console | None = None):
        self.total = total
        self.console = console
        self.seen = 0
        self.progress: Progress | None = None
        self.task = None

    def advance(self) -> None:
        self.seen += 1
        if self.progress is None and self.seen > PROGRESS_AFTER:
            console = self.console or Console(stderr=True)
            self.progress = Progress(SpinnerColumn(), TextColumn("coding"), BarColumn(),
                                     MofNCompleteColumn(), console=console, transient=True,
                                     disable=not console.is_terminal)
            self.progress.start()
            self.task = self.progress.add_task("coding", total=self.total, completed=self.seen)
        elif self.progress is not None:
            self.progress.update(self.task, completed=self.seen)

    def close(self) -> None:
        if self.progress is not None:
            self.progress.stop()


def make_coder(config: CoderConfig) -> Coder:
    """The coder the command uses (one per run: the spaCy model loads once)."""
    return Coder(config)


CODE_GROUP = 32  # documents parsed together (Coder.code_many)


def coded_documents(coder: Coder, items: Iterable[Document | InputError], wanted: set[str]
                    ) -> Iterator[list[dict] | InputError]:
    """Records of each readable item, in order, coded CODE_GROUP at a time; an item that
    could not be read or coded comes back as an InputError naming it."""
    pending: list[Document] = []
    for item in items:
        if isinstance(item, InputError):
            yield from _code_pending(coder, pending, wanted)
            pending = []
            yield item
            continue
        pending.append(item)
        if len(pending) >= CODE_GROUP:
            yield from _code_pending(coder, pending, wanted)
            pending = []
    yield from _code_pending(coder, pending, wanted)


def _code_pending(coder: Coder, docs: list[Document], wanted: set[str]
                  ) -> Iterator[list[dict] | InputError]:
    for document, records in coder.code_many(docs, group=max(1, len(docs)), keep_going=True):
        if isinstance(records, InputError):
            yield records  # already names the document (e.g. LimitExceeded)
        elif isinstance(records, DyadwatchError):
            yield InputError(document.source or document.doc_id, str(records))
        else:
            yield [r for r in (rec.to_dict() for rec in records) if r["modality"] in wanted]


@click.command("code")
@click.argument("inputs", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice(["jsonl", "table", "csv"]), default="jsonl",
              show_default=True, help="jsonl: one record a line; table: for people; csv.")
@click.option("--published", callback=check_published,
              help="Publication date YYYY-MM-DD (overrides the documents' own).")
@click.option("--modality", default="all", show_default=True,
              help="all, or a list: asserted,reported,hypothetical,negated,future.")
@click.option("--min-confidence", type=click.FloatRange(0, 1), default=0.0, show_default=True,
              help="Leave out records below this confidence.")
@click.option("--allow-private", is_flag=True,
              help="Allow fetching from loopback and private addresses (refused by default).")
@click.option("--dict", "dicts", multiple=True, type=click.Path(exists=True, dir_okay=False),
              help="Extra actor/officeholder/trigger dictionary (repeatable).")
@click.option("--domestic", is_flag=True,
              help="Also code domestic events (both sides of one country), as PLOVER does.")
@click.option("--statements", is_flag=True,
              help="Also emit plain public statements (CAMEO 010), as GDELT does.")
@click.option("--learned/--no-learned", "learned", default=False, show_default=True,
              help="Add the learned fallback's records for sentences the rules leave "
                   "uncoded (an experiment: see docs/events.md).")
@click.option("--engine", type=click.Choice(["local", "ray"]), default="local", show_default=True,
              help="local: this process; ray: Ray Data workers (needs dyadwatch[ray] and --out).")
@click.option("--out", "out", type=click.Path(file_okay=False),
              help="With --engine ray: output directory (Parquet dataset, or JSON Lines).")
@click.option("--out-format", type=click.Choice(["parquet", "jsonl"]), default="parquet",
              show_default=True, help="With --engine ray: format written to --out.")
@click.option("--address", help="With --engine ray: join this Ray cluster (default: local).")
@click.option("--workers", type=click.IntRange(1), default=2, show_default=True,
              help="With --engine ray: coder actors (one spaCy pipeline each).")
@limit_options
def code_cmd(inputs, fmt, published, modality, min_confidence, allow_private, dicts, domestic,
             statements, learned, engine, out, out_format, address, workers, max_bytes,
             max_sentences, max_seconds) -> None:
    """Code documents into event records.

    INPUTS are files (.txt with an optional header block, .html, .jsonl, .json, RSS/Atom
    .xml), directories (read recursively), http(s) URLs of pages or feeds, or - for
    standard input. A failed input is named on stderr, the others are still coded, and the
    exit code is 1.
    """
    wanted = parse_modalities(modality)
    config = config_from_options(max_bytes, max_sentences, max_seconds,
                                 dicts=[Path(d) for d in dicts], min_confidence=min_confidence,
                                 domestic=domestic, statements=statements,
                                 learned_fallback=learned)
    if engine == "ray" or out:
        run_on_ray(list(inputs), config, published=published, allow_private=allow_private,
                   out=out, out_format=out_format, address=address, workers=workers)
        return
    coder = make_coder(config)
    failed = 0
    collected: list[dict] = []
    first_csv = True
    docs = read_inputs(list(inputs), published=published, allow_private=allow_private,
                       limits=config.limits)
    progress = DocumentProgress(expected_documents(list(inputs)))
    try:
        for records in coded_documents(coder, docs, wanted):
            progress.advance()
            if isinstance(records, InputError):
                click.echo(f"dyadwatch: {records}", err=True)
                failed += 1
                continue
            if fmt == "jsonl":
                write_jsonl(records)
            elif fmt == "csv":
                write_csv(records, header=first_csv)
                first_csv = False
            else:
                collected.extend(records)
    finally:
        progress.close()
    if fmt == "table":
        write_table(collected)
    if failed:
        sys.exit(1)


def run_on_ray(inputs: list[str], config: CoderConfig, *, published: str | None,
               allow_private: bool, out: str | None, out_format: str, address: str | None,
               workers: int) -> None:
    """`code --engine ray`: code on Ray Data workers into OUT, resuming where OUT stops."""
    from dyadwatch.scale.ray_engine import code_with_ray, read_documents

    if not out:
        raise click.UsageError("--engine ray needs --out DIRECTORY")
    documents = read_documents(inputs, published=published, allow_private=allow_private,
                               limits=config.limits)
    report = code_with_ray(documents, Path(out), config=config, workers=workers,
                           address=address, out_format=out_format)
    for source, reason in report.failed or []:
        click.echo(f"dyadwatch: {source}: {reason}", err=True)
    click.echo(f"coded {report.documents} documents ({report.skipped} already in {out}, "
               f"{len(report.failed or [])} failed) in {report.seconds:.1f}s; "
               f"{report.events} event records in {out}", err=True)
    if report.failed:
        sys.exit(1)


def register(group: click.Group) -> None:
    group.add_command(code_cmd)
