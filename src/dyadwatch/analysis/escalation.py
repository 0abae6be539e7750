"""Escalation: is a dyad's conflict rising above its own baseline, given how much is reported?

Method (justified in docs/escalation.md): a one-sided Poisson CUSUM per conflict measure
(material conflict, verbal conflict) over event clusters per period, with each period's
expected count scaled by its coverage (articles), so that more reporting raises the
expectation instead of raising the alarm. The baseline rate is the dyad's own, from the
trailing window before the current run, excluding earlier escalation episodes.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import pandas as pd
from scipy.stats import gamma, nbinom

from dyadwatch.analysis.frame import (
    QUAD_LABELS,
    check_period,
    coverage,
    parse_bound,
    period_label,
)
from dyadwatch.analysis.series import describe_event, dyad_events, series_table, top_events
from dyadwatch.errors import InputError
from dyadwatch.record import FACTUAL_MODALITIES

MEASURES: dict[str, tuple[int, ...]] = {"material_conflict": (4,), "verbal_conflict": (3,)}
UNIT: dict[str, str] = {"day": "day", "week": "week", "month": "month", "year": "year"}


@dataclass(frozen=True)
class Settings:
    """Tuning, per period kind; every value is explained in docs/escalation.md."""

    baseline: int  # trailing periods that make the baseline rate
    min_history: int  # periods with coverage needed before any judgement
    recent: int  # periods that count as "now" for the calm/easing wording
    ratio: float = 2.0  # the rise the CUSUM is tuned to detect (k)
    min_rise: float = 1.0  # ...and at least this many more events per typical period
    evidence: float = 50.0  # likelihood ratio for an alarm: threshold h = ln(evidence)
    min_events: int = 5  # dyad events (all quads) needed at all
    prior_events: float = 0.5  # weak gamma prior on the baseline rate...
    prior_periods: float = 1.0  # ...so that an all-quiet baseline is not a rate of zero
    baseline_quantile: float = 0.8  # "no change" means a rate up to this posterior quantile

    @property
    def threshold(self) -> float:
        return math.log(self.evidence)


SETTINGS: dict[str, Settings] = {
    "day": Settings(baseline=90, min_history=30, recent=14),
    "week": Settings(baseline=26, min_history=13, recent=4),
    "month": Settings(baseline=12, min_history=6, recent=3),
    "year": Settings(baseline=5, min_history=3, recent=1),
}
NORMALISE = ("store", "dyad", "none")


@dataclass
class Episode:
    """A run of periods in alarm for one measure."""

    measure: str
    start: str
    end: str
    ratio: float
    baseline_rate: float
    baseline_periods: int
    open: bool

    def to_dict(self) -> dict[str, Any]:
        return {"measure": self.measure, "start": self.start, "end": self.end,
                "ratio": _round(self.ratio), "baseline_rate": _round(self.baseline_rate),
                "baseline_periods": self.baseline_periods, "open": self.open}


@dataclass
class Escalation:
    """The verdict: status, since when, how much, driven by which events, in words."""

    status: str  # escalating | easing | calm | insufficient_data
    message: str
    dyad: tuple[str, str]
    by: str
    since: str | None = None
    measure: str | None = None
    ratio: float | None = None
    baseline_rate: float | None = None
    current_rate: float | None = None
    baseline_periods: int = 0
    ratios: dict[str, float] = field(default_factory=dict)
    drivers: pd.DataFrame = field(default_factory=pd.DataFrame)
    episodes: list[Episode] = field(default_factory=list)
    trace: pd.DataFrame = field(default_factory=pd.DataFrame)

    def to_dict(self) -> dict[str, Any]:
        drivers = [
            {"event_id": d["event_id"], "date": d["date"] if isinstance(d["date"], str) else None,
             "source": d["source_code"], "target": d["target_code"], "cameo": d["cameo"],
             "goldstein": float(d["goldstein"]), "articles": int(d["n_docs"]),
             "sentence": d["sentence"] if isinstance(d["sentence"], str) else None,
             "description": describe_event(d)}
            for _, d in self.drivers.iterrows()
        ]
        return {
            "status": self.status, "message": self.message, "dyad": list(self.dyad),
            "by": self.by, "since": self.since, "measure": self.measure,
            "ratio": _round(self.ratio), "baseline_rate": _round(self.baseline_rate),
            "current_rate": _round(self.current_rate), "baseline_periods": self.baseline_periods,
            "ratios": {k: _round(v) for k, v in self.ratios.items()},
            "drivers": drivers, "episodes": [e.to_dict() for e in self.episodes],
        }


def _round(value: float | None) -> float | None:
    return None if value is None or not math.isfinite(value) else round(float(value), 2)


def escalation(
    frame: pd.DataFrame,
    a: str,
    b: str,
    by: str = "month",
    directed: bool = False,
    dated_only: bool = False,
    date_from: str | None = None,
    date_to: str | None = None,
    modality: Sequence[str] | None = FACTUAL_MODALITIES,
    normalise: str = "store",
    settings: Settings | None = None,
) -> Escalation:
    """Judge whether the dyad a–b is escalating at the end of the data (or of date_to).

    `normalise`: store = expected counts scale with the articles the store has on each
    period about everything else, the dyad's own counted as one; dyad = with the articles
    reporting this dyad (events per article); none = raw counts (not recommended: a burst
    of reporting reads as escalation). See docs/escalation.md.
    """
    check_period(by)
    if normalise not in NORMALISE:
        raise InputError("--normalise", f"use one of {', '.join(NORMALISE)}")
    cfg = settings or SETTINGS[by]
    dyad = (a.upper(), b.upper())
    events = dyad_events(frame, a, b, by=by, directed=directed, dated_only=dated_only,
                         date_from=date_from, date_to=date_to, modality=modality)
    if len(events) < cfg.min_events:
        return _too_little(dyad, by, f"only {len(events)} event(s) for {_pair(dyad, directed)}"
                           f"; need at least {cfg.min_events}")
    covered = coverage(frame, by)
    grid = _grid(covered, events, cfg, date_from, date_to)
    series = series_table(frame, events, grid, by, covered)
    exposure = _exposure(series, normalise)
    traces, episodes = {}, []
    for measure in MEASURES:
        trace, found = _cusum(series[measure].to_numpy(float), exposure, cfg)
        traces[measure] = trace
        episodes += [_episode(measure, grid, by, run) for run in found]
    unjudged = np.flatnonzero(np.isnan(traces["material_conflict"]["expected"]))
    recent_start = max(0, len(grid) - cfg.recent)
    if len(unjudged) and unjudged[-1] >= recent_start:
        # A recent period could not be judged: its baseline window has too few periods the
        # store covers at all (months with no articles are unknown, not calm). Saying
        # "calm" would then speak for periods nobody looked at.
        t = int(unjudged[-1])
        window = exposure[max(0, t - cfg.baseline): t]
        return _too_little(dyad, by, f"{int((window > 0).sum())} of the {len(window)} "
                           f"{UNIT[by]}s before {period_label(grid[t], by)} have coverage; "
                           f"need at least {cfg.min_history}")
    trace = _trace_frame(series, traces)
    return _verdict(dyad, by, directed, events, series, grid, exposure, traces, episodes,
                    cfg, trace)


def _pair(dyad: tuple[str, str], directed: bool) -> str:
    return f"{dyad[0]}{'→' if directed else '–'}{dyad[1]}"


def _too_little(dyad: tuple[str, str], by: str, why: str) -> Escalation:
    return Escalation(status="insufficient_data", dyad=dyad, by=by,
                      message=f"too little data to judge escalation: {why}")


def _grid(covered: pd.Series, events: pd.DataFrame, cfg: Settings, date_from: str | None,
          date_to: str | None) -> pd.PeriodIndex:
    """From a baseline's length before the dyad's first event to the store's last period."""
    freq = events["period"].min().freq
    first = max(events["period"].min() - cfg.baseline, covered.index.min())
    last = max(covered.index.max(), events["period"].max())
    lo, hi = parse_bound(date_from, end=False), parse_bound(date_to, end=True)
    if lo is not None:
        first = max(first, lo.to_period(freq))
    if hi is not None:
        last = min(last, hi.to_period(freq))
    return pd.period_range(first, last, freq=freq)


