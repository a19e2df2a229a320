"""Round 61 (f61c): meetings (CONSULT), checked on sentences written for these tests."""

from __future__ import annotations

from sentences import events_of

# -- a seat of government that 在 opens is where two meet, not one who meets --


def test_white_house_opened_by_zai_is_the_venue_of_talks_in_a_time_frame() -> None:
    found = events_of("特朗普在白宫与卡尼会谈后表示满意。")
    assert ("特朗普", "CONSULT", "卡尼", "asserted") in found
    assert ("美国", "CONSULT", "卡尼", "asserted") not in found


def test_kremlin_opened_by_zai_is_the_venue() -> None:
    found = events_of("普京今天在克里姆林宫与伊朗总统举行会谈后表示满意。")
    assert ("普京", "CONSULT", "伊朗", "asserted") in found
    assert ("俄罗斯", "CONSULT", "伊朗", "asserted") not in found


def test_seat_after_its_country_is_the_venue() -> None:
    found = events_of("内塔尼亚胡当天是在美国白宫与特朗普会谈期间发表讲话。")
    assert ("内塔尼亚胡", "CONSULT", "特朗普", "asserted") in found


def test_a_country_after_zai_still_talks_inside_the_frame() -> None:
    found = events_of("以色列在美国与伊朗谈判期间发动袭击。")
    assert ("美国", "CONSULT", "伊朗", "asserted") in found


def test_a_seat_that_opens_the_clause_still_acts() -> None:
    found = events_of("白宫与卡尼会谈后表示满意。")
    assert ("美国", "CONSULT", "卡尼", "asserted") in found
