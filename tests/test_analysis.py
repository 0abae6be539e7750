"""Dyad analytics on event frames shaped like Store.events_frame."""

from __future__ import annotations

import pandas as pd
import pytest
from analysis_frames import FrameBuilder, months, steady_dyad

from dyadwatch.analysis import (
    dyad_events,
    dyad_series,
    escalation,
    relationship_matrix,
    top_actors,
    top_dyads,
)
from dyadwatch.analysis.plots import plot_dyad, plot_matrix
from dyadwatch.errors import InputError


def by_period(series: pd.DataFrame) -> pd.DataFrame:
    return series.set_index("period")


# --- series --------------------------------------------------------------------------


def test_one_incident_reported_by_many_articles_counts_once():
    b = FrameBuilder()
    b.event("2025-06-30", "AZECOP", "RUSMED", 4, cameo="1711", goldstein=-9.5, articles=6)
    b.event("2025-06-12", "RUSGOV", "AZEGOV", 3)
    row = by_period(dyad_series(b.frame(), "RUS", "AZE")).loc["2025-06"]
    assert row["events"] == 2
    assert row["material_conflict"] == 1
    assert row["reports"] == 7
    assert row["articles"] == 7
    assert row["goldstein_sum"] == pytest.approx(-11.5)
    assert row["goldstein_mean"] == pytest.approx(-5.75)
    assert row["net_coop"] == -2
    assert row["top_events"].startswith("2025-06-30 AZECOP→RUSMED 1711")


def test_cluster_takes_the_most_precise_date_among_its_reports():
    b = FrameBuilder()
    b.event("2025-02", "AZEGOV", "RUSMED", 4, cluster="sputnik", docs=["a"])
    b.event("2025-02-24", "AZEGOV", "RUSMED", 4, cluster="sputnik", docs=["b"])
    events = dyad_events(b.frame(), "AZE", "RUS")
    assert len(events) == 1
    assert events.loc[0, "date"] == "2025-02-24"
    assert events.loc[0, "n_docs"] == 2


def test_undated_events_count_by_publication_date_and_are_flagged():
    b = FrameBuilder()
    b.event("2025-05-10", "RUSGOV", "AZEGOV", 1)
    b.event(None, "RUSGOV", "AZEGOV", 3, pub="2025-07-03")
    series = by_period(dyad_series(b.frame(), "RUS", "AZE"))
    assert list(series.index) == ["2025-05", "2025-06", "2025-07"]
    assert series.loc["2025-07", "events"] == 1
    assert series.loc["2025-07", "by_pub_date"] == 1
    assert series.loc["2025-05", "by_pub_date"] == 0
    dated = by_period(dyad_series(b.frame(), "RUS", "AZE", dated_only=True))
    assert list(dated.index) == ["2025-05"]
    assert dated["by_pub_date"].sum() == 0


def test_directed_counts_only_one_direction():
    b = FrameBuilder()
    b.event("2025-06-01", "RUSGOV", "AZEGOV", 3)
    b.event("2025-06-02", "AZEGOV", "RUSGOV", 4)
    b.event("2025-06-03", "AZECOP", "RUSCVL", 4)
    b.event("2025-06-04", "USAGOV", "AZEGOV", 1)  # another dyad
    assert dyad_series(b.frame(), "RUS", "AZE")["events"].sum() == 3
    assert dyad_series(b.frame(), "RUS", "AZE", directed=True)["events"].sum() == 1
    assert dyad_series(b.frame(), "AZE", "RUS", directed=True)["events"].sum() == 2
    assert dyad_series(b.frame(), "AZEGOV", "RUS", directed=True)["events"].sum() == 1


def test_only_asserted_and_reported_by_default():
    b = FrameBuilder()
    b.event("2025-06-01", "RUSGOV", "AZEGOV", 4, modality="reported")
    b.event("2025-06-02", "RUSGOV", "AZEGOV", 4, modality="hypothetical")
    b.event("2025-06-03", "RUSGOV", "AZEGOV", 4, modality="future")
    assert dyad_series(b.frame(), "RUS", "AZE")["events"].sum() == 1
    assert dyad_series(b.frame(), "RUS", "AZE", modality=None)["events"].sum() == 3
    with pytest.raises(InputError):
        dyad_series(b.frame(), "RUS", "AZE", modality=("rumoured",))


def test_month_precision_date_in_week_mode_goes_to_the_week_of_the_first_and_is_flagged():
    b = FrameBuilder()
    b.event("2025-06", "AZEGOV", "RUSGOV", 4)  # 2025-06-01 is a Sunday
    b.event("2025-06-18", "AZEGOV", "RUSGOV", 3)
    weeks = by_period(dyad_series(b.frame(), "RUS", "AZE", by="week"))
    assert weeks.index[0] == "2025-05-26"  # the Monday of the week holding 1 June
    assert weeks.loc["2025-05-26", "imprecise"] == 1
    assert weeks.loc["2025-06-16", "imprecise"] == 0
    month = by_period(dyad_series(b.frame(), "RUS", "AZE", by="month"))
    assert month.loc["2025-06", "imprecise"] == 0


