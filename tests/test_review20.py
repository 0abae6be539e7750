"""Bugs found in review of session 20's changes (brief review20), each shown by sentences of
its own (none is a development-set sentence)."""

from __future__ import annotations

import pytest
from test_generalise_s8 import pairs


@pytest.mark.parametrize("text", [
    pytest.param("China has never promised not to use force against Taiwan.", id="never_promised"),
    pytest.param("Beijing did not pledge not to attack Taiwan.", id="did_not_pledge"),
    pytest.param("Pakistan did not vow to never strike India.", id="did_not_vow_never"),
    pytest.param("Moscow could pledge not to attack Kyiv.", id="could_pledge"),
    pytest.param("Armenia and Azerbaijan did not agree not to attack each other.",
                 id="did_not_agree_mutual"),
])
def test_forswearing_force_withheld_is_no_intent(coder, text: str) -> None:
    # codes22's forsworn force (0356, 0871) ran before the check for an intent not made: a
    # negated or only possible promise was coded as a negated or hypothetical 0356 (the
    # convention, act_not_intended: never a negated or hypothetical 03x; the act is coded)
    found = pairs(coder, text, "2025-11-20")
    assert not any(code in ("0356", "0871") for _, _, code in found)
    assert not any(code[:2] == "03" for _, _, code in found)


@pytest.mark.parametrize("text", [
    pytest.param("Greek and Bulgarian firefighters suppressed the fire on the border.",
                 id="fire"),
    pytest.param("Turkish and Syrian crews suppressed the blaze near the border.", id="blaze"),
    pytest.param("Lebanese and Israeli teams suppressed wildfires along the frontier.",
                 id="wildfires"),
])
def test_putting_out_a_fire_is_no_force(coder, text: str) -> None:
    # lexicon23's "suppress" + "fire" (190) read firefighting as a use of force
    found = pairs(coder, text, "2025-08-02")
    assert not any(code[:2] in ("17", "18", "19", "20") for _, _, code in found)


def test_suppressing_firing_points_stays_force(coder) -> None:
    found = pairs(coder, "Russian forces suppressed the firing points of the Ukrainian army.",
                  "2025-08-02")
    assert ("RUS", "UKR", "190") in found


def test_holder_at_is_cached_per_name_and_date(monkeypatch) -> None:
    # a garbled titled name is matched once per date, not by rescanning the office's holders
    # at every mention
    from dyadwatch.actors.lexicon import get_lexicon
    from dyadwatch.actors.officeholders import OfficeholderIndex
    from dyadwatch.actors.stage import officeholders_for

    index = officeholders_for(get_lexicon())
    assert isinstance(index, OfficeholderIndex)
    first = index.holder_at(["Emanuel", "Makron"], "2024-03-05", "head_of_state")
    assert first is not None and first.name == "Emmanuel Macron"
    calls: list[int] = []
    original = OfficeholderIndex._holders_at

    def counted(self, *args):
        calls.append(1)
        return original(self, *args)

    monkeypatch.setattr(OfficeholderIndex, "_holders_at", counted)
    again = index.holder_at(["Emanuel", "Makron"], "2024-03-05", "head_of_state")
    assert again == first and not calls
    other = index.holder_at(["Olaf", "Sholts"], "2024-03-05", "head_of_government")
    assert other is not None and other.name == "Olaf Scholz"
