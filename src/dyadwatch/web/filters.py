"""Jinja2 filters and globals used by the templates."""

from __future__ import annotations

from typing import Any

from jinja2 import Environment

from dyadwatch.tables import cameo_codes
from dyadwatch.web.data import safe_link
from dyadwatch.web.highlight import actor_label, event_title, sentence_with_trigger

STATUS_CLASS = {"escalating": "flag-esc", "easing": "flag-ease", "calm": "flag-calm",
                "insufficient_data": "flag-none"}


def cameo_label(code: str | None) -> str:
    entry = cameo_codes().get(code or "")
    return entry.name if entry else ""


def actor_names(field: Any) -> str:
    """'Russia (RUSGOV)' style text for hover and tables."""
    items = field if isinstance(field, list) else [field] if field else []
    parts = []
    for a in items:
        if isinstance(a, dict):
            name = a.get("name") or a.get("text") or ""
            parts.append(f"{name} ({a.get('code')})" if name else str(a.get("code")))
    return "; ".join(parts) or "—"


def install(env: Environment) -> None:
    env.filters["actors"] = actor_label
    env.filters["actor_names"] = actor_names
    env.filters["safe_link"] = safe_link
    env.filters["event_title"] = event_title
    env.filters["evidence"] = sentence_with_trigger
    env.filters["cameo_label"] = cameo_label
    env.filters["status_class"] = lambda s: STATUS_CLASS.get(s or "", "flag-none")
