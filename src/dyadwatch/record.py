"""The event record: the one definition every part of dyadwatch speaks.

The CLI prints it, the store keeps it, exports and evaluation read it. Its JSON Schema
(`dyadwatch schema`) is generated from these models, so the two cannot drift apart.
Bump `SCHEMA_VERSION` on any incompatible change.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from dyadwatch.version import SCHEMA_VERSION

Modality = Literal["asserted", "reported", "hypothetical", "negated", "future"]
MODALITIES: tuple[str, ...] = ("asserted", "reported", "hypothetical", "negated", "future")
FACTUAL_MODALITIES: tuple[str, ...] = ("asserted", "reported")
Precision = Literal["day", "month", "year"]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Actor(_Model):
    """One coded actor: `code` is ISO3 country (or IGO code) plus CAMEO role codes."""

    code: str = Field(description="CAMEO actor code, e.g. RUSGOV, AZE, AZEMED, IGOUNO")
    country: str | None = Field(description="ISO3 country, IGO code (IGOUNO) or null")
    roles: list[str] = Field(default_factory=list, description="CAMEO role codes, e.g. [GOV]")
    text: str = Field(description="the words in the text that name the actor")
    name: str | None = Field(default=None, description="canonical name when known")
    inferred: bool = Field(
        default=False, description="taken from context (main dyad, place), not named"
    )


class Plover(_Model):
    type: str | None = Field(description="PLOVER 2.0 event type, e.g. ACCUSE")
    mode: str | None = Field(default=None, description="PLOVER mode, e.g. phone")


class Attribution(_Model):
    code: str | None = Field(description="actor code of the speaker, when coded")
    text: str = Field(description="the speaker as written")


class Location(_Model):
    name: str
    country: str | None = Field(description="ISO3")
    lat: float | None = None
    lon: float | None = None
    precision: Literal["country", "city"]


ActorField = Actor | list[Actor]


class EventRecord(_Model):
    """One coded event with its evidence."""

    schema_: int = Field(default=SCHEMA_VERSION, alias="schema")
    event_id: str = Field(description="stable hash of doc_id, evidence offsets, code, actors")
    doc_id: str
    sentence: str = Field(description="the full evidence sentence")
    start: int = Field(ge=0, description="offset of the evidence sentence in the clean text")
    end: int = Field(ge=0, description="end offset (exclusive) of the evidence sentence")
    trigger: str = Field(description="the words that state the act")
    trigger_start: int | None = Field(default=None, ge=0)
    trigger_end: int | None = Field(default=None, ge=0)
    source: ActorField
    target: ActorField | None = None
    cameo: str = Field(pattern=r"^\d{2,4}$")
    root: str = Field(pattern=r"^\d{2}$")
    quad: int = Field(ge=1, le=4, description="GDELT QuadClass")
    goldstein: float = Field(ge=-10, le=10)
    plover: Plover
    date: str | None = Field(default=None, pattern=r"^\d{4}(-\d{2}(-\d{2})?)?$")
    date_precision: Precision | None = None
    date_text: str | None = None
    date_start: str | None = Field(default=None, description="first day the date can mean")
    date_end: str | None = Field(default=None, description="last day the date can mean")
    pub_date: str | None = None
    modality: Modality = "asserted"
    attribution: Attribution | None = None
    location: Location | None = None
    confidence: float = Field(ge=0, le=1)
    learned: bool = Field(
        default=False, description="coded by the learned fallback (a model's root), not a rule"
    )
    coder_version: str

    model_config = ConfigDict(extra="forbid", populate_by_name=True)

    def to_dict(self) -> dict[str, Any]:
        return self.model_dump(mode="json", by_alias=True)

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False)


def actor_codes(field: ActorField | None) -> list[str]:
    if field is None:
        return []
    if isinstance(field, list):
        return [a.code for a in field]
    return [field.code]


def make_event_id(
    doc_id: str, start: int, end: int, cameo: str, source: list[str], target: list[str]
) -> str:
    """Stable across runs: the same evidence, code and actors give the same id."""
    key = "\x1f".join([doc_id, str(start), str(end), cameo, ",".join(source), ",".join(target)])
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:20]


def json_schema() -> dict[str, Any]:
    schema = EventRecord.model_json_schema(by_alias=True)
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["$id"] = f"https://dyadwatch.invalid/schema/event-record-{SCHEMA_VERSION}.json"
    return schema


def validate(data: dict[str, Any]) -> EventRecord:
    """Parse and check a record dict (raises pydantic.ValidationError)."""
    return EventRecord.model_validate(data)
