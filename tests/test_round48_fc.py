"""Round 48, helper fc: status errors (right pair and type, wrong status).
Sentences written for the tests in the style of Chinese international news."""

from __future__ import annotations

from tests.data.sentences import events_of


def _events(text: str) -> set[tuple[str, str, str, str]]:
    return set(events_of(text))


# -- a plan goes on into a clause that keeps up or strengthens a pair's joint act ---------------
# (将…,保持两国…沟通; 期待…,增强两国…互动: oa, na code them intended; ve codes 中法都应当…,
# 在…问题上,相互支持 intended)


def test_a_plan_goes_on_into_keeping_up_the_pairs_talks() -> None:
    found = _events(
        "美国总统国家安全事务助理沙利文抵达中国。沙利文表示，美方将继续跟进议程，保持两国高层沟通。"
    )
    assert ("美国", "CONSULT", "中国", "intended") in found
    assert ("美国", "CONSULT", "中国", "asserted") not in found


def test_a_hope_goes_on_into_strengthening_the_pairs_interaction() -> None:
    found = _events(
        "俄罗斯总统与哈萨克斯坦总统通电话。声明说，两国签署了合作协议，"
        "期待双方全面加强伙伴关系，增强两国政府之间的互动。"
    )
    assert ("俄罗斯", "CONSULT", "哈萨克斯坦", "intended") in found


def test_a_pair_compound_that_should_act_proposes_it() -> None:
    found = _events("德国总理访问中国。李强表示，中德两国应当在核心利益问题上相互支持。")
    assert ("中国", "SUPPORT", "德国", "intended") in found
    found = _events("德国总理访问中国。李强表示，中德应当在核心利益问题上相互支持。")
    assert ("中国", "SUPPORT", "德国", "intended") in found


def test_what_both_sides_should_do_goes_on_past_a_frame() -> None:
    found = _events(
        "德国总理访问中国。李强表示，中德都应当保持战略定力，在重大关切问题上，相互理解相互支持。"
    )
    assert ("中国", "SUPPORT", "德国", "intended") in found
    assert ("中国", "SUPPORT", "德国", "asserted") not in found
    found = _events("德国总理访问中国。李强表示，双方应当保持战略定力，在核心利益问题上相互支持。")
    assert any(t == "SUPPORT" and s == "intended" for _, t, _, s in found)


def test_what_one_side_should_do_stays_owed() -> None:
    found = _events("外交部发言人表示，日方应当立即停止挑衅，在核心问题上，尊重中方。")
    assert not any(t == "SUPPORT" for _, t, _, _ in found)


def test_a_pair_naming_a_fight_is_no_subject_of_a_modal() -> None:
    found = _events("评论员说，中美舆论战必须是场人民战争，我们才有可能打赢。")
    assert not any(t == "ASSAULT" for _, t, _, _ in found)
