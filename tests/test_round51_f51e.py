"""Round 51, helper f51e: clause frames. Sentences written for the tests in the style of Chinese
international news."""

from __future__ import annotations

from tests.data.sentences import events_of


def _events(text: str) -> set[tuple[str, str, str, str]]:
    return set(events_of(text))


# -- blame with the responsibility borne (X应对此承担全部责任, X应为…负起责任) accuses X, as the
# plain 应对…负责 does; the consequences borne stay a threat (X必须为此承担后果)


def test_bearing_full_responsibility_accuses() -> None:
    found = _events("日本外务省表示，俄罗斯应对此次事件承担全部责任。")
    assert ("日本外务省", "ACCUSE", "俄罗斯", "asserted") in found


def test_taking_up_responsibility_in_traditional_script_accuses() -> None:
    found = _events("俄羅斯代表稱，華盛頓應對這種行為造成的災難負起責任。")
    assert any(s == "俄罗斯" and t == "ACCUSE" and o == "美国" for s, t, o, _ in found)


def test_bearing_the_consequences_stays_a_threat() -> None:
    found = _events("美方表示，伊朗必须为此次攻击承担后果。")
    assert ("美国", "THREATEN", "伊朗", "asserted") in found
    assert not any(t == "ACCUSE" for _, t, _, _ in found)


def test_coping_with_a_problem_and_a_shared_duty_accuses_nobody() -> None:
    found = _events("中方认为，各国应对气候变化承担共同责任。")
    assert not any(t == "ACCUSE" for _, t, _, _ in found)


def test_responsibility_with_no_should_accuses_nobody() -> None:
    found = _events("韩国外交部表示，日本已对此次事件承担责任。")
    assert not any(t == "ACCUSE" for _, t, _, _ in found)
