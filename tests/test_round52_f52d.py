"""Round 52, helper f52d: passive agents the frame lost, from the misses of the readable sets.
Sentences written for the tests in the style of Chinese international news."""

from __future__ import annotations

from tests.data.sentences import events_of


def _events(text: str) -> set[tuple[str, str, str, str]]:
    return set(events_of(text))


# -- an aspect particle after the marker keeps the whole list of patients -----------------------


def test_each_member_of_a_list_gets_the_support_after_le() -> None:
    found = _events("叙利亚和黎巴嫩都得到了伊朗的支持。")
    assert ("伊朗", "SUPPORT", "叙利亚", "asserted") in found
    assert ("伊朗", "SUPPORT", "黎巴嫩", "asserted") in found


def test_each_member_of_a_list_is_sanctioned_after_le() -> None:
    found = _events("朝鲜和伊朗遭到了美国的制裁。")
    assert ("美国", "SANCTION", "朝鲜", "asserted") in found
    assert ("美国", "SANCTION", "伊朗", "asserted") in found


# -- a yield forced by another is the forcer's aim, no concession to whoever is in focus ---------


def test_forced_concession_goes_to_no_one_in_focus() -> None:
    found = _events("法国称叙利亚长期受到伊朗支持,并试图迫使伊朗在谈判中让步。")
    assert not any(s == "伊朗" and t == "CONCEDE" for s, t, _, _ in found)


def test_a_concession_of_ones_own_still_answers_the_pressure() -> None:
    found = _events("美国宣布制裁伊朗,伊朗随后宣布让步。")
    assert ("伊朗", "CONCEDE", "美国", "asserted") in found


def test_forced_withdrawal_is_no_retreat_before_the_one_in_focus() -> None:
    found = _events("俄罗斯谴责乌克兰,并迫使乌克兰军队撤出。")
    assert not any(t == "RETREAT" for _, t, _, _ in found)
