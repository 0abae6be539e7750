
import pytest

from dyadwatch.errors import DyadwatchError
from dyadwatch.nlp.model import MODEL_FILE_HASHES, load_pipeline, model_dir, verify_model


def test_model_files_match_official_release():
    hashes = verify_model()
    assert hashes == MODEL_FILE_HASHES


def test_tampered_model_is_refused(tmp_path):
    src = model_dir()
    for rel in MODEL_FILE_HASHES:
        dst = tmp_path / rel
        dst.parent.mkdir(parents=True, exist_ok=True)
        dst.write_bytes((src / rel).read_bytes())
    (tmp_path / "config.cfg").write_bytes(b"tampered")
    with pytest.raises(DyadwatchError, match="config.cfg"):
        verify_model(tmp_path)


def test_pipeline_loads_once_without_ner():
    a = load_pipeline()
    assert a is load_pipeline()
    assert "ner" not in a.pipe_names
    assert "parser" in a.pipe_names
