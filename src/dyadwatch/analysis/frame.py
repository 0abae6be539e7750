"""From the store's event frame to one row per event cluster, placed in a period.

The store gives one row per ordered source-target pair and per article
(`Store.events_frame`). Analysis counts real-world incidents, so every function here
first reduces rows to clusters: one incident reported by ten articles counts once.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import pandas as pd

from dyadwatch.errors import InputError
from dyadwatch.record import FACTUAL_MODALITIES, MODALITIES

REQUIRED_COLUMNS: tuple[str, ...] = (
    "event_id", "cluster_id", "doc_id", "date", "date_precision", "pub_date",
    "source_code", "source_country", "target_code", "target_country",
    "cameo", "root", "quad", "goldstein", "modality", "confidence",
)
OPTIONAL_COLUMNS: tuple[str, ...] = ("sentence", "trigger", "outlet", "url")

PERIODS: dict[str, str] = {"day": "D", "week": "W-SUN", "month": "M", "year": "Y"}
QUAD_COLUMNS: dict[int, str] = {
    1: "verbal_coop", 2: "material_coop", 3: "verbal_conflict", 4: "material_conflict",
}
QUAD_LABELS: dict[str, str] = {
    "verbal_coop": "verbal cooperation", "material_coop": "material cooperation",
    "verbal_conflict": "verbal conflict", "material_conflict": "material conflict",
}
# How fine a date is, to pick the best-dated report of a cluster and to flag dates that
# are coarser than the period they are counted in.
PRECISION_RANK: dict[str, int] = {"year": 1, "month": 2, "day": 3}
PERIOD_RANK: dict[str, int] = {"year": 1, "month": 2, "week": 3, "day": 3}


def check_frame(frame: pd.DataFrame) -> pd.DataFrame:
    """Raise InputError unless `frame` has the store's event-frame columns."""
    if not isinstance(frame, pd.DataFrame):
        raise InputError("events", f"expected a pandas DataFrame, got {type(frame).__name__}")
    missing = [c for c in REQUIRED_COLUMNS if c not in frame.columns]
    if missing:
        raise InputError("events", f"event frame lacks columns: {', '.join(missing)}")
    out = frame.copy()
    for col in OPTIONAL_COLUMNS:
        if col not in out.columns:
            out[col] = None
    return out


def check_period(by: str) -> str:
    if by not in PERIODS:
        raise InputError("--by", f"unknown period {by!r}; use one of {', '.join(PERIODS)}")
    return by


def check_modality(modality: Iterable[str] | None) -> tuple[str, ...] | None:
    """None means every modality; otherwise a checked tuple."""
    if modality is None:
        return None
    wanted = tuple(modality)
    unknown = sorted(set(wanted) - set(MODALITIES))
    if unknown:
        raise InputError("--modality", f"unknown modality {', '.join(unknown)}")
    return wanted


def parse_bound(value: str | None, *, end: bool) -> pd.Timestamp | None:
    """'2025', '2025-06' or '2025-06-30' as the first (or, with end, last) day it can mean."""
    if value is None or value == "":
        return None
    text = str(value).strip()
    parts = text.split("-")
    try:
        if len(parts) == 1 and len(text) == 4:
            first = pd.Timestamp(int(text), 1, 1)
            return first + pd.offsets.YearEnd(0) if end else first
        if len(parts) == 2:
            first = pd.Timestamp(int(parts[0]), int(parts[1]), 1)
            return first + pd.offsets.MonthEnd(0) if end else first
        if len(parts) == 3:
            return pd.Timestamp(int(parts[0]), int(parts[1]), int(parts[2]))
    except (ValueError, OverflowError):
        pass
    raise InputError("date", f"{text!r} is not a date (use YYYY, YYYY-MM or YYYY-MM-DD)")


