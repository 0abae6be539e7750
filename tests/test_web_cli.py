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


def start_serve(db: str, *extra: str) -> tuple[subprocess.Popen, str]:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    proc = subprocess.Popen([sys.executable, "-m", "dyadwatch", "serve", "--db", db,
                             "--port", str(port), *extra], env=env, stderr=subprocess.PIPE)
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 90
    while True:
        try:
            httpx.get(f"{base}/api/stats", timeout=2)
            return proc, base
        except httpx.HTTPError:
            if proc.poll() is not None:
                raise AssertionError(proc.stderr.read().decode()) from None
            if time.monotonic() > deadline:
                proc.kill()
                raise AssertionError("serve did not answer") from None
            time.sleep(0.2)


def test_serve_answers_on_loopback(tmp_path):
    db = str(tmp_path / "s.db")
    dyadwatch.open(db).close()
    proc, base = start_serve(db)
    try:
        r = httpx.get(f"{base}/api/stats", timeout=5)
        assert r.status_code == 200 and r.json()["documents"] == 0
        page = httpx.get(f"{base}/", timeout=5)
        assert page.status_code == 200 and "No dyads yet" in page.text
        assert "server" not in {k.lower() for k in page.headers}
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def test_serve_workers_share_the_csrf_secret(tmp_path):
    """With two worker processes, a form token made by one is accepted by the other."""
    import re

    db = str(tmp_path / "w.db")
    dyadwatch.open(db).close()
    proc, base = start_serve(db, "--workers", "2")
    try:
        with httpx.Client(base_url=base, timeout=10) as client:
            token = re.search(r'name="csrf_token" value="([^"]+)"',
                              client.get("/paste").text).group(1)
            for _ in range(12):  # connections spread over both workers
                with httpx.Client(base_url=base, timeout=10,
                                  cookies={"dw_csrf": token}) as fresh:
                    # A valid token and no text: "give a text" (400), never 403.
                    r = fresh.post("/paste", data={"text": "", "csrf_token": token})
                    assert r.status_code == 400, r.status_code
                    forged = fresh.post("/paste", data={"text": "", "csrf_token": "x.y"})
                    assert forged.status_code == 403
    finally:
        proc.terminate()
        proc.wait(timeout=20)
