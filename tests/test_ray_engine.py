"""The Ray engine gives the same records as the single-process coder, and resumes."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from support import ROOT, require_services

GOLD_TUNE = ROOT / "tests" / "gold" / "dev" / "tune"

try:
    import ray  # noqa: F401

    HAVE_RAY = True
except ImportError:
    HAVE_RAY = False

pytestmark = pytest.mark.ray


@pytest.fixture(scope="module")
def ray_session():
    if not HAVE_RAY:
        if require_services():
            pytest.fail("ray is not installed (pip install 'dyadwatch[ray]')")
        pytest.skip("ray is not installed: skipping the Ray engine test")
    import ray

    os.environ.setdefault("RAY_DATA_DISABLE_PROGRESS_BARS", "1")
    from dyadwatch.scale.ray_engine import local_runtime_env

    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False,
             runtime_env=local_runtime_env())
    yield ray
    ray.shutdown()


def test_ray_records_equal_local_and_resume(ray_session, coder, tmp_path: Path):
    from dyadwatch.read import read_inputs
    from dyadwatch.scale.ray_engine import code_with_ray, read_documents, read_records

    out = tmp_path / "out"
    report = code_with_ray(read_documents([str(GOLD_TUNE)]), out, workers=2, batch_size=2)
    assert report.documents == len(list(GOLD_TUNE.glob("*.txt")))
    assert not report.failed
    ray_records = {r["event_id"]: r for r in read_records(out)}
    local = {r.to_dict()["event_id"]: r.to_dict()
             for d in read_inputs([str(GOLD_TUNE)]) for r in coder.code(d)}
    assert local, "the coder should find events in the tuning gold"
    assert ray_records == local

    again = code_with_ray(read_documents([str(GOLD_TUNE)]), out, workers=2, batch_size=2)
    assert again.documents == 0 and again.skipped == report.documents
    assert len(read_records(out)) == len(local)


def test_partial_file_is_set_aside_and_recoded(ray_session, tmp_path: Path):
    from dyadwatch.scale.ray_engine import code_with_ray, done_doc_ids, read_documents

    out = tmp_path / "out"
    one = sorted(GOLD_TUNE.glob("*.txt"))[0]
    code_with_ray(read_documents([str(one)]), out, workers=1, batch_size=1)
    assert done_doc_ids(out) == {one.stem}
    (out / "broken.parquet").write_bytes(b"PAR1 half a file")
    assert done_doc_ids(out) == {one.stem}
    assert (out / "broken.parquet.partial").exists()


def test_cli_needs_out(tmp_path: Path):
    from click.testing import CliRunner

    from dyadwatch.cli import cli

    result = CliRunner().invoke(cli, ["code", "--engine", "ray", str(GOLD_TUNE)])
    assert result.exit_code == 2
    assert "--out" in result.output
