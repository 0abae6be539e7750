"""The REST API under /api: reading the store and the analysis, coding text, ingesting.

Every filter goes to the store's parameterised queries (dyadwatch.store.query), which check
each value (actor codes, CAMEO roots, dates, modalities) and answer 400 on anything else.
"""

from __future__ import annotations

import json
from typing import Annotated, Any

from fastapi import APIRouter, Depends, HTTPException, Query, Request
from fastapi import Path as PathParam
from fastapi.responses import JSONResponse, Response
from pydantic import BaseModel, ConfigDict, Field, model_validator

from dyadwatch.analysis import dyad_series as make_series
from dyadwatch.analysis import escalation, relationship_matrix, top_actors, top_dyads
from dyadwatch.errors import InputError
from dyadwatch.web.app import State, WebState
from dyadwatch.web.coding import code_request, ingest_texts, ingest_urls
from dyadwatch.web.data import dyad_pair, series_records
from dyadwatch.web.security import bearer_token

router = APIRouter(prefix="/api", tags=["api"])
# POST /code and POST /ingest also answer at the root, as the issue names them.
alias_router = APIRouter(include_in_schema=False)

MAX_LIMIT = 1000
Limit = Annotated[int, Query(ge=0, le=MAX_LIMIT, description="at most this many")]
Offset = Annotated[int, Query(ge=0, le=10_000_000)]
Period = Annotated[str, Query(pattern="^(day|week|month|year)$")]


class EventFilters:
    """The CLI's event filters, as query parameters."""

    def __init__(
        self,
        dyad: Annotated[str | None, Query(max_length=80, description="e.g. RUS-AZE")] = None,
        actor: Annotated[str | None, Query(max_length=40, description="RUS or RUSGOV")] = None,
        root: Annotated[str | None, Query(max_length=80, description="e.g. 17 or 16,17")] = None,
        date_from: Annotated[str | None, Query(alias="from", max_length=10)] = None,
        date_to: Annotated[str | None, Query(alias="to", max_length=10)] = None,
        modality: Annotated[str | None, Query(
            max_length=100, description="all, or a comma list")] = "asserted,reported",
    ):
        self.values = {"dyad": dyad, "actor": actor, "root": root, "date_from": date_from,
                       "date_to": date_to, "modality": modality}


def _json(data: Any) -> JSONResponse:
    return JSONResponse(data)


def _dump(data: Any) -> bytes:
    return json.dumps(data, ensure_ascii=False, allow_nan=False,
                      separators=(",", ":")).encode("utf-8")


def _cached(state: WebState, request: Request, compute) -> Response:
    """The answer for this path and query string, from the cache while the store is
    unchanged."""
    key = (request.url.path, tuple(sorted(request.query_params.multi_items())))
    body = state.responses.get(key, lambda: _dump(compute()))
    return Response(body, media_type="application/json")


@router.get("/stats")
def stats(state: State):
    return _json(state.store.stats())


@router.get("/documents")
def documents(state: State, limit: Limit = 50, offset: Offset = 0,
              q: Annotated[str | None, Query(max_length=200)] = None):
    """Document metadata (no text), newest first; `q` searches title and text."""
    return _json({"documents": state.store.documents(limit=limit, offset=offset, q=q),
                  "limit": limit, "offset": offset})


@router.get("/documents/{doc_id}")
def document(state: State, doc_id: str):
    """One document with its clean text and every event coded from it."""
    doc = state.store.document(doc_id)
    if doc is None:
        raise HTTPException(404, f"no document {doc_id!r}")
    doc["events"] = state.store.events(doc_id=doc_id, modality=None)
    return _json(doc)


@router.get("/events")
def events(state: State, request: Request, filters: Annotated[EventFilters, Depends()],
           limit: Limit = 100, offset: Offset = 0):
    """Event records matching the filters (each with its cluster_id)."""
    def compute() -> dict:
        rows = state.store.events(**filters.values, limit=limit, offset=offset)
        return {"events": rows, "limit": limit, "offset": offset,
                "next_offset": offset + len(rows) if len(rows) == limit and limit else None}

    return _cached(state, request, compute)


@router.get("/events/{event_id}")
def event(state: State, event_id: str):
    rec = state.store.event(event_id)
    if rec is None:
        raise HTTPException(404, f"no event {event_id!r}")
    return _json(rec)


@router.get("/clusters")
def clusters(state: State, request: Request, filters: Annotated[EventFilters, Depends()],
             limit: Limit = 100, offset: Offset = 0):
    """Event clusters (one incident, many reports) with an event matching the filters."""
    return _cached(state, request, lambda: {
        "clusters": state.store.clusters(**filters.values, limit=limit, offset=offset),
        "limit": limit, "offset": offset})


@router.get("/clusters/{cluster_id}")
def cluster(state: State, cluster_id: Annotated[int, PathParam(ge=0, le=2**62)]):
    found = state.store.cluster(cluster_id)
    if found is None:
        raise HTTPException(404, f"no cluster {cluster_id}")
    return _json(found)


@router.get("/dyads")
def dyads(state: State, top: Annotated[int, Query(ge=1, le=200)] = 20,
          by: Period = "month"):
    """The most active pairs of countries."""
    table = top_dyads(state.frames.frame(), top=top, by=by)
    return _json({"dyads": series_records(table)})


