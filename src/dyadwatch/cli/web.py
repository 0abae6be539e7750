"""`dyadwatch serve` (web dashboard and REST API) and `dyadwatch token create|list|revoke`."""

from __future__ import annotations

import click

from dyadwatch.cli.options import db_option


def _open(db: str):
    from dyadwatch.store import open_store

    return open_store(db)


@click.command("serve")
@db_option
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on (0.0.0.0 exposes the server to the network).")
@click.option("--port", type=click.IntRange(1, 65535), default=8000, show_default=True)
@click.option("--allow-private", is_flag=True,
              help="Let POST /api/code fetch URLs on private, loopback or link-local addresses.")
@click.option("--no-cache", is_flag=True,
              help="Answer every API query from the database (for measuring).")
@click.option("--workers", type=click.IntRange(1, 64), default=1, show_default=True,
              help="Server processes (one per core is usual).")
def serve_cmd(db, host, port, allow_private, no_cache, workers) -> None:
    """Serve the web dashboard and the REST API (reference at /docs) over the database."""
    import uvicorn

    from dyadwatch.web.app import ServeSettings

    store = _open(db)  # opens (and migrates) once, so a bad --db is one clear line here
    store.close()
    settings = ServeSettings.new(db, allow_private=allow_private, cache=not no_cache)
    click.echo(f"dyadwatch: serving on http://{host}:{port}/ (Ctrl-C to stop)", err=True)
    options = {"host": host, "port": port, "log_level": "warning", "server_header": False}
    if workers == 1:
        uvicorn.run(settings.app(), **options)
        return
    # Worker processes import the app themselves: the settings (and the CSRF secret they
    # must share) travel in the environment.
    settings.export()
    uvicorn.run("dyadwatch.web.app:app_from_environment", factory=True, workers=workers,
                **options)


@click.group("token")
def token_group() -> None:
    """API tokens for the write endpoint (POST /api/ingest). Only their hashes are stored."""


@token_group.command("create")
@click.argument("name")
@db_option
def token_create(name, db) -> None:
    """Make a token called NAME and print it (it is shown only this once)."""
    token = _open(db).create_token(name)
    click.echo(token)
    click.echo(f"dyadwatch: token {name!r} created; keep it secret, it cannot be shown again",
               err=True)


@token_group.command("list")
@db_option
def token_list(db) -> None:
    """Tokens: name, first characters, when made, last used and revoked."""
    rows = _open(db).tokens()
    if not rows:
        click.echo("no tokens", err=True)
        return
    click.echo("name\tprefix\tcreated\tlast_used\trevoked")
    for r in rows:
        click.echo("\t".join([r["name"], r["prefix"] + "…", r["created_at"],
                              r["last_used_at"] or "-", r["revoked_at"] or "-"]))


@token_group.command("revoke")
@click.argument("name")
@db_option
def token_revoke(name, db) -> None:
    """Revoke the token called NAME: requests bearing it are refused from now on."""
    from dyadwatch.errors import InputError

    if not _open(db).revoke_token(name):
        raise InputError("token", f"no active token called {name!r}")
    click.echo(f"dyadwatch: token {name!r} revoked", err=True)


def register(group: click.Group) -> None:
    group.add_command(serve_cmd)
    group.add_command(token_group)
