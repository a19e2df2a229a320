"""Round 50, helper ig: pair words (双方) resolved to the wrong pair. Sentences written for the
tests in the style of Chinese international news."""

from __future__ import annotations

from tests.data.sentences import events_of


def _events(text: str) -> set[tuple[str, str, str, str]]:
    return set(events_of(text))


# -- a pair word whose pair is an organ of one state and a foreign state or armed group stands
# for the two sides, the organ for its state (annotators code the states)


def test_a_ministry_and_a_foreign_state_are_two_states() -> None:
    found = _events(
        "日本外交部上周驱逐一名韩国外交官，韩国随即以驱逐日本外交官作为回应，"
        "双方互相指责对方从事间谍活动。"
    )
    assert ("日本", "ACCUSE", "韩国", "asserted") in found
    assert ("韩国", "ACCUSE", "日本", "asserted") in found


def test_an_army_and_an_armed_group_are_its_state_and_the_group() -> None:
    found = _events("美军官员与塔利班代表在多哈会面。双方官员讨论了撤军安排。")
    assert ("美国", "CONSULT", "塔利班", "asserted") in found


def test_two_organs_stay_organs() -> None:
    found = _events("法国国防部与德国国防部举行会议。双方讨论了防务合作。")
    assert ("法国国防部", "CONSULT", "德国国防部", "asserted") in found
    assert not any(s == "法国" or o == "德国" for s, _, o, _ in found)


def test_an_organ_and_a_person_stay_as_they_are() -> None:
    found = _events("美国国务院官员与王毅会面。双方讨论了贸易问题。")
    assert ("美国国务院", "CONSULT", "王毅", "asserted") in found
    assert not any(s == "美国" for s, _, _, _ in found)
