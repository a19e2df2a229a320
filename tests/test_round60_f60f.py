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


# -- a state that sues another state's measure complains, it coerces no one -------------------


def test_a_state_suing_a_measure_of_another_accuses_it() -> None:
    found = events_of("欧盟起诉印度提高汽车进口关税措施。")
    assert ("欧盟", "ACCUSE", "印度", "asserted") in found
    assert not any(e[1] == "COERCE" for e in found)


def test_a_state_suing_the_practice_of_another_accuses_it() -> None:
    found = events_of("日本起诉韩国限制稀土出口做法。")
    assert ("日本", "ACCUSE", "韩国", "asserted") in found


def test_prosecuting_a_firm_stays_a_prosecution() -> None:
    found = events_of("美国司法部起诉华为。")
    assert not any(e[1] == "ACCUSE" for e in found)