def test_empty_periods_are_filled_and_bounds_apply():
    b = FrameBuilder()
    b.event("2025-01-10", "RUSGOV", "AZEGOV", 1)
    b.event("2025-04-10", "RUSGOV", "AZEGOV", 4)
    series = dyad_series(b.frame(), "RUS", "AZE")
    assert list(series["period"]) == ["2025-01", "2025-02", "2025-03", "2025-04"]
    assert list(series["events"]) == [1, 0, 0, 1]
    bounded = dyad_series(b.frame(), "RUS", "AZE", date_from="2025-02", date_to="2025-05")
    assert list(bounded["period"]) == ["2025-02", "2025-03", "2025-04", "2025-05"]
    assert bounded["events"].sum() == 1
    days = dyad_series(b.frame(), "RUS", "AZE", by="day")
    assert len(days) == 91 and days["events"].sum() == 2
    assert list(dyad_series(b.frame(), "RUS", "AZE", by="year")["period"]) == ["2025"]


def test_coverage_counts_every_article_of_the_store_in_the_period():
    b = FrameBuilder()
    b.event("2025-06-01", "RUSGOV", "AZEGOV", 1)
    b.background("2025-06", 9)
    row = by_period(dyad_series(b.frame(), "RUS", "AZE")).loc["2025-06"]
    assert row["articles"] == 1
    assert row["coverage"] == 10


@pytest.mark.parametrize("a, b, by", [("RUS", "RUS", "month"), ("R", "AZE", "month"),
                                      ("RUS;DROP", "AZE", "month"), ("RUS", "AZE", "fortnight")])
def test_bad_arguments_raise_input_error(a, b, by):
    builder = FrameBuilder()
    builder.event("2025-06-01", "RUSGOV", "AZEGOV", 1)
    with pytest.raises(InputError):
        dyad_series(builder.frame(), a, b, by=by)


def test_bad_frames_and_dates_raise_input_error():
    with pytest.raises(InputError, match="lacks columns"):
        dyad_series(pd.DataFrame({"event_id": ["x"]}), "RUS", "AZE")
    builder = FrameBuilder()
    builder.event("2025-06-01", "RUSGOV", "AZEGOV", 1)
    with pytest.raises(InputError, match="not a date"):
        dyad_series(builder.frame(), "RUS", "AZE", date_from="June")


def test_no_events_gives_an_empty_series():
    b = FrameBuilder()
    b.event("2025-06-01", "USAGOV", "CHNGOV", 1)
    assert dyad_series(b.frame(), "RUS", "AZE").empty
    assert dyad_series(b.frame().iloc[0:0], "RUS", "AZE").empty


# --- escalation ----------------------------------------------------------------------


def rising_dyad() -> FrameBuilder:
    """15 steady months (one material conflict a month), then three months of five."""
    b = FrameBuilder()
    timeline = months("2024-01", 18)
    steady_dyad(b, timeline[:15])
    for month in timeline[15:]:
        b.background(month, 20)
        b.event(f"{month}-05", "RUSGOV", "AZEGOV", 1)
        for k in range(5):
            b.event(f"{month}-{10 + k}", "AZECOP", "RUSMED", 4, cameo="1711",
                    goldstein=-9.5 if k == 0 else -5.0)
    return b


def test_clear_rise_is_escalation_with_since_ratio_and_drivers():
    result = escalation(rising_dyad().frame(), "RUS", "AZE")
    assert result.status == "escalating"
    assert result.since == "2025-04"
    assert result.measure == "material_conflict"
    assert 3.0 < result.ratio < 7.0
    assert len(result.drivers) == 3
    assert set(result.drivers["quad"]) == {4}
    assert (result.drivers["period"] >= pd.Period("2025-04", "M")).all()
    assert result.message.startswith("escalating since 2025-04: material conflict ")
    assert "× its 12-month baseline, driven by: 2025-04-10 AZECOP→RUSMED 1711" in result.message
    data = result.to_dict()
    assert data["status"] == "escalating" and data["since"] == "2025-04"
    assert data["episodes"][-1]["open"] is True


