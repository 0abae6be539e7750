"""The dashboard's pages: server-rendered Jinja2 templates with autoescaping, a little
JavaScript from /static (Plotly and the chart set-up), and CSRF-protected forms."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Form, HTTPException, Query, Request
from fastapi.responses import HTMLResponse

from dyadwatch.analysis import dyad_series, escalation
from dyadwatch.errors import DyadwatchError
from dyadwatch.web.app import State, html_response
from dyadwatch.web.coding import code_request
from dyadwatch.web.data import OVERVIEW_PARTS, dyad_pair, series_records
from dyadwatch.web.highlight import highlight_records
from dyadwatch.web.security import CSRF_FIELD

router = APIRouter(include_in_schema=False)
PAGE_SIZE = 50
Text = Annotated[str | None, Query(max_length=100)]


@router.get("/", response_class=HTMLResponse)
def overview(request: Request, state: State):
    dyads = state.frames.derived("overview_dyads", OVERVIEW_PARTS["overview_dyads"])
    latest_ids = state.frames.derived("latest_ids", OVERVIEW_PARTS["latest_ids"])
    latest = [e for e in (state.store.event(i) for i in latest_ids) if e]
    return html_response(request, "overview.html", {
        "dyads": dyads, "latest": latest, "stats": state.store.stats()})


@router.get("/dyad/{dyad}", response_class=HTMLResponse)
def dyad_page(request: Request, state: State, dyad: str, root: Text = None,
              date_from: Annotated[str | None, Query(alias="from", max_length=10)] = None,
              date_to: Annotated[str | None, Query(alias="to", max_length=10)] = None,
              modality: Text = "asserted,reported",
              offset: Annotated[int, Query(ge=0, le=10_000_000)] = 0):
    a, b = dyad_pair(dyad)
    filters = {"root": root or None, "date_from": date_from or None,
               "date_to": date_to or None, "modality": modality or "asserted,reported"}
    events = state.store.events(dyad=f"{a}-{b}", **filters, limit=PAGE_SIZE, offset=offset)
    series = state.frames.derived(f"series:{a}-{b}", lambda frame: series_records(
        dyad_series(frame, a, b, by="month")))
    verdict = state.frames.derived(f"escalation:{a}-{b}", lambda frame: escalation(
        frame, a, b, by="month").to_dict())
    chart = {
        "periods": [r["start"] for r in series],
        "labels": [r["period"] for r in series],
        "quads": {k: [r[k] for r in series] for k in (
            "verbal_coop", "material_coop", "verbal_conflict", "material_conflict")},
        "goldstein": [r["goldstein_mean"] for r in series],
        "title": f"{a}–{b}: event clusters per month",
    }
    return html_response(request, "dyad.html", {
        "a": a, "b": b, "dyad": f"{a}-{b}", "events": events, "filters": filters,
        "offset": offset, "page_size": PAGE_SIZE, "chart": chart, "escalation": verdict,
        "series": series})


@router.get("/event/{event_id}", response_class=HTMLResponse)
def event_page(request: Request, state: State, event_id: str):
    rec = state.store.event(event_id)
    if rec is None:
        raise HTTPException(404, f"no event {event_id!r}")
    cluster = state.store.cluster(rec["cluster_id"]) if rec.get("cluster_id") else None
    supporting = cluster["events"] if cluster else [rec]
    docs = {d["doc_id"]: d for d in (cluster["documents"] if cluster else [])}
    if rec["doc_id"] not in docs:
        doc = state.store.document(rec["doc_id"])
        if doc:
            docs[doc["doc_id"]] = doc
    return html_response(request, "event.html", {
        "rec": rec, "cluster": cluster["cluster"] if cluster else None,
        "supporting": supporting, "docs": docs})


@router.get("/article/{doc_id}", response_class=HTMLResponse)
def article_page(request: Request, state: State, doc_id: str):
    doc = state.store.document(doc_id)
    if doc is None:
        raise HTTPException(404, f"no article {doc_id!r}")
    events = state.store.events(doc_id=doc_id, modality=None)
    return html_response(request, "article.html", {
        "doc": doc, "events": events, "body": highlight_records(doc["text"], events)})


def _paste_form(request: Request, state: Any, context: dict[str, Any], status: int = 200):
    token = state.csrf.token_for(request)
    response = html_response(request, "paste.html", {**context, "csrf_token": token},
                             status_code=status)
    state.csrf.set_cookie(response, token, state.secure_cookies)
    return response


@router.get("/paste", response_class=HTMLResponse)
def paste_page(request: Request, state: State):
    return _paste_form(request, state, {"results": None, "text": "", "url": ""})


@router.post("/paste", response_class=HTMLResponse)
def paste_submit(request: Request, state: State,
                 text: Annotated[str, Form(max_length=1_500_000)] = "",
                 url: Annotated[str, Form(max_length=2000)] = "",
                 published: Annotated[str, Form(max_length=10)] = "",
                 csrf_token: Annotated[str, Form(alias=CSRF_FIELD, max_length=200)] = ""):
    if not state.csrf.check(request, csrf_token):
        raise HTTPException(403, "the form has expired or did not come from this site; "
                                 "reload the page and try again")
    context: dict[str, Any] = {"text": text, "url": url, "published": published}
    try:
        coded = code_request(state, text=text, url=url, published=published or None)
    except DyadwatchError as exc:
        return _paste_form(request, state, {**context, "error": str(exc), "results": None},
                           status=400)
    results = [{"doc": c.document, "events": c.events,
                "body": highlight_records(c.document.text, c.events)} for c in coded]
    return _paste_form(request, state, {**context, "results": results})


@router.get("/search", response_class=HTMLResponse)
def search_page(request: Request, state: State,
                q: Annotated[str, Query(max_length=200)] = ""):
    found = state.store.search(q, limit=PAGE_SIZE) if q.strip() else None
    return html_response(request, "search.html", {"q": q, "found": found})


@router.get("/docs", response_class=HTMLResponse)
def api_docs(request: Request):
    """An offline API reference built from the OpenAPI schema (Swagger UI would load its
    scripts from a CDN)."""
    schema = request.app.openapi()
    operations = []
    for path, methods in schema.get("paths", {}).items():
        for method, op in methods.items():
            params = [{"name": p.get("name"), "in": p.get("in"),
                       "required": p.get("required", False),
                       "description": p.get("description") or p.get("schema", {}).get(
                           "description", "")} for p in op.get("parameters", [])]
            operations.append({"method": method.upper(), "path": path,
                               "summary": op.get("summary", ""),
                               "description": op.get("description", ""), "params": params,
                               "body": "requestBody" in op})
    return html_response(request, "docs.html", {"operations": operations,
                                                "version": schema["info"]["version"]})
