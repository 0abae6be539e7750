"""`dyadwatch dyad`, `actors`, `matrix`: analysis of the events in a store."""

from __future__ import annotations

import json
import math
import sys
from typing import Any

import click
import pandas as pd
from rich.console import Console
from rich.table import Table

from dyadwatch.cli.options import db_option, modality_option
from dyadwatch.errors import DyadwatchError

FORMATS = ["table", "csv", "json"]
PERIOD_CHOICES = ["day", "week", "month", "year"]


def load_frame(db: str) -> pd.DataFrame:
    """Every event in the store (all modalities: coverage counts them all)."""
    import dyadwatch

    with dyadwatch.open(db) as store:
        return store.events_frame(modality=None)


def wanted_modalities(value: str) -> tuple[str, ...] | None:
    from dyadwatch.store.query import parse_modalities

    chosen = parse_modalities(value)
    return None if chosen is None else tuple(chosen)


def plain(value: Any) -> Any:
    """JSON-safe scalars: NaN becomes null, numpy numbers become Python numbers."""
    if value is None or value is pd.NA or value is pd.NaT:
        return None
    if isinstance(value, float) and math.isnan(value):
        return None
    if hasattr(value, "item"):
        return plain(value.item())
    return value


def frame_records(frame: pd.DataFrame) -> list[dict[str, Any]]:
    return [{k: plain(v) for k, v in row.items()} for row in frame.to_dict("records")]


def print_json(data: Any) -> None:
    click.echo(json.dumps(data, ensure_ascii=False, indent=2))


def print_table(frame: pd.DataFrame, title: str | None = None, index: bool = False) -> None:
    table = Table(title=title, expand=False)
    shown = frame.reset_index() if index else frame
    for col in shown.columns:
        table.add_column(str(col), overflow="fold",
                         justify="right" if pd.api.types.is_numeric_dtype(shown[col]) else "left")
    for row in shown.itertuples(index=False):
        table.add_row(*[_cell(v) for v in row])
    Console(file=sys.stdout, width=200).print(table)


def _cell(value: Any) -> str:
    value = plain(value)
    if value is None:
        return "—"
    if isinstance(value, float):
        return f"{value:.2f}"
    return str(value)


# --- dyad ----------------------------------------------------------------------------------

# Short headers so the table fits a terminal; CSV and JSON keep the full column names.
SERIES_TABLE_COLUMNS = {
    "period": "period", "events": "events", "verbal_coop": "verb coop",
    "material_coop": "mat coop", "verbal_conflict": "verb confl",
    "material_conflict": "mat confl", "goldstein_sum": "G sum", "goldstein_mean": "G mean",
    "net_coop": "net coop", "articles": "articles", "by_pub_date": "undated",
    "imprecise": "imprecise", "top_events": "top events",
}


@click.command("dyad")
@click.argument("a")
@click.argument("b")
@click.option("--by", type=click.Choice(PERIOD_CHOICES), default="month", show_default=True)
@click.option("--directed", is_flag=True, help="Only A acting on B (default: both ways).")
@click.option("--from", "date_from", help="From YYYY[-MM[-DD]].")
@click.option("--to", "date_to", help="To YYYY[-MM[-DD]]; escalation is judged as of then.")
@click.option("--dated-only", is_flag=True,
              help="Leave out events with no date of their own (default: place them by "
                   "publication date and flag them).")
@modality_option
@click.option("--normalise", type=click.Choice(["store", "dyad", "none"]), default="store",
              show_default=True, help="Coverage that scales the escalation baseline.")
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="table", show_default=True)
@click.option("--plot", "plot_path", type=click.Path(dir_okay=False),
              help="Also draw the dyad to this .png or .svg file.")
@db_option
def dyad_cmd(a, b, by, directed, date_from, date_to, dated_only, modality, normalise, fmt,
             plot_path, db) -> None:
    """Relations between actors A and B (codes: RUS, AZE, RUSGOV) period by period, and
    whether they are escalating."""
    from dyadwatch.analysis import dyad_events, dyad_series, escalation
    from dyadwatch.analysis.plots import check_plot_path, plot_dyad

    if plot_path:
        check_plot_path(plot_path)
    options = dict(by=by, directed=directed, dated_only=dated_only, date_from=date_from,
                   date_to=date_to, modality=wanted_modalities(modality))
    frame = load_frame(db)
    series = dyad_series(frame, a, b, **options)
    pair = f"{a.upper()}{'→' if directed else '–'}{b.upper()}"
    if series.empty or series["events"].sum() == 0:
        raise DyadwatchError(f"no events for {pair} in {db} with these filters")
    verdict = escalation(frame, a, b, normalise=normalise, **options)
    if plot_path:
        events = dyad_events(frame, a, b, **options)
        plot_dyad(series, plot_path, title=f"{pair}: events by {by}", by=by,
                  escalation=verdict, events=events)
    if fmt == "json":
        print_json({"dyad": pair, "by": by, "series": frame_records(series),
                    "escalation": verdict.to_dict()})
    elif fmt == "csv":
        series.to_csv(sys.stdout, index=False)
    else:
        shown = series[series["events"] > 0][list(SERIES_TABLE_COLUMNS)]
        shown = shown.rename(columns=SERIES_TABLE_COLUMNS)
        empty = len(series) - len(shown)
        print_table(shown, title=f"{pair} by {by}"
                    + (f" ({empty} {by}s without events not shown)" if empty else ""))
        click.echo(verdict.message)
    if plot_path:
        click.echo(f"plot written to {plot_path}", err=True)


