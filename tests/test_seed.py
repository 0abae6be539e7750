"""The seed article: the nine coder checks of the coder issue, via the shared seedcheck.py."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from dyadwatch.read.document import Document

SEED = "seed/000_d07b6db2e23c9954.txt"


def test_seed_article_passes_the_coder_checks(shared_dir: Path, coder, tmp_path: Path):
    text = (shared_dir / SEED).read_text(encoding="utf-8")
    records = coder.code(Document(doc_id="000_d07b6db2e23c9954", text=text,
                                  pub_date="2025-07-03"))
    out = tmp_path / "seed.jsonl"
    out.write_text("".join(r.to_json() + "\n" for r in records), encoding="utf-8")
    check = subprocess.run(
        [sys.executable, str(shared_dir / "checks" / "seedcheck.py"), str(out)],
        capture_output=True, text=True, check=False,
    )
    assert check.returncode == 0, check.stdout + check.stderr
    assert "coder 9/9" in check.stdout


def test_seed_article_alleged_attack_is_linked(shared_dir: Path, coder):
    text = (shared_dir / SEED).read_text(encoding="utf-8")
    state = coder.run(Document(doc_id="seed", text=text, pub_date="2025-07-03"))
    attacks = [e for e in state.events if e.cameo == "176"]
    assert attacks and attacks[0].alleged_by is not None
    assert attacks[0].alleged_by.cameo == "112"
    assert [m.country for m in attacks[0].source] == ["RUS"]
