"""Round 47, helper cf: sanctions, attacks, agreements, cooperation, support, threats and
coercion kg missed or coded wrongly, by mechanism. Sentences written for the tests in the
style of Chinese international news."""

from __future__ import annotations

from tests.data.sentences import events_of


def _events(text: str) -> set[tuple[str, str, str, str]]:
    return set(events_of(text))


def _fights(found: set[tuple[str, str, str, str]]) -> set[tuple[str, str]]:
    return {(s, o) for s, t, o, _ in found if t == "ASSAULT"}


# -- a war that breaks out, named as the start of a time, reports no attack ----------------------
# (新一轮巴以冲突爆发以来/后: no attack coded on lc, nc, qd, ya; coded on ue and yb only)


def test_a_war_breaking_out_as_the_start_of_a_time_is_no_attack() -> None:
    found = _events("自去年10月新一轮巴以冲突爆发以来，也门胡塞武装多次在红海发动袭击。")
    assert ("以色列", "巴勒斯坦") not in _fights(found)


def test_a_war_breaking_out_fully_after_which_something_happens_is_no_attack() -> None:
    found = _events("俄乌冲突全面爆发后，欧盟多次召开紧急会议。")
    assert ("俄罗斯", "乌克兰") not in _fights(found)


def test_a_war_that_escalates_or_breaks_out_is_still_fought() -> None:
    assert ("俄罗斯", "乌克兰") in _fights(_events("俄乌冲突持续升级。"))
    assert ("以色列", "巴勒斯坦") in _fights(_events("新一轮巴以冲突爆发。"))
    assert ("俄罗斯", "乌克兰") in _fights(_events("俄乌战争期间，欧盟多次开会。"))
