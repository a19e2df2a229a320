"""Round 46, helper ba: accusations, threats and protests kg missed or coded wrongly.
Sentences written for the tests in the style of Chinese international news."""

from __future__ import annotations

from tests.data.sentences import events_of


def _events(text: str) -> set[tuple[str, str, str, str]]:
    return set(events_of(text))


# -- a vow to hit back is a threat ---------------------------------------------------------------
# (誓言反击, 誓言等额反制: coded THREATEN in ub, wf; 誓言报复 already read so, la, ob, qb, yd)


def test_a_vow_to_hit_back_threatens_whom_it_answers() -> None:
    found = _events("美国总统特朗普宣布对加拿大加征关税。卡尼誓言反击。")
    assert ("卡尼", "THREATEN", "特朗普", "asserted") in found


def test_a_vow_to_counter_in_kind_threatens_and_plans_the_counter() -> None:
    found = _events("特朗普宣布对巴西加征50%关税。卢拉则誓言等额反制。")
    assert ("卢拉", "THREATEN", "特朗普", "asserted") in found
    assert ("卢拉", "SANCTION", "特朗普", "intended") in found


def test_a_vow_of_something_else_is_no_threat() -> None:
    found = _events("韩国总统与中国总理会面，誓言推动两国关系发展。")
    assert not any(t == "THREATEN" for _, t, _, _ in found)
