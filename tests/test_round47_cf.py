"""Round 47, helper cf: sanctions, attacks, agreements, cooperation, support, threats and
coercion kg missed or coded wrongly, by mechanism. Sentences written for the tests in the
style of Chinese international news."""

from __future__ import annotations

from tests.data.sentences import events_of


def _events(text: str) -> set[tuple[str, str, str, str]]:
    return set(events_of(text))


def _fights(found: set[tuple[str, str, str, str]]) -> set[tuple[str, str]]:
    return {(s, o) for s, t, o, _ in found if t == "ASSAULT"}


# -- a war on a people whose armed groups fight, named as the start of a time, is no attack -----
# (新一轮巴以冲突爆发以来/后: no attack coded on lc, nc, qd, ya; coded on ue only)


def test_a_war_breaking_out_as_the_start_of_a_time_is_no_attack() -> None:
    found = _events("自去年10月新一轮巴以冲突爆发以来，也门胡塞武装多次在红海发动袭击。")
    assert ("以色列", "巴勒斯坦") not in _fights(found)


def test_a_war_breaking_out_after_which_something_happens_is_no_attack() -> None:
    found = _events("去年10月巴以冲突爆发后，约旦多次召开紧急会议。")
    assert ("以色列", "巴勒斯坦") not in _fights(found)


def test_a_war_that_escalates_or_breaks_out_or_is_an_invasion_is_still_fought() -> None:
    assert ("以色列", "巴勒斯坦") in _fights(_events("巴以冲突持续升级。"))
    assert ("以色列", "巴勒斯坦") in _fights(_events("新一轮巴以冲突爆发。"))
    assert ("俄罗斯", "乌克兰") in _fights(_events("俄乌冲突全面爆发后，欧盟多次召开紧急会议。"))


# -- an act its words make reciprocal is done both ways, whatever stands before it ---------------
# (愿同中方在国际舞台上相互支持: both sides coded on sw-04, sw-09, ve-11)


def test_a_reciprocal_act_across_a_frame_goes_both_ways() -> None:
    found = _events("蒙方愿同中方在国际舞台上相互支持。")
    assert ("蒙古国", "SUPPORT", "中国", "intended") in found
    assert ("中国", "SUPPORT", "蒙古国", "intended") in found


def test_the_reverse_of_a_reciprocal_act_leaves_the_next_clause_its_subject() -> None:
    found = _events("蒙方愿同中方在国际舞台上相互支持，密切合作。")
    assert ("蒙古国", "COOPERATE", "中国", "intended") in found


def test_a_one_way_act_stays_one_way() -> None:
    found = _events("蒙方愿同中方在国际舞台上支持多边主义。")
    assert ("中国", "SUPPORT", "蒙古国", "intended") not in found
