"""`dyadwatch token create|list|revoke` and `dyadwatch serve` from the command line."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import httpx
from click.testing import CliRunner

import dyadwatch
from dyadwatch.cli import cli

ROOT = Path(__file__).resolve().parents[1]


def test_token_lifecycle(tmp_path):
    db = str(tmp_path / "t.db")
    runner = CliRunner()
    made = runner.invoke(cli, ["token", "create", "ci-bot", "--db", db])
    assert made.exit_code == 0, made.output
    token = made.stdout.strip()
    assert token.startswith("dw_") and len(token) > 40
    with dyadwatch.open(db) as store:
        assert store.verify_token(token) == "ci-bot"
    listed = runner.invoke(cli, ["token", "list", "--db", db])
    assert "ci-bot" in listed.stdout and token not in listed.stdout
    again = runner.invoke(cli, ["token", "create", "ci-bot", "--db", db])
    assert again.exit_code == 1 and "already exists" in again.stderr
    revoked = runner.invoke(cli, ["token", "revoke", "ci-bot", "--db", db])
    assert revoked.exit_code == 0
    with dyadwatch.open(db) as store:
        assert store.verify_token(token) is None
    missing = runner.invoke(cli, ["token", "revoke", "ci-bot", "--db", db])
    assert missing.exit_code == 1 and "no active token" in missing.stderr


def test_bad_token_name_and_bad_db_are_one_line(tmp_path):
    runner = CliRunner()
    bad = runner.invoke(cli, ["token", "create", "../../x", "--db", str(tmp_path / "t.db")])
    assert bad.exit_code == 1 and len(bad.stderr.strip().splitlines()) == 1
    (tmp_path / "junk.db").write_text("not sqlite")
    junk = runner.invoke(cli, ["serve", "--db", str(tmp_path / "junk.db")])
    assert junk.exit_code == 1 and "Traceback" not in junk.output
    assert "not a SQLite database" in junk.stderr


def test_serve_answers_on_loopback(tmp_path):
    import socket

    db = str(tmp_path / "s.db")
    dyadwatch.open(db).close()
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    proc = subprocess.Popen([sys.executable, "-m", "dyadwatch", "serve", "--db", db,
                             "--port", str(port)], env=env, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                r = httpx.get(f"http://127.0.0.1:{port}/api/stats", timeout=2)
                break
            except httpx.HTTPError:
                assert proc.poll() is None, proc.stderr.read().decode()
                assert time.monotonic() < deadline, "serve did not answer"
                time.sleep(0.2)
        assert r.status_code == 200 and r.json()["documents"] == 0
        page = httpx.get(f"http://127.0.0.1:{port}/", timeout=5)
        assert page.status_code == 200 and "No dyads yet" in page.text
        assert "server" not in {k.lower() for k in page.headers}
    finally:
        proc.terminate()
        proc.wait(timeout=10)