# --- actors --------------------------------------------------------------------------------


@click.command("actors")
@click.option("--top", type=click.IntRange(1, 1000), default=10, show_default=True)
@click.option("--level", type=click.Choice(["country", "code"]), default="country",
              show_default=True, help="Count countries (RUS) or actor codes (RUSGOV).")
@click.option("--by", type=click.Choice(PERIOD_CHOICES), default="month", show_default=True,
              help="Trend: the last 3 months (or 4 weeks, 14 days, 1 year) against the "
                   "as many before.")
@click.option("--from", "date_from", help="From YYYY[-MM[-DD]].")
@click.option("--to", "date_to", help="To YYYY[-MM[-DD]].")
@modality_option
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="table", show_default=True)
@db_option
def actors_cmd(top, level, by, date_from, date_to, modality, fmt, db) -> None:
    """The most active actors and dyads, with event counts and trend."""
    from dyadwatch.analysis import top_actors, top_dyads

    options = dict(level=level, by=by, date_from=date_from, date_to=date_to,
                   modality=wanted_modalities(modality))
    frame = load_frame(db)
    actors = top_actors(frame, top, **options)
    dyads = top_dyads(frame, top, **options)
    if actors.empty:
        raise DyadwatchError(f"no events in {db} with these filters")
    if fmt == "json":
        print_json({"actors": frame_records(actors), "dyads": frame_records(dyads)})
    elif fmt == "csv":
        both = pd.concat([actors.assign(table="actors"), dyads.assign(table="dyads")])
        both = both.convert_dtypes()  # keep counts whole where the other table has gaps
        both[["table", *[c for c in both.columns if c != "table"]]].to_csv(sys.stdout,
                                                                           index=False)
    else:
        print_table(actors, title=f"most active actors ({level})")
        print_table(dyads, title="most active dyads")


# --- matrix --------------------------------------------------------------------------------


@click.command("matrix")
@click.option("--from", "date_from", help="From YYYY[-MM[-DD]].")
@click.option("--to", "date_to", help="To YYYY[-MM[-DD]].")
@click.option("--value", type=click.Choice(["goldstein", "net"]), default="goldstein",
              show_default=True, help="Mean Goldstein, or cooperative minus conflictual events.")
@click.option("--undirected", is_flag=True, help="Fold both directions into one cell.")
@click.option("--top", type=click.IntRange(2, 200), default=20, show_default=True,
              help="Keep the most active countries.")
@click.option("--min-events", type=click.IntRange(1, None), default=1, show_default=True)
@modality_option
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="table", show_default=True)
@click.option("--plot", "plot_path", type=click.Path(dir_okay=False),
              help="Also draw a heatmap to this .png or .svg file.")
@db_option
def matrix_cmd(date_from, date_to, value, undirected, top, min_events, modality, fmt,
               plot_path, db) -> None:
    """Country × country relations: rows act on columns."""
    from dyadwatch.analysis import relationship_matrix
    from dyadwatch.analysis.plots import check_plot_path, plot_matrix

    if plot_path:
        check_plot_path(plot_path)
    frame = load_frame(db)
    matrix = relationship_matrix(frame, date_from, date_to, value, directed=not undirected,
                                 top=top, min_events=min_events,
                                 modality=wanted_modalities(modality))
    if matrix.empty:
        raise DyadwatchError(f"no events between countries in {db} with these filters")
    span = (f"{date_from or 'start'} to {date_to or 'end'}" if date_from or date_to
            else "all dates")
    label = "mean Goldstein" if value == "goldstein" else "net cooperation"
    if plot_path:
        plot_matrix(matrix, plot_path, title=f"{label}, {span}", value=value)
        click.echo(f"plot written to {plot_path}", err=True)
    if fmt == "json":
        print_json({"value": value, "from": date_from, "to": date_to,
                    "rows": list(matrix.index), "columns": list(matrix.columns),
                    "cells": [[plain(v) for v in row] for row in matrix.to_numpy()]})
    elif fmt == "csv":
        matrix.to_csv(sys.stdout)
    else:
        print_table(matrix, title=f"{label} (rows act on columns), {span}", index=True)


def register(group: click.Group) -> None:
    for command in (dyad_cmd, actors_cmd, matrix_cmd):
        group.add_command(command)
