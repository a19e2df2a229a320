"""Round 51, helper f51g: an act named as what a statement talks about. Sentences written for
the tests in the style of Chinese international news."""

from __future__ import annotations

from tests.data.sentences import events_of


def _events(text: str) -> set[tuple[str, str, str, str]]:
    return set(events_of(text))


def _pairs(text: str) -> set[tuple[str, str, str]]:
    return {(s, t, o) for s, t, o, _ in _events(text)}


# -- an act that opens what a statement says, with no actor of its own, and that a copula, 都
# or a word of importance follows, is talked about or judged, not done by the speaker


def test_strike_named_before_a_copula_is_not_the_speakers() -> None:
    found = _pairs("美国国家安全顾问沃尔兹表示，空袭是以胡塞武装的领袖作为目标。")
    assert ("沃尔兹", "ASSAULT", "胡塞武装") not in found


def test_aid_judged_important_is_not_the_speakers() -> None:
    found = _pairs("德国外长瓦德福表示，为基辅提供安全保障「至关重要」。")
    assert not any(t == "AID" for _, t, _ in found)


def test_in_traditional_script() -> None:
    found = _pairs("美國國家安全顧問沃爾茲表示,空襲是以多個胡塞武裝的領袖作為目標。")
    assert not any(t == "ASSAULT" for _, t, _ in found)


# near misses: the act has a subject, or no copula follows, or the act is a meeting


def test_act_with_its_own_subject_stays() -> None:
    found = _pairs("美国国家安全顾问沃尔兹表示，美军空袭胡塞武装是必要的。")
    assert ("美军", "ASSAULT", "胡塞武装") in found


def test_speakers_own_plan_stays() -> None:
    found = _events("美国国家安全顾问沃尔兹表示，将对胡塞武装发动空袭。")
    assert ("沃尔兹", "ASSAULT", "胡塞武装", "intended") in found


def test_speakers_offer_of_aid_stays() -> None:
    found = _pairs("德国外长瓦德福表示，愿为基辅提供安全保障。")
    assert any(t == "AID" and o == "乌克兰" and s != "德国" for s, t, o in found)


def test_subject_named_aid_stays() -> None:
    found = _pairs("德国外长瓦德福表示，德国将为基辅提供安全保障。")
    assert ("德国", "AID", "乌克兰") in found
