"""Code a corpus on Ray Data: one spaCy pipeline per worker actor, batched, streamed.

    dyadwatch code --engine ray corpus/ --out events.parquet --workers 4

Output: a directory of Parquet files, one row per event record. Columns: `doc_id`,
`event_id` (null on the single marker row written for a document with no events),
a few flat columns for quick filtering (`cameo`, `root`, `date`, `modality`,
`source_code`, `target_code`) and `record`, the full event record as a JSON string: the
record's actors may be one object or a list (compound actors), which no single Arrow
struct type can hold, so the JSON string keeps records identical to the single-process
coder's. `read_records(OUT)` gives them back as dicts.

Resuming: a re-run lists the doc_ids already present in OUT (marker rows included) and
codes only the others. All rows of one document come from one batch and so one block and
one file; a file a killed run left unreadable is moved aside and its documents recoded.
"""

from __future__ import annotations

import json
import time
from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from dyadwatch.config import CoderConfig, Limits
from dyadwatch.errors import DyadwatchError, InputError
from dyadwatch.read import Document, read_inputs
from dyadwatch.read.build import build_document
from dyadwatch.read.records import raw_from_object

FLAT_COLUMNS = ("cameo", "root", "date", "modality")
SCHEMA_FIELDS = (
    "doc_id", "event_id", "cameo", "root", "date", "modality", "source_code", "target_code",
    "record",
)


def require_ray():
    try:
        import ray
    except ImportError:
        raise DyadwatchError(
            "the Ray engine needs the ray extra: pip install 'dyadwatch[ray]'"
        ) from None
    return ray


def actor_code(field: Any) -> str | None:
    if not field:
        return None
    if isinstance(field, list):
        return "+".join(a["code"] for a in field)
    return field["code"]