def _exposure(series: pd.DataFrame, normalise: str) -> np.ndarray:
    """Per-period coverage scaled so that a typical covered period is 1.

    store: the articles about everything else in the period, plus one for the dyad's own
    reporting however many articles that fills, so that a crisis's own coverage does not
    raise its own expectation (in a small store it would be most of the coverage). A
    period with no articles at all stays at 0: unknown, not calm.
    """
    if normalise == "none":
        return np.ones(len(series))
    if normalise == "dyad":
        raw = series["articles"].to_numpy(float)
    else:
        total = series["coverage"].to_numpy(float)
        raw = np.where(total > 0, total - series["articles"].to_numpy(float) + 1, 0.0)
    typical = np.median(raw[raw > 0]) if (raw > 0).any() else 1.0
    return raw / typical


@dataclass(frozen=True)
class Baseline:
    """Gamma posterior of the baseline rate per unit exposure: shape / rate."""

    shape: float
    rate: float
    periods: int

    @property
    def mean(self) -> float:
        return self.shape / self.rate

    def upper(self, quantile: float) -> float:
        return float(gamma.ppf(quantile, self.shape, scale=1.0 / self.rate))

    def log_predictive(self, count: float, exposure: float, factor: float = 1.0) -> float:
        """log P(count) when the rate is `factor` times the baseline: the gamma-Poisson
        (negative binomial) predictive, which widens when the history is short."""
        return float(nbinom.logpmf(count, self.shape,
                                   self.rate / (self.rate + factor * exposure)))


