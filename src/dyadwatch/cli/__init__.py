"""The `dyadwatch` command: a thin layer over the Python API, one module per verb group."""

from __future__ import annotations

import importlib
import os
import sys

import click

from dyadwatch.errors import DyadwatchError
from dyadwatch.version import CODER_VERSION, SCHEMA_VERSION, __version__

# Each module defines click commands and a `register(group)` function.
COMMAND_MODULES = [
    "dyadwatch.cli.code",
    "dyadwatch.cli.schema",
    "dyadwatch.cli.store",
    "dyadwatch.cli.eval",
    "dyadwatch.cli.analysis",
    "dyadwatch.cli.web",
]


class DyadwatchGroup(click.Group):
    """Turns every error into one line on stderr and a non-zero exit, never a traceback."""

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except DyadwatchError as exc:
            click.echo(f"dyadwatch: {exc}", err=True)
            sys.exit(1)
        except KeyboardInterrupt:
            click.echo("dyadwatch: interrupted", err=True)
            sys.exit(130)
        except BrokenPipeError:
            # The reader of our output went away (`dyadwatch events | head`): stop quietly,
            # pointing stdout at devnull so the interpreter's final flush cannot fail again.
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            sys.exit(0)
        except (click.ClickException, click.exceptions.Exit, click.exceptions.Abort, SystemExit):
            raise
        except Exception as exc:  # noqa: BLE001 - last line of defence for the user
            if os.environ.get("DYADWATCH_DEBUG"):
                raise
            click.echo(f"dyadwatch: internal error: {type(exc).__name__}: {exc}", err=True)
            sys.exit(2)


@click.group(cls=DyadwatchGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(
    __version__,
    "--version",
    message=f"dyadwatch %(version)s (coder {CODER_VERSION}, record schema {SCHEMA_VERSION})",
)
def cli() -> None:
    """dyadwatch: auditable political event data from news text.

    Who did what to whom, when and where, with the exact evidence sentence.
    """


for _name in COMMAND_MODULES:
    importlib.import_module(_name).register(cli)


def main() -> None:
    cli(prog_name="dyadwatch")