def record_rows(doc_id: str, records: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Rows for one document: one per record, or one marker row when it has none."""
    if not records:
        return [dict.fromkeys(SCHEMA_FIELDS) | {"doc_id": doc_id}]
    return [
        {
            "doc_id": doc_id,
            "event_id": r["event_id"],
            **{k: r.get(k) for k in FLAT_COLUMNS},
            "source_code": actor_code(r.get("source")),
            "target_code": actor_code(r.get("target")),
            "record": json.dumps(r, ensure_ascii=False, sort_keys=True),
        }
        for r in records
    ]


class CoderWorker:
    """A Ray actor: builds one Coder (one spaCy pipeline) and codes batches of documents."""

    def __init__(self, config: CoderConfig):
        from dyadwatch.pipeline import Coder

        self.coder = Coder(config)

    def __call__(self, batch: dict[str, Any]) -> dict[str, list]:
        import numpy as np

        rows: list[dict[str, Any]] = []
        documents = [Document(**json.loads(payload)) for payload in batch["document"]]
        for document, records in self.coder.code_many(documents, keep_going=True):
            # A document over a limit is remembered as done, with no events.
            found = [] if isinstance(records, DyadwatchError) else [r.to_dict() for r in records]
            rows.extend(record_rows(document.doc_id, found))
        return {k: np.array([r[k] for r in rows], dtype=object) for k in SCHEMA_FIELDS}


def read_parquet_documents(path: Path, *, published: str | None,
                           limits: Limits) -> Iterator[Document | InputError]:
    """Documents from a Parquet file with columns id, text and optional metadata."""
    import pyarrow.parquet as pq

    try:
        table = pq.read_table(path)
    except Exception as exc:  # noqa: BLE001 - pyarrow raises many types for bad files
        yield InputError(str(path), f"cannot read Parquet ({exc})")
        return
    for number, row in enumerate(table.to_pylist(), start=1):
        where = f"{path.name}:{number}"
        try:
            yield build_document(raw_from_object(row, where), published=published, limits=limits)
        except InputError as exc:
            yield exc


def read_documents(inputs: list[str], *, published: str | None = None,
                   allow_private: bool = False,
                   limits: Limits | None = None) -> Iterator[Document | InputError]:
    limits = limits or Limits()
    for item in inputs:
        if item.lower().endswith(".parquet") and Path(item).is_file():
            yield from read_parquet_documents(Path(item), published=published, limits=limits)
        else:
            yield from read_inputs([item], published=published, allow_private=allow_private,
                                   limits=limits)


def done_doc_ids(out: Path) -> set[str]:
    """doc_ids already coded into OUT; unreadable (partial) files are moved aside."""
    import pyarrow.parquet as pq

    done: set[str] = set()
    if not out.exists():
        return done
    for f in sorted(out.glob("*.parquet")):
        try:
            done.update(pq.read_table(f, columns=["doc_id"]).column("doc_id").to_pylist())
        except Exception:  # noqa: BLE001 - a file a killed run left half-written
            f.rename(f.with_suffix(".parquet.partial"))
    return done


def read_records(out: Path | str) -> list[dict[str, Any]]:
    """The event records stored in OUT (marker rows for documents without events skipped)."""
    import pyarrow.parquet as pq

    records = []
    for f in sorted(Path(out).glob("*.parquet")):
        for payload in pq.read_table(f, columns=["record"]).column("record").to_pylist():
            if payload:
                records.append(json.loads(payload))
    return records


@dataclass
class RayRunReport:
    documents: int = 0
    skipped: int = 0
    failed: list[tuple[str, str]] | None = None
    events: int = 0
    seconds: float = 0.0


def code_with_ray(
    documents: Iterable[Document | InputError],
    out: Path,
    *,
    config: CoderConfig | None = None,
    workers: int = 2,
    batch_size: int = 16,
    address: str | None = None,
    out_format: str = "parquet",
) -> RayRunReport:
    """Code documents on Ray into OUT (a Parquet dataset, or JSON Lines files)."""
    ray = require_ray()
    config = config or CoderConfig()
    report = RayRunReport(failed=[])
    started = time.monotonic()
    out.mkdir(parents=True, exist_ok=True)
    done = done_doc_ids(out) if out_format == "parquet" else jsonl_done_doc_ids(out)
    todo = []
    for item in documents:
        if isinstance(item, InputError):
            report.failed.append((item.source, item.reason))
        elif item.doc_id in done:
            report.skipped += 1
        else:
            todo.append({"document": json.dumps(asdict(item), ensure_ascii=False)})
    report.documents = len(todo)
    if todo:
        if not ray.is_initialized():
            if address:
                ray.init(address=address, log_to_driver=False)
            else:
                ray.init(num_cpus=workers, log_to_driver=False, include_dashboard=False,
                         runtime_env=local_runtime_env())
        ds = ray.data.from_items(todo, override_num_blocks=max(1, len(todo) // batch_size))
        coded = ds.map_batches(
            CoderWorker,
            fn_constructor_kwargs={"config": config},
            batch_size=batch_size,
            concurrency=workers,
            num_cpus=1,
            batch_format="numpy",
        )
        if out_format == "parquet":
            coded.write_parquet(str(out), filename_provider=None)
            report.events = len(read_records(out))
        else:
            report.events = write_jsonl(coded, out)
    report.seconds = time.monotonic() - started
    return report


def local_runtime_env() -> dict[str, Any]:
    """Let local workers import this very dyadwatch, installed or run from a source tree."""
    import os

    import dyadwatch

    here = str(Path(dyadwatch.__file__).resolve().parents[1])
    path = os.environ.get("PYTHONPATH")
    return {"env_vars": {"PYTHONPATH": f"{here}{os.pathsep}{path}" if path else here}}


def jsonl_done_doc_ids(out: Path) -> set[str]:
    done: set[str] = set()
    for f in sorted(out.glob("*.done")):
        done.update(line for line in f.read_text().splitlines() if line)
    return done


def write_jsonl(coded, out: Path) -> int:
    """Stream rows to OUT/records-<time>.jsonl; doc_ids to a .done file once written."""
    stamp = time.strftime("%Y%m%dT%H%M%S")
    records_path, done_path = out / f"records-{stamp}.jsonl", out / f"records-{stamp}.done"
    events = 0
    with records_path.open("w", encoding="utf-8") as rec_fh, done_path.open("w") as done_fh:
        for batch in coded.iter_batches(batch_format="numpy", batch_size=None):
            docs = []
            for doc_id, payload in zip(batch["doc_id"], batch["record"], strict=True):
                if payload:
                    rec_fh.write(payload + "\n")
                    events += 1
                docs.append(doc_id)
            rec_fh.flush()
            done_fh.write("".join(f"{d}\n" for d in dict.fromkeys(docs)))
            done_fh.flush()
    return events