def _baseline(counts: np.ndarray, exposure: np.ndarray, t: int, blocked: np.ndarray,
              cfg: Settings) -> Baseline:
    """The rate over the trailing window before t (covered periods, past episodes skipped)."""
    window = [i for i in range(t - 1, -1, -1) if not blocked[i]][: cfg.baseline]
    used = [i for i in window if exposure[i] > 0]
    return Baseline(shape=float(counts[used].sum()) + cfg.prior_events,
                    rate=float(exposure[used].sum()) + cfg.prior_periods, periods=len(used))


def _cusum(counts: np.ndarray, exposure: np.ndarray, cfg: Settings
           ) -> tuple[dict[str, np.ndarray], list[tuple[int, int, float, float, int]]]:
    """One-sided CUSUM; returns the trace and runs (start, end, ratio, base rate, periods).

    Each period adds log(L1/L0) for "the rate rose by `factor`" against "the rate is still
    the baseline", each likelihood the gamma-Poisson predictive of the count given the
    baseline's history and the period's exposure. With a long history this is the Poisson
    CUSUM, count*ln(factor) - exposure*rate0*(factor - 1); with a short one the predictive
    is wider, so a baseline known from few periods cannot turn a large exposure into
    large evidence. An alarm is S >= ln(evidence); S is capped there so an episode ends
    soon after the excess stops.
    """
    n = len(counts)
    cusum, expected, alarm = np.zeros(n), np.full(n, np.nan), np.zeros(n, bool)
    blocked = np.zeros(n, bool)
    runs: list[tuple[int, int, float, float, int]] = []
    score, run_start = 0.0, None
    base = Baseline(cfg.prior_events, cfg.prior_periods, 0)
    for t in range(n):
        if score == 0.0:
            base = _baseline(counts, exposure, t, blocked, cfg)
        if base.periods < cfg.min_history:
            continue
        # "No change" is the baseline at a high quantile of its posterior (a thin history
        # must show a bigger rise); "a rise" is k times that, and one event more at least.
        level = base.upper(cfg.baseline_quantile) / base.mean
        factor = max(cfg.ratio, 1.0 + cfg.min_rise / (level * base.mean))
        step = (base.log_predictive(counts[t], exposure[t], level * factor)
                - base.log_predictive(counts[t], exposure[t], level))
        if score == 0.0 and step > 0:
            run_start = t
        score = min(max(0.0, score + step), cfg.threshold)
        cusum[t], expected[t] = score, base.mean * exposure[t]
        alarm[t] = score >= cfg.threshold
        if score == 0.0:
            run_start = None
        if alarm[t] and run_start is not None:
            blocked[run_start: t + 1] = True
    for start, end in _alarm_runs(alarm, blocked):
        frozen = _baseline(counts, exposure, start, blocked, cfg)
        rate = counts[start: end + 1].sum() / max(exposure[start: end + 1].sum(), 1e-9)
        runs.append((start, end, rate / frozen.mean, frozen.mean, frozen.periods))
    return {"cusum": cusum, "expected": expected, "alarm": alarm}, runs


def _alarm_runs(alarm: np.ndarray, blocked: np.ndarray) -> list[tuple[int, int]]:
    """Episodes: from where the excess began (blocked) to the last period in alarm."""
    runs, t, n = [], 0, len(alarm)
    while t < n:
        if blocked[t]:
            start = t
            while t < n and blocked[t]:
                t += 1
            in_alarm = np.flatnonzero(alarm[start:t])
            if len(in_alarm):
                runs.append((start, start + int(in_alarm[-1])))
        t += 1
    return runs


