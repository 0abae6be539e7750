"""Click options shared by several command groups."""

from __future__ import annotations

import click

db_option = click.option(
    "--db", "db", metavar="PATH_OR_URL", envvar="DYADWATCH_DB", default="dyadwatch.db",
    show_default=True,
    help="Database: a file path (SQLite) or a SQLAlchemy URL such as "
         "postgresql+psycopg://user:pw@host/dbname. Default: $DYADWATCH_DB or dyadwatch.db.",
)

modality_option = click.option(
    "--modality", default="asserted,reported", show_default=True,
    help="all, or a comma list of asserted, reported, hypothetical, negated, future.",
)


def filter_options(func):
    """--dyad, --actor, --root, --from, --to, --modality: the event filters."""
    for opt in reversed([
        click.option("--dyad", help="Two actors, e.g. RUS-AZE (either direction)."),
        click.option("--actor", help="An actor: a country (RUS) or code (RUSGOV)."),
        click.option("--root", help="CAMEO root code(s), e.g. 17 or 16,17."),
        click.option("--from", "date_from", help="Events on or after YYYY[-MM[-DD]]."),
        click.option("--to", "date_to", help="Events on or before YYYY[-MM[-DD]]."),
        modality_option,
    ]):
        func = opt(func)
    return func
