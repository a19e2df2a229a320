"""Round 50, helper fc: the status of talks and visits. Sentences written for the tests in the
style of Chinese international news."""

from __future__ import annotations

from tests.data.sentences import events_of


def _events(text: str) -> set[tuple[str, str, str, str]]:
    return set(events_of(text))


# -- a meeting expected or longed for has not happened yet: intended -----------------------------
# (预料, 预期, 渴望, 欲 before the act: nc, ql, qc, sv code it intended, as 预计 and 希望)


def test_a_meeting_wanted_is_intended() -> None:
    found = _events("东盟特使欲会见缅甸军政府领导人敏昂莱。")
    assert any(t == "CONSULT" and st == "intended" for _, t, _, st in found)
    assert not any(t == "CONSULT" and st == "asserted" for _, t, _, st in found)


def test_talks_longed_for_are_intended() -> None:
    found = _events("巴西官员都渴望与美国进行进一步的会谈。")
    assert ("巴西", "CONSULT", "美国", "intended") in found


def test_a_meeting_expected_is_intended() -> None:
    found = _events("布林肯预料周二与英国首相会晤。")
    assert any(t == "CONSULT" and st == "intended" for _, t, _, st in found)


def test_an_idiom_with_the_character_wants_nothing() -> None:
    found = _events("以色列摇摇欲坠的联合政府昨天与哈马斯举行会谈。")
    assert ("以色列", "CONSULT", "哈马斯", "asserted") in found
    found = _events("以色列为所欲为地轰炸加沙。")
    assert any(t == "ASSAULT" and st == "asserted" for _, t, _, st in found)


def test_a_result_as_expected_is_no_cue() -> None:
    found = _events("中国为外国投资者营造可预期的环境，并与美国举行会谈。")
    assert ("中国", "CONSULT", "美国", "asserted") in found
