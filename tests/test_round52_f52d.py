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


# -- an agreement to do something, reported by another actor, is made with the reporter ---------


def test_agreement_reported_by_the_other_side() -> None:
    found = _events("美国国务卿卢比奥与墨西哥外长会谈。卢比奥表示，墨西哥同意加强边境管控。")
    assert ("墨西哥", "AGREE", "鲁比奥", "asserted") in found


def test_agreement_reported_by_its_own_side_has_no_partner() -> None:
    found = _events("墨西哥总统表示，墨西哥同意加强边境管控。")
    assert not any(t == "AGREE" for _, t, _, _ in found)


def test_agreement_with_a_named_object_keeps_it() -> None:
    found = _events("特朗普称，墨西哥同意美国的要求。")
    assert ("墨西哥", "AGREE", "美国", "asserted") in found
    assert ("墨西哥", "AGREE", "特朗普", "asserted") not in found


def test_agreement_not_opening_the_reported_clause_is_not_the_reporters() -> None:
    found = _events("特朗普表示，据悉墨西哥同意加强边境管控。")
    assert ("墨西哥", "AGREE", "特朗普", "asserted") not in found


def test_variant_spelling_of_sheinbaum_is_her() -> None:
    found = _events("特朗普表示，谢恩鲍姆同意加强边境管控。")
    assert ("辛鲍姆", "AGREE", "特朗普", "asserted") in found