def _episode(measure: str, grid: pd.PeriodIndex, by: str,
             run: tuple[int, int, float, float, int]) -> Episode:
    start, end, ratio, base, used = run
    return Episode(measure=measure, start=period_label(grid[start], by),
                   end=period_label(grid[end], by), ratio=ratio, baseline_rate=base,
                   baseline_periods=used, open=end == len(grid) - 1)


def _trace_frame(series: pd.DataFrame, traces: dict[str, dict[str, np.ndarray]]
                 ) -> pd.DataFrame:
    out = series[["period", "start", *MEASURES]].copy()
    for measure, trace in traces.items():
        for key, values in trace.items():
            out[f"{measure}_{key}"] = values
    return out


def _verdict(dyad, by, directed, events, series, grid, exposure, traces, episodes, cfg,
             trace) -> Escalation:
    last = len(grid) - 1
    open_eps = [e for e in episodes if e.open]
    ratios = {}
    for measure in MEASURES:
        counts = series[measure].to_numpy(float)
        start = max(0, last - cfg.recent + 1)
        base = _baseline(counts, exposure, start, np.zeros(len(grid), bool), cfg).mean
        now = counts[start:].sum() / max(exposure[start:].sum(), 1e-9)
        ratios[measure] = now / base
    base_periods = int(min(cfg.baseline, (exposure[:last] > 0).sum()))
    common = dict(dyad=dyad, by=by, episodes=episodes, trace=trace, ratios=ratios,
                  baseline_periods=base_periods)
    if open_eps:
        lead = min(open_eps, key=lambda e: list(MEASURES).index(e.measure))
        since_period = _period_at(grid, lead.start, by)
        drivers = _drivers(events, since_period, MEASURES[lead.measure])
        message = _escalating_words(lead, open_eps, drivers, by)
        return Escalation(status="escalating", message=message, since=lead.start,
                          measure=lead.measure, ratio=lead.ratio,
                          baseline_rate=lead.baseline_rate,
                          current_rate=lead.ratio * lead.baseline_rate, drivers=drivers,
                          **common)
    recent_end = [e for e in episodes if last - _index(grid, e.end, by) <= cfg.recent]
    if recent_end:
        ended = max(recent_end, key=lambda e: e.end)
        message = (f"easing: the {QUAD_LABELS[ended.measure]} escalation of {ended.start} to "
                   f"{ended.end} ({ended.ratio:.1f}× baseline) has subsided; now "
                   f"{ratios[ended.measure]:.1f}× its {base_periods}-{UNIT[by]} baseline")
        return Escalation(status="easing", message=message, since=ended.end,
                          measure=ended.measure, ratio=ratios[ended.measure], **common)
    message = (f"no escalation: material conflict {ratios['material_conflict']:.1f}× and "
               f"verbal conflict {ratios['verbal_conflict']:.1f}× their "
               f"{base_periods}-{UNIT[by]} baseline over the last {cfg.recent} {UNIT[by]}(s)")
    if episodes:
        past = max(episodes, key=lambda e: e.end)
        message += f"; last escalation {past.start} to {past.end}"
    return Escalation(status="calm", message=message, measure="material_conflict",
                      ratio=ratios["material_conflict"], **common)


def _index(grid: pd.PeriodIndex, label: str, by: str) -> int:
    labels = [period_label(p, by) for p in grid]
    return labels.index(label)


def _period_at(grid: pd.PeriodIndex, label: str, by: str) -> pd.Period:
    return grid[_index(grid, label, by)]


def _drivers(events: pd.DataFrame, since: pd.Period, quads: tuple[int, ...],
             n: int = 3) -> pd.DataFrame:
    chosen = events[(events["period"] >= since) & events["quad"].isin(quads)]
    return top_events(chosen, n).reset_index(drop=True)


def _escalating_words(lead: Episode, open_eps: list[Episode], drivers: pd.DataFrame,
                      by: str) -> str:
    others = [e for e in open_eps if e is not lead]
    extra = "".join(f" (and {QUAD_LABELS[e.measure]} {e.ratio:.1f}×)" for e in others)
    driven = "; ".join(describe_event(d) for _, d in drivers.iterrows())
    return (f"escalating since {lead.start}: {QUAD_LABELS[lead.measure]} {lead.ratio:.1f}× "
            f"its {lead.baseline_periods}-{UNIT[by]} baseline{extra}, driven by: {driven}")