@router.get("/dyads/{dyad}/series")
def dyad_series(state: State, dyad: str, by: Period = "month", directed: bool = False,
                date_from: Annotated[str | None, Query(alias="from", max_length=10)] = None,
                date_to: Annotated[str | None, Query(alias="to", max_length=10)] = None):
    """Per-period counts of the dyad's event clusters by quad class, Goldstein, coverage."""
    a, b = dyad_pair(dyad)
    series = make_series(state.frames.frame(), a, b, by=by, directed=directed,
                         date_from=date_from, date_to=date_to)
    return _json({"dyad": [a, b], "by": by, "series": series_records(series)})


@router.get("/dyads/{dyad}/escalation")
def dyad_escalation(state: State, dyad: str, by: Period = "month",
                    directed: bool = False):
    """Is the dyad escalating? Status, since when, the ratio and the driving events."""
    a, b = dyad_pair(dyad)
    return _json(escalation(state.frames.frame(), a, b, by=by, directed=directed).to_dict())


@router.get("/actors")
def actors(state: State, top: Annotated[int, Query(ge=1, le=500)] = 20,
           level: Annotated[str, Query(pattern="^(country|code)$")] = "country",
           by: Period = "month"):
    """The most active actors, with their trend."""
    table = top_actors(state.frames.frame(), top=top, level=level, by=by)
    return _json({"actors": series_records(table)})


@router.get("/matrix")
def matrix(state: State,
           value: Annotated[str, Query(pattern="^(goldstein|net)$")] = "goldstein",
           top: Annotated[int, Query(ge=1, le=100)] = 15, directed: bool = True,
           date_from: Annotated[str | None, Query(alias="from", max_length=10)] = None,
           date_to: Annotated[str | None, Query(alias="to", max_length=10)] = None):
    """Rows act on columns: mean Goldstein (or net cooperation) between the top actors."""
    table = relationship_matrix(state.frames.frame(), date_from=date_from, date_to=date_to,
                                value=value, directed=directed, top=top)
    cells = [[None if v != v else float(v) for v in row] for row in table.to_numpy().tolist()]
    return _json({"rows": [str(i) for i in table.index], "columns":
                  [str(c) for c in table.columns], "values": cells, "value": value})


@router.get("/search")
def search(state: State, q: Annotated[str, Query(min_length=1, max_length=200)],
           limit: Annotated[int, Query(ge=1, le=200)] = 50):
    """Documents and events whose text contains `q`."""
    return _json(state.store.search(q, limit=limit))


class CodeRequest(BaseModel):
    """Text to code, or an http(s) URL to fetch and code. Nothing is stored."""

    model_config = ConfigDict(extra="forbid")
    text: str | None = Field(default=None, max_length=1_500_000)
    url: str | None = Field(default=None, max_length=2000)
    published: str | None = Field(default=None, max_length=10,
                                   description="publication date YYYY-MM-DD")
    title: str | None = Field(default=None, max_length=500)

    @model_validator(mode="after")
    def one_input(self) -> CodeRequest:
        if bool(self.text and self.text.strip()) == bool(self.url and self.url.strip()):
            raise ValueError("give either text or url")
        return self


@router.post("/code")
def code(state: State, body: CodeRequest):
    """Code a text (or the page at an http(s) URL) and return its events, without storing.
    URLs on private, loopback or link-local addresses are refused unless the server runs
    with --allow-private."""
    results = code_request(state, text=body.text, url=body.url, published=body.published,
                           title=body.title)
    return _json({"documents": [r.as_dict() for r in results]})


class IngestText(BaseModel):
    model_config = ConfigDict(extra="forbid")
    text: str = Field(min_length=1, max_length=1_500_000)
    title: str | None = Field(default=None, max_length=500)
    outlet: str | None = Field(default=None, max_length=200)
    url: str | None = Field(default=None, max_length=2000, description="where it came from")
    published: str | None = Field(default=None, max_length=10)


class IngestRequest(BaseModel):
    """Texts to code and store, and/or http(s) URLs to fetch, code and store."""

    model_config = ConfigDict(extra="forbid")
    documents: list[IngestText] = Field(default_factory=list, max_length=200)
    urls: list[str] = Field(default_factory=list, max_length=50)


def require_token(request: Request, state: State) -> str:
    name = state.store.verify_token(bearer_token(request))
    if name is None:
        raise HTTPException(401, "a valid bearer token is needed to write "
                                 "(make one with `dyadwatch token create NAME`)",
                            headers={"WWW-Authenticate": "Bearer"})
    return name


@router.post("/ingest")
def ingest(state: State, body: IngestRequest,
           token_name: Annotated[str, Depends(require_token)]):
    """Code and store documents (needs `Authorization: Bearer <token>`). Documents already
    stored (same text or URL) are skipped."""
    if not body.documents and not body.urls:
        raise InputError("ingest", "nothing to ingest: give documents or urls")
    report = ingest_texts(state, body.documents, token_name)
    out = report.as_dict()
    if body.urls:
        more = ingest_urls(state, body.urls).as_dict()
        for key in ("new", "skipped", "failed", "events"):
            out[key] += more[key]
        out["skipped_reasons"] += more["skipped_reasons"]
        out["failures"] += more["failures"]
    return _json(out)


alias_router.add_api_route("/code", code, methods=["POST"])
alias_router.add_api_route("/ingest", ingest, methods=["POST"])