def test_burst_of_coverage_at_the_same_level_of_conflict_is_not_escalation():
    """Five times the articles, five times the events, the same mix: no escalation."""
    b = FrameBuilder()
    timeline = months("2024-01", 18)
    steady_dyad(b, timeline[:15])
    steady_dyad(b, timeline[15:], conflict_per_month=5, background=100)
    frame = b.frame()
    result = escalation(frame, "RUS", "AZE")
    assert result.status == "calm", result.message
    assert result.message.startswith("no escalation")
    # The same data with normalisation off is read as escalation: the normalisation is
    # what prevents the false alarm.
    assert escalation(frame, "RUS", "AZE", normalise="none").status == "escalating"


def test_a_crisis_in_a_small_store_does_not_raise_its_own_expectation():
    """Material conflict quadruples while a flurry of talks about it fills most of a small
    store: the dyad's own articles count as one, so the flurry does not hide the rise."""
    b = FrameBuilder()
    timeline = months("2024-01", 18)
    steady_dyad(b, timeline[:15], background=3)
    for month in timeline[15:]:
        b.background(month, 3)
        for k in range(10):
            b.event(f"{month}-{1 + k:02d}", "RUSGOV", "AZEGOV", 1)
        for k in range(4):
            b.event(f"{month}-{15 + k}", "AZECOP", "RUSMED", 4)
    result = escalation(b.frame(), "RUS", "AZE")
    assert result.status == "escalating", result.message
    assert result.measure == "material_conflict"


def test_one_incident_in_many_articles_is_not_escalation():
    b = FrameBuilder()
    timeline = months("2024-01", 18)
    steady_dyad(b, timeline)
    b.event("2025-06-20", "AZECOP", "RUSMED", 4, cameo="1711", articles=40)
    assert escalation(b.frame(), "RUS", "AZE").status == "calm"


def test_escalation_that_ended_reads_as_easing_then_calm():
    b = rising_dyad()
    for month in months("2025-07", 2):
        steady_dyad(b, [month])
    result = escalation(b.frame(), "RUS", "AZE")
    assert result.status == "easing", result.message
    assert result.episodes[0].start == "2025-04"
    for month in months("2025-09", 6):
        steady_dyad(b, [month])
    later = escalation(b.frame(), "RUS", "AZE")
    assert later.status == "calm"
    assert "last escalation 2025-04 to 2025-0" in later.message


def test_as_of_date_to():
    result = escalation(rising_dyad().frame(), "RUS", "AZE", date_to="2025-03")
    assert result.status == "calm"


def test_too_little_data_says_so():
    b = FrameBuilder()
    b.event("2025-06-01", "RUSGOV", "AZEGOV", 4)
    b.event("2025-06-02", "RUSGOV", "AZEGOV", 4)
    few = escalation(b.frame(), "RUS", "AZE")
    assert few.status == "insufficient_data"
    assert few.message.startswith("too little data")
    assert few.ratio is None and few.since is None
    short = FrameBuilder()
    steady_dyad(short, months("2025-04", 3), conflict_per_month=3)
    result = escalation(short.frame(), "RUS", "AZE")
    assert result.status == "insufficient_data"
    assert "before 2025-06 have coverage; need at least 6" in result.message


def test_escalation_in_week_mode():
    b = rising_dyad()
    result = escalation(b.frame(), "RUS", "AZE", by="week")
    # The data end with a quiet week after the last burst, so the verdict is easing.
    assert result.status == "easing", result.message
    assert result.episodes[0].start == "2025-04-07"  # the Monday of the first burst
    assert "26-week baseline" in result.message


# --- actors and matrix ---------------------------------------------------------------


def test_top_actors_and_dyads_with_trend():
    b = rising_dyad()
    b.event("2025-06-01", "RUSGOV", "RUSOPP", 4)  # domestic: not a dyad
    actors = top_actors(b.frame(), top=3)
    assert list(actors["actor"]) == ["CHN", "USA", "RUS"]  # background news is busiest
    rus = actors.set_index("actor").loc["RUS"]
    assert rus["trend"] == "rising"
    assert rus["events"] == rus["as_source"] + rus["as_target"] - 1  # RUS→RUS counted once
    dyads = top_dyads(b.frame(), top=5)
    assert set(dyads["dyad"]) == {"CHN–USA", "AZE–RUS"}
    aze_rus = dyads.set_index("dyad").loc["AZE–RUS"]
    assert aze_rus["trend"] == "rising"
    assert aze_rus["material_conflict"] == 15 + 15
    codes = top_actors(b.frame(), top=10, level="code")
    assert "AZECOP" in set(codes["actor"])


