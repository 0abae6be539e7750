"""How often the escalation verdict is right, on simulated dyads with known truth.

    python -m dyadwatch.analysis.calibrate [--runs 100] [--seed 7]

Each run builds an event frame the shape of Store.events_frame (a dyad plus background
news that sets the store's coverage), passes it through `escalation()`, and records the
verdict for the last month. Scenarios: a steady dyad (any "escalating" is a false alarm),
a burst of coverage with the same mix (ditto), a real rise of conflict with coverage
steady (a miss if not "escalating"), and the same on a sparse dyad. The figures quoted in
docs/escalation.md come from this command.
"""

from __future__ import annotations

import argparse
from collections import Counter
from dataclasses import dataclass

import numpy as np
import pandas as pd

from dyadwatch.analysis.escalation import escalation

MONTHS = 30
RISE_MONTHS = 3


@dataclass(frozen=True)
class Scenario:
    name: str
    conflict_rate: float  # material conflict events per typical month
    rise: float  # factor on the conflict rate in the last RISE_MONTHS
    coverage_burst: float  # factor on coverage (and on every dyad event) in those months
    escalation_is_true: bool


SCENARIOS = (
    Scenario("steady", 1.0, 1.0, 1.0, False),
    Scenario("coverage burst x5, same mix", 1.0, 1.0, 5.0, False),
    Scenario("conflict x3", 1.0, 3.0, 1.0, True),
    Scenario("sparse dyad, conflict x5", 0.2, 5.0, 1.0, True),
)


def simulate(scenario: Scenario, rng: np.random.Generator) -> pd.DataFrame:
    """One dyad over MONTHS months: coverage drifts (lognormal), events are Poisson."""
    rows: list[dict] = []
    periods = pd.period_range("2023-01", periods=MONTHS, freq="M")
    for t, period in enumerate(periods):
        late = t >= MONTHS - RISE_MONTHS
        volume = rng.lognormal(0.0, 0.3) * (scenario.coverage_burst if late else 1.0)
        conflict = scenario.conflict_rate * (scenario.rise if late else 1.0)
        counts = {4: rng.poisson(conflict * volume), 3: rng.poisson(volume),
                  1: rng.poisson(2 * volume), 0: int(round(20 * volume))}
        for quad, n in counts.items():
            for k in range(n):
                rows.append(_row(len(rows), period, k, quad))
    return pd.DataFrame(rows)


def _row(n: int, period: pd.Period, k: int, quad: int) -> dict:
    """quad 0 is background news (USA→CHN), the rest the RUS–AZE dyad."""
    source, target = ("USAGOV", "CHNGOV") if quad == 0 else ("AZEGOV", "RUSGOV")
    cameo, goldstein = {0: ("040", 1.0), 1: ("040", 1.0), 3: ("112", -2.0),
                        4: ("173", -5.0)}[quad]
    day = f"{period.strftime('%Y-%m')}-{1 + k % 28:02d}"
    return {"event_id": f"e{n}", "cluster_id": n, "doc_id": f"d{n}", "date": day,
            "date_precision": "day", "pub_date": day, "source_code": source,
            "source_country": source[:3], "target_code": target, "target_country": target[:3],
            "cameo": cameo, "root": cameo[:2], "quad": max(quad, 1), "goldstein": goldstein,
            "modality": "asserted", "confidence": 0.9, "sentence": "", "trigger": ""}


def calibrate(runs: int, seed: int) -> pd.DataFrame:
    rng = np.random.default_rng(seed)
    table = []
    for scenario in SCENARIOS:
        verdicts = Counter(escalation(simulate(scenario, rng), "RUS", "AZE").status
                           for _ in range(runs))
        flagged = verdicts["escalating"] / runs
        table.append({"scenario": scenario.name, "runs": runs,
                      "escalating": flagged,
                      "right": flagged if scenario.escalation_is_true else 1 - flagged,
                      **{f"n_{k}": v for k, v in sorted(verdicts.items())}})
    return pd.DataFrame(table).fillna(0)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=100)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    print(calibrate(args.runs, args.seed).to_string(index=False))


if __name__ == "__main__":
    main()
