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


# -- a judgement goes on from the subject across a clause a 对/向 opens --------------------------
# (lb: 韩方无人机飞入…,向朝方散布反朝传单,侵犯了朝鲜国家主权与安全,…,必须付出代价 judged nobody)


def test_a_judgement_goes_on_past_a_clause_whose_actor_a_coverb_opens() -> None:
    found = _events(
        "朝鲜外务省发表声明称,韩方无人机飞入平壤上空,向朝方散发反朝传单,"
        "侵犯了朝鲜领空,必须付出代价。"
    )
    assert ("朝鲜外务省", "ACCUSE", "韩国", "asserted") in found
    assert ("朝鲜外务省", "THREATEN", "韩国", "asserted") in found


def test_a_clause_with_a_subject_of_its_own_still_ends_the_chain() -> None:
    found = _events("伊朗外交部发表声明称,美国军舰驶入海湾,以色列向伊朗发射导弹,侵犯了伊朗主权。")
    assert ("伊朗外交部", "ACCUSE", "以色列", "asserted") in found
    assert ("伊朗外交部", "ACCUSE", "美国", "asserted") not in found
