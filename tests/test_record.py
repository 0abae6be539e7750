import json

import jsonschema
import pytest
from pydantic import ValidationError

from dyadwatch.record import EventRecord, json_schema, make_event_id, validate
from dyadwatch.tables import cameo, cameo_codes, plover_for


def sample() -> dict:
    return {
        "schema": 1, "event_id": "x", "doc_id": "d", "sentence": "A did B.", "start": 0,
        "end": 8, "trigger": "did",
        "source": {"code": "RUSGOV", "country": "RUS", "roles": ["GOV"], "text": "Russia"},
        "target": None, "cameo": "055", "root": "05", "quad": 1, "goldstein": 3.5,
        "plover": {"type": "SUPPORT", "mode": None}, "date": "2024-12",
        "date_precision": "month", "modality": "asserted", "confidence": 0.8,
        "coder_version": "0",
    }


def test_record_roundtrip_and_schema_agree():
    rec = validate(sample())
    data = rec.to_dict()
    assert data["schema"] == 1
    jsonschema.validate(data, json_schema())
    assert EventRecord.model_validate(json.loads(rec.to_json())) == rec


def test_record_rejects_bad_values():
    bad = sample() | {"modality": "maybe"}
    with pytest.raises(ValidationError):
        validate(bad)
    with pytest.raises(ValidationError):
        validate(sample() | {"date": "July 2025"})
    with pytest.raises(ValidationError):
        validate(sample() | {"unknown_field": 1})


def test_event_id_is_stable_and_sensitive():
    a = make_event_id("d", 0, 8, "055", ["RUSGOV"], ["AZE"])
    assert a == make_event_id("d", 0, 8, "055", ["RUSGOV"], ["AZE"])
    assert a != make_event_id("d", 0, 8, "055", ["AZE"], ["RUSGOV"])


def test_cameo_table_complete():
    codes = cameo_codes()
    assert "106" in codes and codes["106"].name == "Demand withdrawal"
    assert codes["1056"].name.startswith("Demand de-escalation")
    base = [c for c in codes.values()]
    assert len([c for c in base if c.code not in {"176", "1951", "1952"}]) == 311
    assert cameo("055").quad == 1 and cameo("0871").quad == 2
    assert cameo("112").quad == 3 and cameo("190").quad == 4
    assert cameo("190").goldstein == -10.0


def test_plover_mapping():
    assert plover_for("112")[0] == "ACCUSE"
    assert plover_for("041") == ("CONSULT", "phone")
    assert plover_for("010") == (None, None)  # PLOVER drops CAMEO 01 and 02