def test_relationship_matrix_goldstein_and_net():
    b = FrameBuilder()
    b.event("2025-06-01", "RUSGOV", "AZEGOV", 4, goldstein=-8.0)
    b.event("2025-06-02", "RUSGOV", "AZEGOV", 3, goldstein=-2.0)
    b.event("2025-06-03", "AZEGOV", "RUSGOV", 1, goldstein=2.0)
    b.event("2025-06-04", "USAGOV", "AZEGOV", 2, goldstein=7.0, articles=3)
    b.event("2024-01-04", "USAGOV", "RUSGOV", 4, goldstein=-10.0)
    matrix = relationship_matrix(b.frame(), date_from="2025-01")
    assert matrix.loc["RUS", "AZE"] == pytest.approx(-5.0)
    assert matrix.loc["AZE", "RUS"] == pytest.approx(2.0)
    assert matrix.loc["USA", "AZE"] == pytest.approx(7.0)
    assert pd.isna(matrix.loc["USA", "RUS"])
    net = relationship_matrix(b.frame(), date_from="2025-01", value="net", directed=False)
    assert net.loc["RUS", "AZE"] == net.loc["AZE", "RUS"] == -1
    with pytest.raises(InputError):
        relationship_matrix(b.frame(), value="mood")


def test_compound_actors_and_mutual_acts_keep_their_ordered_pairs():
    """One event with a compound target (one cluster, two rows) counts once per pair."""
    b = FrameBuilder()
    b.event("2025-05-10", "USAGOV", "INDGOV", 1, cluster="commend", docs=["a"])
    b.event("2025-05-10", "USAGOV", "PAKGOV", 1, cluster="commend", docs=["a"])
    b.event("2025-05-11", "INDGOV", "PAKGOV", 1, cluster="talks", docs=["b"])
    b.event("2025-05-11", "PAKGOV", "INDGOV", 1, cluster="talks", docs=["b"])
    frame = b.frame()
    matrix = relationship_matrix(frame, value="net")
    assert matrix.loc["USA", "IND"] == matrix.loc["USA", "PAK"] == 1
    assert dyad_series(frame, "IND", "PAK")["events"].sum() == 2
    assert dyad_series(frame, "IND", "PAK", directed=True)["events"].sum() == 1
    usa = top_actors(frame).set_index("actor").loc["USA"]
    assert usa["events"] == 2 and usa["as_source"] == 2


def test_escalation_result_is_json_serialisable():
    import json

    data = json.loads(json.dumps(escalation(rising_dyad().frame(), "RUS", "AZE").to_dict()))
    assert data["drivers"][0]["cameo"] == "1711"
    assert data["ratios"]["material_conflict"] > 2


def test_normalising_by_dyad_articles_reads_events_per_article():
    """A wave of distinct incidents, each in its own article: per store coverage that is
    escalation; per dyad article (events per article) it is not."""
    b = FrameBuilder()
    timeline = months("2024-01", 18)
    steady_dyad(b, timeline[:15])
    for month in timeline[15:]:
        steady_dyad(b, [month], conflict_per_month=5)
    assert escalation(b.frame(), "RUS", "AZE").status == "escalating"
    assert escalation(b.frame(), "RUS", "AZE", normalise="dyad").status == "calm"
    with pytest.raises(InputError):
        escalation(b.frame(), "RUS", "AZE", normalise="pages")


# --- plots ---------------------------------------------------------------------------


@pytest.mark.parametrize("suffix, magic", [(".png", b"\x89PNG"), (".svg", b"<?xml")])
def test_dyad_plot_is_written(tmp_path, suffix, magic):
    frame = rising_dyad().frame()
    series = dyad_series(frame, "RUS", "AZE")
    result = escalation(frame, "RUS", "AZE")
    out = plot_dyad(series, tmp_path / f"dyad{suffix}", title="RUS–AZE", escalation=result,
                    events=dyad_events(frame, "RUS", "AZE"))
    assert out.read_bytes().startswith(magic)
    assert out.stat().st_size > 10_000


def test_matrix_plot_is_written_and_bad_paths_refused(tmp_path):
    frame = rising_dyad().frame()
    out = plot_matrix(relationship_matrix(frame), tmp_path / "m.png", title="mean Goldstein")
    assert out.stat().st_size > 5_000
    with pytest.raises(InputError):
        plot_matrix(relationship_matrix(frame), tmp_path / "m.gif", title="x")
    with pytest.raises(InputError):
        plot_matrix(relationship_matrix(frame), tmp_path / "no" / "m.png", title="x")


def test_calibration_simulation_builds_store_shaped_frames():
    import numpy as np

    from dyadwatch.analysis.calibrate import SCENARIOS, simulate

    rng = np.random.default_rng(1)
    steady, burst = simulate(SCENARIOS[0], rng), simulate(SCENARIOS[1], rng)
    last = dyad_series(burst, "RUS", "AZE").iloc[-1]
    first = dyad_series(burst, "RUS", "AZE").iloc[0]
    assert last["coverage"] > 3 * first["coverage"]  # the burst is in the coverage
    assert escalation(steady, "RUS", "AZE").status in {"calm", "easing", "escalating"}
