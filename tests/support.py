"""Plain helpers shared by the tests (importable as `support`; fixtures live in conftest)."""

from __future__ import annotations

import os
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
EXAMPLES = ROOT / "examples"


def require_services() -> bool:
    """In CI (.ci/run) tests needing PostgreSQL or Chromium must fail, not skip."""
    return os.environ.get("DYADWATCH_REQUIRE_SERVICES") == "1"


def make_record(doc_id: str, cameo: str, source, target, sentence: str, trigger: str,
                date: str | None = None, precision: str | None = None, start: int = 0,
                modality: str = "asserted", pub_date: str | None = "2025-07-03",
                confidence: float = 0.8, location: dict | None = None) -> dict:
    """A valid event record built by hand (actors as 'RUSGOV' codes or lists of codes)."""
    from dyadwatch.record import make_event_id, validate
    from dyadwatch.tables import cameo as cameo_entry
    from dyadwatch.tables import plover_for

    def actor(code):
        if code is None:
            return None
        if isinstance(code, list):
            return [actor(c) for c in code]
        country = code[:6] if code.startswith("IGO") else code[:3]
        roles = [] if code.startswith("IGO") else [code[i:i + 3] for i in range(3, len(code), 3)]
        return {"code": code, "country": country, "roles": roles, "text": code.title()}

    def codes(field):
        return [] if field is None else (field if isinstance(field, list) else [field])

    entry = cameo_entry(cameo)
    ptype, pmode = plover_for(cameo)
    rec = {
        "event_id": make_event_id(doc_id, start, start + len(sentence), cameo, codes(source),
                                  codes(target)),
        "doc_id": doc_id, "sentence": sentence, "start": start, "end": start + len(sentence),
        "trigger": trigger, "source": actor(source), "target": actor(target), "cameo": cameo,
        "root": cameo[:2], "quad": entry.quad, "goldstein": entry.goldstein,
        "plover": {"type": ptype, "mode": pmode}, "date": date, "date_precision": precision,
        "pub_date": pub_date, "modality": modality, "confidence": confidence,
        "location": location, "coder_version": "test",
    }
    return validate(rec).to_dict()
