"""Round 60 (f60f): material hostile acts, checked on sentences written for these tests."""

from __future__ import annotations

from sentences import events_of

# -- the stick of sanctions or tariffs raised or wielded lays them (no mere threat) -----------


def test_a_tariff_stick_raised_at_a_country_sanctions_it() -> None:
    found = events_of("美国总统特朗普昨天向巴西举起了50%的关税大棒。")
    assert ("特朗普", "SANCTION", "巴西", "asserted") in found


def test_a_sanction_stick_wielded_at_a_country_sanctions_it() -> None:
    found = events_of("美国再次对伊朗挥舞制裁大棒。")
    assert ("美国", "SANCTION", "伊朗", "asserted") in found
    assert not any(e[1] == "THREATEN" for e in found)


def test_a_bare_stick_stays_a_threat() -> None:
    found = events_of("美国挥舞大棒威胁伊朗。")
    assert not any(e[1] == "SANCTION" for e in found)