def _first_day(values: pd.Series) -> pd.Series:
    """Partial ISO dates to the first day they can mean; anything else becomes NaT."""
    text = values.astype("string").str.strip()
    text = text.where(text.str.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", na=False))
    padded = text.where(text.str.len() != 4, text + "-01-01")
    padded = padded.where(padded.str.len() != 7, padded + "-01")
    return pd.to_datetime(padded, format="%Y-%m-%d", errors="coerce")


def _precision(frame: pd.DataFrame) -> pd.Series:
    """The stored precision, or the one the date string shows when that is missing."""
    shown = frame["date"].astype("string").str.len().map({4: "year", 7: "month", 10: "day"})
    stored = frame["date_precision"].astype("string")
    return stored.fillna(shown.astype("string"))


def actor_matches(code: pd.Series, country: pd.Series, spec: str) -> pd.Series:
    """A spec names a country (RUS), an actor code (RUSGOV) or a code prefix.

    RUS matches RUSGOV and RUSMED (and any actor whose country is RUS); RUSGOV matches
    only government actors of Russia.
    """
    code = code.astype("string").str.upper()
    country = country.astype("string").str.upper()
    return (country.eq(spec) | code.str.startswith(spec)).fillna(False).astype(bool)


def check_actor(spec: str) -> str:
    text = str(spec).strip().upper()
    if not text.isalnum() or not 3 <= len(text) <= 24:
        raise InputError(
            str(spec), "not an actor code: use a CAMEO code such as RUS, AZE, RUSGOV or IGOUNO"
        )
    return text


def unit_keys(frame: pd.DataFrame) -> pd.Series:
    """What counts as one event: a cluster (else the event) in one country-to-country
    direction. Reports of one incident share it; the pairs of a compound actor ("the US
    commended India and Pakistan") and the two sides of a mutual act stay apart, as the
    coding conventions record them as separate ordered pairs."""
    base = frame["cluster_id"].astype("string").fillna(frame["event_id"].astype("string"))
    src = frame["source_country"].astype("string").fillna(
        frame["source_code"].astype("string").str.slice(0, 3)).fillna("")
    tgt = frame["target_country"].astype("string").fillna(
        frame["target_code"].astype("string").str.slice(0, 3)).fillna("")
    return base + "|" + src + ">" + tgt


def clusters(
    frame: pd.DataFrame,
    modality: Sequence[str] | None = FACTUAL_MODALITIES,
    dated_only: bool = False,
) -> pd.DataFrame:
    """One row per event cluster (an incident counted once), with where it falls in time.

    Adds: `when` (the event date, or the publication date when the event has none),
    `by_pub_date` (that fallback was used), `precision`, `n_reports` (rows folded in),
    `n_docs` (articles that report it). The kept row is the best-dated, most confident
    report, so a cluster takes its date from the article that dates it most precisely.
    """
    data = check_frame(frame)
    wanted = check_modality(modality)
    if wanted is not None:
        data = data[data["modality"].isin(wanted)]
    if data.empty:
        return _empty_clusters(data)
    data = data.assign(
        cluster_key=unit_keys(data),
        precision=_precision(data),
        event_day=_first_day(data["date"]),
        pub_day=_first_day(data["pub_date"].astype("string").str.slice(0, 10)),
    )
    data = data.assign(
        precision=data["precision"].where(data["event_day"].notna()),
        rank=data["precision"].map(PRECISION_RANK).fillna(0).astype(int)
        * data["event_day"].notna(),
        confidence=pd.to_numeric(data["confidence"], errors="coerce").fillna(0.0),
        goldstein=pd.to_numeric(data["goldstein"], errors="coerce").fillna(0.0),
        quad=pd.to_numeric(data["quad"], errors="coerce").fillna(0).astype(int),
    )
    ordered = data.sort_values(
        ["cluster_key", "rank", "confidence", "pub_day", "event_id"],
        ascending=[True, False, False, True, True],
        na_position="last",
    )
    grouped = ordered.groupby("cluster_key", sort=False)
    best = grouped.head(1).set_index("cluster_key")
    best["n_reports"] = grouped.size()
    best["n_docs"] = grouped["doc_id"].nunique()
    best["first_pub"] = grouped["pub_day"].min()
    best = best.reset_index()
    best["by_pub_date"] = best["event_day"].isna()
    best["when"] = best["event_day"].fillna(best["first_pub"])
    best.loc[best["by_pub_date"], "precision"] = "day"
    best = best[best["when"].notna()]
    if dated_only:
        best = best[~best["by_pub_date"]]
    return best.drop(columns=["rank", "event_day"]).reset_index(drop=True)


def _empty_clusters(data: pd.DataFrame) -> pd.DataFrame:
    extra = {
        "cluster_key": pd.Series(dtype="string"), "precision": pd.Series(dtype="string"),
        "pub_day": pd.Series(dtype="datetime64[ns]"), "n_reports": pd.Series(dtype=int),
        "n_docs": pd.Series(dtype=int), "first_pub": pd.Series(dtype="datetime64[ns]"),
        "by_pub_date": pd.Series(dtype=bool), "when": pd.Series(dtype="datetime64[ns]"),
    }
    return data.iloc[0:0].assign(**extra).reset_index(drop=True)


def in_range(
    when: pd.Series, date_from: str | None, date_to: str | None
) -> pd.Series:
    """Mask of dates within [date_from, date_to], bounds meaning whole years/months."""
    lo, hi = parse_bound(date_from, end=False), parse_bound(date_to, end=True)
    mask = pd.Series(True, index=when.index)
    if lo is not None:
        mask &= when >= lo
    if hi is not None:
        mask &= when <= hi
    return mask


def period_of(when: pd.Series, by: str) -> pd.Series:
    """The period each date falls in (a month-precision date falls where its first day is)."""
    return when.dt.to_period(PERIODS[check_period(by)])


def period_grid(first: pd.Period, last: pd.Period) -> pd.PeriodIndex:
    return pd.period_range(first, last, freq=first.freq)


def period_label(period: pd.Period, by: str) -> str:
    """month 2025-06, year 2025, day 2025-06-30, week: the Monday it starts on."""
    if by == "month":
        return period.strftime("%Y-%m")
    if by == "year":
        return period.strftime("%Y")
    return period.start_time.strftime("%Y-%m-%d")


def coarser_than(precision: pd.Series, by: str) -> pd.Series:
    """True where a date is less precise than the period (a month date in week mode)."""
    rank = precision.map(PRECISION_RANK).fillna(0)
    return (rank < PERIOD_RANK[by]).astype(bool)


def coverage(frame: pd.DataFrame, by: str) -> pd.Series:
    """Articles per period: distinct documents reporting any event dated in it.

    Counted over the whole frame (every dyad, every modality), by each event's own period,
    so it measures how much the store knows about that period, not when it was published.
    """
    every = clusters(frame, modality=None)
    if every.empty:
        return pd.Series(dtype=float)
    data = check_frame(frame)
    keys = unit_keys(data)
    period = period_of(every.set_index("cluster_key")["when"], by)
    doc_period = pd.DataFrame({"doc": data["doc_id"].to_numpy(),
                               "period": keys.map(period).to_numpy()}).dropna()
    return doc_period.drop_duplicates().groupby("period").size().astype(float)


def quad_counts(groups: pd.core.groupby.DataFrameGroupBy) -> pd.DataFrame:
    counts = groups["quad"].value_counts().unstack(fill_value=0)
    return counts.reindex(columns=list(QUAD_COLUMNS), fill_value=0).rename(
        columns=QUAD_COLUMNS
    )

