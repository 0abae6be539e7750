"""`dyadwatch schema`: print the event record's JSON Schema."""

from __future__ import annotations

import json

import click

from dyadwatch.record import json_schema


@click.command("schema")
def schema_cmd() -> None:
    """Print the JSON Schema of the event record."""
    click.echo(json.dumps(json_schema(), indent=2))


def register(group: click.Group) -> None:
    group.add_command(schema_cmd)
